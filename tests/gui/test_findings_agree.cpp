// The plan table (the GUI's model) and `trainplan-cli check` report the same findings for the same plan on the
// same day: both published fixtures, imported as a clerk would, checked through both faces.

#include "Database.h"
#include "MainWindow.h"
#include "PlanImportService.h"
#include "PlanTableModel.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tp;

namespace {

// What a user reads of a finding, in the order given.
QStringList describe(const Findings& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines << QStringLiteral("%1|%2|%3|%4|%5").arg(f.rule, severityName(f.severity), f.subject(), f.message, f.fix);
    return lines;
}

QStringList describe(const QJsonArray& findings)
{
    QStringList lines;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        lines << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(f.value(QStringLiteral("rule")).toString(), f.value(QStringLiteral("severity")).toString(),
                         f.value(QStringLiteral("subject")).toString(), f.value(QStringLiteral("message")).toString(),
                         f.value(QStringLiteral("fix")).toString());
    }
    return lines;
}

} // namespace

class FindingsAgreeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void guiAndCliReportTheSameFindings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("district");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("today");
        QTest::newRow("liangping-2021") << QStringLiteral("liangping-2021-plan.csv") << QStringLiteral("梁平区") << 2021
                                        << QDate(2021, 3, 1);
        QTest::newRow("jianan-2024") << QStringLiteral("jianan-2024-plan.csv") << QStringLiteral("建安区") << 2024
                                     << QDate(2024, 3, 20);
    }

    void guiAndCliReportTheSameFindings()
    {
        QFETCH(QString, file);
        QFETCH(QString, district);
        QFETCH(int, year);
        QFETCH(QDate, today);
        const QString path = m_dir.filePath(district + QStringLiteral(".sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
            ImportRequest request;
            request.path = QStringLiteral(TRAINPLAN_TEST_DATA_DIR "/") + file;
            request.district = district;
            request.year = year;
            auto imported = PlanImportService(**db).importFile(request);
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));

            MainWindow window(*db);
            window.planModel()->setToday(today);
            QVERIFY(window.openPlan(district, year));
            m_gui = describe(window.planModel()->findings());
        }

        QProcess cli;
        cli.start(QStringLiteral(TRAINPLAN_CLI),
            { QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--year"), QString::number(year),
                QStringLiteral("--today"), today.toString(Qt::ISODate), QStringLiteral("--json") });
        QVERIFY(cli.waitForFinished(60000));
        const QJsonObject doc = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QStringList fromCli = describe(doc.value(QStringLiteral("findings")).toArray());

        QVERIFY(!m_gui.isEmpty());
        if (m_gui != fromCli) {
            for (qsizetype i = 0; i < std::max(m_gui.size(), fromCli.size()); ++i)
                if (m_gui.value(i) != fromCli.value(i))
                    qWarning("first difference at %lld:\n  GUI %s\n  CLI %s", qlonglong(i), qPrintable(m_gui.value(i)),
                        qPrintable(fromCli.value(i)));
        }
        QCOMPARE(m_gui.size(), fromCli.size());
        QCOMPARE(m_gui, fromCli);
    }

private:
    QTemporaryDir m_dir;
    QStringList m_gui;
};

QTEST_MAIN(FindingsAgreeTest)
#include "test_findings_agree.moc"
