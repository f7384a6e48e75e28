#include "ChangeRequestDialog.h"

#include "Database.h"
#include "DialogHelp.h"
#include "Messages.h"
#include "PlanRepository.h"
#include "PlanWorkflowService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp {

ChangeRequestDialog::ChangeRequestDialog(
    Database& db, const Plan& plan, int seq, ChangeField field, const QString& value, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(plan)
    , m_seq(seq)
    , m_today(today.isValid() ? today : QDate::currentDate())
    , m_field(field)
{
    help::bindF1(this, QStringLiteral("approval.md#批复后的调整申请")); // F1: the guide's page
    setObjectName(QStringLiteral("changeRequestDialog"));
    build();
    if (!value.isNull())
        m_value->setText(value);
    updatePreview();
}

void ChangeRequestDialog::build()
{
    QString name;
    if (auto projects = PlanRepository(m_db).projects(m_plan.id))
        for (const Project& p : *projects)
            if (p.seq == m_seq)
                name = p.name;
    setWindowTitle(tr("调整申请 — 第 %1 项「%2」").arg(m_seq).arg(name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 %2 年度计划已批复（%3）：调整须提前 1 个月报批，经批准后才改动项目。")
                                 .arg(m_plan.district)
                                 .arg(m_plan.year)
                                 .arg(m_plan.docNumber),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_fieldBox = new QComboBox(this);
    m_fieldBox->setObjectName(QStringLiteral("changeFieldBox"));
    for (ChangeField f : allChangeFields())
        m_fieldBox->addItem(changeFieldLabel(f), int(f));
    m_fieldBox->setCurrentIndex(m_fieldBox->findData(int(m_field)));
    form->addRow(tr("调整项："), m_fieldBox);
    m_from = new QLabel(this);
    m_from->setObjectName(QStringLiteral("approvedValueLabel"));
    form->addRow(tr("批复时："), m_from);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("newValueEdit"));
    form->addRow(tr("调整为："), m_value);
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("changeDeadlineLabel"));
    m_deadline->setWordWrap(true);
    form->addRow(tr("报批期限："), m_deadline);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaximumHeight(80);
    form->addRow(tr("调整原因："), m_reason);
    m_late = new QPlainTextEdit(this);
    m_late->setObjectName(QStringLiteral("lateExplanationEdit"));
    m_late->setMaximumHeight(60);
    m_lateLabel = new QLabel(tr("逾期说明："), this);
    form->addRow(m_lateLabel, m_late);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("提出申请"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_fieldBox, &QComboBox::currentIndexChanged, this, [this] {
        m_field = ChangeField(m_fieldBox->currentData().toInt());
        updatePreview();
    });
    connect(m_value, &QLineEdit::textChanged, this, &ChangeRequestDialog::updatePreview);
    resize(560, 380);
}

QString ChangeRequestDialog::deadlineText() const
{
    return m_deadline ? m_deadline->text() : QString();
}

void ChangeRequestDialog::updatePreview()
{
    if (!m_value)
        return;
    PlanWorkflowService service(m_db);
    // The approved value, whatever has been typed since; the deadline from the earlier of the approved and the new
    // start, as the value is typed.
    auto preview = service.previewChange(m_plan.id, m_seq, m_field, m_value->text(), m_today);
    if (!preview) {
        auto unchanged = service.previewChange(m_plan.id, m_seq, m_field, QString(), m_today);
        if (unchanged)
            m_from->setText(unchanged->from.isEmpty() ? tr("（空）") : unchanged->from);
        m_deadline->setText(preview.error().message);
        m_lateLabel->setVisible(false);
        m_late->setVisible(false);
        return;
    }
    m_from->setText(preview->from.isEmpty() ? tr("（空）") : preview->from);
    const ChangeTiming& t = preview->timing;
    QString text = t.isValid() ? changeDeadlineText(t, preview->rules) : tr("开班日期未定，无报批期限");
    if (t.late)
        text = tr("已逾期（今天 %1）：%2").arg(m_today.toString(Qt::ISODate), text);
    m_deadline->setText(text);
    m_deadline->setStyleSheet(t.late ? QStringLiteral("color: #b00020;") : QString());
    m_lateLabel->setVisible(t.late);
    m_late->setVisible(t.late);
}

void ChangeRequestDialog::accept()
{
    PlanWorkflowService service(m_db);
    const QString actor = m_db.actor();
    Result<ChangeOutcome> outcome = service.requestChange(m_plan.id, m_seq, m_field, m_value->text(),
        m_reason->toPlainText(), m_late ? m_late->toPlainText() : QString(), m_today, actor);
    if (!outcome) {
        Messages::error(this, windowTitle(), outcome.error());
        return; // the dialog stays open with what was typed
    }
    m_filed = outcome->request;
    QDialog::accept();
}

} // namespace tp
