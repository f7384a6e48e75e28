// Renders the English screenshots of docs/screenshots (issue 15): en-main-window.png, en-roster.png,
// en-teacher-list.png, en-print-setup.png and en-settings.png, from a database that scripts/screenshots-en.sh
// fills through trainplan-cli. Not a test: the program as a reader of English sees it (--lang en), the published
// 梁平 2021 plan and made-up teachers being the data.
//
// Usage: en_screenshots --db PATH --out DIR [--lang LANG]
#include "CalendarRepository.h"
#include "Database.h"
#include "Language.h"
#include "MainWindow.h"
#include "PlanTableModel.h"
#include "PrintSetupDialog.h"
#include "RosterPage.h"
#include "SettingsDialog.h"
#include "TeacherListPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

using namespace tp;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir") });
    parser.addOption(
        { QStringLiteral("lang"), QStringLiteral("language"), QStringLiteral("lang"), QStringLiteral("en") });
    parser.process(app);
    const QString language = i18n::normalized(parser.value(QStringLiteral("lang")));
    if (!i18n::install(language)) {
        qCritical("no catalogue for %s", qPrintable(parser.value(QStringLiteral("lang"))));
        return 1;
    }
    const QString prefix = language == QStringLiteral("en") ? QStringLiteral("en-") : language + QLatin1Char('-');
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        qCritical("%s", qPrintable(db.error().toString()));
        return 1;
    }
    const QDir out(parser.value(QStringLiteral("out")));

    MainWindow window(*db);
    if (!window.openPlan(QStringLiteral("梁平区"), 2021)) {
        qCritical("no 梁平区 2021 plan");
        return 1;
    }
    qint64 projectId = 0;
    for (const Project& p : window.planModel()->projects())
        if (p.seq == 14)
            projectId = p.id;
    window.resize(1440, 900);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    auto* findings = window.findChild<QDockWidget*>(QStringLiteral("findingsDock"));
    int status = 0;
    QTimer::singleShot(400, &window, [&] {
        window.grab().save(out.filePath(prefix + QStringLiteral("main-window.png")));

        findings->hide();
        window.forecastDock()->hide();
        window.rosterPage()->selectProject(projectId);
        window.showRoster();
        QCoreApplication::processEvents();
        window.grab().save(out.filePath(prefix + QStringLiteral("roster.png")));

        tabs->setCurrentIndex(tabs->indexOf(window.teacherListPage()));
        QTimer::singleShot(600, &window, [&] {
            window.grab().save(out.filePath(prefix + QStringLiteral("teacher-list.png")));

            QSettings settings;
            PrintSetupDialog print(window.planModel()->plan(), window.planModel()->projects(),
                PlanPrintSettings::load(settings, window.planModel()->plan()), PageSetup::defaults(), &window);
            print.show();
            QCoreApplication::processEvents();
            print.grab().save(out.filePath(prefix + QStringLiteral("print-setup.png")));
            print.hide();

            CalendarRepository calendars(**db);
            SettingsDialog settingsDialog(
                calendars, { QStringLiteral("梁平区") }, QStringLiteral("梁平区"), 2021, &window);
            auto* settingsTabs = settingsDialog.findChild<QTabWidget*>(QStringLiteral("tabs"));
            if (settingsTabs)
                settingsTabs->setCurrentIndex(settingsTabs->count() - 1);
            settingsDialog.show();
            QCoreApplication::processEvents();
            settingsDialog.grab().save(out.filePath(prefix + QStringLiteral("settings.png")));
            settingsDialog.hide();
            app.exit(status);
        });
    });
    return app.exec();
}
