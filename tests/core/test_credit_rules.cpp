// Issue 11: every number of a preset quotes its source, or says it is borrowed (and from where), assumed, or
// 未公布 — and a 未公布 number is not used.

#include "CreditRules.h"
#include "ProjectKind.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace tp;

namespace {
using L = TrainingLevel;
using K = TrainingKind;

const RuleNumber* number(const QList<RuleNumber>& numbers, const QString& key)
{
    for (const RuleNumber& n : numbers)
        if (n.key == key)
            return &n;
    return nullptr;
}

std::string text(const QString& s)
{
    return s.toStdString();
}
} // namespace

TEST(CreditRules, EveryNumberOfEveryPresetHasItsSourceOrSaysItHasNone)
{
    const QList<CreditRules> presets = creditRulePresets();
    ASSERT_EQ(presets.size(), 6);
    for (const CreditRules& r : presets) {
        EXPECT_TRUE(r.problems().isEmpty()) << text(r.id) << ": " << text(r.problems().join(QLatin1Char('\n')));
        EXPECT_EQ(creditRulePreset(r.id), r);
        const QList<RuleNumber> numbers = r.numbers();
        EXPECT_GE(numbers.size(), 5) << text(r.id);
        for (const RuleNumber& n : numbers) {
            const std::string what = text(r.id + QLatin1Char(' ') + n.key);
            switch (n.source.kind) {
            case SourceKind::Published:
                EXPECT_FALSE(n.source.document.isEmpty()) << what;
                EXPECT_FALSE(n.source.quote.isEmpty()) << what << ": a published number quotes its words";
                EXPECT_TRUE(n.value.has_value() || n.key.startsWith(QStringLiteral("overflow."))) << what;
                break;
            case SourceKind::Borrowed:
                EXPECT_FALSE(n.source.document.isEmpty()) << what << ": says where it is borrowed from";
                EXPECT_FALSE(n.source.note.isEmpty()) << what << ": says why";
                EXPECT_TRUE(n.source.address.startsWith(QStringLiteral("http"))) << what;
                break;
            case SourceKind::Assumed:
                EXPECT_FALSE(n.source.note.isEmpty()) << what << ": says it is a guess, and why";
                break;
            case SourceKind::Unpublished:
                EXPECT_FALSE(n.value.has_value()) << what << ": a 未公布 number has no value";
                EXPECT_EQ(n.valueText, QStringLiteral("未公布")) << what;
                break;
            }
            // Words for people: no internal ids in what is shown.
            EXPECT_FALSE(n.label.contains(QStringLiteral("R-CREDIT"))) << what;
            EXPECT_FALSE(n.source.describe().contains(QStringLiteral("seeds"))) << what;
        }
        for (const QString& line : r.requirementSources())
            EXPECT_FALSE(line.contains(QStringLiteral("R-CREDIT"))) << text(line);
    }
}

