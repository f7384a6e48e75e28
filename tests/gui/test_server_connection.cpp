// Issue 13: connecting the GUI to a district's server. The connection dialog (server, port, database, login; the
// password asked each time and never remembered), and, logged in as a school's clerk, the main window showing who
// is logged in with which role and not offering what the role may not do.

#include "Database.h"
#include "MainWindow.h"
#include "PlanImportService.h"
#include "PlanTableModel.h"
#include "ServerAdmin.h"
#include "ServerConnectionDialog.h"
#include "TestBackend.h"
#include "TestData.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace tp;

namespace {
// With TRAINPLAN_SCREENSHOT_DIR set (run under xvfb-run), the widgets are saved there as PNGs.
void screenshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("TRAINPLAN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QString::fromUtf8(name)));
}
} // namespace

class ServerConnectionTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }
    void cleanupTestCase() { test::dropServerDatabases(); }

    void theAddressIsBuiltFromTheFieldsAndThePasswordIsNotKept()
    {
        ServerConnectionDialog dialog;
        dialog.setFields(QStringLiteral("10.0.0.5"), 5433, QStringLiteral("liangping"), QStringLiteral("sy_lp01"));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("p@ss:word/1"));
        const QUrl url(dialog.address());
        QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
        QCOMPARE(url.host(), QStringLiteral("10.0.0.5"));
        QCOMPARE(url.port(), 5433);
        QCOMPARE(url.path(), QStringLiteral("/liangping"));
        QCOMPARE(url.userName(), QStringLiteral("sy_lp01"));
        QCOMPARE(url.password(), QStringLiteral("p@ss:word/1"));
        QVERIFY(Database::isServerAddress(dialog.address()));
        dialog.show();
        screenshot(&dialog, "server-connection.png");
        dialog.accept();

        // Next time: everything but the password.
        ServerConnectionDialog again;
        QCOMPARE(again.server(), QStringLiteral("10.0.0.5"));
        QCOMPARE(again.port(), 5433);
        QCOMPARE(again.database(), QStringLiteral("liangping"));
        QCOMPARE(again.login(), QStringLiteral("sy_lp01"));
        QVERIFY(QUrl(again.address()).password().isEmpty());
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("p@ss")), qPrintable(key));
    }

    void aClerkSeesWhoIsLoggedInAndNoPlanEditing()
    {
        if (test::serverAdminAddress().isEmpty()) {
            if (!qEnvironmentVariableIsEmpty("TRAINPLAN_REQUIRE_PG"))
                QFAIL("TRAINPLAN_REQUIRE_PG is set but TRAINPLAN_TEST_PG names no PostgreSQL server");
            QSKIP("PostgreSQL tests skipped: TRAINPLAN_TEST_PG is not set (scripts/test.sh starts a server)");
        }
        QString error;
        const QString address = test::createServerDatabase(&error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        const QString login = QStringLiteral("gui_clerk") + test::uniqueSuffix();
        {
            auto owner = Database::open(address);
            QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().toString()));
            QVERIFY((*owner)->exec(QStringLiteral("INSERT INTO unit (name) VALUES ('梁平区实验小学')")).ok());
            // The district's plan, imported by the administrator through the same service as on a file.
            ImportRequest request;
            request.path = test::dataPath("liangping-2021-plan.csv");
            request.district = QStringLiteral("梁平区");
            request.year = 2021;
            auto report = PlanImportService(**owner).importFile(request);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
            test::registerServerLogin(login);
            auto added = ServerAdmin(**owner).addUser(
                login, ServerRole::SchoolAdmin, QStringLiteral("梁平区实验小学"), QStringLiteral("pw"));
            QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().toString()));
        }
        QUrl url(address);
        url.setUserName(login);
        url.setPassword(QStringLiteral("pw"));
        auto db = Database::open(url.toString());
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
        MainWindow window(*db);
        ServerConnectionDialog::showSession(window, **db);
        window.resize(1200, 700);
        window.show();
        // The clerk reads the plan from the server (the plans are everyone's to read).
        QVERIFY(window.openPlan(QStringLiteral("梁平区"), 2021));
        QVERIFY(window.planModel()->projects().size() > 10);
        auto* label = window.findChild<QLabel*>(QStringLiteral("serverSessionLabel"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(login), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("学校管理员")), qPrintable(label->text()));
        QVERIFY(!label->toolTip().contains(QStringLiteral("pw")));
        for (const char* name : { "actionImportCsv", "actionNewPlan", "actionDeleteRow" }) {
            auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY2(!action->isVisible(), name);
        }
        screenshot(&window, "server-session.png");
    }

    void aFileShowsNoLogin()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("file.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(ServerConnectionDialog::sessionText(**db).isEmpty());
    }
};

QTEST_MAIN(ServerConnectionTest)
#include "test_server_connection.moc"
