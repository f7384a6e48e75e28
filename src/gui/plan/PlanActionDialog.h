#pragma once

// 报审, 批复 and 退回修改 of a plan, each asked in one small dialog: what is sent to whom (the plan, its projects; the
// bureau, or back to the training school that submitted it), who does it and on which day, and what the step needs —
// a 文号 for an approval, a reason for a return — with the rule behind it and its source. 确定 stays off until
// planTransition (core, the one place of the rule) accepts the inputs; the step itself is one call of
// PlanWorkflowService::act, and a refusal keeps the dialog open with what was typed.

#include "Plan.h"
#include "PlanWorkflow.h"
#include "RuleSet.h"

#include <QDate>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tp {

class Database;
class TypedDateEdit;

class PlanActionDialog : public QDialog {
    Q_OBJECT

public:
    // ACTION is one of Submit, Approve, Return; the person is the database's (Database::actor).
    PlanActionDialog(Database& db, const Plan& plan, PlanAction action, const RuleSet& rules, QDate today,
        QWidget* parent = nullptr);

    PlanAction action() const { return m_action; }
    // What the step is taken with, as typed (trimmed).
    PlanActionInput input() const;
    // Why 确定 is off ("批复须写明批复文号"), empty when the inputs are complete.
    QString missing() const;

    QLineEdit* docNumberEdit() const { return m_docNumber; } // 批复 only
    QPlainTextEdit* reasonEdit() const { return m_reason; } // 退回修改 only
    TypedDateEdit* dateEdit() const { return m_date; }
    QPushButton* okButton() const;

    void accept() override;

private:
    void updateOk();

    Database& m_db;
    Plan m_plan;
    PlanAction m_action;
    TypedDateEdit* m_date = nullptr;
    QLineEdit* m_docNumber = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_missing = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tp
