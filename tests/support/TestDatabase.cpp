#include "TestDatabase.h"

namespace tp::test {

TestDatabase::TestDatabase(const QString& name)
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    m_path = m_dir.filePath(name);
    auto opened = Database::open(m_path);
    if (!opened) {
        m_error = opened.error().toString();
        return;
    }
    m_db = opened.value();
}

} // namespace tp::test
