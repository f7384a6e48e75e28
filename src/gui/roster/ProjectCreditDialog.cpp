#include "ProjectCreditDialog.h"

#include "CellParsers.h"
#include "DialogHelp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {
enum { UnitColumn, UsedColumn, QuotaColumn };
}

ProjectCreditDialog::ProjectCreditDialog(const QString& projectName, const ProjectCreditInfo& info, int headcount,
    const CreditRules& rules, const QList<Unit>& units, const QHash<qint64, int>& quotas,
    const QHash<qint64, int>& used, QWidget* parent)
    : QDialog(parent)
    , m_info(info)
    , m_rules(rules)
    , m_storedQuotas(quotas)
{
    help::bindF1(this, QStringLiteral("enrollment.md#名额与学分")); // F1: the guide's page
    setWindowTitle(tr("名额与学分 — %1").arg(projectName));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    // The kind comes from 培训方式 (ProjectKind); the list overrides it. A mix (线上线下混合) is not guessed: the
    // clerk chooses once, and the choice is kept for the project.
    if (!info.kind.decided())
        m_kind->addItem(tr("（请选择）"), -1);
    for (int k = 0; k < kTrainingKindCount; ++k)
        m_kind->addItem(trainingKindLabel(TrainingKind(k)), k);
    m_kind->setCurrentIndex(info.kind.decided() ? m_kind->findData(int(info.credit.kind)) : 0);
    m_kindOrigin = new QLabel(info.kind.describe(), this);
    m_kindOrigin->setObjectName(QStringLiteral("kindOriginLabel"));
    m_kindOrigin->setWordWrap(true);
    if (!info.kind.decided())
        m_kindOrigin->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_byDuration = new QCheckBox(tr("按培训时长折算"), this);
    m_byDuration->setObjectName(QStringLiteral("byDurationCheck"));
    m_byDuration->setChecked(!info.credit.credits.has_value());
    m_credits = new QDoubleSpinBox(this);
    m_credits->setObjectName(QStringLiteral("creditsSpin"));
    m_credits->setRange(0, 1000);
    m_credits->setDecimals(1);
    m_credits->setSuffix(tr(" 学分"));
    m_credits->setValue(info.credit.credits.value_or(0));
    m_converted = new QLabel(this);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(headcount > 0 ? tr("按参培人数（%1 人）").arg(headcount) : tr("不限"));
    // projectCredit reports the 参培人数 as the capacity when none is set: show that as "none set".
    m_capacity->setValue(info.capacity == headcount ? 0 : info.capacity);

    auto* creditRow = new QHBoxLayout;
    creditRow->addWidget(m_byDuration);
    creditRow->addWidget(m_credits);
    creditRow->addWidget(m_converted, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("级别："),
        new QLabel(info.levelText.isEmpty()
                ? trainingLevelLabel(info.credit.level)
                : tr("%1（按 %2 计）").arg(info.levelText, trainingLevelLabel(info.credit.level)),
            this));
    form->addRow(tr("按培训方式："), m_kindOrigin);
    form->addRow(tr("培训类型："), m_kind);
    form->addRow(tr("学分："), creditRow);
    form->addRow(tr("容量："), m_capacity);

    m_quotaTable = new QTableWidget(int(units.size()), 3, this);
    m_quotaTable->setObjectName(QStringLiteral("quotaTable"));
    m_quotaTable->setHorizontalHeaderLabels({ tr("单位"), tr("已占名额"), tr("分配名额") });
    m_quotaTable->verticalHeader()->hide();
    m_quotaTable->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_quotaTable->setColumnWidth(UsedColumn, 80);
    m_quotaTable->setColumnWidth(QuotaColumn, 110);
    int row = 0;
    for (const Unit& u : units) {
        m_unitIds << u.id;
        auto* name = new QTableWidgetItem(u.name);
        name->setFlags(Qt::ItemIsEnabled);
        auto* usedItem = new QTableWidgetItem(QString::number(used.value(u.id)));
        usedItem->setFlags(Qt::ItemIsEnabled);
        usedItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_quotaTable->setItem(row, UnitColumn, name);
        m_quotaTable->setItem(row, UsedColumn, usedItem);
        auto* spin = new QSpinBox(m_quotaTable);
        spin->setRange(-1, 100000);
        spin->setSpecialValueText(tr("不限"));
        spin->setValue(quotas.value(u.id, -1));
        m_quotaTable->setCellWidget(row, QuotaColumn, spin);
        ++row;
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* buttons = m_buttons;
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("名额分配（“不限”：只受容量限制）："), this));
    layout->addWidget(m_quotaTable, 1);
    layout->addWidget(buttons);
    resize(520, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_byDuration, &QCheckBox::toggled, this, &ProjectCreditDialog::updateConverted);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProjectCreditDialog::updateConverted);
    updateConverted();
}

void ProjectCreditDialog::updateConverted()
{
    m_credits->setEnabled(!m_byDuration->isChecked());
    // An undecided kind must be chosen before saving.
    const bool kindChosen = m_kind->currentData().toInt() >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(kindChosen);
    if (!kindChosen) {
        m_converted->setText(tr("请先选择培训类型"));
        return;
    }
    ProjectCredit c = m_info.credit;
    c.kind = kind().value_or(m_info.credit.kind);
    c.credits.reset();
    const std::optional<double> converted = projectCredits(c, m_rules);
    m_converted->setText(converted
            ? tr("折算：%1 学分（%2 学时，%3）")
                  .arg(formatNumber(*converted), formatNumber(projectHours(c, m_rules)), m_rules.name)
            : tr("没有培训时长，无法折算"));
}

std::optional<TrainingKind> ProjectCreditDialog::kind() const
{
    const int k = m_kind->currentData().toInt();
    return k >= 0 ? std::optional(TrainingKind(k)) : std::nullopt;
}

std::optional<double> ProjectCreditDialog::credits() const
{
    if (m_byDuration->isChecked())
        return std::nullopt;
    return m_credits->value();
}

int ProjectCreditDialog::capacity() const
{
    return m_capacity->value();
}

QSpinBox* ProjectCreditDialog::quotaSpin(qint64 unitId) const
{
    const int row = int(m_unitIds.indexOf(unitId));
    return row < 0 ? nullptr : static_cast<QSpinBox*>(m_quotaTable->cellWidget(row, QuotaColumn));
}

QHash<qint64, int> ProjectCreditDialog::quotas() const
{
    QHash<qint64, int> out;
    for (int row = 0; row < m_unitIds.size(); ++row)
        out.insert(m_unitIds.at(row), static_cast<QSpinBox*>(m_quotaTable->cellWidget(row, QuotaColumn))->value());
    return out;
}

QHash<qint64, int> ProjectCreditDialog::changedQuotas() const
{
    QHash<qint64, int> changed;
    const QHash<qint64, int> wanted = quotas();
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        if (it.value() != m_storedQuotas.value(it.key(), -1))
            changed.insert(it.key(), it.value());
    return changed;
}

} // namespace tp
