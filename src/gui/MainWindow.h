#pragma once

#include "Plan.h"

#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QTableView;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace tp {

class Database;
class PlanRepository;
class UnitRepository;
class PlanEditService;
class CalendarRepository;
class CalendarView;
class PlanTableModel;
class PlanFilterProxyModel;
class PlanItemDelegate;
class FindingsModel;
class RosterPage;
class ForecastPanel;
class TeacherListPage;

// The plan editor: district and year, the plan table with its live 合计 row, findings, import/export.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and the app: the pieces a user sees.
    PlanTableModel* planModel() const { return m_model; }
    PlanFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* planView() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    FindingsModel* findingsModel() const { return m_findingsModel; }
    CalendarView* calendarView() const { return m_calendarView; }
    RosterPage* rosterPage() const { return m_rosterPage; }
    ForecastPanel* forecastPanel() const { return m_forecastPanel; }
    QDockWidget* forecastDock() const { return m_forecastDock; }
    // 教师与学分 (issue 4): the teacher list with credit status and the credit chart.
    TeacherListPage* teacherListPage() const { return m_teacherListPage; }

    // Opens 项目详情 for a project (model row); saves through the undo stack when accepted.
    void openProjectDetails(int sourceRow);
    // Shows the calendar tab (日历).
    void showCalendar();
    // Shows the roster tab (参训名单) with the project of the plan table's current row.
    void showRoster();
    // Recomputes the 学分需求预测 dock for the open plan.
    void refreshForecast();

    bool openPlan(const QString& district, int year);
    // Loads the two published sample plans (seeds 000 and 002) shipped with the program.
    bool loadSamples();
    // On first start with an empty database, asks whether to load the samples.
    void offerSamplesIfEmpty();

private:
    void setupActions();
    void reloadPlanList(qint64 selectPlanId = 0);
    void planChosen(int comboIndex);
    void newPlan();
    void importCsv();
    void exportCsv();
    void addRow();
    void insertRow();
    void deleteRows();
    void moveCurrent(int delta);
    void findingActivated(const QModelIndex& index);
    void updateSummary();
    void updateActions();
    void showError(const QString& message);
    void resizeRows();
    void showColumnsInUse();
    int currentSourceRow() const;
    void selectSourceCell(int row, int column);
    void refreshUnits();
    void reloadCalendar();
    void refreshCalendarView();
    void openSettings();
    void tabChanged(int index);
    void showPlanDocks(bool show);

    QScopedPointer<Ui::MainWindow> m_ui;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<UnitRepository> m_units;
    std::unique_ptr<PlanEditService> m_edits;
    std::unique_ptr<CalendarRepository> m_calendars;
    CalendarView* m_calendarView = nullptr;
    TeacherListPage* m_teacherListPage = nullptr;
    QUndoStack* m_undoStack = nullptr;
    PlanTableModel* m_model = nullptr;
    PlanFilterProxyModel* m_proxy = nullptr;
    PlanItemDelegate* m_delegate = nullptr;
    FindingsModel* m_findingsModel = nullptr;
    QLabel* m_totalsLabel = nullptr;
    QLabel* m_findingsLabel = nullptr;
    QList<QAction*> m_columnActions;
    RosterPage* m_rosterPage = nullptr;
    ForecastPanel* m_forecastPanel = nullptr;
    QDockWidget* m_forecastDock = nullptr;
    bool m_planRowChosen = false; // a row was chosen in the plan table since the roster tab was last shown
    bool m_forecastStale = false; // the forecast dock was closed when the data changed
    QList<QDockWidget*> m_stashedDocks; // plan docks hidden while another tab is shown
    QPointer<QDockWidget> m_raisedDock; // the tabbed dock in front
};

} // namespace tp
