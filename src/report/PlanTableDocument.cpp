#include "PlanTableDocument.h"

#include "PdfOutput.h"
#include "PlanTableImporter.h"
#include "TableRules.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace tp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tp::PlanTableDocument", text);
}

bool isCompact(ProjectField field)
{
    switch (field) {
    case ProjectField::Seq:
    case ProjectField::Duration:
    case ProjectField::Headcount:
    case ProjectField::Months:
    case ProjectField::Level:
        return true;
    default:
        return false;
    }
}

QString cellText(const Project& p, ProjectField field)
{
    return p.text(field).trimmed();
}

// "2021年5月12日": GB/T 9704-2012 writes the date in Arabic numerals, without leading zeros.
QString chineseDate(const QDate& date)
{
    return tr("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
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
        return tr("序号");
    case ProjectField::Name:
        return tr("培训项目");
    case ProjectField::Organizers:
        return tr("主办单位");
    case ProjectField::Duration:
        return tr("培训天数");
    case ProjectField::Headcount:
        return tr("参培人数");
    case ProjectField::Modes:
        return tr("培训方式");
    case ProjectField::Months:
        return tr("拟培训\n时间");
    case ProjectField::Location:
        return tr("培训地点");
    case ProjectField::Level:
        return tr("级别");
    case ProjectField::Remarks:
        return tr("备注");
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
        return { { ProjectField::Seq, tr("序号") }, { ProjectField::Name, tr("培训项目名称") },
            { ProjectField::Headcount, tr("拟培训\n人数") }, { ProjectField::Modes, tr("培训方式") },
            { ProjectField::Months, tr("拟培训\n时间") }, { ProjectField::Location, tr("培训地点") } };
    }
    // seeds 000 attachment: 序号 培训项目 主办单位 培训天数 参培人数.
    QList<PlanColumn> columns { { ProjectField::Seq, tr("序号") }, { ProjectField::Name, tr("培训项目") },
        { ProjectField::Organizers, tr("主办单位") }, { ProjectField::Duration, tr("培训天数") },
        { ProjectField::Headcount, tr("参培人数") } };
    if (jianan) {
        columns << PlanColumn { ProjectField::Modes, tr("培训方式") }
                << PlanColumn { ProjectField::Months, tr("拟培训\n时间") };
        if (any([](const Project& p) { return !p.location.trimmed().isEmpty(); }))
            columns << PlanColumn { ProjectField::Location, tr("培训地点") };
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
        const ProjectField field = PlanTableImporter::fieldForHeader(name);
        if (field == ProjectField::None)
            return Error(tr("不认识的列「%1」；可用的列：%2").arg(name, known.join(tr("、"))));
        if (std::any_of(columns.begin(), columns.end(), [&](const PlanColumn& c) { return c.field == field; }))
            return Error(tr("列「%1」重复").arg(name));
        columns << PlanColumn { field, name };
    }
    if (columns.isEmpty())
        return Error(tr("没有指定任何列"));
    return columns;
}

QList<PlanColumn> PlanTableDocument::columns() const
{
    return m_options.columns.isEmpty() ? defaultColumns(m_projects) : m_options.columns;
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
        const int labelSpan = std::max(1, firstTotal);
        row.cells << TableCell { tr("合计"), labelSpan, Qt::AlignCenter };
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

    // Column widths from the widest cell of each column (a cell spanning columns counts for none of them).
    QList<double> natural;
    QList<double> minimum;
    QList<bool> compact;
    const double pad = 2 * PagedTable::kCellPadXMm + 0.5;
    for (int i = 0; i < cols.size(); ++i) {
        natural << PagedTable::naturalWidthMm(cols.at(i).header, TextStyle::HeaderCell);
        minimum << 0.0;
        compact << isCompact(cols.at(i).field);
    }
    for (const TableRowSpec& r : in.rows) {
        int column = 0;
        for (const TableCell& cell : r.cells) {
            if (cell.span == 1 && column < cols.size())
                natural[column] = std::max(natural[column], PagedTable::naturalWidthMm(cell.text, TextStyle::BodyCell));
            column += cell.span;
        }
    }
    for (int i = 0; i < cols.size(); ++i) {
        // The narrowest a column may get: its longest unit name (主办单位 breaks between units, not inside
        // one), or four characters.
        double least = PagedTable::naturalWidthMm(tr("培训项目"), TextStyle::BodyCell);
        if (cols.at(i).field == ProjectField::Organizers) {
            for (const Project& p : m_projects) {
                for (const QString& unit : p.organizers)
                    least = std::max(least, PagedTable::naturalWidthMm(unit + tr("、"), TextStyle::BodyCell));
            }
        }
        natural[i] += pad;
        minimum[i] = least + pad;
    }
    // 主办单位 wraps between units at no loss, so when the names need the room it keeps only its minimum.
    const double textWidth = PagedTable::textWidthMm(in.page);
    if (std::accumulate(natural.begin(), natural.end(), 0.0) > textWidth) {
        for (int i = 0; i < cols.size(); ++i) {
            if (cols.at(i).field == ProjectField::Organizers)
                natural[i] = std::min(natural[i], minimum[i]);
        }
    }
    in.columnWidthsMm = PagedTable::fitColumns(natural, minimum, compact, textWidth);

    // Units of a 主办单位 cell that does not fit on one line go one to a line ("区教委、" / "区教师进修校").
    for (int i = 0; i < cols.size(); ++i) {
        if (cols.at(i).field != ProjectField::Organizers)
            continue;
        const double inner = in.columnWidthsMm.at(i) - pad;
        for (int r = 0; r < m_projects.size(); ++r) {
            const Project& p = m_projects.at(r);
            if (p.organizers.size() > 1
                && PagedTable::naturalWidthMm(in.rows[r].cells[i].text, TextStyle::BodyCell) > inner)
                in.rows[r].cells[i].text = p.organizers.join(tr("、") + QLatin1Char('\n'));
        }
    }

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
    if (!m_layout)
        m_layout = std::make_unique<report::PagedTable>(buildInput());
    return *m_layout;
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
