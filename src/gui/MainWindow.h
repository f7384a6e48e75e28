#pragma once

#include "Plan.h"

#include <QMainWindow>
#include <QScopedPointer>
#include <QSet>
#include <memory>

class QDockWidget;
class QLabel;
class QTableView;
class QTimer;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace tp {

class BackupFlow;
class CalendarView;
class ChangeWatch;
class Database;
class DockController;
class FindingsModel;
class ForecastPanel;
class PlanFileFlow;
class PlanFilterProxyModel;
class PlanPage;
class PlanTableModel;
class RosterPage;
class TeacherListPage;

// The shell: the plan chosen (district and year), the pages that show it — 计划表 (PlanPage), 日历, 参训名单
// (RosterPage), 教师与学分 (TeacherListPage) — the menus and toolbar wired to them, the docks under the plan
// (DockController) and the plan's file dialogs (PlanFileFlow).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and the app: the pieces a user sees.
    PlanPage* planPage() const { return m_planPage; }
    PlanTableModel* planModel() const;
    PlanFilterProxyModel* proxyModel() const;
    QTableView* planView() const;
    QUndoStack* undoStack() const;
    FindingsModel* findingsModel() const;
    CalendarView* calendarView() const { return m_calendarView; }
    RosterPage* rosterPage() const { return m_rosterPage; }
    ForecastPanel* forecastPanel() const;
    QDockWidget* forecastDock() const;
    TeacherListPage* teacherListPage() const { return m_teacherListPage; }
    BackupFlow* backupFlow() const { return m_backups; }

    // Opens 项目详情 for a project (model row); saves through the undo stack when accepted.
    void openProjectDetails(int row);
    // Shows the calendar tab (日历).
    void showCalendar();
    // Shows the roster tab (参训名单) with the project of the plan table's current row.
    void showRoster();
    // Recomputes the 学分需求预测 dock for the open plan (in the background: forecastReady when it is shown).
    void refreshForecast();
    // Waits for the forecast being computed and shows it now (tests read the panel after it).
    void waitForForecast();

    bool openPlan(const QString& district, int year);
    // Loads the two published sample plans (seeds 000 and 002) shipped with the program.
    bool loadSamples();
    // On first start with an empty database, asks whether to load the samples.
    void offerSamplesIfEmpty();

    // Whether another program (the CLI, another TrainPlan, another clerk on the server) committed to the database
    // since this window last looked (ChangeWatch: the server's notifications, or a file's PRAGMA data_version):
    // then what shows the changed tables is reloaded — the plan, units, calendar and lists, or only the teacher
    // and roster lists when only people's tables changed — so that a later edit does not fail on a project that is
    // gone. Told by ChangeWatch and asked when the window is activated. True when it reloaded.
    bool checkForOtherPrograms();
    // Everything shown is read again from the database (after a restore, or another program's changes).
    void reloadAll();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPlanTitle();
    // The window's first frame is painted: what waited for it starts (the forecast, the check of the file).
    void afterFirstFrame();
    void setupActions();
    void addBackupActions();
    void setupTabShortcuts();
    void addPrintActions();
    void reloadPlanList(qint64 selectPlanId = 0);
    void planChosen(int comboIndex);
    void planReady(qint64 planId);
    void updateStatus();
    void updateActions();
    void reloadCalendar();
    void openSettings();
    void openCreditRules();
    void tabChanged(int index);
    const Plan& plan() const;

    QScopedPointer<Ui::MainWindow> m_ui;
    std::shared_ptr<Database> m_database;
    PlanPage* m_planPage = nullptr;
    PlanFileFlow* m_files = nullptr;
    DockController* m_docks = nullptr;
    CalendarView* m_calendarView = nullptr;
    RosterPage* m_rosterPage = nullptr;
    TeacherListPage* m_teacherListPage = nullptr;
    QLabel* m_findingsLabel = nullptr;
    BackupFlow* m_backups = nullptr;
    ChangeWatch* m_changeWatch = nullptr;
    qint64 m_dataVersion = -1;
    bool m_othersChanged = false; // told by m_changeWatch, not yet reloaded
    QSet<QString> m_changedTables; // which ("" = unknown)
    bool m_dailyBackupScheduled = false;
    bool m_firstFramePainted = false;
    QString m_planTitle; // shown shortened to the room there is
    bool m_planRowChosen = false; // a row was chosen in the plan table since the roster tab was last shown
};

} // namespace tp
