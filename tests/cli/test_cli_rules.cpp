// rules list / show / set / recalc through the real trainplan-cli (issue 11): a district's chosen rule set is the
// one `credits register` uses (and names), a change of rules leaves past registrations as they were until
// `rules recalc --apply`, and every number is shown with its source or as 未公布.

#include "CliRunner.h"

using namespace tp::test;

namespace {

class CliRulesTest : public CliTest {
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

    // A 陕西 district's county training of 10 学时 and two teachers enrolled in it.
    void SetUp() override
    {
        CliTest::SetUp();
        const QString plan = writeFile(QStringLiteral("plan.csv"),
            QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数,培训方式\n"
                           "1,区级骨干教师培训,区教师进修学校,10学时,2,集中培训\n"));
        ok(args({ "import" }) << plan << args({ "--year", "2023", "--district", "汉滨区" }));
        ok(args({ "teachers", "import" })
            << writeFile(QStringLiteral("t.csv"), QStringLiteral("工号,姓名\n101,赵敏\n102,钱进\n"))
            << args({ "--unit", "汉滨区第一中学" }));
        ok(args({ "enroll", "import" }) << writeFile(QStringLiteral("r.csv"), QStringLiteral("工号\n101\n102\n"))
                                        << args({ "--year", "2023", "--project", "1" }));
    }

    QJsonObject registerAll() const
    {
        return ok(args({ "credits", "register", "--year", "2023", "--project", "1", "--complete", "--reason",
                      "2023年学分登记", "--json" }))
            .json();
    }

    // The teacher's registrations still in force (not reversed, not reversals), credits each.
    QList<double> creditsInForce(const char* staff) const
    {
        QList<double> list;
        const QJsonObject h = ok(args({ "credits", "history", "--staff", staff, "--json" })).json();
        for (const QJsonValue& v : h.value(QStringLiteral("registrations")).toArray()) {
            const QJsonObject r = v.toObject();
            if (!r.value(QStringLiteral("reversed")).toBool() && r.value(QStringLiteral("reversal_of")).isNull())
                list << r.value(QStringLiteral("credits")).toDouble();
        }
        return list;
    }
};

} // namespace

TEST_F(CliRulesTest, AfterRulesSetAShaanxiCountyTrainingOf10HoursRegisters2Credits)
{
    // Nothing chosen: the district falls back to 梁平 2021, whose source publishes no conversion — no credit.
    QJsonObject r = registerAll();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 0);
    EXPECT_EQ(r.value(QStringLiteral("rules")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("liangping-2021"));

    const CliResult set = ok(args({ "rules", "set", "--district", "汉滨区", "--preset", "shaanxi-2018" }));
    EXPECT_TRUE(set.text().contains(QStringLiteral("汉滨区"))) << set.text().toStdString();
    const QJsonObject list = ok(args({ "rules", "list", "--json" })).json();
    const QJsonArray districts = list.value(QStringLiteral("districts")).toArray();
    ASSERT_EQ(districts.size(), 1);
    EXPECT_EQ(districts[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("shaanxi-2018"));
    EXPECT_GE(list.value(QStringLiteral("presets")).toArray().size(), 6);

    // 陕西: 县级每学时 0.2 学分 → 10 学时 = 2.0 学分; the output names the rule set.
    r = registerAll();
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 2);
    EXPECT_EQ(r.value(QStringLiteral("rules")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("shaanxi-2018"));
    EXPECT_EQ(creditsInForce("101"), QList<double> { 2.0 });
    EXPECT_EQ(creditsInForce("102"), QList<double> { 2.0 });
    const CliResult text
        = ok(args({ "credits", "register", "--year", "2023", "--project", "1", "--reason", "再登记" }));
    EXPECT_TRUE(text.text().contains(QStringLiteral("汉滨区"))) << text.text().toStdString();
    const QString name = districts[0].toObject().value(QStringLiteral("name")).toString();
    ASSERT_FALSE(name.isEmpty());
    EXPECT_TRUE(text.text().contains(QStringLiteral("「%1」").arg(name))) << text.text().toStdString();
}

TEST_F(CliRulesTest, ChangingTheRuleSetLeavesPastRegistrationsUntilRecalcApply)
{
    ok(args({ "rules", "set", "--district", "汉滨区", "--preset", "shaanxi-2018" }));
    ASSERT_EQ(registerAll().value(QStringLiteral("registered")).toInt(), 2);

    // 北京: 10 学时折合 1 学分. The registrations stay at 2.0.
    ok(args({ "rules", "set", "--district", "汉滨区", "--preset", "beijing-13" }));
    EXPECT_EQ(creditsInForce("101"), QList<double> { 2.0 });

    // The dry run lists what would change and changes nothing.
    QJsonObject dry = ok(args({ "rules", "recalc", "--district", "汉滨区", "--json" })).json();
    EXPECT_FALSE(dry.value(QStringLiteral("applied")).toBool());
    const QJsonArray changes = dry.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 2);
    const QJsonObject first = changes[0].toObject();
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("before")).toObject().value(QStringLiteral("credits")).toDouble(), 2.0);
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("after")).toObject().value(QStringLiteral("credits")).toDouble(), 1.0);
    const CliResult preview = ok(args({ "rules", "recalc", "--district", "汉滨区" }));
    EXPECT_TRUE(preview.text().contains(QStringLiteral("--apply"))) << preview.text().toStdString();
    EXPECT_EQ(creditsInForce("101"), QList<double> { 2.0 });

    // --apply: reversed and registered anew, under 北京's conversion.
    const QJsonObject applied
        = ok(args({ "rules", "recalc", "--district", "汉滨区", "--apply", "--reason", "改用北京规则", "--json" }))
              .json();
    EXPECT_TRUE(applied.value(QStringLiteral("applied")).toBool());
    EXPECT_EQ(applied.value(QStringLiteral("new_registrations")).toArray().size(), 2);
    EXPECT_EQ(creditsInForce("101"), QList<double> { 1.0 });
    EXPECT_EQ(creditsInForce("102"), QList<double> { 1.0 });
    // A second recalculation finds nothing to change.
    dry = ok(args({ "rules", "recalc", "--district", "汉滨区", "--json" })).json();
    EXPECT_TRUE(dry.value(QStringLiteral("changes")).toArray().isEmpty());
}

