#pragma once

// 文件 → 备份… and 恢复…, and the daily automatic backup (issue 9), as dialogs over the main window. What they
// call is Database's (a consistent copy while other programs write; a restore that inspects the file, backs the
// current data up first and swaps the content in one step). After a restore the window reloads everything.
// And the whole-file check after a session that did not close (issue 16): after the window shows, on a worker
// thread with its own connection, its result in the status bar (a damaged file also in a message).

#include "Result.h"

#include <QDate>
#include <QObject>
#include <memory>

class QThread;
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
    ~BackupFlow() override;

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

    // Starts the whole-file check the database's open left for later (Database::integrityCheckPending); does
    // nothing when none is pending or one is running.
    void startDeferredIntegrityCheck();
    // Waits for a check started above and reports it now (for tests).
    void waitForIntegrityCheck();
    bool integrityCheckRunning() const { return m_checkThread != nullptr; }

Q_SIGNALS:
    // The deferred check has finished: the file is intact, or not (then it said so in a message).
    void integrityChecked(bool intact);
    // The database's content was replaced: every page reloads.
    void restored();
    void statusMessage(const QString& text, int timeout);

private:
    struct CheckResult;
    void reportIntegrityCheck();

    std::shared_ptr<Database> m_database;
    QWidget* m_window;
    QThread* m_checkThread = nullptr;
    std::shared_ptr<CheckResult> m_checkResult;
};

} // namespace tp
