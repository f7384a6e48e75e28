#pragma once

// The plan's state above the plan table — 草稿, 报审, 已批复 (文号, 第 N 版), 执行中, 已完成, 退回修改 — and the
// actions a person may take from it (报审, 批复…, 退回修改…, 开始执行, 完成, 修订), each one call of
// PlanWorkflowService; and the doors to the plan's history, its diff against the approved version, the audit log and
// the unit directory.

#include "Plan.h"
#include "PlanWorkflow.h"
#include "RuleSet.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace tp {

class Database;

class PlanWorkflowBar : public QWidget {
    Q_OBJECT

public:
    explicit PlanWorkflowBar(std::shared_ptr<Database> database, QWidget* parent = nullptr);

    void setPlan(const Plan& plan);
    // The district's rules, named in the dialogs of 报审, 批复 and 退回修改.
    void setRuleSet(const RuleSet& rules);
    // The project of the table's current row (0: none), for 项目历史.
    void setCurrentProject(qint64 projectId);
    // The text of the state ("已批复（梁教委〔2025〕8号，第 1 版）"), for tests.
    QString statusText() const;
    // Takes an action with these inputs (no dialog): what the buttons do after asking. False when refused (reported).
    bool act(PlanAction action, const PlanActionInput& input);

Q_SIGNALS:
    // The plan's state changed: the page reloads it.
    void planChanged(qint64 planId);
    // The unit directory changed (the known organizers with it).
    void unitsChanged();

private:
    void ask(PlanAction action);
    void showHistory();
    void showDiff();
    void showAudit();
    void showUnits();
    void showPendingRequests();

    std::shared_ptr<Database> m_db;
    Plan m_plan;
    RuleSet m_rules = RuleSet::defaults();
    QLabel* m_status = nullptr;
    QHash<int, QPushButton*> m_actions;
    QPushButton* m_diff = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_projectHistory = nullptr;
    QPushButton* m_pending = nullptr; // 审批调整申请 (the bureau decides the requests waiting)
    qint64 m_projectId = 0;
};

} // namespace tp
