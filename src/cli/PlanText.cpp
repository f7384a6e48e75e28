#include "PlanText.h"

#include "CellParsers.h"
#include "CommandLine.h"
#include "TableRules.h"

#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace tp::cli {

// --- text output -----------------------------------------------------------------------------------------

// Columns a terminal gives a character: 2 for East Asian wide and full-width characters, else 1.
int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
            || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

namespace {

QString padRight(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString padLeft(const QString& text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

} // namespace

QString oneLine(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString s = text;
    s.replace(breaks, QStringLiteral(" "));
    return s.trimmed();
}

namespace {

QString findingLine(const Finding& f)
{
    QString line = QStringLiteral("  [%1] %2：%3").arg(severityLabel(f.severity), f.subject(), f.message);
    if (!f.fix.isEmpty())
        line += Cli::tr("（建议：%1）").arg(f.fix);
    return line + QLatin1Char('\n');
}

} // namespace

QString findingsText(const Findings& findings)
{
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            ++errors;
        else if (f.severity == Severity::Warning)
            ++warnings;
        else
            ++infos;
    }
    if (findings.isEmpty())
        return Cli::tr("检查结果：没有发现问题\n");
    QString s = Cli::tr("检查结果：%1 个错误，%2 个警告，%3 个提示\n").arg(errors).arg(warnings).arg(infos);
    for (const Finding& f : findings)
        s += findingLine(f);
    return s;
}

QString totalsText(const QList<Project>& projects, const std::optional<StatedTotals>& stated)
{
    const PlanTotals t = computeTotals(projects);
    QStringList parts;
    if (t.days > 0)
        parts << Cli::tr("%1 天").arg(formatNumber(t.days));
    if (t.hours > 0)
        parts << Cli::tr("%1 学时").arg(formatNumber(t.hours));
    // 全员 is never dropped: "120 人 + 全员×1".
    QString s = Cli::tr("合计：%1 个项目，%2，%3 人%4")
                    .arg(t.projects)
                    .arg(parts.isEmpty() ? Cli::tr("无天数") : parts.join(QStringLiteral(" + ")))
                    .arg(t.headcount)
                    .arg(t.allStaffRows > 0 ? QStringLiteral(" + 全员×%1").arg(t.allStaffRows) : QString());
    QStringList extra;
    if (t.cancelledRows > 0)
        extra << Cli::tr("%n 个项目已取消，不计入合计", nullptr, t.cancelledRows);
    if (t.allStaffRows > 0)
        extra << Cli::tr("%n 行为“全员”，人数另计", nullptr, t.allStaffRows);
    if (t.approxRows > 0)
        extra << Cli::tr("%n 行为约数，已计入", nullptr, t.approxRows);
    if (t.blankDurationRows > 0)
        extra << Cli::tr("%n 行未填天数", nullptr, t.blankDurationRows);
    if (!extra.isEmpty())
        s += Cli::tr("（%1）").arg(extra.join(Cli::tr("；")));
    s += QLatin1Char('\n');
    if (stated) {
        s += Cli::tr("表中合计行%1：天数「%2」，人数「%3」\n")
                 .arg(stated->row > 0 ? Cli::tr("（第 %1 行）").arg(stated->row) : QString(), stated->durationText,
                     stated->headcountText);
    }
    return s;
}

// The plan table aligned for a terminal: the columns that have anything in them, a 合计 line.
QString planTableText(const QList<Project>& projects)
{
    struct Column {
        QString header;
        std::function<QString(const Project&)> cell;
        bool rightAligned = false;
    };
    const QList<Column> all {
        { Cli::tr("序号"), [](const Project& p) { return QString::number(p.seq); }, true },
        { Cli::tr("培训项目"), [](const Project& p) { return cellTextAsShown(p, ProjectField::Name); } },
        { Cli::tr("主办单位"), [](const Project& p) { return joinOrganizers(p.organizers); } },
        { Cli::tr("天数/学时"), [](const Project& p) { return p.durationText; }, true },
        { Cli::tr("参培人数"), [](const Project& p) { return p.headcountText; }, true },
        { Cli::tr("培训方式"), [](const Project& p) { return p.modesText; } },
        { Cli::tr("拟培训时间"), [](const Project& p) { return p.monthsText; } },
        { Cli::tr("培训地点"), [](const Project& p) { return p.location; } },
        { Cli::tr("级别"), [](const Project& p) { return p.level; } },
        { Cli::tr("备注"), [](const Project& p) { return p.remarks; } },
    };
    const PlanTotals t = computeTotals(projects);
    QList<Column> columns;
    QList<QStringList> cells; // per column
    for (qsizetype c = 0; c < all.size(); ++c) {
        QStringList texts;
        bool any = c < 2; // 序号 and 培训项目 always
        for (const Project& p : projects) {
            texts << oneLine(all[c].cell(p));
            any = any || !texts.last().isEmpty();
        }
        if (!any)
            continue;
        columns << all[c];
        QString total;
        if (c == 1)
            total = Cli::tr("合计");
        else if (c == 3)
            total = formatDurationTotal(t);
        else if (c == 4)
            total = formatHeadcountTotal(t);
        texts << total;
        cells << texts;
    }
    QList<int> widths;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        int w = displayWidth(columns[c].header);
        for (const QString& s : cells[c])
            w = std::max(w, displayWidth(s));
        widths << w;
    }
    const auto line = [&](const std::function<QString(qsizetype)>& text) {
        QStringList parts;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString s = text(c);
            parts << (columns[c].rightAligned ? padLeft(s, widths[c]) : padRight(s, widths[c]));
        }
        QString l = parts.join(QStringLiteral("  "));
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        return l + QLatin1Char('\n');
    };
    QString rule;
    for (qsizetype c = 0; c < columns.size(); ++c)
        rule += (c ? QStringLiteral("  ") : QString()) + QString(widths[c], QLatin1Char('-'));
    rule += QLatin1Char('\n');

    QString s = line([&](qsizetype c) { return columns[c].header; });
    s += rule;
    for (qsizetype r = 0; r < projects.size(); ++r)
        s += line([&](qsizetype c) { return cells[c][r]; });
    s += rule;
    s += line([&](qsizetype c) { return cells[c].last(); });
    return s;
}

} // namespace tp::cli
