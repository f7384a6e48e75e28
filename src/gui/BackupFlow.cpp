#include "BackupFlow.h"

#include "Database.h"
#include "DatabaseWork.h"
#include "FileChooser.h"
#include "Messages.h"
#include "WorkProgress.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <algorithm>
#include <optional>

namespace tp {

namespace {
const QString kDailyKey = QStringLiteral("backup/daily");
const QString kKeepKey = QStringLiteral("backup/keepDays");

std::function<void()>& workerGate()
{
    static std::function<void()> gate;
    return gate;
}
} // namespace

void BackupFlow::setWorkerGate(std::function<void()> gate)
{
    workerGate() = std::move(gate);
}

bool BackupFlow::dailyBackupEnabled()
{
    return QSettings().value(kDailyKey, true).toBool();
}

int BackupFlow::dailyBackupKeepDays()
{
    return std::clamp(QSettings().value(kKeepKey, 7).toInt(), 1, 365);
}

void BackupFlow::setDailyBackup(bool enabled, int keepDays)
{
    QSettings settings;
    settings.setValue(kDailyKey, enabled);
    settings.setValue(kKeepKey, std::clamp(keepDays, 1, 365));
}

BackupFlow::BackupFlow(std::shared_ptr<Database> database, QWidget* window)
    : QObject(window)
    , m_database(std::move(database))
    , m_window(window)
{
}

QString BackupFlow::describe(const DatabaseSummary& s)
{
    if (!s.trainPlan)
        return tr("不是 TrainPlan 的数据库");
    QString text = tr("计划 %1 份，项目 %2 个，教师 %3 位，参训记录 %4 条，学分登记 %5 条")
                       .arg(s.plans)
                       .arg(s.projects)
                       .arg(s.teachers)
                       .arg(s.enrollments)
                       .arg(s.registrations);
    text += QLatin1Char('\n')
        + tr("最后修改：%1")
              .arg(s.lastChange.isEmpty() ? tr("（无记录）")
                                          : s.lastChange.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
    if (!s.intact)
        text += QLatin1Char('\n') + tr("完整性检查发现损坏：%1").arg(s.integrityMessage);
    return text;
}

void BackupFlow::backup()
{
    const QString suggested = QStringLiteral("%1-%2.sqlite")
                                  .arg(QFileInfo(m_database->path()).completeBaseName(),
                                      QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = FileChooser::saveFile(m_window, tr("备份数据库"), suggested,
        tr("TrainPlan 数据库 (*.sqlite *.db)"), QStringLiteral("sqlite"), QStringLiteral("backup/dir"));
    if (path.isEmpty())
        return;
    if (Status s = backupTo(path); !s) {
        if (Cancelled::is(s.error()))
            Q_EMIT statusMessage(s.error().message, 10000);
        else
            Messages::error(m_window, tr("备份"), s.error());
    }
}

// Work on a worker thread with its own connection. The worker reports into the job (called on its thread); the
// GUI thread reads the last report and asks for 取消, which also interrupts the statement the worker runs.
struct BackupFlow::Job final : ProgressSink {
    QThread* thread = nullptr;
    // The outcome, written by the worker and read once its thread has finished.
    Status status = success();
    QString path;
    std::optional<DatabaseSummary> summary;

    bool report(qint64 done, qint64 total, const QString& what) override
    {
        QMutexLocker lock(&m_mutex);
        m_done = done;
        m_total = total;
        if (!what.isEmpty())
            m_what = what;
        return !m_cancelled;
    }
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        interruptStatement(m_connection);
    }
    // The worker's connection (its sqlite3*, taken on the worker's thread) while it is open, for cancel().
    void attach(void* connection)
    {
        QMutexLocker lock(&m_mutex);
        m_connection = connection;
        if (m_cancelled)
            interruptStatement(m_connection);
    }
    // Passes the worker's last report to the GUI's sink; a 取消 there cancels the job.
    void forward(ProgressSink& sink)
    {
        qint64 done = 0;
        qint64 total = 0;
        QString what;
        {
            QMutexLocker lock(&m_mutex);
            if (m_cancelled)
                return;
            done = m_done;
            total = m_total;
            what = m_what;
        }
        if (!sink.report(done, total, what))
            cancel();
    }

private:
    QMutex m_mutex;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_what;
    bool m_cancelled = false;
    void* m_connection = nullptr;
};

std::shared_ptr<BackupFlow::Job> BackupFlow::startJob(std::function<Status(Database&, Job&)> work, int priority)
{
    auto job = std::make_shared<Job>();
    const QString path = m_database->path();
    job->thread = QThread::create([job, path, work = std::move(work), gate = workerGate()] {
        if (gate)
            gate();
        auto db = Database::openSecondary(path);
        if (!db) {
            job->status = db.error();
            return;
        }
        job->attach(sqliteHandle(**db));
        job->status = work(**db, *job);
        job->attach(nullptr);
    });
    job->thread->start(QThread::Priority(priority));
    return job;
}

Status BackupFlow::finishWithProgress(Job& job, const QString& title, const QString& label)
{
    {
        WorkProgress progress(m_window, title, label);
        while (!job.thread->wait(QDeadlineTimer(20)))
            job.forward(progress);
    }
    delete job.thread;
    job.thread = nullptr;
    return job.status;
}

Status BackupFlow::backupTo(const QString& path)
{
    if (m_database->isServer() || m_database->transactionDepth() > 0)
        return m_database->backup(path); // says why not
    auto job = startJob(
        [path](Database& db, Job& job) -> Status {
            if (Status s = backupWithProgress(db, path, ProgressOptions { &job }); !s)
                return s;
            // What the copy holds, read from the copy (and checked: it reads the copy whole, too).
            job.report(0, 0, tr("正在检查备份文件…"));
            auto summary = Database::inspectFile(path);
            if (!summary)
                return summary.error();
            job.summary = summary.value();
            return success();
        },
        QThread::NormalPriority);
    if (Status s = finishWithProgress(*job, tr("备份"), tr("正在检查数据库…")); !s)
        return s;
    Messages::info(m_window, tr("备份"),
        tr("已备份到 %1\n\n%2")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), describe(*job->summary)));
    Q_EMIT statusMessage(tr("已备份到 %1").arg(QDir::toNativeSeparators(path)), 10000);
    return success();
}

