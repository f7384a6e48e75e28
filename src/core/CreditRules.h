#pragma once

// 学分规则: how a district counts training — credits (学分) or hours (学时), how a project's days or hours
// convert, which requirements a teacher must meet in the five-year cycle or every year — as data
// (docs/credit-rules.md, docs/rules.md). The deadline parameters are in RuleSet.h; this is the one
// place for the credit rules.
//
// Every number of a rule set carries where it comes from (RuleSource): quoted from a published document
// (its title and article, in words for people), borrowed from another district's document (saying which),
// assumed (a guess, said to be one), or 未公布 — the source does not publish it. A 未公布 number is never used
// for judging or computing: a requirement whose minimum is 未公布 judges nobody, a conversion that is 未公布
// computes no credits, until the district enters the number with its own source.

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// 级别 of a training: 国家级, 省级, 市级, 区县级, 校级.
enum class TrainingLevel { National, Provincial, Municipal, County, School };
// 培训类型: 集中 centralized, 网络 online (远程/线上), 校本 school-based (校本研修), 实践 practice and other
// (教研、科研、观摩…, which 北京 counts at the online rate).
enum class TrainingKind { Centralized, Online, SchoolBased, Practice };

constexpr int kTrainingLevelCount = 5;
constexpr int kTrainingKindCount = 4;

QString trainingLevelName(TrainingLevel l); // national | provincial | municipal | county | school
std::optional<TrainingLevel> trainingLevelFromName(const QString& name);
QString trainingLevelLabel(TrainingLevel l); // 国家级 | 省级 | 市级 | 区县级 | 校级
// From what a plan table or a certificate says: 国家级, 国培, 省级, 省培, 市级, 市培, 区级, 县级, 区县级, 校级, 校本…
std::optional<TrainingLevel> trainingLevelFromText(const QString& text);
QString trainingKindName(TrainingKind k); // centralized | online | school_based | practice
std::optional<TrainingKind> trainingKindFromName(const QString& name);
QString trainingKindLabel(TrainingKind k); // 集中培训 | 网络研修 | 校本研修 | 实践研修
// The kind a certificate or an external-credit cell names (集中/面授/线下 → centralized, 网络/线上/远程/在线 →
// online, 校本 → school-based, 实践/跟岗/教研 → practice). A plan's project gets its kind from its 培训方式 by
// resolveProjectKind (ProjectKind.h), which treats a mix as undecided.
std::optional<TrainingKind> trainingKindFromText(const QString& text);

// 学分 or 学时.
enum class CreditMeasure { Credits, Hours };
// The five-year cycle (培训周期) or each year of it.
enum class CreditPeriod { Cycle, Year };

QString creditMeasureName(CreditMeasure m); // credits | hours
QString creditMeasureLabel(CreditMeasure m); // 学分 | 学时

// Where a number of a rule set comes from.
//   Published   有出处: the document says it (document, article, the quoted words).
//   Borrowed    借用: another region's document says it; this rule set uses it until the district has its own.
//   Assumed     推定: nobody published it; a guess the program makes, shown as one (note says why).
//   Unpublished 未公布: the source does not publish it. The number is not used until the district enters it.
enum class SourceKind { Published, Borrowed, Assumed, Unpublished };
QString sourceKindName(SourceKind k); // published | borrowed | assumed | unpublished
std::optional<SourceKind> sourceKindFromName(const QString& name);
QString sourceKindLabel(SourceKind k); // 有出处 | 借用 | 推定 | 未公布

struct RuleSource {
    SourceKind kind = SourceKind::Unpublished;
    QString document; // the document's title (and 文号), as people cite it
    QString article; // where in it: 三、（六）; empty when the excerpt shows no article
    QString quote; // the words the number comes from, copied
    QString note; // why borrowed or assumed, or what is missing
    QString address {}; // where the text can be read (a web address), if known; not printed in reports

    // Whether the number may be used for judging and computing (everything but 未公布).
    bool usable() const { return kind != SourceKind::Unpublished; }
    // One line for people: "《…》三、（六）：「…」", "借用《…》：「…」", "推定：…", "未公布：…".
    QString describe() const;