TEST(CreditRules, PresetsSayWhatTheirSourcesSayAndNoMore)
{
    // 梁平: 20 学分 of 区级及以上集中培训 (seeds 000 一、（二）1); no conversion, no hours per day.
    const CreditRules liangping = creditRulePreset(QStringLiteral("liangping-2021"));
    ASSERT_NE(liangping.requirement(QStringLiteral("R-CREDIT-DISTRICT")), nullptr);
    EXPECT_TRUE(liangping.requirement(QStringLiteral("R-CREDIT-DISTRICT"))
                    ->minimumSource.quote.contains(QStringLiteral("区级及以上集中培训达到20学分")));
    EXPECT_EQ(liangping.requirement(QStringLiteral("R-CREDIT-DISTRICT"))->minimumSource.article,
        QStringLiteral("一、（二）1"));
    EXPECT_FALSE(liangping.hasHoursPerDay());
    ASSERT_TRUE(liangping.conversionFor(K::Centralized, L::County).has_value());
    EXPECT_FALSE(liangping.conversionFor(K::Centralized, L::County)->usable());
    EXPECT_EQ(liangping.cycleFirstYearSource.kind, SourceKind::Published);

    // 云阳: 120 and 20 quoted; the yearly minimum exists but its number is not published.
    const CreditRules yunyang = creditRulePreset(QStringLiteral("yunyang"));
    const CreditRequirement* annual = yunyang.requirement(QStringLiteral("R-CREDIT-ANNUAL"));
    ASSERT_NE(annual, nullptr);
    EXPECT_FALSE(annual->judged());
    EXPECT_EQ(annual->minimumSource.kind, SourceKind::Unpublished);
    EXPECT_TRUE(annual->minimumSource.note.contains(QStringLiteral("未达学分最低要求者")));
    EXPECT_TRUE(yunyang.requirement(QStringLiteral("R-CREDIT-TOTAL"))->judged());
    EXPECT_DOUBLE_EQ(yunyang.requirement(QStringLiteral("R-CREDIT-TOTAL"))->minimum, 120);
    EXPECT_FALSE(yunyang.needsYearlyTotals()) << "an unpublished yearly minimum needs no yearly totals";

    // 上海: the four course categories with the reference's exact wording (自主研修 is "4学分", not "不少于").
    const CreditRules shanghai = creditRulePreset(QStringLiteral("shanghai-14"));
    EXPECT_EQ(shanghai.categories,
        (QStringList { QStringLiteral("师德素养"), QStringLiteral("知识技能"), QStringLiteral("实践体验"),
            QStringLiteral("自主研修") }));
    const struct {
        const char* id;
        double minimum;
    } categories[] = { { "R-CREDIT-CAT-ETHICS", 8 }, { "R-CREDIT-CAT-SKILLS", 10 }, { "R-CREDIT-CAT-PRACTICE", 14 },
        { "R-CREDIT-CAT-SELF", 4 } };
    for (const auto& c : categories) {
        const CreditRequirement* r = shanghai.requirement(QString::fromLatin1(c.id));
        ASSERT_NE(r, nullptr) << c.id;
        EXPECT_DOUBLE_EQ(r->minimum, c.minimum) << c.id;
        EXPECT_TRUE(r->byCategory());
        EXPECT_EQ(r->minimumSource.quote,
            QStringLiteral("其中师德素养课程不少于8学分、知识技能课程不少于10学分、实践体验课程不少于14学分、"
                           "自主研修课程4学分。"));
    }
    EXPECT_FALSE(shanghai.conversionFor(K::Centralized, L::Municipal)->usable())
        << "10 学时 = 1 学分 is 北京's, not in the 上海 text";
    EXPECT_EQ(shanghai.requirement(QStringLiteral("R-CREDIT-MUNICIPAL"))->levels, QList<L> { L::Municipal });

    // 陕西: the overflow from 集中 to 远程 (and nowhere else); the first cycle year is a guess.
    const CreditRules shaanxi = creditRulePreset(QStringLiteral("shaanxi-2018"));
    ASSERT_EQ(shaanxi.overflows.size(), 1);
    EXPECT_EQ(shaanxi.overflows[0].from, QStringLiteral("R-CREDIT-CENTRALIZED"));
    EXPECT_EQ(shaanxi.overflows[0].to, QStringLiteral("R-CREDIT-ONLINE"));
    EXPECT_TRUE(shaanxi.overflows[0].source.quote.contains(QStringLiteral("实际超出部分可冲抵远程培训学分")));
    EXPECT_EQ(shaanxi.cycleFirstYearSource.kind, SourceKind::Assumed);
    EXPECT_FALSE(shaanxi.conversionFor(K::SchoolBased, L::School)->usable()) << "校本: 由各地市自主研制标准";
    EXPECT_DOUBLE_EQ(shaanxi.conversionFor(K::Centralized, L::County)->creditsFor(10), 2);
    EXPECT_DOUBLE_EQ(shaanxi.conversionFor(K::Centralized, L::National)->creditsFor(10), 5);
    EXPECT_DOUBLE_EQ(shaanxi.conversionFor(K::Online, L::Provincial)->creditsFor(10), 4)
        << "远程培训参照集中培训的相应层次";
    EXPECT_TRUE(shaanxi.requirement(QStringLiteral("R-CREDIT-SCHOOL"))->hasYearlyCap());

    // 北京: the published conversions.
    const CreditRules beijing = creditRulePreset(QStringLiteral("beijing-13"));
    EXPECT_DOUBLE_EQ(beijing.conversionFor(K::Centralized, L::County)->creditsFor(10), 1);
    EXPECT_DOUBLE_EQ(beijing.conversionFor(K::Online, L::County)->creditsFor(10), 0.5);
    EXPECT_EQ(beijing.conversionFor(K::Online, L::County)->source.kind, SourceKind::Published);

    // 山东: no conversion in the source (1学时 = 1学分 is 贵州's); first year assumed, length borrowed.
    const CreditRules shandong = creditRulePreset(QStringLiteral("shandong-2015"));
    EXPECT_FALSE(shandong.conversionFor(K::Centralized, L::County)->usable());
    EXPECT_TRUE(shandong.conversionFor(K::Centralized, L::County)->source.note.contains(QStringLiteral("贵州")));
    EXPECT_EQ(shandong.cycleFirstYearSource.kind, SourceKind::Assumed);
    EXPECT_EQ(shandong.cycleYearsSource.kind, SourceKind::Borrowed);
    EXPECT_TRUE(shandong.requirement(QStringLiteral("R-CREDIT-ANNUAL"))->judged());

    // The 1/5 absence rule is 武汉江汉's: borrowed, 达到, in every preset.
    for (const CreditRules& r : creditRulePresets()) {
        EXPECT_EQ(r.absenceSource.kind, SourceKind::Borrowed) << text(r.id);
        EXPECT_TRUE(r.absenceSource.document.contains(QStringLiteral("武教师〔2009〕2号"))) << text(r.id);
        EXPECT_TRUE(r.absenceSource.quote.contains(QStringLiteral("达到该次培训课时总数五分之一"))) << text(r.id);
        EXPECT_EQ(r.absenceComparison, AbsenceComparison::Reaching) << text(r.id);
        EXPECT_DOUBLE_EQ(r.voidMissedShare, 0.2) << text(r.id);
        EXPECT_EQ(r.absenceShareText(), QStringLiteral("五分之一"));
    }
}

