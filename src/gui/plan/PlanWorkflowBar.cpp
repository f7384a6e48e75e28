#include "PlanWorkflowBar.h"

#include "AuditViewerDialog.h"
#include "ChangeDecisionDialog.h"
#include "Database.h"
#include "Messages.h"
#include "PlanActionDialog.h"
#include "PlanDiffDialog.h"
#include "PlanHistoryDialog.h"
#include "PlanWorkflowService.h"
#include "UnitEditorDialog.h"
#include "WorkflowRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <algorithm>

namespace tp {

PlanWorkflowBar::PlanWorkflowBar(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(database))
{
    setObjectName(QStringLiteral("planWorkflowBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status, 1);
    for (PlanAction a : { PlanAction::Submit, PlanAction::Approve, PlanAction::Return, PlanAction::Start,
             PlanAction::Complete, PlanAction::Revise }) {
        const bool asks = a == PlanAction::Submit || a == PlanAction::Approve || a == PlanAction::Return;
        auto* b = new QPushButton(asks ? tr("%1…").arg(planActionLabel(a)) : planActionLabel(a), this);
        b->setObjectName(QStringLiteral("planAction_") + planActionName(a));
        connect(b, &QPushButton::clicked, this, [this, a] { ask(a); });
        layout->addWidget(b);
        m_actions.insert(int(a), b);
    }
    m_actions.value(int(PlanAction::Submit))->setToolTip(tr("把计划报区教委审批"));
    m_actions.value(int(PlanAction::Approve))
        ->setToolTip(tr("批复计划（须写明文号）：成为已批复的一版，此后调整须提出申请"));
    m_actions.value(int(PlanAction::Return))->setToolTip(tr("退回修改（须写明原因）"));
    m_actions.value(int(PlanAction::Revise))->setToolTip(tr("整体修订已批复的计划，再报审、批复为下一版"));
    m_pending = new QPushButton(tr("审批调整申请"), this);
    m_pending->setObjectName(QStringLiteral("pendingRequestsButton"));
    m_pending->setToolTip(tr("区教委：批准或不批准待批的调整申请和取消申请"));
    connect(m_pending, &QPushButton::clicked, this, &PlanWorkflowBar::showPendingRequests);
    layout->addWidget(m_pending);
    m_diff = new QPushButton(tr("与批复版比较"), this);
    m_diff->setObjectName(QStringLiteral("planDiffButton"));
    m_history = new QPushButton(tr("计划历史"), this);
    m_history->setObjectName(QStringLiteral("planHistoryButton"));
    m_projectHistory = new QPushButton(tr("项目历史"), this);
    m_projectHistory->setObjectName(QStringLiteral("projectHistoryButton"));
    m_projectHistory->setToolTip(tr("当前项目的批复、调整申请与决定"));
    connect(m_projectHistory, &QPushButton::clicked, this, [this] {
        PlanHistoryDialog dialog(*m_db, m_plan, m_projectId, this);
        dialog.exec();
    });
    auto* audit = new QPushButton(tr("审计日志"), this);
    audit->setObjectName(QStringLiteral("auditLogButton"));
    auto* units = new QPushButton(tr("单位名录"), this);
    units->setObjectName(QStringLiteral("unitDirectoryButton"));
    for (QPushButton* b : { m_diff, m_history, m_projectHistory, audit, units })
        layout->addWidget(b);
    connect(m_diff, &QPushButton::clicked, this, &PlanWorkflowBar::showDiff);
    connect(m_history, &QPushButton::clicked, this, &PlanWorkflowBar::showHistory);
    connect(audit, &QPushButton::clicked, this, &PlanWorkflowBar::showAudit);
    connect(units, &QPushButton::clicked, this, &PlanWorkflowBar::showUnits);
    setPlan(Plan());
}

void PlanWorkflowBar::setPlan(const Plan& plan)
{
    m_plan = plan;
    const bool has = plan.id > 0;
    QString text;
    int version = 0;
    if (has) {
        if (auto latest = WorkflowRepository(*m_db).latestVersion(plan.id); latest && latest->has_value())
            version = (*latest)->version;
        text = tr("计划状态：%1").arg(planStatusLabel(plan.status));
        if (isApprovedStatus(plan.status) && !plan.docNumber.isEmpty())
            text += version > 0 ? tr("（%1，第 %2 版）").arg(plan.docNumber).arg(version)
                                : tr("（%1）").arg(plan.docNumber);
        if (isApprovedStatus(plan.status))
            text += tr("　已批复的项目须经调整申请修改");
    }
    m_status->setText(text);
    const QList<PlanAction> allowed = has ? allowedActions(plan.status) : QList<PlanAction>();
    for (auto it = m_actions.constBegin(); it != m_actions.constEnd(); ++it)
        it.value()->setVisible(allowed.contains(PlanAction(it.key())));
    int pending = 0;
    if (has)
        if (auto requests = WorkflowRepository(*m_db).requests(plan.id); requests)
            pending = int(std::count_if(requests->cbegin(), requests->cend(),
                [](const PlanChangeRequest& r) { return r.status == ChangeStatus::Pending; }));
    m_pending->setText(pending > 0 ? tr("审批调整申请（%1 件待批）…").arg(pending) : tr("审批调整申请…"));
    m_pending->setVisible(has && version > 0);
    m_pending->setEnabled(pending > 0);
    m_diff->setEnabled(has && version > 0);
    m_history->setEnabled(has);
    m_projectHistory->setEnabled(has && m_projectId > 0);
}

void PlanWorkflowBar::setRuleSet(const RuleSet& rules)
{
    m_rules = rules;
}

void PlanWorkflowBar::setCurrentProject(qint64 projectId)
{
    m_projectId = projectId;
    m_projectHistory->setEnabled(m_plan.id > 0 && projectId > 0);
}

QString PlanWorkflowBar::statusText() const
{
    return m_status->text();
}

bool PlanWorkflowBar::act(PlanAction action, const PlanActionInput& input)
{
    auto status = PlanWorkflowService(*m_db).act(m_plan.id, action, input);
    if (!status) {
        Messages::error(this, planActionLabel(action), status.error());
        return false;
    }
    Q_EMIT planChanged(m_plan.id);
    return true;
}

void PlanWorkflowBar::ask(PlanAction action)
{
    if (m_plan.id <= 0)
        return;
    if (action == PlanAction::Submit || action == PlanAction::Approve || action == PlanAction::Return) {
        // What is sent to whom, who does it when, and the 文号 or reason it needs; the dialog takes the step.
        PlanActionDialog dialog(*m_db, m_plan, action, m_rules, QDate::currentDate(), this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT planChanged(m_plan.id);
        return;
    }
    if (action == PlanAction::Revise
        && !Messages::ask(this, tr("修订计划"),
            tr("修订后计划回到草稿，可直接修改，再报审、批复为下一版；已批复的各版都保留。继续吗？")))
        return;
    act(action, { m_db->actor(), QDate::currentDate(), QString(), QString() });
}

void PlanWorkflowBar::showPendingRequests()
{
    if (m_plan.id <= 0)
        return;
    ChangeDecisionDialog dialog(*m_db, m_plan, QDate::currentDate(), this);
    dialog.exec();
    if (dialog.decided() > 0)
        Q_EMIT planChanged(m_plan.id);
}

void PlanWorkflowBar::showHistory()
{
    PlanHistoryDialog dialog(*m_db, m_plan, 0, this);
    dialog.exec();
}

void PlanWorkflowBar::showDiff()
{
    PlanDiffDialog dialog(*m_db, m_plan, this);
    dialog.exec();
}

void PlanWorkflowBar::showAudit()
{
    AuditViewerDialog dialog(*m_db, m_plan, this);
    dialog.exec();
}

void PlanWorkflowBar::showUnits()
{
    UnitEditorDialog dialog(*m_db, this);
    dialog.exec();
    if (dialog.changed())
        Q_EMIT unitsChanged();
}

} // namespace tp