TEST_F(CliRulesTest, RulesShowGivesEveryNumberWithItsSourceOrUnpublished)
{
    // 云阳's yearly minimum is not published (seed 001): shown as such, and not used for judging.
    ok(args({ "rules", "set", "--district", "汉滨区", "--preset", "yunyang" }));
    const QJsonObject doc = ok(args({ "rules", "show", "--json" })).json();
    EXPECT_EQ(doc.value(QStringLiteral("district")).toString(), QStringLiteral("汉滨区"));
    const QJsonArray numbers = doc.value(QStringLiteral("numbers")).toArray();
    ASSERT_FALSE(numbers.isEmpty());
    int unpublished = 0;
    for (const QJsonValue& v : numbers) {
        const QJsonObject n = v.toObject();
        EXPECT_FALSE(n.value(QStringLiteral("source")).toString().isEmpty())
            << n.value(QStringLiteral("label")).toString().toStdString();
        if (n.value(QStringLiteral("source_kind")).toString() == QStringLiteral("unpublished")) {
            ++unpublished;
            EXPECT_FALSE(n.value(QStringLiteral("used")).toBool());
            EXPECT_TRUE(n.value(QStringLiteral("value")).isNull());
            EXPECT_EQ(n.value(QStringLiteral("value_text")).toString(), QStringLiteral("未公布"));
        }
    }
    EXPECT_GT(unpublished, 0);
    const CliResult text = ok(args({ "rules", "show", "--district", "汉滨区" }));
    EXPECT_TRUE(text.text().contains(QStringLiteral("未公布 — 不用于判定"))) << text.text().toStdString();

    // Usage errors: an unknown preset, a missing district.
    EXPECT_EQ(cli(args({ "rules", "set", "--district", "汉滨区", "--preset", "atlantis" })).exitCode, 2);
    EXPECT_EQ(cli(args({ "rules", "set", "--preset", "yunyang" })).exitCode, 2);
}

TEST_F(CliRulesTest, RegisterUsesTheRuleSetOfThePlansDistrictAlsoWithoutDistrict)
{
    // A second district's plan in the database (another year): --district left out, the project's plan is still
    // the only 2023 one, and its district's rule set is the one used — not the default for "every district".
    ASSERT_EQ(importLiangping().exitCode, 0);
    ok(args({ "rules", "set", "--district", "汉滨区", "--preset", "shaanxi-2018" }));
    const QJsonObject r = registerAll();
    EXPECT_EQ(r.value(QStringLiteral("district")).toString(), QStringLiteral("汉滨区"));
    EXPECT_EQ(r.value(QStringLiteral("rules")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("shaanxi-2018"));
    EXPECT_EQ(r.value(QStringLiteral("registered")).toInt(), 2);
    EXPECT_EQ(creditsInForce("101"), QList<double> { 2.0 });
}
