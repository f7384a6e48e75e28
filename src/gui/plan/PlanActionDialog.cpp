#include "PlanActionDialog.h"

#include "ColumnHelp.h"
#include "Database.h"
#include "DialogHelp.h"
#include "Language.h"
#include "Messages.h"
#include "PlanRepository.h"
#include "PlanWorkflowService.h"
#include "TypedDateEdit.h"
#include "WorkflowRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp {

PlanActionDialog::PlanActionDialog(
    Database& db, const Plan& plan, PlanAction action, const RuleSet& rules, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(plan)
    , m_action(action)
{
    help::bindF1(this, QStringLiteral("approval.md#报审和批复")); // F1: the guide's page
    setObjectName(QStringLiteral("planActionDialog"));
    const QString planName = tr("%1 %2 年度计划").arg(plan.district).arg(plan.year);
    setWindowTitle(tr("%1 — %2").arg(planActionLabel(action), planName));

    int projects = 0;
    if (auto list = PlanRepository(db).projects(plan.id))
        projects = int(list->size());
    int nextVersion = 1;
    if (auto latest = WorkflowRepository(db).latestVersion(plan.id); latest && latest->has_value())
        nextVersion = (*latest)->version + 1;
    // Who submitted it, and when: a return goes back to them.
    QString submittedBy;
    QDate submittedOn;
    if (auto transitions = WorkflowRepository(db).transitions(plan.id))
        for (const PlanTransitionRecord& t : *transitions)
            if (t.action == PlanAction::Submit) {
                submittedBy = t.actor;
                submittedOn = t.on;
            }

    QString what;
    switch (action) {
    case PlanAction::Approve:
        what = tr("批复%1（%n 个项目）：计划成为已批复的第 %2 版，这一版冻结保存。须写明批复文号。", nullptr, projects)
                   .arg(planName)
                   .arg(nextVersion);
        break;
    case PlanAction::Return:
        what = tr("把%1（%n 个项目）退回修改：计划回到可以修改的状态，改好后再报审。须写明退回的原因，"
                  "报审人在计划历史中看到它。",
            nullptr, projects)
                   .arg(planName);
        if (!submittedBy.isEmpty())
            what += QLatin1Char('\n') + tr("报审：%1，%2").arg(submittedBy, i18n::dateText(submittedOn));
        break;
    default:
        what = tr("把%1（%n 个项目）报区教委审批。区教委批复（写明文号）后，计划成为已批复的一版；"
                  "也可能退回修改（写明原因）。",
            nullptr, projects)
                   .arg(planName);
        break;
    }
    auto* summary = new QLabel(what, this);
    summary->setObjectName(QStringLiteral("planActionSummary"));
    summary->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* person = new QLabel(db.actor().isEmpty() ? tr("（未设置）") : db.actor(), this);
    person->setObjectName(QStringLiteral("planActionPerson"));
    form->addRow(action == PlanAction::Submit ? tr("经办人：") : tr("批复人："), person);
    m_date = new TypedDateEdit(today.isValid() ? today : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("planActionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(action == PlanAction::Approve ? tr("批复日期：")
            : action == PlanAction::Return     ? tr("退回日期：")
                                               : tr("报审日期："),
        m_date);
    if (action == PlanAction::Approve) {
        m_docNumber = new QLineEdit(this);
        m_docNumber->setObjectName(QStringLiteral("docNumberEdit"));
        m_docNumber->setPlaceholderText(tr("例如：梁教委〔%1〕12号").arg(plan.year));
        form->addRow(tr("批复文号："), m_docNumber);
        connect(m_docNumber, &QLineEdit::textChanged, this, &PlanActionDialog::updateOk);
    } else if (action == PlanAction::Return) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("returnReasonEdit"));
        m_reason->setPlaceholderText(tr("例如：第 5 项与市级培训时间冲突，请调整后再报"));
        m_reason->setTabChangesFocus(true);
        form->addRow(tr("退回原因："), m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &PlanActionDialog::updateOk);
    }
    connect(m_date, &QDateEdit::dateChanged, this, &PlanActionDialog::updateOk);

    // The rule the approved plan is held to from then on, and where it comes from.
    auto* rule = new QLabel(tr("批复后：调整提前 %1 个月报区教委审批（规则 R-CHANGE），因故不能举办的须作书面说明"
                               "（规则 R-CANCEL）。依据：%2")
                                .arg(rules.changeMonths)
                                .arg(ColumnHelp::ruleSource(rules, tr("二(一)"))),
        this);
    rule->setObjectName(QStringLiteral("planActionRule"));
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("planActionMissing"));
    m_missing->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(planActionLabel(action));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("返回"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form, action == PlanAction::Return ? 1 : 0);
    layout->addWidget(rule);
    if (action != PlanAction::Return)
        layout->addStretch(1);
    layout->addWidget(m_missing);
    layout->addWidget(m_buttons);
    resize(560, action == PlanAction::Return ? 380 : 300);
    updateOk();
    if (m_docNumber)
        m_docNumber->setFocus();
    else if (m_reason)
        m_reason->setFocus();
}

PlanActionInput PlanActionDialog::input() const
{
    PlanActionInput in { m_db.actor(), m_date->date(), QString(), QString() };
    if (m_docNumber)
        in.docNumber = m_docNumber->text().trimmed();
    if (m_reason)
        in.reason = m_reason->toPlainText().trimmed();
    return in;
}

QString PlanActionDialog::missing() const
{
    auto next = planTransition(m_plan.status, m_action, input()); // the rule, in core
    return next ? QString() : next.error().message;
}

QPushButton* PlanActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PlanActionDialog::updateOk()
{
    const QString why = missing();
    okButton()->setEnabled(why.isEmpty());
    okButton()->setToolTip(why);
    m_missing->setText(why);
}

void PlanActionDialog::accept()
{
    if (!missing().isEmpty())
        return;
    auto status = PlanWorkflowService(m_db).act(m_plan.id, m_action, input());
    if (!status) {
        Messages::error(this, windowTitle(), status.error());
        return; // the dialog stays open with what was typed
    }
    QDialog::accept();
}

} // namespace tp
