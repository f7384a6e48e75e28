#include "WorkCalendar.h"

#include "HolidayEstimator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>
#include <QtDebug>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <vector>

// Q_INIT_RESOURCE must be used outside any namespace. The core library is static, so its resources are
// registered only when something references them: WorkCalendar::builtIn() does, so callers need not.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::WorkCalendar)
};
} // namespace

namespace detail {

// One year's lookup table: a byte of flags per day, a name index per day, and prefix counts so that
// working-day offsets are a binary search instead of a walk.
struct YearTable {
    int year = 0;
    qint64 jan1 = 0; // Julian day of 1 January
    int days = 365;
    std::array<quint8, 366> flags {}; // bit 0: working day; bits 1–3: DaySource
    std::array<quint8, 366> nameIndex {}; // into names; 0 = no name
    QStringList names { QString() };
    std::array<quint16, 367> workCum {}; // working days in [0, i)
    std::array<quint16, 367> estimatedCum {}; // estimated special days in [0, i)

    bool working(int i) const { return flags[size_t(i)] & 1u; }
    DaySource source(int i) const { return DaySource((flags[size_t(i)] >> 1) & 7u); }
};

constexpr int kCacheFirstYear = 1900;
constexpr int kCacheYears = 400; // 1900–2299 lock-free; other years go through the mutex

} // namespace detail

using detail::kCacheFirstYear;
using detail::kCacheYears;
using detail::YearTable;

struct WorkCalendar::Data {
    QMap<int, QList<SpecialDay>> schedules; // published schedules by schedule year
    QMap<QDate, SpecialDay> userDays;

    Data() = default;
    Data(const QMap<int, QList<SpecialDay>>& s, const QMap<QDate, SpecialDay>& u)
        : schedules(s)
        , userDays(u)
    {
    }

    const YearTable& table(int year) const
    {
        const int slot = year - kCacheFirstYear;
        if (slot >= 0 && slot < kCacheYears) {
            if (const YearTable* t = cache[size_t(slot)].load(std::memory_order_acquire))
                return *t;
        }
        std::lock_guard lock(mutex);
        if (slot >= 0 && slot < kCacheYears) {
            if (const YearTable* t = cache[size_t(slot)].load(std::memory_order_acquire))
                return *t;
        } else {
            auto it = farYears.find(year);
            if (it != farYears.end())
                return *it->second;
        }
        auto built = std::make_unique<YearTable>(build(year));
        const YearTable* t = built.get();
        if (slot >= 0 && slot < kCacheYears) {
            owned.push_back(std::move(built));
            cache[size_t(slot)].store(t, std::memory_order_release);
        } else {
            farYears.emplace(year, std::move(built));
        }
        return *t;
    }

private:
    // Called with the mutex held.
    const QList<SpecialDay>& estimated(int year) const
    {
        auto it = estimates.find(year);
        if (it == estimates.end())
            it = estimates.emplace(year, HolidayEstimator::estimate(year)).first;
        return it->second;
    }

    YearTable build(int year) const
    {
        YearTable t;
        t.year = year;
        const QDate jan1(year, 1, 1);
        t.jan1 = jan1.toJulianDay();
        t.days = jan1.daysInYear();

        QMap<QDate, SpecialDay> special;
        // Estimates first, then published schedules, then the user's own days: later ones win.
        for (int s : { year, year + 1 }) {
            if (schedules.contains(s))
                continue;
            for (const SpecialDay& day : estimated(s))
                if (day.date.year() == year)
                    special.insert(day.date, day);
        }
        for (int s : { year - 1, year, year + 1 }) {
            auto it = schedules.constFind(s);
            if (it == schedules.constEnd())
                continue;
            for (const SpecialDay& day : *it)
                if (day.date.year() == year)
                    special.insert(day.date, day);
        }
        for (auto it = userDays.lowerBound(jan1); it != userDays.constEnd() && it.key().year() == year; ++it)
            special.insert(it.key(), it.value());

        QHash<QString, quint8> nameIds;
        for (int i = 0; i < t.days; ++i) {
            const QDate d = jan1.addDays(i);
            const bool weekend = d.dayOfWeek() >= 6;
            bool working = !weekend;
            DaySource source = weekend ? DaySource::Weekend : DaySource::Weekday;
            quint8 nameId = 0;
            auto it = special.constFind(d);
            if (it != special.constEnd()) {
                working = it->kind == DayKind::Work;
                source = it->source;
                if (!it->name.isEmpty()) {
                    auto n = nameIds.constFind(it->name);
                    if (n == nameIds.constEnd() && t.names.size() < 255) {
                        n = nameIds.insert(it->name, quint8(t.names.size()));
                        t.names.append(it->name);
                    }
                    nameId = n == nameIds.constEnd() ? 0 : *n;
                }
            }
            t.flags[size_t(i)] = quint8((working ? 1u : 0u) | (unsigned(source) << 1));
            t.nameIndex[size_t(i)] = nameId;
            t.workCum[size_t(i) + 1] = quint16(t.workCum[size_t(i)] + (working ? 1 : 0));
            t.estimatedCum[size_t(i) + 1]
                = quint16(t.estimatedCum[size_t(i)] + (source == DaySource::Estimated ? 1 : 0));
        }
        return t;
    }

