#include "NewPlanDialog.h"

#include "DialogHelp.h"
#include "ui_NewPlanDialog.h"

#include <QDate>
#include <QPushButton>

namespace tp {

NewPlanDialog::NewPlanDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::NewPlanDialog)
{
    help::bindF1(this, QStringLiteral("plan.md#新建或打开一份计划")); // F1: the guide's page
    m_ui->setupUi(this);
    m_ui->yearSpin->setValue(QDate::currentDate().year() + 1);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewPlanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewPlanDialog::reject);
    connect(m_ui->districtEdit, &QLineEdit::textChanged, this, &NewPlanDialog::suggestTitle);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &NewPlanDialog::suggestTitle);
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    suggestTitle();
}

NewPlanDialog::~NewPlanDialog() = default;

void NewPlanDialog::setDistrict(const QString& district)
{
    m_ui->districtEdit->setText(district);
}

void NewPlanDialog::setYear(int year)
{
    m_ui->yearSpin->setValue(year);
}

void NewPlanDialog::suggestTitle()
{
    if (m_titleEdited)
        return;
    const QString district = m_ui->districtEdit->text().trimmed();
    m_ui->titleEdit->setText(district.isEmpty()
            ? QString()
            : tr("%1教育系统%2年教师教育项目计划表").arg(district).arg(m_ui->yearSpin->value()));
}

Plan NewPlanDialog::plan() const
{
    Plan p;
    p.district = m_ui->districtEdit->text().trimmed();
    p.year = m_ui->yearSpin->value();
    p.title = m_ui->titleEdit->text().trimmed();
    p.docNumber = m_ui->docNumberEdit->text().trimmed();
    return p;
}

void NewPlanDialog::accept()
{
    if (m_ui->districtEdit->text().trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("请填写区县名称"));
        m_ui->districtEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tp
