#include "CalendarRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::CalendarRepository)
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

struct RuleKey {
    const char* key;
    int RuleSet::*member;
    int min;
    int max;
    const char* label;
};

const RuleKey kRuleKeys[] = {
    { "lead_workdays", &RuleSet::leadWorkdays, 0, 120,
        QT_TRANSLATE_NOOP("tp::CalendarRepository", "开班前报送方案的工作日数") },
    { "out_of_city_workdays", &RuleSet::outOfCityWorkdays, 0, 120,
        QT_TRANSLATE_NOOP("tp::CalendarRepository", "赴市外培训出发前报送责任书的工作日数") },
    { "change_months", &RuleSet::changeMonths, 0, 12,
        QT_TRANSLATE_NOOP("tp::CalendarRepository", "调整提前报批的月数") },
    { "due_soon_workdays", &RuleSet::dueSoonWorkdays, 0, 60,
        QT_TRANSLATE_NOOP("tp::CalendarRepository", "临近截止提醒的工作日数") },
};

} // namespace

namespace {

Result<QList<SpecialDay>> readDays(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<SpecialDay> days;
    while (q->next()) {
        SpecialDay d;
        d.date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        d.kind = q->value(1).toString() == QLatin1String("work") ? DayKind::Work : DayKind::Off;
        d.name = q->value(2).toString();
        d.source = q->value(3).toString() == QLatin1String("official") ? DaySource::Official : DaySource::User;
        if (d.date.isValid())
            days << d;
    }
    return days;
}

} // namespace

Result<QList<SpecialDay>> CalendarRepository::storedDays() const
{
    return readDays(m_db.exec(QStringLiteral("SELECT date, kind, name, source FROM holiday_day ORDER BY date")));
}

Result<QList<SpecialDay>> CalendarRepository::storedDays(int year) const
{
    return readDays(m_db.exec(QStringLiteral("SELECT date, kind, name, source FROM holiday_day "
                                             "WHERE (source = 'official' AND schedule_year = :year) "
                                             "OR (source = 'user' AND date BETWEEN :first AND :last) ORDER BY date"),
        { { "year", year }, { "first", QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')) },
            { "last", QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0')) } }));
}

Status CalendarRepository::setDay(const SpecialDay& input)
{
    if (!input.date.isValid())
        return Error { Text::tr("日期无效") };
    SpecialDay day = input;
    day.source = DaySource::User;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // (An upsert, not INSERT OR REPLACE: the same statement on SQLite and on PostgreSQL.)
    auto q = m_db.exec(QStringLiteral("INSERT INTO holiday_day (date, kind, name, source, schedule_year) "
                                      "VALUES (:date, :kind, :name, 'user', NULL) ON CONFLICT (date) DO UPDATE SET "
                                      "kind = excluded.kind, name = excluded.name, source = excluded.source, "
                                      "schedule_year = excluded.schedule_year, entered_at = excluded.entered_at"),
        { { "date", iso(day.date) }, { "kind", dayKindName(day.kind) }, { "name", day.name.trimmed() } });
    if (!q)
        return q.error();
    if (Status s = writeAudit(m_db, QStringLiteral("holiday_day"), 0, QStringLiteral("set"), iso(day.date), QString(),
            QStringLiteral("%1 %2").arg(dayKindName(day.kind), day.name.trimmed()));
        !s)
        return s;
    return tx.commit();
}

Status CalendarRepository::removeDay(QDate date)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = m_db.exec(QStringLiteral("DELETE FROM holiday_day WHERE date = :date"), { { "date", iso(date) } });
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return tx.commit();
    if (Status s = writeAudit(m_db, QStringLiteral("holiday_day"), 0, QStringLiteral("remove"), iso(date)); !s)
        return s;
    return tx.commit();
}

Result<QList<int>> CalendarRepository::importSchedule(const QList<SpecialDay>& days)
{
    QMap<int, QList<SpecialDay>> byYear;
    QSet<QDate> seen;
    for (const SpecialDay& d : days) {
        if (!d.date.isValid())
            return Error { Text::tr("导入的节假日安排中有无效日期") };
        if (seen.contains(d.date))
            return Error { Text::tr("日期 %1 出现了不止一次").arg(iso(d.date)) };
        seen.insert(d.date);
        byYear[scheduleYearOf(d)] << d;
    }
    if (byYear.isEmpty())
        return Error { Text::tr("没有可导入的日期") };
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        const bool hasOff
            = std::any_of(it->cbegin(), it->cend(), [](const SpecialDay& s) { return s.kind == DayKind::Off; });
        if (!hasOff)
            return Error {
                Text::tr("%1 年的安排中没有放假日；只有调休上班日的年份不能作为官方安排导入").arg(it.key())
            };
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QList<int> years;
    for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM holiday_day WHERE source = 'official' AND "
                                              "schedule_year = :year"),
                { { "year", it.key() } });
            !q)
            return q.error();
        for (const SpecialDay& d : *it) {
            // A user's day on the same date is replaced too: the published schedule is newer information.
            auto q = m_db.exec(QStringLiteral("INSERT INTO holiday_day (date, kind, name, source, schedule_year) "
                                              "VALUES (:date, :kind, :name, 'official', :year) ON CONFLICT (date) DO "
                                              "UPDATE SET kind = excluded.kind, name = excluded.name, source = "
                                              "excluded.source, schedule_year = excluded.schedule_year, "
                                              "entered_at = excluded.entered_at"),
                { { "date", iso(d.date) }, { "kind", dayKindName(d.kind) }, { "name", d.name.trimmed() },
                    { "year", it.key() } });
            if (!q)
                return q.error();
        }
        if (Status s = writeAudit(m_db, QStringLiteral("holiday_schedule"), it.key(), QStringLiteral("import"),
                QString(), QString(), Text::tr("%1 天").arg(it->size()));
            !s)
            return s.error();
        years << it.key();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return years;
}

Status CalendarRepository::removeSchedule(int year)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM holiday_day WHERE source = 'official' AND schedule_year = "
                                          ":year"),
            { { "year", year } });
        !q)
        return q.error();
    if (Status s = writeAudit(m_db, QStringLiteral("holiday_schedule"), year, QStringLiteral("remove")); !s)
        return s;
    return tx.commit();
}

