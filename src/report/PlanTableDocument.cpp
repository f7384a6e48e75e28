#include "PlanTableDocument.h"

#include "PdfOutput.h"
#include "PlanHeaders.h"
#include "TableFit.h"
#include "TableRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanTableDocument)
};

// How a printed column takes its width: numbers, dates and the level are values (never broken); the others are
// text, the project name first — its lines cost most — then the organizers, the place, the modes, the remarks.
report::ColumnSpec columnSpec(ProjectField field)
{
    using report::ColumnRole;
    switch (field) {
    case ProjectField::Seq:
    case ProjectField::Duration:
    case ProjectField::Headcount:
    case ProjectField::Months:
    case ProjectField::Level:
        return { .role = ColumnRole::Value };
    case ProjectField::Name:
        return { .role = ColumnRole::Text, .priority = 0.5, .wrapAtWords = false };
    case ProjectField::Organizers:
        return { .role = ColumnRole::Text, .priority = 0.03, .list = true };
    case ProjectField::Location:
        return { .role = ColumnRole::Text, .priority = 0.02 };
    case ProjectField::Modes:
        return { .role = ColumnRole::Text, .priority = 0.015 };
    default:
        return { .role = ColumnRole::Text, .priority = 0.01 };
    }
}

QString cellText(const Project& p, ProjectField field)
{
    return cellTextAsShown(p, field).trimmed();
}

