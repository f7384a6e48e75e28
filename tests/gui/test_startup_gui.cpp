// Issue 16: the window comes first. The 学分需求预测 dock fills in after the window is up (read on a worker
// thread), and after a session that did not close the whole-file check runs in the background with its result
// in the status bar.
#include "BackupFlow.h"
#include "Database.h"
#include "ForecastPanel.h"
#include "MainWindow.h"
#include "PlanImportService.h"
#include "PlanTableModel.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "UpgradeNotice.h"

#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tp;

class StartupTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool importPlan(Database& db)
    {
        ImportRequest request;
        request.path = test::dataPath("liangping-2021-plan.csv");
        request.district = QStringLiteral("梁平区");
        request.year = 2021;
        return PlanImportService(db).importFile(request).ok();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void theForecastFillsInAfterTheWindowIsUp()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(importPlan(*db));
        MainWindow window(db.shared());
        QVERIFY(window.openPlan(QStringLiteral("梁平区"), 2021));
        // The constructor did not read every teacher's totals: the dock says it is computing.
        QCOMPARE(window.forecastPanel()->headerText(), QStringLiteral("正在计算学分需求预测…"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForForecast();
        QVERIFY2(window.forecastPanel()->headerText().contains(QStringLiteral("教师 0 人")),
            qPrintable(window.forecastPanel()->headerText()));
        QVERIFY(window.forecastPanel()->table()->rowCount() > 0);
    }

    void anUpgradeOfTheFileIsSaidBeforeTheWindow()
    {
        // main() shows it while Database::open upgrades a file of an earlier version: which file, from which
        // version to which, that a copy is kept, not to close; no 取消 (an upgrade does not stop halfway).
        const QString path = QStringLiteral("/home/jxxx/文档/TrainPlan/梁平区2021.sqlite"); // only shown
        auto notice = UpgradeNotice::show(path, 14, 15);
        QVERIFY(notice && notice->isVisible());
        QCOMPARE(notice->objectName(), QStringLiteral("upgradeNotice"));
        const QString text = notice->labelText();
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("14 → 15")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("备份")));
        QVERIFY(notice->findChildren<QPushButton*>().isEmpty());
        if (const QString dir = qEnvironmentVariable("TRAINPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
            notice->grab().save(QDir(dir).filePath(QStringLiteral("upgrade-notice.png")));
    }

    void afterAnUncleanShutdownTheFileIsCheckedInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(importPlan(**db));
        }
        // The last session was killed: its marker stays behind.
        QFile marker(dir.filePath(QStringLiteral("plan.sqlite-session-999999-0")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        auto db = Database::open(path, -1, IntegrityCheckTiming::Deferred);
        QVERIFY(db.ok());
        QVERIFY((*db)->integrityCheckPending()); // not read on the way to the window
        MainWindow window(*db);
        QVERIFY(window.openPlan(QStringLiteral("梁平区"), 2021));
        QSignalSpy checked(window.backupFlow(), &BackupFlow::integrityChecked);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The plan is there while the check runs.
        QVERIFY(window.planModel()->projectCount() > 0);
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("没有发现问题")),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY((*db)->checkedAfterUncleanShutdown());
        QVERIFY(!marker.exists());
    }
};

QTEST_MAIN(StartupTest)
#include "test_startup_gui.moc"
