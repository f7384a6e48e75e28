#pragma once

// Runs trainplan-cli as a user would, on a database in a temporary folder.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace tp::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n"
                                                         << out.toStdString();
        return doc.object();
    }
    QString text() const { return QString::fromUtf8(out); }
};

inline QString dataFile(const char* name)
{
    return QDir(QStringLiteral(TRAINPLAN_TEST_DATA_DIR)).filePath(QString::fromUtf8(name));
}

// The person the audit names when no --operator is given: the OS user, as Database finds it.
inline QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty()) {
        QProcess id;
        id.start(QStringLiteral("id"), { QStringLiteral("-un") });
        id.waitForFinished();
        name = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    }
    return name;
}

// `environment`: added to this process's; the system's language is pinned to the plain C locale (the program's own
// language, Chinese) unless the caller sets one, so the messages the tests expect do not depend on the machine.
inline CliResult runCli(const QStringList& arguments, const QStringList& environment = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(TRAINPLAN_CLI));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString& assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setArguments(arguments);
    process.start();
    CliResult result;
    if (!process.waitForFinished(60000)) {
        ADD_FAILURE() << "trainplan-cli did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A temporary folder with a database path in it; `cli(...)` adds `--db` to every command.
class CliTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db(const QString& name = QStringLiteral("plans.sqlite")) const { return path(name); }

    CliResult cli(QStringList arguments, const QString& database = {}) const
    {
        arguments << QStringLiteral("--db") << (database.isEmpty() ? db() : database);
        return runCli(arguments);
    }

    // Writes `text` as UTF-8 into the temporary folder and returns the path.
    QString writeFile(const QString& name, const QString& text) const
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return f.fileName();
    }

    CliResult importLiangping(const QString& database = {}, const char* file = "liangping-2021-plan.csv") const
    {
        return cli({ QStringLiteral("import"), dataFile(file), QStringLiteral("--year"), QStringLiteral("2021"),
                       QStringLiteral("--district"), QStringLiteral("梁平区") },
            database);
    }

    QJsonObject showJson(int year, const QString& database = {}) const
    {
        const CliResult r
            = cli({ QStringLiteral("show"), QStringLiteral("--year"), QString::number(year), QStringLiteral("--json") },
                database);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.json();
    }

    QTemporaryDir m_dir;
};

} // namespace tp::test
