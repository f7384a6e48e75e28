#include "DockController.h"

#include "Database.h"
#include "ForecastPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QThread>
#include <optional>

namespace tp {

// One forecast read on a worker thread: filled by the worker, read on the GUI thread after it has finished.
struct ForecastRead {
    int generation = 0;
    qint64 planId = 0;
    bool applied = false;
    std::optional<PlanForecast> forecast;
    QString error;
};

DockController::DockController(QMainWindow* window, QDockWidget* findings, std::shared_ptr<Database> database)
    : QObject(window)
    , m_database(std::move(database))
    , m_findingsDock(findings)
{
    // 学分需求预测: beside the findings, under the plan table.
    m_forecastPanel = new ForecastPanel(window);
    m_forecastPanel->setMinimumWidth(460);
    m_forecastDock = new QDockWidget(tr("学分需求预测"), window);
    m_forecastDock->setObjectName(QStringLiteral("forecastDock"));
    // In a scroll area: at 2× on 1600×1000 (800×500 logical) the dock gives up height for the plan table and its
    // panel scrolls, rather than hold the window taller than the screen.
    auto* scroll = new QScrollArea(m_forecastDock);
    scroll->setObjectName(QStringLiteral("forecastScroll"));
    scroll->setWidget(m_forecastPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_forecastDock->setWidget(scroll);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_forecastDock);
    // Tabbed with the findings: each gets the window's width (side by side, both columns were cut off).
    window->tabifyDockWidget(m_findingsDock, m_forecastDock);
    m_findingsDock->raise();

    // Which of the tabbed docks is in front, to bring the same one back after another tab hid them.
    for (QDockWidget* dock : { m_findingsDock, m_forecastDock })
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible && m_stashedDocks.isEmpty())
                m_raisedDock = dock;
        });
    connect(m_forecastDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_forecastStale)
            refreshForecast();
    });
}

DockController::~DockController()
{
    // A read still running uses its own connection and the shared result only: let it finish.
    for (QThread* worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
}

void DockController::setPlanDocksShown(bool shown)
{
    if (!shown && m_stashedDocks.isEmpty()) {
        const QPointer<QDockWidget> raised = m_raisedDock;
        for (QDockWidget* dock : { m_findingsDock, m_forecastDock })
            if (!dock->isHidden()) { // shown, or behind another dock's tab
                m_stashedDocks << dock;
                dock->hide();
            }
        m_raisedDock = raised;
    } else if (shown && !m_stashedDocks.isEmpty()) {
        // Only the docks hidden here come back (one the user closed stays closed), with the same tab in front.
        const QPointer<QDockWidget> raised = m_raisedDock;
        for (QDockWidget* dock : std::as_const(m_stashedDocks))
            dock->show();
        m_stashedDocks.clear();
        if (raised && !raised->isHidden())
            raised->raise();
        if (m_forecastStale && !m_forecastDock->isHidden())
            refreshForecast();
    }
}

void DockController::setPlan(qint64 planId)
{
    m_planId = planId;
    refreshForecast();
}

void DockController::refreshForecast()
{
    // The report behind it reads every teacher's totals: not while the user has closed the dock.
    if (m_forecastDock->isHidden()) {
        m_forecastStale = true;
        return;
    }
    m_forecastStale = false;
    const int generation = ++m_forecastGeneration;
    if (!m_planId) {
        m_latestRead.reset();
        m_startWhenReleased = false;
        m_shownPlanId = 0;
        m_forecastPanel->clear();
        Q_EMIT forecastReady();
        return;
    }
    // Another plan's figures are not left standing while this one's are read.
    if (m_shownPlanId != m_planId) {
        m_shownPlanId = m_planId;
        m_forecastPanel->clear(tr("正在计算学分需求预测…"));
    }
    auto read = std::make_shared<ForecastRead>();
    read->generation = generation;
    read->planId = m_planId;
    m_latestRead = read;
    m_startWhenReleased = m_held;
    if (!m_held)
        startRead();
}

void DockController::setHeld(bool held)
{
    m_held = held;
    if (!held && m_startWhenReleased) {
        m_startWhenReleased = false;
        startRead();
    }
}

void DockController::startRead()
{
    const std::shared_ptr<ForecastRead> read = m_latestRead;
    if (!read)
        return;
    const QString path = m_database->path();
    QThread* worker = QThread::create([read, path] {
        // Its own connection (WAL: it reads while the GUI's connection may write).
        auto db = Database::openSecondary(path);
        if (!db) {
            read->error = db.error().toString();
            return;
        }
        auto forecast = ForecastQuery(**db).forPlan(read->planId);
        if (forecast)
            read->forecast = std::move(forecast.value());
        else
            read->error = forecast.error().toString();
    });
    m_workers << worker;
    connect(worker, &QThread::finished, this, [this, worker, read] {
        m_workers.removeOne(worker);
        worker->deleteLater();
        applyForecast(read);
    });
    worker->start(QThread::LowPriority);
}

void DockController::applyForecast(const std::shared_ptr<ForecastRead>& read)
{
    if (read->applied || read->generation != m_forecastGeneration)
        return; // shown already (waitForForecast), or asked again since
    read->applied = true;
    if (read->forecast)
        m_forecastPanel->setForecast(*read->forecast);
    else
        m_forecastPanel->clear(read->error);
    Q_EMIT forecastReady();
}

bool DockController::forecastPending() const
{
    return m_latestRead && !m_latestRead->applied;
}

void DockController::waitForForecast()
{
    if (!forecastPending())
        return;
    const std::shared_ptr<ForecastRead> read = m_latestRead;
    if (m_startWhenReleased) { // held: started here, for the caller that waits
        m_startWhenReleased = false;
        startRead();
    }
    // The worker of the latest read is the last one started.
    if (!m_workers.isEmpty())
        m_workers.last()->wait();
    applyForecast(read);
}

} // namespace tp
