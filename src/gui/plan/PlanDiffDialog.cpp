#include "PlanDiffDialog.h"

#include "DialogHelp.h"
#include "Messages.h"
#include "PlanWorkflowService.h"
#include "PrintActions.h"
#include "WorkflowRepository.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {

const QColor kChanged(0xFF, 0xE8, 0x9C);
const QColor kAdded(0xD9, 0xF2, 0xD9);
const QColor kCancelled(0xF3, 0xD6, 0xD6);

} // namespace

PlanDiffDialog::PlanDiffDialog(Database& db, const Plan& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    help::bindF1(this, QStringLiteral("approval.md#历史、比较与审计日志")); // F1: the guide's page
    setObjectName(QStringLiteral("planDiffDialog"));
    setWindowTitle(tr("与批复版比较 — %1 %2 年度计划").arg(plan.district).arg(plan.year));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    // 计划调整一览表: the official print of this comparison.
    QPushButton* preview = buttons->addButton(tr("打印预览…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("diffPrintPreviewButton"));
    QPushButton* pdf = buttons->addButton(tr("导出 PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("diffExportPdfButton"));
    connect(preview, &QPushButton::clicked, this, &PlanDiffDialog::showPrintPreview);
    connect(pdf, &QPushButton::clicked, this, &PlanDiffDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    preview->setEnabled(false);
    pdf->setEnabled(false);
    resize(1200, 560);

    PlanWorkflowService service(db);
    auto diff = service.diff(plan.id);
    auto now = service.currentProjects(plan.id);
    auto latest = WorkflowRepository(db).latestVersion(plan.id);
    if (!diff || !now || !latest || !latest->has_value()) {
        m_summary->setText(!diff ? diff.error().message : tr("计划尚未批复，没有可比较的批复版本"));
        return;
    }
    auto before = WorkflowRepository(db).versionProjects(plan.id, (*latest)->version);
    if (!before) {
        Messages::error(this, windowTitle(), before.error());
        return;
    }
    if (auto adjustments = service.adjustments(plan.id)) {
        m_lines = adjustments->lines;
        m_printOptions.version = adjustments->version;
        m_printOptions.docNumber = adjustments->docNumber;
        m_printOptions.approvedOn = adjustments->approvedOn;
        preview->setEnabled(true);
        pdf->setEnabled(true);
    }
    QHash<qint64, const ProjectDiff*> byId;
    for (const ProjectDiff& d : *diff)
        byId.insert(d.projectId, &d);

    const QList<ChangeField> fields = allChangeFields();
    QStringList headers { tr("序号"), tr("变化") };
    for (ChangeField f : fields)
        headers << changeFieldLabel(f);
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);

    auto addRow = [&](const VersionedProject& v, const ProjectDiff* d) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(v.project.seq)));
        m_table->setItem(row, 1, new QTableWidgetItem(d ? diffKindLabel(d->kind) : QString()));
        for (int c = 0; c < fields.size(); ++c) {
            auto* item = new QTableWidgetItem(v.value(fields.at(c)));
            if (d) {
                for (const CellChange& cell : d->cells) {
                    if (cell.field != fields.at(c))
                        continue;
                    item->setText(tr("%1\n（原：%2）").arg(cell.after, cell.before.isEmpty() ? tr("空") : cell.before));
                    item->setBackground(kChanged);
                    item->setToolTip(tr("已批复：%1\n现在：%2").arg(cell.before, cell.after));
                    ++m_changedCells;
                }
                if (d->kind == DiffKind::Added)
                    item->setBackground(kAdded);
                if (d->kind == DiffKind::Cancelled || d->kind == DiffKind::Removed) {
                    QFont font = item->font();
                    font.setStrikeOut(true);
                    item->setFont(font);
                    if (item->background() == QBrush())
                        item->setBackground(kCancelled);
                }
            }
            m_table->setItem(row, 2 + c, item);
        }
    };
    for (const VersionedProject& v : *now)
        addRow(v, byId.value(v.project.id));
    for (const VersionedProject& v : *before)
        if (const ProjectDiff* d = byId.value(v.project.id); d && d->kind == DiffKind::Removed)
            addRow(v, d);

    int added = 0, cancelled = 0, removed = 0, changed = 0;
    for (const ProjectDiff& d : *diff) {
        added += d.kind == DiffKind::Added;
        cancelled += d.kind == DiffKind::Cancelled;
        removed += d.kind == DiffKind::Removed;
        changed += d.kind == DiffKind::Changed;
    }
    m_summary->setText(tr("与第 %1 版（%2，%3 批复）相比：调整 %4 项（%5 处），新增 %6 项，取消 %7 项，删除 %8 项。"
                          "黄色为调整过的单元格（括号中为批复时的内容），绿色为新增，划去的为取消或删除。")
                           .arg((*latest)->version)
                           .arg((*latest)->docNumber, (*latest)->approvedOn.toString(Qt::ISODate))
                           .arg(changed)
                           .arg(m_changedCells)
                           .arg(added)
                           .arg(cancelled)
                           .arg(removed));
    // Columns empty in every row (a plan without 培训地点, say) are not shown.
    for (int c = 3; c < m_table->columnCount(); ++c) {
        bool empty = true;
        for (int r = 0; r < m_table->rowCount() && empty; ++r)
            empty = !m_table->item(r, c) || m_table->item(r, c)->text().isEmpty();
        m_table->setColumnHidden(c, empty);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 220));
    m_table->resizeRowsToContents();
}

void PlanDiffDialog::showPrintPreview()
{
    showPlanDiffPreview(this, m_plan, m_lines, m_printOptions);
}

void PlanDiffDialog::exportPdf()
{
    exportPlanDiffPdf(this, m_plan, m_lines, m_printOptions);
}

} // namespace tp
