// The work calendar against the official schedules (tests/data/cn-holidays.csv, a copy of the reference
// file) and the worked examples of docs/rules.md.

#include "HolidayEstimator.h"
#include "WorkCalendar.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <gtest/gtest.h>

// Readable dates in assertion messages (found by ADL; internal linkage, so other test files may have
// their own).
[[maybe_unused]] static void PrintTo(const QDate& d, std::ostream* os)
{
    *os << qPrintable(d.toString(Qt::ISODate));
}

#include <atomic>
#include <thread>
#include <vector>

using namespace tp;

namespace {

struct RefDay {
    bool work;
    QString name;
};

// Read the reference file independently of parseHolidayCsv.
QHash<QDate, RefDay> referenceDays()
{
    QFile f(QStringLiteral(TRAINPLAN_TEST_DATA_DIR "/cn-holidays.csv"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "missing tests/data/cn-holidays.csv";
    QHash<QDate, RefDay> out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList parts = lines.at(i).trimmed().split(QLatin1Char(','));
        out.insert(
            QDate::fromString(parts.at(0), Qt::ISODate), RefDay { parts.at(1) == QStringLiteral("work"), parts.at(2) });
    }
    return out;
}

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// The definition of docs/rules.md, literally: step back from S, S not counted.
QDate naiveWorkdaysBefore(const WorkCalendar& cal, QDate s, int n)
{
    QDate d = s;
    int count = 0;
    while (count < n) {
        d = d.addDays(-1);
        if (cal.isWorkday(d))
            ++count;
    }
    return d;
}

} // namespace

TEST(WorkCalendar, EveryDay2007To2026MatchesTheOfficialSchedules)
{
    const auto ref = referenceDays();
    ASSERT_EQ(ref.size(), 678);
    const WorkCalendar cal = WorkCalendar::builtIn();
    int checked = 0;
    for (QDate d(2007, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
        const bool expected = ref.contains(d) ? ref.value(d).work : d.dayOfWeek() <= 5;
        ASSERT_EQ(cal.isWorkday(d), expected) << qPrintable(d.toString(Qt::ISODate));
        const DayInfo info = cal.dayInfo(d);
        ASSERT_EQ(info.workday, expected);
        if (ref.contains(d)) {
            ASSERT_EQ(info.source, DaySource::Official) << qPrintable(d.toString(Qt::ISODate));
            ASSERT_EQ(info.name, ref.value(d).name);
        } else {
            ASSERT_EQ(info.source, d.dayOfWeek() <= 5 ? DaySource::Weekday : DaySource::Weekend)
                << qPrintable(d.toString(Qt::ISODate));
            ASSERT_TRUE(info.name.isEmpty());
        }
        ++checked;
    }
    EXPECT_EQ(checked, 7305);
}

TEST(WorkCalendar, BuiltInCoversTheOfficialYears)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    QList<int> years;
    for (int y = 2007; y <= 2026; ++y)
        years << y;
    EXPECT_EQ(cal.scheduleYears(), years);
    EXPECT_FALSE(cal.hasSchedule(2027));
    // The 2007 元旦 days listed in December 2006 belong to the 2007 schedule.
    EXPECT_EQ(scheduleYearOf({ date("2006-12-30"), DayKind::Work, QStringLiteral("元旦"), DaySource::Official }), 2007);
    EXPECT_FALSE(cal.isWorkday(date("2007-01-02")));
    EXPECT_TRUE(cal.isWorkday(date("2006-12-30"))); // a Saturday made a working day
    // 2020-02-03 is a Monday marked `work`.
    EXPECT_TRUE(cal.isWorkday(date("2020-02-03")));
}

TEST(WorkCalendar, WorkedExamplesOfTheDesign)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    // 春节 2026-02-15..23 off, Saturdays 02-14 and 02-28 working days.
    const Deadline a = cal.workdaysBefore(date("2026-03-02"), 15);
    EXPECT_EQ(a.date, date("2026-02-03"));
    EXPECT_FALSE(a.provisional);
    EXPECT_EQ(cal.addWorkdays(date("2026-03-02"), -15), date("2026-02-03"));
    // Right after 国庆 2024.
    EXPECT_EQ(cal.addWorkdays(date("2024-10-08"), -15), date("2024-09-10"));
    // 1 month before 2021-03-31.
    EXPECT_EQ(WorkCalendar::monthsBefore(date("2021-03-31"), 1), date("2021-02-28"));
    EXPECT_EQ(WorkCalendar::monthsBefore(date("2024-03-31"), 1), date("2024-02-29"));
    EXPECT_EQ(WorkCalendar::monthsBefore(date("2026-01-15"), 1), date("2025-12-15"));
    EXPECT_EQ(WorkCalendar::monthsBefore(date("2026-05-31"), 3), date("2026-02-28"));
}

