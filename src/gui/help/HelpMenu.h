#pragma once

// The 帮助 menu of the main window: 用户指南 (F1) opens the guide's page for the current tab in the help window,
// 这是什么 (Shift+F1) enters QWhatsThis mode (the plan table's rule columns answer it, ColumnHelp.h).

#include <QObject>

class QMainWindow;
class QTabWidget;

namespace tp {

class HelpWindow;

class HelpMenu : public QObject {
    Q_OBJECT

public:
    // Adds the menu to WINDOW's menu bar; F1 looks at TABS' current page.
    static HelpMenu* install(QMainWindow* window, QTabWidget* tabs);

    // Opens (or raises) the help window on the guide's page for the current tab.
    void showGuideForCurrentTab();
    HelpWindow* helpWindow() const { return m_window; }

private:
    HelpMenu(QMainWindow* window, QTabWidget* tabs);

    QMainWindow* m_mainWindow;
    QTabWidget* m_tabs;
    HelpWindow* m_window = nullptr;
};

} // namespace tp
