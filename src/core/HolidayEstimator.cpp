#include "HolidayEstimator.h"

#include <QCoreApplication>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::HolidayEstimator)
};

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

// ---- ICU's Chinese calendar -------------------------------------------------------------------------

std::unique_ptr<icu::Calendar> makeChineseCalendar()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::createTimeZone(icu::UnicodeString(u"Asia/Shanghai")),
            icu::Locale("zh_CN@calendar=chinese"), status));
    if (U_FAILURE(status))
        return nullptr;
    return cal;
}

struct LunarFields {
    int month = -1; // 0-based
    bool leap = false;
    int day = 0;
};

LunarFields lunarFieldsOf(icu::Calendar& cal, QDate date)
{
    UErrorCode status = U_ZERO_ERROR;
    // Noon China time (04:00 UTC), far from any day boundary.
    const double millis = double(date.toJulianDay() - kUnixEpochJulianDay) * 86400000.0 + 4.0 * 3600000.0;
    cal.setTime(millis, status);
    LunarFields f;
    f.month = cal.get(UCAL_MONTH, status);
    f.leap = cal.get(UCAL_IS_LEAP_MONTH, status) != 0;
    f.day = cal.get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return {};
    return f;
}

// ---- the sun's apparent longitude (Meeus, Astronomical Algorithms, 2nd ed., ch. 25, low precision) ----

double normalizeDegrees(double x)
{
    x = std::fmod(x, 360.0);
    return x < 0 ? x + 360.0 : x;
}

double sunApparentLongitude(double julianDayTT)
{
    constexpr double deg = std::numbers::pi / 180.0;
    const double t = (julianDayTT - 2451545.0) / 36525.0;
    const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * deg;
    const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m)
        + (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
    const double omega = (125.04 - 1934.136 * t) * deg;
    return normalizeDegrees(l0 + c - 0.00569 - 0.00478 * std::sin(omega));
}

// ---- the table of published lunar dates ------------------------------------------------------------

