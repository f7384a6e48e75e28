#include "CreditReportDocument.h"

#include "PdfOutput.h"
#include "TableFit.h"

#include <algorithm>
#include <cmath>

namespace tp {

CreditReportDocument::CreditReportDocument(QList<TeacherCreditRow> rows, CreditReportOptions options)
    : m_rows(std::move(rows))
    , m_options(std::move(options))
{
    if (!m_options.asOf.isValid())
        m_options.asOf = QDate::currentDate();
    if (m_options.cycleStart <= 0)
        m_options.cycleStart = m_options.rules.cycleStartOf(m_options.asOf.year());
}

CreditReportDocument::~CreditReportDocument() = default;

QString CreditReportDocument::title() const
{
    if (!m_options.title.trimmed().isEmpty())
        return m_options.title.trimmed();
    const QString who
        = m_options.unitName.trimmed().isEmpty() ? m_options.district.trimmed() : m_options.unitName.trimmed();
    return tr("%1教师继续教育学分统计表").arg(who);
}

QList<CreditRequirement> CreditReportDocument::columns() const
{
    QList<CreditRequirement> list;
    // A requirement whose minimum is 未公布 judges nobody: no column (the sources below say so).
    for (const CreditRequirement& r : m_options.rules.requirements)
        if (r.period == CreditPeriod::Cycle && r.judged())
            list << r;
    const int cycleEnd = m_options.cycleStart + m_options.rules.cycleYears - 1;
    if (m_options.asOf.year() >= m_options.cycleStart && m_options.asOf.year() <= cycleEnd)
        for (const CreditRequirement& r : m_options.rules.requirements)
            if (r.period == CreditPeriod::Year && r.judged())
                list << r;
    return list;
}

QString CreditReportDocument::summary() const
{
    int counts[4] = {};
    for (const TeacherCreditRow& row : m_rows)
        ++counts[int(row.status.overall)];
    return tr("共 %1 名教师：%2 %3 人，%4 %5 人，%6 %7 人，%8 %9 人")
        .arg(m_rows.size())
        .arg(creditStateLabel(CreditState::Met))
        .arg(counts[int(CreditState::Met)])
        .arg(creditStateLabel(CreditState::OnTrack))
        .arg(counts[int(CreditState::OnTrack)])
        .arg(creditStateLabel(CreditState::AtRisk))
        .arg(counts[int(CreditState::AtRisk)])
        .arg(creditStateLabel(CreditState::Short))
        .arg(counts[int(CreditState::Short)]);
}

report::PagedTableInput CreditReportDocument::buildInput() const
{
    using namespace report;
    PagedTableInput in;
    in.page = m_options.page;

    const int cycleEnd = m_options.cycleStart + m_options.rules.cycleYears - 1;
    const QDate d = m_options.asOf;
    in.lead << TextBlock { title(), TextStyle::Title, Qt::AlignHCenter, 0, 4 };
    QStringList parts { tr("培训周期：%1—%2年").arg(m_options.cycleStart).arg(cycleEnd),
        tr("统计日期：%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()),
        tr("学分规则：%1").arg(m_options.rules.name) };
    if (m_options.belowOnly)
        parts << tr("仅列未达标教师");
    in.lead << TextBlock { parts.join(QStringLiteral("　　")), TextStyle::Subtitle, Qt::AlignLeft, 0, 3 };

    const bool unitColumn = m_options.unitName.trimmed().isEmpty();
    const QList<CreditRequirement> requirements = columns();
    const int year = m_options.asOf.year();

    // Header: 序号 工号 姓名 [单位] 学段 学科, one column per requirement ("区县级及以上\n（≥20学分）"), 状态.
    QStringList header { tr("序号"), tr("工号"), tr("姓名") };
    if (unitColumn)
        header << tr("单位");
    header << tr("学段") << tr("学科");
    for (const CreditRequirement& r : requirements) {
        const QString period = r.period == CreditPeriod::Year ? tr("%1年").arg(year) : QString();
        header
            << tr("%1%2\n（≥%3%4）").arg(period, r.label, formatCreditAmount(r.minimum), creditMeasureLabel(r.measure));
    }
    header << tr("状态");
    // A register of many teachers: 小五 (9 pt) with little space around the text, one line per teacher where
    // the columns allow, so a page holds 30 and more.
    in.header.style = TextStyle::SmallHeaderCell;
    in.header.minHeightMm = 8;
    in.header.padYMm = 0.9;
    for (const QString& h : header)
        in.header.cells << TableCell { h, 1, Qt::AlignCenter };

    // Body.
    int seq = 0;
    for (const TeacherCreditRow& row : m_rows) {
        TableRowSpec spec;
        spec.style = TextStyle::SmallBodyCell;
        spec.padYMm = 0.8;
        spec.cells << TableCell { QString::number(++seq), 1, Qt::AlignCenter }
                   << TableCell { row.teacher.staffNumber, 1, Qt::AlignCenter }
                   << TableCell { row.teacher.name, 1, Qt::AlignCenter };
        if (unitColumn)
            spec.cells << TableCell { row.teacher.unitName, 1, Qt::AlignLeft | Qt::AlignVCenter };
        spec.cells << TableCell { row.teacher.stage, 1, Qt::AlignCenter }
                   << TableCell { row.teacher.subject, 1, Qt::AlignCenter };
        for (const CreditRequirement& r : requirements) {
            const RequirementStatus* s = row.status.find(r.id, r.period == CreditPeriod::Year ? year : 0);
            QString text;
            if (s) {
                text = formatCreditAmount(s->earned);
                if (s->missing > 0)
                    text += tr("（差%1）").arg(formatCreditAmount(s->missing));
            }
            spec.cells << TableCell { text, 1, Qt::AlignCenter };
        }
        spec.cells << TableCell { creditStateLabel(row.status.overall), 1, Qt::AlignCenter };
        in.rows << spec;
    }
    if (m_rows.isEmpty()) {
        TableRowSpec empty;
        empty.style = TextStyle::SmallBodyCell;
        empty.minHeightMm = 10;
        empty.cells << TableCell { m_options.belowOnly ? tr("没有未达标的教师") : tr("没有教师"), int(header.size()),
            Qt::AlignCenter };
        in.rows << empty;
    }

    // Widths from the content (TableFit.h): staff numbers, names, stages, subjects, credits and status are values;
    // the unit's name is the text that wraps when it must. A school's report has no text column: what is left
    // of the width is shared by all.
    QList<ColumnSpec> specs;
    for (int c = 0; c < header.size(); ++c)
        specs << (unitColumn && c == 3 ? ColumnSpec { .role = ColumnRole::Text, .priority = 1.0 }
                                       : ColumnSpec { .role = ColumnRole::Value });
    const TableFitter fitter(in.header, in.rows, specs);
    const TableFit fit = fitter.fit(in);
    in.columnWidthsMm = fit.widthsMm;
    in.columnsFit = fit.fits;
    fitter.wrap(in);

    in.tail << TextBlock { summary(), TextStyle::Note, Qt::AlignLeft, 4, 0 };
    in.tail << TextBlock { tr("说明：“进度正常”指已完成的学分不低于周期已过年份应完成的份额；“有风险”指低于该份额；"
                              "“未达标”指周期已结束仍未达到要求。学分规则「%1」的要求与出处：%2。")
                               .arg(m_options.rules.name,
                                   m_options.rules.requirementSources().join(QStringLiteral("；"))),
        TextStyle::Note, Qt::AlignLeft, 2, 0 };
    if (!m_options.issuer.trimmed().isEmpty())
        in.signature << m_options.issuer.trimmed();
    in.signature << tr("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    return in;
}

const report::PagedTable& CreditReportDocument::layout() const
{
    if (!m_layout || m_layout->cancelled()) {
        report::PagedTableInput in = buildInput();
        in.progress = m_progress;
        m_layout = std::make_unique<report::PagedTable>(std::move(in));
    }
    return *m_layout;
}

void CreditReportDocument::setProgress(const ProgressOptions& progress)
{
    m_progress = progress;
    if (m_layout)
        m_layout->setProgress(progress);
}

int CreditReportDocument::pageCount() const
{
    return layout().pageCount();
}

Status CreditReportDocument::print(QPagedPaintDevice* device) const
{
    return layout().print(device);
}

Status CreditReportDocument::writePdf(const QString& path) const
{
    return report::writePdfFile(path, title(), [this](QPagedPaintDevice* device) { return print(device); });
}

} // namespace tp
