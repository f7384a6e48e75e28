#include "CellParsers.h"

#include "InputSanitizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::CellParsers)
};

// Runs of Chinese numerals (一, 两, 十二, 一百二十, 一百零五) → Arabic digits, so that "两天", "三月" and
// "十二月" parse like "2天", "3月", "12月". Only used on the cell being parsed, never on stored text.
QString chineseNumeralsToDigits(const QString& text)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const auto isNumeral = [&](QChar c) {
        return digits.contains(c) || c == QChar(0x4E24) /*两*/ || c == QChar(0x5341) /*十*/
            || c == QChar(0x767E) /*百*/ || c == QChar(0x5343) /*千*/;
    };
    while (i < text.size()) {
        if (!isNumeral(text.at(i))) {
            out += text.at(i++);
            continue;
        }
        qint64 total = 0;
        qint64 current = 0;
        while (i < text.size() && isNumeral(text.at(i))) {
            const QChar c = text.at(i++);
            const qsizetype d = digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == QChar(0x4E24)) {
                current = 2;
            } else {
                const int unit = c == QChar(0x5341) ? 10 : c == QChar(0x767E) ? 100 : 1000;
                if (current == 0)
                    current = 1; // "十二" = 12, "百人" = 100
                total += current * unit;
                current = 0;
            }
        }
        out += QString::number(total + current);
    }
    return out;
}

// The text a parser works on: width-normalised, Chinese numerals as digits, inner spaces removed.
QString canonical(const QString& text)
{
    QString s = chineseNumeralsToDigits(normalizeWidth(text));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    s.remove(whitespace);
    return s;
}

// --- durations ---------------------------------------------------------------------------------

struct DurationSuffix {
    const char16_t* suffix;
    DurationUnit unit;
    double extra; // "1天半" = 1.5 days
};

// A plain number in the 培训天数 column means days (seeds 000: "3", "5", "16").
constexpr DurationSuffix kDurationSuffixes[] = {
    { u"", DurationUnit::Day, 0 },
    { u"天", DurationUnit::Day, 0 },
    { u"日", DurationUnit::Day, 0 },
    { u"个工作日", DurationUnit::Day, 0 },
    { u"工作日", DurationUnit::Day, 0 },
    { u"天半", DurationUnit::Day, 0.5 },
    { u"d", DurationUnit::Day, 0 },
    { u"学时", DurationUnit::Hour, 0 },
    { u"个学时", DurationUnit::Hour, 0 },
    { u"课时", DurationUnit::Hour, 0 },
    { u"个课时", DurationUnit::Hour, 0 },
    { u"小时", DurationUnit::Hour, 0 },
    { u"个小时", DurationUnit::Hour, 0 },
    { u"h", DurationUnit::Hour, 0 },
};

struct DurationWord {
    const char16_t* word;
    double value;
    DurationUnit unit;
};
constexpr DurationWord kDurationWords[] = {
    { u"半天", 0.5, DurationUnit::Day },
    { u"半日", 0.5, DurationUnit::Day },
};

QString durationExpected()
{
    return Text::tr("应填天数（如 3、2天、1.5天、半天）或学时（如 50学时），或留空");
}

// --- headcounts --------------------------------------------------------------------------------

// 全员: all staff of the target group; a kind, never a zero.
constexpr const char16_t* kAllStaffWords[] = {
    u"全员",
    u"全体",
    u"全体教师",
    u"全体人员",
    u"全体教职工",
    u"全部",
    u"全部教师",
};
constexpr const char16_t* kApproxPrefixes[] = { u"大约", u"约计", u"约", u"近", u"~" };
constexpr const char16_t* kApproxSuffixes[] = { u"左右", u"余", u"多", u"以上", u"+" };
constexpr const char16_t* kPeopleUnits[] = { u"人次", u"人", u"名", u"位" };

QString headcountExpected()
{
    return Text::tr("应填人数（如 270、300人、约120人）或“全员”，或留空");
}

bool stripPrefix(QString& s, const char16_t* prefix)
{
    const QString p = QString::fromUtf16(prefix);
    if (!p.isEmpty() && s.startsWith(p)) {
        s.remove(0, p.size());
        return true;
    }
    return false;
}

bool stripSuffix(QString& s, const char16_t* suffix)
{
    const QString p = QString::fromUtf16(suffix);
    if (!p.isEmpty() && s.endsWith(p)) {
        s.chop(p.size());
        return true;
    }
    return false;
}

// --- months ------------------------------------------------------------------------------------