TEST(WorkCalendar, AMonthDeadlineOnADayOffMovesToTheLastWorkingDayBefore)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    // 2025-11-01 − 1 month = 2025-10-01 (国庆节): submit by Tuesday 2025-09-30.
    const Deadline national = cal.monthsBeforeDeadline(date("2025-11-01"), 1);
    EXPECT_EQ(national.date, date("2025-09-30"));
    EXPECT_EQ(national.nominal, date("2025-10-01"));
    EXPECT_FALSE(national.provisional);
    EXPECT_EQ(deadlineMoveNote(national), QStringLiteral("（10 月 1 日为节假日）"));
    // 2021-03-31 − 1 month = 2021-02-28, a Sunday: Friday 2021-02-26.
    const Deadline sunday = cal.monthsBeforeDeadline(date("2021-03-31"), 1);
    EXPECT_EQ(sunday.date, date("2021-02-26"));
    EXPECT_EQ(deadlineMoveNote(sunday), QStringLiteral("（2 月 28 日为周末）"));
    // A working day stays where it is and says nothing; an adjusted working Saturday is a working day.
    const Deadline monday = cal.monthsBeforeDeadline(date("2026-04-20"), 1);
    EXPECT_EQ(monday.date, date("2026-03-20"));
    EXPECT_FALSE(monday.nominal.isValid());
    EXPECT_TRUE(deadlineMoveNote(monday).isEmpty());
    EXPECT_EQ(cal.monthsBeforeDeadline(date("2026-03-14"), 1).date, date("2026-02-14")); // 调休上班
    // In a year without a schedule the deadline is provisional.
    EXPECT_TRUE(cal.monthsBeforeDeadline(date("2027-06-15"), 1).provisional);
}

TEST(WorkCalendar, OffsetsFollowTheDefinitionEverywhere)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    QRandomGenerator rng(20260302);
    for (int i = 0; i < 3000; ++i) {
        const QDate s = QDate(2007, 3, 1).addDays(rng.bounded(365 * 21));
        const int n = 1 + int(rng.bounded(40));
        const QDate d = cal.addWorkdays(s, -n);
        ASSERT_EQ(d, naiveWorkdaysBefore(cal, s, n)) << qPrintable(s.toString(Qt::ISODate)) << " n=" << n;
        ASSERT_TRUE(cal.isWorkday(d));
        // Forwards: workdaysBetween is the inverse of addWorkdays.
        const QDate f = cal.addWorkdays(s, n);
        ASSERT_TRUE(cal.isWorkday(f));
        ASSERT_EQ(cal.workdaysBetween(s, f), n);
        ASSERT_EQ(cal.workdaysBetween(f, s), -n);
    }
    EXPECT_EQ(cal.addWorkdays(date("2026-02-15"), 0), date("2026-02-15"));
    // Across a year boundary and across many years.
    EXPECT_EQ(cal.addWorkdays(date("2026-01-05"), -15), naiveWorkdaysBefore(cal, date("2026-01-05"), 15));
    EXPECT_EQ(cal.addWorkdays(date("2026-06-01"), -1000), naiveWorkdaysBefore(cal, date("2026-06-01"), 1000));
    int workdays2026 = 0;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
        workdays2026 += cal.isWorkday(d) ? 1 : 0;
    EXPECT_EQ(cal.workdaysBetween(date("2025-12-31"), date("2026-12-31")), workdays2026);
    EXPECT_EQ(cal.workdaysBetween(date("2010-06-30"), date("2026-12-31")),
        cal.workdaysBetween(date("2010-06-30"), date("2025-12-31")) + workdays2026);
}

TEST(WorkCalendar, WorkdaysBetweenCountsAfterTheFirstDayUpToTheSecond)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    // Thursday 2026-01-29 to Tuesday 2026-02-03: Fri 30, Mon 2, Tue 3.
    EXPECT_EQ(cal.workdaysBetween(date("2026-01-29"), date("2026-02-03")), 3);
    EXPECT_EQ(cal.workdaysBetween(date("2026-02-03"), date("2026-02-03")), 0);
    // Over 春节 2026: the working Saturday 02-14 counts, 02-15..23 do not.
    EXPECT_EQ(cal.workdaysBetween(date("2026-02-13"), date("2026-02-24")), 2);
}

