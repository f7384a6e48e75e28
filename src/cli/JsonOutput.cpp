#include "JsonOutput.h"

#include "CellParsers.h"
#include "Result.h"
#include "TableRules.h"

#include <QJsonDocument>

namespace tp::cli {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString fieldKey(ProjectField field)
{
    switch (field) {
    case ProjectField::Seq:
        return QStringLiteral("seq");
    case ProjectField::Name:
        return QStringLiteral("name");
    case ProjectField::Organizers:
        return QStringLiteral("organizers");
    case ProjectField::Duration:
        return QStringLiteral("duration");
    case ProjectField::Headcount:
        return QStringLiteral("headcount");
    case ProjectField::Modes:
        return QStringLiteral("modes");
    case ProjectField::Months:
        return QStringLiteral("months");
    case ProjectField::Location:
        return QStringLiteral("location");
    case ProjectField::Level:
        return QStringLiteral("level");
    case ProjectField::Remarks:
        return QStringLiteral("remarks");
    case ProjectField::None:
    case ProjectField::Count:
        break;
    }
    return QString();
}

QJsonObject durationJson(const Duration& d)
{
    QJsonObject o;
    o.insert(QStringLiteral("text"), d.text);
    if (!d.isValid() || d.unit == DurationUnit::None) {
        o.insert(QStringLiteral("value"), QJsonValue::Null);
        o.insert(QStringLiteral("unit"), QJsonValue::Null);
        if (!d.isValid())
            o.insert(QStringLiteral("error"), d.error);
        return o;
    }
    o.insert(QStringLiteral("value"), d.value);
    o.insert(QStringLiteral("unit"), d.unit == DurationUnit::Day ? QStringLiteral("day") : QStringLiteral("hour"));
    return o;
}

QJsonObject headcountJson(const Headcount& h)
{
    QJsonObject o;
    o.insert(QStringLiteral("text"), h.text);
    QJsonValue value = QJsonValue::Null;
    QJsonValue kind = QJsonValue::Null;
    if (h.isValid()) {
        switch (h.kind) {
        case HeadcountKind::Exact:
            value = h.value;
            kind = QStringLiteral("exact");
            break;
        case HeadcountKind::Approx:
            value = h.value;
            kind = QStringLiteral("approx");
            break;
        case HeadcountKind::AllStaff:
            kind = QStringLiteral("all_staff");
            break;
        case HeadcountKind::None:
            break;
        }
    } else {
        o.insert(QStringLiteral("error"), h.error);
    }
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("kind"), kind);
    return o;
}

} // namespace

QJsonObject planJson(const Plan& plan)
{
    QJsonObject o;
    o.insert(QStringLiteral("district"), plan.district);
    o.insert(QStringLiteral("year"), plan.year);
    o.insert(QStringLiteral("title"), plan.title);
    o.insert(QStringLiteral("status"), planStatusName(plan.status));
    o.insert(QStringLiteral("doc_number"), textOrNull(plan.docNumber));
    o.insert(QStringLiteral("issue_date"),
        plan.issueDate.isValid() ? QJsonValue(plan.issueDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("source_file"), textOrNull(plan.sourceFile));
    o.insert(QStringLiteral("notes"), textOrNull(plan.notes));
    return o;
}

QJsonObject projectJson(const Project& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("seq"), p.seq);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("organizers"), QJsonArray::fromStringList(p.organizers));
    o.insert(QStringLiteral("duration"), durationJson(p.duration()));
    o.insert(QStringLiteral("headcount"), headcountJson(p.headcount()));
    o.insert(QStringLiteral("cancelled"), p.cancelled);

    const MonthSpec m = p.months();
    QJsonArray months;
    for (int month : m.months)
        months.append(month);
    o.insert(QStringLiteral("months"), months);
    QJsonObject monthsDetail;
    monthsDetail.insert(QStringLiteral("text"), m.text);
    monthsDetail.insert(QStringLiteral("whole_year"), m.wholeYear);
    monthsDetail.insert(QStringLiteral("year"), m.year > 0 ? QJsonValue(m.year) : QJsonValue(QJsonValue::Null));
    if (!m.isValid())
        monthsDetail.insert(QStringLiteral("error"), m.error);
    o.insert(QStringLiteral("months_detail"), monthsDetail);

    o.insert(QStringLiteral("modes"), QJsonArray::fromStringList(p.modes()));
    o.insert(QStringLiteral("location"), p.location);
    o.insert(QStringLiteral("level"), p.level);
    o.insert(QStringLiteral("remarks"), p.remarks);
    return o;
}