    static RuleSource published(
        const QString& document, const QString& article, const QString& quote, const QString& note = {});
    static RuleSource borrowed(
        const QString& document, const QString& article, const QString& quote, const QString& note);
    static RuleSource assumed(const QString& note);
    static RuleSource unpublished(const QString& note);

    bool operator==(const RuleSource&) const = default;
};

// One requirement: at least `minimum` credits (or hours) per cycle (or per year) from trainings of the given
// levels and kinds (empty = any), or of the given course categories (上海: 师德素养课程…; then levels and kinds
// are not looked at). `yearlyCap`: at most this much a year of these levels and kinds counts — towards this and
// every other requirement (陕西: 每位教师每年校本研修最高计10学分).
struct CreditRequirement {
    QString id; // R-CREDIT-DISTRICT, R-CREDIT-TOTAL, R-CREDIT-ANNUAL, or a component's id
    QString label; // 区县级及以上集中培训, 总学分, ...
    CreditMeasure measure = CreditMeasure::Credits;
    CreditPeriod period = CreditPeriod::Cycle;
    double minimum = 0;
    RuleSource minimumSource; // 未公布: the requirement judges nobody
    std::optional<double> yearlyCap;
    RuleSource yearlyCapSource;
    QList<TrainingLevel> levels; // empty: every level
    QList<TrainingKind> kinds; // empty: every kind
    QStringList categories; // non-empty: counts these course categories only

    // Whether a training of this level, kind (and category) counts towards the requirement.
    bool matches(TrainingLevel level, TrainingKind kind, const QString& category = {}) const;
    bool byCategory() const { return !categories.isEmpty(); }
    // The minimum is published (or entered, borrowed, assumed): the requirement judges teachers.
    bool judged() const { return minimumSource.usable(); }
    bool hasYearlyCap() const { return yearlyCap.has_value() && yearlyCapSource.usable(); }
    bool operator==(const CreditRequirement&) const = default;
};

// One line of the conversion table: for trainings of `kind` and `level` (unset = any), either
// `hoursPerCredit` (北京: 10学时折合1学分) or `creditsPerHour` (陕西: 国家级每学时0.5学分). The most specific
// line wins (kind and level, then kind, then level, then the line with neither). A line whose source is 未公布
// says that this kind/level has no published conversion: no credits are computed from hours for it.
struct CreditConversion {
    std::optional<TrainingKind> kind;
    std::optional<TrainingLevel> level;
    double hoursPerCredit = 0;
    double creditsPerHour = 0;
    RuleSource source;

    bool usable() const { return source.usable() && (hoursPerCredit > 0 || creditsPerHour > 0); }
    double creditsFor(double hours) const; // only meaningful when usable()
    double hoursFor(double credits) const;
    // "10 学时折合 1 学分", "每学时 0.2 学分", "未公布".
    QString rateText() const;
    // Which trainings the line is for: "集中培训·区县级", "网络研修", "各类培训" (a line for any kind and level).
    QString scopeText() const;
    bool operator==(const CreditConversion&) const = default;
};

// 缺课: whether reaching the share (达到, ≥) or only exceeding it (超过, >) voids the credit.
enum class AbsenceComparison { Reaching, Exceeding };
QString absenceComparisonName(AbsenceComparison c); // reaching | exceeding
QString absenceComparisonLabel(AbsenceComparison c); // 达到 | 超过

// 冲抵: the part of requirement `from` above its minimum counts towards requirement `to` (陕西: 修满集中培训学分,
// 实际超出部分可冲抵远程培训学分). Only what `to` still misses is taken, so one excess is not counted twice.
struct CreditOverflow {
    QString from;
    QString to;
    RuleSource source;
    bool operator==(const CreditOverflow&) const = default;
};

// A number of a rule set as the editor and `rules show` list it: a stable key, what it is, its value (unset
// when 未公布) and its source.
struct RuleNumber {
    QString key; // cycle.first_year, requirement.R-CREDIT-TOTAL.minimum, conversion.2 (index), absence.share, ...
    QString label; // 周期起始年, 总学分 最低要求, 集中培训·区县级 学时→学分, ...
    std::optional<double> value;
    QString valueText; // "2021", "120 学分", "每学时 0.2 学分", "五分之一（达到即不计学分）", "未公布"
    RuleSource source;
};

