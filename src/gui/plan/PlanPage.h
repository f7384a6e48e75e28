#pragma once

// 计划表: the plan table tab — the table with its live 合计 row, the totals line under it, the row edits (add,
// insert, delete, move, 项目详情), the filter and the findings that point into it. The main window hosts it and wires
// its menus and toolbar to the slots here.

#include "Plan.h"

#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTableView;
class QUndoStack;

namespace tp {

class CancelProjectDialog;
class Database;
class FindingsModel;
class PlanEditService;
class PlanFilterProxyModel;
class PlanItemDelegate;
class PlanTableModel;
class PlanWorkflowBar;
struct RuleSet;
class WorkCalendar;

class PlanPage : public QWidget {
    Q_OBJECT

public:
    explicit PlanPage(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~PlanPage() override;

    PlanTableModel* model() const { return m_model; }
    PlanFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    // The plan's state and its actions (报审, 批复, 退回修改, …) above the table.
    PlanWorkflowBar* workflowBar() const { return m_workflowBar; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // The findings of the plan shown, for the findings panel.
    FindingsModel* findingsModel() const { return m_findingsModel; }
    // 视图 → 列: one checkable action per column.
    QMenu* columnsMenu() const { return m_columnsMenu; }

    // Why the table stays empty for this login's role (RoleView::emptyPlanHint: it cannot make plans), shown above
    // the table while there is no plan or no project; "" (the default): no hint.
    void setRoleHint(const QString& hint);

    // Shows a plan (an invalid plan: none) with the units, calendar and rule set it is checked with.
    bool showPlan(const Plan& plan);
    // What the plan is checked with changed (settings, an import that added units).
    void reloadUnits();
    void setCalendar(const WorkCalendar& calendar);
    void setRuleSet(const RuleSet& rules);

    // The model row of the current cell, or −1; the project of that row, when it is one.
    int currentRow() const;
    bool isOnProject() const;
    // Selects a cell (model coordinates), clearing the filter when it hides the row.
    void selectCell(int row, int column);
    // Selects the cell a finding of the findings panel (its row) is about.
    void selectFinding(int findingRow);
    void setFilter(const QString& query);

    // The row edits, each one undoable step.
    void addRow();
    void insertRow();
    void deleteSelectedRows();
    void moveCurrent(int delta);
    // Delete: empties the selected editable cells (or the current one), one undoable step; how many.
    int clearSelectedCells();
    // An edit of an approved project: a change request (调整申请) for it, through ChangeRequestDialog.
    void requestChange(qint64 projectId, ProjectField field, const QString& text);
    // 项目详情 of a project (model row); saved through the undo stack when accepted. For an approved plan, a changed
    // opening or closing day and a cancellation become requests; the rest is saved.
    void openProjectDetails(int row);
    void openCurrentDetails();

    // The summary shown under the table ("34 个项目　培训天数合计：98天+400学时 …").
    QString totalsText() const;

Q_SIGNALS:
    // Totals or findings changed: the window's status line and panel titles follow.
    void summaryChanged();
    // The current cell or the undo stack moved: the window's actions follow.
    void actionsChanged();
    // A row was chosen in the table (the roster tab preselects its project).
    void rowChosen();
    // The filter hides a cell to be shown: the filter box should be cleared.
    void filterClearRequested();
    // Something to say in the status bar.
    void statusMessage(const QString& text, int timeout);

private:
    // "3 条参训记录、2 条学分登记"
    static QString ledgerText(int enrollments, int registrations);
    // The delete of a project with a ledger is refused; 取消该项目 is offered instead.
    void offerCancellation(int row, const QString& holds);
    // What the cancellation dialog decided: a request filed (said in the status bar), or the project cancelled at
    // once as one undoable edit.
    void applyCancellation(const CancelProjectDialog& dialog, const Project& project);
    void updateSummary();
    void showColumnsInUse();

    std::shared_ptr<Database> m_database;
    std::unique_ptr<PlanEditService> m_edits;
    QUndoStack* m_undoStack = nullptr;
    PlanTableModel* m_model = nullptr;
    PlanFilterProxyModel* m_proxy = nullptr;
    PlanItemDelegate* m_delegate = nullptr;
    FindingsModel* m_findingsModel = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QLabel* m_roleHintLabel = nullptr;
    PlanWorkflowBar* m_workflowBar = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QList<QAction*> m_columnActions;
};

} // namespace tp
