#pragma once

// 文件 → 备份… and 恢复…, and the daily automatic backup (issue 9), as dialogs over the main window. What they
// call is Database's (a consistent copy while other programs write; a restore that inspects the file, backs the
// current data up first and swaps the content in one step). After a restore the window reloads everything.

#include "Result.h"

#include <QDate>
#include <QObject>
#include <memory>

class QWidget;

namespace tp {

class Database;
struct DatabaseSummary;

class BackupFlow : public QObject {
    Q_OBJECT

public:
    // The daily backup's settings (QSettings; edited in 设置 → 数据备份).
    static bool dailyBackupEnabled(); // default on
    static int dailyBackupKeepDays(); // default 7
    static void setDailyBackup(bool enabled, int keepDays);

    BackupFlow(std::shared_ptr<Database> database, QWidget* window);

    // Asks for a file and backs the database up into it.
    void backup();
    // Backs up into `path` without asking (the dialog's second half); the message says what the copy holds.
    Status backupTo(const QString& path);
    // Asks for a backup file, shows what it holds next to what the database holds now, and restores it when the
    // user confirms.
    void restore();
    // The second half: shows `path`'s content and asks (unless `confirmed`), then restores. True when restored.
    bool restoreFrom(const QString& path, bool confirmed = false);
    // Today's backup, when the setting is on (run once after the window shows); old ones beyond the kept days go.
    Result<QString> runDailyBackup(QDate today = QDate::currentDate());

    // What a database holds, in lines for people.
    static QString describe(const DatabaseSummary& summary);

Q_SIGNALS:
    // The database's content was replaced: every page reloads.
    void restored();
    void statusMessage(const QString& text, int timeout);

private:
    std::shared_ptr<Database> m_database;
    QWidget* m_window;
};

} // namespace tp