struct CreditRules {
    QString id; // stable preset id (liangping-2021, yunyang, shanghai-14, shaanxi-2018, beijing-13,
                // shandong-2015), or a district copy's id (district-<n>)
    QString name; // 梁平 2021
    QString source; // the documents the rule set follows, in words for people
    QString basedOn; // the preset a district copy was made from

    int cycleFirstYear = 2021; // the cycles run cycleFirstYear + k·cycleYears ...
    RuleSource cycleFirstYearSource;
    int cycleYears = 5;
    RuleSource cycleYearsSource;
    // One day of training = this many 学时. 未公布: a project given in days has no hours (and no credits from
    // its hours) until the district enters the number.
    double hoursPerDay = 0;
    RuleSource hoursPerDaySource;
    QList<CreditConversion> conversions;
    // Share of a training's planned hours whose absence voids the credit (武汉江汉 武教师[2009]2号:
    // 缺课时数累计达到该次培训课时总数五分之一者…不能取得相应学分). 未公布 or 0: no threshold.
    double voidMissedShare = 0;
    AbsenceComparison absenceComparison = AbsenceComparison::Reaching;
    RuleSource absenceSource;
    QList<CreditRequirement> requirements;
    QList<CreditOverflow> overflows;
    QStringList categories; // 课程类别 a project can carry (上海: 师德素养, 知识技能, 实践体验, 自主研修)

    // The cycle that contains `year`: its first year (2023 → 2021 for cycles from 2021; 2026 → 2026).
    int cycleStartOf(int year) const;
    int cycleEndOf(int year) const { return cycleStartOf(year) + cycleYears - 1; }
    // The conversion line for a training of this kind and level: the most specific one; none when no line
    // matches. Check usable() before converting: a 未公布 line converts nothing.
    std::optional<CreditConversion> conversionFor(TrainingKind kind, TrainingLevel level) const;
    bool hasHoursPerDay() const { return hoursPerDaySource.usable() && hoursPerDay > 0; }
    bool hasAbsenceRule() const { return absenceSource.usable() && voidMissedShare > 0; }
    // Whether missing this share of the planned hours voids the credit (达到: ≥ the share; 超过: >).
    bool absenceVoids(double missedShare) const;
    // "五分之一", "20%": the threshold as the source words it.
    QString absenceShareText() const;
    // Any requirement counted per year, or capped per year: the ledger then needs the yearly totals.
    bool needsYearlyTotals() const;
    const CreditRequirement* requirement(const QString& id) const;

    // Every number with its label and source, in the order the editor and `rules show` list them.
    QList<RuleNumber> numbers() const;
    // The rule set's sources in words for people, one line per number that has one, and the 未公布 ones
    // ("年度最低学分：未公布，不据此判定").
    QStringList sourceLines() const;
    // For printed reports: each requirement with its minimum and where it comes from (document and article, no
    // quotes), the 未公布 ones said to judge nobody, the overflow rules, and the cycle when its start or length
    // is borrowed or assumed — words for people, no internal ids.
    QStringList requirementSources() const;
    // What is wrong with a rule set a district edited (empty: nothing): a usable number without a document
    // (or, assumed, without a note), a borrowed one without where from, a requirement on categories the set
    // does not list, overflow between unknown requirements, a cycle shorter than a year.
    QStringList problems() const;

    bool operator==(const CreditRules&) const = default;
};

// The presets of docs/credit-rules.md, each number quoting its source or saying it has none.
QList<CreditRules> creditRulePresets();
// A preset by id; the 梁平 2021 preset when the id is unknown or empty.
CreditRules creditRulePreset(const QString& id);
inline QString defaultCreditRulesId()
{
    return QStringLiteral("liangping-2021");
}

// A rule set as JSON (what storage keeps for a district's copy, and what each registration's rule set is
// recorded as), and back. Reading reports what is missing or malformed.
QJsonObject creditRulesToJson(const CreditRules& rules);
Result<CreditRules> creditRulesFromJson(const QJsonObject& json);

} // namespace tp
