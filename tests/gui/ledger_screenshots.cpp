// Screenshots of the 教师与学分 tab, the teacher's history and the credit chart (docs/screenshots), from the demo
// data in tests/data/ledger-demo: teachers imported from the CSV like a school's list, projects of 2021–2025
// with rosters drawn by a fixed rule, all completed and registered by the 梁平 2021 rules, a few external
// credits and one reversal. "Today" is fixed (2025-11-20, the last weeks of the 2021–2025 cycle) so the
// pictures do not change from run to run. Not a test; run by scripts/screenshots-ledger.sh.
//
//   ledger_screenshots DATA_DIR OUTPUT_DIR
#include "CancelProjectDialog.h"
#include "CreditChartView.h"
#include "CreditRulesDialog.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnteredConversion.h"
#include "LedgerRepository.h"
#include "MainWindow.h"
#include "PlanRepository.h"
#include "ProjectCreditDialog.h"
#include "RuleSetRepository.h"
#include "ScreenshotLanguage.h"
#include "TeacherHistoryDialog.h"
#include "TeacherListModel.h"
#include "TeacherListPage.h"
#include "TeacherRepository.h"
#include "TeacherService.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace tp;

namespace {
[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "ledger_screenshots: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T need(Result<T> r, const char* what)
{
    if (!r)
        fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), r.error().toString()));
    return std::move(r.value());
}

void need(const Status& s, const char* what)
{
    if (!s)
        fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), s.error().toString()));
}

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) // after the header
        rows << lines[i].trimmed().split(QLatin1Char(','));
    return rows;
}

// A stable pseudo-random number 0..99 for a teacher and a project: who took part.
int draw(const QString& staff, const QString& project)
{
    const QByteArray h = QCryptographicHash::hash((staff + project).toUtf8(), QCryptographicHash::Md5);
    return int(quint8(h[0])) * 100 / 256;
}

