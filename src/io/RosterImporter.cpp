#include "RosterImporter.h"

#include "CellParsers.h"
#include "InputSanitizer.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace tp {

namespace {

const QString kStaff = QStringLiteral("staff");
const QString kName = QStringLiteral("name");
const QString kUnit = QStringLiteral("unit");

// A roster or sheet names people by 工号, or by 姓名 within 学校/单位: one of the two is needed.
Status checkPersonColumns(const HeaderTable& table)
{
    if (table.has(kStaff) || (table.has(kName) && table.has(kUnit)))
        return success();
    Error e(RosterImporter::tr("名单需要「工号」列，或「姓名」与「学校/单位」两列"));
    e.file = table.file;
    return e;
}

} // namespace

Result<RosterSheet> RosterImporter::parseFile(const QString& path, const QString& encoding)
{
    return tp::parseFile(
        path, [&](const QByteArray& bytes, const QString& name) { return parse(bytes, name, encoding); });
}

Result<RosterSheet> RosterImporter::parse(const QByteArray& bytes, const QString& fileName, const QString& encoding)
{
    const QList<HeaderColumn> spec { staffNumberColumn(false), personNameColumn(false), unitColumn(false),
        { QStringLiteral("class"),
            { QStringLiteral("班次"), QStringLiteral("期次"), QStringLiteral("批次"), QStringLiteral("班级") },
            false } };
    auto table = HeaderTable::read(bytes, fileName, spec, encoding);
    if (!table)
        return table.error();
    if (Status s = checkPersonColumns(*table); !s)
        return s.error();
    RosterSheet sheet;
    sheet.table = table.value();
    sheet.findings << sheet.table.findings; // cells cleaned: invisible characters removed, control characters refused
    static const QRegularExpression digits(QStringLiteral("(\\d+)"));
    for (const CsvRecord& record : sheet.table.rows) {
        RosterRow row { record, personCells(sheet.table, record), 0 };
        const QString classText = normalizeWidth(sheet.table.cell(record, QStringLiteral("class")));
        if (!classText.isEmpty()) {
            const auto m = digits.match(classText);
            if (!m.hasMatch()) {
                sheet.findings << sheet.table.finding(Severity::Error, record, QStringLiteral("class"),
                    tr("班次「%1」应为数字（第几期）").arg(classText));
                continue;
            }
            row.classSeq = m.captured(1).toInt();
        }
        sheet.rows << row;
    }
    return sheet;
}

Result<AttendanceSheet> AttendanceImporter::parseFile(const QString& path, double sessionHours, const QString& encoding)
{
    return tp::parseFile(
        path, [&](const QByteArray& bytes, const QString& name) { return parse(bytes, name, sessionHours, encoding); });
}