TEST(WorkCalendar, YearsWithoutASchedulesAreEstimatedAndDeadlinesProvisional)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    const Deadline d = cal.workdaysBefore(date("2027-03-01"), 15);
    EXPECT_TRUE(d.provisional);
    EXPECT_TRUE(cal.isWorkday(d.date));
    // 2027 春节 (正月初一 2027-02-06) and 除夕 are estimated days off.
    for (const char* day : { "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08" }) {
        const DayInfo info = cal.dayInfo(date(day));
        EXPECT_FALSE(info.workday) << day;
        EXPECT_EQ(info.source, DaySource::Estimated) << day;
        EXPECT_EQ(info.name, QStringLiteral("春节")) << day;
    }
    // A deadline far from any estimated day is provisional all the same: 2027's 调休 Saturdays are not known yet.
    // One in an official year is not.
    EXPECT_TRUE(cal.workdaysBefore(date("2027-03-29"), 5).provisional);
    EXPECT_FALSE(cal.workdaysBefore(date("2026-11-30"), 15).provisional);
    // The example: 15 working days before 2027-03-15 is 2027-02-22, provisional.
    const Deadline d15 = cal.workdaysBefore(date("2027-03-15"), 15);
    EXPECT_EQ(d15.date, date("2027-02-22"));
    EXPECT_TRUE(d15.provisional);
    // A window that reaches back into a published year from an unpublished one is provisional too.
    EXPECT_TRUE(cal.workdaysBefore(date("2027-01-10"), 15).provisional);
    EXPECT_TRUE(cal.hasEstimatedDays(date("2027-01-01"), date("2027-12-31")));
    EXPECT_FALSE(cal.hasEstimatedDays(date("2026-01-01"), date("2026-11-30")));

    const QList<DayInfo> year = cal.yearDays(2027);
    ASSERT_EQ(year.size(), 365);
    EXPECT_EQ(year.first().date, date("2027-01-01"));
    EXPECT_EQ(year.last().date, date("2027-12-31"));
    int estimated = 0;
    for (const DayInfo& i : year)
        estimated += i.isEstimated() ? 1 : 0;
    EXPECT_GT(estimated, 25);
}

TEST(WorkCalendar, UserDaysOverrideEstimatesAndOfficialDays)
{
    const WorkCalendar builtIn = WorkCalendar::builtIn();
    WorkCalendar cal = builtIn;
    cal.setUserDay({ date("2027-02-08"), DayKind::Work, QStringLiteral("春节"), DaySource::Official });
    cal.setUserDay({ date("2026-02-16"), DayKind::Work, QStringLiteral("测试"), DaySource::Official });
    EXPECT_TRUE(cal.isWorkday(date("2027-02-08")));
    EXPECT_EQ(cal.dayInfo(date("2027-02-08")).source, DaySource::User);
    EXPECT_TRUE(cal.isWorkday(date("2026-02-16")));
    EXPECT_EQ(cal.dayInfo(date("2026-02-16")).source, DaySource::User);
    // The copy it came from is untouched.
    EXPECT_FALSE(builtIn.isWorkday(date("2027-02-08")));
    EXPECT_FALSE(builtIn.isWorkday(date("2026-02-16")));
    cal.removeUserDay(date("2026-02-16"));
    EXPECT_FALSE(cal.isWorkday(date("2026-02-16")));
    EXPECT_EQ(cal.userDays().size(), 1);
}

TEST(WorkCalendar, AnImportedScheduleReplacesTheEstimate)
{
    // A (made-up) 2027 schedule, as a user would import it when it is published.
    const QByteArray csv = "date,kind,name\n"
                           "2027-02-06,off,春节\n"
                           "2027-02-07,off,春节\n"
                           "2027-02-08,off,春节\n"
                           "2027-02-09,off,春节\n"
                           "2027-02-20,work,春节\n";
    auto parsed = parseHolidayCsv(csv, QStringLiteral("2027.csv"));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().toString());
    WorkCalendar cal = WorkCalendar::builtIn();
    cal.setSchedule(2027, parsed.value());
    EXPECT_TRUE(cal.hasSchedule(2027));
    EXPECT_EQ(cal.dayInfo(date("2027-02-06")).source, DaySource::User);
    EXPECT_TRUE(cal.isWorkday(date("2027-02-20")));
    // The estimated 除夕 and 国庆 are gone: the year is no longer estimated.
    EXPECT_TRUE(cal.isWorkday(date("2027-02-05")));
    EXPECT_EQ(cal.dayInfo(date("2027-10-04")).source, DaySource::Weekday);
    EXPECT_FALSE(cal.hasEstimatedDays(date("2027-01-01"), date("2027-12-31")));
    EXPECT_FALSE(cal.workdaysBefore(date("2027-03-01"), 15).provisional);
    cal.removeSchedule(2027);
    EXPECT_EQ(cal.dayInfo(date("2027-02-05")).source, DaySource::Estimated);
}

