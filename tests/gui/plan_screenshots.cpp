// Renders docs/screenshots/main-window.png (梁平区 2021 with its findings) and findings-jianan.png (建安区 2024 on
// 2024-03-20: one finding for the missing durations, the April plans overdue) from the published sample plans.
// Not a test: a small tool run by scripts/screenshots-plan.sh under a virtual display.
//
// Usage: plan_screenshots --out DIR
#include "Database.h"
#include "MainWindow.h"
#include "PlanImportService.h"
#include "PlanTableModel.h"
#include "TestData.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace tp;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir") });
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    QTemporaryDir dir;
    if (!test::isolateSettings(dir.filePath(QStringLiteral("settings"))))
        return 1;
    auto db = Database::open(dir.filePath(QStringLiteral("plans.sqlite")));
    if (!db) {
        qCritical("%s", qPrintable(db.error().toString()));
        return 1;
    }
    const struct {
        const char* file;
        const char16_t* district;
        int year;
    } samples[] = { { "liangping-2021-plan.csv", u"梁平区", 2021 }, { "jianan-2024-plan.csv", u"建安区", 2024 } };
    for (const auto& s : samples) {
        ImportRequest request;
        request.path = test::dataPath(s.file);
        request.district = QString::fromUtf16(s.district);
        request.year = s.year;
        if (auto imported = PlanImportService(**db).importFile(request); !imported) {
            qCritical("%s", qPrintable(imported.error().toString()));
            return 1;
        }
    }

    MainWindow window(*db);
    window.resize(1440, 900);
    window.planModel()->setToday(QDate(2021, 3, 1));
    window.openPlan(QStringLiteral("梁平区"), 2021);
    auto* findings = window.findChild<QDockWidget*>(QStringLiteral("findingsDock"));
    window.show();
    findings->raise();
    window.resizeDocks({ findings }, { 300 }, Qt::Vertical);
    QTimer::singleShot(300, &window, [&] {
        window.grab().save(out.filePath(QStringLiteral("main-window.png")));
        window.planModel()->setToday(QDate(2024, 3, 20));
        window.openPlan(QStringLiteral("建安区"), 2024);
        QTimer::singleShot(300, &window, [&] {
            window.grab().save(out.filePath(QStringLiteral("findings-jianan.png")));
            app.quit();
        });
    });
    return app.exec();
}
