#pragma once

// 名额与学分: a project's training kind, its credits (explicit, or converted from its duration by the rule
// set), its capacity and the per-school quotas (名额分配), saved in one transaction.

#include "CreditRules.h"
#include "EnrollmentRepository.h"
#include "Unit.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace tp {

class ProjectCreditDialog : public QDialog {
    Q_OBJECT

public:
    // `headcount`: the project's exact 参培人数 (0 if none), the capacity when none is set. `quotas` as stored,
    // `used`: seats held per unit.
    ProjectCreditDialog(const QString& projectName, const ProjectCreditInfo& info, int headcount,
        const CreditRules& rules, const QList<Unit>& units, const QHash<qint64, int>& quotas,
        const QHash<qint64, int>& used, QWidget* parent = nullptr);

    // The kind shown; unset while an undecided project's kind is not chosen yet (（请选择）).
    std::optional<TrainingKind> kind() const;
    std::optional<double> credits() const; // nothing: by duration
    int capacity() const; // 0: the 参培人数 (or unlimited)
    // Every unit's quota (−1: none).
    QHash<qint64, int> quotas() const;

    // The quotas the user changed (unit → seats, −1: none), for EnrollmentService::saveProjectCredit.
    QHash<qint64, int> changedQuotas() const;

    // For tests: the widgets.
    QComboBox* kindCombo() const { return m_kind; }
    // How 培训方式 decides the kind ("网络研修（培训方式：线上研修）", "未定：…请选择培训类型").
    QLabel* kindOriginLabel() const { return m_kindOrigin; }
    QCheckBox* byDurationCheck() const { return m_byDuration; }
    QDoubleSpinBox* creditsSpin() const { return m_credits; }
    QSpinBox* capacitySpin() const { return m_capacity; }
    // The quota spin box of a unit (nullptr when the unit is not listed).
    QSpinBox* quotaSpin(qint64 unitId) const;

private:
    void updateConverted();

    ProjectCreditInfo m_info;
    CreditRules m_rules;
    QHash<qint64, int> m_storedQuotas;
    QList<qint64> m_unitIds; // table row → unit
    QComboBox* m_kind = nullptr;
    QCheckBox* m_byDuration = nullptr;
    QDoubleSpinBox* m_credits = nullptr;
    QLabel* m_converted = nullptr;
    QLabel* m_kindOrigin = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QSpinBox* m_capacity = nullptr;
    QTableWidget* m_quotaTable = nullptr;
};

} // namespace tp