TEST(WorkCalendar, ParsesTheReferenceFormat)
{
    // BOM, CRLF, quotes, blank trailing lines.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "date,kind,name\r\n"
                           "2027-10-01,off,\"国庆节,中秋节\"\r\n"
                           "2027-09-26,WORK,国庆节\r\n"
                           "\r\n";
    auto parsed = parseHolidayCsv(csv, QStringLiteral("a.csv"));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().toString());
    ASSERT_EQ(parsed->size(), 2);
    EXPECT_EQ(parsed->at(0).date, date("2027-09-26")); // sorted
    EXPECT_EQ(parsed->at(0).kind, DayKind::Work);
    EXPECT_EQ(parsed->at(1).name, QStringLiteral("国庆节,中秋节"));
    EXPECT_EQ(parsed->at(1).source, DaySource::User);
    // Round trip.
    auto again = parseHolidayCsv(toHolidayCsv(parsed.value()), QStringLiteral("b.csv"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), parsed.value());
    // The built-in data parses and has every row of the reference file.
    EXPECT_EQ(WorkCalendar::builtInDays().size(), 678);
}

TEST(WorkCalendar, ParseErrorsNameFileRowColumnAndValue)
{
    struct Case {
        const char* csv;
        int row;
        int column;
        const char* value;
    };
    const Case cases[] = {
        { "date,kind,name\n2027-02-30,off,春节\n", 2, 1, "2027-02-30" },
        { "date,kind,name\n2027-02-06,off,春节\n2027/02/07,off,春节\n", 3, 1, "2027/02/07" },
        { "date,kind,name\n2027-02-06,holiday,春节\n", 2, 2, "holiday" },
        { "date,kind,name\n2027-02-06,off\n", 2, 0, "2027-02-06,off" },
        { "日期,类型,名称\n2027-02-06,off,春节\n", 1, 0, "日期,类型,名称" },
        { "date,kind,name\n2027-02-06,off,春节\n2027-02-06,work,春节\n", 3, 1, "2027-02-06" },
        { "date,kind,name\n2027-02-06,off,\"春节\n", 2, 0, "2027-02-06,off,\"春节" },
    };
    for (const Case& c : cases) {
        auto r = parseHolidayCsv(QByteArray(c.csv), QStringLiteral("holidays-2027.csv"));
        ASSERT_FALSE(r.ok()) << c.csv;
        EXPECT_EQ(r.error().file, QStringLiteral("holidays-2027.csv"));
        EXPECT_EQ(r.error().row, c.row) << c.csv;
        EXPECT_EQ(r.error().column, c.column) << c.csv;
        EXPECT_EQ(r.error().value, QString::fromUtf8(c.value)) << c.csv;
        EXPECT_FALSE(r.error().message.isEmpty());
        EXPECT_TRUE(r.error().toString().contains(QStringLiteral("holidays-2027.csv")));
    }
    auto notUtf8
        = parseHolidayCsv(QByteArray("date,kind,name\n2027-02-06,off,\xb4\xba\xbd\xda\n"), QStringLiteral("gbk.csv"));
    ASSERT_FALSE(notUtf8.ok());
    EXPECT_TRUE(notUtf8.error().message.contains(QStringLiteral("UTF-8")));
    EXPECT_FALSE(parseHolidayCsv(QByteArray(), QStringLiteral("empty.csv")).ok());
}

TEST(WorkCalendar, JsonNamesOfSourcesAreStable)
{
    EXPECT_EQ(daySourceName(DaySource::Official), QStringLiteral("official"));
    EXPECT_EQ(daySourceName(DaySource::Estimated), QStringLiteral("estimated"));
    EXPECT_EQ(daySourceName(DaySource::User), QStringLiteral("user"));
    EXPECT_EQ(daySourceName(DaySource::Weekday), QStringLiteral("weekday"));
    EXPECT_EQ(daySourceName(DaySource::Weekend), QStringLiteral("weekend"));
    EXPECT_FALSE(daySourceLabel(DaySource::Estimated).isEmpty());
}

TEST(WorkCalendar, ConcurrentReadersSeeTheSameAnswers)
{
    // A fresh calendar (nothing cached): several threads build and read the year tables at once.
    const WorkCalendar cal(WorkCalendar::builtInDays());
    const WorkCalendar reference = WorkCalendar::builtIn();
    std::atomic<int> mismatches { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (QDate d(2005 + t, 1, 1); d < QDate(2032, 1, 1); d = d.addDays(3))
                if (cal.addWorkdays(d, -15) != reference.addWorkdays(d, -15))
                    ++mismatches;
        });
    }
    for (auto& th : threads)
        th.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(WorkCalendar, FarYearsWork)
{
    const WorkCalendar cal = WorkCalendar::builtIn();
    EXPECT_EQ(cal.addWorkdays(date("2400-03-20"), -15), naiveWorkdaysBefore(cal, date("2400-03-20"), 15));
    EXPECT_EQ(cal.addWorkdays(date("1850-03-20"), -15), naiveWorkdaysBefore(cal, date("1850-03-20"), 15));
    EXPECT_FALSE(cal.addWorkdays(QDate(), -15).isValid());
}
