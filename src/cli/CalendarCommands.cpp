#include "Commands.h"

#include "AtomicFile.h"
#include "CalendarRepository.h"
#include "CommandContext.h"
#include "Database.h"
#include "IcsCalendar.h"
#include "JsonOutput.h"
#include "WorkCalendar.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

// The calendar commands of trainplan-cli: calendar (every day of a year) and deadline (the latest day to submit).

namespace tp::cli {

namespace {

bool parseDate(const QString& text, QDate* date)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return false;
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

// calendar --year Y --ics FILE: the plan's class dates and deadlines as an iCalendar file.
int runCalendarIcs(CommandContext& ctx)
{
    int code = ExitSuccess;
    const auto document = ctx.planDocument(CommandContext::Rules::All, &code);
    if (!document)
        return code;
    const QString file = ctx.value("ics");
    const QList<IcsEvent> events = planCalendarEvents(*document);
    const Plan& plan = document->plan();
    const QString name
        = plan.title.isEmpty() ? Cli::tr("%1 %2 年度培训计划").arg(plan.district).arg(plan.year) : plan.title;
    // DTSTAMP: the day the export is made for (--today), so two exports of one day are the same file.
    const QByteArray ics = toIcs(events, name, QDateTime(ctx.today(), QTime(0, 0), QTimeZone::utc()));
    if (Status s = AtomicFile::writeFile(file, ics); !s) {
        Error e = s.error();
        if (e.file.isEmpty())
            e.file = file;
        return ctx.reject(e);
    }
    const auto deadlines = std::count_if(
        events.begin(), events.end(), [](const IcsEvent& e) { return e.uid.contains(QStringLiteral("-R-")); });
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("plan"), planJson(plan) },
            { QStringLiteral("output"), QFileInfo(file).absoluteFilePath() },
            { QStringLiteral("events"), int(events.size()) }, { QStringLiteral("deadlines"), int(deadlines) } });
        return ExitSuccess;
    }
    ctx.print(
        Cli::tr("已写出 %1：%n 个日程（其中截止日期 %2 个）\n", nullptr, int(events.size())).arg(file).arg(deadlines));
    return ExitSuccess;
}

int runCalendar(CommandContext& ctx)
{
    if (ctx.has("ics"))
        return runCalendarIcs(ctx);
    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    auto calendar = CalendarRepository(*db).calendar();
    if (!calendar)
        return ctx.reject(calendar.error());
    const int year = ctx.year();
    const QList<DayInfo> days = calendar->yearDays(year);
    const bool estimated = !calendar->hasSchedule(year);
    if (ctx.json()) {
        QJsonArray list;
        for (const DayInfo& d : days) {
            QJsonObject o;
            o.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("workday"), d.workday);
            o.insert(QStringLiteral("source"), daySourceName(d.source));
            o.insert(QStringLiteral("name"), d.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.name));
            list.append(o);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("year"), year);
        doc.insert(QStringLiteral("estimated"), estimated);
        doc.insert(QStringLiteral("days"), list);
        ctx.printJson(doc);
        return ExitSuccess;
    }
    static const QStringList weekdays { Cli::tr("周一"), Cli::tr("周二"), Cli::tr("周三"), Cli::tr("周四"),
        Cli::tr("周五"), Cli::tr("周六"), Cli::tr("周日") };
    int workdays = 0;
    QString s;
    if (estimated)
        s += Cli::tr("%1 年尚无官方节假日安排：节假日为估算，据此算出的期限为预计\n").arg(year);
    for (const DayInfo& d : days) {
        workdays += d.workday;
        s += QStringLiteral("%1 %2  %3  %4%5\n")
                 .arg(d.date.toString(Qt::ISODate), weekdays.at(d.date.dayOfWeek() - 1),
                     d.workday ? Cli::tr("上班") : Cli::tr("休息"), daySourceLabel(d.source),
                     d.name.isEmpty() ? QString() : QStringLiteral("  ") + d.name);
    }
    s += Cli::tr("%1 年共 %2 天，其中工作日 %3 天\n").arg(year).arg(days.size()).arg(workdays);
    ctx.print(s);
    return ExitSuccess;
}

bool parseCount(const QString& text, int* n)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    if (!digits.match(text).hasMatch())
        return false;
    *n = text.toInt();
    return *n > 0;
}

