#pragma once

// 学分规则: how a district counts training — credits (学分) or hours (学时), how a project's days or hours
// convert, which requirements a teacher must meet in the five-year cycle or every year — as data
// (design.md §2 "Rule sets of other districts", issue 4). The deadline parameters are in RuleSet.h; this
// is the one place for the credit rules. The presets quote their sources (../shared/reference/credit-rules.md).

#include <QList>
#include <QString>
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
// 集中/面授/线下 → centralized, 网络/线上/远程/在线 → online, 校本 → school-based, 实践/跟岗/教研 → practice.
std::optional<TrainingKind> trainingKindFromText(const QString& text);

// 学分 or 学时.
enum class CreditMeasure { Credits, Hours };
// The five-year cycle (培训周期) or each year of it.
enum class CreditPeriod { Cycle, Year };

QString creditMeasureName(CreditMeasure m); // credits | hours
QString creditMeasureLabel(CreditMeasure m); // 学分 | 学时

// One requirement: at least `minimum` credits (or hours) per cycle (or per year) from trainings of the given
// levels and kinds (empty = any). `yearlyCap`: at most this much a year of these levels and kinds counts —
// towards this and every other requirement (陕西: 每位教师每年校本研修最高计10学分).
struct CreditRequirement {
    QString id; // R-CREDIT-DISTRICT, R-CREDIT-TOTAL, R-CREDIT-ANNUAL, or a component's id
    QString label; // 区县级及以上集中培训, 总学分, ...
    CreditMeasure measure = CreditMeasure::Credits;
    CreditPeriod period = CreditPeriod::Cycle;
    double minimum = 0;
    std::optional<double> yearlyCap;
    QList<TrainingLevel> levels; // empty: every level
    QList<TrainingKind> kinds; // empty: every kind

    bool matches(TrainingLevel level, TrainingKind kind) const;
    bool operator==(const CreditRequirement&) const = default;
};

// One line of the conversion table: for trainings of `kind` and `level` (unset = any), either
// `hoursPerCredit` (北京: 10学时折合1学分) or `creditsPerHour` (陕西: 国家级每学时0.5学分). The most specific
// line wins (kind and level, then kind, then level, then the line with neither).
struct CreditConversion {
    std::optional<TrainingKind> kind;
    std::optional<TrainingLevel> level;
    double hoursPerCredit = 0;
    double creditsPerHour = 0;

    double creditsFor(double hours) const;
    double hoursFor(double credits) const;
    bool operator==(const CreditConversion&) const = default;
};

struct CreditRules {
    QString id; // stable preset id: liangping-2021, yunyang, shanghai-14, shaanxi-2018, beijing-13, shandong-2015
    QString name; // 梁平 2021
    QString source; // the document and its address
    int cycleFirstYear = 2021; // the cycles run cycleFirstYear + k·cycleYears ...
    int cycleYears = 5;
    double hoursPerDay = 8; // one day of training = this many 学时 (国统 教基4068: 每天最多计8学时)
    QList<CreditConversion> conversions;
    // Share of a training's hours whose absence voids the credit: missing this share or more earns nothing
    // (武汉江汉 武教师[2009]2号: 缺课时数累计达到该次培训课时总数五分之一者…不能取得相应学分). 0 = no threshold.
    double voidMissedShare = 0.2;
    QList<CreditRequirement> requirements;

    // The cycle that contains `year`: its first year (2023 → 2021 for cycles from 2021; 2026 → 2026).
    int cycleStartOf(int year) const;
    int cycleEndOf(int year) const { return cycleStartOf(year) + cycleYears - 1; }
    // The conversion line for a training of this kind and level (a default of 1:1 when none matches).
    CreditConversion conversionFor(TrainingKind kind, TrainingLevel level) const;
    // Any requirement counted per year, or capped per year: the ledger then needs the yearly totals.
    bool needsYearlyTotals() const;

    bool operator==(const CreditRules&) const = default;
};

// The presets of design.md §2, each naming its source.
QList<CreditRules> creditRulePresets();
// A preset by id; the 梁平 2021 defaults when the id is unknown or empty.
CreditRules creditRulePreset(const QString& id);
inline QString defaultCreditRulesId()
{
    return QStringLiteral("liangping-2021");
}

} // namespace tp