    mutable std::array<std::atomic<const YearTable*>, kCacheYears> cache {};
    mutable std::mutex mutex;
    mutable std::vector<std::unique_ptr<YearTable>> owned;
    mutable std::map<int, std::unique_ptr<YearTable>> farYears;
    mutable std::map<int, QList<SpecialDay>> estimates;
};

// ---- names ----------------------------------------------------------------------------------------

QString daySourceName(DaySource s)
{
    switch (s) {
    case DaySource::Official:
        return QStringLiteral("official");
    case DaySource::Estimated:
        return QStringLiteral("estimated");
    case DaySource::User:
        return QStringLiteral("user");
    case DaySource::Weekend:
        return QStringLiteral("weekend");
    case DaySource::Weekday:
        break;
    }
    return QStringLiteral("weekday");
}

QString daySourceLabel(DaySource s)
{
    switch (s) {
    case DaySource::Official:
        return Text::tr("官方");
    case DaySource::Estimated:
        return Text::tr("估算");
    case DaySource::User:
        return Text::tr("用户");
    case DaySource::Weekend:
        return Text::tr("周末");
    case DaySource::Weekday:
        break;
    }
    return Text::tr("工作日");
}

QString dayKindName(DayKind k)
{
    return k == DayKind::Work ? QStringLiteral("work") : QStringLiteral("off");
}

int scheduleYearOf(const SpecialDay& day)
{
    const QDate d = day.date;
    if (d.month() == 12 && d.day() >= 25 && day.name.contains(QStringLiteral("元旦")))
        return d.year() + 1;
    return d.year();
}

// ---- the file format ------------------------------------------------------------------------------

