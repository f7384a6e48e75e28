// Issue 11's 梁平 scenario, end to end through trainplan-cli as a new user would run it: four projects, six
// teachers, rosters, attendance sheets, registration, external credits. The credits and statuses below are
// computed by hand from the district's rule set: the 梁平 2021 preset (区县级及以上集中培训 ≥ 20 学分 in the
// 2021—2025 cycle; the 1/5 absence rule borrowed from 武汉江汉, whose source says 达到五分之一) with the
// conversion the district entered (1 天 = 8 学时, 8 学时 = 1 学分).

#include "CliRunner.h"
#include "LedgerSetup.h"

#include <QHash>

using namespace tp::test;

namespace {

class CliCreditRulesTest : public CliTest {
protected:
    QStringList args(std::initializer_list<const char*> list) const
    {
        QStringList a;
        for (const char* s : list)
            a << QString::fromUtf8(s);
        return a;
    }

    CliResult ok(const QStringList& arguments) const
    {
        CliResult r = cli(arguments);
        EXPECT_EQ(r.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        return r;
    }

    CliResult registerProject(int seq, bool complete = true) const
    {
        QStringList a
            = args({ "credits", "register", "--year", "2023", "--reason", "2023年学分登记", "--json", "--project" })
            << QString::number(seq);
        if (complete)
            a << QStringLiteral("--complete");
        return ok(a);
    }

    static QStringList skippedReasons(const QJsonObject& doc)
    {
        QStringList reasons;
        for (const QJsonValue& v : doc.value(QStringLiteral("skipped")).toArray())
            reasons << v.toObject().value(QStringLiteral("reason")).toString();
        return reasons;
    }

    static bool anyContains(const QStringList& list, const QString& a, const QString& b = {})
    {
        for (const QString& s : list)
            if (s.contains(a) && s.contains(b))
                return true;
        return false;
    }
};

} // namespace

TEST_F(CliCreditRulesTest, LiangpingScenarioGivesTheHandComputedCredits)
{
    // The plan: 培训方式 decides each project's kind (4: a mix, left to the clerk).
    const QString plan = writeFile(QStringLiteral("plan.csv"),
        QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数,培训方式\n"
                       "1,中小学班主任培训,区教师进修校,5,40,集中培训\n"
                       "2,师德师风线上研修,区教师进修校,20学时,300,线上研修\n"
                       "3,学科命题培训,区教师进修校,3,30,面授\n"
                       "4,骨干教师研修,区教师进修校,4,20,线上线下混合\n"));
    ok(args({ "import" }) << plan << args({ "--year", "2023", "--district", "梁平区" }));
    // The district's rule set: the preset with the conversion its source does not publish, entered by the
    // district with its own source (no `rules set` command yet).
    LedgerSetup(db()).enterConversion(QStringLiteral("梁平区"), 8, 8);

    const QString schoolA = writeFile(QStringLiteral("a.csv"),
        QStringLiteral("工号,姓名,学段,学科\n001,张伟,小学,语文\n002,王芳,小学,数学\n003,李娜,小学,英语\n"));
    const QString schoolB = writeFile(QStringLiteral("b.csv"),
        QStringLiteral("工号,姓名,学段,学科\n004,刘洋,初中,语文\n005,陈静,初中,数学\n006,杨帆,初中,物理\n"));
    ok(args({ "teachers", "import" }) << schoolA << args({ "--unit", "梁平区实验小学" }));
    ok(args({ "teachers", "import" }) << schoolB << args({ "--unit", "梁平中学" }));

    const struct {
        int seq;
        const char* staff;
    } rosters[] = { { 1, "工号\n001\n002\n003\n004\n005\n" }, { 2, "工号\n001\n002\n006\n" }, { 3, "工号\n004\n006\n" },
        { 4, "工号\n001\n003\n" } };
    for (const auto& roster : rosters) {
        const QString file = writeFile(QStringLiteral("roster%1.csv").arg(roster.seq), QString::fromUtf8(roster.staff));
        ok(args({ "enroll", "import" }) << file << args({ "--year", "2023", "--project" })
                                        << QString::number(roster.seq));
    }

