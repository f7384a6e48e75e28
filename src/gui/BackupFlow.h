#pragma once

// 文件 → 备份… and 恢复…, and the daily automatic backup (issue 9), as dialogs over the main window. What they
// call is Database's (a consistent copy while other programs write; a restore that inspects the file, backs the
// current data up first and swaps the content in one step). After a restore the window reloads everything.
// And the whole-file check after a session that did not close (issue 16): after the window shows, on a worker
// thread with its own connection, its result in the status bar (a damaged file also in a message).
// Nothing that reads the whole file runs on the GUI thread (issue 16): a backup's check and copy, and the check of
// the copy, run on a worker with its own connection; 备份… shows the progress dialog of long work (WorkProgress)
// with 取消 while the window's thread waits, and the daily backup runs behind the window, its outcome in the status
// bar.

#include "Result.h"

#include <QDate>
#include <QObject>
#include <functional>
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
    // Backs up into `path` without asking (the dialog's second half): the check, the copy and the check of the copy
    // on a worker thread, a progress dialog with 取消 meanwhile; the copy is made only if the check passes. The
    // message says what the copy holds. After 取消: Cancelled::error, and no file at `path`.
    Status backupTo(const QString& path);
    // Asks for a backup file, shows what it holds next to what the database holds now, and restores it when the
    // user confirms.
    void restore();
    // The second half: shows `path`'s content and asks (unless `confirmed`), then restores. True when restored.
    bool restoreFrom(const QString& path, bool confirmed = false);
    // Today's backup, when the setting is on (started once after the window shows): on a worker thread, the window
    // usable meanwhile; the outcome in the status bar (a failure also in a message) and dailyBackupFinished. Old
    // ones beyond the kept days go. Does nothing while one runs.
    void startDailyBackup(QDate today = QDate::currentDate());
    bool dailyBackupRunning() const { return m_daily != nullptr; }
    // Waits for the daily backup started above and reports it now: its path, "" when the setting is off or none
    // was started.
    Result<QString> waitForDailyBackup();
    // Both at once (tests, and wherever the caller needs the file).
    Result<QString> runDailyBackup(QDate today = QDate::currentDate());

    // A seam for tests: called on the worker thread before the work of each backup starts (a test holds a backup
    // there to see the window answer and 取消 act while the worker runs). None by default.
    static void setWorkerGate(std::function<void()> gate);

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
    // The daily backup started by startDailyBackup has finished (its path, or empty after a failure).
    void dailyBackupFinished(const QString& path);
    // The database's content was replaced: every page reloads.
    void restored();
    void statusMessage(const QString& text, int timeout);

private:
    struct CheckResult;
    struct Job;
    void reportIntegrityCheck();
    void reportDailyBackup();
    // Starts `work` on a worker thread with its own connection to the database (Database::openSecondary).
    std::shared_ptr<Job> startJob(std::function<Status(Database&, Job&)> work, int priority);
    // Waits for `job` on the GUI thread behind a progress dialog (WorkProgress) whose 取消 stops the worker.
    Status finishWithProgress(Job& job, const QString& title, const QString& label);

    std::shared_ptr<Database> m_database;
    QWidget* m_window;
    QThread* m_checkThread = nullptr;
    std::shared_ptr<CheckResult> m_checkResult;
    std::shared_ptr<Job> m_daily; // the daily backup while it runs
    Result<QString> m_dailyOutcome = QString();
};

} // namespace tp
