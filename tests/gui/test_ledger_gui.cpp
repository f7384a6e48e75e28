// In the GUI: the lazy teacher list with credit columns and colours, the pinyin filter, the teacher's
// history (reversal updates the list), the teacher-list import that refuses duplicates, the credit chart.
#include "CreditChartView.h"
#include "Database.h"
#include "DialogAnswers.h"
#include "LedgerRepository.h"
#include "MainWindow.h"
#include "SeededTeachers.h"
#include "TeacherHistoryDialog.h"
#include "TeacherListModel.h"
#include "TeacherListPage.h"
#include "TeacherRepository.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tp;

class LedgerGuiTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_testDatabase;
    std::shared_ptr<Database> m_db;
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
    QHash<QString, qint64> m_ids; // name → teacher id
    QHash<QString, qint64> m_registrations; // name → the registration to reverse
    const QDate m_today { 2026, 3, 1 }; // the 2021–2025 cycle is over: met or short

    static CreditRules liangping() { return creditRulePreset(QStringLiteral("liangping-2021")); }

    int rowOf(const TeacherListModel& model, const QString& name) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, TeacherListModel::NameColumn).data().toString() == name)
                return r;
        return -1;
    }

    QStringList names(const TeacherListModel& model) const
    {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list << model.index(r, TeacherListModel::NameColumn).data().toString();
        return list;
    }

    void addCredit(const QString& name, int year, double credits, TrainingLevel level = TrainingLevel::County,
        TrainingKind kind = TrainingKind::Centralized)
    {
        ExternalCredit c;
        c.teacherId = m_ids.value(name);
        c.year = year;
        c.level = level;
        c.kind = kind;
        c.credits = credits;
        c.hours = credits * 8;
        c.title = QStringLiteral("区级集中培训");
        c.source = QStringLiteral("市培");
        auto r = LedgerRepository(*m_db).addExternalCredit(c, QStringLiteral("测试数据"), QDate(year, 12, 1));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        m_registrations.insert(name, r.value());
    }

    std::unique_ptr<TeacherListPage> makePage()
    {
        auto page = std::make_unique<TeacherListPage>();
        page->setToday(m_today);
        page->setDatabase(m_db.get());
        page->setDistrict(QStringLiteral("梁平区"));
        page->selectCycle(2021);
        return page;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void init()
    {
        // Two schools, five teachers; credits in the 2021–2025 cycle of 梁平 (20 区县级及以上集中培训 credits).
        m_testDatabase = std::make_unique<test::TestDatabase>(); // a fresh one for every test function
        QVERIFY2(m_testDatabase->isValid(), qPrintable(m_testDatabase->error()));
        m_db = m_testDatabase->shared();
        m_db->setActor(QStringLiteral("师训科 王老师"));
        auto seeded = test::seedTeachers(*m_db, test::teachersOfTwoSchools(3, 2));
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
        m_schoolA = seeded->units.value(QStringLiteral("梁平区实验小学"));
        m_schoolB = seeded->units.value(QStringLiteral("梁平中学"));
        m_ids = seeded->byName;
        m_registrations.clear();
        addCredit(QStringLiteral("张伟"), 2022, 10);
        addCredit(QStringLiteral("张伟"), 2023, 12); // 22: met; reversing this one leaves 10
        addCredit(QStringLiteral("王芳"), 2022, 6); // short by 14
        addCredit(QStringLiteral("李娜"), 2024, 30, TrainingLevel::Provincial, TrainingKind::Online); // online: 0
        addCredit(QStringLiteral("刘洋"), 2021, 20, TrainingLevel::National); // met exactly
    }

    void cleanup() { m_db.reset(); }

    void modelPassesTheModelTester()
    {
        TeacherListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(m_today);
        model.setRules(liangping(), 2021);
        model.setDatabase(m_db.get());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 7); // 5 facts, 区县级及以上集中培训, 状态
        model.setQuery(QStringLiteral("l"));
        model.setBelowOnly(true);
        model.setUnit(m_schoolB);
        model.setQuery(QString());
        model.setRules(creditRulePreset(QStringLiteral("shanghai-14")), 2021);
        QCOMPARE(model.columnCount(), 5 + 8 + 1); // 总学分, 市级, 区级, 校本, and the four course categories
        model.refreshTeacher(m_ids.value(QStringLiteral("刘洋")));
        model.reload();
    }

    void teachersSortByPinyinAndFilterByInitials()
    {
        TeacherListModel model;
        model.setToday(m_today);
        model.setDatabase(m_db.get());
        // 陈 chen < 李 li < 刘 liu < 王 wang < 张 zhang.
        QCOMPARE(names(model),
            QStringList({ QStringLiteral("陈静"), QStringLiteral("李娜"), QStringLiteral("刘洋"),
                QStringLiteral("王芳"), QStringLiteral("张伟") }));
        model.setQuery(QStringLiteral("zhw"));
        QCOMPARE(names(model), QStringList { QStringLiteral("张伟") });
        model.setQuery(QStringLiteral("w"));
        QVERIFY(names(model).contains(QStringLiteral("王芳")));
        model.setQuery(QStringLiteral("wangf"));
        QCOMPARE(names(model), QStringList { QStringLiteral("王芳") });
        model.setQuery(QStringLiteral("003")); // staff-number prefix
        QCOMPARE(names(model), QStringList { QStringLiteral("李娜") });
        model.setQuery(QStringLiteral("张"));
        QCOMPARE(names(model), QStringList { QStringLiteral("张伟") });
        // One unit; the filter keeps working within it.
        model.setQuery(QString());
        model.setUnit(m_schoolB);
        QCOMPARE(names(model), QStringList({ QStringLiteral("陈静"), QStringLiteral("刘洋") }));
        model.setQuery(QStringLiteral("zhw"));
        QCOMPARE(model.rowCount(), 0);
    }

    void statusLabelsAndColours()
    {
        TeacherListModel model;
        model.setToday(m_today);
        model.setRules(liangping(), 2021);
        model.setDatabase(m_db.get());
        const int credit = TeacherListModel::FirstCreditColumn;
        const int status = model.statusColumn();
        QCOMPARE(model.headerData(credit, Qt::Horizontal).toString(),
            QStringLiteral("区县级及以上集中培训\n（需 20 学分）"));
        QCOMPARE(model.headerData(status, Qt::Horizontal).toString(), QStringLiteral("状态"));

        const int met = rowOf(model, QStringLiteral("张伟"));
        QCOMPARE(model.index(met, credit).data().toString(), QStringLiteral("22/20"));
        QCOMPARE(model.index(met, status).data().toString(), QStringLiteral("已达标"));
        QCOMPARE(model.index(met, status).data(TeacherListModel::StateRole).toInt(), int(CreditState::Met));
        QCOMPARE(model.index(met, status).data(Qt::BackgroundRole).value<QBrush>().color(),
            TeacherListModel::stateBackground(CreditState::Met));
        QCOMPARE(model.index(met, TeacherListModel::UnitColumn).data().toString(), QStringLiteral("梁平区实验小学"));

        const int shortRow = rowOf(model, QStringLiteral("王芳"));
        QCOMPARE(model.index(shortRow, credit).data().toString(), QStringLiteral("6/20"));
        QCOMPARE(model.index(shortRow, status).data().toString(), QStringLiteral("未达标，还差 14 学分"));
        QCOMPARE(model.index(shortRow, status).data(TeacherListModel::MissingRole).toDouble(), 14.0);
        const QColor red = model.index(shortRow, status).data(Qt::BackgroundRole).value<QBrush>().color();
        QCOMPARE(red, TeacherListModel::stateBackground(CreditState::Short));
        QVERIFY(red.red() > red.green() && red != TeacherListModel::stateBackground(CreditState::Met));
        QCOMPARE(model.index(shortRow, credit).data(Qt::BackgroundRole).value<QBrush>().color(), red);
        // Online credits do not count towards 区县级及以上集中培训.
        QCOMPARE(model.index(rowOf(model, QStringLiteral("李娜")), credit).data().toString(), QStringLiteral("0/20"));

        // In the middle of the cycle (2023: two of five years over, 8 expected): 6 is at risk, amber.
        model.setToday(QDate(2023, 6, 1));
        QCOMPARE(model.index(shortRow, status).data().toString(), QStringLiteral("有风险，还差 14 学分"));
        QCOMPARE(model.index(shortRow, status).data(Qt::BackgroundRole).value<QBrush>().color(),
            TeacherListModel::stateBackground(CreditState::AtRisk));
        // The next cycle has just begun: nobody has anything yet, everybody is on track (no colour).
        model.setRules(liangping(), 2026);
        model.setToday(m_today);
        QCOMPARE(model.index(met, status).data().toString(), QStringLiteral("进度正常"));
        QVERIFY(!model.index(met, status).data(Qt::BackgroundRole).isValid());

        // The scope's figures and 仅显示未达标.
        model.setRules(liangping(), 2021);
        const ScopeCredits& scope = model.scopeCredits();
        QCOMPARE(scope.total, 5);
        QCOMPARE(scope.count(CreditState::Met), 2);
        QCOMPARE(scope.count(CreditState::Short), 3);
        model.setBelowOnly(true);
        QCOMPARE(names(model), QStringList({ QStringLiteral("陈静"), QStringLiteral("李娜"), QStringLiteral("王芳") }));
    }

    void lazyModelFetchesOnlyTheVisibleBlock()
    {
        // 1,000 teachers: opening the list reads ids only; showing it reads the first block of 256.
        QList<Teacher> many;
        for (int i = 0; i < 1000; ++i) {
            Teacher t;
            t.staffNumber = QStringLiteral("9%1").arg(i, 5, 10, QLatin1Char('0'));
            t.name = QStringLiteral("测试%1").arg(i);
            t.unitId = m_schoolA;
            many << t;
        }
        QVERIFY(TeacherRepository(*m_db).importTeachers(many, QStringLiteral("many")).ok());
        TeacherListPage page;
        page.setToday(m_today);
        page.setDatabase(m_db.get());
        QCOMPARE(page.cycleCombo()->currentText(), QStringLiteral("2026–2030")); // the cycle containing today
        page.selectCycle(2021);
        TeacherListModel* model = page.model();
        QCOMPARE(model->rowCount(), 1005);
        QCOMPARE(model->fetchCount(), 0);
        page.resize(1200, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
        QCOMPARE(model->fetchCount(), 1);
        QCOMPARE(model->loadedBlockCount(), 1);
        // Scrolling to the end reads the last block only.
        page.view()->scrollToBottom();
        QCoreApplication::processEvents();
        QCOMPARE(model->fetchCount(), 2);
        QVERIFY(!model->index(1004, TeacherListModel::NameColumn).data().toString().isEmpty());
        QCOMPARE(model->fetchCount(), 2);
        // The summary counts the whole scope without reading rows.
        page.updateScopeFigures();
        QCOMPARE(model->fetchCount(), 2);
        QVERIFY2(page.summaryLabel()->text().startsWith(QStringLiteral("共 1005 名教师：已达标 2，")),
            qPrintable(page.summaryLabel()->text()));
    }

    void largeScopesAreCountedInTheBackground()
    {
        TeacherListModel model;
        model.setToday(m_today);
        model.setRules(liangping(), 2021);
        model.setBackgroundThreshold(0); // every scope is "large"
        model.setDatabase(m_db.get());
        QVERIFY(model.prefersBackground());
        QSignalSpy ready(&model, &TeacherListModel::scopeCreditsChanged);
        model.prepareInBackground();
        QVERIFY(model.isPreparing());
        QTRY_VERIFY(model.hasScopeCredits());
        QCOMPARE(ready.count(), 1);
        QVERIFY(model.hasSearchIndex());
        QCOMPARE(model.scopeCredits().count(CreditState::Met), 2);
        model.setQuery(QStringLiteral("zhw"));
        QCOMPARE(names(model), QStringList { QStringLiteral("张伟") });

        // The cycle changes while the worker reads: what it read for the old cycle is dropped.
        model.setRules(liangping(), 2026);
        model.prepareInBackground();
        model.setRules(liangping(), 2021);
        QCOMPARE(model.scopeCredits().count(CreditState::Met), 2); // 2026–2030 would have none
        QCOMPARE(model.scopeCredits().count(CreditState::Short), 3);
        QTRY_VERIFY(!model.isPreparing());
        QCOMPARE(model.scopeCredits().count(CreditState::Met), 2);

        // The page shows "counting" first, then the figures.
        TeacherListPage page;
        page.model()->setBackgroundThreshold(0);
        page.setToday(m_today);
        page.setDatabase(m_db.get());
        page.selectCycle(2021);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Up to 20 s: under the whole suite (crash_test's kills and syncs beside it) the worker once took over the
        // default 5 s to open its connection and read five teachers.
        QTRY_COMPARE_WITH_TIMEOUT(page.summaryLabel()->text(),
            QStringLiteral("共 5 名教师：已达标 2，进度正常 0，有风险 0，未达标 3"), 20000);
        QCOMPARE(page.chartView()->buckets().last().count, 2);
    }

    void aTransferIsMadeInTheTeachersRecordAndTheListFollows()
    {
        auto page = makePage();
        TeacherListModel* model = page->model();
        const int row = rowOf(*model, QStringLiteral("王芳"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, TeacherListModel::UnitColumn).data().toString(), QStringLiteral("梁平区实验小学"));
        std::unique_ptr<TeacherHistoryDialog> dialog(page->createHistoryDialog(row));
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto* edit = dialog->findChild<QPushButton*>(QStringLiteral("editFactsButton"));
        QVERIFY(edit && edit->isEnabled());

        // 修改资料…: the form shows the facts; the clerk picks the new school and the subject, 保存.
        bool answered = false;
        test::whenModalShows(
            [&](QWidget* w) {
                auto* school = w->findChild<QComboBox*>(QStringLiteral("schoolBox"));
                auto* subject = w->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
                auto* name = w->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
                QVERIFY(school && subject && name);
                QCOMPARE(name->text(), QStringLiteral("王芳"));
                QCOMPARE(school->currentText(), QStringLiteral("梁平区实验小学"));
                QVERIFY(school->findText(QStringLiteral("梁平中学")) >= 0);
                QVERIFY(!school->isEditable()); // a typo cannot make a new unit
                school->setCurrentText(QStringLiteral("梁平中学"));
                subject->setText(QStringLiteral("物理"));
                if (const QString dir = qEnvironmentVariable("TRAINPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
                    w->grab().save(QDir(dir).filePath(QStringLiteral("teacher-edit.png")));
                auto* box = w->findChild<QDialogButtonBox*>();
                QVERIFY(box);
                box->button(QDialogButtonBox::Ok)->click();
                answered = true;
            },
            QStringLiteral("editFactsDialog"));
        edit->click();
        QVERIFY(answered);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("factsLabel"))->text().contains(QStringLiteral("梁平中学")));
        const Teacher stored = *TeacherRepository(*m_db).teacher(m_ids.value(QStringLiteral("王芳")));
        QCOMPARE(stored.unitName, QStringLiteral("梁平中学"));
        QCOMPARE(stored.subject, QStringLiteral("物理"));
        // The list follows: the row shows the new school (the model was read again).
        const int moved = rowOf(*model, QStringLiteral("王芳"));
        QVERIFY(moved >= 0);
        QTRY_COMPARE(
            model->index(rowOf(*model, QStringLiteral("王芳")), TeacherListModel::UnitColumn).data().toString(),
            QStringLiteral("梁平中学"));
        // The credits stay the teacher's: the ledger names the teacher, not the school.
        QCOMPARE(dialog->historyTable()->rowCount(), 1);
    }

    void reversalInTheHistoryDialogUpdatesTheRow()
    {
        auto page = makePage();
        TeacherListModel* model = page->model();
        const int row = rowOf(*model, QStringLiteral("张伟"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, model->statusColumn()).data().toString(), QStringLiteral("已达标"));
        page->updateScopeFigures();
        QCOMPARE(page->summaryLabel()->text(), QStringLiteral("共 5 名教师：已达标 2，进度正常 0，有风险 0，未达标 3"));

        std::unique_ptr<TeacherHistoryDialog> dialog(page->createHistoryDialog(row));
        QVERIFY(dialog);
        QCOMPARE(dialog->historyTable()->rowCount(), 2);
        QCOMPARE(dialog->requirementTable()->item(0, 4)->text(), QStringLiteral("已达标"));
        QVERIFY(!dialog->reverse(m_registrations.value(QStringLiteral("张伟")), QString())); // needs a reason
        Status s = dialog->reverse(m_registrations.value(QStringLiteral("张伟")), QStringLiteral("证书重复登记"));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        // The history keeps both rows and adds the reversal, oldest first.
        QCOMPARE(dialog->historyTable()->rowCount(), 3);
        QCOMPARE(dialog->historyTable()->item(1, 9)->text(), QStringLiteral("已撤销"));
        QCOMPARE(dialog->historyTable()->item(2, 5)->text(), QStringLiteral("-12"));
        QCOMPARE(dialog->historyTable()->item(2, 8)->text(), QStringLiteral("证书重复登记"));
        QCOMPARE(dialog->historyTable()->item(2, 1)->text(), QStringLiteral("师训科 王老师"));
        QCOMPARE(dialog->requirementTable()->item(0, 4)->text(), QStringLiteral("未达标，还差 10 学分"));
        // The list row follows, and so does the summary.
        QCOMPARE(model->index(row, TeacherListModel::FirstCreditColumn).data().toString(), QStringLiteral("10/20"));
        QCOMPARE(model->index(row, model->statusColumn()).data().toString(), QStringLiteral("未达标，还差 10 学分"));
        page->updateScopeFigures();
        QCOMPARE(page->summaryLabel()->text(), QStringLiteral("共 5 名教师：已达标 1，进度正常 0，有风险 0，未达标 4"));

        // External credits entered in the dialog count as well.
        ExternalCredit guopei;
        guopei.year = 2024;
        guopei.level = TrainingLevel::National;
        guopei.kind = TrainingKind::Centralized;
        guopei.credits = 10;
        guopei.title = QStringLiteral("国培计划——骨干教师研修");
        guopei.source = QStringLiteral("国培");
        QVERIFY(dialog->addExternal(guopei, QStringLiteral("凭结业证书录入")).ok());
        QCOMPARE(model->index(row, TeacherListModel::FirstCreditColumn).data().toString(), QStringLiteral("20/20"));
        // The history names the training and where it was earned, not just "外部学分".
        QCOMPARE(dialog->historyTable()->item(3, 7)->text(), QStringLiteral("国培计划——骨干教师研修（国培）"));
    }

    void importWithADuplicateStaffNumberImportsNothing()
    {
        auto page = makePage();
        const QString path = m_dir.filePath(QStringLiteral("实验小学教师名单.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("工号,姓名,学校,学段,学科\n"
                               "0101,赵敏,梁平区实验小学,小学,数学\n"
                               "0102,孙磊,梁平区实验小学,小学,英语\n"
                               "0101,周杰,梁平区实验小学,小学,体育\n")
                    .toUtf8());
        f.close();
        auto result = page->importTeacherList(path);
        QVERIFY(result.ok());
        QCOMPARE(result->imported, 0);
        QVERIFY(result->hasErrors());
        const Finding& dup = result->findings.first();
        QCOMPARE(dup.row, 4);
        QCOMPARE(dup.column, 1);
        QCOMPARE(dup.columnName, QStringLiteral("工号"));
        QVERIFY(dup.message.contains(QStringLiteral("0101")));
        QCOMPARE(TeacherRepository(*m_db).count().value(), 5);
        QCOMPARE(page->model()->rowCount(), 5);
        // The dialog lists file, row, column and what was wrong.
        auto* dialog = page->findChild<QDialog*>(QStringLiteral("importFindingsDialog"));
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("importFindingsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("实验小学教师名单.csv"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("第 4 行"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("第 1 列（工号）"));
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("0101")));
        dialog->close();

        // A staff number already stored is refused as well; a clean file is imported and listed.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("工号,姓名,学校\n0101,赵敏,梁平中学\n001,张伟,梁平中学\n").toUtf8());
        f.close();
        result = page->importTeacherList(path);
        QCOMPARE(result->imported, 0);
        QCOMPARE(result->findings.first().row, 3);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("工号,姓名,学校\n0101,赵敏,梁平中学\n").toUtf8());
        f.close();
        result = page->importTeacherList(path);
        QCOMPARE(result->imported, 1);
        QCOMPARE(page->model()->rowCount(), 6);
        QVERIFY(names(*page->model()).contains(QStringLiteral("赵敏")));
    }

    void chartBucketsCountTheTeachers()
    {
        // Pure: 20 credits → 0–4, 5–9, 10–14, 15–19, ≥20.
        const auto buckets = CreditChartView::bucketsFor({ 0, 3, 4.5, 5, 12, 19.5, 20, 25 }, 20);
        QCOMPARE(buckets.size(), 5);
        QCOMPARE(buckets[0].label, QStringLiteral("0–4"));
        QCOMPARE(buckets[4].label, QStringLiteral("≥20"));
        QList<int> counts;
        for (const auto& b : buckets)
            counts << b.count;
        QCOMPARE(counts, QList<int>({ 3, 1, 1, 1, 2 }));
        QVERIFY(buckets[4].meetsRequirement && !buckets[3].meetsRequirement);
        QCOMPARE(CreditChartView::bucketsFor({ 35, 36 }, 36).size(), 5); // 0–9 … 30–35, ≥36

        // The page's chart for the fixture: 张伟 22, 刘洋 20 (≥20); 王芳 6 (5–9); 李娜, 陈静 0 (0–4).
        auto page = makePage();
        page->updateScopeFigures();
        counts.clear();
        for (const auto& b : page->chartView()->buckets())
            counts << b.count;
        QCOMPARE(counts, QList<int>({ 2, 1, 0, 0, 2 }));
        QVERIFY(page->chartView()->chart()->title().contains(QStringLiteral("区县级及以上集中培训")));
        // One school: 陈静 0, 刘洋 20.
        page->selectUnit(m_schoolB);
        page->updateScopeFigures();
        counts.clear();
        for (const auto& b : page->chartView()->buckets())
            counts << b.count;
        QCOMPARE(counts, QList<int>({ 1, 0, 0, 0, 1 }));
        QCOMPARE(page->summaryLabel()->text(), QStringLiteral("共 2 名教师：已达标 1，进度正常 0，有风险 0，未达标 1"));
    }

    void externalCreditsImportAllOrNothingAndUpdateTheList()
    {
        auto page = makePage();
        const int wang = rowOf(*page->model(), QStringLiteral("王芳"));
        const int credit = TeacherListModel::FirstCreditColumn;
        QCOMPARE(page->model()->index(wang, credit).data().toString(), QStringLiteral("6/20"));
        const QString path = m_dir.filePath(QStringLiteral("国培学分.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // 王芳 is 002; the second line names a staff number nobody has.
        f.write(QStringLiteral("工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n"
                               "002,王芳,2022,国家级,集中,14,112,国培计划—骨干教师培训,国培\n"
                               "999,赵六,2022,市级,集中,8,64,市级骨干教师培训,市培\n")
                    .toUtf8());
        f.close();
        auto result = page->importExternalCredits(path);
        QVERIFY(result.ok());
        QVERIFY(result->hasErrors());
        QVERIFY(result->registrationIds.isEmpty());
        QCOMPARE(result->findings.first().row, 3);
        QCOMPARE(page->model()->index(wang, credit).data().toString(), QStringLiteral("6/20")); // nothing written
        auto* dialog = page->findChild<QDialog*>(QStringLiteral("importFindingsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("importFindingsTable"))->item(0, 2)->text(),
            QStringLiteral("第 3 行"));
        dialog->close();

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n"
                               "002,王芳,2022,国家级,集中,14,112,国培计划—骨干教师培训,国培\n")
                    .toUtf8());
        f.close();
        result = page->importExternalCredits(path);
        QVERIFY(result.ok());
        QCOMPARE(result->registrationIds.size(), 1);
        const int row = rowOf(*page->model(), QStringLiteral("王芳"));
        QCOMPARE(page->model()->index(row, credit).data().toString(), QStringLiteral("20/20"));
        QCOMPARE(page->model()->index(row, page->model()->statusColumn()).data().toString(), QStringLiteral("已达标"));
    }

    void anotherProgramsWritesShowWhenTheTabIsShownAgain()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QCOMPARE(page->model()->rowCount(), 5);
        page->hide();
        // Another connection (the CLI, another TrainPlan) adds a teacher.
        {
            auto other = Database::open(m_db->path());
            QVERIFY(other.ok());
            Teacher t;
            t.staffNumber = QStringLiteral("0099");
            t.name = QStringLiteral("赵敏");
            t.unitId = m_schoolB;
            QVERIFY(TeacherRepository(**other).addTeacher(t).ok());
        }
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QCOMPARE(page->model()->rowCount(), 6);
        QVERIFY(names(*page->model()).contains(QStringLiteral("赵敏")));
        // This window's own roster registrations mark it stale instead (its own writes leave data_version alone).
        page->hide();
        QVERIFY(TeacherRepository(*m_db).removeTeacher(m_ids.value(QStringLiteral("陈静"))).ok());
        page->markStale();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QCOMPARE(page->model()->rowCount(), 5);
    }

    void creditReportOfTheScopeIsWhatTheListShows()
    {
        auto page = makePage();
        page->selectUnit(m_schoolA);
        auto rows = page->creditReportRows();
        QVERIFY(rows.ok());
        QStringList listed;
        for (const TeacherCreditRow& r : rows.value())
            listed << r.teacher.name;
        QCOMPARE(listed, names(*page->model())); // the school's three, in the list's pinyin order
        const CreditReportOptions options = page->creditReportOptions();
        QCOMPARE(options.unitName, QStringLiteral("梁平区实验小学"));
        QCOMPARE(options.issuer, QStringLiteral("梁平区实验小学"));
        QCOMPARE(options.cycleStart, 2021);
        QCOMPARE(options.asOf, m_today);
        QCOMPARE(options.page.orientation, QPageLayout::Portrait);
        const CreditReportDocument doc(rows.value(), options);
        QCOMPARE(doc.title(), QStringLiteral("梁平区实验小学教师继续教育学分统计表"));
        // 张伟 22 met; 王芳 6 and 李娜 0 (online) short: the cycle is over.
        QCOMPARE(doc.summary(), QStringLiteral("共 3 名教师：已达标 1 人，进度正常 0 人，有风险 0 人，未达标 2 人"));

        // Every unit and 仅显示未达标: the bureau's list of who is short, with a 单位 column — portrait, the most
        // teachers a page (issue 17); the preview proposes landscape only when the columns do not fit.
        page->selectUnit(0);
        page->belowOnlyBox()->setChecked(true);
        rows = page->creditReportRows();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3); // 王芳, 李娜, 陈静
        QVERIFY(page->creditReportOptions().unitName.isEmpty());
        QVERIFY(page->creditReportOptions().belowOnly);
        QCOMPARE(page->creditReportOptions().page.orientation, QPageLayout::Portrait);
        QVERIFY(CreditReportDocument(rows.value(), page->creditReportOptions()).layout().columnsFit());
    }

    void mainWindowHasTheTeacherTab()
    {
        MainWindow window(m_db);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("centralTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(window.teacherListPage())), QStringLiteral("教师与学分"));
        QCOMPARE(window.teacherListPage()->model()->rowCount(), 5);
    }
};

QTEST_MAIN(LedgerGuiTest)
#include "test_ledger_gui.moc"
