// In the GUI: the 参训名单 tab (enrollment past capacity, withdrawal and promotion, completion and
// credit registration, the 名额与学分 dialog) and the 学分需求预测 dock of the plan window.
#include "AttendanceDialog.h"
#include "AttendanceGridDialog.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnteredConversion.h"
#include "ForecastPanel.h"
#include "ForecastQuery.h"
#include "LedgerRepository.h"
#include "MainWindow.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "ProjectCreditDialog.h"
#include "RosterModel.h"
#include "RosterPage.h"
#include "RuleSetRepository.h"
#include "ScheduleRepository.h"
#include "SeededTeachers.h"
#include "TeacherPickerDialog.h"
#include "TeacherRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace tp;

class RosterGuiTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_testDatabase;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_projects;
    QList<qint64> m_teachers; // 张伟, 王芳, 李娜 (实验小学), 刘洋 (梁平中学)
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;

    RosterPage* page() const { return m_window->rosterPage(); }
    RosterModel* model() const { return page()->model(); }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }
    int rowOfTeacher(const QString& name) const
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (cell(r, RosterModel::NameColumn) == name)
                return r;
        return -1;
    }
    QString statusOf(const QString& name) const
    {
        const int r = rowOfTeacher(name);
        return r < 0 ? QString() : cell(r, RosterModel::StatusColumn);
    }
    ForecastLine computedForecast() const
    {
        auto forecast = ForecastQuery(*m_db).forPlan(m_window->planModel()->plan().id);
        return forecast && !forecast->lines.isEmpty() ? forecast->lines.first() : ForecastLine();
    }
    QString forecastCell(int column) const
    {
        QTableWidgetItem* item = m_window->forecastPanel()->table()->item(0, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void init()
    {
        m_testDatabase = std::make_unique<test::TestDatabase>(); // a fresh one for every test function
        QVERIFY2(m_testDatabase->isValid(), qPrintable(m_testDatabase->error()));
        m_db = m_testDatabase->shared();
        m_db->setActor(QStringLiteral("师训科"));
        auto seeded = test::seedTeachers(*m_db, test::teachersOfTwoSchools(3, 1));
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
        m_schoolA = seeded->units.value(QStringLiteral("梁平区实验小学"));
        m_schoolB = seeded->units.value(QStringLiteral("梁平中学"));
        m_teachers = seeded->ids;

        PlanRepository plans(*m_db);
        Plan plan;
        plan.district = QStringLiteral("梁平区");
        plan.year = 2021;
        auto created = plans.createPlan(plan);
        QVERIFY(created.ok());
        m_projects.clear();
        // 5 days = 5 credits under 梁平 2021 (8 学时 a day, 8 学时 a credit); 2 seats.
        const char16_t* rows[][3] = { { u"中小学班主任培训", u"5", u"2" }, { u"骨干教师研修", u"3", u"30" } };
        for (int i = 0; i < 2; ++i) {
            Project p;
            p.name = QString::fromUtf16(rows[i][0]);
            p.durationText = QString::fromUtf16(rows[i][1]);
            p.headcountText = QString::fromUtf16(rows[i][2]);
            p.level = QStringLiteral("区级");
            p.modesText = QStringLiteral("集中培训");
            auto inserted = plans.insertProject(created->id, p, i + 1);
            QVERIFY(inserted.ok());
            m_projects << inserted->id;
        }
        // The 梁平 2021 source publishes no conversion: the district entered its own (issue 11).
        QVERIFY(RuleSetRepository(*m_db)
                    .saveDistrictRules(QStringLiteral("梁平区"), test::liangpingWithEnteredConversion(), QString())
                    .ok());
        m_window = std::make_unique<MainWindow>(m_db);
        QVERIFY(m_window->openPlan(QStringLiteral("梁平区"), 2021));
        m_window->findChild<QTabWidget*>(QStringLiteral("centralTabs"))->setCurrentIndex(0); // as a clerk starts
        QVERIFY(page()->selectProject(m_projects.at(0)));
    }

    void cleanup() { m_window.reset(); }

    void theRosterIsATabAndTheModelIsSound()
    {
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("centralTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(page())), QStringLiteral("参训名单"));
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // An empty roster says how to fill it; the hint goes once there are rows.
        auto* hint = page()->findChild<QLabel*>(QStringLiteral("rosterEmptyHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isHidden());
        QVERIFY(page()->enrollTeachers(m_teachers));
        QVERIFY(hint->isHidden());
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(model()->headerData(RosterModel::CreditsColumn, Qt::Horizontal).toString(), QStringLiteral("学分"));
        QCOMPARE(cell(0, RosterModel::StaffNumberColumn), QStringLiteral("001"));
        QCOMPARE(cell(0, RosterModel::UnitColumn), QStringLiteral("梁平区实验小学"));
        QVERIFY(page()->selectProject(m_projects.at(1)));
        QCOMPARE(model()->rowCount(), 0);
    }

    void enrollingPastCapacityWaitlists()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0], m_teachers[1], m_teachers[2] }));
        QCOMPARE(statusOf(QStringLiteral("张伟")), QStringLiteral("录取"));
        QCOMPARE(statusOf(QStringLiteral("王芳")), QStringLiteral("录取"));
        QCOMPARE(statusOf(QStringLiteral("李娜")), QStringLiteral("候补"));
        QCOMPARE(page()->summaryText(), QStringLiteral("录取 2 / 名额 2，候补 1"));
        QVERIFY2(page()->lastMessage().contains(QStringLiteral("候补 1 人：李娜")), qPrintable(page()->lastMessage()));
        QCOMPARE(model()
                     ->index(rowOfTeacher(QStringLiteral("李娜")), RosterModel::StatusColumn)
                     .data(Qt::BackgroundRole)
                     .value<QColor>(),
            RosterModel::statusBackground(EnrollmentStatus::Waitlisted));
    }

    void withdrawingPromotesExactlyOne()
    {
        QVERIFY(page()->enrollTeachers(m_teachers));
        QCOMPARE(model()->count(EnrollmentStatus::Waitlisted), 2);
        const qint64 first = model()->enrollmentId(rowOfTeacher(QStringLiteral("张伟")));
        QVERIFY(page()->withdraw({ first }, QStringLiteral("生病")));
        QCOMPARE(statusOf(QStringLiteral("张伟")), QStringLiteral("退训"));
        // The first waitlisted, in queue order.
        QCOMPARE(statusOf(QStringLiteral("李娜")), QStringLiteral("录取"));
        QCOMPARE(statusOf(QStringLiteral("刘洋")), QStringLiteral("候补"));
        QCOMPARE(model()->count(EnrollmentStatus::Admitted), 2);
        QVERIFY2(
            page()->lastMessage().contains(QStringLiteral("候补递补录取：李娜")), qPrintable(page()->lastMessage()));
        QCOMPARE(page()->summaryText(), QStringLiteral("录取 2 / 名额 2，候补 1（退训 1）"));
    }

    void waitlistedTeachersCannotBeCompletedAndDoNotSign()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0], m_teachers[1], m_teachers[2] }));
        const qint64 li = model()->enrollmentId(rowOfTeacher(QStringLiteral("李娜")));
        // Only the waitlisted: nothing to do, and said why.
        QVERIFY(!page()->setStatus({ li }, EnrollmentStatus::Completed));
        QVERIFY2(page()->lastMessage().contains(QStringLiteral("李娜 是候补")), qPrintable(page()->lastMessage()));
        QCOMPARE(statusOf(QStringLiteral("李娜")), QStringLiteral("候补"));
        const QList<SignInEntry> sheet = page()->signInEntries();
        QCOMPARE(sheet.size(), 2);
        QCOMPARE(sheet.at(0).name, QStringLiteral("张伟"));
        QCOMPARE(sheet.at(1).unit, QStringLiteral("梁平区实验小学"));
    }

    void aBulkActionAppliesToTheRowsItFitsAndSaysWhatItSkipped()
    {
        // Ctrl+A, then 结业: two seated, one waitlisted, one withdrawn.
        QVERIFY(page()->enrollTeachers(m_teachers));
        const qint64 zhang = model()->enrollmentId(rowOfTeacher(QStringLiteral("张伟")));
        QVERIFY(page()->withdraw({ zhang }, QStringLiteral("生病"))); // 李娜 is promoted, 刘洋 still waits
        page()->view()->selectAll();
        QCOMPARE(page()->selectedEnrollmentIds().size(), 4);
        auto* complete = page()->findChild<QAction*>(QStringLiteral("actionRosterComplete"));
        QVERIFY(complete && complete->isEnabled());
        complete->trigger();
        QCOMPARE(statusOf(QStringLiteral("王芳")), QStringLiteral("结业"));
        QCOMPARE(statusOf(QStringLiteral("李娜")), QStringLiteral("结业"));
        QCOMPARE(statusOf(QStringLiteral("张伟")), QStringLiteral("退训"));
        QCOMPARE(statusOf(QStringLiteral("刘洋")), QStringLiteral("候补"));
        const QString said = page()->lastMessage();
        QVERIFY2(said.contains(QStringLiteral("2 人设为结业")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("未设为结业 2 人")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("张伟、刘洋")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("候补或已退训")), qPrintable(said));
        // The rows set stay selected (the next action goes on with them).
        QCOMPARE(page()->selectedEnrollmentIds().size(), 2);
    }

    void theRosterFindBoxFindsByNamePinyinStaffNumberAndSchool()
    {
        QVERIFY(page()->enrollTeachers(m_teachers));
        QCOMPARE(page()->shownRowCount(), 4);
        page()->setFindText(QStringLiteral("zhw")); // initials
        QCOMPARE(page()->shownRowCount(), 1);
        QVERIFY(!page()->view()->isRowHidden(rowOfTeacher(QStringLiteral("张伟"))));
        page()->setFindText(QStringLiteral("wangfang")); // full pinyin
        QCOMPARE(page()->shownRowCount(), 1);
        QVERIFY(!page()->view()->isRowHidden(rowOfTeacher(QStringLiteral("王芳"))));
        page()->setFindText(QStringLiteral("004")); // staff number
        QCOMPARE(page()->shownRowCount(), 1);
        QVERIFY(!page()->view()->isRowHidden(rowOfTeacher(QStringLiteral("刘洋"))));
        page()->setFindText(QStringLiteral("lpzx")); // the school's initials: 梁平中学
        QCOMPARE(page()->shownRowCount(), 1);
        page()->setFindText(QStringLiteral("实验小学"));
        QCOMPARE(page()->shownRowCount(), 3);
        // An action acts on the rows shown only: Ctrl+A with a search, then 结业.
        page()->view()->selectAll();
        QCOMPARE(page()->selectedEnrollmentIds().size(), 3);
        // Escape in the box clears the search.
        page()->findEdit()->setFocus();
        QTest::keyClick(page()->findEdit(), Qt::Key_Escape);
        QCOMPARE(page()->findEdit()->text(), QString());
        QCOMPARE(page()->shownRowCount(), 4);
    }

    void completingAndRegisteringFillsTheCreditsColumn()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0], m_teachers[1] }));
        const ForecastLine before = computedForecast();
        m_window->waitForForecast(); // read on a worker thread after each change; shown when it is done
        QCOMPARE(forecastCell(ForecastPanel::MissingColumn), QStringLiteral("80 学分"));
        const qint64 zhang = model()->enrollmentId(rowOfTeacher(QStringLiteral("张伟")));
        QVERIFY(page()->setStatus({ zhang }, EnrollmentStatus::Completed));
        QCOMPARE(statusOf(QStringLiteral("张伟")), QStringLiteral("结业"));
        QCOMPARE(cell(rowOfTeacher(QStringLiteral("张伟")), RosterModel::CreditsColumn), QStringLiteral("未登记"));
        // Nothing selected: every completed enrollment; 王芳 is only admitted.
        QVERIFY(page()->registerCredits({}, QStringLiteral("2021年第一批学分登记")));
        QCOMPARE(cell(rowOfTeacher(QStringLiteral("张伟")), RosterModel::CreditsColumn), QStringLiteral("5（已登记）"));
        QCOMPARE(cell(rowOfTeacher(QStringLiteral("王芳")), RosterModel::CreditsColumn), QString());
        QVERIFY2(page()->lastMessage().contains(QStringLiteral("已登记 1 人")), qPrintable(page()->lastMessage()));
        // Registering 王芳 explicitly is skipped with why.
        const qint64 wang = model()->enrollmentId(rowOfTeacher(QStringLiteral("王芳")));
        QVERIFY(page()->registerCredits({ wang }, QStringLiteral("补登")));
        QVERIFY2(page()->lastMessage().contains(QStringLiteral("未登记 1 人")), qPrintable(page()->lastMessage()));
        QVERIFY(page()->lastMessage().contains(QStringLiteral("王芳：")));
        // The forecast dock followed the ledger: 5 credits less missing.
        m_window->waitForForecast();
        const ForecastLine after = computedForecast();
        QCOMPARE(after.missingTotal, before.missingTotal - 5);
        QCOMPARE(forecastCell(ForecastPanel::MissingColumn), QStringLiteral("75 学分"));
    }

    void importingARosterIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("工号,姓名\n001,张伟\n00999,赵六\n").toUtf8());
        f.close();
        QVERIFY(!page()->importRoster(bad));
        QVERIFY2(page()->lastMessage().contains(QStringLiteral("bad.csv 第 3 行")), qPrintable(page()->lastMessage()));
        QVERIFY(page()->lastMessage().contains(QStringLiteral("00999")));
        QCOMPARE(model()->rowCount(), 0);

        const QString good = dir.filePath(QStringLiteral("good.csv"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QStringLiteral("工号,姓名\n001,张伟\n002,王芳\n004,刘洋\n").toUtf8());
        g.close();
        QVERIFY(page()->importRoster(good));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY2(page()->lastMessage().contains(QStringLiteral("录取 2，候补 1")), qPrintable(page()->lastMessage()));
        QCOMPARE(statusOf(QStringLiteral("刘洋")), QStringLiteral("候补"));
    }

    void attendanceSumsIntoTheHoursColumn()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0] }));
        const qint64 id = model()->enrollmentId(0);
        QList<AttendanceRecord> records;
        records << AttendanceRecord { QDate(2021, 6, 7), 1, AttendanceKind::Present, 4, 4 }
                << AttendanceRecord { QDate(2021, 6, 7), 2, AttendanceKind::Late, 3, 4 }
                << AttendanceRecord { QDate(2021, 6, 8), 1, AttendanceKind::Absent, 0, 4 };
        QVERIFY(page()->recordAttendance(id, records));
        QCOMPARE(cell(0, RosterModel::HoursColumn), QStringLiteral("7"));
        // The dialog returns what it was given, and a new line is a present session of the planned hours.
        AttendanceDialog dialog(QStringLiteral("张伟"), records, QDate(2021, 6, 7), 4);
        QCOMPARE(dialog.records(), records);
        dialog.addLine();
        QCOMPARE(dialog.records().size(), 4);
        QCOMPARE(dialog.records().last().date, QDate(2021, 6, 8));
        QCOMPARE(dialog.records().last().session, 2);
        QCOMPARE(dialog.records().last().hours, 4.0);
    }

    void theSessionGridSetsAWholeClassByKeyboardAndBrush()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0], m_teachers[1] }));
        // 中小学班主任培训: 5 days (40 学时 under the district's 8 学时 a day), Monday to Friday.
        ProjectSchedule schedule;
        schedule.start = QDate(2021, 6, 7);
        schedule.end = QDate(2021, 6, 11);
        QVERIFY(ScheduleRepository(*m_db).saveSchedule(m_projects.at(0), schedule).ok());
        page()->reload();
        auto dialog = page()->makeAttendanceGrid();
        QVERIFY(dialog);
        AttendanceGridModel* grid = dialog->model();
        AttendanceGridView* view = dialog->view();
        QAbstractItemModelTester tester(grid, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The class's dates (not today), two sessions a day.
        QCOMPARE(grid->sessionCount(), 10);
        QCOMPARE(grid->session(0).date, QDate(2021, 6, 7));
        QCOMPARE(grid->session(9).date, QDate(2021, 6, 11));
        QCOMPARE(grid->headerData(0, Qt::Horizontal).toString(), QStringLiteral("6月7日\n上午"));
        QCOMPARE(grid->rowCount(), 2);
        QCOMPARE(grid->headerData(0, Qt::Vertical).toString(), QStringLiteral("张伟"));
        const int attended = grid->totalColumn(AttendanceGridModel::AttendedColumn);
        const int missed = grid->totalColumn(AttendanceGridModel::MissedColumn);
        auto text = [&](int row, int column) { return grid->index(row, column).data().toString(); };
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

        // Everyone present: select all, 1.
        view->selectAll();
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(text(0, 0), QStringLiteral("出勤"));
        QCOMPARE(text(1, 9), QStringLiteral("出勤"));
        QCOMPARE(text(0, attended), QStringLiteral("40"));
        QCOMPARE(text(0, missed), QStringLiteral("0%"));
        // 张伟 missed the first morning and afternoon: 4 moves on to the next teacher, A works as 4.
        view->setCurrentIndex(grid->index(0, 0));
        QTest::keyClick(view, Qt::Key_4);
        QCOMPARE(view->currentIndex(), grid->index(1, 0));
        view->setCurrentIndex(grid->index(0, 1));
        QTest::keyClick(view, Qt::Key_A);
        QCOMPARE(text(0, 1), QStringLiteral("缺勤"));
        // 8 of 40 hours missed: a fifth, which the rule set's 达到五分之一 voids — said as it is typed.
        QCOMPARE(text(0, attended), QStringLiteral("32"));
        QCOMPARE(text(0, missed), QStringLiteral("20%"));
        QCOMPARE(grid->index(0, missed).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb7, 0x1c, 0x1c));
        QVERIFY2(dialog->voidedText().contains(QStringLiteral("张伟")), qPrintable(dialog->voidedText()));
        QVERIFY(!dialog->voidedText().contains(QStringLiteral("王芳")));
        auto* rule = dialog->findChild<QLabel*>(QStringLiteral("absenceRuleLabel"));
        QVERIFY2(rule->text().contains(QStringLiteral("达到五分之一")), qPrintable(rule->text()));

        // Space cycles 出勤 → 迟到 (a late arrival attends); Delete clears a cell.
        view->setCurrentIndex(grid->index(1, 2));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(text(1, 2), QStringLiteral("迟到"));
        QCOMPARE(text(1, attended), QStringLiteral("40"));
        view->setCurrentIndex(grid->index(1, 3));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(text(1, 3), QString());
        QCOMPARE(text(1, missed), QStringLiteral("10%"));
        // The whole column back to present.
        view->clearSelection();
        view->selectColumn(3);
        dialog->findChild<QAction*>(QStringLiteral("fillColumnPresent"))->trigger();
        QCOMPARE(text(1, 3), QStringLiteral("出勤"));
        QCOMPARE(text(1, missed), QStringLiteral("0%"));

        // Paint with the 请假 brush: press on one cell, drag over the next.
        dialog->findChild<QAction*>(QStringLiteral("brush_excused"))->trigger();
        const QPoint from = view->visualRect(grid->index(1, 4)).center();
        const QPoint to = view->visualRect(grid->index(1, 5)).center();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(
            QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(text(1, 4), QStringLiteral("请假"));
        QCOMPARE(text(1, 5), QStringLiteral("请假"));
        QCOMPARE(text(1, 6), QStringLiteral("出勤"));
        QCOMPARE(text(1, missed), QStringLiteral("20%"));

        // Saved in one step: the roster's hours follow, and the grid opens again as saved.
        QVERIFY(page()->saveAttendanceGrid(*grid));
        dialog->hide();
        QCOMPARE(cell(rowOfTeacher(QStringLiteral("张伟")), RosterModel::HoursColumn), QStringLiteral("32"));
        QCOMPARE(cell(rowOfTeacher(QStringLiteral("王芳")), RosterModel::HoursColumn), QStringLiteral("32"));
        auto stored
            = EnrollmentRepository(*m_db).attendance(model()->enrollmentId(rowOfTeacher(QStringLiteral("王芳"))));
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 10);
        QCOMPARE(stored->at(2).kind, AttendanceKind::Late);
        QCOMPARE(stored->at(4).kind, AttendanceKind::Excused);
        auto again = page()->makeAttendanceGrid();
        QVERIFY(again);
        QCOMPARE(again->model()->index(0, 1).data().toString(), QStringLiteral("缺勤"));
        QCOMPARE(again->model()->index(1, 2).data().toString(), QStringLiteral("迟到"));
        QVERIFY(!again->model()->isModified());
    }

    void theSessionGridOfAProjectWithoutDatesOffersTheFirstDayOfItsMonth()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0] }));
        QVERIFY(PlanRepository(*m_db)
                    .updateProjectField(m_projects.at(0), ProjectField::Months, QStringLiteral("6月"))
                    .ok());
        auto dialog = page()->makeAttendanceGrid();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->sessionCount(), 0);
        // Not today: the project's month in the plan's year.
        QCOMPARE(dialog->dayEdit()->date(), QDate(2021, 6, 1));
        dialog->addDay();
        QCOMPARE(dialog->model()->sessionCount(), 2);
        QCOMPARE(dialog->dayEdit()->date(), QDate(2021, 6, 2));
    }

    void theSignInSheetOpensInAPreview()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0], m_teachers[1] }));
        auto* action = page()->findChild<QAction*>(QStringLiteral("actionRosterSignIn"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QString title;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                title = modal->windowTitle();
                static_cast<QDialog*>(modal)->reject();
            }
        });
        closer.start(50);
        action->trigger();
        closer.stop();
        QCOMPARE(title, QStringLiteral("打印预览 — 中小学班主任培训签到表"));
    }

    void theSignInSheetOfAFiveDayClassHasAColumnPerSessionAndExportsPdf()
    {
        QVERIFY(page()->enrollTeachers({ m_teachers[0], m_teachers[1] }));
        ProjectSchedule schedule;
        schedule.start = QDate(2021, 6, 7);
        schedule.end = QDate(2021, 6, 11);
        QVERIFY(ScheduleRepository(*m_db).saveSchedule(m_projects.at(0), schedule).ok());
        QString chooser;
        QString preview;
        bool landscape = false;
        bool exportAction = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (modal->objectName() == QStringLiteral("signInLayoutDialog")) {
                chooser = modal->windowTitle();
                modal
                    ->findChild<QRadioButton*>(
                        QStringLiteral("signInLayout%1").arg(int(SignInLayout::ColumnPerSession)))
                    ->setChecked(true);
                static_cast<QDialog*>(modal)->accept();
            } else {
                preview = modal->windowTitle();
                if (auto* widget = modal->findChild<QPrintPreviewWidget*>())
                    landscape = widget->orientation() == QPageLayout::Landscape;
                exportAction = modal->findChild<QAction*>(QStringLiteral("actionExportSignInPdf")) != nullptr;
                static_cast<QDialog*>(modal)->reject();
            }
        });
        closer.start(50);
        page()->findChild<QAction*>(QStringLiteral("actionRosterSignIn"))->trigger();
        closer.stop();
        QCOMPARE(chooser, QStringLiteral("打印签到表"));
        QCOMPARE(preview, QStringLiteral("打印预览 — 中小学班主任培训签到表"));
        QVERIFY2(landscape, "ten 签到 columns: landscape");
        QVERIFY(exportAction);
    }

    void theQuotaDialogWritesTheQuota()
    {
        auto dialog = page()->makeCreditDialog();
        QVERIFY(dialog);
        // The 参培人数 (2) is the capacity: none set.
        QCOMPARE(dialog->capacitySpin()->value(), 0);
        QVERIFY(dialog->quotaSpin(m_schoolA));
        QCOMPARE(dialog->quotaSpin(m_schoolA)->value(), -1);
        dialog->quotaSpin(m_schoolA)->setValue(1);
        dialog->capacitySpin()->setValue(3);
        dialog->byDurationCheck()->setChecked(false);
        dialog->creditsSpin()->setValue(2.5);
        QVERIFY(page()->saveCreditSettings(*dialog));
        auto limits = EnrollmentRepository(*m_db).seatLimits(m_projects.at(0));
        QVERIFY(limits.ok());
        QCOMPARE(limits->capacity, 3);
        QCOMPARE(limits->quotas.value(m_schoolA, -1), 1);
        QVERIFY(!limits->quotas.contains(m_schoolB));
        auto info = EnrollmentRepository(*m_db).projectCredit(m_projects.at(0));
        QVERIFY(info.ok());
        QCOMPARE(info->credit.credits.value_or(0), 2.5);
        // The quota is applied: the second teacher of 实验小学 waits, 梁平中学's is admitted.
        QVERIFY(page()->enrollTeachers({ m_teachers[0], m_teachers[1], m_teachers[3] }));
        QCOMPARE(statusOf(QStringLiteral("王芳")), QStringLiteral("候补"));
        QCOMPARE(statusOf(QStringLiteral("刘洋")), QStringLiteral("录取"));
        QCOMPARE(page()->quotaText(), QStringLiteral("名额分配（已用/分配）：梁平区实验小学 1/1"));
        // Opened again, the dialog shows what was stored.
        auto again = page()->makeCreditDialog();
        QCOMPARE(again->quotaSpin(m_schoolA)->value(), 1);
        QCOMPARE(again->capacitySpin()->value(), 3);
        QVERIFY(!again->byDurationCheck()->isChecked());
    }

    void thePickerFiltersByPinyin()
    {
        TeacherPickerDialog dialog(*m_db, { m_teachers[1] });
        dialog.setUnit(m_schoolA);
        QCOMPARE(dialog.list()->count(), 3);
        dialog.setFilterText(QStringLiteral("zhw"));
        int shown = 0;
        for (int i = 0; i < dialog.list()->count(); ++i)
            shown += dialog.list()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        dialog.list()->selectAll();
        QCOMPARE(dialog.selectedTeacherIds(), QList<qint64>({ m_teachers[0] }));
        dialog.setFilterText(QString());
        dialog.list()->selectAll();
        QVERIFY2(!dialog.selectedTeacherIds().contains(m_teachers[1]), "enrolled already: not selectable");
    }

    void thePickerKeepsTheChoiceAcrossSearches()
    {
        TeacherPickerDialog dialog(*m_db, {});
        QLabel* count = nullptr;
        for (QLabel* l : dialog.findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("已选")))
                count = l;
        QVERIFY(count);
        auto selectShown = [&] {
            for (int i = 0; i < dialog.list()->count(); ++i)
                if (!dialog.list()->item(i)->isHidden())
                    dialog.list()->item(i)->setSelected(true);
        };
        dialog.setFilterText(QStringLiteral("zhw"));
        selectShown(); // 张伟
        dialog.setFilterText(QStringLiteral("liuy"));
        selectShown(); // 刘洋, of the other school
        QVERIFY2(count->text().contains(QStringLiteral("已选 2 人")), qPrintable(count->text()));
        // Another unit, and back to all: still chosen, and shown selected when the search is cleared.
        dialog.setUnit(m_schoolA);
        QVERIFY2(count->text().contains(QStringLiteral("已选 2 人")), qPrintable(count->text()));
        dialog.setUnit(0);
        dialog.setFilterText(QString());
        QCOMPARE(dialog.list()->selectedItems().size(), 2);
        QCOMPARE(dialog.selectedTeacherIds(), QList<qint64>({ m_teachers[0], m_teachers[3] }));
        // Unchoosing a shown one keeps the other.
        for (int i = 0; i < dialog.list()->count(); ++i)
            if (dialog.list()->item(i)->data(Qt::UserRole).toLongLong() == m_teachers[0])
                dialog.list()->item(i)->setSelected(false);
        QCOMPARE(dialog.selectedTeacherIds(), QList<qint64>({ m_teachers[3] }));
        // Enrolled at once.
        QVERIFY(page()->enrollTeachers(dialog.selectedTeacherIds()));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(statusOf(QStringLiteral("刘洋")), QStringLiteral("录取"));
    }

    void theForecastDockShowsTheComputedNumbers()
    {
        // Two teachers with 20 of the 20 credits; two still short, one of them by 15.
        LedgerRepository ledger(*m_db);
        ExternalCredit c;
        c.year = 2021;
        c.level = TrainingLevel::County;
        c.kind = TrainingKind::Centralized;
        c.title = QStringLiteral("区级集中培训");
        c.source = QStringLiteral("区培");
        for (auto [i, credits] : { std::pair { 0, 20.0 }, { 1, 20.0 }, { 2, 5.0 } }) {
            c.teacherId = m_teachers[i];
            c.credits = credits;
            QVERIFY(ledger.addExternalCredit(c, QStringLiteral("补录")).ok());
        }
        m_window->refreshForecast();
        m_window->waitForForecast(); // read on a worker thread; shown when it is done
        const ForecastLine line = computedForecast();
        QCOMPARE(line.teachersShort, 2);
        QCOMPARE(line.missingTotal, 35.0);
        QCOMPARE(line.qualifyingSeats, 32);
        QCOMPARE(m_window->forecastDock()->windowTitle(), QStringLiteral("学分需求预测"));
        QCOMPARE(forecastCell(ForecastPanel::RequirementColumn), QStringLiteral("区县级及以上集中培训"));
        QCOMPARE(forecastCell(ForecastPanel::TeachersColumn), QStringLiteral("2"));
        QCOMPARE(forecastCell(ForecastPanel::MissingColumn), QStringLiteral("35 学分"));
        QCOMPARE(forecastCell(ForecastPanel::SeatsColumn), QStringLiteral("32"));
        QCOMPARE(forecastCell(ForecastPanel::AmountColumn), QStringLiteral("100 学分")); // 2×5 + 30×3
        QCOMPARE(forecastCell(ForecastPanel::ShortfallColumn), QStringLiteral("0"));
        QVERIFY(m_window->forecastPanel()->headerText().contains(QStringLiteral("教师 4 人")));

        // Fewer seats than teachers short: the shortfall is red.
        auto dialog = page()->makeCreditDialog();
        QVERIFY(page()->selectProject(m_projects.at(1)));
        auto second = page()->makeCreditDialog();
        second->capacitySpin()->setValue(0);
        second->kindCombo()->setCurrentIndex(second->kindCombo()->findData(int(TrainingKind::Online)));
        QVERIFY(page()->saveCreditSettings(*second));
        m_window->waitForForecast();
        QCOMPARE(computedForecast().qualifyingSeats, 2);
        QCOMPARE(forecastCell(ForecastPanel::SeatsColumn), QStringLiteral("2"));
        QVERIFY(page()->selectProject(m_projects.at(0)));
        dialog->capacitySpin()->setValue(1);
        QVERIFY(page()->saveCreditSettings(*dialog));
        m_window->waitForForecast();
        QCOMPARE(forecastCell(ForecastPanel::ShortfallColumn), QStringLiteral("1"));
        QCOMPARE(m_window->forecastPanel()->table()->item(0, ForecastPanel::ShortfallColumn)->foreground().color(),
            QColor(0xb7, 0x1c, 0x1c));
    }

    void thePlanTableRowIsPreselected()
    {
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("centralTabs"));
        tabs->setCurrentIndex(0);
        QTableView* view = m_window->planView();
        view->setCurrentIndex(view->model()->index(1, 1));
        m_window->showRoster();
        QCOMPARE(tabs->currentWidget(), page());
        QCOMPARE(page()->currentProjectId(), m_projects.at(1));
        // Chosen in the roster tab, it stays when coming back without a new choice in the plan table.
        QVERIFY(page()->selectProject(m_projects.at(0)));
        tabs->setCurrentIndex(0);
        m_window->showRoster();
        QCOMPARE(page()->currentProjectId(), m_projects.at(0));
        // A new choice in the plan table (even of the row chosen before) is preselected again.
        tabs->setCurrentIndex(0);
        view->setCurrentIndex(view->model()->index(0, 1));
        view->setCurrentIndex(view->model()->index(1, 1));
        m_window->showRoster();
        QCOMPARE(page()->currentProjectId(), m_projects.at(1));
    }
};

QTEST_MAIN(RosterGuiTest)
#include "test_roster_gui.moc"