TEST(CreditRules, NumbersAreListedWithTheirSourcesForTheEditor)
{
    const CreditRules yunyang = creditRulePreset(QStringLiteral("yunyang"));
    const QList<RuleNumber> numbers = yunyang.numbers();
    const RuleNumber* total = number(numbers, QStringLiteral("requirement.R-CREDIT-TOTAL.minimum"));
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->valueText, QStringLiteral("120 学分"));
    EXPECT_TRUE(total->source.describe().startsWith(QStringLiteral("云阳县教育委员会《关于“十四五”时期")));
    EXPECT_TRUE(total->source.describe().contains(QStringLiteral("三、（六）")));
    const RuleNumber* annual = number(numbers, QStringLiteral("requirement.R-CREDIT-ANNUAL.minimum"));
    ASSERT_NE(annual, nullptr);
    EXPECT_FALSE(annual->value.has_value());
    EXPECT_TRUE(annual->source.describe().startsWith(QStringLiteral("未公布")));
    const RuleNumber* absence = number(numbers, QStringLiteral("absence.share"));
    ASSERT_NE(absence, nullptr);
    EXPECT_EQ(absence->valueText, QStringLiteral("五分之一（达到即不计学分）"));
    EXPECT_TRUE(absence->source.describe().startsWith(QStringLiteral("借用")));
    EXPECT_NE(number(numbers, QStringLiteral("hours_per_day")), nullptr);
    EXPECT_NE(number(numbers, QStringLiteral("cycle.first_year")), nullptr);

    // The report's wording: requirements grouped by document, with its article; the unpublished one judges nobody.
    const QStringList lines = yunyang.requirementSources();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0],
        QStringLiteral("总学分不少于120学分，县级及以上集中研修不少于20学分：云阳县教育委员会《关于“十四五”时期加强教师"
                       "培训促进教师专业发展的实施意见》（2021年） 三、（六）"));
    EXPECT_EQ(lines[1], QStringLiteral("年度学分（每年）：最低要求未公布，不据此判定"));
    const QStringList shaanxi = creditRulePreset(QStringLiteral("shaanxi-2018")).requirementSources();
    ASSERT_EQ(shaanxi.size(), 2);
    EXPECT_TRUE(shaanxi[0].startsWith(QStringLiteral("培训周期自 2018 年起：推定（"))) << text(shaanxi[0]);
    EXPECT_TRUE(
        shaanxi[1].contains(QStringLiteral("校本研修不少于50学分（每年最高计10学分），集中培训超出部分可冲抵远程培训："
                                           "《陕西省中小学教师培训学分认定和管理办法》")))
        << text(shaanxi[1]);
    EXPECT_FALSE(shaanxi[1].contains(QStringLiteral("http"))) << "no web addresses in printed words";
    EXPECT_EQ(creditRulePreset(QStringLiteral("shandong-2015")).requirementSources().at(1),
        QStringLiteral("每 5 年为一个周期：借用教育部《中小学教师继续教育规定》（教育部令第7号，问答网站转引）"));
}

