// Issue 11 in the window: the 学分规则 dialog (a district's preset, every number with its source, 未公布 in grey, an
// edit needs a source, saving makes a new version), the kind from 培训方式 in 名额与学分 (a mix asks once and is
// remembered), 考勤豁免 in the roster, and the rule set and computation of each registration in the history.

#include "CreditRulesDialog.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "LedgerRepository.h"
#include "PlanRepository.h"
#include "ProjectCreditDialog.h"
#include "RosterPage.h"
#include "RuleSetRepository.h"
#include "SeededTeachers.h"
#include "TeacherHistoryDialog.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tp;

class RulesGuiTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db;
    Plan m_plan;

    // A 陕西 district's plan of 2023: a county training of 10 学时 (集中培训), an online one, and a mixed one.
    qint64 addProject(const QString& name, const QString& modes, int seq)
    {
        Project p;
        p.name = name;
        p.durationText = QStringLiteral("10学时");
        p.modesText = modes;
        p.organizers = { QStringLiteral("区教师进修学校") };
        auto inserted = PlanRepository(**m_db).insertProject(m_plan.id, p, seq);
        return inserted ? inserted->id : 0;
    }

    static int rowOfKey(QTableWidget* table, const QString& label)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == label)
                return r;
        return -1;
    }

    const CreditRequirement* annual(const CreditRules& rules) const
    {
        return rules.requirement(QStringLiteral("R-CREDIT-ANNUAL"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        Plan plan;
        plan.district = QStringLiteral("汉滨区");
        plan.year = 2023;
        auto created = PlanRepository(**m_db).createPlan(plan);
        QVERIFY(created.ok());
        m_plan = created.value();
    }

    void cleanup() { m_db.reset(); }

    void theDialogChoosesAPresetAndShowsUnpublishedNumbersAsSuch()
    {
        CreditRulesDialog dialog(**m_db, { QStringLiteral("汉滨区") }, QStringLiteral("汉滨区"));
        QCOMPARE(dialog.rules().id, defaultCreditRulesId()); // nothing chosen yet
        QVERIFY(dialog.choosePreset(QStringLiteral("yunyang")));
        QVERIFY(dialog.changed());
        QCOMPARE(RuleSetRepository(**m_db).activeRules(QStringLiteral("汉滨区"))->id, QStringLiteral("yunyang"));
        QCOMPARE(dialog.rules().id, QStringLiteral("yunyang"));

        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("numbersTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), int(dialog.rules().numbers().size()));
        // 云阳's yearly minimum: not published (seed 001), grey, not used.
        const CreditRequirement* yearly = annual(dialog.rules());
        QVERIFY(yearly);
        const int row = rowOfKey(table, QStringLiteral("%1（每年） 最低要求").arg(yearly->label));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("未公布 — 不用于判定"));
        QCOMPARE(table->item(row, 1)->foreground().color(), QColor(0x80, 0x80, 0x80));
        // A published number shows its source, quoted.
        const int total = rowOfKey(table, QStringLiteral("总学分 最低要求"));
        QVERIFY(total >= 0);
        QCOMPARE(table->item(total, 1)->text(), QStringLiteral("120 学分"));
        QVERIFY2(
            table->item(total, 2)->text().contains(QStringLiteral("「")), qPrintable(table->item(total, 2)->text()));
    }

    void anEditNeedsASourceAndSavingMakesANewVersion()
    {
        QVERIFY(RuleSetRepository(**m_db).choosePreset(QStringLiteral("汉滨区"), QStringLiteral("yunyang")).ok());
        CreditRulesDialog dialog(**m_db, { QStringLiteral("汉滨区") }, QStringLiteral("汉滨区"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveVersionButton"));
        QVERIFY(!save->isEnabled()); // nothing edited
        dialog.selectNumber(QStringLiteral("requirement.R-CREDIT-ANNUAL.minimum"));

        // A number without its document is refused.
        dialog.setEdit(QStringLiteral("24"), SourceKind::Published, QString(), QString(), QString(), QString());
        QVERIFY(!dialog.applyEdit());
        QVERIFY2(dialog.lastError().contains(QStringLiteral("文件")), qPrintable(dialog.lastError()));
        QVERIFY(!annual(dialog.rules())->judged());

        dialog.setEdit(QStringLiteral("24"), SourceKind::Published,
            QStringLiteral("云阳县教师继续教育学分管理补充通知"), QStringLiteral("第二条"),
            QStringLiteral("每年不少于24学分"), QString());
        QVERIFY(dialog.applyEdit());
        QVERIFY(save->isEnabled());
        QVERIFY(!dialog.saveVersion(QString())); // a version says why
        QVERIFY(dialog.saveVersion(QStringLiteral("县教委补充通知公布了年度最低学分")));

        auto versions = RuleSetRepository(**m_db).versions(QStringLiteral("汉滨区"));
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 1);
        auto active = RuleSetRepository(**m_db).activeRules(QStringLiteral("汉滨区"));
        QVERIFY(active.ok());
        QVERIFY(annual(*active)->judged());
        QCOMPARE(annual(*active)->minimum, 24.0);
        QCOMPARE(annual(*active)->minimumSource.article, QStringLiteral("第二条"));

        // A second edit is a second version; the first is kept.
        dialog.selectNumber(QStringLiteral("requirement.R-CREDIT-ANNUAL.minimum"));
        dialog.setEdit(QStringLiteral("20"), SourceKind::Published,
            QStringLiteral("云阳县教师继续教育学分管理补充通知"), QStringLiteral("第二条"),
            QStringLiteral("每年不少于20学分"), QString());
        QVERIFY(dialog.applyEdit());
        QVERIFY(dialog.saveVersion(QStringLiteral("更正")));
        QCOMPARE(RuleSetRepository(**m_db).versions(QStringLiteral("汉滨区"))->size(), 2);
        QCOMPARE(annual(*RuleSetRepository(**m_db).activeRules(QStringLiteral("汉滨区")))->minimum, 20.0);
    }

    void theCreditDialogShowsTheKindFromTheModesAndAMixIsChosenOnceAndRemembered()
    {
        const qint64 online = addProject(QStringLiteral("师德师风线上研修"), QStringLiteral("线上研修"), 1);
        const qint64 mixed = addProject(QStringLiteral("骨干教师研修"), QStringLiteral("线上线下混合"), 2);
        EnrollmentRepository repo(**m_db);
        const CreditRules rules = creditRulePreset(QStringLiteral("shaanxi-2018"));
        const auto units = UnitRepository(**m_db).units();
        QVERIFY(units.ok());
        {
            ProjectCreditDialog dialog(
                QStringLiteral("师德师风线上研修"), *repo.projectCredit(online), 0, rules, *units, {}, {});
            QVERIFY2(dialog.kindOriginLabel()->text().contains(QStringLiteral("网络研修")),
                qPrintable(dialog.kindOriginLabel()->text()));
            QCOMPARE(dialog.kind(), std::optional(TrainingKind::Online));
        }
        {
            ProjectCreditDialog dialog(
                QStringLiteral("骨干教师研修"), *repo.projectCredit(mixed), 0, rules, *units, {}, {});
            QVERIFY2(dialog.kindOriginLabel()->text().startsWith(QStringLiteral("未定")),
                qPrintable(dialog.kindOriginLabel()->text()));
            auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // the clerk must choose
            QVERIFY(!dialog.kind());
            // Saved without a choice (as 名额与学分 would, were OK not disabled), it stays undecided.
            QVERIFY(EnrollmentService(**m_db).saveProjectCredit(mixed, dialog.kind(), dialog.credits(), 0, {}).ok());
            QVERIFY(!repo.projectCredit(mixed)->kind.decided());
            dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(TrainingKind::Centralized)));
            QVERIFY(ok->isEnabled());
            // What 名额与学分 saves (RosterActions::saveCreditSettings).
            QVERIFY(EnrollmentService(**m_db)
                        .saveProjectCredit(
                            mixed, dialog.kind(), dialog.credits(), dialog.capacity(), dialog.changedQuotas())
                        .ok());
        }
        auto info = repo.projectCredit(mixed);
        QVERIFY(info.ok());
        QCOMPARE(info->kind.origin, KindOrigin::Chosen);
        QCOMPARE(info->kind.kind, std::optional(TrainingKind::Centralized));
        ProjectCreditDialog again(QStringLiteral("骨干教师研修"), info.value(), 0, rules, *units, {}, {});
        QCOMPARE(again.kind(), std::optional(TrainingKind::Centralized));
        QVERIFY(again.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void theRosterRecordsAnExemptionWithAReasonAndTheHistoryShowsTheRuleSet()
    {
        QVERIFY(RuleSetRepository(**m_db).choosePreset(QStringLiteral("汉滨区"), QStringLiteral("shaanxi-2018")).ok());
        const qint64 project = addProject(QStringLiteral("区级骨干教师培训"), QStringLiteral("集中培训"), 1);
        auto seeded = test::seedTeachers(**m_db, test::teachersOfTwoSchools(1, 0));
        QVERIFY(seeded.ok());
        const qint64 teacher = seeded->ids.first();
        EnrollmentRepository repo(**m_db);
        auto e = repo.enroll(project, teacher, seeded->units.value(QStringLiteral("梁平区实验小学")));
        QVERIFY(e.ok());

        auto plan = PlanRepository(**m_db).plan(m_plan.id);
        RosterPage roster(m_db->shared());
        roster.setPlan(*plan, *PlanRepository(**m_db).projects(m_plan.id));
        QVERIFY(roster.selectProject(project));
        QVERIFY(roster.findChild<QAction*>(QStringLiteral("actionRosterExemption")));
        QVERIFY(!roster.exemptAttendance({ e->id }, QStringLiteral("  "))); // a reason is required
        QVERIFY(roster.exemptAttendance({ e->id }, QStringLiteral("签到表遗失，班主任证明全程在场")));
        auto exemption = repo.attendanceExemption(e->id);
        QVERIFY(exemption.ok() && exemption->has_value());
        QCOMPARE((*exemption)->reason, QStringLiteral("签到表遗失，班主任证明全程在场"));

        QVERIFY(repo.setStatuses({ e->id }, EnrollmentStatus::Completed).ok());
        const CreditRules rules = *LedgerRepository(**m_db).creditRules(QStringLiteral("汉滨区"));
        auto report = LedgerRepository(**m_db).registerCredits({ e->id }, rules, QStringLiteral("2023年学分登记"));
        QVERIFY(report.ok());
        QCOMPARE(report->registrationIds.size(), 1);
        TeacherHistoryDialog history(**m_db, teacher, rules, 2023, QDate(2023, 12, 31));
        QTableWidget* table = history.historyTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->horizontalHeaderItem(10)->text(), QStringLiteral("学分规则"));
        QCOMPARE(table->item(0, 10)->text(), rules.name);
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("2"));
        // How the credits were computed: 10 学时 at 陕西's county rate.
        QVERIFY2(table->item(0, 11)->text().contains(QStringLiteral("0.2")), qPrintable(table->item(0, 11)->text()));
    }
};

QTEST_MAIN(RulesGuiTest)
#include "test_rules_gui.moc"
