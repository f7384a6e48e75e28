#include "CreditRules.h"

#include "CellParsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <array>
#include <cmath>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::CreditRules)
};

struct LevelInfo {
    TrainingLevel level;
    const char* name;
    const char* label;
};
constexpr std::array<LevelInfo, kTrainingLevelCount> kLevels { {
    { TrainingLevel::National, "national", QT_TRANSLATE_NOOP("tp::CreditRules", "国家级") },
    { TrainingLevel::Provincial, "provincial", QT_TRANSLATE_NOOP("tp::CreditRules", "省级") },
    { TrainingLevel::Municipal, "municipal", QT_TRANSLATE_NOOP("tp::CreditRules", "市级") },
    { TrainingLevel::County, "county", QT_TRANSLATE_NOOP("tp::CreditRules", "区县级") },
    { TrainingLevel::School, "school", QT_TRANSLATE_NOOP("tp::CreditRules", "校级") },
} };

struct KindInfo {
    TrainingKind kind;
    const char* name;
    const char* label;
};
constexpr std::array<KindInfo, kTrainingKindCount> kKinds { {
    { TrainingKind::Centralized, "centralized", QT_TRANSLATE_NOOP("tp::CreditRules", "集中培训") },
    { TrainingKind::Online, "online", QT_TRANSLATE_NOOP("tp::CreditRules", "网络研修") },
    { TrainingKind::SchoolBased, "school_based", QT_TRANSLATE_NOOP("tp::CreditRules", "校本研修") },
    { TrainingKind::Practice, "practice", QT_TRANSLATE_NOOP("tp::CreditRules", "实践研修") },
} };

struct SourceKindInfo {
    SourceKind kind;
    const char* name;
    const char* label;
};
constexpr std::array<SourceKindInfo, 4> kSourceKinds { {
    { SourceKind::Published, "published", QT_TRANSLATE_NOOP("tp::CreditRules", "有出处") },
    { SourceKind::Borrowed, "borrowed", QT_TRANSLATE_NOOP("tp::CreditRules", "借用") },
    { SourceKind::Assumed, "assumed", QT_TRANSLATE_NOOP("tp::CreditRules", "推定") },
    { SourceKind::Unpublished, "unpublished", QT_TRANSLATE_NOOP("tp::CreditRules", "未公布") },
} };

const QList<TrainingLevel> kCountyAndAbove { TrainingLevel::National, TrainingLevel::Provincial,
    TrainingLevel::Municipal, TrainingLevel::County };

CreditRequirement requirement(const char* id, const QString& label, double minimum, RuleSource source,
    QList<TrainingLevel> levels = {}, QList<TrainingKind> kinds = {}, CreditPeriod period = CreditPeriod::Cycle)
{
    CreditRequirement r;
    r.id = QString::fromLatin1(id);
    r.label = label;
    r.minimum = minimum;
    r.minimumSource = std::move(source);
    r.levels = std::move(levels);
    r.kinds = std::move(kinds);
    r.period = period;
    return r;
}

CreditRequirement categoryRequirement(
    const char* id, const QString& category, const QString& label, double minimum, RuleSource source)
{
    CreditRequirement r = requirement(id, label, minimum, std::move(source));
    r.categories = { category };
    return r;
}

CreditConversion perCredit(
    double hours, RuleSource source, std::optional<TrainingKind> kind = {}, std::optional<TrainingLevel> level = {})
{
    CreditConversion c;
    c.kind = kind;
    c.level = level;
    c.hoursPerCredit = hours;
    c.source = std::move(source);
    return c;
}

CreditConversion perHour(
    double credits, RuleSource source, std::optional<TrainingKind> kind = {}, std::optional<TrainingLevel> level = {})
{
    CreditConversion c;
    c.kind = kind;
    c.level = level;
    c.creditsPerHour = credits;
    c.source = std::move(source);
    return c;
}

// A conversion line that says "not published" for these trainings.
CreditConversion notPublished(
    RuleSource source, std::optional<TrainingKind> kind = {}, std::optional<TrainingLevel> level = {})
{
    CreditConversion c;
    c.kind = kind;
    c.level = level;
    c.source = std::move(source);
    return c;
}

// The 1/5 absence rule that every preset borrows: none of the six presets' own sources has an absence rule.
// ../shared/reference/credit-rules.md §8 (武汉江汉 武教师[2009]2号, repost).
void borrowWuhanAbsenceRule(CreditRules& r)
{
    r.voidMissedShare = 0.2;
    r.absenceComparison = AbsenceComparison::Reaching;
    r.absenceSource = RuleSource::borrowed(
        Text::tr("武汉市江汉区中小学教师继续教育学分登记说明（引武教师〔2009〕2号，转载）"), QString(),
        Text::tr("教师参加继续教育集中培训,缺课时数累计达到该次培训课时总数五分之一者,取消其参加该次培训考核资格,"
                 "不能取得相应学分(非集中培训参照执行)。"),
        Text::tr("本规则集的出处没有缺课规定，借用武汉市江汉区的规定；区县有本地规定时请改用本地规定"));
    r.absenceSource.address = QStringLiteral("https://www.360docs.net/doc/4210624042.html");
}

// Every source of a rule set, for setting a preset's web address on the numbers quoted from one document.
template <typename F> void forEachSource(CreditRules& r, F f)
{
    f(r.cycleFirstYearSource);
    f(r.cycleYearsSource);
    f(r.hoursPerDaySource);
    f(r.absenceSource);
    for (CreditConversion& c : r.conversions)
        f(c.source);
    for (CreditRequirement& q : r.requirements) {
        f(q.minimumSource);
        f(q.yearlyCapSource);
    }
    for (CreditOverflow& o : r.overflows)
        f(o.source);
}

void setAddress(CreditRules& r, const QString& document, const QString& address)
{
    forEachSource(r, [&](RuleSource& s) {
        if (s.document == document)
            s.address = address;
    });
}

// No preset's source says how many 学时 a day counts (the national statistics form 教基4068's "每天最多计8学时" is
// a reporting cap, 武汉江汉's "8学时一天" another district's rule).
RuleSource hoursPerDayUnpublished()
{
    return RuleSource::unpublished(
        Text::tr("出处没有规定每天计多少学时；以天数计的项目在区县填写后才能折算学时和学分"));
}