    // Project 1: five days, one session of 8 学时 a day (40 学时). 001 all; 002 缺勤 once (exactly 20 %);
    // 003 on the sheet for 3 of 5 (40 %); 004 late once, 7 of 8 (2.5 %); 005 not on the sheet at all.
    QString sheet1 = QStringLiteral("工号,日期,场次,考勤,学时\n");
    for (int d = 10; d <= 14; ++d) {
        const QString date = QStringLiteral("2023-04-%1").arg(d);
        sheet1 += QStringLiteral("001,%1,1,出勤,\n").arg(date);
        sheet1 += QStringLiteral("002,%1,1,%2,\n").arg(date, d == 12 ? QStringLiteral("缺勤") : QStringLiteral("出勤"));
        if (d <= 12)
            sheet1 += QStringLiteral("003,%1,1,出勤,\n").arg(date);
        sheet1
            += d == 14 ? QStringLiteral("004,%1,1,迟到,7\n").arg(date) : QStringLiteral("004,%1,1,出勤,\n").arg(date);
    }
    ok(args({ "attendance", "import" }) << writeFile(QStringLiteral("kaoqin1.csv"), sheet1)
                                        << args({ "--year", "2023", "--project", "1", "--session-hours", "8" }));
    // Project 3: three days, 上午 and 下午 of 4 学时 (24 学时). 004 all six; 006 lacks 05-10 下午 (one of six).
    QString sheet3 = QStringLiteral("工号,日期,场次,考勤\n");
    for (int d = 8; d <= 10; ++d)
        for (const char* part : { "上午", "下午" }) {
            const QString date = QStringLiteral("2023-05-%1").arg(d, 2, 10, QLatin1Char('0'));
            sheet3 += QStringLiteral("004,%1,%2,出勤\n").arg(date, QString::fromUtf8(part));
            if (!(d == 10 && QByteArray(part) == "下午"))
                sheet3 += QStringLiteral("006,%1,%2,出勤\n").arg(date, QString::fromUtf8(part));
        }
    ok(args({ "attendance", "import" }) << writeFile(QStringLiteral("kaoqin3.csv"), sheet3)
                                        << args({ "--year", "2023", "--project", "3" }));

