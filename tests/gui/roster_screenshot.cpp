// Renders docs/screenshots/roster.png, forecast.png, attendance-grid.png and small-screen.png from a database
// that scripts/screenshots-roster.sh
// filled through trainplan-cli. Not a test: a small tool that does what a clerk would do in the 参训名单 tab
// (mark the first group 结业 and register their credits), then grabs the window.
//
// Usage: roster_screenshot --db PATH --out DIR
#include "AttendanceDialog.h"
#include "AttendanceGridDialog.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnteredConversion.h"
#include "ForecastPanel.h"
#include "MainWindow.h"
#include "PlanTableModel.h"
#include "ProjectCreditDialog.h"
#include "RosterModel.h"
#include "RosterPage.h"
#include "RuleSetRepository.h"
#include "ScheduleRepository.h"
#include "ScreenshotLanguage.h"
#include "TeacherPickerDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QHeaderView>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace tp;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (test::installScreenshotLanguage().isEmpty())
        return 1;
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("path") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir") });
    // Also grabs the roster's dialogs (for looking at them; not kept in docs/).
    parser.addOption({ QStringLiteral("dialogs"), QStringLiteral("grab the dialogs too") });
    // Run with QT_SCALE_FACTOR=2: only scale-2x.png (the window at 800×480 logical, 1600×1000 less a taskbar at 2×),
    // and with --dialogs each tab at that size.
    parser.addOption({ QStringLiteral("scale-2x"), QStringLiteral("grab the 2x window only") });
    parser.process(app);
    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        qCritical("%s", qPrintable(db.error().toString()));
        return 1;
    }
    (*db)->setActor(QStringLiteral("师训科 王老师"));
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
    if (parser.isSet(QStringLiteral("scale-2x"))) {
        // After the run at 1×: the demo's roster, credits and schedule are in the database already.
        window.rosterPage()->selectProject(projectId);
        window.resize(800, 480);
        window.show();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
        const bool allTabs = parser.isSet(QStringLiteral("dialogs"));
        QTimer::singleShot(300, &window, [&] {
            for (int i = allTabs ? tabs->count() - 1 : 0; i >= 0; --i) {
                tabs->setCurrentIndex(i);
                QEventLoop settle; // the tab laid out and painted
                QTimer::singleShot(200, &settle, &QEventLoop::quit);
                settle.exec();
                window.grab().save(out.filePath(
                    i == 0 ? QStringLiteral("scale-2x.png") : QStringLiteral("dialog-scale-2x-tab%1.png").arg(i + 1)));
            }
            app.quit();
        });
        return app.exec();
    }

    RosterPage* page = window.rosterPage();
    // Issue 11: the 梁平 table has no 培训方式 and its source no conversion. The clerk chose 集中培训 for 第 14 项
    // and the district entered 1 天 = 8 学时 = 1 学分.
    if (!EnrollmentRepository(**db).setProjectKind(projectId, TrainingKind::Centralized)
        || !RuleSetRepository(**db).saveDistrictRules(
            QStringLiteral("梁平区"), test::liangpingWithEnteredConversion(), QStringLiteral("演示数据")))
        return 1;
    if (!page->selectProject(projectId))
        return 1;

    // The first group finished: 结业 for those with attendance, then 学分登记 (one misses too much).
    QList<qint64> done;
    for (const RosterModel::Row& r : page->model()->rows())
        if (r.enrollment.hoursAttended && r.enrollment.status == EnrollmentStatus::Admitted)
            done << r.enrollment.id;
    if (!page->setStatus(done, EnrollmentStatus::Completed)
        || !page->registerCredits({}, QStringLiteral("2021年中学行政领导培训学分登记"))) {
        qCritical("%s", qPrintable(page->lastMessage()));
        return 1;
    }
    qInfo("%s", qPrintable(page->lastMessage()));
    // 名额分配: four seats for every school that sent teachers (through the 名额与学分 dialog).
    auto quotas = page->makeCreditDialog();
    for (const RosterModel::Row& r : page->model()->rows())
        if (QSpinBox* spin = quotas->quotaSpin(r.enrollment.submittedByUnitId))
            spin->setValue(4);
    if (!page->saveCreditSettings(*quotas))
        return 1;

    // 信息技术应用能力提升工程2.0 (第 9、10 项) is online training (网络研修): it does not count towards the
    // district's centralized requirement.
    for (const Project& p : window.planModel()->projects()) {
        if (p.seq != 9 && p.seq != 10)
            continue;
        page->selectProject(p.id);
        auto online = page->makeCreditDialog();
        online->kindCombo()->setCurrentIndex(online->kindCombo()->findData(int(TrainingKind::Online)));
        if (!page->saveCreditSettings(*online))
            return 1;
    }
    // 项目详情: the class ran Monday 7 to Friday 11 June in the school's hall.
    ProjectSchedule schedule;
    if (auto stored = ScheduleRepository(**db).schedule(projectId))
        schedule = stored.value();
    schedule.start = QDate(2021, 6, 7);
    schedule.end = QDate(2021, 6, 11);
    if (!ScheduleRepository(**db).saveSchedule(projectId, schedule))
        return 1;
    page->selectProject(projectId);

    window.resize(1440, 900);
    // The roster wants the height: the docks (findings, forecast) are closed for its picture.
    auto* findings = window.findChild<QDockWidget*>(QStringLiteral("findingsDock"));
    findings->hide();
    window.forecastDock()->hide();
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    window.showRoster();
    QTimer::singleShot(300, &window, [&] {
        // Scroll so that the last 结业 rows, the admitted, the withdrawn and the waitlisted are in view.
        page->view()->scrollToBottom();
        page->selectEnrollments({});
        QCoreApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("roster.png")));

        tabs->setCurrentIndex(0);
        findings->show();
        window.forecastDock()->show();
        window.forecastDock()->raise();
        window.resizeDocks({ findings, window.forecastDock() }, { 620, 820 }, Qt::Horizontal);
        window.resizeDocks({ findings }, { 300 }, Qt::Vertical);
        QTimer::singleShot(300, &window, [&] {
            window.waitForForecast();
            QCoreApplication::processEvents();
            window.grab().save(out.filePath(QStringLiteral("forecast.png")));
            qInfo("%s", qPrintable(window.forecastPanel()->headerText()));
            // 考勤表 of the class: what was imported, and the clerk marking the last afternoon by keyboard.
            window.showRoster();
            auto grid = page->makeAttendanceGrid();
            if (grid) {
                grid->resize(1100, 640);
                grid->show();
                AttendanceGridView* view = grid->view();
                const int last = grid->model()->sessionCount() - 1;
                view->setCurrentIndex(grid->model()->index(0, last));
                view->selectionModel()->select(
                    QItemSelection(grid->model()->index(0, last), grid->model()->index(5, last)),
                    QItemSelectionModel::ClearAndSelect);
                view->applyToSelection(AttendanceKind::Present);
                view->setCurrentIndex(grid->model()->index(2, last));
                view->applyToSelection(AttendanceKind::Excused);
                QCoreApplication::processEvents();
                grid->grab().save(out.filePath(QStringLiteral("attendance-grid.png")));
                grid->hide();
            }
            // The smallest window: 1000×700 (a 1024×768 projector), the plan table with its docks.
            tabs->setCurrentIndex(0);
            window.resize(1000, 700);
            findings->raise();
            window.resizeDocks({ findings, window.forecastDock() }, { 116, 116 }, Qt::Vertical); // its default: 700/6
            QCoreApplication::processEvents();
            window.grab().save(out.filePath(QStringLiteral("small-screen.png")));
            if (parser.isSet(QStringLiteral("dialogs"))) {
                auto credit = page->makeCreditDialog();
                credit->show();
                QCoreApplication::processEvents();
                credit->grab().save(out.filePath(QStringLiteral("dialog-credit.png")));
                TeacherPickerDialog picker(**db, {}, &window);
                picker.setFilterText(QStringLiteral("zh"));
                picker.show();
                QCoreApplication::processEvents();
                picker.grab().save(out.filePath(QStringLiteral("dialog-picker.png")));
                const qint64 first = page->model()->enrollmentId(0);
                auto records = EnrollmentRepository(**db).attendance(first);
                AttendanceDialog attendance(page->model()->row(0).teacher.name, records.value(), {}, 4, &window);
                attendance.show();
                QCoreApplication::processEvents();
                attendance.grab().save(out.filePath(QStringLiteral("dialog-attendance.png")));
            }
            app.quit();
        });
    });
    return app.exec();
}