QString shareText(double share)
{
    struct Fraction {
        double value;
        const char* text;
    };
    static const Fraction fractions[] = {
        { 1.0 / 2, QT_TRANSLATE_NOOP("tp::CreditRules", "二分之一") },
        { 1.0 / 3, QT_TRANSLATE_NOOP("tp::CreditRules", "三分之一") },
        { 1.0 / 4, QT_TRANSLATE_NOOP("tp::CreditRules", "四分之一") },
        { 1.0 / 5, QT_TRANSLATE_NOOP("tp::CreditRules", "五分之一") },
        { 1.0 / 10, QT_TRANSLATE_NOOP("tp::CreditRules", "十分之一") },
    };
    for (const Fraction& f : fractions)
        if (std::abs(share - f.value) < 1e-9)
            return QCoreApplication::translate("tp::CreditRules", f.text);
    return QStringLiteral("%1%").arg(formatNumber(share * 100));
}

QString amountText(double value, CreditMeasure measure)
{
    return QStringLiteral("%1 %2").arg(formatNumber(value), creditMeasureLabel(measure));
}

// --- JSON helpers ----------------------------------------------------------------------------------------

QJsonObject sourceJson(const RuleSource& s)
{
    QJsonObject o { { QStringLiteral("kind"), sourceKindName(s.kind) } };
    if (!s.document.isEmpty())
        o.insert(QStringLiteral("document"), s.document);
    if (!s.article.isEmpty())
        o.insert(QStringLiteral("article"), s.article);
    if (!s.quote.isEmpty())
        o.insert(QStringLiteral("quote"), s.quote);
    if (!s.note.isEmpty())
        o.insert(QStringLiteral("note"), s.note);
    if (!s.address.isEmpty())
        o.insert(QStringLiteral("address"), s.address);
    return o;
}

QJsonObject numberJson(double value, const RuleSource& s)
{
    QJsonObject o { { QStringLiteral("source"), sourceJson(s) } };
    if (s.usable())
        o.insert(QStringLiteral("value"), value);
    return o;
}

QJsonArray levelsJson(const QList<TrainingLevel>& levels)
{
    QJsonArray a;
    for (TrainingLevel l : levels)
        a.append(trainingLevelName(l));
    return a;
}

QJsonArray kindsJson(const QList<TrainingKind>& kinds)
{
    QJsonArray a;
    for (TrainingKind k : kinds)
        a.append(trainingKindName(k));
    return a;
}

// Reading: each helper records the first problem in `error` (with the path of the value) and goes on.
struct JsonReader {
    QString error;

    void fail(const QString& path, const QString& what)
    {
        if (error.isEmpty())
            error = Text::tr("规则集 JSON 的 %1：%2").arg(path, what);
    }

    RuleSource source(const QJsonValue& v, const QString& path)
    {
        RuleSource s;
        if (!v.isObject()) {
            fail(path, Text::tr("缺少出处（source）"));
            return s;
        }
        const QJsonObject o = v.toObject();
        const auto kind = sourceKindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            fail(path + QStringLiteral(".kind"), Text::tr("应为 published、borrowed、assumed 或 unpublished"));
        s.kind = kind.value_or(SourceKind::Unpublished);
        s.document = o.value(QStringLiteral("document")).toString();
        s.article = o.value(QStringLiteral("article")).toString();
        s.quote = o.value(QStringLiteral("quote")).toString();
        s.note = o.value(QStringLiteral("note")).toString();
        s.address = o.value(QStringLiteral("address")).toString();
        return s;
    }

    // A number with its source; a usable source needs a value.
    std::pair<double, RuleSource> number(const QJsonValue& v, const QString& path)
    {
        const QJsonObject o = v.toObject();
        RuleSource s = source(o.value(QStringLiteral("source")), path + QStringLiteral(".source"));
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (s.usable() && !value.isDouble())
            fail(path + QStringLiteral(".value"), Text::tr("有出处的数需要数值"));
        return { value.toDouble(), s };
    }

    QList<TrainingLevel> levels(const QJsonValue& v, const QString& path)
    {
        QList<TrainingLevel> list;
        const QJsonArray a = v.toArray();
        for (const QJsonValue& item : a) {
            if (auto l = trainingLevelFromName(item.toString()))
                list << *l;
            else
                fail(path, Text::tr("未知的级别「%1」").arg(item.toString()));
        }
        return list;
    }

    QList<TrainingKind> kinds(const QJsonValue& v, const QString& path)
    {
        QList<TrainingKind> list;
        const QJsonArray a = v.toArray();
        for (const QJsonValue& item : a) {
            if (auto k = trainingKindFromName(item.toString()))
                list << *k;
            else
                fail(path, Text::tr("未知的培训类型「%1」").arg(item.toString()));
        }
        return list;
    }
};
} // namespace

QString trainingLevelName(TrainingLevel l)
{
    return QString::fromLatin1(kLevels.at(size_t(l)).name);
}

std::optional<TrainingLevel> trainingLevelFromName(const QString& name)
{
    for (const auto& info : kLevels)
        if (name == QLatin1String(info.name))
            return info.level;
    return std::nullopt;
}

QString trainingLevelLabel(TrainingLevel l)
{
    return QCoreApplication::translate("tp::CreditRules", kLevels.at(size_t(l)).label);
}

std::optional<TrainingLevel> trainingLevelFromText(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto byName = trainingLevelFromName(text))
        return byName;
    // Order matters: 区县级 before 县; 省市 wording names the higher level first.
    if (text.contains(QStringLiteral("国家")) || text.contains(QStringLiteral("国培"))
        || text.contains(QStringLiteral("部级")))
        return TrainingLevel::National;
    if (text.contains(QStringLiteral("省")))
        return TrainingLevel::Provincial;
    if (text.contains(QStringLiteral("市")) && !text.contains(QStringLiteral("区"))
        && !text.contains(QStringLiteral("县")))
        return TrainingLevel::Municipal;
    if (text.contains(QStringLiteral("区")) || text.contains(QStringLiteral("县")))
        return TrainingLevel::County;
    if (text.contains(QStringLiteral("校")))
        return TrainingLevel::School;
    return std::nullopt;
}

QString trainingKindName(TrainingKind k)
{
    return QString::fromLatin1(kKinds.at(size_t(k)).name);
}

std::optional<TrainingKind> trainingKindFromName(const QString& name)
{
    for (const auto& info : kKinds)
        if (name == QLatin1String(info.name))
            return info.kind;
    return std::nullopt;
}

QString trainingKindLabel(TrainingKind k)
{
    return QCoreApplication::translate("tp::CreditRules", kKinds.at(size_t(k)).label);
}

