#pragma once

// 调整申请 of a project of an approved plan: the approved value → the new one, the reason, and R-CHANGE's deadline
// counted from the earlier of the approved and the new start (never from a date typed since), shown as the value is
// typed. Filed late, it needs an explanation of the delay. Filed, it waits for approval; approved, the project
// changes (PlanWorkflowService). A cancellation (取消申请) is CancelProjectDialog's.

#include "Plan.h"
#include "PlanWorkflow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tp {

class Database;

class ChangeRequestDialog : public QDialog {
    Q_OBJECT

public:
    // A change of `field` of project `seq` (to `value` when given: what was typed into the table).
    ChangeRequestDialog(Database& db, const Plan& plan, int seq, ChangeField field, const QString& value, QDate today,
        QWidget* parent = nullptr);

    QLineEdit* valueEdit() const { return m_value; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPlainTextEdit* lateEdit() const { return m_late; }
    QString deadlineText() const;
    // The request filed (id 0 until accepted).
    const PlanChangeRequest& filed() const { return m_filed; }

    void accept() override;

private:
    void build();
    void updatePreview();

    Database& m_db;
    Plan m_plan;
    int m_seq = 0;
    QDate m_today;
    ChangeField m_field = ChangeField::Months;
    QComboBox* m_fieldBox = nullptr;
    QLabel* m_from = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_deadline = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_late = nullptr;
    QLabel* m_lateLabel = nullptr;
    PlanChangeRequest m_filed;
};

} // namespace tp
