#include "CancelProjectDialog.h"

#include "TypedDateEdit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp {

CancelProjectDialog::CancelProjectDialog(const Project& project, const QString& holds, QDate today, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cancelProjectDialog"));
    setWindowTitle(tr("取消该项目"));
    auto* intro = new QLabel(tr("第 %1 项「%2」已有 %3，不能删除。\n"
                                "取消后项目仍保留在计划中（标为已取消），名单和学分登记都不变。取消须写明原因。")
                                 .arg(project.seq)
                                 .arg(project.name, holds),
        this);
    intro->setWordWrap(true);
    m_date = new TypedDateEdit(today.isValid() ? today : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("cancelDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("explanationEdit"));
    m_explanation->setPlaceholderText(tr("例如：因疫情防控要求，本年度不再举办，已报区教委备案"));
    auto* form = new QFormLayout;
    form->addRow(tr("取消日期："), m_date);
    form->addRow(tr("书面说明："), m_explanation);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("取消该项目"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("返回"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &CancelProjectDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 320);
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

} // namespace tp
