#include "CreditRules.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::CreditRules", text);
}

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

const QList<TrainingLevel> kCountyAndAbove { TrainingLevel::National, TrainingLevel::Provincial,
    TrainingLevel::Municipal, TrainingLevel::County };

CreditRequirement requirement(const char* id, const QString& label, double minimum, QList<TrainingLevel> levels = {},
    QList<TrainingKind> kinds = {}, CreditPeriod period = CreditPeriod::Cycle,
    CreditMeasure measure = CreditMeasure::Credits)
{
    CreditRequirement r;
    r.id = QString::fromLatin1(id);
    r.label = label;
    r.minimum = minimum;
    r.levels = std::move(levels);
    r.kinds = std::move(kinds);
    r.period = period;
    r.measure = measure;
    return r;
}

CreditConversion perCredit(double hours, std::optional<TrainingKind> kind = {}, std::optional<TrainingLevel> level = {})
{
    CreditConversion c;
    c.kind = kind;
    c.level = level;
    c.hoursPerCredit = hours;
    return c;
}

CreditConversion perHour(double credits, std::optional<TrainingKind> kind = {}, std::optional<TrainingLevel> level = {})
{
    CreditConversion c;
    c.kind = kind;
    c.level = level;
    c.creditsPerHour = credits;
    return c;
}

// 武汉江汉 武教师[2009]2号 (https://www.360docs.net/doc/4210624042.html): 缺课时数累计达到该次培训课时总数五分之一者,
// 取消其参加该次培训考核资格,不能取得相应学分. Used by every preset; a district changes it in its rule set.
constexpr double kVoidMissedShare = 0.2;
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
    return m == CreditMeasure::Credits ? tr("学分") : tr("学时");
}

bool CreditRequirement::matches(TrainingLevel level, TrainingKind kind) const
{
    return (levels.isEmpty() || levels.contains(level)) && (kinds.isEmpty() || kinds.contains(kind));
}

double CreditConversion::creditsFor(double hours) const
{
    if (creditsPerHour > 0)
        return hours * creditsPerHour;
    if (hoursPerCredit > 0)
        return hours / hoursPerCredit;
    return hours;
}

double CreditConversion::hoursFor(double credits) const
{
    if (creditsPerHour > 0)
        return credits / creditsPerHour;
    if (hoursPerCredit > 0)
        return credits * hoursPerCredit;
    return credits;
}

int CreditRules::cycleStartOf(int year) const
{
    const int length = std::max(1, cycleYears);
    const int offset = year - cycleFirstYear;
    // Floor division, so years before the first cycle belong to the cycles before it.
    const int k = offset >= 0 ? offset / length : -((-offset + length - 1) / length);
    return cycleFirstYear + k * length;
}

CreditConversion CreditRules::conversionFor(TrainingKind kind, TrainingLevel level) const
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
    return best ? *best : perCredit(1);
}

bool CreditRules::needsYearlyTotals() const
{
    return std::any_of(requirements.begin(), requirements.end(),
        [](const CreditRequirement& r) { return r.period == CreditPeriod::Year || r.yearlyCap.has_value(); });
}

