#pragma once

// The work calendar (工作日历): which days are working days (工作日) in China, following the State
// Council's yearly holiday schedule (国务院办公厅关于节假日安排的通知), and the working-day arithmetic of
// the deadline rules (docs/rules.md).

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace tp {

// Where a day's status comes from. Official/Estimated/User are special days; Weekday/Weekend are the
// ordinary rule (Monday–Friday work, Saturday and Sunday off).
enum class DaySource { Weekday, Weekend, Official, Estimated, User };

// off = 放假 (statutory day off, including bridged days), work = 调休上班 (adjusted working day).
enum class DayKind { Off, Work };

// One special date of a holiday schedule, as in the reference file (date,kind,name) plus its source.
struct SpecialDay {
    QDate date;
    DayKind kind = DayKind::Off;
    QString name; // 春节, 国庆节、中秋节, ...
    DaySource source = DaySource::Official;

    bool operator==(const SpecialDay&) const = default;
};

// Everything the calendar knows about one day (for the calendar view and `trainplan-cli calendar`).
struct DayInfo {
    QDate date;
    bool workday = false;
    DaySource source = DaySource::Weekday;
    QString name; // holiday name for special days, empty otherwise

    bool isSpecial() const { return source != DaySource::Weekday && source != DaySource::Weekend; }
    bool isEstimated() const { return source == DaySource::Estimated; }
};

// A computed deadline. `provisional` is true when a day counted (or skipped) on the way is an estimated
// holiday or adjusted working day: the date may move once the official schedule is published.
//
// A deadline that would fall on a day off is moved to the last working day before it (the office is closed
// that day): `nominal` is the day the rule gives and `nominalName` why it is off (国庆节, 周末); both are empty
// when the deadline was not moved.
struct Deadline {
    QDate date;
    bool provisional = false;
    QDate nominal;
    QString nominalName;

    bool isValid() const { return date.isValid(); }
    bool operator==(const Deadline&) const = default;
};

QString daySourceName(DaySource s); // "official" | "estimated" | "user" | "weekday" | "weekend" (stable, for JSON)
QString daySourceLabel(DaySource s); // 官方 | 估算 | 用户 | 工作日 | 周末 (translated)
QString dayKindName(DayKind k); // "off" | "work" (the file format)
// Why a deadline moved, for messages: "（10 月 1 日为国庆节）"; empty when it did not move.
QString deadlineMoveNote(const Deadline& d);

// The schedule year a special day belongs to: its own year, except that the December days of a 元旦
// holiday belong to the next year's schedule (the 2007 notice lists 2006-12-30/31).
int scheduleYearOf(const SpecialDay& day);

// Parse a holiday file in the format of the reference file: a header `date,kind,name`, then one row per
// special date, `YYYY-MM-DD,off|work,name`. UTF-8 (a BOM is accepted), LF or CRLF, fields may be quoted.
// Errors name the file, the row (1-based, header = row 1), the column and the value. Every day gets `source`.
Result<QList<SpecialDay>> parseHolidayCsv(
    const QByteArray& data, const QString& fileName, DaySource source = DaySource::User);
// The inverse: the same format, rows sorted by date.
QByteArray toHolidayCsv(const QList<SpecialDay>& days);

// A value type (cheap to copy: copies share their data; modifying one detaches it). Thread-safe for
// concurrent reads: per-year lookup tables are built lazily on first use and cached.
//
// Precedence for one date: a day entered by the user (setUserDay) > a published schedule (official or
// imported with setSchedule) > an estimated day (for a year without a schedule) > weekday/weekend.
class WorkCalendar {
public:
    // A calendar with no published schedule at all: every year is estimated.
    WorkCalendar();
    // A calendar with these published schedules (grouped by scheduleYearOf; a year counts as published
    // when it has at least one day off). Years without a schedule are estimated by HolidayEstimator.
    explicit WorkCalendar(const QList<SpecialDay>& publishedDays);

    // The official schedules of 2007–2026 shipped in the core library (resources/holidays/cn-holidays.csv).
    static WorkCalendar builtIn();
    // The built-in data itself, for the calendar editor and tests.
    static QList<SpecialDay> builtInDays();

    // Replace the whole schedule of `year` (e.g. a newly published one, imported by the user): the year's
    // estimated days disappear. Days keep their own `source`.
    void setSchedule(int year, const QList<SpecialDay>& days);
    // Drop the schedule of `year` so it is estimated again.
    void removeSchedule(int year);
    // Single-day overrides entered by the user (source is forced to User).
    void setUserDay(const SpecialDay& day);
    void removeUserDay(QDate date);
    QList<SpecialDay> userDays() const;

    // True when `year` has a published (official or user-imported) schedule, i.e. is not estimated.
    bool hasSchedule(int year) const;
    QList<int> scheduleYears() const;
    // The special days that apply in `year` (after precedence), sorted by date, each with its source.
    QList<SpecialDay> specialDays(int year) const;

    bool isWorkday(QDate date) const;
    DayInfo dayInfo(QDate date) const;
    // Every day of a year, 1 January to 31 December.
    QList<DayInfo> yearDays(int year) const;

    // docs/rules.md: n < 0: "|n| working days before start": step back one day at a time from `start`
    // (start itself not counted), counting each working day passed; the day on which the count reaches |n|
    // is the result (always a working day). n > 0 is the same forwards. n == 0 returns start unchanged.
    QDate addWorkdays(QDate start, int n) const;
    // The same with the provisional flag (see Deadline).
    Deadline workdaysBefore(QDate start, int n) const;
    Deadline workdaysAfter(QDate start, int n) const;

    // Working days d with a < d <= b (so workdaysBetween(a, addWorkdays(a, n)) == n for n >= 0);
    // negative when b < a (minus the working days b < d <= a). "还剩 N 个工作日" from today to a deadline.
    int workdaysBetween(QDate a, QDate b) const;

    // docs/rules.md: "1 month before S": the same day of the previous month, or that month's last day if
    // it has no such day (2021-03-31 → 2021-02-28). Calendar months; no working-day adjustment.
    static QDate monthsBefore(QDate date, int months);
    // The deadline "`months` months before `start`" as a day to act on: monthsBefore, moved back to the last
    // working day when that day is off (2025-11-01 → 2025-10-01 国庆 → 2025-09-30). Provisional when the
    // window touches a year without a published schedule.
    Deadline monthsBeforeDeadline(QDate start, int months) const;

    // True when every year from `from` to `to` has a published schedule.
    bool hasSchedules(QDate from, QDate to) const;

    // True when any day in [from, to] is an estimated special day.
    bool hasEstimatedDays(QDate from, QDate to) const;

    struct Data; // implementation (public only so the .cpp's helpers can name it)

private:
    void detach();
    std::shared_ptr<Data> d;
};

} // namespace tp