void BackupFlow::restore()
{
    const QString path = FileChooser::openFile(
        m_window, tr("从备份恢复"), tr("TrainPlan 数据库 (*.sqlite *.db);;所有文件 (*)"), QStringLiteral("backup/dir"));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupFlow::restoreFrom(const QString& path, bool confirmed)
{
    auto candidate = Database::inspectFile(path);
    if (!candidate) {
        Messages::error(m_window, tr("从备份恢复"), candidate.error());
        return false;
    }
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!candidate->trainPlan || !candidate->intact) {
        Messages::error(m_window, tr("从备份恢复"), tr("%1 不能用来恢复：%2").arg(shown, describe(*candidate)));
        return false;
    }
    if (!confirmed) {
        auto current = Database::inspectFile(m_database->path());
        const QString now = current ? describe(*current) : current.error().message;
        QMessageBox box(QMessageBox::Question, tr("从备份恢复"),
            tr("备份文件 %1 中有：\n%2\n\n当前数据库中有：\n%3\n\n恢复会用备份的内容替换当前的全部数据。"
               "替换前，当前数据会先自动备份到 %4。")
                .arg(shown, describe(*candidate), now, QDir::toNativeSeparators(m_database->backupFolder())),
            QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("restoreConfirmBox"));
        QPushButton* yes = box.addButton(tr("恢复"), QMessageBox::AcceptRole);
        yes->setObjectName(QStringLiteral("restoreButton"));
        QPushButton* no = box.addButton(tr("不恢复"), QMessageBox::RejectRole);
        box.setDefaultButton(no);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    auto done = m_database->restoreFrom(path);
    if (!done) {
        Messages::error(m_window, tr("从备份恢复"), done.error());
        return false;
    }
    Q_EMIT restored();
    Messages::info(m_window, tr("从备份恢复"),
        tr("已从 %1 恢复：\n%2\n\n恢复前的数据已备份在 %3。")

            .arg(shown, describe(*done), QDir::toNativeSeparators(m_database->backupFolder())));
    Q_EMIT statusMessage(tr("已从 %1 恢复").arg(shown), 10000);
    return true;
}

void BackupFlow::startDailyBackup(QDate today)
{
    if (m_daily)
        return;
    m_dailyOutcome = QString();
    if (!dailyBackupEnabled() || m_database->isServer())
        return;
    const int keepDays = dailyBackupKeepDays();
    Q_EMIT statusMessage(tr("正在进行今天的自动备份…"), 0);
    m_daily = startJob(
        [keepDays, today](Database& db, Job& job) -> Status {
            auto path = dailyBackupWithProgress(db, keepDays, today, ProgressOptions { &job });
            if (!path)
                return path.error();
            job.path = path.value();
            return success();
        },
        QThread::LowPriority);
    connect(m_daily->thread, &QThread::finished, this, &BackupFlow::reportDailyBackup);
}

Result<QString> BackupFlow::waitForDailyBackup()
{
    if (m_daily) {
        m_daily->thread->wait();
        reportDailyBackup();
    }
    return m_dailyOutcome;
}

Result<QString> BackupFlow::runDailyBackup(QDate today)
{
    startDailyBackup(today);
    return waitForDailyBackup();
}

void BackupFlow::reportDailyBackup()
{
    if (!m_daily)
        return; // reported already (waitForDailyBackup)
    const std::shared_ptr<Job> job = std::move(m_daily);
    m_daily = nullptr;
    job->thread->deleteLater();
    job->thread = nullptr;
    if (!job->status) {
        m_dailyOutcome = job->status.error();
        Q_EMIT statusMessage(QString(), 0);
        Messages::error(m_window, tr("每日自动备份"), job->status.error());
        Q_EMIT dailyBackupFinished(QString());
        return;
    }
    m_dailyOutcome = job->path;
    Q_EMIT statusMessage(tr("今天的自动备份：%1").arg(QDir::toNativeSeparators(job->path)), 8000);
    Q_EMIT dailyBackupFinished(job->path);
}

struct BackupFlow::CheckResult {
    bool done = false;
    QStringList problems;
    QString error; // the check could not run
};

BackupFlow::~BackupFlow()
{
    if (m_daily) {
        // The window closes: a copy half made is not kept (the next start makes today's backup).
        m_daily->cancel();
        m_daily->thread->wait();
        delete m_daily->thread;
    }
    if (m_checkThread) {
        m_checkThread->wait();
        delete m_checkThread;
    }
}

void BackupFlow::startDeferredIntegrityCheck()
{
    if (m_checkThread || !m_database->integrityCheckPending())
        return;
    Q_EMIT statusMessage(tr("上次没有正常关闭，正在后台检查数据库…"), 0);
    auto result = std::make_shared<CheckResult>();
    m_checkResult = result;
    const QString path = m_database->path();
    m_checkThread = QThread::create([result, path] {
        // Its own connection: the window stays usable while the whole file is read.
        auto db = Database::openSecondary(path);
        if (!db) {
            result->error = db.error().toString();
            return;
        }
        auto problems = (*db)->checkIntegrity(false);
        if (problems)
            result->problems = problems.value();
        else
            result->error = problems.error().toString();
    });
    connect(m_checkThread, &QThread::finished, this, &BackupFlow::reportIntegrityCheck);
    m_checkThread->start(QThread::LowPriority);
}

void BackupFlow::waitForIntegrityCheck()
{
    if (!m_checkThread)
        return;
    m_checkThread->wait();
    reportIntegrityCheck();
}

void BackupFlow::reportIntegrityCheck()
{
    if (!m_checkThread)
        return; // reported already (waitForIntegrityCheck)
    m_checkThread->deleteLater();
    m_checkThread = nullptr;
    const std::shared_ptr<CheckResult> result = std::move(m_checkResult);
    const bool intact = result->error.isEmpty() && result->problems.isEmpty();
    m_database->finishDeferredIntegrityCheck(intact);
    if (intact) {
        Q_EMIT statusMessage(tr("数据库检查完毕，没有发现问题（上次没有正常关闭）"), 10000);
    } else {
        const QString what = result->error.isEmpty() ? result->problems.join(QLatin1Char('\n')) : result->error;
        Q_EMIT statusMessage(tr("数据库检查发现问题，请从备份恢复"), 0);
        Messages::error(m_window, tr("数据库检查"),
            tr("上次没有正常关闭，检查数据库 %1 时发现问题：\n%2\n\n请用“文件 → 从备份恢复”恢复最近的备份。")
                .arg(QDir::toNativeSeparators(m_database->path()), what));
    }
    Q_EMIT integrityChecked(intact);
}

} // namespace tp