    // Project 1: 001 and 004 earn 5; exactly 20 % and 40 % (two sessions absent from the sheet) and a teacher
    // missing from the sheet are void under 达到五分之一.
    QJsonObject r = registerProject(1).json();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 2);
    QStringList skipped = skippedReasons(r);
    ASSERT_EQ(skipped.size(), 3) << skipped.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(skipped, QStringLiteral("缺课 20%（出勤 32 学时，项目计划 40 学时）"),
        QStringLiteral("达到规则集「梁平 2021」规定的五分之一，不计学分")))
        << skipped.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(skipped, QStringLiteral("缺课 40%"), QStringLiteral("其中 2 场没有考勤记录，按未出勤计")));
    EXPECT_TRUE(anyContains(skipped, QStringLiteral("缺课 100%"), QStringLiteral("其中 5 场没有考勤记录")));

    // Project 2, 线上研修: no sheet (an online platform); 20 学时 / 8 = 2.5 each, as online credits.
    r = registerProject(2).json();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 3);

    // Project 3: 006's attendance is incomplete (one session, 4 of 24 学时 — under a fifth): refused with the
    // reason until the clerk records an exemption; then 3 credits.
    r = registerProject(3).json();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 1);
    EXPECT_EQ(skippedReasons(r),
        QStringList { QStringLiteral("缺少 1 场考勤记录（本班共 6 场）：请补录考勤，或写明原因登记考勤豁免") });
    {
        LedgerSetup setup(db());
        setup.exempt(setup.projectId(QStringLiteral("梁平区"), 2023, 3), QStringLiteral("006"),
            QStringLiteral("5月10日下午签到表遗失，班主任证明在场"));
    }
    r = registerProject(3, false).json();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 1);

    // Project 4, 线上线下混合: the kind is not guessed; registration says why until the clerk chooses.
    r = registerProject(4).json();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 0);
    skipped = skippedReasons(r);
    ASSERT_EQ(skipped.size(), 2);
    EXPECT_TRUE(skipped[0].startsWith(QStringLiteral("未定：培训方式“线上线下混合”兼有网络研修")))
        << skipped[0].toStdString();
    {
        LedgerSetup setup(db());
        setup.chooseKind(setup.projectId(QStringLiteral("梁平区"), 2023, 4), tp::TrainingKind::Centralized);
    }
    r = registerProject(4, false).json();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 2); // 4 days × 8 / 8 = 4 each

    // Credits earned elsewhere: 002 市级 20 (centralized); 004 国培 4; 005 an online platform's 10.
    ok(args({ "credits", "external", "add", "--staff", "002", "--year", "2022", "--level", "市级", "--kind", "集中",
        "--credits", "20", "--hours", "160", "--title", "市级骨干教师研修", "--source", "市培" }));
    const QString external = writeFile(QStringLiteral("external.csv"),
        QStringLiteral("工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n"
                       "004,刘洋,2022,国家级,集中,4,32,国培计划（2022）,国培\n"
                       "005,陈静,2022,省级,网络,10,80,省平台网络研修,省平台\n"));
    ok(args({ "credits", "external", "import" }) << external);

    // 线上研修 was registered as online.
    const QJsonObject history = ok(args({ "credits", "history", "--staff", "001", "--json" })).json();
    QHash<QString, QString> kindByProject;
    for (const QJsonValue& v : history.value(QStringLiteral("registrations")).toArray())
        kindByProject.insert(v.toObject().value(QStringLiteral("for")).toString(),
            v.toObject().value(QStringLiteral("kind")).toString());
    EXPECT_EQ(kindByProject.value(QStringLiteral("第 2 项 师德师风线上研修")), QStringLiteral("online"));
    EXPECT_EQ(kindByProject.value(QStringLiteral("第 1 项 中小学班主任培训")), QStringLiteral("centralized"));
    EXPECT_EQ(kindByProject.value(QStringLiteral("第 4 项 骨干教师研修")), QStringLiteral("centralized"));

    // The statuses on 2024-01-02: 2021–2023 are over, 3/5 of 20 = 12 expected by now.
    const struct {
        const char* staff;
        double district; // 区县级及以上集中培训
        double total; // every registered credit
        const char* status;
    } expected[] = {
        { "001", 9, 11.5, "at_risk" }, // P1 5 + P4 4; P2 2.5 is online
        { "002", 20, 22.5, "met" }, // P1 void (20 %); 市级 20; P2 2.5 online
        { "003", 4, 4, "at_risk" }, // P1 void (40 %); P4 4
        { "004", 12, 12, "on_track" }, // P1 5 (2.5 % missed) + P3 3 + 国培 4
        { "005", 0, 10, "at_risk" }, // P1 void (not on the sheet); 10 online
        { "006", 3, 5.5, "at_risk" }, // P3 3 (exempted) + P2 2.5 online
    };
    const QJsonObject report
        = ok(args({ "credits", "--cycle", "2021-2025", "--today", "2024-01-02", "--district", "梁平区", "--json" }))
              .json();
    const QJsonArray teachers = report.value(QStringLiteral("teachers")).toArray();
    ASSERT_EQ(teachers.size(), 6);
    QHash<QString, QJsonObject> byStaff;
    for (const QJsonValue& t : teachers)
        byStaff.insert(t.toObject().value(QStringLiteral("staff_number")).toString(), t.toObject());
    for (const auto& e : expected) {
        const QJsonObject t = byStaff.value(QString::fromLatin1(e.staff));
        const QJsonObject req = t.value(QStringLiteral("requirements")).toArray().at(0).toObject();
        EXPECT_EQ(req.value(QStringLiteral("id")).toString(), QStringLiteral("R-CREDIT-DISTRICT"));
        EXPECT_DOUBLE_EQ(req.value(QStringLiteral("earned")).toDouble(), e.district) << e.staff;
        EXPECT_DOUBLE_EQ(req.value(QStringLiteral("missing")).toDouble(), std::max(0.0, 20 - e.district)) << e.staff;
        EXPECT_DOUBLE_EQ(t.value(QStringLiteral("total_credits")).toDouble(), e.total) << e.staff;
        EXPECT_EQ(t.value(QStringLiteral("status")).toString(), QString::fromLatin1(e.status)) << e.staff;
    }

    // Below the minimum: everyone but 王芳.
    const QJsonObject below
        = ok(args({ "credits", "--cycle", "2021-2025", "--today", "2024-01-02", "--below", "--json" })).json();
    EXPECT_EQ(below.value(QStringLiteral("count")).toInt(), 5);
    for (const QJsonValue& t : below.value(QStringLiteral("teachers")).toArray())
        EXPECT_NE(t.toObject().value(QStringLiteral("staff_number")).toString(), QStringLiteral("002"));
}
