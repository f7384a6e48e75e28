#include "TableRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::TableRules)
};

const QString kRule = QStringLiteral("R-TABLE");

bool sameNumber(double a, double b)
{
    return std::fabs(a - b) < 1e-6;
}

// `position` is the 1-based place of the row in the table: the subject of the finding even when the
// table's own 序号 are wrong or repeated.
Finding projectFinding(const Project& p, int position, ProjectField field, Severity severity, const QString& message,
    const QString& fix = QString())
{
    Finding f;
    f.severity = severity;
    f.rule = kRule;
    f.seq = position;
    f.projectId = p.id;
    f.field = field;
    f.message = message;
    f.fix = fix;
    return f;
}

} // namespace

StatedDuration parseStatedDuration(const QString& text)
{
    StatedDuration result;
    const QString t = normalizeWidth(text);
    if (t.isEmpty())
        return result;
    // "98天+400学时", "98天、400学时", "98天 400学时", "82"
    static const QRegularExpression part(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(天|日|学时|课时|小时)?\\s*$"));
    static const QRegularExpression separators(QStringLiteral("[+＋、，,;；\\s]+"));
    const QStringList parts = t.split(separators, Qt::SkipEmptyParts);
    for (const QString& piece : parts) {
        const auto m = part.match(piece);
        if (!m.hasMatch()) {
            result.valid = false;
            continue;
        }
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        if (unit == QStringLiteral("学时") || unit == QStringLiteral("课时") || unit == QStringLiteral("小时"))
            result.hours = result.hours.value_or(0) + value;
        else
            result.days = result.days.value_or(0) + value;
    }
    if (parts.isEmpty())
        result.valid = false;
    return result;
}

QString formatDurationTotal(const PlanTotals& totals)
{
    const bool hasDays = totals.days > 0;
    const bool hasHours = totals.hours > 0;
    if (hasDays && hasHours)
        return formatNumber(totals.days) + QStringLiteral("天+") + formatNumber(totals.hours) + QStringLiteral("学时");
    if (hasHours)
        return formatNumber(totals.hours) + QStringLiteral("学时");
    if (hasDays)
        return formatNumber(totals.days);
    return QString();
}

QString formatHeadcountTotal(const PlanTotals& totals)
{
    if (totals.headcount == 0 && totals.allStaffRows == 0 && totals.approxRows == 0)
        return QString();
    // 全员 is never dropped from a total, and never counted as 0: "440 + 全员×1" on screen, in print and exports.
    if (totals.allStaffRows == 0)
        return QString::number(totals.headcount);
    const QString allStaff = QStringLiteral("全员×%1").arg(totals.allStaffRows);
    if (totals.headcount == 0 && totals.approxRows == 0)
        return allStaff;
    return QString::number(totals.headcount) + QStringLiteral(" + ") + allStaff;
}

QString cancelledMark()
{
    return Text::tr("【已取消】");
}

QString cellTextAsShown(const Project& project, ProjectField field)
{
    if (field == ProjectField::Name && project.cancelled)
        return cancelledMark() + project.name;
    return project.text(field);
}

StatedHeadcount parseStatedHeadcount(const QString& text)
{
    StatedHeadcount result;
    QString t = normalizeWidth(text).trimmed();
    static const QRegularExpression allStaff(QStringLiteral("(?:^|[+＋、，,]\\s*)全员\\s*[×xX*＊]\\s*(\\d+)\\s*$"));
    if (const auto m = allStaff.match(t); m.hasMatch()) {
        result.allStaffRows = m.captured(1).toInt();
        t = t.left(m.capturedStart()).trimmed();
    }
    if (!t.isEmpty())
        result.headcount = parseHeadcount(t);
    return result;
}

Findings checkPlanTable(const QList<Project>& projects, const TableCheckOptions& options)
{
    Findings out;
    QSet<QString> known;
    for (const QString& u : options.knownUnits)
        known.insert(u.trimmed());
    QSet<QString> reportedUnknown;

    for (qsizetype i = 0; i < projects.size(); ++i) {
        const Project& p = projects.at(i);
        const int expectedSeq = int(i) + 1;
        if (p.seq != expectedSeq)
            out << projectFinding(p, expectedSeq, ProjectField::Seq, Severity::Warning,
                Text::tr("序号应为 %1，表中为 %2").arg(expectedSeq).arg(p.seq), Text::tr("按表中顺序重新编号"));
        if (p.name.trimmed().isEmpty())
            out << projectFinding(p, expectedSeq, ProjectField::Name, Severity::Error, Text::tr("培训项目名称为空"),
                Text::tr("填写项目名称"));

        const Duration d = p.duration();
        if (!d.isValid())
            out << projectFinding(p, expectedSeq, ProjectField::Duration, Severity::Error,
                Text::tr("培训天数「%1」无法识别：%2").arg(d.text, d.error),
                Text::tr("填写天数（如 3 或 2天）或学时（如 50学时）"));
        else if (d.isBlank())
            out << projectFinding(
                p, expectedSeq, ProjectField::Duration, Severity::Info, Text::tr("未填培训天数，不计入合计"));

        const Headcount h = p.headcount();
        if (!h.isValid())
            out << projectFinding(p, expectedSeq, ProjectField::Headcount, Severity::Error,
                Text::tr("参培人数「%1」无法识别：%2").arg(h.text, h.error),
                Text::tr("填写人数（如 300 或 约120人）或“全员”"));

        const MonthSpec m = p.months();
        if (!m.isValid())
            out << projectFinding(p, expectedSeq, ProjectField::Months, Severity::Error,
                Text::tr("拟培训时间「%1」无法识别：%2").arg(m.text, m.error),
                Text::tr("填写月份（如 4月、4-5月）或“全年”"));

        if (!known.isEmpty()) {
            for (const QString& org : p.organizers) {
                if (known.contains(org.trimmed()))
                    continue;
                out << projectFinding(p, expectedSeq, ProjectField::Organizers, Severity::Warning,
                    Text::tr("主办单位「%1」不在单位名录中").arg(org), Text::tr("改正名称，或在单位名录中添加该单位"));
                reportedUnknown.insert(org);
            }
        }
    }

    // A plan without any duration (建安 2024 has no such column) would get one "未填培训天数" per row: say it
    // once, about the plan (seq 0, field 培训天数/学时).
    const bool noDurations = !projects.isEmpty()
        && std::all_of(projects.begin(), projects.end(), [](const Project& p) { return p.duration().isBlank(); });
    if (noDurations) {
        out.removeIf([](const Finding& f) {
            return f.field == ProjectField::Duration && f.severity == Severity::Info && f.seq > 0;
        });
        Finding once;
        once.severity = Severity::Info;
        once.rule = kRule;
        once.field = ProjectField::Duration;
        once.message = Text::tr("各项目都没有填培训天数/学时，合计不含天数");
        out.prepend(once);
    }

    if (!options.stated)
        return out;

    const StatedTotals& stated = *options.stated;
    const PlanTotals totals = computeTotals(projects);
    auto totalFinding
        = [&](Severity severity, int column, const QString& columnName, const QString& message, const QString& fix) {
              Finding f;
              f.severity = severity;
              f.rule = kRule;
              f.file = options.file;
              f.row = stated.row;
              f.column = column;
              f.columnName = columnName;
              f.message = message;
              f.fix = fix;
              out << f;
          };

    if (!stated.durationText.trimmed().isEmpty()) {
        const StatedDuration sd = parseStatedDuration(stated.durationText);
        const QString col = fieldLabel(ProjectField::Duration);
        if (!sd.valid) {
            totalFinding(Severity::Error, stated.durationColumn, col,
                Text::tr("合计行的培训天数「%1」无法识别").arg(stated.durationText),
                Text::tr("按各行相加改为 %1").arg(formatDurationTotal(totals)));
        } else {
            const double statedDays = sd.days.value_or(0);
            if (!sameNumber(statedDays, totals.days))
                totalFinding(Severity::Error, stated.durationColumn, col,
                    Text::tr("合计行写 %1 天，各行相加为 %2 天，相差 %3 天")
                        .arg(formatNumber(statedDays), formatNumber(totals.days),
                            formatNumber(std::fabs(totals.days - statedDays))),
                    Text::tr("核对各行天数，或将合计改为 %1 天").arg(formatNumber(totals.days)));
            else
                totalFinding(Severity::Info, stated.durationColumn, col,
                    Text::tr("合计行 %1 天与各行相加一致").arg(formatNumber(statedDays)), QString());

            if (totals.hours > 0 && !sd.hours)
                totalFinding(Severity::Warning, stated.durationColumn, col,
                    Text::tr("另有 %1 学时（%2 行按学时计）未计入合计行")
                        .arg(formatNumber(totals.hours))
                        .arg(std::count_if(projects.begin(), projects.end(),
                            [](const Project& p) { return p.duration().unit == DurationUnit::Hour; })),
                    Text::tr("在合计中单列学时，如 %1").arg(formatDurationTotal(totals)));
            else if (sd.hours && !sameNumber(*sd.hours, totals.hours))
                totalFinding(Severity::Error, stated.durationColumn, col,
                    Text::tr("合计行写 %1 学时，各行相加为 %2 学时")
                        .arg(formatNumber(*sd.hours), formatNumber(totals.hours)),
                    Text::tr("核对各行学时，或将合计改为 %1 学时").arg(formatNumber(totals.hours)));
        }
    }

    if (!stated.headcountText.trimmed().isEmpty()) {
        const StatedHeadcount parsed = parseStatedHeadcount(stated.headcountText);
        Headcount sh = parsed.headcount;
        if (parsed.allStaffRows > 0 && stated.headcountText.trimmed().startsWith(QStringLiteral("全员"))) {
            sh.kind = HeadcountKind::Exact; // "全员×2": no number of people besides
            sh.value = 0;
        }
        const QString col = fieldLabel(ProjectField::Headcount);
        if (!sh.isValid() || (sh.kind != HeadcountKind::Exact && sh.kind != HeadcountKind::Approx)) {
            totalFinding(Severity::Error, stated.headcountColumn, col,
                Text::tr("合计行的参培人数「%1」无法识别").arg(stated.headcountText),
                Text::tr("按各行相加改为 %1").arg(totals.headcount));
        } else if (sh.value != totals.headcount) {
            totalFinding(Severity::Error, stated.headcountColumn, col,
                Text::tr("合计行写 %1 人，各行相加为 %2 人，相差 %3 人")
                    .arg(sh.value)
                    .arg(totals.headcount)
                    .arg(std::abs(totals.headcount - sh.value)),
                Text::tr("核对各行人数，或将合计改为 %1 人").arg(totals.headcount));
        } else {
            totalFinding(Severity::Info, stated.headcountColumn, col,
                Text::tr("合计行 %1 人与各行相加一致").arg(sh.value), QString());
        }
        if (parsed.allStaffRows > 0 && parsed.allStaffRows != totals.allStaffRows)
            totalFinding(Severity::Error, stated.headcountColumn, col,
                Text::tr("合计行写全员 %1 行，各行中参培人数为“全员”的有 %2 行")
                    .arg(parsed.allStaffRows)
                    .arg(totals.allStaffRows),
                Text::tr("将合计改为 %1").arg(formatHeadcountTotal(totals)));
        else if (totals.allStaffRows > 0 && parsed.allStaffRows == 0)
            totalFinding(Severity::Info, stated.headcountColumn, col,
                Text::tr("%1 行参培人数为“全员”，未计入人数合计").arg(totals.allStaffRows), QString());
    }
    return out;
}

} // namespace tp