namespace {

// One CSV record: fields separated by commas, optionally in double quotes ("" for a quote).
QStringList splitCsvLine(const QString& line, bool* ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    if (quoted)
        *ok = false;
    return fields;
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

Result<QList<SpecialDay>> parseHolidayCsv(const QByteArray& data, const QString& fileName, DaySource source)
{
    auto error
        = [&fileName](const QString& message, int row, int column, const QString& columnName, const QString& value) {
              Error e;
              e.message = message;
              e.file = fileName;
              e.row = row;
              e.column = column;
              e.columnName = columnName;
              e.value = value;
              return e;
          };

    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return error(Text::tr("文件不是 UTF-8 编码；请另存为 UTF-8 的 CSV"), 0, 0, QString(), QString());

    const QStringList lines = text.split(QLatin1Char('\n'));
    const QString dateColumn = Text::tr("日期");
    const QString kindColumn = Text::tr("类型");
    const QString nameColumn = Text::tr("名称");

    QList<SpecialDay> days;
    QHash<QDate, int> seenOnRow;
    bool headerSeen = false;
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int row = int(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        bool ok = true;
        QStringList fields = splitCsvLine(line, &ok);
        if (!ok)
            return error(Text::tr("引号未闭合"), row, 0, QString(), line);
        for (QString& f : fields)
            f = f.trimmed();
        if (!headerSeen) {
            headerSeen = true;
            const QString header = fields.join(QLatin1Char(',')).toLower();
            if (header != QStringLiteral("date,kind,name"))
                return error(Text::tr("第一行应为表头 date,kind,name"), row, 0, QString(), line);
            continue;
        }
        if (fields.size() != 3)
            return error(
                Text::tr("应有 3 列（date,kind,name），实际 %1 列").arg(fields.size()), row, 0, QString(), line);

        const QString& dateText = fields.at(0);
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!isoDate.match(dateText).hasMatch() || !date.isValid())
            return error(Text::tr("不是有效日期；应为 YYYY-MM-DD，例如 2026-02-16"), row, 1, dateColumn, dateText);

        const QString kindText = fields.at(1).toLower();
        DayKind kind;
        if (kindText == QStringLiteral("off"))
            kind = DayKind::Off;
        else if (kindText == QStringLiteral("work"))
            kind = DayKind::Work;
        else
            return error(Text::tr("类型应为 off（放假）或 work（调休上班）"), row, 2, kindColumn, fields.at(1));

        if (auto prev = seenOnRow.constFind(date); prev != seenOnRow.constEnd())
            return error(Text::tr("日期重复（第 %1 行已有此日期）").arg(*prev), row, 1, dateColumn, dateText);
        seenOnRow.insert(date, row);

        days.append(SpecialDay { date, kind, fields.at(2), source });
    }
    if (!headerSeen)
        return error(Text::tr("文件为空；应有表头 date,kind,name"), 0, 0, QString(), QString());
    std::sort(days.begin(), days.end(), [](const SpecialDay& a, const SpecialDay& b) { return a.date < b.date; });
    return days;
}

QByteArray toHolidayCsv(const QList<SpecialDay>& days)
{
    QList<SpecialDay> sorted = days;
    std::sort(sorted.begin(), sorted.end(), [](const SpecialDay& a, const SpecialDay& b) { return a.date < b.date; });
    QString out = QStringLiteral("date,kind,name\n");
    for (const SpecialDay& d : sorted)
        out += d.date.toString(Qt::ISODate) + QLatin1Char(',') + dayKindName(d.kind) + QLatin1Char(',')
            + csvField(d.name) + QLatin1Char('\n');
    return out.toUtf8();
}

// ---- WorkCalendar ---------------------------------------------------------------------------------

WorkCalendar::WorkCalendar()
    : d(std::make_shared<Data>())
{
}

WorkCalendar::WorkCalendar(const QList<SpecialDay>& publishedDays)
    : d(std::make_shared<Data>())
{
    QMap<int, QList<SpecialDay>> schedules;
    for (const SpecialDay& day : publishedDays)
        schedules[scheduleYearOf(day)].append(day);
    // A schedule year needs at least one day off: stray adjusted working days alone do not make a year
    // "published" (they would switch off the estimate of its holidays).
    for (auto it = schedules.cbegin(); it != schedules.cend(); ++it) {
        const bool hasOff
            = std::any_of(it->cbegin(), it->cend(), [](const SpecialDay& s) { return s.kind == DayKind::Off; });
        if (hasOff)
            d->schedules.insert(it.key(), *it);
    }
}

QList<SpecialDay> WorkCalendar::builtInDays()
{
    static const QList<SpecialDay> days = [] {
        initCoreResources();
        QFile file(QStringLiteral(":/holidays/cn-holidays.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("WorkCalendar: built-in holiday data missing from the resources");
            return QList<SpecialDay>();
        }
        auto parsed = parseHolidayCsv(file.readAll(), file.fileName(), DaySource::Official);
        if (!parsed) {
            qWarning() << "WorkCalendar: built-in holiday data rejected:" << parsed.error().toString();
            return QList<SpecialDay>();
        }
        return parsed.value();
    }();
    return days;
}

WorkCalendar WorkCalendar::builtIn()
{
    // One shared instance: its year tables are built once per process.
    static const WorkCalendar calendar(builtInDays());
    return calendar;
}

void WorkCalendar::detach()
{
    // Always a fresh Data: the cached tables of the old one no longer apply.
    d = std::make_shared<Data>(d->schedules, d->userDays);
}

void WorkCalendar::setSchedule(int year, const QList<SpecialDay>& days)
{
    detach();
    d->schedules.insert(year, days);
}

void WorkCalendar::removeSchedule(int year)
{
    detach();
    d->schedules.remove(year);
}

void WorkCalendar::setUserDay(const SpecialDay& day)
{
    if (!day.date.isValid())
        return;
    detach();
    SpecialDay u = day;
    u.source = DaySource::User;
    d->userDays.insert(u.date, u);
}

void WorkCalendar::removeUserDay(QDate date)
{
    detach();
    d->userDays.remove(date);
}

QList<SpecialDay> WorkCalendar::userDays() const
{
    return d->userDays.values();
}

bool WorkCalendar::hasSchedule(int year) const
{
    return d->schedules.contains(year);
}

QList<int> WorkCalendar::scheduleYears() const
{
    return d->schedules.keys();
}

QList<SpecialDay> WorkCalendar::specialDays(int year) const
{
    const YearTable& t = d->table(year);
    QList<SpecialDay> out;
    const QDate jan1(year, 1, 1);
    for (int i = 0; i < t.days; ++i) {
        const DaySource s = t.source(i);
        if (s == DaySource::Weekday || s == DaySource::Weekend)
            continue;
        out.append(SpecialDay {
            jan1.addDays(i), t.working(i) ? DayKind::Work : DayKind::Off, t.names.at(t.nameIndex[size_t(i)]), s });
    }
    return out;
}

bool WorkCalendar::isWorkday(QDate date) const
{
    if (!date.isValid())
        return false;
    const YearTable& t = d->table(date.year());
    return t.working(int(date.toJulianDay() - t.jan1));
}

DayInfo WorkCalendar::dayInfo(QDate date) const
{
    DayInfo info;
    info.date = date;
    if (!date.isValid())
        return info;
    const YearTable& t = d->table(date.year());
    const int i = int(date.toJulianDay() - t.jan1);
    info.workday = t.working(i);
    info.source = t.source(i);
    info.name = t.names.at(t.nameIndex[size_t(i)]);
    return info;
}

QList<DayInfo> WorkCalendar::yearDays(int year) const
{
    const YearTable& t = d->table(year);
    QList<DayInfo> out;
    out.reserve(t.days);
    const QDate jan1(year, 1, 1);
    for (int i = 0; i < t.days; ++i)
        out.append(DayInfo { jan1.addDays(i), t.working(i), t.source(i), t.names.at(t.nameIndex[size_t(i)]) });
    return out;
}

namespace {

// The day `n` working days before (n < 0) or after (n > 0) `start`, with whether an estimated day lies in
// the counted range. Binary search in each year's prefix counts; a year at a time.
Deadline offsetWorkdays(const WorkCalendar::Data& data, QDate start, int n)
{
    if (!start.isValid())
        return {};
    if (n == 0)
        return Deadline { start, false, {}, {} };
    const YearTable* t = &data.table(start.year());
    int i = int(start.toJulianDay() - t->jan1);
    bool provisional = false;
    if (n < 0) {
        int need = -n;
        // Working days in [0, i) of this year, then whole previous years.
        for (;;) {
            const int available = t->workCum[size_t(i)];
            if (available >= need) {
                const int target = available - need; // workCum[j] == target, j working
                const auto first = std::lower_bound(t->workCum.begin(), t->workCum.begin() + i + 1, target + 1);
                const int j = int(first - t->workCum.begin()) - 1;
                provisional = provisional || t->estimatedCum[size_t(i)] > t->estimatedCum[size_t(j)];
                return Deadline { QDate::fromJulianDay(t->jan1 + j), provisional, {}, {} };
            }
            provisional = provisional || t->estimatedCum[size_t(i)] > 0;
            need -= available;
            const int prevYear = QDate::fromJulianDay(t->jan1 - 1).year();
            t = &data.table(prevYear);
            i = t->days;
        }
    }
    int need = n;
    // Working days in (i, days) of this year, i.e. [i + 1, days), then whole following years.
    int from = i + 1;
    for (;;) {
        const int available = t->workCum[size_t(t->days)] - t->workCum[size_t(from)];
        if (available >= need) {
            const int target = t->workCum[size_t(from)] + need; // workCum[j + 1] == target, j working
            const auto first = std::lower_bound(t->workCum.begin() + from, t->workCum.begin() + t->days + 1, target);
            const int j = int(first - t->workCum.begin()) - 1;
            provisional = provisional || t->estimatedCum[size_t(j) + 1] > t->estimatedCum[size_t(from)];
            return Deadline { QDate::fromJulianDay(t->jan1 + j), provisional, {}, {} };
        }
        provisional = provisional || t->estimatedCum[size_t(t->days)] > t->estimatedCum[size_t(from)];
        need -= available;
        const int nextYear = QDate::fromJulianDay(t->jan1 + t->days).year();
        t = &data.table(nextYear);
        from = 0;
    }
}

// Working days in [1 January of date's year, date).
int workdaysBeforeInYear(const YearTable& t, QDate date)
{
    return t.workCum[size_t(date.toJulianDay() - t.jan1)];
}

} // namespace

QDate WorkCalendar::addWorkdays(QDate start, int n) const
{
    return offsetWorkdays(*d, start, n).date;
}

// A deadline whose window touches a year without a published schedule may move when that schedule comes out
// (its 调休 Saturdays are unknown even where no estimated holiday lies in the window): provisional.
Deadline WorkCalendar::workdaysBefore(QDate start, int n) const
{
    Deadline r = offsetWorkdays(*d, start, -std::abs(n));
    if (r.isValid() && !hasSchedules(r.date, start))
        r.provisional = true;
    return r;
}

Deadline WorkCalendar::workdaysAfter(QDate start, int n) const
{
    Deadline r = offsetWorkdays(*d, start, std::abs(n));
    if (r.isValid() && !hasSchedules(start, r.date))
        r.provisional = true;
    return r;
}

bool WorkCalendar::hasSchedules(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return false;
    if (to < from)
        std::swap(from, to);
    for (int year = from.year(); year <= to.year(); ++year)
        if (!hasSchedule(year))
            return false;
    return true;
}

Deadline WorkCalendar::monthsBeforeDeadline(QDate start, int months) const
{
    Deadline r;
    const QDate nominal = monthsBefore(start, months);
    if (!nominal.isValid())
        return r;
    r.date = nominal;
    // The office is closed on a day off: the last working day before it is the day to submit.
    if (!isWorkday(nominal)) {
        const DayInfo info = dayInfo(nominal);
        r.nominal = nominal;
        r.nominalName = info.name.isEmpty() ? daySourceLabel(info.source) : info.name;
        r.date = offsetWorkdays(*d, nominal, -1).date;
        if (info.isEstimated())
            r.provisional = true;
    }
    if (!hasSchedules(r.date, start) || hasEstimatedDays(r.date, nominal))
        r.provisional = true;
    return r;
}

QString deadlineMoveNote(const Deadline& d)
{
    if (!d.nominal.isValid() || d.nominal == d.date)
        return QString();
    const QString day = Text::tr("%1 月 %2 日").arg(d.nominal.month()).arg(d.nominal.day());
    if (d.nominalName == daySourceLabel(DaySource::Weekend))
        return Text::tr("（%1为周末）").arg(day);
    return Text::tr("（%1为节假日）").arg(day);
}

int WorkCalendar::workdaysBetween(QDate a, QDate b) const
{
    if (!a.isValid() || !b.isValid() || a == b)
        return 0;
    if (b < a)
        return -workdaysBetween(b, a);
    // (a, b] = [a + 1, b + 1)
    const QDate from = a.addDays(1);
    const QDate to = b.addDays(1);
    int count = 0;
    int year = from.year();
    const YearTable* t = &d->table(year);
    count -= workdaysBeforeInYear(*t, from);
    while (year < to.year()) {
        count += t->workCum[size_t(t->days)];
        ++year;
        t = &d->table(year);
    }
    count += workdaysBeforeInYear(*t, to);
    return count;
}

QDate WorkCalendar::monthsBefore(QDate date, int months)
{
    // QDate::addMonths clamps to the last day of the target month (2021-03-31 − 1 month → 2021-02-28),
    // which is exactly the definition in docs/rules.md.
    return date.isValid() ? date.addMonths(-months) : QDate();
}

bool WorkCalendar::hasEstimatedDays(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return false;
    for (int year = from.year(); year <= to.year(); ++year) {
        const YearTable& t = d->table(year);
        const int a = year == from.year() ? int(from.toJulianDay() - t.jan1) : 0;
        const int b = year == to.year() ? int(to.toJulianDay() - t.jan1) + 1 : t.days;
        if (t.estimatedCum[size_t(b)] > t.estimatedCum[size_t(a)])
            return true;
    }
    return false;
}

} // namespace tp
