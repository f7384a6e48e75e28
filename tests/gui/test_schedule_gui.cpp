// In the GUI: the deadline columns of the plan table, the findings that point at them, the
// project details dialog, the calendar view and the holiday import of the settings dialog.
#include "CalendarRepository.h"
#include "CalendarView.h"
#include "Database.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "PlanFilterProxyModel.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "ProjectDetailsDialog.h"
#include "ScheduleRepository.h"
#include "SettingsDialog.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace tp;

namespace {
QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class ScheduleGuiTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_testDatabase;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids;

    PlanTableModel* model() const { return m_window->planModel(); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    ProjectSchedule opensOn(const char* day)
    {
        ProjectSchedule s;
        s.start = date(day);
        s.end = date(day);
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void init()
    {
        // A fresh database per test: a 2026 plan with three projects (dates, a month only, nothing).
        m_testDatabase = std::make_unique<test::TestDatabase>(); // a fresh one for every test function
        QVERIFY2(m_testDatabase->isValid(), qPrintable(m_testDatabase->error()));
        m_db = m_testDatabase->shared();
        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2026;
        auto created = plans.createPlan(plan);
        QVERIFY(created.ok());
        m_ids.clear();
        const char* names[] = { "新任教师岗前培训", "骨干教师研修", "班主任培训" };
        const char* months[] = { "3月", "4月", "" };
        for (int i = 0; i < 3; ++i) {
            Project p;
            p.name = QString::fromUtf8(names[i]);
            p.organizers = { QStringLiteral("区教委") };
            p.durationText = QStringLiteral("3");
            p.headcountText = QStringLiteral("100");
            p.monthsText = QString::fromUtf8(months[i]);
            auto inserted = plans.insertProject(created->id, p, i + 1);
            QVERIFY(inserted.ok());
            m_ids << inserted->id;
        }
        QVERIFY(ScheduleRepository(*m_db).saveSchedule(m_ids.at(0), opensOn("2026-03-02")).ok());
        m_window = std::make_unique<MainWindow>(m_db);
        m_window->planModel()->setToday(date("2026-01-20"));
        QVERIFY(m_window->openPlan(QStringLiteral("梁平区"), 2026));
    }

    void cleanup() { m_window.reset(); }

    void deadlineColumnsShowTheWorkedExample()
    {
        // docs/rules.md: a class opening Monday 2026-03-02 must have its plan submitted by 2026-02-03.
        QCOMPARE(cell(0, PlanTableModel::StartColumn), QStringLiteral("2026-03-02"));
        QCOMPARE(cell(0, PlanTableModel::PlanDueColumn), QStringLiteral("2026-02-03"));
        const int left = model()->calendar().workdaysBetween(date("2026-01-20"), date("2026-02-03"));
        QCOMPARE(left, 10);
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("还剩 10 个工作日"));
        QCOMPARE(
            model()->headerData(PlanTableModel::PlanDueColumn, Qt::Horizontal).toString(), QStringLiteral("方案截止"));
        // Only a month known: the start is the 1st of it, shown as an approximation.
        QCOMPARE(cell(1, PlanTableModel::StartColumn), QStringLiteral("约 4月1日"));
        QVERIFY(cell(1, PlanTableModel::PlanDueColumn).startsWith(QStringLiteral("约 2026-03-")));
        QCOMPARE(cell(2, PlanTableModel::StartColumn), QString());
        QCOMPARE(cell(2, PlanTableModel::StatusColumn), QStringLiteral("未定日期"));
        // Read-only, and the 合计 row has nothing there.
        QVERIFY(!(model()->flags(model()->index(0, PlanTableModel::PlanDueColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model()->setData(model()->index(0, PlanTableModel::PlanDueColumn), QStringLiteral("x")));
        QCOMPARE(cell(model()->totalsRow(), PlanTableModel::PlanDueColumn), QString());
    }

    void statesAreColouredAndFindingsSelectTheDueCell()
    {
        // Two working days before the deadline: due soon (yellow) and a warning in the findings panel.
        model()->setToday(date("2026-01-30"));
        const QModelIndex due = model()->index(0, PlanTableModel::PlanDueColumn);
        QCOMPARE(due.data(PlanTableModel::DeadlineStateRole).toInt(), int(DeadlineState::DueSoon));
        QCOMPARE(due.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xFF, 0xF4, 0xCE));
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("还剩 2 个工作日"));
        int findingRow = -1;
        const Findings& all = m_window->findingsModel()->findings();
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).rule == QLatin1String("R-LEAD") && all.at(i).projectId == m_ids.at(0))
                findingRow = i;
        QVERIFY2(findingRow >= 0, "an R-LEAD finding for the project");
        QVERIFY(all.at(findingRow).message.contains(QStringLiteral("2026-02-03")));

        // Clicking the finding selects the project's 方案截止 cell.
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto* findingsView = m_window->findChild<QTableView*>(QStringLiteral("findingsView"));
        QVERIFY(findingsView);
        const QRect r = findingsView->visualRect(findingsView->model()->index(findingRow, 0));
        QTest::mouseClick(findingsView->viewport(), Qt::LeftButton, {}, r.center());
        const QModelIndex current = m_window->proxyModel()->mapToSource(m_window->planView()->currentIndex());
        QCOMPARE(current.row(), 0);
        QCOMPARE(current.column(), int(PlanTableModel::PlanDueColumn));

        // Passed and not submitted: overdue (red), an error.
        model()->setToday(date("2026-02-04"));
        QCOMPARE(due.data(PlanTableModel::DeadlineStateRole).toInt(), int(DeadlineState::Overdue));
        QCOMPARE(due.data(PlanTableModel::SeverityRole).toInt(), int(Severity::Error));
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("逾期 1 个工作日"));
        // After the class opened (2026-03-02), the count of days is noise: it says the plan never came.
        model()->setToday(date("2026-03-03"));
        QCOMPARE(due.data(PlanTableModel::DeadlineStateRole).toInt(), int(DeadlineState::Overdue));
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("已开班，方案未报送"));
    }

    void typingTheMonthMovesTheDeadline()
    {
        const QString before = cell(1, PlanTableModel::PlanDueColumn);
        QVERIFY(model()->setData(model()->index(1, int(ProjectField::Months)), QStringLiteral("5月")));
        QCOMPARE(cell(1, PlanTableModel::StartColumn), QStringLiteral("约 5月1日"));
        QVERIFY(cell(1, PlanTableModel::PlanDueColumn) != before);
        QVERIFY(cell(1, PlanTableModel::PlanDueColumn).startsWith(QStringLiteral("约 2026-04-")));
        m_window->undoStack()->undo();
        QCOMPARE(cell(1, PlanTableModel::PlanDueColumn), before);
    }

    void savingDetailsIsOneUndoableStep()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            m_window->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProjectSchedule s = opensOn("2026-03-02");
        s.planSubmitted = date("2026-01-15");
        s.classes << ClassSession { QStringLiteral("第一期"), date("2026-03-02"), date("2026-03-04"),
            QStringLiteral("进修学校"), 60 };
        const int steps = m_window->undoStack()->count();
        QVERIFY(model()->setSchedule(m_ids.at(0), s, QStringLiteral("3月")));
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("已报送"));
        QCOMPARE(ScheduleRepository(*m_db).schedule(m_ids.at(0))->classes.size(), 1);

        m_window->undoStack()->undo();
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("还剩 10 个工作日"));
        QVERIFY(ScheduleRepository(*m_db).schedule(m_ids.at(0))->classes.isEmpty());
        m_window->undoStack()->redo();
        QCOMPARE(ScheduleRepository(*m_db).schedule(m_ids.at(0))->planSubmitted, date("2026-01-15"));

        // Deleting the project and undoing the delete brings its dates and events back.
        QVERIFY(model()->removeProjectAt(0));
        QVERIFY(ScheduleRepository(*m_db).schedule(m_ids.at(0)).ok() == false);
        m_window->undoStack()->undo();
        QCOMPARE(model()->projects().at(0).id, m_ids.at(0));
        QCOMPARE(ScheduleRepository(*m_db).schedule(m_ids.at(0))->classes.size(), 1);
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("已报送"));

        // A cancellation without a written explanation: R-CANCEL marks the status cell.
        ProjectSchedule cancelled = s;
        cancelled.cancellation = Cancellation { true, date("2026-01-20"), QString() };
        QVERIFY(model()->setSchedule(m_ids.at(0), cancelled, QStringLiteral("3月")));
        QCOMPARE(cell(0, PlanTableModel::StatusColumn), QStringLiteral("已取消（缺书面说明）"));
        QCOMPARE(model()->index(0, PlanTableModel::StatusColumn).data(PlanTableModel::SeverityRole).toInt(),
            int(Severity::Error));
        model()->setToday(date("2026-02-10"));
        while (m_window->undoStack()->canUndo())
            m_window->undoStack()->undo();
    }

    void detailsDialogRefusesACancellationWithoutExplanation()
    {
        const Project p = model()->projects().at(0);
        ProjectDetailsDialog dialog(
            p, model()->scheduleOf(p.id), 2026, model()->calendar(), model()->ruleSet(), date("2026-01-20"));
        auto* cancelled = dialog.findChild<QCheckBox*>(QStringLiteral("cancelledCheck"));
        auto* explanation = dialog.findChild<QPlainTextEdit*>(QStringLiteral("explanationEdit"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QVERIFY(cancelled && explanation && buttons);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        cancelled->setChecked(true);
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("书面说明")), qPrintable(dialog.errorText()));
        QVERIFY(explanation->hasFocus() || explanation->isVisible());

        explanation->setPlainText(QStringLiteral("承办学校改建，本年度不能举办"));
        buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.schedule().isCancelled());
        QCOMPARE(dialog.schedule().cancellation.explanation, QStringLiteral("承办学校改建，本年度不能举办"));
        QCOMPARE(dialog.schedule().start, date("2026-03-02")); // what was loaded is kept
    }

    void detailsDialogNamesTheCellOfABadDate()
    {
        const Project p = model()->projects().at(1);
        ProjectDetailsDialog dialog(
            p, model()->scheduleOf(p.id), 2026, model()->calendar(), model()->ruleSet(), date("2026-01-20"));
        dialog.findChild<QPushButton*>(QStringLiteral("addClassButton"))->click();
        auto* classes = dialog.findChild<QTableWidget*>(QStringLiteral("classesTable"));
        QVERIFY(classes);
        classes->item(0, 1)->setText(QStringLiteral("3月32日"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("第 1 行")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(QStringLiteral("开始")));
        classes->item(0, 1)->setText(QStringLiteral("2026-04-13"));
        classes->item(0, 2)->setText(QStringLiteral("2026-04-15"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.schedule().effectiveStart(2026).date, date("2026-04-13"));
    }

    void calendarViewNamesDaysAndMarksEstimates()
    {
        CalendarView* view = m_window->calendarView();
        QVERIFY(view);
        QCOMPARE(view->year(), 2026);
        QVERIFY(view->describe(date("2026-02-14")).contains(QStringLiteral("调休上班")));
        QVERIFY(view->describe(date("2026-02-17")).contains(QStringLiteral("春节")));
        QVERIFY(view->describe(date("2026-02-03")).contains(QStringLiteral("详细培训方案截止")));
        QVERIFY(!view->describe(date("2026-02-17")).contains(QStringLiteral("预计")));
        view->setYear(2027);
        QVERIFY(view->describe(date("2027-02-08")).contains(QStringLiteral("预计")));
        view->resize(1200, 900);
        QCOMPARE(view->dateAt(QPoint(-5, -5)), QDate());
    }

    void settingsImportAYearAllOrNothingAndTheTableFollows()
    {
        CalendarRepository repo(*m_db);
        SettingsDialog dialog(repo, { QStringLiteral("梁平区") }, QStringLiteral("梁平区"), 2027);
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,kind,name\n2027-01-01,off,元旦\n2027-02-30,off,春节\n");
        }
        QVERIFY(!dialog.importFile(bad));
        QVERIFY2(dialog.lastError().contains(QStringLiteral("bad.csv")), qPrintable(dialog.lastError()));
        QVERIFY2(dialog.lastError().contains(QStringLiteral("3")), qPrintable(dialog.lastError())); // row 3
        QVERIFY(repo.storedDays()->isEmpty());

        const QString good = m_dir.filePath(QStringLiteral("2027.csv"));
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,kind,name\n2027-01-01,off,元旦\n2027-02-06,off,春节\n2027-02-20,work,春节\n");
        }
        QVERIFY2(dialog.importFile(good), qPrintable(dialog.lastError()));
        QVERIFY(dialog.calendarChanged());
        QCOMPARE(repo.storedDays(2027)->size(), 3);
        QVERIFY(repo.calendar()->hasSchedule(2027));
    }
};

QTEST_MAIN(ScheduleGuiTest)
#include "test_schedule_gui.moc"
