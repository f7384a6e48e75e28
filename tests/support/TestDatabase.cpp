#include "TestDatabase.h"

#include "TestBackend.h"

namespace tp::test {

TestDatabase::TestDatabase(const QString& name)
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    // A file in the folder, or in the "pg." runs a fresh database on the server (TestBackend.h).
    m_path = databaseLocation(m_dir, name);
    auto opened = Database::open(m_path);
    if (!opened) {
        m_error = opened.error().toString();
        return;
    }
    m_db = opened.value();
}

} // namespace tp::test