int runDeadline(CommandContext& ctx)
{
    QDate start;
    if (!ctx.has("start"))
        return ctx.usage(Cli::tr("deadline 需要 --start 日期（YYYY-MM-DD）"));
    if (!parseDate(ctx.value("start"), &start))
        return ctx.usage(Cli::tr("--start 的值「%1」不是有效的日期（格式 YYYY-MM-DD）").arg(ctx.value("start")));
    const bool byWorkdays = ctx.has("workdays");
    const bool byMonths = ctx.has("months");
    if (byWorkdays && byMonths)
        return ctx.usage(Cli::tr("--workdays 与 --months 只能给一个"));
    int count = 0;
    if (byWorkdays && !parseCount(ctx.value("workdays"), &count))
        return ctx.usage(Cli::tr("--workdays 的值「%1」应为正整数").arg(ctx.value("workdays")));
    if (byMonths && !parseCount(ctx.value("months"), &count))
        return ctx.usage(Cli::tr("--months 的值「%1」应为正整数").arg(ctx.value("months")));

    Database* db = ctx.database();
    if (!db)
        return ExitRejected;
    CalendarRepository calendars(*db);
    auto calendar = calendars.calendar();
    if (!calendar)
        return ctx.reject(calendar.error());
    auto rules = calendars.ruleSet(ctx.value("district").trimmed());
    if (!rules)
        return ctx.reject(rules.error());

    QString rule;
    Deadline deadline;
    if (byMonths) {
        // R-CHANGE — seeds 000 §二(一): 调整须提前1个月报批 (calendar months; a day off moves it to the last
        // working day before it).
        rule = QStringLiteral("R-CHANGE");
        deadline = calendar->monthsBeforeDeadline(start, count);
    } else {
        // R-LEAD — seeds 000 §二(一): 开班前15个工作日 (the rule set's number unless --workdays says otherwise).
        rule = QStringLiteral("R-LEAD");
        if (!byWorkdays)
            count = rules->leadWorkdays;
        deadline = calendar->workdaysBefore(start, count);
    }
    if (!deadline.isValid())
        return ctx.reject(Error(Cli::tr("无法计算 %1 之前的期限").arg(start.toString(Qt::ISODate))));

    if (ctx.json()) {
        QJsonObject doc;
        doc.insert(QStringLiteral("start"), start.toString(Qt::ISODate));
        doc.insert(QStringLiteral("deadline"), deadline.date.toString(Qt::ISODate));
        doc.insert(QStringLiteral("rule"), rule);
        doc.insert(QStringLiteral("provisional"), deadline.provisional);
        doc.insert(byMonths ? QStringLiteral("months") : QStringLiteral("workdays"), count);
        doc.insert(QStringLiteral("today"), ctx.today().toString(Qt::ISODate));
        doc.insert(QStringLiteral("remaining_workdays"), calendar->workdaysBetween(ctx.today(), deadline.date));
        if (deadline.nominal.isValid()) {
            doc.insert(QStringLiteral("nominal"), deadline.nominal.toString(Qt::ISODate));
            doc.insert(QStringLiteral("note"), deadlineMoveNote(deadline));
        }
        ctx.printJson(doc);
        return ExitSuccess;
    }
    ctx.print(deadline.date.toString(Qt::ISODate) + QLatin1Char('\n'));
    if (deadline.nominal.isValid())
        ctx.message(Cli::tr("最迟 %1 月 %2 日报送%3")
                        .arg(deadline.date.month())
                        .arg(deadline.date.day())
                        .arg(deadlineMoveNote(deadline)));
    if (deadline.provisional)
        ctx.message(Cli::tr("注意：该期限依据估算的节假日，官方安排公布后可能变动"));
    return ExitSuccess;
}

} // namespace

QList<Command> calendarCommands()
{
    return {
        { QStringLiteral("calendar"), QStringLiteral("calendar --year YEAR [--ics FILE [--district NAME]]"),
            Cli::tr("列出一年中的每一天：是否工作日，依据（官方、估算、用户、平日、周末）；--ics FILE："
                    "把该年度计划的开班日期和报送截止日期写成 iCalendar 文件（手机、Outlook、WPS 日历可导入）"),
            { valueOption("year", "YEAR"), valueOption("ics", "FILE"), valueOption("district", "NAME") }, {}, true,
            Command::Fonts::Never, runCalendar },
        { QStringLiteral("deadline"), QStringLiteral("deadline --start DATE [--workdays N | --months N]"),
            Cli::tr("报送期限：开班日前 N 个工作日（默认按规则集，15 个），或生效日前 N 个月"),
            { valueOption("start", "DATE"), valueOption("workdays", "N"), valueOption("months", "N"),
                valueOption("district", "NAME") },
            {}, false, Command::Fonts::Never, runDeadline },
    };
}

} // namespace tp::cli