TEST(CreditRules, AnEditedRuleSetNeedsASourceForEveryNumberItUses)
{
    CreditRules r = creditRulePreset(QStringLiteral("yunyang"));
    EXPECT_TRUE(r.problems().isEmpty());
    CreditRequirement* annual = nullptr;
    for (CreditRequirement& q : r.requirements)
        if (q.id == QStringLiteral("R-CREDIT-ANNUAL"))
            annual = &q;
    ASSERT_NE(annual, nullptr);
    annual->minimum = 24;
    annual->minimumSource.kind = SourceKind::Published; // a number without a document
    ASSERT_EQ(r.problems().size(), 1);
    EXPECT_TRUE(r.problems().first().contains(QStringLiteral("年度学分（每年） 最低要求")));
    annual->minimumSource = RuleSource::published(QStringLiteral("云阳县教委《2021年教师培训学分登记办法》"),
        QStringLiteral("第五条"), QStringLiteral("每年不少于24学分"));
    EXPECT_TRUE(r.problems().isEmpty());
    EXPECT_TRUE(annual->judged());

    r.hoursPerDaySource = RuleSource::assumed(QString()); // a guess must say why
    r.hoursPerDay = 8;
    EXPECT_EQ(r.problems().size(), 1);
    r.hoursPerDaySource = RuleSource::assumed(QStringLiteral("区县尚未规定，暂按国家统计口径每天最多8学时"));
    EXPECT_TRUE(r.problems().isEmpty());

    r.overflows << CreditOverflow { QStringLiteral("R-CREDIT-TOTAL"), QStringLiteral("R-NOWHERE"),
        RuleSource::published(QStringLiteral("x"), QString(), QStringLiteral("y")) };
    EXPECT_EQ(r.problems().size(), 1);
    r.overflows.clear();
    r.cycleFirstYearSource = RuleSource::unpublished(QString());
    EXPECT_EQ(r.problems().size(), 1) << "a cycle must start somewhere: assumed, not 未公布";
}

TEST(CreditRules, JsonKeepsEveryNumberAndSource)
{
    for (const CreditRules& r : creditRulePresets()) {
        const QJsonObject json = creditRulesToJson(r);
        // Through text, as storage keeps it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        auto back = creditRulesFromJson(reread);
        ASSERT_TRUE(back.ok()) << text(back.error().message);
        EXPECT_EQ(back.value(), r) << text(r.id);
    }
    QJsonObject broken = creditRulesToJson(creditRulePreset(QStringLiteral("beijing-13")));
    QJsonObject cycle = broken.value(QStringLiteral("cycle")).toObject();
    cycle.insert(QStringLiteral("years"),
        QJsonObject {
            { QStringLiteral("source"), QJsonObject { { QStringLiteral("kind"), QStringLiteral("quoted") } } } });
    broken.insert(QStringLiteral("cycle"), cycle);
    auto bad = creditRulesFromJson(broken);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("cycle.years"))) << text(bad.error().message);
}