QDate ymd(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

const QList<HolidayEstimator::KnownLunarDates>& HolidayEstimator::knownLunarDates()
{
    // 春节 (正月初一), 端午 (五月初五), 中秋 (八月十五) as published in the national lunar tables
    // (《农历的编算和颁行》GB/T 33661-2017 rules; 紫金山天文台 / 香港天文台 tables). Where ICU disagrees
    // with a row, the row wins (ICU-23274: new moons close to midnight China time land on the wrong day).
    static const QList<KnownLunarDates> table = {
        { 2027, ymd(2027, 2, 6), ymd(2027, 6, 9), ymd(2027, 9, 15) },
        { 2028, ymd(2028, 1, 26), ymd(2028, 5, 28), ymd(2028, 10, 3) },
        { 2029, ymd(2029, 2, 13), ymd(2029, 6, 16), ymd(2029, 9, 22) },
        { 2030, ymd(2030, 2, 3), ymd(2030, 6, 5), ymd(2030, 9, 12) },
        { 2031, ymd(2031, 1, 23), ymd(2031, 6, 24), ymd(2031, 10, 1) },
        { 2032, ymd(2032, 2, 11), ymd(2032, 6, 12), ymd(2032, 9, 19) },
        { 2033, ymd(2033, 1, 31), ymd(2033, 6, 1), ymd(2033, 9, 8) },
        { 2034, ymd(2034, 2, 19), ymd(2034, 6, 20), ymd(2034, 9, 27) },
        { 2035, ymd(2035, 2, 8), ymd(2035, 6, 10), ymd(2035, 9, 16) },
    };
    return table;
}

QDate HolidayEstimator::icuLunarDate(int year, int lunarMonth, int lunarDay)
{
    auto cal = makeChineseCalendar();
    if (!cal || lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30)
        return {};
    // 正月初一 falls between 21 January and 20 February; a leap month before `lunarMonth` delays it by
    // at most one more month. Scan that window.
    const QDate first = QDate(year, 1, 15).addDays((lunarMonth - 1) * 29 + lunarDay - 1);
    for (int i = 0; i < 75; ++i) {
        const QDate d = first.addDays(i);
        const LunarFields f = lunarFieldsOf(*cal, d);
        if (f.month == lunarMonth - 1 && !f.leap && f.day == lunarDay)
            return d;
    }
    return {};
}

double HolidayEstimator::qingmingJulianDayUtc(int year)
{
    // Start on 4 April 12:00 and solve λ(jd) = 15° by Newton steps (λ grows ≈ 0.9856°/day).
    double jd = double(QDate(year, 4, 4).toJulianDay());
    for (int i = 0; i < 8; ++i) {
        double diff = 15.0 - sunApparentLongitude(jd);
        diff = std::remainder(diff, 360.0);
        jd += diff / 0.98564736;
        if (std::abs(diff) < 1e-7)
            break;
    }
    // The formula works in Terrestrial Time; ΔT = TT − UTC is about 69–75 s in these decades.
    constexpr double deltaTSeconds = 70.0;
    return jd - deltaTSeconds / 86400.0;
}

QDate HolidayEstimator::qingmingDate(int year)
{
    // Julian days start at noon UTC; China time is UTC+8.
    const double jdChina = qingmingJulianDayUtc(year) + 8.0 / 24.0;
    return QDate::fromJulianDay(qint64(std::floor(jdChina + 0.5)));
}

HolidayEstimator::Festivals HolidayEstimator::festivals(int year)
{
    Festivals f;
    const auto& table = knownLunarDates();
    const auto row
        = std::find_if(table.begin(), table.end(), [year](const KnownLunarDates& k) { return k.year == year; });
    if (row != table.end()) {
        f.lunarNewYear = row->lunarNewYear;
        f.dragonBoat = row->dragonBoat;
        f.midAutumn = row->midAutumn;
    } else {
        f.lunarNewYear = icuLunarDate(year, 1, 1);
        f.dragonBoat = icuLunarDate(year, 5, 5);
        f.midAutumn = icuLunarDate(year, 8, 15);
    }
    // 除夕 is the day before 正月初一 whatever the length of the 12th month (廿九 or 三十).
    f.lunarNewYearsEve = f.lunarNewYear.isValid() ? f.lunarNewYear.addDays(-1) : QDate();
    f.qingming = qingmingDate(year);
    return f;
}

// ---- the schedule --------------------------------------------------------------------------------

namespace {

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= 6;
}

// Lays out one year's estimated schedule on a day grid covering December of year-1 to January of year+1.
class ScheduleBuilder {
public:
    explicit ScheduleBuilder(int year)
        : m_first(year - 1, 12, 1)
        , m_last(year + 1, 1, 31)
        , m_state(size_t(m_first.daysTo(m_last) + 1), State::Ordinary)
    {
        m_names.resize(qsizetype(m_state.size()));
    }

    void off(QDate from, QDate to, const QString& name)
    {
        for (QDate d = from; d <= to; d = d.addDays(1))
            set(d, State::Off, name);
    }
    void work(QDate d, const QString& name) { set(d, State::Work, name); }

    // A holiday of one statutory day (元旦, 清明, 端午, 中秋), by the weekday it falls on. The pattern of
    // the 2020–2026 schedules: Monday/Friday/Saturday/Sunday join the weekend; Tuesday bridges Monday
    // and works the Saturday before (2021/2024 中秋, 2022 清明); Thursday bridges Friday and works the
    // Sunday after (2020/2023 端午, 2024 清明, 2026 元旦); Wednesday stands alone (2023 清明, 2025 元旦).
    void singleDay(QDate h, const QString& name)
    {
        switch (h.dayOfWeek()) {
        case 1:
            off(h.addDays(-2), h, name);
            break;
        case 2:
            off(h.addDays(-2), h, name);
            work(h.addDays(-3), name);
            break;
        case 3:
            off(h, h, name);
            break;
        case 4:
            off(h, h.addDays(2), name);
            work(h.addDays(3), name);
            break;
        case 5:
        case 6:
            off(h, h.addDays(2), name);
            break;
        default:
            off(h.addDays(-1), h.addDays(1), name);
            break;
        }
    }

    struct Block {
        QDate from;
        QDate to;
        int statutoryDays;
        QString name;
    };

    // The working days a block borrows (调休): its weekdays (Monday–Friday) beyond its statutory days.
    // (A statutory day on a weekend is made up by a weekday inside the block — 补休 — so it counts too.)
    static int borrowedDays(const Block& b)
    {
        int weekdays = 0;
        for (QDate d = b.from; d <= b.to; d = d.addDays(1))
            weekdays += isWeekend(d) ? 0 : 1;
        return std::max(0, weekdays - b.statutoryDays);
    }

    // Choose the weekend days that become working days. Candidates are the weekend days of the nearest
    // weekend before and after the block that are not part of any holiday; the best one makes the shortest
    // run of consecutive working days (ties: nearer to the block, then earlier). Two borrowed days: one on
    // each side (2024–2026 国庆, 2025/2026 春节); one: the better side (2025/2026 劳动节).
    void borrow(const Block& b)
    {
        const int n = borrowedDays(b);
        if (n == 0)
            return;
        const QList<QDate> before = candidates(b.from, -1);
        const QList<QDate> after = candidates(b.to, +1);
        if (n == 1) {
            QList<QDate> all = before + after;
            if (!all.isEmpty())
                work(best(all, b), b.name);
            return;
        }
        int left = n;
        if (!before.isEmpty()) {
            work(best(before, b), b.name);
            --left;
        }
        if (!after.isEmpty()) {
            work(best(after, b), b.name);
            --left;
        }
        // More than two (never in the published schedules): keep taking the best remaining candidates.
        while (left > 0) {
            QList<QDate> rest = candidates(b.from, -1) + candidates(b.to, +1);
            if (rest.isEmpty())
                break;
            work(best(rest, b), b.name);
            --left;
        }
    }

    QList<SpecialDay> result(int year) const
    {
        QList<SpecialDay> out;
        for (size_t i = 0; i < m_state.size(); ++i) {
            if (m_state[i] == State::Ordinary)
                continue;
            const QDate d = m_first.addDays(qint64(i));
            SpecialDay s { d, m_state[i] == State::Off ? DayKind::Off : DayKind::Work, m_names.at(qint64(i)),
                DaySource::Estimated };
            // Only what belongs to this year's schedule: its own year, and the December days before its
            // 元旦 (no other holiday reaches back into December).
            if (d.year() == year || (d.year() == year - 1 && d.day() >= 25))
                out.append(s);
        }
        return out;
    }

private:
    enum class State : unsigned char { Ordinary, Off, Work };

    bool inRange(QDate d) const { return d >= m_first && d <= m_last; }
    State state(QDate d) const { return inRange(d) ? m_state[size_t(m_first.daysTo(d))] : State::Ordinary; }
    bool working(QDate d) const
    {
        const State s = state(d);
        return s == State::Work || (s == State::Ordinary && !isWeekend(d));
    }
    void set(QDate d, State s, const QString& name)
    {
        if (!inRange(d))
            return;
        const auto i = size_t(m_first.daysTo(d));
        m_state[i] = s;
        m_names[qsizetype(i)] = name;
    }

    QList<QDate> candidates(QDate edge, int step) const
    {
        QList<QDate> out;
        for (int i = 1; i <= 21; ++i) {
            const QDate d = edge.addDays(i * step);
            if (!isWeekend(d)) {
                if (!out.isEmpty())
                    break;
                continue;
            }
            if (state(d) == State::Ordinary)
                out.append(d);
        }
        return out;
    }

    int runIfWorking(QDate c) const
    {
        int run = 1;
        for (QDate d = c.addDays(-1); working(d) && run < 60; d = d.addDays(-1))
            ++run;
        for (QDate d = c.addDays(1); working(d) && run < 60; d = d.addDays(1))
            ++run;
        return run;
    }

    QDate best(const QList<QDate>& cands, const Block& b) const
    {
        auto distance = [&b](QDate d) { return d < b.from ? d.daysTo(b.from) : b.to.daysTo(d); };
        QDate bestDay;
        int bestRun = 0;
        for (QDate c : cands) {
            const int run = runIfWorking(c);
            if (!bestDay.isValid() || run < bestRun
                || (run == bestRun
                    && (distance(c) < distance(bestDay) || (distance(c) == distance(bestDay) && c < bestDay)))) {
                bestDay = c;
                bestRun = run;
            }
        }
        return bestDay;
    }

    QDate m_first;
    QDate m_last;
    std::vector<State> m_state;
    QStringList m_names;
};

} // namespace

