#pragma once

// Shared by the reliability tests: trainplan-cli run as a user would (optionally with a file-size limit that
// makes every write past it fail like a full disk), input files generated in a temporary folder, and the
// database looked at through the storage library.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <signal.h>
#include <sys/resource.h>

namespace tp::reliability {

// The CLI under test: the one built with these tests, or TRAINPLAN_CLI_UNDER_TEST (to show that a test fails
// on an older build).
inline QString cliPath()
{
    const QString over = qEnvironmentVariable("TRAINPLAN_CLI_UNDER_TEST");
    return over.isEmpty() ? QStringLiteral(TRAINPLAN_CLI) : over;
}

inline QString testData(const char* name)
{
    return QDir(QStringLiteral(TRAINPLAN_TEST_DATA_DIR)).filePath(QString::fromUtf8(name));
}

struct CliRun {
    int exitCode = -1; // -1: did not exit normally (killed, crashed)
    QByteArray out;
    QString err;
};

// `fileSizeLimit` > 0: the child may not write any file past that many bytes (RLIMIT_FSIZE, SIGXFSZ ignored:
// the write fails with EFBIG, as one on a full disk fails with ENOSPC).
inline CliRun runCli(const QStringList& arguments, qint64 fileSizeLimit = 0, int timeoutMs = 120000)
{
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(arguments);
    if (fileSizeLimit > 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit rl { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &rl);
        });
    }
    process.start();
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A plain read-only SQLite connection: looks at a database without migrating it or leaving anything behind, so
// the same checks run against an older trainplan-cli's database.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return (q.exec(sql) && q.next()) ? q.value(0).toLongLong() : -1;
    }

    QString name() const { return m_name; }

private:
    QString m_name;
};

// The 梁平 table has no 培训方式 and its source no conversion (issue 11): the clerk sets the projects' kind and
// credits — no command for it yet — done here in SQL, so that it works on this build's schema (kind_choice,
// version 5 on) and on an older build's alike, without migrating the file.
inline bool giveProjectsCredits(const QString& db, int year, double credits)
{
    const QString name = QStringLiteral("credits-setup");
    bool ok = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(db);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (d.open()) {
            QSqlQuery q(d);
            const QString select = QStringLiteral("SELECT p.id, 'centralized', %1 FROM project p JOIN plan l ON l.id = "
                                                  "p.plan_id WHERE l.year = %2")
                                       .arg(credits)
                                       .arg(year);
            ok = q.exec(QStringLiteral("INSERT OR REPLACE INTO project_credit (project_id, kind_choice, credits) ")
                     + select)
                || q.exec(
                    QStringLiteral("INSERT OR REPLACE INTO project_credit (project_id, kind, credits) ") + select);
            q.finish();
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

inline bool writeText(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

// A teacher list of `count` teachers numbered from `first`, in `schools` schools.
inline QString teacherList(int first, int count, int schools = 20)
{
    QString text = QStringLiteral("工号,姓名,学校,学段,学科\n");
    text.reserve(count * 40);
    const QString surnames = QStringLiteral("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜");
    const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂");
    const auto n = [](qsizetype v, const QString& s) { return s.at(v % s.size()); };
    for (int i = first; i < first + count; ++i) {
        const QString name = QString(n(i, surnames)) + n(i / surnames.size(), given) + n(i / 7, given);
        text += QStringLiteral("T%1,%2,第%3小学,小学,语文\n")
                    .arg(i, 7, 10, QLatin1Char('0'))
                    .arg(name)
                    .arg(i % schools + 1);
    }
    return text;
}

inline QString rosterList(int first, int count)
{
    QString text = QStringLiteral("工号\n");
    for (int i = first; i < first + count; ++i)
        text += QStringLiteral("T%1\n").arg(i, 7, 10, QLatin1Char('0'));
    return text;
}

} // namespace tp::reliability
