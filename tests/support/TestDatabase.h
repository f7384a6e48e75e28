#pragma once

// A database for one test: in a folder of its own that is removed with it, migrated to the current schema.

#include "Database.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace tp::test {

class TestDatabase {
public:
    explicit TestDatabase(const QString& name = QStringLiteral("test.sqlite"));

    // False when the folder or the database could not be made; error() says why.
    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    Database& operator*() const { return *m_db; }
    Database* operator->() const { return m_db.get(); }
    const std::shared_ptr<Database>& shared() const { return m_db; }
    QString path() const { return m_path; }
    // A file next to the database (for files a test writes and imports).
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_db;
    QString m_error;
};

} // namespace tp::test