std::optional<TrainingKind> trainingKindFromText(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto byName = trainingKindFromName(text))
        return byName;
    if (text.contains(QStringLiteral("校本")))
        return TrainingKind::SchoolBased;
    for (const char16_t* online : { u"网络", u"线上", u"远程", u"在线", u"网上" })
        if (text.contains(QString::fromUtf16(online)))
            return TrainingKind::Online;
    for (const char16_t* practice : { u"实践", u"跟岗", u"教研", u"科研", u"观摩", u"送教" })
        if (text.contains(QString::fromUtf16(practice)))
            return TrainingKind::Practice;
    for (const char16_t* centralized : { u"集中", u"面授", u"线下", u"脱产", u"外出" })
        if (text.contains(QString::fromUtf16(centralized)))
            return TrainingKind::Centralized;
    return std::nullopt;
}

QString creditMeasureName(CreditMeasure m)
{
    return m == CreditMeasure::Credits ? QStringLiteral("credits") : QStringLiteral("hours");
}

QString creditMeasureLabel(CreditMeasure m)
{
    return m == CreditMeasure::Credits ? Text::tr("学分") : Text::tr("学时");
}

QString sourceKindName(SourceKind k)
{
    return QString::fromLatin1(kSourceKinds.at(size_t(k)).name);
}

std::optional<SourceKind> sourceKindFromName(const QString& name)
{
    for (const auto& info : kSourceKinds)
        if (name == QLatin1String(info.name))
            return info.kind;
    return std::nullopt;
}

QString sourceKindLabel(SourceKind k)
{
    return QCoreApplication::translate("tp::CreditRules", kSourceKinds.at(size_t(k)).label);
}

QString RuleSource::describe() const
{
    const QString where = article.isEmpty() ? document : Text::tr("%1 %2").arg(document, article);
    const QString quoted = quote.isEmpty() ? where : Text::tr("%1：「%2」").arg(where, quote);
    const QString noted = note.isEmpty() ? QString() : Text::tr("（%1）").arg(note);
    switch (kind) {
    case SourceKind::Published:
        return quoted + noted;
    case SourceKind::Borrowed:
        return Text::tr("借用 %1").arg(quoted) + noted;
    case SourceKind::Assumed:
        return note.isEmpty() ? Text::tr("推定（出处未说明）") : Text::tr("推定：%1").arg(note);
    case SourceKind::Unpublished:
        return note.isEmpty() ? Text::tr("未公布") : Text::tr("未公布：%1").arg(note);
    }
    return QString();
}

RuleSource RuleSource::published(
    const QString& document, const QString& article, const QString& quote, const QString& note)
{
    return { SourceKind::Published, document, article, quote, note };
}

RuleSource RuleSource::borrowed(
    const QString& document, const QString& article, const QString& quote, const QString& note)
{
    return { SourceKind::Borrowed, document, article, quote, note };
}

RuleSource RuleSource::assumed(const QString& note)
{
    return { SourceKind::Assumed, QString(), QString(), QString(), note };
}

RuleSource RuleSource::unpublished(const QString& note)
{
    return { SourceKind::Unpublished, QString(), QString(), QString(), note };
}

bool CreditRequirement::matches(TrainingLevel level, TrainingKind kind, const QString& category) const
{
    if (byCategory())
        return categories.contains(category);
    return (levels.isEmpty() || levels.contains(level)) && (kinds.isEmpty() || kinds.contains(kind));
}

double CreditConversion::creditsFor(double hours) const
{
    if (creditsPerHour > 0)
        return hours * creditsPerHour;
    if (hoursPerCredit > 0)
        return hours / hoursPerCredit;
    return 0;
}

double CreditConversion::hoursFor(double credits) const
{
    if (creditsPerHour > 0)
        return credits / creditsPerHour;
    if (hoursPerCredit > 0)
        return credits * hoursPerCredit;
    return 0;
}

QString CreditConversion::rateText() const
{
    if (!usable())
        return sourceKindLabel(SourceKind::Unpublished);
    if (creditsPerHour > 0)
        return Text::tr("每学时 %1 学分").arg(formatNumber(creditsPerHour));
    return Text::tr("%1 学时折合 1 学分").arg(formatNumber(hoursPerCredit));
}

QString CreditConversion::scopeText() const
{
    if (!kind && !level)
        return Text::tr("各类培训");
    QStringList parts;
    if (kind)
        parts << trainingKindLabel(*kind);
    if (level)
        parts << trainingLevelLabel(*level);
    return parts.join(QStringLiteral("·"));
}

QString absenceComparisonName(AbsenceComparison c)
{
    return c == AbsenceComparison::Reaching ? QStringLiteral("reaching") : QStringLiteral("exceeding");
}

QString absenceComparisonLabel(AbsenceComparison c)
{
    return c == AbsenceComparison::Reaching ? Text::tr("达到") : Text::tr("超过");
}

int CreditRules::cycleStartOf(int year) const
{
    const int length = std::max(1, cycleYears);
    const int offset = year - cycleFirstYear;
    // Floor division, so years before the first cycle belong to the cycles before it.
    const int k = offset >= 0 ? offset / length : -((-offset + length - 1) / length);
    return cycleFirstYear + k * length;
}