// "2021年5月12日": GB/T 9704-2012 writes the date in Arabic numerals, without leading zeros.
QString chineseDate(const QDate& date)
{
    return Text::tr("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

} // namespace

PlanTableDocument::PlanTableDocument(Plan plan, QList<Project> projects, PlanTableOptions options)
    : m_plan(std::move(plan))
    , m_projects(std::move(projects))
    , m_options(std::move(options))
{
}

PlanTableDocument::~PlanTableDocument() = default;

QString PlanTableDocument::defaultHeader(ProjectField field)
{
    switch (field) {
    case ProjectField::Seq:
        return Text::tr("序号");
    case ProjectField::Name:
        return Text::tr("培训项目");
    case ProjectField::Organizers:
        return Text::tr("主办单位");
    case ProjectField::Duration:
        return Text::tr("培训天数");
    case ProjectField::Headcount:
        return Text::tr("参培人数");
    case ProjectField::Modes:
        return Text::tr("培训方式");
    case ProjectField::Months:
        return Text::tr("拟培训\n时间");
    case ProjectField::Location:
        return Text::tr("培训地点");
    case ProjectField::Level:
        return Text::tr("级别");
    case ProjectField::Remarks:
        return Text::tr("备注");
    case ProjectField::None:
    case ProjectField::Count:
        break;
    }
    return QString();
}

QList<PlanColumn> PlanTableDocument::defaultColumns(const QList<Project>& projects)
{
    const auto any = [&](auto pred) { return std::any_of(projects.begin(), projects.end(), pred); };
    const bool liangping
        = any([](const Project& p) { return !p.organizers.isEmpty() || !p.durationText.trimmed().isEmpty(); });
    const bool jianan = any([](const Project& p) {
        return !p.modesText.trimmed().isEmpty() || !p.monthsText.trimmed().isEmpty() || !p.location.trimmed().isEmpty();
    });
    if (jianan && !liangping) {
        // seeds 002 attachment: the 建安 headers, with the line breaks of the published table.
        return { { ProjectField::Seq, Text::tr("序号") }, { ProjectField::Name, Text::tr("培训项目名称") },
            { ProjectField::Headcount, Text::tr("拟培训\n人数") }, { ProjectField::Modes, Text::tr("培训方式") },
            { ProjectField::Months, Text::tr("拟培训\n时间") }, { ProjectField::Location, Text::tr("培训地点") } };
    }
    // seeds 000 attachment: 序号 培训项目 主办单位 培训天数 参培人数.
    QList<PlanColumn> columns { { ProjectField::Seq, Text::tr("序号") }, { ProjectField::Name, Text::tr("培训项目") },
        { ProjectField::Organizers, Text::tr("主办单位") }, { ProjectField::Duration, Text::tr("培训天数") },
        { ProjectField::Headcount, Text::tr("参培人数") } };
    if (jianan) {
        columns << PlanColumn { ProjectField::Modes, Text::tr("培训方式") }
                << PlanColumn { ProjectField::Months, Text::tr("拟培训\n时间") };
        if (any([](const Project& p) { return !p.location.trimmed().isEmpty(); }))
            columns << PlanColumn { ProjectField::Location, Text::tr("培训地点") };
    }
    return columns;
}

Result<QList<PlanColumn>> PlanTableDocument::columnsFromNames(const QStringList& names)
{
    QList<PlanColumn> columns;
    QStringList known;
    for (int f = int(ProjectField::Seq); f < int(ProjectField::Count); ++f)
        known << defaultHeader(ProjectField(f)).remove(QLatin1Char('\n'));
    for (const QString& raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        const ProjectField field = fieldForHeader(name);
        if (field == ProjectField::None)
            return Error(Text::tr("不认识的列「%1」；可用的列：%2").arg(name, known.join(Text::tr("、"))));
        if (std::any_of(columns.begin(), columns.end(), [&](const PlanColumn& c) { return c.field == field; }))
            return Error(Text::tr("列「%1」重复").arg(name));
        columns << PlanColumn { field, name };
    }
    if (columns.isEmpty())
        return Error(Text::tr("没有指定任何列"));
    return columns;
}

bool PlanTableDocument::isPublishedFormat(const QList<PlanColumn>& columns)
{
    QList<ProjectField> fields;
    for (const PlanColumn& c : columns)
        fields << c.field;
    using F = ProjectField;
    return fields == QList<F> { F::Seq, F::Name, F::Organizers, F::Duration, F::Headcount }
    || fields == QList<F> { F::Seq, F::Name, F::Headcount, F::Modes, F::Months, F::Location };
}

QList<PlanColumn> PlanTableDocument::columns() const
{
    const QList<PlanColumn> chosen = m_options.columns.isEmpty() ? defaultColumns(m_projects) : m_options.columns;
    if (m_options.keepEmptyColumns || isPublishedFormat(chosen))
        return chosen;
    // A column with nothing in any row says nothing: left out (an empty 培训方式 in a plan typed in TrainPlan).
    QList<PlanColumn> printed;
    for (const PlanColumn& c : chosen) {
        const bool empty = c.field != ProjectField::Seq && !m_projects.isEmpty()
            && std::all_of(
                m_projects.begin(), m_projects.end(), [&](const Project& p) { return cellText(p, c.field).isEmpty(); });
        if (!empty)
            printed << c;
    }
    return printed.isEmpty() ? chosen : printed;
}

void PlanTableDocument::setPageSetup(const PageSetup& page)
{
    if (page == m_options.page && m_layout)
        return;
    m_options.page = page;
    m_layout.reset();
}

report::PagedTableInput PlanTableDocument::buildInput() const
{
    using namespace report;
    PagedTableInput in;
    in.page = m_options.page;
    const QList<PlanColumn> cols = columns();

    if (!m_options.attachmentHeading.trimmed().isEmpty())
        in.lead << TextBlock { m_options.attachmentHeading.trimmed(), TextStyle::Heading, Qt::AlignLeft, 0, 4 };
    const QString title = m_options.title.trimmed().isEmpty() ? m_plan.title : m_options.title.trimmed();
    if (!title.isEmpty())
        in.lead << TextBlock { title, TextStyle::Title, Qt::AlignHCenter, 0, 6 };

    // Header and body.
    for (const PlanColumn& c : cols)
        in.header.cells << TableCell { c.header, 1, Qt::AlignCenter };
    in.header.style = TextStyle::HeaderCell;
    in.header.minHeightMm = 10;
    for (const Project& p : m_projects) {
        TableRowSpec row;
        row.minHeightMm = 7.5;
        row.struckThrough = p.cancelled; // 已取消: printed, struck through, out of the 合计
        for (const PlanColumn& c : cols)
            row.cells << TableCell { cellText(p, c.field), 1, Qt::AlignCenter };
        in.rows << row;
    }

    // 合计 row: the sums of the rows (PlanTotals), never the published figures — the table shows what the
    // rows add up to ("98天+400学时" where 学时 rows exist), and R-TABLE reports a published total that differs.
    bool hasTotalsColumn = false;
    for (const PlanColumn& c : cols)
        hasTotalsColumn = hasTotalsColumn || c.field == ProjectField::Duration || c.field == ProjectField::Headcount;
    const bool showsDuration
        = std::any_of(cols.begin(), cols.end(), [](const PlanColumn& c) { return c.field == ProjectField::Duration; });
    const bool wantTotals = m_options.totalsRow.value_or(m_plan.stated.has_value() || showsDuration);
    if (wantTotals && hasTotalsColumn && !cols.isEmpty()) {
        const PlanTotals totals = computeTotals(m_projects);
        int firstTotal = 0;
        while (firstTotal < cols.size() && cols.at(firstTotal).field != ProjectField::Duration
            && cols.at(firstTotal).field != ProjectField::Headcount)
            ++firstTotal;
        TableRowSpec row;
        row.minHeightMm = 7.5;
        row.keepWithPrevious = true;
        row.sizesColumns = false; // "98天+400学时" wraps after its + rather than widen 培训天数
        const int labelSpan = std::max(1, firstTotal);
        row.cells << TableCell { Text::tr("合计"), labelSpan, Qt::AlignCenter };
        for (int i = labelSpan; i < cols.size(); ++i) {
            QString text;
            if (cols.at(i).field == ProjectField::Duration)
                text = formatDurationTotal(totals);
            else if (cols.at(i).field == ProjectField::Headcount)
                text = formatHeadcountTotal(totals);
            row.cells << TableCell { text, 1, Qt::AlignCenter };
        }
        in.rows << row;
    }

    // Column widths from the content (TableFit.h), in 五号 (10.5 pt). A table too wide for that, or one whose
    // names would stack more than three lines, is set in 小五 (9 pt); one too wide even then is squeezed and
    // proposes landscape (PagedTable::columnsFit).
    QList<ColumnSpec> specs;
    for (const PlanColumn& c : cols)
        specs << columnSpec(c.field);
    const TableFitter fitter(in.header, in.rows, specs);
    TableFit fit;
    for (const bool small : { false, true }) {
        // 小五 with a little less space around the text: a dense table that still reads easily.
        in.header.style = small ? TextStyle::SmallHeaderCell : TextStyle::HeaderCell;
        in.header.padYMm = small ? 0.9 : kDefaultCellPadYMm;
        for (TableRowSpec& r : in.rows) {
            r.style = small ? TextStyle::SmallBodyCell : TextStyle::BodyCell;
            r.padYMm = small ? 0.8 : kDefaultCellPadYMm;
            r.minHeightMm = small ? 6.5 : 7.5;
        }
        fit = fitter.fit(in);
        if (fit.fits && fit.primaryLines <= 3)
            break;
    }
    in.columnWidthsMm = fit.widthsMm;
    in.columnsFit = fit.fits;
    fitter.wrap(in);

    const QString notes = m_options.notes.value_or(m_plan.notes).trimmed();
    if (!notes.isEmpty())
        in.tail << TextBlock { notes, TextStyle::Note, Qt::AlignLeft, 3, 0 };
    if (!m_options.issuer.trimmed().isEmpty())
        in.signature << m_options.issuer.trimmed();
    const QDate date = m_options.date.value_or(m_plan.issueDate);
    if (date.isValid())
        in.signature << chineseDate(date);
    return in;
}

const report::PagedTable& PlanTableDocument::layout() const
{
    if (!m_layout || m_layout->cancelled()) {
        report::PagedTableInput in = buildInput();
        in.progress = m_progress;
        m_layout = std::make_unique<report::PagedTable>(std::move(in));
    }
    return *m_layout;
}

void PlanTableDocument::setProgress(const ProgressOptions& progress)
{
    m_progress = progress;
    if (m_layout)
        m_layout->setProgress(progress);
}

int PlanTableDocument::pageCount() const
{
    return layout().pageCount();
}

QList<double> PlanTableDocument::columnWidthsMm() const
{
    return layout().input().columnWidthsMm;
}

Status PlanTableDocument::print(QPagedPaintDevice* device) const
{
    return layout().print(device);
}

Status PlanTableDocument::writePdf(const QString& path) const
{
    const QString title = m_options.title.trimmed().isEmpty() ? m_plan.title : m_options.title.trimmed();
    return report::writePdfFile(path, title, [this](QPagedPaintDevice* device) { return print(device); });
}

} // namespace tp
