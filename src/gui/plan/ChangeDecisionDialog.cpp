#include "ChangeDecisionDialog.h"

#include "Database.h"
#include "DialogHelp.h"
#include "Language.h"
#include "Messages.h"
#include "PlanWorkflowService.h"
#include "WorkflowRepository.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tp {

namespace {

enum Column { ColumnSeq, ColumnProject, ColumnContent, ColumnReason, ColumnFiled, ColumnDue, ColumnCount };

} // namespace

ChangeDecisionDialog::ChangeDecisionDialog(Database& db, const Plan& plan, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(plan)
    , m_today(today)
{
    help::bindF1(this, QStringLiteral("approval.md#批复后的调整申请")); // F1: the guide's page
    setObjectName(QStringLiteral("changeDecisionDialog"));
    setWindowTitle(tr("审批调整申请 — %1 %2 年度计划").arg(plan.district).arg(plan.year));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("pendingRequests"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("序号"), tr("项目名称"), tr("申请内容（原 → 新）"), tr("理由"), tr("提出（人、日期）"), tr("最迟报批") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Every row as high as its tallest cell, also once the dialog has its size: resizeRowsToContents() measures
    // only the columns the viewport shows, and before the dialog is shown that left 提出 (person, date: two lines)
    // out, cutting the first row to one line.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    auto* noteRow = new QHBoxLayout;
    auto* noteLabel = new QLabel(tr("批复意见（可不填）："), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("例如：同意；或不同意的原因"));
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    layout->addLayout(noteRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    m_approve = buttons->addButton(tr("批准"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("approveRequest"));
    m_approve->setToolTip(tr("批准所选申请：项目随即按申请修改（记入审计日志）"));
    m_reject = buttons->addButton(tr("不批准"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("rejectRequest"));
    m_reject->setToolTip(tr("不批准所选申请：项目保持不变，请在批复意见中写明原因"));
    connect(m_approve, &QPushButton::clicked, this, [this] { decideCurrent(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideCurrent(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChangeDecisionDialog::updateButtons);
    layout->addWidget(buttons);

    reload();
    resize(1000, 440);
}

void ChangeDecisionDialog::reload()
{
    m_pending.clear();
    auto requests = WorkflowRepository(m_db).requests(m_plan.id);
    if (!requests) {
        Messages::error(this, windowTitle(), requests.error());
    } else {
        for (const PlanChangeRequest& r : *requests)
            if (r.status == ChangeStatus::Pending)
                m_pending << r;
    }
    m_summary->setText(m_pending.isEmpty()
            ? tr("没有待批的调整申请。")
            : tr("待批的调整申请 %1 件。选中一件，可填写批复意见，再点「批准」或「不批准」；批准后项目随即按申请修改，"
                 "决定记入计划历史和审计日志（批复人：%2）。")
                  .arg(m_pending.size())
                  .arg(m_db.actor()));
    m_table->clearContents();
    m_table->setRowCount(int(m_pending.size()));
    for (int i = 0; i < m_pending.size(); ++i) {
        const PlanChangeRequest& r = m_pending.at(i);
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(i, column, item);
        };
        cell(ColumnSeq, QString::number(r.seq));
        cell(ColumnProject, r.projectName);
        cell(ColumnContent,
            r.kind == ChangeKind::Cancel ? tr("【取消】不再举办")
                                         : tr("%1：%2 → %3")
                                               .arg(r.field ? changeFieldLabel(*r.field) : QString(),
                                                   r.from.trimmed().isEmpty() ? tr("（空）") : r.from,
                                                   r.to.trimmed().isEmpty() ? tr("（空）") : r.to));
        cell(ColumnReason, r.late ? tr("%1\n逾期提出：%2").arg(r.reason, r.lateExplanation) : r.reason);
        cell(ColumnFiled, tr("%1\n%2").arg(r.filedBy, i18n::dateText(r.filedOn)));
        cell(ColumnDue,
            r.due.isValid() ? (r.late ? tr("%1（逾期）") : QStringLiteral("%1")).arg(i18n::dateText(r.due))
                            : QString());
        if (r.late)
            m_table->item(i, ColumnDue)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ColumnProject, std::min(m_table->columnWidth(ColumnProject), 220));
    m_table->setColumnWidth(ColumnContent, std::clamp(m_table->columnWidth(ColumnContent), 200, 300));
    m_table->setColumnWidth(ColumnReason, std::clamp(m_table->columnWidth(ColumnReason), 160, 260));
    if (!m_pending.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ChangeDecisionDialog::updateButtons()
{
    const bool selected
        = m_table->currentRow() >= 0 && m_table->currentRow() < m_pending.size() && !m_table->selectedItems().isEmpty();
    m_approve->setEnabled(selected);
    m_reject->setEnabled(selected);
}

bool ChangeDecisionDialog::decideCurrent(bool approve)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pending.size())
        return false;
    const PlanChangeRequest r = m_pending.at(row);
    auto outcome = PlanWorkflowService(m_db).decide(r.id, approve, m_today, m_db.actor(), m_note->text().trimmed());
    if (!outcome) {
        Messages::error(this, approve ? tr("批准调整申请") : tr("不批准调整申请"), outcome.error());
        return false;
    }
    ++m_decided;
    m_note->clear();
    reload();
    return true;
}

} // namespace tp
