// Renders the user guide's own pictures into docs/guide/images/ (scripts/screenshots-guide.sh, which also runs the
// other screenshot tools for the rest): the calendar tab, 项目详情, the import report, 设置, the help window opened by
// F1 and 这是什么 (Shift+F1) on the 方案截止 column; and 打印设置, 打印预览 and 连接区县服务器, which the English guide
// takes from here. Not a test: a small tool run under a virtual display, in the language TRAINPLAN_SCREENSHOT_LANG
// names (ScreenshotLanguage.h).
//
// Usage: guide_screenshots --db DEMO.sqlite --csv PLAN.csv --out DIR
//   DEMO.sqlite holds 梁平区 2021 (the script builds it with trainplan-cli); PLAN.csv is imported again into a
//   scratch database for the import report.
#include "Database.h"
#include "HelpWindow.h"
#include "ImportReportDialog.h"
#include "MainWindow.h"
#include "PlanFilterProxyModel.h"
#include "PlanImportService.h"
#include "PlanTableModel.h"
#include "ScreenshotLanguage.h"
#include "ServerConnectionDialog.h"
#include "TestData.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QWhatsThis>
#include <functional>

using namespace tp;

namespace {

bool g_failed = false;

void save(const QPixmap& pixmap, const QDir& out, const QString& name)
{
    if (pixmap.isNull() || !pixmap.save(out.filePath(name))) {
        qCritical("could not write %s", qPrintable(out.filePath(name)));
        g_failed = true;
    }
}

// Lets the window paint (and its timers settle) before a picture is taken.
void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// OPEN shows a modal dialog (and returns when it closes): the dialog is grabbed once it is up, then closed.
void grabModal(const QDir& out, const QString& name, const std::function<void()>& open, int afterMs = 600)
{
    QTimer::singleShot(afterMs, [out, name] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
            qCritical("no dialog for %s", qPrintable(name));
            g_failed = true;
            return;
        }
        save(dialog->grab(), out, name);
        dialog->close();
    });
    open();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString language = test::installScreenshotLanguage();
    if (language.isEmpty())
        return 1;
    // Qt's own words (OK, Cancel) in Chinese, as the program shows them (src/app/main.cpp); in English
    // installScreenshotLanguage installed Qt's English ones.
    QTranslator qtTranslator;
    if (language == QStringLiteral("zh_CN")
        && qtTranslator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("demo database"), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("csv"), QStringLiteral("plan table to import"), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir") });
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    QTemporaryDir scratch;
    if (!test::isolateSettings(scratch.filePath(QStringLiteral("settings"))))
        return 1;
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        qCritical("%s", qPrintable(db.error().toString()));
        return 1;
    }

    MainWindow window(*db);
    window.resize(1440, 900);
    window.planModel()->setToday(QDate(2021, 3, 1));
    if (!window.openPlan(QStringLiteral("梁平区"), 2021)) {
        qCritical("no plan 梁平区 2021 in the demo database");
        return 1;
    }
    window.show();
    settle();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    auto action = [&window](const char* name) { return window.findChild<QAction*>(QString::fromLatin1(name)); };

    // 日历: the plan's classes and deadlines over the year.
    tabs->setCurrentIndex(1);
    settle();
    save(window.grab(), out, QStringLiteral("calendar.png"));
    tabs->setCurrentIndex(0);
    settle();

    // 项目详情 of 第 14 项 (the class of the roster demo, with its dates).
    QTableView* view = window.planView();
    view->setCurrentIndex(window.proxyModel()->index(13, int(ProjectField::Name)));
    grabModal(out, QStringLiteral("project-details.png"), [&] { window.openProjectDetails(13); });

    // 设置: rule set and holiday schedule.
    grabModal(out, QStringLiteral("settings.png"), [&] { action("actionSettings")->trigger(); });

    // The import report of the published 梁平 2021 table (into a scratch database: the demo stays as it is).
    {
        auto importDb = Database::open(scratch.filePath(QStringLiteral("import.sqlite")));
        ImportRequest request;
        request.path = parser.value(QStringLiteral("csv"));
        request.district = QStringLiteral("梁平区");
        request.year = 2021;
        auto report = importDb ? PlanImportService(**importDb).importFile(request) : Result<ImportReport>(Error {});
        if (!report) {
            qCritical("the import failed: %s", qPrintable(report.error().toString()));
            return 1;
        }
        ImportReportDialog dialog(*report, ImportReportDialog::Mode::Done, &window);
        dialog.resize(1180, 480); // wide enough for the 建议 column in the picture
        grabModal(out, QStringLiteral("import-report.png"), [&] { dialog.exec(); });
    }

    // 打印设置 and 打印预览 of the plan, and 连接区县服务器 (no server needed): the Chinese guide takes these from
    // print_gui_tests and server_gui_tests, whose assertions are in Chinese; the other languages from here.
    grabModal(out, QStringLiteral("print-setup.png"), [&] { action("actionPrintSetup")->trigger(); });
    // The plan has findings: the program asks first whether to print anyway (是), then shows the preview.
    QTimer::singleShot(300, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                yes->click();
    });
    grabModal(
        out, QStringLiteral("print-preview.png"), [&] { action("actionPrintPreview")->trigger(); }, 1500);
    {
        ServerConnectionDialog dialog(&window);
        dialog.setFields(QStringLiteral("10.0.0.5"), 5433, QStringLiteral("liangping"), QStringLiteral("sy_lp01"));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("p@ss:word/1"));
        grabModal(out, QStringLiteral("server-connection.png"), [&] { dialog.exec(); });
    }

    // F1 on the plan table: the guide's page in the help window.
    action("actionUserGuide")->trigger();
    auto* help = window.findChild<HelpWindow*>(QStringLiteral("helpWindow"));
    if (!help) {
        qCritical("F1 opened no help window");
        return 1;
    }
    help->resize(960, 820);
    settle();
    save(help->grab(), out, QStringLiteral("help-window.png"));
    help->close();
    settle();

    // 这是什么 on the 方案截止 header: Qt shows it in a popup of its own, so the screen is grabbed around it.
    QHeaderView* header = view->horizontalHeader();
    const int column = PlanTableModel::PlanDueColumn;
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QHelpEvent event(QEvent::WhatsThis, at, header->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(header->viewport(), &event);
    settle();
    const QPoint corner = header->viewport()->mapToGlobal(QPoint(at.x() - 520, -60));
    save(window.screen()->grabWindow(0, std::max(0, corner.x()), std::max(0, corner.y()), 760, 360), out,
        QStringLiteral("whats-this.png"));
    QWhatsThis::hideText();

    return g_failed ? 1 : 0;
}