QJsonObject totalsJson(const PlanTotals& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("days"), t.days);
    o.insert(QStringLiteral("hours"), t.hours);
    o.insert(QStringLiteral("headcount"), t.headcount);
    o.insert(QStringLiteral("all_staff_rows"), t.allStaffRows);
    o.insert(QStringLiteral("approx_rows"), t.approxRows);
    o.insert(QStringLiteral("blank_duration_rows"), t.blankDurationRows);
    o.insert(QStringLiteral("invalid_rows"), t.invalidRows);
    o.insert(QStringLiteral("projects"), t.projects);
    o.insert(QStringLiteral("duration_text"), formatDurationTotal(t));
    o.insert(QStringLiteral("headcount_text"), formatHeadcountTotal(t));
    o.insert(QStringLiteral("cancelled_rows"), t.cancelledRows);
    return o;
}

QJsonValue statedTotalsJson(const std::optional<StatedTotals>& stated)
{
    if (!stated)
        return QJsonValue::Null;
    const StatedDuration d = parseStatedDuration(stated->durationText);
    const Headcount h = parseHeadcount(stated->headcountText);
    QJsonObject o;
    o.insert(QStringLiteral("days"), d.valid ? numberOrNull(d.days) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("hours"), d.valid ? numberOrNull(d.hours) : QJsonValue(QJsonValue::Null));
    const bool counted = h.isValid() && (h.kind == HeadcountKind::Exact || h.kind == HeadcountKind::Approx);
    o.insert(QStringLiteral("headcount"), counted ? QJsonValue(h.value) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("duration_text"), stated->durationText);
    o.insert(QStringLiteral("headcount_text"), stated->headcountText);
    o.insert(QStringLiteral("row"), stated->row > 0 ? QJsonValue(stated->row) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject findingJson(const Finding& f)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), f.rule);
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("subject"), f.subject());
    o.insert(QStringLiteral("message"), f.message);
    o.insert(QStringLiteral("fix"), textOrNull(f.fix));
    o.insert(QStringLiteral("seq"), f.seq > 0 ? QJsonValue(f.seq) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("field"), textOrNull(fieldKey(f.field)));
    o.insert(QStringLiteral("file"), textOrNull(f.file));
    o.insert(QStringLiteral("row"), f.row > 0 ? QJsonValue(f.row) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("column"), f.column > 0 ? QJsonValue(f.column) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("column_name"), textOrNull(f.columnName));
    return o;
}

QJsonArray findingsJson(const Findings& findings)
{
    QJsonArray a;
    for (const Finding& f : findings)
        a.append(findingJson(f));
    return a;
}

QJsonObject planDocument(const Plan& plan, const QList<Project>& projects, const Findings& findings)
{
    QJsonArray rows;
    for (const Project& p : projects)
        rows.append(projectJson(p));
    QJsonObject o;
    o.insert(QStringLiteral("plan"), planJson(plan));
    o.insert(QStringLiteral("projects"), rows);
    o.insert(QStringLiteral("totals"), totalsJson(computeTotals(projects)));
    o.insert(QStringLiteral("stated_totals"), statedTotalsJson(plan.stated));
    o.insert(QStringLiteral("findings"), findingsJson(findings));
    return o;
}

QJsonObject teacherJson(const Teacher& t)
{
    return QJsonObject { { QStringLiteral("staff_number"), t.staffNumber }, { QStringLiteral("name"), t.name },
        { QStringLiteral("unit"), t.unitName } };
}

QJsonObject errorDocument(const Error& error)
{
    QJsonObject e;
    e.insert(QStringLiteral("message"), error.toString());
    e.insert(QStringLiteral("reason"), error.message);
    e.insert(QStringLiteral("file"), textOrNull(error.file));
    e.insert(QStringLiteral("row"), error.row > 0 ? QJsonValue(error.row) : QJsonValue(QJsonValue::Null));
    e.insert(QStringLiteral("column"), error.column > 0 ? QJsonValue(error.column) : QJsonValue(QJsonValue::Null));
    e.insert(QStringLiteral("column_name"), textOrNull(error.columnName));
    e.insert(QStringLiteral("value"), textOrNull(error.value));
    QJsonObject o;
    o.insert(QStringLiteral("error"), e);
    return o;
}

QByteArray toJsonBytes(const QJsonObject& document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace tp::cli