Result<AttendanceSheet> AttendanceImporter::parse(
    const QByteArray& bytes, const QString& fileName, double sessionHours, const QString& encoding)
{
    if (Status s = NumberInput::check(sessionHours, NumberField::SessionHours); !s) {
        Error e = s.error();
        e.message = tr("每场学时：%1").arg(e.message);
        return e;
    }
    const QList<HeaderColumn> spec { staffNumberColumn(false), personNameColumn(false), unitColumn(false),
        { QStringLiteral("date"), { QStringLiteral("日期"), QStringLiteral("培训日期") }, true },
        { QStringLiteral("session"), { QStringLiteral("场次"), QStringLiteral("节次"), QStringLiteral("时段") },
            false },
        { QStringLiteral("kind"),
            { QStringLiteral("考勤"), QStringLiteral("出勤"), QStringLiteral("出勤情况"), QStringLiteral("考勤情况"),
                QStringLiteral("状态") },
            true },
        { QStringLiteral("hours"), { QStringLiteral("学时"), QStringLiteral("实到学时"), QStringLiteral("出勤学时") },
            false },
        { QStringLiteral("planned"),
            { QStringLiteral("计划学时"), QStringLiteral("应到学时"), QStringLiteral("应出勤学时") }, false } };
    auto table = HeaderTable::read(bytes, fileName, spec, encoding);
    if (!table)
        return table.error();
    if (Status s = checkPersonColumns(*table); !s)
        return s.error();
    AttendanceSheet sheet;
    sheet.table = table.value();
    const HeaderTable& t = sheet.table;
    sheet.findings << t.findings; // cells cleaned: invisible characters removed, control characters refused
    for (const CsvRecord& record : t.rows) {
        AttendanceRecord r;
        const QString dateText = t.cell(record, QStringLiteral("date"));
        r.date = parseListDate(dateText);
        if (!r.date.isValid()) {
            sheet.findings << t.finding(Severity::Error, record, QStringLiteral("date"),
                tr("日期「%1」不是有效的日期").arg(InputSanitizer::printable(dateText)));
            continue;
        }
        const QString session = normalizeWidth(t.cell(record, QStringLiteral("session")));
        r.session = session == QStringLiteral("上午") ? 1
            : session == QStringLiteral("下午")       ? 2
            : session == QStringLiteral("晚上")       ? 3
                                                      : 0;
        if (r.session == 0 && session.isEmpty())
            r.session = 1;
        if (r.session == 0) {
            auto number = NumberInput::parse(session, NumberField::Session);
            if (!number) {
                sheet.findings << t.finding(Severity::Error, record, QStringLiteral("session"),
                    tr("场次「%1」应为 1 到 %2 的数字或上午/下午/晚上")
                        .arg(InputSanitizer::printable(session))
                        .arg(NumberInput::bounds(NumberField::Session).max));
                continue;
            }
            r.session = int(number.value());
        }
        const QString kindText = t.cell(record, QStringLiteral("kind"));
        const std::optional<AttendanceKind> kind = attendanceKindFromText(kindText);
        if (!kind) {
            sheet.findings << t.finding(Severity::Error, record, QStringLiteral("kind"),
                tr("考勤「%1」应为 出勤、迟到、请假 或 缺勤").arg(InputSanitizer::printable(kindText)));
            continue;
        }
        r.kind = *kind;
        // 学时 and 计划学时: finite numbers of one session ("nan" and "inf" are not hours).
        const QString plannedText = t.cell(record, QStringLiteral("planned"));
        r.plannedHours = sessionHours;
        if (!plannedText.isEmpty()) {
            auto planned = NumberInput::parse(plannedText, NumberField::SessionHours);
            if (!planned) {
                sheet.findings << t.finding(
                    Severity::Error, record, QStringLiteral("planned"), tr("计划%1").arg(planned.error().message));
                continue;
            }
            r.plannedHours = planned.value();
        }
        const QString hoursText = t.cell(record, QStringLiteral("hours"));
        const bool attended = r.kind == AttendanceKind::Present || r.kind == AttendanceKind::Late;
        r.hours = attended ? r.plannedHours : 0;
        if (!hoursText.isEmpty()) {
            auto hours = NumberInput::parse(hoursText, NumberField::SessionHours);
            if (!hours) {
                sheet.findings << t.finding(Severity::Error, record, QStringLiteral("hours"),
                    tr("学时「%1」应为 0 到计划学时（%2）之间的数")
                        .arg(InputSanitizer::printable(hoursText), formatNumber(r.plannedHours)));
                continue;
            }
            r.hours = hours.value();
        }
        if (r.hours > r.plannedHours + 1e-9) {
            sheet.findings << t.finding(Severity::Error, record, QStringLiteral("hours"),
                tr("学时「%1」应为 0 到计划学时（%2）之间的数").arg(hoursText, formatNumber(r.plannedHours)));
            continue;
        }
        sheet.rows << AttendanceRow { record, personCells(t, record), r };
    }
    return sheet;
}

} // namespace tp