TEST(CreditRules, CyclesRunFromTheFirstYear)
{
    const CreditRules r = creditRulePreset(QStringLiteral("liangping-2021"));
    EXPECT_EQ(r.cycleStartOf(2021), 2021);
    EXPECT_EQ(r.cycleStartOf(2025), 2021);
    EXPECT_EQ(r.cycleEndOf(2023), 2025);
    EXPECT_EQ(r.cycleStartOf(2026), 2026);
    EXPECT_EQ(r.cycleStartOf(2030), 2026);
    EXPECT_EQ(r.cycleStartOf(2020), 2016);
}

TEST(CreditRules, LevelsAndKindsFromText)
{
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("国培")), L::National);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("市级")), L::Municipal);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("区级")), L::County);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("区县级")), L::County);
    EXPECT_EQ(trainingLevelFromText(QStringLiteral("校级")), L::School);
    EXPECT_EQ(trainingKindFromText(QStringLiteral("线上研修")), K::Online);
    EXPECT_EQ(trainingKindFromText(QStringLiteral("集中培训")), K::Centralized);
    EXPECT_EQ(trainingKindFromText(QStringLiteral("校本研修")), K::SchoolBased);
    EXPECT_FALSE(trainingKindFromText(QString()).has_value());
}

// --- the project's kind from its 培训方式 -------------------------------------------------------------------

TEST(ProjectKind, TheModesDecideTheKindAndAMixIsAskedFor)
{
    const struct {
        const char* modes;
        std::optional<K> kind;
        KindOrigin origin;
    } cases[] = {
        { "线上研修", K::Online, KindOrigin::Modes },
        { "网络研修", K::Online, KindOrigin::Modes },
        { "远程培训", K::Online, KindOrigin::Modes },
        { "在线学习", K::Online, KindOrigin::Modes },
        { "校本研修", K::SchoolBased, KindOrigin::Modes },
        { "集中培训", K::Centralized, KindOrigin::Modes },
        { "面授", K::Centralized, KindOrigin::Modes },
        { "现场教学", K::Centralized, KindOrigin::Modes },
        { "跟岗实践", K::Centralized, KindOrigin::Modes },
        // 建安 2024 (seeds 002): the rows' 培训方式.
        { "集中培训、任务驱动\n成果展示", K::Centralized, KindOrigin::Modes },
        { "集中培训、外出研修", K::Centralized, KindOrigin::Modes },
        { "线上研修、线下送教", std::nullopt, KindOrigin::Ambiguous },
        { "线上研修、集中培训", std::nullopt, KindOrigin::Ambiguous },
        { "同课异构、专家讲座\n互动交流", std::nullopt, KindOrigin::Unknown },
        { "线上线下混合", std::nullopt, KindOrigin::Ambiguous },
        { "混合式研修", std::nullopt, KindOrigin::Ambiguous },
        { "", std::nullopt, KindOrigin::Unknown },
    };
    for (const auto& c : cases) {
        const ProjectKind k = resolveProjectKind(QString::fromUtf8(c.modes));
        EXPECT_EQ(k.kind, c.kind) << c.modes;
        EXPECT_EQ(k.origin, c.origin) << c.modes;
        EXPECT_EQ(k.decided(), c.kind.has_value()) << c.modes;
    }
    const ProjectKind mixed = resolveProjectKind(QStringLiteral("线上线下混合"));
    EXPECT_TRUE(mixed.describe().startsWith(QStringLiteral("未定：培训方式“线上线下混合”兼有网络研修")))
        << text(mixed.describe());
    EXPECT_TRUE(mixed.describe().endsWith(QStringLiteral("请选择培训类型")));
    EXPECT_EQ(resolveProjectKind(QString()).describe(), QStringLiteral("未定：没有填写培训方式，请选择培训类型"));
    EXPECT_EQ(
        resolveProjectKind(QStringLiteral("线上研修")).describe(), QStringLiteral("网络研修（培训方式：线上研修）"));

    // A clerk's choice wins over the modes, and is said to be one.
    const ProjectKind chosen = resolveProjectKind(QStringLiteral("线上线下混合"), K::Centralized);
    EXPECT_EQ(chosen.kind, K::Centralized);
    EXPECT_EQ(chosen.origin, KindOrigin::Chosen);
    EXPECT_EQ(chosen.describe(), QStringLiteral("集中培训（人工选择）"));
}
