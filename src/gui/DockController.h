#pragma once

// The plan's docks — 检查结果 (findings) and 学分需求预测 (forecast), tabbed under the plan table — and how they give
// way: hidden while a tab that needs the height is shown (roster, teachers), back with the same one in front when
// the plan or calendar tab returns; a dock the user closed stays closed. The forecast reads every teacher's totals,
// so it is recomputed only while its dock is shown, and on showing when the data changed meanwhile.

#include <QObject>
#include <QPointer>
#include <memory>

class QDockWidget;
class QMainWindow;

namespace tp {

class Database;
class ForecastPanel;

class DockController : public QObject {
    Q_OBJECT

public:
    DockController(QMainWindow* window, QDockWidget* findings, std::shared_ptr<Database> database);

    ForecastPanel* forecastPanel() const { return m_forecastPanel; }
    QDockWidget* forecastDock() const { return m_forecastDock; }

    // Shows or hides the plan's docks for the tab shown.
    void setPlanDocksShown(bool shown);
    // The plan whose forecast the dock shows (0: none); recomputes it when the dock is shown.
    void setPlan(qint64 planId);
    // The enrolments or credits changed: the forecast is out of date.
    void refreshForecast();

private:
    std::shared_ptr<Database> m_database;
    QDockWidget* m_findingsDock;
    ForecastPanel* m_forecastPanel = nullptr;
    QDockWidget* m_forecastDock = nullptr;
    qint64 m_planId = 0;
    bool m_forecastStale = false; // the forecast dock was closed when the data changed
    QList<QDockWidget*> m_stashedDocks; // plan docks hidden while another tab is shown
    QPointer<QDockWidget> m_raisedDock; // the tabbed dock in front
};

} // namespace tp