std::optional<CreditConversion> CreditRules::conversionFor(TrainingKind kind, TrainingLevel level) const
{
    const CreditConversion* best = nullptr;
    int bestScore = -1;
    for (const CreditConversion& c : conversions) {
        if ((c.kind && *c.kind != kind) || (c.level && *c.level != level))
            continue;
        const int score = (c.kind ? 2 : 0) + (c.level ? 1 : 0);
        if (score > bestScore) {
            best = &c;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

bool CreditRules::absenceVoids(double missedShare) const
{
    if (!hasAbsenceRule())
        return false;
    // Shares are quotients of hours: compare with a tolerance, so 8 of 40 hours is exactly a fifth.
    constexpr double epsilon = 1e-9;
    return absenceComparison == AbsenceComparison::Reaching ? missedShare + epsilon >= voidMissedShare
                                                            : missedShare > voidMissedShare + epsilon;
}

QString CreditRules::absenceShareText() const
{
    return shareText(voidMissedShare);
}

bool CreditRules::needsYearlyTotals() const
{
    return std::any_of(requirements.begin(), requirements.end(),
        [](const CreditRequirement& r) { return (r.period == CreditPeriod::Year && r.judged()) || r.hasYearlyCap(); });
}

const CreditRequirement* CreditRules::requirement(const QString& id) const
{
    for (const CreditRequirement& r : requirements)
        if (r.id == id)
            return &r;
    return nullptr;
}

QList<RuleNumber> CreditRules::numbers() const
{
    QList<RuleNumber> list;
    auto add = [&](const QString& key, const QString& label, std::optional<double> value, const QString& valueText,
                   const RuleSource& source) {
        const bool usable = source.usable();
        list << RuleNumber { key, label, usable ? value : std::nullopt,
            usable ? valueText : sourceKindLabel(SourceKind::Unpublished), source };
    };
    add(QStringLiteral("cycle.first_year"), Text::tr("周期起始年"), cycleFirstYear,
        Text::tr("%1 年").arg(cycleFirstYear), cycleFirstYearSource);
    add(QStringLiteral("cycle.years"), Text::tr("周期年数"), cycleYears, Text::tr("%1 年").arg(cycleYears),
        cycleYearsSource);
    for (const CreditRequirement& r : requirements) {
        const QString label = r.period == CreditPeriod::Year ? Text::tr("%1（每年）").arg(r.label) : r.label;
        add(QStringLiteral("requirement.%1.minimum").arg(r.id), Text::tr("%1 最低要求").arg(label), r.minimum,
            amountText(r.minimum, r.measure), r.minimumSource);
        if (r.yearlyCap || r.yearlyCapSource.kind != SourceKind::Unpublished || !r.yearlyCapSource.note.isEmpty())
            add(QStringLiteral("requirement.%1.yearly_cap").arg(r.id), Text::tr("%1 每年最高计").arg(r.label),
                r.yearlyCap, amountText(r.yearlyCap.value_or(0), r.measure), r.yearlyCapSource);
    }
    for (qsizetype i = 0; i < overflows.size(); ++i) {
        const CreditOverflow& o = overflows.at(i);
        const CreditRequirement* from = requirement(o.from);
        const CreditRequirement* to = requirement(o.to);
        add(QStringLiteral("overflow.%1").arg(i),
            Text::tr("%1 超出部分冲抵 %2").arg(from ? from->label : o.from, to ? to->label : o.to), std::nullopt,
            Text::tr("可冲抵"), o.source);
    }
    add(QStringLiteral("hours_per_day"), Text::tr("每天计学时"), hoursPerDay,
        Text::tr("%1 学时").arg(formatNumber(hoursPerDay)), hoursPerDaySource);
    for (qsizetype i = 0; i < conversions.size(); ++i) {
        const CreditConversion& c = conversions.at(i);
        std::optional<double> value;
        if (c.creditsPerHour > 0)
            value = c.creditsPerHour;
        else if (c.hoursPerCredit > 0)
            value = c.hoursPerCredit;
        add(QStringLiteral("conversion.%1").arg(i), Text::tr("%1 学时→学分").arg(c.scopeText()), value, c.rateText(),
            c.source);
    }
    add(QStringLiteral("absence.share"), Text::tr("缺课不计学分的比例"), voidMissedShare,
        Text::tr("%1（%2即不计学分）").arg(absenceShareText(), absenceComparisonLabel(absenceComparison)),
        absenceSource);
    return list;
}

QStringList CreditRules::sourceLines() const
{
    QStringList lines;
    for (const RuleNumber& n : numbers()) {
        if (n.source.usable())
            lines << Text::tr("%1 %2：%3").arg(n.label, n.valueText, n.source.describe());
        else
            lines << Text::tr("%1：%2，不据此判定或折算").arg(n.label, n.source.describe());
    }
    return lines;
}

QStringList CreditRules::requirementSources() const
{
    // Items ("总学分不少于120学分") grouped by the document they come from, in order of first appearance; the
    // articles of one document listed once.
    struct Group {
        RuleSource source;
        QStringList items;
        QStringList articles;
    };
    QList<Group> groups;
    auto add = [&](const QString& item, const RuleSource& source) {
        for (Group& g : groups)
            if (g.source.kind == source.kind && g.source.document == source.document
                && (source.kind != SourceKind::Assumed || g.source.note == source.note)) {
                g.items << item;
                if (!source.article.isEmpty() && !g.articles.contains(source.article))
                    g.articles << source.article;
                return;
            }
        groups << Group { source, { item }, source.article.isEmpty() ? QStringList() : QStringList { source.article } };
    };
    QStringList unjudged;
    if (cycleFirstYearSource.kind == SourceKind::Assumed || cycleFirstYearSource.kind == SourceKind::Borrowed)
        add(Text::tr("培训周期自 %1 年起").arg(cycleFirstYear), cycleFirstYearSource);
    if (cycleYearsSource.kind == SourceKind::Assumed || cycleYearsSource.kind == SourceKind::Borrowed)
        add(Text::tr("每 %1 年为一个周期").arg(cycleYears), cycleYearsSource);
    for (const CreditRequirement& r : requirements) {
        const QString label = r.period == CreditPeriod::Year ? Text::tr("%1（每年）").arg(r.label) : r.label;
        if (!r.judged()) {
            unjudged << Text::tr("%1：最低要求未公布，不据此判定").arg(label);
            continue;
        }
        QString item = Text::tr("%1不少于%2%3").arg(label, formatNumber(r.minimum), creditMeasureLabel(r.measure));
        const bool capFromSameDocument = r.hasYearlyCap() && r.yearlyCapSource.document == r.minimumSource.document
            && r.yearlyCapSource.kind == r.minimumSource.kind;
        if (capFromSameDocument)
            item += Text::tr("（每年最高计%1%2）").arg(formatNumber(*r.yearlyCap), creditMeasureLabel(r.measure));
        add(item, r.minimumSource);
        if (r.hasYearlyCap() && !capFromSameDocument)
            add(Text::tr("%1每年最高计%2%3").arg(r.label, formatNumber(*r.yearlyCap), creditMeasureLabel(r.measure)),
                r.yearlyCapSource);
    }
    for (const CreditOverflow& o : overflows) {
        const CreditRequirement* from = requirement(o.from);
        const CreditRequirement* to = requirement(o.to);
        if (from && to && o.source.usable())
            add(Text::tr("%1超出部分可冲抵%2").arg(from->label, to->label), o.source);
    }
    QStringList lines;
    for (const Group& g : std::as_const(groups)) {
        const QString items = g.items.join(QStringLiteral("，"));
        const QString where = g.articles.isEmpty()
            ? g.source.document
            : Text::tr("%1 %2").arg(g.source.document, g.articles.join(QStringLiteral("、")));
        switch (g.source.kind) {
        case SourceKind::Published:
            lines << Text::tr("%1：%2").arg(items, where);
            break;
        case SourceKind::Borrowed:
            lines << Text::tr("%1：借用%2").arg(items, where);
            break;
        case SourceKind::Assumed:
            lines << Text::tr("%1：推定（%2）").arg(items, g.source.note);
            break;
        case SourceKind::Unpublished:
            break;
        }
    }
    return lines + unjudged;
}

QStringList CreditRules::problems() const
{
    QStringList list;
    for (const RuleNumber& n : numbers()) {
        switch (n.source.kind) {
        case SourceKind::Published:
        case SourceKind::Borrowed:
            if (n.source.document.trimmed().isEmpty())
                list << Text::tr("%1：须写明出处文件（文件名称、条款）").arg(n.label);
            break;
        case SourceKind::Assumed:
            if (n.source.note.trimmed().isEmpty())
                list << Text::tr("%1：推定的数须说明理由").arg(n.label);
            break;
        case SourceKind::Unpublished:
            break;
        }
    }
    if (!cycleFirstYearSource.usable() || !cycleYearsSource.usable())
        list << Text::tr("周期的起始年和年数不能是未公布（没有出处时标为推定并说明）");
    if (cycleYears < 1 || cycleYears > 20)
        list << Text::tr("周期年数 %1 应在 1 到 20 之间").arg(cycleYears);
    if (hoursPerDaySource.usable() && (hoursPerDay <= 0 || hoursPerDay > 24))
        list << Text::tr("每天计学时 %1 应大于 0、不超过 24").arg(formatNumber(hoursPerDay));
    if (absenceSource.usable() && (voidMissedShare <= 0 || voidMissedShare > 1))
        list << Text::tr("缺课比例 %1 应大于 0、不超过 1").arg(formatNumber(voidMissedShare));
    for (const CreditConversion& c : conversions)
        if (c.source.usable() && (c.hoursPerCredit > 0) == (c.creditsPerHour > 0))
            list << Text::tr("%1 学时→学分：须且只须填写“几学时折合1学分”或“每学时几学分”之一").arg(c.scopeText());
    QStringList seen;
    for (const CreditRequirement& r : requirements) {
        const QString key = r.id + QLatin1Char('/') + QString::number(int(r.period));
        if (r.id.trimmed().isEmpty())
            list << Text::tr("要求「%1」没有编号").arg(r.label);
        else if (seen.contains(key))
            list << Text::tr("要求编号 %1 重复").arg(r.id);
        seen << key;
        if (r.judged() && r.minimum < 0)
            list << Text::tr("%1：最低要求不能为负").arg(r.label);
        if (r.hasYearlyCap() && *r.yearlyCap < 0)
            list << Text::tr("%1：每年最高计不能为负").arg(r.label);
        for (const QString& c : r.categories)
            if (!categories.contains(c))
                list << Text::tr("%1：课程类别「%2」不在本规则集的类别中").arg(r.label, c);
        if (r.byCategory() && r.yearlyCap)
            list << Text::tr("%1：按课程类别的要求不支持每年最高计").arg(r.label);
    }
    for (const CreditOverflow& o : overflows) {
        const CreditRequirement* from = requirement(o.from);
        const CreditRequirement* to = requirement(o.to);
        if (!from || !to || o.from == o.to)
            list << Text::tr("冲抵 %1 → %2：须是本规则集中两项不同的要求").arg(o.from, o.to);
        else if (from->period != CreditPeriod::Cycle || to->period != CreditPeriod::Cycle)
            list << Text::tr("冲抵 %1 → %2：只支持周期要求之间的冲抵").arg(o.from, o.to);
    }
    return list;
}

QList<CreditRules> creditRulePresets()
{
    QList<CreditRules> list;
    {
        // seeds 000: 梁平区2021年教师教育工作要点.
        const QString doc = Text::tr("重庆市梁平区教育委员会《2021年教师教育工作要点》（2021年5月12日印发）");
        CreditRules r;
        r.id = QStringLiteral("liangping-2021");
        r.name = Text::tr("梁平 2021");
        r.source = doc;
        r.cycleFirstYear = 2021;
        r.cycleFirstYearSource = RuleSource::published(doc, Text::tr("前言"),
            Text::tr("顺利推进我区教师教育第十四个五年规划任务"), Text::tr("第十四个五年规划时期为2021—2025年"));
        r.cycleYears = 5;
        r.cycleYearsSource = RuleSource::published(
            doc, Text::tr("一、（二）1"), Text::tr("确保五年周期内专业技术人员区级及以上集中培训达到20学分"));
        r.hoursPerDaySource = hoursPerDayUnpublished();
        r.conversions = { notPublished(RuleSource::unpublished(Text::tr(
            "工作要点只要求完善《梁平区中小学教师培训学分管理制度》（含“学分合理转换”），没有写出换算标准"))) };
        borrowWuhanAbsenceRule(r);
        r.requirements = { requirement("R-CREDIT-DISTRICT", Text::tr("区县级及以上集中培训"), 20,
            RuleSource::published(
                doc, Text::tr("一、（二）1"), Text::tr("确保五年周期内专业技术人员区级及以上集中培训达到20学分")),
            kCountyAndAbove, { TrainingKind::Centralized }) };
        list << r;
    }
    {
        // seeds 001: 云阳县教育委员会 实施意见 §三(六).
        const QString doc
            = Text::tr("云阳县教育委员会《关于“十四五”时期加强教师培训促进教师专业发展的实施意见》（2021年）");
        const QString quote = Text::tr("确保全体在职中小学教师和管理干部在每五年培训周期内,累计修满不少于120学分的"
                                       "培训课程,其中参加县级及以上集中研修须修不少于20学分");
        CreditRules r;
        r.id = QStringLiteral("yunyang");
        r.name = Text::tr("云阳");
        r.source = doc;
        r.cycleFirstYear = 2021;
        r.cycleFirstYearSource
            = RuleSource::published(doc, Text::tr("二、目标任务"), Text::tr("2021年到2025年,用五年左右的时间"));
        r.cycleYears = 5;
        r.cycleYearsSource = RuleSource::published(doc, Text::tr("三、（六）"), quote);
        r.hoursPerDaySource = hoursPerDayUnpublished();
        r.conversions = { notPublished(RuleSource::unpublished(Text::tr("实施意见没有规定学时与学分的换算"))) };
        borrowWuhanAbsenceRule(r);
        r.requirements = {
            requirement(
                "R-CREDIT-TOTAL", Text::tr("总学分"), 120, RuleSource::published(doc, Text::tr("三、（六）"), quote)),
            requirement("R-CREDIT-DISTRICT", Text::tr("县级及以上集中研修"), 20,
                RuleSource::published(doc, Text::tr("三、（六）"), quote), kCountyAndAbove,
                { TrainingKind::Centralized }),
            // 凡年度教师培训未达学分最低要求者,当年度继续教育为不合格 — the number is not given.
            requirement("R-CREDIT-ANNUAL", Text::tr("年度学分"), 0,
                RuleSource::unpublished(Text::tr("三、（六）只说“凡年度教师培训未达学分最低要求者,当年度继续教育为"
                                                 "不合格”，没有公布最低学分数；区县填写后才据此判定")),
                {}, {}, CreditPeriod::Year),
        };
        list << r;
    }
    {
        // ../shared/reference/credit-rules.md §3, §4 (上海 "十四五", a school site's repost).
        const QString doc = Text::tr("上海市“十四五”中小学教师培训学分要求（学校网站转载）");
        const QString categoriesQuote = Text::tr(
            "其中师德素养课程不少于8学分、知识技能课程不少于10学分、实践体验课程不少于14学分、自主研修课程4学分。");
        CreditRules r;
        r.id = QStringLiteral("shanghai-14");
        r.name = Text::tr("上海 十四五");
        r.source = doc;
        r.cycleFirstYear = 2021;
        r.cycleFirstYearSource
            = RuleSource::published(doc, QString(), Text::tr("“十四五”"), Text::tr("“十四五”时期为2021—2025年"));
        r.cycleYears = 5;
        r.cycleYearsSource = RuleSource::published(doc, QString(), Text::tr("五年内累计培训学习不少于36学分"));
        r.hoursPerDaySource = hoursPerDayUnpublished();
        r.conversions = { notPublished(
            RuleSource::unpublished(Text::tr("转载的文字没有学时与学分的换算（“10学时折合1学分”是北京的规定）"))) };
        borrowWuhanAbsenceRule(r);
        r.categories = { Text::tr("师德素养"), Text::tr("知识技能"), Text::tr("实践体验"), Text::tr("自主研修") };
        r.requirements = {
            requirement("R-CREDIT-TOTAL", Text::tr("总学分"), 36,
                RuleSource::published(doc, QString(), Text::tr("五年内累计培训学习不少于36学分"))),
            // Only 市级 as the text says; whether 国家级 trainings count as 市级 here the text does not say.
            requirement("R-CREDIT-MUNICIPAL", Text::tr("市级培训"), 7,
                RuleSource::published(doc, QString(), Text::tr("参加市级培训不少于7学分"),
                    Text::tr("原文未说明国家级培训是否计入市级，本预设只计市级")),
                { TrainingLevel::Municipal }),
            requirement("R-CREDIT-DISTRICT", Text::tr("区级培训"), 10,
                RuleSource::published(doc, QString(), Text::tr("参加区级培训不少于10学分")), { TrainingLevel::County }),
            requirement("R-CREDIT-SCHOOL", Text::tr("校本研修"), 15,
                RuleSource::published(doc, QString(), Text::tr("参加校本研修不少于15学分")), {},
                { TrainingKind::SchoolBased }),
            categoryRequirement("R-CREDIT-CAT-ETHICS", Text::tr("师德素养"), Text::tr("师德素养课程"), 8,
                RuleSource::published(doc, QString(), categoriesQuote)),
            categoryRequirement("R-CREDIT-CAT-SKILLS", Text::tr("知识技能"), Text::tr("知识技能课程"), 10,
                RuleSource::published(doc, QString(), categoriesQuote)),
            categoryRequirement("R-CREDIT-CAT-PRACTICE", Text::tr("实践体验"), Text::tr("实践体验课程"), 14,
                RuleSource::published(doc, QString(), categoriesQuote)),
            categoryRequirement("R-CREDIT-CAT-SELF", Text::tr("自主研修"), Text::tr("自主研修课程"), 4,
                RuleSource::published(doc, QString(), categoriesQuote,
                    Text::tr("原文为“自主研修课程4学分”，没有“不少于”：按至少4学分判定；超出部分是否计入，"
                             "原文未说明"))),
        };
        setAddress(r, doc, QStringLiteral("https://yacz.chneic.sh.cn/WebSite.Net/Web/ShowDetail.aspx?ArtID=25198"));
        list << r;
    }
    {
        // ../shared/reference/credit-rules.md §2, §4, §6 (陕西 2018, 三秦都市报).
        const QString doc = Text::tr("《陕西省中小学教师培训学分认定和管理办法》（2018年，三秦都市报报道）");
        const QString components = Text::tr("其中,集中培训必修30学分,远程培训选修40学分,校本研修必修50学分(每位教师"
                                            "每年校本研修最高计10学分)。");
        const QString rates = Text::tr("国家级、省级、市级、县级集中培训,以每1个学时,按照国家级0.5学分、省级培训0.4"
                                       "学分、市级0.3学分、县级0.2学分四个层次标准换算。");
        const QString online = Text::tr("远程培训参照集中培训的相应层次,由教育行政主管部门指定的网络培训机构和培训承办"
                                        "单位依据项目学时规定,在网络平台自动生成学分。");
        CreditRules r;
        r.id = QStringLiteral("shaanxi-2018");
        r.name = Text::tr("陕西 2018");
        r.source = doc;
        r.cycleFirstYear = 2018;
        r.cycleFirstYearSource = RuleSource::assumed(
            Text::tr("办法于2018年公布，转载的文字没有写第一个周期从哪一年开始，按2018年推定；请按省里的通知改正"));
        r.cycleYears = 5;
        r.cycleYearsSource = RuleSource::published(doc, QString(), Text::tr("每五年内须完成累积不少于120学分"));
        r.hoursPerDaySource = hoursPerDayUnpublished();
        using K = TrainingKind;
        using L = TrainingLevel;
        const struct {
            L level;
            double credits;
        } byLevel[] = { { L::National, 0.5 }, { L::Provincial, 0.4 }, { L::Municipal, 0.3 }, { L::County, 0.2 } };
        for (const auto& l : byLevel) {
            r.conversions << perHour(l.credits, RuleSource::published(doc, QString(), rates), K::Centralized, l.level);
            r.conversions << perHour(l.credits, RuleSource::published(doc, QString(), online), K::Online, l.level);
        }
        r.conversions << notPublished(
            RuleSource::unpublished(Text::tr("办法只列国家级、省级、市级、县级四个层次")), K::Centralized, L::School);
        r.conversions << notPublished(
            RuleSource::unpublished(Text::tr("办法只列国家级、省级、市级、县级四个层次")), K::Online, L::School);
        r.conversions << notPublished(RuleSource::unpublished(Text::tr("“校本研修由各校具体组织实施,学分具体换算由各"
                                                                       "地市自主研制标准”：由所在市填写")),
            K::SchoolBased);
        r.conversions << notPublished(RuleSource::unpublished(Text::tr("办法没有实践类培训的换算")));
        borrowWuhanAbsenceRule(r);
        CreditRequirement school = requirement("R-CREDIT-SCHOOL", Text::tr("校本研修"), 50,
            RuleSource::published(doc, QString(), components), {}, { K::SchoolBased });
        school.yearlyCap = 10;
        school.yearlyCapSource = RuleSource::published(doc, QString(), components);
        r.requirements = {
            requirement("R-CREDIT-TOTAL", Text::tr("总学分"), 120,
                RuleSource::published(doc, QString(), Text::tr("每五年内须完成累积不少于120学分"))),
            requirement("R-CREDIT-CENTRALIZED", Text::tr("集中培训"), 30,
                RuleSource::published(doc, QString(), components), {}, { K::Centralized }),
            requirement("R-CREDIT-ONLINE", Text::tr("远程培训"), 40, RuleSource::published(doc, QString(), components),
                {}, { K::Online }),
            school,
        };
        r.overflows = { { QStringLiteral("R-CREDIT-CENTRALIZED"), QStringLiteral("R-CREDIT-ONLINE"),
            RuleSource::published(doc, QString(),
                Text::tr(
                    "教师每五年一个培训周期内,修满集中培训学分,实际超出部分可冲抵远程培训学分,不可冲抵校本研修学分。"
                    "远程培训和校本研修修满学分,超出部分均不可相互冲抵或冲抵集中培训学分。")) } };
        setAddress(r, doc, QStringLiteral("http://www.edu-nw.com/html/2018/zixun_0319/23946.html"));
        list << r;
    }
    {
        // ../shared/reference/credit-rules.md §2, §3 (北京 "十三五", news repost in traditional characters).
        const QString doc = Text::tr("《北京市“十三五”时期中小学教师培训学分管理办法》（新闻转载）");
        const QString rates
            = Text::tr("各類培訓原則上按10學時折合1學分計算,實踐類課程、教研、科研、研討交流、觀摩診斷、"
                       "追蹤指導、網絡學習、校本研修等原則上按20學時折合1學分計算。");
        const QString total = Text::tr("所有中小學教師在5年內必須完成累積不少于36學分或特定要求學分的培訓。");
        CreditRules r;
        r.id = QStringLiteral("beijing-13");
        r.name = Text::tr("北京 十三五");
        r.source = doc;
        r.cycleFirstYear = 2016;
        r.cycleFirstYearSource
            = RuleSource::published(doc, QString(), Text::tr("“十三五”时期"), Text::tr("“十三五”时期为2016—2020年"));
        r.cycleYears = 5;
        r.cycleYearsSource = RuleSource::published(doc, QString(), total);
        r.hoursPerDaySource = hoursPerDayUnpublished();
        r.conversions = { perCredit(10, RuleSource::published(doc, QString(), rates)),
            perCredit(20, RuleSource::published(doc, QString(), rates), TrainingKind::Practice),
            perCredit(20, RuleSource::published(doc, QString(), rates), TrainingKind::Online),
            perCredit(20, RuleSource::published(doc, QString(), rates), TrainingKind::SchoolBased) };
        borrowWuhanAbsenceRule(r);
        r.requirements
            = { requirement("R-CREDIT-TOTAL", Text::tr("总学分"), 36, RuleSource::published(doc, QString(), total)) };
        setAddress(r, doc, QStringLiteral("http://www.handmsg.com/page/2017/0429/25992919.shtml"));
        list << r;
    }
    {
        // ../shared/reference/credit-rules.md §3, §5 (山东 鲁教师发〔2015〕3号, official 解读, repost).
        const QString doc = Text::tr("《山东省中小学教师继续教育学分管理办法》（鲁教师发〔2015〕3号）解读（转载）");
        const QString quote = Text::tr("须完成不少于360学分且每年不少于48学分");
        CreditRules r;
        r.id = QStringLiteral("shandong-2015");
        r.name = Text::tr("山东 2015");
        r.source = doc;
        r.cycleFirstYear = 2016;
        r.cycleFirstYearSource = RuleSource::assumed(
            Text::tr("解读没有写周期从哪一年开始，按“十三五”时期（2016年起）推定；请按省里的通知改正"));
        r.cycleYears = 5;
        r.cycleYearsSource
            = RuleSource::borrowed(Text::tr("教育部《中小学教师继续教育规定》（教育部令第7号，问答网站转引）"),
                QString(), Text::tr("中小学教师继续教育原则上每五年为一个培训周期。"),
                Text::tr("山东的解读只说“每周期”，没有写周期年数"));
        r.cycleYearsSource.address = QStringLiteral("http://hbrsks.net/px/?id=232968");
        r.hoursPerDaySource = hoursPerDayUnpublished();
        r.conversions = { notPublished(RuleSource::unpublished(
            Text::tr("解读没有学时与学分的换算（“1学时计1学分”是贵州省的规定；新任教师“120学时…记72学分”是一次性"
                     "认定，不是换算标准）"))) };
        borrowWuhanAbsenceRule(r);
        r.requirements = {
            requirement("R-CREDIT-TOTAL", Text::tr("总学分"), 360, RuleSource::published(doc, QString(), quote)),
            requirement("R-CREDIT-ANNUAL", Text::tr("年度学分"), 48, RuleSource::published(doc, QString(), quote), {},
                {}, CreditPeriod::Year),
        };
        setAddress(r, doc, QStringLiteral("https://xueke.org/wenku/8886.html"));
        list << r;
    }
    return list;
}

CreditRules creditRulePreset(const QString& id)
{
    const QList<CreditRules> presets = creditRulePresets();
    for (const CreditRules& r : presets)
        if (r.id == id)
            return r;
    return presets.first();
}

QJsonObject creditRulesToJson(const CreditRules& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("source"), r.source);
    if (!r.basedOn.isEmpty())
        o.insert(QStringLiteral("based_on"), r.basedOn);
    o.insert(QStringLiteral("cycle"),
        QJsonObject { { QStringLiteral("first_year"), numberJson(r.cycleFirstYear, r.cycleFirstYearSource) },
            { QStringLiteral("years"), numberJson(r.cycleYears, r.cycleYearsSource) } });
    o.insert(QStringLiteral("hours_per_day"), numberJson(r.hoursPerDay, r.hoursPerDaySource));
    QJsonObject absence = numberJson(r.voidMissedShare, r.absenceSource);
    absence.insert(QStringLiteral("comparison"), absenceComparisonName(r.absenceComparison));
    o.insert(QStringLiteral("absence"), absence);
    QJsonArray conversions;
    for (const CreditConversion& c : r.conversions) {
        QJsonObject line { { QStringLiteral("source"), sourceJson(c.source) } };
        if (c.kind)
            line.insert(QStringLiteral("kind"), trainingKindName(*c.kind));
        if (c.level)
            line.insert(QStringLiteral("level"), trainingLevelName(*c.level));
        if (c.hoursPerCredit > 0)
            line.insert(QStringLiteral("hours_per_credit"), c.hoursPerCredit);
        if (c.creditsPerHour > 0)
            line.insert(QStringLiteral("credits_per_hour"), c.creditsPerHour);
        conversions.append(line);
    }
    o.insert(QStringLiteral("conversions"), conversions);
    QJsonArray requirements;
    for (const CreditRequirement& q : r.requirements) {
        QJsonObject req { { QStringLiteral("id"), q.id }, { QStringLiteral("label"), q.label },
            { QStringLiteral("measure"), creditMeasureName(q.measure) },
            { QStringLiteral("period"),
                q.period == CreditPeriod::Year ? QStringLiteral("year") : QStringLiteral("cycle") },
            { QStringLiteral("minimum"), numberJson(q.minimum, q.minimumSource) },
            { QStringLiteral("levels"), levelsJson(q.levels) }, { QStringLiteral("kinds"), kindsJson(q.kinds) },
            { QStringLiteral("categories"), QJsonArray::fromStringList(q.categories) } };
        if (q.yearlyCap || q.yearlyCapSource != RuleSource())
            req.insert(QStringLiteral("yearly_cap"), numberJson(q.yearlyCap.value_or(0), q.yearlyCapSource));
        requirements.append(req);
    }
    o.insert(QStringLiteral("requirements"), requirements);
    QJsonArray overflows;
    for (const CreditOverflow& f : r.overflows)
        overflows.append(QJsonObject { { QStringLiteral("from"), f.from }, { QStringLiteral("to"), f.to },
            { QStringLiteral("source"), sourceJson(f.source) } });
    o.insert(QStringLiteral("overflows"), overflows);
    o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(r.categories));
    return o;
}

Result<CreditRules> creditRulesFromJson(const QJsonObject& o)
{
    JsonReader in;
    CreditRules r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.source = o.value(QStringLiteral("source")).toString();
    r.basedOn = o.value(QStringLiteral("based_on")).toString();
    if (r.name.trimmed().isEmpty())
        in.fail(QStringLiteral("name"), Text::tr("缺少规则集名称"));
    const QJsonObject cycle = o.value(QStringLiteral("cycle")).toObject();
    auto [first, firstSource]
        = in.number(cycle.value(QStringLiteral("first_year")), QStringLiteral("cycle.first_year"));
    r.cycleFirstYear = int(first);
    r.cycleFirstYearSource = firstSource;
    auto [years, yearsSource] = in.number(cycle.value(QStringLiteral("years")), QStringLiteral("cycle.years"));
    r.cycleYears = int(years);
    r.cycleYearsSource = yearsSource;
    std::tie(r.hoursPerDay, r.hoursPerDaySource)
        = in.number(o.value(QStringLiteral("hours_per_day")), QStringLiteral("hours_per_day"));
    const QJsonObject absence = o.value(QStringLiteral("absence")).toObject();
    std::tie(r.voidMissedShare, r.absenceSource) = in.number(absence, QStringLiteral("absence"));
    r.absenceComparison = absence.value(QStringLiteral("comparison")).toString() == QStringLiteral("exceeding")
        ? AbsenceComparison::Exceeding
        : AbsenceComparison::Reaching;
    const QJsonArray conversions = o.value(QStringLiteral("conversions")).toArray();
    for (qsizetype i = 0; i < conversions.size(); ++i) {
        const QJsonObject line = conversions.at(i).toObject();
        const QString path = QStringLiteral("conversions[%1]").arg(i);
        CreditConversion c;
        if (line.contains(QStringLiteral("kind"))) {
            c.kind = trainingKindFromName(line.value(QStringLiteral("kind")).toString());
            if (!c.kind)
                in.fail(path + QStringLiteral(".kind"), Text::tr("未知的培训类型"));
        }
        if (line.contains(QStringLiteral("level"))) {
            c.level = trainingLevelFromName(line.value(QStringLiteral("level")).toString());
            if (!c.level)
                in.fail(path + QStringLiteral(".level"), Text::tr("未知的级别"));
        }
        c.hoursPerCredit = line.value(QStringLiteral("hours_per_credit")).toDouble();
        c.creditsPerHour = line.value(QStringLiteral("credits_per_hour")).toDouble();
        c.source = in.source(line.value(QStringLiteral("source")), path + QStringLiteral(".source"));
        r.conversions << c;
    }
    const QJsonArray requirements = o.value(QStringLiteral("requirements")).toArray();
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const QJsonObject req = requirements.at(i).toObject();
        const QString path = QStringLiteral("requirements[%1]").arg(i);
        CreditRequirement q;
        q.id = req.value(QStringLiteral("id")).toString();
        q.label = req.value(QStringLiteral("label")).toString();
        q.measure = req.value(QStringLiteral("measure")).toString() == QStringLiteral("hours") ? CreditMeasure::Hours
                                                                                               : CreditMeasure::Credits;
        q.period = req.value(QStringLiteral("period")).toString() == QStringLiteral("year") ? CreditPeriod::Year
                                                                                            : CreditPeriod::Cycle;
        std::tie(q.minimum, q.minimumSource)
            = in.number(req.value(QStringLiteral("minimum")), path + QStringLiteral(".minimum"));
        if (req.contains(QStringLiteral("yearly_cap"))) {
            auto [cap, capSource]
                = in.number(req.value(QStringLiteral("yearly_cap")), path + QStringLiteral(".yearly_cap"));
            q.yearlyCapSource = capSource;
            if (capSource.usable())
                q.yearlyCap = cap;
        }
        q.levels = in.levels(req.value(QStringLiteral("levels")), path + QStringLiteral(".levels"));
        q.kinds = in.kinds(req.value(QStringLiteral("kinds")), path + QStringLiteral(".kinds"));
        for (const QJsonValue& c : req.value(QStringLiteral("categories")).toArray())
            q.categories << c.toString();
        r.requirements << q;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("overflows")).toArray()) {
        const QJsonObject f = v.toObject();
        r.overflows << CreditOverflow { f.value(QStringLiteral("from")).toString(),
            f.value(QStringLiteral("to")).toString(),
            in.source(f.value(QStringLiteral("source")), QStringLiteral("overflows.source")) };
    }
    for (const QJsonValue& c : o.value(QStringLiteral("categories")).toArray())
        r.categories << c.toString();
    if (!in.error.isEmpty())
        return Error(in.error);
    return r;
}

} // namespace tp
