#include "PlanDiffDocument.h"

#include "PdfOutput.h"
#include "TableFit.h"

#include <algorithm>

namespace tp {

namespace {

QString chineseDate(QDate d)
{
    return d.isValid() ? PlanDiffDocument::tr("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QString());
    return text.trimmed();
}

} // namespace

PlanDiffDocument::PlanDiffDocument(Plan plan, QList<PlanAdjustment> lines, PlanDiffOptions options)
    : m_plan(std::move(plan))
    , m_lines(std::move(lines))
    , m_options(std::move(options))
{
}

PlanDiffDocument::~PlanDiffDocument() = default;

QString PlanDiffDocument::title() const
{
    if (!m_options.title.trimmed().isEmpty())
        return m_options.title.trimmed();
    return tr("%1%2年教师培训计划调整一览表").arg(m_plan.district).arg(m_plan.year);
}

QString PlanDiffDocument::summary() const
{
    int cells = 0, added = 0, cancelled = 0, removed = 0, pending = 0;
    for (const PlanAdjustment& a : m_lines) {
        if (a.pending()) {
            ++pending;
            continue;
        }
        cells += a.kind == DiffKind::Changed;
        added += a.kind == DiffKind::Added;
        cancelled += a.kind == DiffKind::Cancelled;
        removed += a.kind == DiffKind::Removed;
    }
    if (m_lines.isEmpty())
        return tr("与第 %1 版相比没有调整。").arg(m_options.version);
    QStringList parts;
    if (cells > 0)
        parts << tr("调整 %1 处").arg(cells);
    if (added > 0)
        parts << tr("新增 %1 项").arg(added);
    if (cancelled > 0)
        parts << tr("取消 %1 项").arg(cancelled);
    if (removed > 0)
        parts << tr("删除 %1 项").arg(removed);
    QString text = parts.isEmpty() ? tr("与第 %1 版相比尚无调整").arg(m_options.version)
                                   : tr("与第 %1 版相比：%2").arg(m_options.version).arg(parts.join(tr("，")));
    if (pending > 0)
        text += tr("；另有待批申请 %1 件（尚未调整）").arg(pending);
    return text + tr("。");
}

QString PlanDiffDocument::contentText(const PlanAdjustment& a)
{
    if (a.cell) {
        const QString before = a.cell->before.trimmed().isEmpty() ? tr("（空）") : oneLine(a.cell->before);
        const QString after = a.cell->after.trimmed().isEmpty() ? tr("（空）") : oneLine(a.cell->after);
        return tr("%1：%2 → %3").arg(changeFieldLabel(a.cell->field), before, after);
    }
    switch (a.kind) {
    case DiffKind::Added:
        return tr("【新增】列入计划");
    case DiffKind::Cancelled:
        return a.pending() ? tr("【取消】申请不再举办") : tr("【取消】不再举办");
    case DiffKind::Removed:
        return tr("【删除】从计划表中删除");
    case DiffKind::Changed:
        break;
    }
    return QString();
}

QString PlanDiffDocument::decisionText(const PlanAdjustment& a)
{
    if (!a.request)
        // Edited or added while the plan was reopened (修订): approved with the next version, not one by one.
        return tr("随修订稿报批");
    const PlanChangeRequest& r = *a.request;
    if (r.status == ChangeStatus::Pending)
        return tr("待批");
    return tr("%1\n%2").arg(r.decidedBy.trimmed(), chineseDate(r.decidedOn)).trimmed();
}

report::PagedTableInput PlanDiffDocument::buildInput() const
{
    using namespace report;
    PagedTableInput in;
    in.page = m_options.page;
    in.lead << TextBlock { title(), TextStyle::Title, Qt::AlignHCenter, 0, 4 };
    QStringList version { tr("对照版本：第 %1 版").arg(m_options.version) };
    if (!m_options.docNumber.trimmed().isEmpty())
        version << tr("批复文号：%1").arg(m_options.docNumber.trimmed());
    if (m_options.approvedOn.isValid())
        version << tr("批复日期：%1").arg(chineseDate(m_options.approvedOn));
    in.lead << TextBlock { version.join(QStringLiteral("　　")), TextStyle::Subtitle, Qt::AlignLeft, 0, 3 };

    in.header.style = TextStyle::HeaderCell;
    in.header.minHeightMm = 10;
    for (const QString& h : { tr("序号"), tr("项目名称"), tr("调整内容（原 → 新）"), tr("调整理由"), tr("申请日期"),
             tr("批复（人、日期）") })
        in.header.cells << TableCell { h, 1, Qt::AlignCenter };
    for (const PlanAdjustment& a : m_lines) {
        TableRowSpec row;
        row.minHeightMm = 7.5;
        QString reason = a.request ? a.request->reason.trimmed() : QString();
        if (a.request && a.request->late)
            reason += tr("（逾期提出，最迟应于 %1；逾期说明：%2）")
                          .arg(chineseDate(a.request->due), a.request->lateExplanation.trimmed());
        row.cells << TableCell { QString::number(a.seq), 1, Qt::AlignCenter }
                  << TableCell { oneLine(a.name), 1, Qt::AlignLeft | Qt::AlignVCenter }
                  << TableCell { contentText(a), 1, Qt::AlignLeft | Qt::AlignVCenter }
                  << TableCell { reason, 1, Qt::AlignLeft | Qt::AlignVCenter }
                  << TableCell { a.request ? chineseDate(a.request->filedOn) : tr("—"), 1, Qt::AlignCenter }
                  << TableCell { decisionText(a), 1, Qt::AlignCenter };
        in.rows << row;
    }
    if (m_lines.isEmpty()) {
        TableRowSpec row;
        row.minHeightMm = 7.5;
        row.sizesColumns = false;
        row.cells << TableCell { tr("与批复版相比没有调整"), 6, Qt::AlignCenter };
        in.rows << row;
    }

    // The project's name wraps last — up to 60 mm it keeps its line, as in the plan table —, and a longer one
    // breaks between words, balanced ("学科教学能力/提升培训（第6期）", never "学科教学能力提/升培训（第6期）");
    // what changed and why share the rest; dates and the decision stay whole.
    double nameMm = 0;
    for (const PlanAdjustment& a : m_lines)
        nameMm = std::max(nameMm, PagedTable::naturalWidthMm(oneLine(a.name), TextStyle::BodyCell));
    nameMm = std::min(nameMm + 2 * PagedTable::kCellPadXMm + 0.5, 60.0);
    const QList<ColumnSpec> specs { { .role = ColumnRole::Value },
        { .role = ColumnRole::Text, .priority = 0.5, .minMm = nameMm, .wrapAtWords = true },
        { .role = ColumnRole::Text, .priority = 0.05, .wrapAtWords = false },
        { .role = ColumnRole::Text, .priority = 0.03, .wrapAtWords = false }, { .role = ColumnRole::Value },
        { .role = ColumnRole::Value } };
    const TableFitter fitter(in.header, in.rows, specs);
    const TableFit fit = fitter.fit(in);
    in.columnWidthsMm = fit.widthsMm;
    in.columnsFit = fit.fits;
    fitter.wrap(in);

    in.tail << TextBlock { summary(), TextStyle::Note, Qt::AlignLeft, 4, 0 };
    if (!m_options.issuer.trimmed().isEmpty())
        in.signature << m_options.issuer.trimmed();
    if (m_options.date && m_options.date->isValid())
        in.signature << chineseDate(*m_options.date);
    return in;
}

void PlanDiffDocument::setPageSetup(const PageSetup& page)
{
    m_options.page = page;
    m_layout.reset();
}

const report::PagedTable& PlanDiffDocument::layout() const
{
    if (!m_layout)
        m_layout = std::make_unique<report::PagedTable>(buildInput());
    return *m_layout;
}

int PlanDiffDocument::pageCount() const
{
    return layout().pageCount();
}

Status PlanDiffDocument::print(QPagedPaintDevice* device) const
{
    return layout().print(device);
}

Status PlanDiffDocument::writePdf(const QString& path) const
{
    return report::writePdfFile(path, title(), [this](QPagedPaintDevice* device) { return print(device); });
}

} // namespace tp