struct NamedPeriod {
    const char16_t* word;
    int first;
    int last;
    bool wholeYear;
};
constexpr NamedPeriod kNamedPeriods[] = {
    { u"全年", 1, 12, true },
    { u"全年度", 1, 12, true },
    { u"上半年", 1, 6, false },
    { u"下半年", 7, 12, false },
    { u"第1季度", 1, 3, false },
    { u"第2季度", 4, 6, false },
    { u"第3季度", 7, 9, false },
    { u"第4季度", 10, 12, false },
    { u"1季度", 1, 3, false },
    { u"2季度", 4, 6, false },
    { u"3季度", 7, 9, false },
    { u"4季度", 10, 12, false },
    { u"寒假", 1, 2, false },
    { u"暑假", 7, 8, false },
    { u"暑期", 7, 8, false },
};

QString monthsExpected()
{
    return Text::tr("应填月份（如 4月、4-5月、4、5月、2024年4月）或“全年”“上半年”“下半年”，或留空");
}

} // namespace

QString normalizeWidth(const QString& text)
{
    QString s = text;
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0)); // full-width ASCII block
        else if (u == 0x3000)
            c = QLatin1Char(' '); // ideographic space
    }
    return s.trimmed();
}

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    QString s = QString::number(value, 'f', 6);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QStringLiteral("-0"))
        s = QStringLiteral("0");
    return s;
}

static Duration parseDurationUncached(const QString& text)
{
    Duration d;
    d.text = text;
    const QString s = canonical(text);
    if (s.isEmpty())
        return d;

    for (const DurationWord& w : kDurationWords) {
        if (s == QString::fromUtf16(w.word)) {
            d.value = w.value;
            d.unit = w.unit;
            return d;
        }
    }

    static const QRegularExpression re(QStringLiteral("^([+-]?)(\\d+(?:\\.\\d+)?|\\.\\d+)(\\D*)$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) {
        d.error = durationExpected();
        return d;
    }
    const QString suffix = m.captured(3).toLower();
    const DurationSuffix* found = nullptr;
    for (const DurationSuffix& entry : kDurationSuffixes) {
        if (suffix == QString::fromUtf16(entry.suffix)) {
            found = &entry;
            break;
        }
    }
    if (!found) {
        d.error = Text::tr("单位「%1」无法识别；%2").arg(m.captured(3), durationExpected());
        return d;
    }
    const double value = m.captured(2).toDouble() + found->extra;
    if (m.captured(1) == QStringLiteral("-")) {
        d.error = Text::tr("时长不能为负数；%1").arg(durationExpected());
        return d;
    }
    if (value <= 0) {
        d.error = Text::tr("时长应大于 0；%1").arg(durationExpected());
        return d;
    }
    // "99999999999999999999" would make the plan's total 1e20 days.
    const NumberField field = found->unit == DurationUnit::Hour ? NumberField::Hours : NumberField::Days;
    if (!NumberInput::check(value, field)) {
        d.error
            = Text::tr("%1 %2 超出合理范围（最多 %3）")
                  .arg(NumberInput::label(field), formatNumber(value), formatNumber(NumberInput::bounds(field).max));
        return d;
    }
    d.value = value;
    d.unit = found->unit;
    return d;
}

static Headcount parseHeadcountUncached(const QString& text)
{
    Headcount h;
    h.text = text;
    QString s = canonical(text);
    if (s.isEmpty())
        return h;

    for (const char16_t* word : kAllStaffWords) {
        if (s == QString::fromUtf16(word)) {
            h.kind = HeadcountKind::AllStaff;
            return h;
        }
    }

    bool approx = false;
    for (const char16_t* prefix : kApproxPrefixes) {
        if (stripPrefix(s, prefix)) {
            approx = true;
            break;
        }
    }
    // "120人左右", "120余人", "120多人", "120人以上"
    for (const char16_t* suffix : kApproxSuffixes) {
        if (stripSuffix(s, suffix)) {
            approx = true;
            break;
        }
    }
    for (const char16_t* unit : kPeopleUnits) {
        if (stripSuffix(s, unit))
            break;
    }
    for (const char16_t* suffix : kApproxSuffixes) {
        if (stripSuffix(s, suffix)) {
            approx = true;
            break;
        }
    }

    // Digits, optionally grouped by thousands ("1,200").
    static const QRegularExpression re(QStringLiteral("^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) {
        static const QRegularExpression decimal(QStringLiteral("^[+-]?\\d*\\.\\d+$"));
        if (decimal.match(s).hasMatch())
            h.error = Text::tr("人数应为整数；%1").arg(headcountExpected());
        else
            h.error = headcountExpected();
        return h;
    }
    if (m.captured(1) == QStringLiteral("-")) {
        h.error = Text::tr("人数不能为负数；%1").arg(headcountExpected());
        return h;
    }
    bool ok = false;
    const int value = m.captured(2).remove(QLatin1Char(',')).toInt(&ok);
    if (!ok || !NumberInput::check(value, NumberField::Headcount)) {
        h.error = Text::tr("人数过大（最多 %1）；%2")
                      .arg(formatNumber(NumberInput::bounds(NumberField::Headcount).max), headcountExpected());
        return h;
    }
    h.value = value;
    h.kind = approx ? HeadcountKind::Approx : HeadcountKind::Exact;
    return h;
}

static MonthSpec parseMonthsUncached(const QString& text)
{
    MonthSpec spec;
    spec.text = text;
    QString s = canonical(text);
    if (s.isEmpty())
        return spec;

    // "2024年4月", "2024年全年", "2024.4"? Only the 年 form names a year.
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})年(?:度)?"));
    const QRegularExpressionMatch ym = yearRe.match(s);
    if (ym.hasMatch()) {
        spec.year = ym.captured(1).toInt();
        s.remove(0, ym.capturedLength(0));
        if (spec.year < 1900 || spec.year > 2200) {
            spec.error = Text::tr("年份 %1 不合理；%2").arg(ym.captured(1), monthsExpected());
            return spec;
        }
        if (s.isEmpty()) { // "2024年" alone: the whole of that year
            spec.wholeYear = true;
            for (int m = 1; m <= 12; ++m)
                spec.months << m;
            return spec;
        }
    }

    for (const NamedPeriod& p : kNamedPeriods) {
        if (s == QString::fromUtf16(p.word)) {
            spec.wholeYear = p.wholeYear;
            for (int m = p.first; m <= p.last; ++m)
                spec.months << m;
            return spec;
        }
    }

    // One endpoint: a month number, optionally 月/月份, optionally a day or part of the month, which the
    // month granularity of a plan drops ("4月10日", "4月中旬", "4月底").
    static const QString endpoint
        = QStringLiteral("(\\d{1,2})(?:月份?)?(?:\\d{1,2}[日号]|上旬|中旬|下旬|月初|月中|月底|月末|初|中|底|末)?");
    static const QRegularExpression partRe(QStringLiteral("^%1(?:(?:-|~|〜|至|到|—|–)%1)?$").arg(endpoint));
    static const QRegularExpression separators(QStringLiteral("[、,;/和及]+"));

    QList<int> months;
    const QStringList parts = s.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        spec.error = monthsExpected();
        return spec;
    }
    for (const QString& part : parts) {
        const QRegularExpressionMatch m = partRe.match(part);
        if (!m.hasMatch()) {
            spec.error = monthsExpected();
            return spec;
        }
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        for (int v : { first, last }) {
            if (v < 1 || v > 12) {
                spec.error = Text::tr("月份 %1 不存在，月份应在 1 到 12 之间").arg(v);
                return spec;
            }
        }
        if (last < first) {
            spec.error = Text::tr("月份范围 %1-%2 的起始月份晚于结束月份（跨年的安排请分开填写）").arg(first).arg(last);
            return spec;
        }
        for (int v = first; v <= last; ++v)
            months << v;
    }
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    spec.months = months;
    return spec;
}