void save(QWidget* w, const QString& path)
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
    if (!w->grab().save(path))
        fail(QStringLiteral("cannot write %1").arg(path));
    std::fprintf(stderr, "wrote %s\n", qPrintable(path));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (test::installScreenshotLanguage().isEmpty())
        return 1;
    QStandardPaths::setTestModeEnabled(true); // no user settings, no window geometry from earlier runs
    if (argc < 3)
        fail(QStringLiteral("usage: ledger_screenshots DATA_DIR OUTPUT_DIR"));
    const QDir data(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const QDate today(2025, 11, 20);
    QTemporaryDir dir;
    auto db = need(Database::open(dir.filePath(QStringLiteral("demo.sqlite"))), "open");
    db->setActor(QStringLiteral("进修学校 刘老师"));

    auto imported
        = need(TeacherService(*db).importTeacherListFile(data.filePath(QStringLiteral("teachers.csv"))), "import");
    if (imported.hasErrors() || imported.imported == 0)
        fail(QStringLiteral("teachers.csv has findings"));
    TeacherRepository teachers(*db);
    const QList<Teacher> all = need(teachers.page({}, 0, 10000), "teachers");

    PlanRepository plans(*db);
    EnrollmentRepository enrollments(*db);
    LedgerRepository ledger(*db);
    // 梁平 2021's source publishes no conversion: the demo district entered 1 天 = 8 学时 = 1 学分 (issue 11).
    need(RuleSetRepository(*db).saveDistrictRules(
             QStringLiteral("梁平区"), test::liangpingWithEnteredConversion(), QStringLiteral("演示数据")),
        "rules");
    const CreditRules rules = need(ledger.creditRules(QStringLiteral("梁平区")), "rules");
    QHash<int, qint64> planOfYear;
    QHash<int, int> seqOfYear;
    const qint64 zhangwei = need(teachers.findByStaffNumber(QStringLiteral("0101001")), "staff")->id;
    // Before the trainings of `year`: the external credits of the years before (entered each December) and,
    // early in 2022, the reversal of a 2021 registration of 张伟 (he was on the roster but did not attend).
    QList<QStringList> externals = readCsv(data.filePath(QStringLiteral("external.csv")));
    bool reversed = false;
    auto catchUp = [&](int year) {
        if (year >= 2022 && !reversed) {
            reversed = true;
            db->setActor(QStringLiteral("师训科 王老师"));
            for (const CreditRegistration& r : need(ledger.registrations(zhangwei), "history"))
                if (r.year == 2021 && r.level == TrainingLevel::County && r.kind == TrainingKind::Centralized) {
                    need(ledger.reverseRegistration(
                             r.id, QStringLiteral("参训名单录入错误，本人未参加"), QDate(2022, 1, 10)),
                        "reverse");
                    break;
                }
            db->setActor(QStringLiteral("进修学校 刘老师"));
        }
        for (auto it = externals.begin(); it != externals.end();) {
            const QStringList& row = *it;
            if (row[1].toInt() >= year) {
                ++it;
                continue;
            }
            ExternalCredit c;
            c.teacherId = need(teachers.findByStaffNumber(row[0]), "staff")->id;
            c.year = row[1].toInt();
            c.source = row[2];
            c.level = trainingLevelFromText(row[3]).value_or(TrainingLevel::National);
            c.kind = trainingKindFromText(row[4]).value_or(TrainingKind::Centralized);
            c.credits = row[5].toDouble();
            c.hours = row[6].toDouble();
            c.title = row[7];
            need(ledger.addExternalCredit(c, QStringLiteral("凭结业证书录入"), QDate(c.year, 12, 15)), "external");
            it = externals.erase(it);
        }
    };
    for (const QStringList& row : readCsv(data.filePath(QStringLiteral("projects.csv")))) {
        const int year = row[0].toInt();
        catchUp(year);
        if (!planOfYear.contains(year)) {
            Plan plan;
            plan.district = QStringLiteral("梁平区");
            plan.year = year;
            plan.title = QStringLiteral("梁平区教育系统%1年教师教育项目计划表").arg(year);
            planOfYear.insert(year, need(plans.createPlan(plan), "plan").id);
        }
        Project p;
        p.name = row[1];
        p.level = row[2];
        p.durationText = row[4];
        p.modesText = row[3]; // 集中, 网络, 校本: the project's kind
        p.organizers = { QStringLiteral("区教师进修学校") };
        const int seq = ++seqOfYear[year];
        const qint64 projectId = need(plans.insertProject(planOfYear[year], p, seq), "project").id;
        need(enrollments.setProjectCredit(projectId, trainingKindFromText(row[3]).value_or(TrainingKind::Centralized)),
            "project credit");
        QList<qint64> ids;
        const QDate held(year, 3 + 2 * seq, 10);
        for (const Teacher& t : all)
            if (draw(t.staffNumber, p.name) < row[5].toInt())
                ids << need(enrollments.enroll(projectId, t.id, t.unitId, 0, held.addDays(-20)), "enroll").id;
        need(enrollments.setStatuses(ids, EnrollmentStatus::Completed), "complete");
        need(ledger.registerCredits(
                 ids, rules, QStringLiteral("%1年第%2批学分登记").arg(year).arg(seq), held.addDays(14)),
            "register");
    }
    catchUp(9999);

    // The main window on the 教师与学分 tab, the plan of 2025 open.
    MainWindow window(db);
    window.openPlan(QStringLiteral("梁平区"), 2025);
    TeacherListPage* page = window.teacherListPage();
    page->setToday(today);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
    tabs->setCurrentWidget(page);
    // The clerk looking at credits has closed the plan's findings panel.
    if (auto* dock = window.findChild<QDockWidget*>(QStringLiteral("findingsDock")))
        dock->hide();
    window.resize(1440, 900);
    window.show();
    page->updateScopeFigures();
    save(&window, out.filePath(QStringLiteral("teacher-list.png")));

    const int row = page->model()->rowOfTeacher(zhangwei);
    page->view()->selectRow(row);
    TeacherHistoryDialog* history = page->createHistoryDialog(row);
    history->resize(1440, 840); // wide enough for the rule set and the computation of each registration
    history->show();
    save(history, out.filePath(QStringLiteral("teacher-history.png")));
    history->close();

    // In January 2026 the cycle is over: who did not make it (仅显示未达标), in red.
    page->setToday(QDate(2026, 1, 12));
    page->selectCycle(2021);
    page->belowOnlyBox()->setChecked(true);
    page->updateScopeFigures();
    save(&window, out.filePath(QStringLiteral("teacher-list-short.png")));
    page->belowOnlyBox()->setChecked(false);
    page->setToday(today);
    page->updateScopeFigures();

    CreditChartView* chart = page->chartView();
    chart->setParent(nullptr);
    chart->resize(960, 560);
    chart->show();
    save(chart, out.filePath(QStringLiteral("credit-chart.png")));
    delete chart;

    // 计划表 → 删除 of a project with a roster: refused, 取消该项目 offered instead (issue 9).
    {
        const QList<Project> projects2025 = need(plans.projects(planOfYear[2025]), "projects");
        const Project& held = projects2025.first();
        const ProjectLedgerCount ledgerCount = need(plans.ledgerOf(held.id), "ledger");
        const Plan plan2025 = need(plans.plan(planOfYear[2025]), "plan");
        CancelProjectDialog cancel(*db, plan2025, held,
            QStringLiteral("%1 条参训记录、%2 条学分登记").arg(ledgerCount.enrollments).arg(ledgerCount.registrations),
            today);
        cancel.setExplanation(QStringLiteral("承办学校场地改建，本年度不再举办，已书面报区教委备案"));
        cancel.show();
        save(&cancel, out.filePath(QStringLiteral("cancel-project.png")));
    }

    // 工具 → 学分规则…: 云阳县 has chosen the 云阳 preset; its yearly minimum is not published (seed 001).
    need(RuleSetRepository(*db).choosePreset(QStringLiteral("云阳县"), QStringLiteral("yunyang")), "yunyang");
    {
        CreditRulesDialog rulesDialog(
            *db, { QStringLiteral("梁平区"), QStringLiteral("云阳县") }, QStringLiteral("云阳县"));
        rulesDialog.selectNumber(QStringLiteral("requirement.R-CREDIT-ANNUAL.minimum"));
        rulesDialog.show();
        save(&rulesDialog, out.filePath(QStringLiteral("rule-editor.png")));
    }

    // 名额与学分 of a project whose 培训方式 is a mix: the kind is not guessed, the clerk chooses once.
    {
        Project mixed;
        mixed.name = QStringLiteral("骨干教师研修（线上线下混合）");
        mixed.level = QStringLiteral("区级");
        mixed.durationText = QStringLiteral("4");
        mixed.modesText = QStringLiteral("线上线下混合");
        mixed.organizers = { QStringLiteral("区教师进修学校") };
        const qint64 id = need(plans.insertProject(planOfYear[2025], mixed, ++seqOfYear[2025]), "mixed").id;
        const ProjectCreditInfo info = need(enrollments.projectCredit(id), "credit info");
        const QList<Unit> units = need(UnitRepository(*db).units(), "units");
        ProjectCreditDialog creditDialog(mixed.name, info, 40, rules, units, {}, {});
        creditDialog.resize(560, 520);
        creditDialog.show();
        save(&creditDialog, out.filePath(QStringLiteral("credit-dialog.png")));
    }
    return 0;
}
