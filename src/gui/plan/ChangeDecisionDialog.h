#pragma once

// 审批调整申请: the bureau's side of a change request. The plan's requests still waiting (调整 and 取消), each with
// what it changes (原 → 新), its reason, who filed it when and its deadline (逾期 marked, with the explanation); the
// officer selects one, may write an opinion (批复意见), and approves (the project changes, audited) or rejects it —
// one call of PlanWorkflowService::decide each, in the officer's name.

#include "Plan.h"
#include "PlanWorkflow.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tp {

class Database;

class ChangeDecisionDialog : public QDialog {
    Q_OBJECT

public:
    ChangeDecisionDialog(Database& db, const Plan& plan, QDate today, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* noteEdit() const { return m_note; }
    // Decides the selected request (what 批准 and 不批准 do). False when nothing is selected or it was refused
    // (reported).
    bool decideCurrent(bool approve);
    // How many requests were decided while the dialog was open (the plan is reloaded when any was).
    int decided() const { return m_decided; }

private:
    void reload();
    void updateButtons();

    Database& m_db;
    Plan m_plan;
    QDate m_today;
    QList<PlanChangeRequest> m_pending;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    int m_decided = 0;
};

} // namespace tp
