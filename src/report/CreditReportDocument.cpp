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

namespace {

// Where a layout stopped by 取消 while the columns were measured reports: it stops at once, so the table is a
// cancelled one (PagedTable::cancelled(); print() refuses).
class StopAtOnce : public ProgressSink {
public:
    bool report(qint64, qint64, const QString&) override { return false; }
};

} // namespace

// The body of the report, one row per teacher, made when it is needed: while the columns are measured (once), while
// the rows are placed (once) and when its page is drawn. Only the teachers are held, not their cells.
class CreditReportDocument::Rows : public report::TableRowSource {
public:
    // `shortBy`: "（差%1）", `emptyText`: the one row of a report without teachers (both translated).
    Rows(QList<TeacherCreditRow> teachers, QList<CreditRequirement> requirements, int year, bool unitColumn,
        QString shortBy, QString emptyText, int columnCount)
        : m_teachers(std::move(teachers))
        , m_requirements(std::move(requirements))
        , m_year(year)
        , m_unitColumn(unitColumn)
        , m_shortBy(std::move(shortBy))
        , m_emptyText(std::move(emptyText))
        , m_columnCount(columnCount)
    {
    }

    int rowCount() const override { return m_teachers.isEmpty() ? 1 : int(m_teachers.size()); }

    // The row's cells as they are before the column widths are known.
    report::TableRowSpec cells(int index) const
    {
        using namespace report;
        TableRowSpec spec;
        spec.style = TextStyle::SmallBodyCell;
        if (m_teachers.isEmpty()) {
            spec.minHeightMm = 10;
            spec.cells << TableCell { m_emptyText, m_columnCount, Qt::AlignCenter };
            return spec;
        }
        const TeacherCreditRow& row = m_teachers.at(index);
        spec.padYMm = 0.8;
        spec.cells << TableCell { QString::number(index + 1), 1, Qt::AlignCenter }
                   << TableCell { row.teacher.staffNumber, 1, Qt::AlignCenter }
                   << TableCell { row.teacher.name, 1, Qt::AlignCenter };
        if (m_unitColumn)
            spec.cells << TableCell { row.teacher.unitName, 1, Qt::AlignLeft | Qt::AlignVCenter };
        spec.cells << TableCell { row.teacher.stage, 1, Qt::AlignCenter }
                   << TableCell { row.teacher.subject, 1, Qt::AlignCenter };
        for (const CreditRequirement& r : m_requirements) {
            const RequirementStatus* s = row.status.find(r.id, r.period == CreditPeriod::Year ? m_year : 0);
            QString text;
            if (s) {
                text = formatCreditAmount(s->earned);
                if (s->missing > 0)
                    text += m_shortBy.arg(formatCreditAmount(s->missing));
            }
            spec.cells << TableCell { text, 1, Qt::AlignCenter };
        }
        spec.cells << TableCell { creditStateLabel(row.status.overall), 1, Qt::AlignCenter };
        return spec;
    }

    // Once the columns are fitted: rows are made wrapped to these widths.
    void setFit(std::shared_ptr<const report::TableFitter> fitter, QList<double> widthsMm)
    {
        m_fitter = std::move(fitter);
        m_widthsMm = std::move(widthsMm);
    }

    report::TableRowSpec row(int index) const override
    {
        report::TableRowSpec spec = cells(index);
        if (m_fitter)
            m_fitter->wrapRow(spec, m_widthsMm);
        return spec;
    }

private:
    QList<TeacherCreditRow> m_teachers; // shared with the document (QList's implicit sharing), not copied
    QList<CreditRequirement> m_requirements;
    int m_year = 0;
    bool m_unitColumn = false;
    QString m_shortBy;
    QString m_emptyText;
    int m_columnCount = 0;
    std::shared_ptr<const report::TableFitter> m_fitter;
    QList<double> m_widthsMm;
};

report::PagedTableInput CreditReportDocument::buildInput(bool* cancelled) const
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

    // Body: made row by row, never all at once (a district's 100,000 teachers).
    auto rows = std::make_shared<Rows>(m_rows, requirements, year, unitColumn, tr("（差%1）"),
        m_options.belowOnly ? tr("没有未达标的教师") : tr("没有教师"), int(header.size()));

    // Widths from the content (TableFit.h): staff numbers, names, stages, subjects, credits and status are values;
    // the unit's name is the text that wraps when it must. A school's report has no text column: what is left
    // of the width is shared by all. The rows are measured as they are made, each distinct text once.
    QList<ColumnSpec> specs;
    for (int c = 0; c < header.size(); ++c)
        specs << (unitColumn && c == 3 ? ColumnSpec { .role = ColumnRole::Text, .priority = 1.0 }
                                       : ColumnSpec { .role = ColumnRole::Value });
    auto fitter = std::make_shared<TableFitter>(in.header, specs);
    const int count = rows->rowCount();
    for (int i = 0; i < count; ++i) {
        if (i % 500 == 0 && !m_progress.step(i, count, tr("正在计算列宽…"))) {
            *cancelled = true;
            return in;
        }
        fitter->addRow(rows->cells(i));
    }
    if (!m_progress.step(count, count, tr("正在计算列宽…"))) {
        *cancelled = true;
        return in;
    }
    const TableFit fit = fitter->fit(in);
    in.columnWidthsMm = fit.widthsMm;
    in.columnsFit = fit.fits;
    fitter->wrap(in); // the header; the body rows as they are made
    rows->setFit(fitter, in.columnWidthsMm);
    in.rowSource = rows;

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
        bool cancelled = false;
        report::PagedTableInput in = buildInput(&cancelled);
        static StopAtOnce stop;
        in.progress = m_progress;
        if (cancelled)
            in.progress.sink = &stop;
        m_layout = std::make_unique<report::PagedTable>(std::move(in));
        m_layout->setProgress(m_progress);
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
