#include "CancelProjectDialog.h"

#include "Database.h"
#include "DialogHelp.h"
#include "Messages.h"
#include "PlanWorkflowService.h"
#include "RuleSet.h"
#include "TypedDateEdit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp {

CancelProjectDialog::CancelProjectDialog(
    Database& db, const Plan& plan, const Project& project, const QString& holds, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(plan)
    , m_project(project)
    , m_request(isApprovedStatus(plan.status))
{
    help::bindF1(this, QStringLiteral("approval.md#取消项目")); // F1: the guide's page
    setObjectName(QStringLiteral("cancelProjectDialog"));
    setWindowTitle(m_request ? tr("取消申请 — 第 %1 项「%2」").arg(project.seq).arg(project.name)
                             : tr("取消项目 — 第 %1 项「%2」").arg(project.seq).arg(project.name));
    QString text;
    if (!holds.isEmpty())
        text = tr("第 %1 项「%2」已有 %3，不能删除。\n").arg(project.seq).arg(project.name, holds);
    text += m_request
        ? tr("%1 %2 年度计划已批复（%3）：取消须附书面说明（不能举办的原因），报区教委批准后生效。"
             "批准后项目仍保留在计划中（标为已取消），名单和学分登记都不变。")
              .arg(plan.district)
              .arg(plan.year)
              .arg(plan.docNumber.isEmpty() ? planStatusLabel(plan.status) : plan.docNumber)
        : tr("取消后项目仍保留在计划中（标为已取消，不计入合计），名单和学分登记都不变。取消须写明原因（书面说明）。");
    auto* intro = new QLabel(text, this);
    intro->setObjectName(QStringLiteral("cancelIntroLabel"));
    intro->setWordWrap(true);
    m_date = new TypedDateEdit(today.isValid() ? today : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("cancelDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("explanationEdit"));
    m_explanation->setPlaceholderText(tr("例如：因疫情防控要求，本年度不再举办，已报区教委备案"));
    auto* form = new QFormLayout;
    form->addRow(m_request ? tr("申请日期：") : tr("取消日期："), m_date);
    form->addRow(tr("书面说明："), m_explanation);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_request ? tr("提出取消申请") : tr("取消该项目"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("返回"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &CancelProjectDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CancelProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(540, 330);
    updateOk();
}

QDate CancelProjectDialog::date() const
{
    return m_date->date();
}

QString CancelProjectDialog::explanation() const
{
    return m_explanation->toPlainText().trimmed();
}

void CancelProjectDialog::setExplanation(const QString& text)
{
    m_explanation->setPlainText(text);
}

void CancelProjectDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!explanation().isEmpty());
}

void CancelProjectDialog::accept()
{
    if (m_request) {
        auto outcome = PlanWorkflowService(m_db).requestCancellation(
            m_plan.id, m_project.seq, explanation(), date(), m_db.actor());
        if (!outcome) {
            Messages::error(this, windowTitle(), outcome.error());
            return; // the dialog stays open with what was typed
        }
        m_filed = outcome->request;
        QDialog::accept();
        return;
    }
    // Cancelled at once (the page applies it as an undoable edit), by the same rule as a request.
    PlanChangeRequest r;
    r.projectId = m_project.id;
    r.seq = m_project.seq;
    r.projectName = m_project.name;
    r.kind = ChangeKind::Cancel;
    r.reason = explanation();
    r.filedOn = date();
    r.filedBy = m_db.actor();
    if (Status s = checkChangeRequest(r, {}, RuleSet::defaults()); !s) {
        Messages::error(this, windowTitle(), s.error());
        return;
    }
    QDialog::accept();
}

} // namespace tp
