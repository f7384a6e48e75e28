#include "DockController.h"

#include "Database.h"
#include "ForecastPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace tp {

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
    m_forecastPanel->refresh(*m_database, m_planId);
}

} // namespace tp
