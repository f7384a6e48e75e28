#include "HelpMenu.h"

#include "Guide.h"
#include "HelpWindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QWhatsThis>

namespace tp {

HelpMenu* HelpMenu::install(QMainWindow* window, QTabWidget* tabs)
{
    return new HelpMenu(window, tabs);
}

HelpMenu::HelpMenu(QMainWindow* window, QTabWidget* tabs)
    : QObject(window)
    , m_mainWindow(window)
    , m_tabs(tabs)
{
    setObjectName(QStringLiteral("helpMenuController"));
    QMenu* menu = window->menuBar()->addMenu(tr("帮助(&H)"));
    menu->setObjectName(QStringLiteral("menuHelp"));

    auto* guideAction = new QAction(tr("用户指南(&G)"), window);
    guideAction->setObjectName(QStringLiteral("actionUserGuide"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    guideAction->setStatusTip(tr("在帮助窗口中打开当前页面的使用说明"));
    connect(guideAction, &QAction::triggered, this, &HelpMenu::showGuideForCurrentTab);
    menu->addAction(guideAction);

    QAction* whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    whatsThis->setText(tr("这是什么(&W)"));
    whatsThis->setStatusTip(tr("再点一个列头或按钮，显示它是什么、依据哪条规则"));
    menu->addAction(whatsThis);
}

void HelpMenu::showGuideForCurrentTab()
{
    const QWidget* page = m_tabs ? m_tabs->currentWidget() : nullptr;
    if (!m_window)
        m_window = new HelpWindow(m_mainWindow);
    m_window->showPage(guide::pageForTab(page ? page->objectName() : QString()));
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace tp
