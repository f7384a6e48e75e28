#include "PlanHistoryDialog.h"

#include "DialogHelp.h"
#include "Messages.h"
#include "PlanRepository.h"
#include "PlanWorkflowService.h"
#include "WorkflowRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

PlanHistoryDialog::PlanHistoryDialog(Database& db, const Plan& plan, qint64 projectId, QWidget* parent)
    : QDialog(parent)
{
    help::bindF1(this, QStringLiteral("approval.md#历史、比较与审计日志")); // F1: the guide's page
    setObjectName(QStringLiteral("planHistoryDialog"));
    QString subject = tr("%1 %2 年度计划").arg(plan.district).arg(plan.year);
    if (projectId > 0) {
        if (auto p = PlanRepository(db).project(projectId))
            subject += tr(" 第 %1 项「%2」").arg(p->seq).arg(p->name);
    }
    setWindowTitle(tr("历史 — %1").arg(subject));
    auto* layout = new QVBoxLayout(this);
    QString head = tr("%1，当前状态：%2").arg(subject, planStatusLabel(plan.status));
    if (auto versions = WorkflowRepository(db).versions(plan.id); versions && !versions->isEmpty()) {
        QStringList vs;
        for (const PlanVersionInfo& v : *versions)
            vs << tr("第 %1 版 %2 %3（%4）")
                      .arg(v.version)
                      .arg(v.approvedOn.toString(Qt::ISODate), v.docNumber, v.approvedBy);
        head += tr("\n已批复：%1").arg(vs.join(tr("；")));
    }
    auto* label = new QLabel(head, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("日期"), tr("经办人"), tr("类别"), tr("内容") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto events = PlanWorkflowService(db).history(plan.id, projectId);
    if (!events) {
        Messages::error(this, windowTitle(), events.error());
    } else {
        const auto kindLabel = [](const QString& kind) {
            if (kind == QStringLiteral("version"))
                return tr("批复");
            if (kind == QStringLiteral("request"))
                return tr("申请");
            if (kind == QStringLiteral("decision"))
                return tr("决定");
            return tr("计划");
        };
        m_table->setRowCount(int(events->size()));
        for (int i = 0; i < events->size(); ++i) {
            const HistoryEvent& e = events->at(i);
            m_table->setItem(i, 0, new QTableWidgetItem(e.on.toString(Qt::ISODate)));
            m_table->setItem(i, 1, new QTableWidgetItem(e.who));
            m_table->setItem(i, 2, new QTableWidgetItem(kindLabel(e.kind)));
            auto* text = new QTableWidgetItem(e.text);
            text->setToolTip(e.text);
            m_table->setItem(i, 3, text);
        }
        if (events->isEmpty()) {
            m_table->setRowCount(1);
            m_table->setItem(0, 3, new QTableWidgetItem(tr("还没有报审、批复或调整记录")));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(3, std::max(m_table->columnWidth(3), 480));
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace tp
