#include "IcsCalendar.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::IcsCalendar)
};

QByteArray icsDate(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

void addDeadline(QList<IcsEvent>& out, const Plan& plan, const Project& p, const DeadlineStatus& s, const char* what,
    const char* key)
{
    if (!s.isValid() || s.state == DeadlineState::OnTime || s.state == DeadlineState::Late
        || s.state == DeadlineState::NotApplicable)
        return;
    IcsEvent e;
    e.uid = QStringLiteral("%1-%2-%3-%4@trainplan").arg(plan.id).arg(p.id).arg(QLatin1String(key), s.rule);
    e.start = s.due;
    e.summary = Text::tr("最迟报送：第 %1 项「%2」%3").arg(p.seq).arg(p.name, Text::tr(what));
    QString d = Text::tr("%1 %2 年度计划第 %3 项「%4」：%5最迟于 %6 报送（%7）")
                    .arg(plan.district)
                    .arg(plan.year)
                    .arg(p.seq)
                    .arg(p.name, Text::tr(what), s.due.toString(Qt::ISODate), s.rule);
    if (s.provisional)
        d += Text::tr("。该日期依据估算的节假日，官方安排公布后可能变动");
    if (s.approximate)
        d += Text::tr("。开班日期按计划月份的第一天估算");
    e.description = d;
    e.categories = Text::tr("截止日期");
    out << e;
}

} // namespace

QList<IcsEvent> planCalendarEvents(const PlanDocument& document)
{
    QList<IcsEvent> out;
    const Plan& plan = document.plan();
    for (const Project& p : document.projects()) {
        if (p.cancelled)
            continue;
        const ProjectSchedule s = document.scheduleOf(p.id);
        const ProjectDeadlines d = document.deadlinesOf(p.id);
        // Class dates: each class (班次), else the project's own dates.
        QList<ClassSession> classes = s.classes;
        if (classes.isEmpty() && s.start.isValid())
            classes << ClassSession { QString(), s.start, s.end, p.location, 0 };
        int n = 0;
        for (const ClassSession& c : classes) {
            ++n;
            if (!c.start.isValid())
                continue;
            IcsEvent e;
            e.uid = QStringLiteral("%1-%2-class-%3@trainplan").arg(plan.id).arg(p.id).arg(n);
            e.start = c.start;
            e.end = c.end;
            e.summary
                = c.name.isEmpty() ? Text::tr("培训：%1").arg(p.name) : Text::tr("培训：%1（%2）").arg(p.name, c.name);
            e.description = Text::tr("%1 %2 年度计划第 %3 项；主办单位：%4")
                                .arg(plan.district)
                                .arg(plan.year)
                                .arg(p.seq)
                                .arg(joinOrganizers(p.organizers));
            if (!c.place.isEmpty())
                e.description += Text::tr("；地点：%1").arg(c.place);
            e.categories = Text::tr("培训");
            out << e;
        }
        addDeadline(out, plan, p, d.plan, QT_TRANSLATE_NOOP("tp::IcsCalendar", "详细培训方案"), "lead");
        addDeadline(out, plan, p, d.responsibilityLetter, QT_TRANSLATE_NOOP("tp::IcsCalendar", "赴市外培训管理责任书"),
            "outcity");
        // R-CHANGE: once the plan is approved, a project is changed or cancelled only by a request filed a month
        // before it takes effect (seeds 000 §二(一)); the last day to file one, while it can still be met.
        if (isApprovedStatus(plan.status) && d.change.state != DeadlineState::Overdue)
            addDeadline(
                out, plan, p, d.change, QT_TRANSLATE_NOOP("tp::IcsCalendar", "调整或取消申请（如需调整）"), "change");
    }
    return out;
}

QString escapeIcsText(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    s.replace(QLatin1Char(','), QStringLiteral("\\,"));
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    s.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    s.remove(QLatin1Char('\r'));
    return s;
}

QByteArray foldIcsLine(const QByteArray& line)
{
    QByteArray out;
    int used = 0; // octets on the current physical line
    int limit = 75;
    for (qsizetype i = 0; i < line.size();) {
        // The length of the UTF-8 character starting at i.
        const auto c = static_cast<unsigned char>(line.at(i));
        const int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        if (used + len > limit) {
            out += "\r\n ";
            used = 1; // the leading space counts
        }
        out += line.mid(i, len);
        used += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

QByteArray toIcs(const QList<IcsEvent>& events, const QString& calendarName, const QDateTime& stamp)
{
    QByteArray out;
    const auto add = [&](const QString& line) { out += foldIcsLine(line.toUtf8()); };
    add(QStringLiteral("BEGIN:VCALENDAR"));
    add(QStringLiteral("VERSION:2.0"));
    add(QStringLiteral("PRODID:-//TrainPlan//trainplan-cli//ZH"));
    add(QStringLiteral("CALSCALE:GREGORIAN"));
    add(QStringLiteral("METHOD:PUBLISH"));
    add(QStringLiteral("X-WR-CALNAME:") + escapeIcsText(calendarName));
    add(QStringLiteral("X-WR-TIMEZONE:Asia/Shanghai"));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const IcsEvent& e : events) {
        add(QStringLiteral("BEGIN:VEVENT"));
        add(QStringLiteral("UID:") + e.uid);
        add(QStringLiteral("DTSTAMP:") + dtstamp);
        add(QStringLiteral("DTSTART;VALUE=DATE:") + QString::fromLatin1(icsDate(e.start)));
        // DTEND of an all-day event is the day after the last one (exclusive).
        const QDate last = e.end.isValid() && e.end >= e.start ? e.end : e.start;
        add(QStringLiteral("DTEND;VALUE=DATE:") + QString::fromLatin1(icsDate(last.addDays(1))));
        add(QStringLiteral("SUMMARY:") + escapeIcsText(e.summary));
        if (!e.description.isEmpty())
            add(QStringLiteral("DESCRIPTION:") + escapeIcsText(e.description));
        if (!e.categories.isEmpty())
            add(QStringLiteral("CATEGORIES:") + escapeIcsText(e.categories));
        add(QStringLiteral("TRANSP:TRANSPARENT"));
        add(QStringLiteral("END:VEVENT"));
    }
    add(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace tp
