#pragma once

// The whole-file work of a backup, with progress and 取消 (issue 16). Database::backup and dailyBackup are these
// without a sink. The GUI runs them on a worker thread's own connection (Database::openSecondary): the sink hears
// from that thread (a thread-safe one, then), and the window's thread stops the work with interruptStatement.

#include "Database.h"
#include "Progress.h"
#include "Result.h"

#include <QDate>
#include <QString>

struct sqlite3;

namespace tp {

// Database::backup, reporting the check (total unknown) and the copy (bytes written of the bytes in use); a 取消
// from `progress` stops it with Cancelled::error and no file at `path`. The copy is made only if the check passes.
Status backupWithProgress(const Database& db, const QString& path, const ProgressOptions& progress);
// Database::dailyBackup with the same progress.
Result<QString> dailyBackupWithProgress(const Database& db, int keepDays, QDate today, const ProgressOptions& progress);

// The connection's sqlite3* (ask on the connection's thread); nullptr on a server. Defined in Database.cpp (also
// declared by SqliteStatement.h for the C-API insert loops).
sqlite3* sqliteHandle(const Database& db);
// Stops the statement running on that connection at its next opportunity (sqlite3_interrupt): safe from another
// thread while the connection is open.
void interruptStatement(void* handle);

} // namespace tp