QList<SpecialDay> HolidayEstimator::estimate(int year)
{
    const Festivals f = festivals(year);
    ScheduleBuilder b(year);

    const QString newYear = Text::tr("元旦");
    const QString springFestival = Text::tr("春节");
    const QString qingming = Text::tr("清明节");
    const QString labourDay = Text::tr("劳动节");
    const QString dragonBoat = Text::tr("端午节");
    const QString midAutumn = Text::tr("中秋节");
    const QString nationalDay = Text::tr("国庆节");

    // One-day holidays first, so the long blocks borrow around them.
    b.singleDay(QDate(year, 1, 1), newYear);
    if (f.qingming.isValid())
        b.singleDay(f.qingming, qingming);
    if (f.dragonBoat.isValid())
        b.singleDay(f.dragonBoat, dragonBoat);

    // 中秋 close to 国庆 (29 September – 8 October) merges into one 8-day block (2020, 2023, 2025).
    const QDate oct1(year, 10, 1);
    const bool merged = f.midAutumn.isValid() && f.midAutumn >= QDate(year, 9, 29) && f.midAutumn <= QDate(year, 10, 8);
    if (f.midAutumn.isValid() && !merged)
        b.singleDay(f.midAutumn, midAutumn);

    QList<ScheduleBuilder::Block> blocks;

    // 春节: since 2025 the four statutory days are 除夕 to 初三. The 2025 and 2026 schedules take six
    // weekdays off from 除夕 (the four statutory days plus two borrowed), a Sunday just before a Monday
    // 除夕 joins the block (2026), and a block ending on a Friday runs on over the weekend.
    if (f.lunarNewYearsEve.isValid()) {
        const QDate eve = f.lunarNewYearsEve;
        QDate from = eve.dayOfWeek() == 1 ? eve.addDays(-1) : eve;
        QDate to = eve;
        int weekdays = isWeekend(eve) ? 0 : 1;
        while (weekdays < 6) {
            to = to.addDays(1);
            weekdays += isWeekend(to) ? 0 : 1;
        }
        if (to.dayOfWeek() == 5)
            to = to.addDays(2);
        blocks.append({ from, to, 4, springFestival });
    }

    // 劳动节: 1 and 2 May (since 2025), a five-day block over a weekend (2020–2026 all have five days).
    {
        const QDate may1(year, 5, 1);
        QDate from = may1;
        switch (may1.dayOfWeek()) {
        case 1:
            from = may1.addDays(-2);
            break;
        case 2:
            from = may1.addDays(-3);
            break;
        case 7:
            from = may1.addDays(-1);
            break;
        default:
            break;
        }
        blocks.append({ from, from.addDays(4), 2, labourDay });
    }

    // 国庆节: 1–3 October, seven days from 1 October (2019, 2021, 2022, 2024, 2026); with 中秋 eight days
    // from the earlier of the two.
    if (merged) {
        const QDate from = std::min(f.midAutumn, oct1);
        const QString name = f.midAutumn < oct1 ? Text::tr("中秋节、国庆节") : Text::tr("国庆节、中秋节");
        blocks.append({ from, from.addDays(7), 4, name });
    } else {
        blocks.append({ oct1, oct1.addDays(6), 3, nationalDay });
    }

    for (const auto& block : blocks)
        b.off(block.from, block.to, block.name);
    for (const auto& block : blocks)
        b.borrow(block);

    return b.result(year);
}

} // namespace tp