WorkCalendar CalendarRepository::effectiveCalendar(const QList<SpecialDay>& stored)
{
    WorkCalendar calendar = WorkCalendar::builtIn();
    QMap<int, QList<SpecialDay>> schedules;
    for (const SpecialDay& d : stored)
        if (d.source == DaySource::Official)
            schedules[scheduleYearOf(d)] << d;
    for (auto it = schedules.cbegin(); it != schedules.cend(); ++it)
        calendar.setSchedule(it.key(), *it);
    for (const SpecialDay& d : stored)
        if (d.source == DaySource::User)
            calendar.setUserDay(d);
    return calendar;
}

Result<WorkCalendar> CalendarRepository::calendar() const
{
    auto days = storedDays();
    if (!days)
        return days.error();
    return effectiveCalendar(*days);
}

Result<RuleSet> CalendarRepository::ruleSet(const QString& district) const
{
    auto q = m_db.exec(QStringLiteral("SELECT district, key, value FROM rule_parameter WHERE district = '' OR "
                                      "district = :district ORDER BY district = :district, key"),
        { { "district", district.trimmed() } });
    if (!q)
        return q.error();
    RuleSet rules = RuleSet::defaults();
    while (q->next()) { // the district's own rows come last and win
        const QString key = q->value(1).toString();
        const QString value = q->value(2).toString();
        if (key == QLatin1String("name"))
            rules.name = value;
        else if (key == QLatin1String("source"))
            rules.source = value;
        for (const RuleKey& k : kRuleKeys) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (key == QLatin1String(k.key) && ok && n >= k.min && n <= k.max)
                rules.*k.member = n;
        }
    }
    return rules;
}

Status CalendarRepository::saveRuleSet(const QString& district, const RuleSet& rules)
{
    for (const RuleKey& k : kRuleKeys) {
        const int n = rules.*k.member;
        if (n < k.min || n > k.max)
            return Error { Text::tr("%1应在 %2 到 %3 之间（现为 %4）")
                               .arg(QCoreApplication::translate("tp::CalendarRepository", k.label))
                               .arg(k.min)
                               .arg(k.max)
                               .arg(n) };
    }
    auto before = ruleSet(district);
    if (!before)
        return before.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QList<std::pair<QString, QString>> values { { QStringLiteral("name"), rules.name },
        { QStringLiteral("source"), rules.source } };
    for (const RuleKey& k : kRuleKeys)
        values.append({ QString::fromLatin1(k.key), QString::number(rules.*k.member) });
    for (const auto& [key, value] : values) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO rule_parameter (district, key, value) VALUES (:district, "
                                          ":key, :value) ON CONFLICT (district, key) DO UPDATE SET value = "
                                          "excluded.value"),
            { { "district", district.trimmed() }, { "key", key }, { "value", value } });
        if (!q)
            return q.error();
    }
    auto summary = [](const RuleSet& r) {
        return QStringLiteral("lead=%1 out_of_city=%2 change_months=%3 due_soon=%4")
            .arg(r.leadWorkdays)
            .arg(r.outOfCityWorkdays)
            .arg(r.changeMonths)
            .arg(r.dueSoonWorkdays);
    };
    if (Status s = writeAudit(m_db, QStringLiteral("rule_set"), 0, QStringLiteral("update"), district.trimmed(),
            summary(*before), summary(rules));
        !s)
        return s;
    return tx.commit();
}

} // namespace tp