namespace {
QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,;；\\r\\n\\x{2028}\\x{2029}]+"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        QString t = part;
        t.replace(QChar(0x3000), QLatin1Char(' '));
        t = t.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}
} // namespace

QStringList splitModes(const QString& text)
{
    return splitList(text);
}

QStringList splitOrganizers(const QString& text)
{
    return splitList(text);
}

QString joinOrganizers(const QStringList& organizers)
{
    return organizers.join(QChar(0x3001));
}

namespace {
// A plan repeats the same few texts in these columns (3, 2天, 约120人, 4月) and every project's cells are parsed
// several times on the way (the importer's checks, checkPlan, the totals, the CLI's summary): each text's
// result is kept once per thread (issue 16: the parsers' patterns were most of a 100,000-row plan import).
// Only results without an error are kept: an error's words are translated, and the language may change.
template <typename T> T remembered(const QString& text, T (*parse)(const QString&))
{
    thread_local QHash<QString, T> known;
    if (const auto it = known.constFind(text); it != known.constEnd())
        return *it;
    T value = parse(text);
    if (value.isValid()) {
        if (known.size() >= 4096) // a bound on memory: a file of all-different texts just parses each
            known.clear();
        known.insert(text, value);
    }
    return value;
}
} // namespace

Duration parseDuration(const QString& text)
{
    return remembered<Duration>(text, parseDurationUncached);
}

Headcount parseHeadcount(const QString& text)
{
    return remembered<Headcount>(text, parseHeadcountUncached);
}

MonthSpec parseMonths(const QString& text)
{
    return remembered<MonthSpec>(text, parseMonthsUncached);
}

} // namespace tp