QList<CreditRules> creditRulePresets()
{
    QList<CreditRules> list;
    {
        // seeds 000 §一(二)1 (梁平区2021年教师教育工作要点): 确保五年周期内专业技术人员区级及以上集中培训达到20学分.
        CreditRules r;
        r.id = QStringLiteral("liangping-2021");
        r.name = tr("梁平 2021");
        r.source = tr("梁平区2021年教师教育工作要点 §一(二)1（seeds 000）：五年周期内区级及以上集中培训达到20学分");
        r.cycleFirstYear = 2021;
        // The seeds give no conversion: 1 day (8 学时) of centralized training = 1 credit, editable.
        r.hoursPerDay = 8;
        r.conversions = { perCredit(8) };
        r.voidMissedShare = kVoidMissedShare;
        r.requirements = { requirement(
            "R-CREDIT-DISTRICT", tr("区县级及以上集中培训"), 20, kCountyAndAbove, { TrainingKind::Centralized }) };
        list << r;
    }
    {
        // seeds 001 §三(六) (云阳): 每五年培训周期内,累计修满不少于120学分…其中参加县级及以上集中研修须修不少于20学分;
        // 凡年度教师培训未达学分最低要求者,当年度继续教育为不合格 (the yearly number is not given: 120/5 = 24,
        // editable).
        CreditRules r;
        r.id = QStringLiteral("yunyang");
        r.name = tr("云阳");
        r.source = tr(
            "云阳县教师培训工作意见 §三(六)（seeds 001）：五年累计不少于120学分，其中县级及以上集中研修不少于20学分；"
            "年度最低学分由规则集规定");
        r.cycleFirstYear = 2021;
        r.hoursPerDay = 8;
        r.conversions = { perCredit(8) };
        r.voidMissedShare = kVoidMissedShare;
        r.requirements = { requirement("R-CREDIT-TOTAL", tr("总学分"), 120),
            requirement(
                "R-CREDIT-DISTRICT", tr("县级及以上集中研修"), 20, kCountyAndAbove, { TrainingKind::Centralized }),
            requirement("R-CREDIT-ANNUAL", tr("年度学分"), 24, {}, {}, CreditPeriod::Year) };
        list << r;
    }
    {
        // 上海 "十四五" (https://yacz.chneic.sh.cn/WebSite.Net/Web/ShowDetail.aspx?ArtID=25198):
        // 五年内累计培训学习不少于 36学分; 参加市级培训不少于7学分…参加区级培训不少于10学分…参加校本研修不少于15学分.
        CreditRules r;
        r.id = QStringLiteral("shanghai-14");
        r.name = tr("上海 十四五");
        r.source = tr("上海市“十四五”中小学教师培训（https://yacz.chneic.sh.cn/WebSite.Net/Web/"
                      "ShowDetail.aspx?ArtID=25198）：五年不少于36学分，市级≥7、区级≥10、校本≥15");
        r.cycleFirstYear = 2021;
        // No conversion in the quoted text: 10 学时 = 1 学分 as in 北京, editable.
        r.hoursPerDay = 8;
        r.conversions = { perCredit(10) };
        r.voidMissedShare = kVoidMissedShare;
        // A 直辖市's 市级 is its top level: national and provincial trainings count as 市级 here.
        r.requirements = { requirement("R-CREDIT-TOTAL", tr("总学分"), 36),
            requirement("R-CREDIT-MUNICIPAL", tr("市级培训"), 7,
                { TrainingLevel::National, TrainingLevel::Provincial, TrainingLevel::Municipal }),
            requirement("R-CREDIT-DISTRICT", tr("区级培训"), 10, { TrainingLevel::County }),
            requirement("R-CREDIT-SCHOOL", tr("校本研修"), 15, {}, { TrainingKind::SchoolBased }) };
        list << r;
    }
    {
        // 陕西 2018 (http://www.edu-nw.com/html/2018/zixun_0319/23946.html): 每五年内须完成累积不少于120学分;
        // 集中培训必修30学分,远程培训选修40学分,校本研修必修50学分(每位教师每年校本研修最高计10学分);
        // 以每1个学时,按照国家级0.5学分、省级0.4、市级0.3、县级0.2; 远程培训参照集中培训的相应层次.
        CreditRules r;
        r.id = QStringLiteral("shaanxi-2018");
        r.name = tr("陕西 2018");
        r.source = tr("陕西省中小学教师培训学分认定和管理办法（2018，http://www.edu-nw.com/html/2018/zixun_0319/"
                      "23946.html）：五年不少于120学分，集中30、远程40、校本50（每年最高计10）；每学时国家级0.5、"
                      "省级0.4、市级0.3、县级0.2学分");
        r.cycleFirstYear = 2018;
        r.hoursPerDay = 8;
        r.conversions = { perHour(0.5, {}, TrainingLevel::National), perHour(0.4, {}, TrainingLevel::Provincial),
            perHour(0.3, {}, TrainingLevel::Municipal), perHour(0.2, {}, TrainingLevel::County),
            // 校本研修…学分具体换算由各地市自主研制标准: 10 学时 = 1 学分 until the city sets its own.
            perCredit(10, TrainingKind::SchoolBased), perCredit(10) };
        r.voidMissedShare = kVoidMissedShare;
        CreditRequirement school
            = requirement("R-CREDIT-SCHOOL", tr("校本研修"), 50, {}, { TrainingKind::SchoolBased });
        school.yearlyCap = 10;
        r.requirements = { requirement("R-CREDIT-TOTAL", tr("总学分"), 120),
            requirement("R-CREDIT-CENTRALIZED", tr("集中培训"), 30, {}, { TrainingKind::Centralized }),
            requirement("R-CREDIT-ONLINE", tr("远程培训"), 40, {}, { TrainingKind::Online }), school };
        list << r;
    }
    {
        // 北京 "十三五" (http://www.handmsg.com/page/2017/0429/25992919.shtml): 5年內…累積不少于36學分; 各類培訓原則上
        // 按10學時折合1學分, 實踐類課程、教研、科研…網絡學習、校本研修等原則上按20學時折合1學分.
        CreditRules r;
        r.id = QStringLiteral("beijing-13");
        r.name = tr("北京 十三五");
        r.source = tr("北京市“十三五”时期中小学教师培训学分管理办法（http://www.handmsg.com/page/2017/0429/"
                      "25992919.shtml）：五年不少于36学分；10学时折合1学分，实践、网络、校本20学时折合1学分");
        r.cycleFirstYear = 2016;
        r.hoursPerDay = 8;
        r.conversions = { perCredit(10), perCredit(20, TrainingKind::Practice), perCredit(20, TrainingKind::Online),
            perCredit(20, TrainingKind::SchoolBased) };
        r.voidMissedShare = kVoidMissedShare;
        r.requirements = { requirement("R-CREDIT-TOTAL", tr("总学分"), 36) };
        list << r;
    }
    {
        // 山东 鲁教师发〔2015〕3号 (https://xueke.org/wenku/8886.html): 须完成不少于360学分且每年不少于48学分;
        // 1学时 = 1学分 (the 解读's 120学时 → 72学分 lump sum for new teachers is not a rate and not modelled).
        CreditRules r;
        r.id = QStringLiteral("shandong-2015");
        r.name = tr("山东 2015");
        r.source = tr("山东省中小学教师继续教育学分管理办法（鲁教师发〔2015〕3号，https://xueke.org/wenku/8886.html）："
                      "每周期不少于360学分且每年不少于48学分；1学时计1学分");
        r.cycleFirstYear = 2016; // 十三五 cycle 2016–2020; the quoted text does not name the first year
        r.hoursPerDay = 8;
        r.conversions = { perCredit(1) };
        r.voidMissedShare = kVoidMissedShare;
        r.requirements = { requirement("R-CREDIT-TOTAL", tr("总学分"), 360),
            requirement("R-CREDIT-ANNUAL", tr("年度学分"), 48, {}, {}, CreditPeriod::Year) };
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

} // namespace tp
