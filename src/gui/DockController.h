#pragma once

// The plan's docks — 检查结果 (findings) and 学分需求预测 (forecast), tabbed under the plan table — and how they give
// way: hidden while a tab that needs the height is shown (roster, teachers), back with the same one in front when
// the plan or calendar tab returns; a dock the user closed stays closed. The forecast reads every teacher's totals
// (seconds in a city), so it is recomputed only while its dock is shown, and on showing when the data changed
// meanwhile — on a worker thread with its own connection, after the window's first frame; the panel fills in when
// it is done (forecastReady) and a result for an older request is dropped.

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QDockWidget;
class QMainWindow;
class QThread;

namespace tp {

class Database;
class ForecastPanel;
struct ForecastRead;

class DockController : public QObject {
    Q_OBJECT

public:
    DockController(QMainWindow* window, QDockWidget* findings, std::shared_ptr<Database> database);
    ~DockController() override;

    ForecastPanel* forecastPanel() const { return m_forecastPanel; }
    QDockWidget* forecastDock() const { return m_forecastDock; }

    // Shows or hides the plan's docks for the tab shown.
    void setPlanDocksShown(bool shown);
    // The plan whose forecast the dock shows (0: none); recomputes it when the dock is shown.
    void setPlan(qint64 planId);
    // The enrolments or credits changed: the forecast is out of date. It is read in the background.
    void refreshForecast();
    // Waits for the forecast being read, and shows it now (what a test or a screenshot reads next is current).
    void waitForForecast();
    // While held (the window's first frame is not painted yet) a refresh is remembered but not started: the
    // read would take the CPU and the disk the first frame needs. Releasing starts it.
    void setHeld(bool held);
    // Whether a forecast is being read.
    bool forecastPending() const;

Q_SIGNALS:
    // The panel shows the forecast asked for last (or the error reading it).
    void forecastReady();

private:
    void applyForecast(const std::shared_ptr<ForecastRead>& read);
    void startRead();

    std::shared_ptr<Database> m_database;
    QDockWidget* m_findingsDock;
    ForecastPanel* m_forecastPanel = nullptr;
    QDockWidget* m_forecastDock = nullptr;
    qint64 m_planId = 0;
    bool m_forecastStale = false; // the forecast dock was closed when the data changed
    int m_forecastGeneration = 0; // of the latest request; an older one's result is dropped
    qint64 m_shownPlanId = -1; // the plan whose forecast (or whose "reading…") the panel shows
    std::shared_ptr<ForecastRead> m_latestRead;
    QList<QThread*> m_workers; // reads still running (waited for on destruction)
    bool m_held = false;
    bool m_startWhenReleased = false; // m_latestRead waits for setHeld(false)
    QList<QDockWidget*> m_stashedDocks; // plan docks hidden while another tab is shown
    QPointer<QDockWidget> m_raisedDock; // the tabbed dock in front
};

} // namespace tp
