#pragma once

// Estimates the holiday schedule of a year the State Council has not published yet (the next year's
// schedule is announced around November). docs/rules.md: the lunar holidays come from ICU's Chinese
// calendar (checked against a table of published lunar dates, see knownLunarDates), 清明 from the sun's
// position, and the fixed holidays from the pattern of the schedules since the 2024 revision of the
// 全国年节及纪念日放假办法 (in force from 2025: 元旦 1 day, 春节 4 days from 除夕, 清明 1, 劳动节 2, 端午 1,
// 中秋 1, 国庆节 3).

#include "WorkCalendar.h"

#include <QDate>
#include <QList>

#include <optional>

namespace tp {

class HolidayEstimator {
public:
    // Which lunar (农历) dates a year has; from the table of known dates where it has the year, else ICU.
    struct Festivals {
        QDate lunarNewYearsEve; // 除夕: the last day of the 12th lunar month
        QDate lunarNewYear; // 春节: 正月初一
        QDate qingming; // 清明: the solar term (sun at ecliptic longitude 15°)
        QDate dragonBoat; // 端午: 五月初五
        QDate midAutumn; // 中秋: 八月十五
    };
    static Festivals festivals(int year);

    // The estimated special days of the schedule of `year` (all with source Estimated, kind off|work).
    // A few may fall in late December of year - 1 (a 元旦 holiday bridged backwards), as in the official
    // notices.
    static QList<SpecialDay> estimate(int year);

    // ICU's answer, without the correction table: the Gregorian date of lunar month/day (month 1..12, not
    // a leap month) in the lunar year that begins in Gregorian `year`. Invalid on ICU failure.
    static QDate icuLunarDate(int year, int lunarMonth, int lunarDay);

    // Published lunar dates for the years ahead (from the 紫金山天文台 / Hong Kong Observatory tables).
    // These win over ICU: ICU's Chinese calendar is known to put some new moons that fall close to
    // midnight China time on the wrong day (ICU ticket ICU-23274).
    struct KnownLunarDates {
        int year;
        QDate lunarNewYear;
        QDate dragonBoat;
        QDate midAutumn;
    };
    static const QList<KnownLunarDates>& knownLunarDates();

    // The moment of 清明 (sun's apparent longitude = 15°) in UTC, from the low-precision solar formula
    // (Meeus, Astronomical Algorithms ch. 25; ≈ 0.01° ≈ 15 minutes). Used for the date in China time.
    static double qingmingJulianDayUtc(int year);
    static QDate qingmingDate(int year);
};

} // namespace tp
