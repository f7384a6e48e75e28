#include "MainWindow.h"

#include "BackupFlow.h"
#include "CalendarRepository.h"
#include "CalendarView.h"
#include "ChangeWatch.h"
#include "CreditRulesDialog.h"
#include "Database.h"
#include "DockController.h"
#include "EscapeClears.h"
#include "FindingsModel.h"
#include "ForecastPanel.h"
#include "HeaderFit.h"
#include "HelpMenu.h"
#include "Messages.h"
#include "PlanFileFlow.h"
#include "PlanFilterProxyModel.h"
#include "PlanPage.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "PrintActions.h"
#include "RosterPage.h"
#include "SettingsDialog.h"
#include "TeacherListPage.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

namespace tp {

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_database(std::move(database))
{
    m_ui->setupUi(this);
    m_files = new PlanFileFlow(m_database, this);

    // 计划表: the plan table, first of the tabs.
    m_planPage = new PlanPage(m_database, this);
    m_planPage->setObjectName(QStringLiteral("planPage"));
    m_ui->centralTabs->insertTab(0, m_planPage, tr("计划表"));
    m_calendarView = new CalendarView(this);
    m_calendarView->setObjectName(QStringLiteral("calendarView"));
    auto* calendarScroll = new QScrollArea(this);
    calendarScroll->setWidget(m_calendarView);
    calendarScroll->setWidgetResizable(true);
    calendarScroll->setFrameShape(QFrame::NoFrame);
    m_ui->calendarPageLayout->addWidget(calendarScroll);
    // 参训名单: enrollment, attendance and credit registration of one project.
    m_rosterPage = new RosterPage(m_database, this);
    m_rosterPage->setObjectName(QStringLiteral("rosterPage"));
    m_ui->centralTabs->addTab(m_rosterPage, tr("参训名单"));
    // 教师与学分: the teachers with their credit status for the plan's district.
    m_teacherListPage = new TeacherListPage(this);
    m_ui->centralTabs->addTab(m_teacherListPage, tr("教师与学分"));
    m_teacherListPage->setDatabase(m_database.get());
    m_docks = new DockController(this, m_ui->findingsDock, m_database);
    // Nothing heavy before the first frame (issue 16): the forecast is read, and the whole-file check after an
    // unclean shutdown runs, once the window has painted (afterFirstFrame).
    m_docks->setHeld(true);
    m_ui->centralTabs->installEventFilter(this);

    m_ui->findingsView->setModel(m_planPage->findingsModel());
    m_ui->findingsView->verticalHeader()->hide();
    m_ui->findingsView->horizontalHeader()->setStretchLastSection(true);
    // 级别: an icon and the word ("Warning" in English is longer than 警告).
    fitColumnWidth(m_ui->findingsView, FindingsModel::SeverityColumn, 70,
        { severityLabel(Severity::Error), severityLabel(Severity::Warning), severityLabel(Severity::Info) },
        style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_ui->findingsView));
    fitColumnWidth(m_ui->findingsView, FindingsModel::RuleColumn, 80);
    fitColumnWidth(m_ui->findingsView, FindingsModel::SubjectColumn, 200);
    m_ui->findingsView->setColumnWidth(FindingsModel::MessageColumn, 460);
    m_findingsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_findingsLabel);

    setupActions();
    addPrintActions();
    addBackupActions();
    HelpMenu::install(this, m_ui->centralTabs); // 帮助: 用户指南 (F1) for the current tab, 这是什么 (Shift+F1)

    connect(m_ui->centralTabs, &QTabWidget::currentChanged, this, &MainWindow::tabChanged);
    connect(m_rosterPage, &RosterPage::ledgerChanged, m_docks, &DockController::refreshForecast);
    connect(m_rosterPage, &RosterPage::ledgerChanged, m_teacherListPage, &TeacherListPage::markStale);
    connect(m_planPage, &PlanPage::summaryChanged, this, &MainWindow::updateStatus);
    connect(m_planPage, &PlanPage::summaryChanged, this,
        [this] { m_calendarView->showPlan(m_planPage->model()->document()); });
    connect(m_planPage, &PlanPage::actionsChanged, this, &MainWindow::updateActions);
    connect(planView()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MainWindow::updateActions);
    connect(m_planPage, &PlanPage::rowChosen, this, [this] { m_planRowChosen = true; });
    connect(m_planPage, &PlanPage::filterClearRequested, m_ui->filterEdit, &QLineEdit::clear);
    connect(m_planPage, &PlanPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_files, &PlanFileFlow::planReady, this, &MainWindow::planReady);
    connect(m_files, &PlanFileFlow::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_ui->planCombo, &QComboBox::activated, this, &MainWindow::planChosen);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_planPage, &PlanPage::setFilter);
    for (auto signal : { &QAbstractItemView::activated, &QAbstractItemView::clicked })
        connect(m_ui->findingsView, signal, this,
            [this](const QModelIndex& index) { m_planPage->selectFinding(index.row()); });

    // A long plan title must not hold the window wide (a 1024×768 projector): it is shortened with "…" to the room
    // there is (showPlanTitle), and whole in its tooltip.
    // (An explicit minimum width stands for the label's, which is its whole text.)
    m_ui->planTitleLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->planTitleLabel->setMinimumWidth(60);
    m_ui->planBarLayout->setStretchFactor(m_ui->planTitleLabel, 1);
    m_ui->planTitleLabel->installEventFilter(this);
    m_ui->filterEdit->setMinimumWidth(160);
    m_ui->filterEdit->setMaximumWidth(320);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // The findings under the table are compact: a sixth of the height, between 96 px (a title and three lines) and
    // 180 px — not the size hint of their table (a third of a 700 px window) nor a state saved by an older
    // version. A split the user made within a quarter of the height is kept.
    QTimer::singleShot(0, this, [this] {
        if (m_ui->findingsDock->isVisible() && m_ui->findingsDock->height() > height() / 4)
            resizeDocks({ m_ui->findingsDock }, { std::clamp(height() / 6, 96, 180) }, Qt::Vertical);
    });
    m_ui->centralTabs->setCurrentIndex(settings.value(QStringLiteral("mainWindow/tab"), 0).toInt());

    m_planPage->reloadUnits();
    reloadCalendar();
    reloadPlanList(settings.value(QStringLiteral("mainWindow/planId")).toLongLong());
    updateStatus();

    // Others' commits are shown without a restart: on the server as it notifies them (LISTEN/NOTIFY), on a file
    // within two seconds (PRAGMA data_version); and on activation. Put off while a dialog or a cell editor is open.
    m_dataVersion = m_database->dataVersion();
    m_changeWatch = new ChangeWatch(*m_database, 2000, this);
    connect(m_changeWatch, &ChangeWatch::changed, this, [this](const QStringList& tables) {
        m_othersChanged = true;
        m_changedTables += QSet<QString>(tables.cbegin(), tables.cend());
        if (tables.isEmpty())
            m_changedTables.insert(QString()); // unknown: everything
        if (!checkForOtherPrograms() && m_othersChanged)
            QTimer::singleShot(2000, this, [this] {
                if (m_othersChanged)
                    checkForOtherPrograms();
            });
    });
}

MainWindow::~MainWindow()
{
    m_docks->setPlanDocksShown(true); // the layout saved is the plan tab's
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tab"), m_ui->centralTabs->currentIndex());
    if (plan().id > 0)
        settings.setValue(QStringLiteral("mainWindow/planId"), plan().id);
    // Children outlive this body (QWidget deletes them later) and still emit while they go; this window's
    // slots must not run on a half-destroyed object.
    m_ui->centralTabs->disconnect(this);
    m_planPage->disconnect(this);
    m_rosterPage->disconnect(this);
    m_files->disconnect(this);
    m_backups->disconnect(this);
}

PlanTableModel* MainWindow::planModel() const
{
    return m_planPage->model();
}

PlanFilterProxyModel* MainWindow::proxyModel() const
{
    return m_planPage->proxyModel();
}

QTableView* MainWindow::planView() const
{
    return m_planPage->view();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_planPage->undoStack();
}

FindingsModel* MainWindow::findingsModel() const
{
    return m_planPage->findingsModel();
}

ForecastPanel* MainWindow::forecastPanel() const
{
    return m_docks->forecastPanel();
}

QDockWidget* MainWindow::forecastDock() const
{
    return m_docks->forecastDock();
}

const Plan& MainWindow::plan() const
{
    return m_planPage->model()->plan();
}

void MainWindow::setupActions()
{
    QStyle* s = style();
    m_ui->actionImportCsv->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionExportCsv->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->actionAddRow->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_ui->actionInsertRow->setIcon(s->standardIcon(QStyle::SP_ArrowRight));
    m_ui->actionDeleteRow->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    m_ui->actionMoveUp->setIcon(s->standardIcon(QStyle::SP_ArrowUp));
    m_ui->actionMoveDown->setIcon(s->standardIcon(QStyle::SP_ArrowDown));
    m_ui->actionProjectDetails->setIcon(s->standardIcon(QStyle::SP_FileDialogDetailedView));
    // Short words on the toolbar (the menus keep theirs, with the access keys): at 1000 px 打印预览 still fits.
    m_ui->actionImportCsv->setIconText(tr("导入"));
    m_ui->actionExportCsv->setIconText(tr("导出 CSV"));
    m_ui->actionAddRow->setIconText(tr("添加行"));
    m_ui->actionInsertRow->setIconText(tr("插入行"));
    m_ui->actionDeleteRow->setIconText(tr("删除行"));
    m_ui->actionMoveUp->setIconText(tr("上移"));
    m_ui->actionMoveDown->setIconText(tr("下移"));
    m_ui->actionProjectDetails->setIconText(tr("详情"));

    // 撤销/重做 with short fixed text, the command in the tooltip: the toolbar keeps its layout on every edit
    // (QUndoStack's own actions carry the whole command text). Redo is Ctrl+Y as in WPS/Excel, and Ctrl+Shift+Z.
    auto stackAction = [this, s](const QString& text, const QString& name, QStyle::StandardPixmap icon,
                           const QList<QKeySequence>& keys) {
        auto* a = new QAction(s->standardIcon(icon), text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setEnabled(false);
        return a;
    };
    QAction* undo = stackAction(
        tr("撤销"), QStringLiteral("actionUndo"), QStyle::SP_ArrowBack, { QKeySequence(Qt::CTRL | Qt::Key_Z) });
    QAction* redo = stackAction(tr("重做"), QStringLiteral("actionRedo"), QStyle::SP_ArrowForward,
        { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    connect(undo, &QAction::triggered, undoStack(), &QUndoStack::undo);
    connect(redo, &QAction::triggered, undoStack(), &QUndoStack::redo);
    connect(undoStack(), &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(undoStack(), &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(undoStack(), &QUndoStack::undoTextChanged, undo, [undo](const QString& command) {
        undo->setToolTip(command.isEmpty() ? tr("撤销 (Ctrl+Z)") : tr("撤销：%1 (Ctrl+Z)").arg(command));
        undo->setStatusTip(undo->toolTip());
    });
    connect(undoStack(), &QUndoStack::redoTextChanged, redo, [redo](const QString& command) {
        redo->setToolTip(command.isEmpty() ? tr("重做 (Ctrl+Y)") : tr("重做：%1 (Ctrl+Y)").arg(command));
        redo->setStatusTip(redo->toolTip());
    });
    undo->setToolTip(tr("撤销 (Ctrl+Z)"));
    redo->setToolTip(tr("重做 (Ctrl+Y)"));
    m_ui->menuEdit->insertAction(m_ui->actionAddRow, undo);
    m_ui->menuEdit->insertAction(m_ui->actionAddRow, redo);
    m_ui->menuEdit->insertSeparator(m_ui->actionAddRow);
    m_ui->mainToolBar->insertAction(m_ui->actionAddRow, undo);
    m_ui->mainToolBar->insertAction(m_ui->actionAddRow, redo);
    m_ui->mainToolBar->insertSeparator(m_ui->actionAddRow);

    m_ui->menuView->addMenu(m_planPage->columnsMenu());
    // Right-click on the table: the actions that concern the row.
    planView()->addActions({ m_ui->actionProjectDetails, m_ui->actionInsertRow, m_ui->actionDeleteRow });
    m_ui->menuView->addAction(m_ui->findingsDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());
    m_ui->menuView->addAction(m_docks->forecastDock()->toggleViewAction());

    connect(m_ui->actionNewPlan, &QAction::triggered, this, [this] { m_files->newPlan(plan()); });
    connect(m_ui->actionImportCsv, &QAction::triggered, this, [this] { m_files->importPlan(plan()); });
    connect(m_ui->actionExportCsv, &QAction::triggered, this,
        [this] { m_files->exportCsv(plan(), planModel()->projects()); });
    connect(m_ui->actionLoadSamples, &QAction::triggered, this, &MainWindow::loadSamples);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAddRow, &QAction::triggered, m_planPage, &PlanPage::addRow);
    connect(m_ui->actionInsertRow, &QAction::triggered, m_planPage, &PlanPage::insertRow);
    connect(m_ui->actionDeleteRow, &QAction::triggered, m_planPage, &PlanPage::deleteSelectedRows);
    connect(m_ui->actionMoveUp, &QAction::triggered, m_planPage, [this] { m_planPage->moveCurrent(-1); });
    connect(m_ui->actionMoveDown, &QAction::triggered, m_planPage, [this] { m_planPage->moveCurrent(+1); });
    connect(m_ui->actionProjectDetails, &QAction::triggered, m_planPage, &PlanPage::openCurrentDetails);
    connect(m_ui->actionShowCalendar, &QAction::triggered, this, &MainWindow::showCalendar);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    // 工具 → 学分规则…: each district's rule set, its numbers and their sources.
    auto* creditRules = new QAction(tr("学分规则(&R)…"), this);
    creditRules->setObjectName(QStringLiteral("actionCreditRules"));
    m_ui->menuTools->insertAction(m_ui->actionSettings, creditRules);
    connect(creditRules, &QAction::triggered, this, &MainWindow::openCreditRules);
    connect(m_ui->actionFindFilter, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    EscapeClears::install(m_ui->filterEdit); // Escape clears the filter
    setupTabShortcuts();
}

void MainWindow::setupTabShortcuts()
{
    // Tabs by keyboard, as in a browser or WPS: Ctrl+Tab / Ctrl+PgDn the next, Ctrl+Shift+Tab / Ctrl+PgUp the
    // previous (window-wide, so the plan table does not take Ctrl+Tab to move between cells), Alt+1..4 each tab.
    QTabWidget* tabs = m_ui->centralTabs;
    auto step = [tabs](int delta) {
        const int n = tabs->count();
        if (n > 0)
            tabs->setCurrentIndex((tabs->currentIndex() + delta + n) % n);
    };
    auto* next = new QAction(tr("下一页"), this);
    next->setObjectName(QStringLiteral("actionNextTab"));
    next->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown) });
    connect(next, &QAction::triggered, this, [step] { step(+1); });
    auto* previous = new QAction(tr("上一页"), this);
    previous->setObjectName(QStringLiteral("actionPreviousTab"));
    previous->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_Backtab),
        QKeySequence(Qt::CTRL | Qt::Key_PageUp) });
    connect(previous, &QAction::triggered, this, [step] { step(-1); });
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(next);
    m_ui->menuView->addAction(previous);
    for (int i = 0; i < tabs->count() && i < 9; ++i) {
        auto* a = new QAction(tabs->tabText(i), this);
        a->setObjectName(QStringLiteral("actionTab%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [tabs, i] { tabs->setCurrentIndex(i); });
        m_ui->menuView->addAction(a);
        tabs->setTabToolTip(i, tr("%1 (Alt+%2)").arg(tabs->tabText(i)).arg(i + 1));
    }
}

void MainWindow::addPrintActions()
{
    // Print preview, PDF and XLSX (src/report, src/io through PrintActions), in the File menu.
    // Printing or exporting a plan with errors or cancelled projects says so first; the user may go on.
    auto confirmOutput = [this] {
        const Findings& findings = planModel()->findings();
        const auto errors = std::count_if(
            findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
        const int cancelled = planModel()->totals().cancelledRows;
        if (errors == 0 && cancelled == 0)
            return true;
        QStringList what;
        if (errors > 0)
            what << tr("有 %n 个错误未解决（见“检查结果”）", nullptr, errors);
        if (cancelled > 0)
            what << tr("%n 个项目已取消（标为“已取消”、划去，不计入合计）", nullptr, cancelled);
        return Messages::ask(
            this, tr("打印或导出计划表"), tr("这份计划表%1。仍要继续吗？").arg(what.join(tr("；"))), true);
    };
    auto addPlanAction = [this, confirmOutput](const QString& text, const QKeySequence& shortcut, const QString& name,
                             auto handler, bool outputs = true) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setObjectName(name);
        m_ui->menuFile->insertAction(m_ui->actionLoadSamples, action);
        connect(action, &QAction::triggered, this, [this, handler, outputs, confirmOutput] {
            if (plan().id > 0 && (!outputs || confirmOutput()))
                handler(this, plan(), planModel()->projects());
        });
        return action;
    };
    QAction* preview = addPlanAction(tr("打印预览(&P)…"), QKeySequence::Print, QStringLiteral("actionPrintPreview"),
        [](QWidget* w, const Plan& p, const QList<Project>& list) { showPlanPrintPreview(w, p, list); });
    // One click from the plan to the preview: the toolbar has it too.
    preview->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    preview->setIconText(tr("打印预览"));
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(preview);
    addPlanAction(
        tr("打印设置(&U)…"), QKeySequence(), QStringLiteral("actionPrintSetup"),
        [](QWidget* w, const Plan& p, const QList<Project>& list) { editPlanPrintSetup(w, p, list); }, false);
    addPlanAction(tr("导出 PDF…"), QKeySequence(), QStringLiteral("actionExportPdf"),
        [](QWidget* w, const Plan& p, const QList<Project>& list) { exportPlanPdf(w, p, list); });
    addPlanAction(tr("导出 Excel (XLSX)…"), QKeySequence(), QStringLiteral("actionExportXlsx"),
        [](QWidget* w, const Plan& p, const QList<Project>& list) { exportPlanXlsx(w, p, list); });
    m_ui->menuFile->insertSeparator(m_ui->actionLoadSamples);
}

void MainWindow::addBackupActions()
{
    // 文件 → 备份… / 从备份恢复…
    m_backups = new BackupFlow(m_database, this);
    auto* backup = new QAction(tr("备份(&B)…"), this);
    backup->setObjectName(QStringLiteral("actionBackup"));
    backup->setStatusTip(tr("把全部数据复制到一个备份文件（其他程序正在使用数据库时也可以）"));
    auto* restore = new QAction(tr("从备份恢复(&R)…"), this);
    restore->setObjectName(QStringLiteral("actionRestore"));
    restore->setStatusTip(tr("先显示备份文件中有什么，确认后替换当前数据（替换前自动备份当前数据）"));
    m_ui->menuFile->insertAction(m_ui->actionLoadSamples, backup);
    m_ui->menuFile->insertAction(m_ui->actionLoadSamples, restore);
    m_ui->menuFile->insertSeparator(m_ui->actionLoadSamples);
    connect(backup, &QAction::triggered, m_backups, &BackupFlow::backup);
    connect(restore, &QAction::triggered, m_backups, &BackupFlow::restore);
    connect(m_backups, &BackupFlow::restored, this, &MainWindow::reloadAll);
    connect(m_backups, &BackupFlow::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The daily backup runs once, after the window is up (a copy of a large database takes a moment).
    if (!m_dailyBackupScheduled) {
        m_dailyBackupScheduled = true;
        // Not while that check reads the file: after it, and only if it found the file intact.
        QTimer::singleShot(1500, this, [this] {
            if (!m_backups->integrityCheckRunning() && !m_database->integrityCheckPending()) {
                m_backups->startDailyBackup();
                return;
            }
            connect(
                m_backups, &BackupFlow::integrityChecked, this,
                [this](bool intact) {
                    if (intact)
                        m_backups->startDailyBackup();
                },
                Qt::SingleShotConnection);
        });
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkForOtherPrograms();
}

bool MainWindow::checkForOtherPrograms()
{
    // Not under a dialog (a retry of a busy write, 项目详情): the dialog works on what is shown; the next tick reloads.
    // Nor while a cell is being edited: the reload would close the editor and lose what is being typed.
    const QModelIndex current = planView()->currentIndex();
    if (QApplication::activeModalWidget() || (current.isValid() && planView()->indexWidget(current)))
        return false;
    // On the server only its notifications count (its data version also moves with this window's own writes).
    const qint64 version = m_database->isServer() ? m_dataVersion : m_database->dataVersion();
    if (!m_othersChanged && (version < 0 || version == m_dataVersion))
        return false;
    // Only the people's tables changed (a clerk's enrolments, attendance, credits): the lists, not the plan.
    static const QSet<QString> peoplesTables { QStringLiteral("teacher"), QStringLiteral("enrollment"),
        QStringLiteral("attendance"), QStringLiteral("attendance_exemption"), QStringLiteral("external_credit"),
        QStringLiteral("credit_registration") };
    const bool onlyPeople = m_othersChanged && !m_changedTables.isEmpty() && peoplesTables.contains(m_changedTables);
    m_othersChanged = false;
    m_changedTables.clear();
    if (onlyPeople) {
        m_dataVersion = m_database->dataVersion();
        m_teacherListPage->markStale();
        if (m_teacherListPage->isVisible())
            m_teacherListPage->reload();
        if (m_rosterPage->isVisible())
            m_rosterPage->reload();
        m_docks->refreshForecast();
    } else {
        reloadAll();
    }
    statusBar()->showMessage(tr("其他人修改了数据，已重新载入"), 10000);
    return true;
}

void MainWindow::reloadAll()
{
    m_dataVersion = m_database->dataVersion();
    m_planPage->reloadUnits();
    reloadCalendar();
    reloadPlanList(plan().id);
    m_teacherListPage->markStale();
    m_docks->refreshForecast();
}

void MainWindow::reloadPlanList(qint64 selectPlanId)
{
    auto plans = PlanRepository(*m_database).plans();
    if (!plans) {
        Messages::error(this, tr("TrainPlan"), plans.error());
        return;
    }
    QSignalBlocker block(m_ui->planCombo);
    m_ui->planCombo->clear();
    int select = plans->isEmpty() ? -1 : 0;
    for (const Plan& p : *plans) {
        if (p.id == selectPlanId)
            select = m_ui->planCombo->count();
        m_ui->planCombo->addItem(tr("%1 %2 年").arg(p.district).arg(p.year), p.id);
    }
    m_ui->planCombo->setCurrentIndex(select);
    planChosen(select);
}

void MainWindow::planChosen(int comboIndex)
{
    Plan chosen;
    if (comboIndex >= 0) {
        auto found = PlanRepository(*m_database).plan(m_ui->planCombo->itemData(comboIndex).toLongLong());
        if (!found) {
            Messages::error(this, tr("TrainPlan"), found.error());
            return;
        }
        chosen = found.value();
    }
    if (!m_planPage->showPlan(chosen))
        return;
    m_planRowChosen = false;
    m_rosterPage->setPlan(chosen, planModel()->projects());
    m_docks->setPlan(chosen.id);
    if (chosen.id <= 0) {
        m_planTitle.clear();
        m_ui->planTitleLabel->clear();
        setWindowTitle(tr("TrainPlan 教师培训计划管理"));
        updateActions();
        return;
    }
    m_teacherListPage->setDistrict(chosen.district);
    m_calendarView->setYear(chosen.year);
    m_calendarView->showPlan(planModel()->document());
    m_planTitle = chosen.title;
    showPlanTitle();
    setWindowTitle(tr("%1 — TrainPlan 教师培训计划管理")
                       .arg(chosen.title.isEmpty() ? m_ui->planCombo->currentText() : chosen.title));
    updateActions();
}

void MainWindow::showPlanTitle()
{
    QLabel* label = m_ui->planTitleLabel;
    QFont bold = label->font();
    bold.setBold(true);
    const QString shown = QFontMetrics(bold).elidedText(m_planTitle, Qt::ElideMiddle, std::max(40, label->width()));
    label->setText(QStringLiteral("<b>%1</b>").arg(shown.toHtmlEscaped()));
    label->setToolTip(shown == m_planTitle ? QString() : m_planTitle);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->planTitleLabel && event->type() == QEvent::Resize)
        showPlanTitle();
    if (watched == m_ui->centralTabs && event->type() == QEvent::Paint && !m_firstFramePainted) {
        m_firstFramePainted = true;
        // Once this frame is on the screen (the next event-loop turn).
        QTimer::singleShot(0, this, &MainWindow::afterFirstFrame);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::afterFirstFrame()
{
    m_docks->setHeld(false);
    m_backups->startDeferredIntegrityCheck();
}

void MainWindow::planReady(qint64 planId)
{
    m_planPage->reloadUnits(); // an import may have named new units
    reloadPlanList(planId);
}

bool MainWindow::openPlan(const QString& district, int year)
{
    auto found = PlanRepository(*m_database).findPlan(district, year);
    if (!found || !found->has_value())
        return false;
    reloadPlanList((*found)->id);
    return true;
}

bool MainWindow::loadSamples()
{
    return m_files->loadSamples();
}

void MainWindow::offerSamplesIfEmpty()
{
    m_files->offerSamplesIfEmpty();
}

void MainWindow::openProjectDetails(int row)
{
    m_planPage->openProjectDetails(row);
}

void MainWindow::showCalendar()
{
    m_ui->centralTabs->setCurrentWidget(m_ui->calendarPage);
}

void MainWindow::showRoster()
{
    m_ui->centralTabs->setCurrentWidget(m_rosterPage); // tabChanged
}

void MainWindow::refreshForecast()
{
    m_docks->refreshForecast();
}

void MainWindow::waitForForecast()
{
    m_docks->waitForForecast();
}

void MainWindow::tabChanged(int index)
{
    // The plan's docks (检查结果, 学分需求预测) are about the plan table and its calendar; the roster and the teacher
    // list need the height for their own lists and summaries, and have their own search.
    const QWidget* page = m_ui->centralTabs->widget(index);
    m_ui->filterEdit->setVisible(page == m_planPage);
    m_docks->setPlanDocksShown(page == m_planPage || page == m_ui->calendarPage);
    updateActions();
    if (page == m_rosterPage && plan().id > 0) {
        // The projects may have been edited; the project of the row chosen in the plan table since the tab was
        // last shown is preselected (a project chosen in the roster tab stays when no new row was chosen).
        m_rosterPage->setPlan(plan(), planModel()->projects());
        if (m_planRowChosen && m_planPage->isOnProject())
            m_rosterPage->selectProject(planModel()->projects().at(m_planPage->currentRow()).id);
        m_planRowChosen = false;
    }
    m_docks->refreshForecast();
}

void MainWindow::reloadCalendar()
{
    auto calendar = CalendarRepository(*m_database).calendar();
    if (!calendar) {
        Messages::error(this, tr("节假日安排"), calendar.error());
        return;
    }
    m_planPage->setCalendar(*calendar);
    m_calendarView->setCalendar(*calendar);
}

void MainWindow::openSettings()
{
    QStringList districts;
    if (auto plans = PlanRepository(*m_database).plans())
        for (const Plan& p : *plans)
            if (!districts.contains(p.district))
                districts << p.district;
    CalendarRepository calendars(*m_database);
    SettingsDialog dialog(calendars, districts, plan().id > 0 ? plan().district : QString(),
        plan().id > 0 ? plan().year : QDate::currentDate().year(), this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (dialog.calendarChanged())
        reloadCalendar();
    if (accepted && plan().id > 0) {
        if (auto rules = calendars.ruleSet(plan().district))
            m_planPage->setRuleSet(*rules);
    }
    m_calendarView->showPlan(planModel()->document());
}

void MainWindow::openCreditRules()
{
    QStringList districts;
    if (auto plans = PlanRepository(*m_database).plans())
        for (const Plan& p : *plans)
            if (!districts.contains(p.district))
                districts << p.district;
    CreditRulesDialog dialog(*m_database, districts, plan().id > 0 ? plan().district : QString(), this);
    dialog.exec();
    if (dialog.changed()) {
        // Registration, the teacher list and the forecast follow the district's rule set now in force.
        m_teacherListPage->markStale();
        m_rosterPage->setPlan(plan(), planModel()->projects());
        m_docks->refreshForecast();
    }
}

void MainWindow::updateStatus()
{
    if (plan().id <= 0) {
        m_findingsLabel->clear();
        return;
    }
    const FindingsModel* findings = m_planPage->findingsModel();
    const int errors = findings->count(Severity::Error);
    const int warnings = findings->count(Severity::Warning);
    m_findingsLabel->setText(
        tr("%n 个错误", nullptr, errors) + QStringLiteral(" · ") + tr("%n 个警告", nullptr, warnings));
    m_ui->findingsDock->setWindowTitle(tr("检查结果（%1 错误，%2 警告）").arg(errors).arg(warnings));
}

void MainWindow::updateActions()
{
    const bool hasPlan = plan().id > 0;
    // Row edits act on the plan table: not while another tab hides it (a row added there would go unseen).
    const bool planShown = m_ui->centralTabs->currentWidget() == m_planPage;
    const int row = m_planPage->currentRow();
    const bool onProject = planShown && m_planPage->isOnProject();
    m_ui->actionExportCsv->setEnabled(hasPlan);
    m_ui->actionAddRow->setEnabled(hasPlan && planShown);
    m_ui->actionInsertRow->setEnabled(hasPlan && planShown);
    m_ui->actionDeleteRow->setEnabled(onProject);
    // 上移/下移 change the 序号: the row moves visibly only while the table is in 序号 order. Sorted by another
    // column they are off, and their tooltip says how to get back.
    const QHeaderView* header = planView()->horizontalHeader();
    const bool inSeqOrder = header->sortIndicatorSection() == int(ProjectField::Seq)
        && header->sortIndicatorOrder() == Qt::AscendingOrder;
    m_ui->actionMoveUp->setEnabled(onProject && inSeqOrder && row > 0);
    m_ui->actionMoveDown->setEnabled(onProject && inSeqOrder && row + 1 < planModel()->projectCount());
    const QString sorted = tr("表格按其他列排序时不能移动行：点“序号”列头，按序号排列后再移动");
    m_ui->actionMoveUp->setToolTip(inSeqOrder ? tr("将当前项目上移一行 (Alt+Up)") : sorted);
    m_ui->actionMoveDown->setToolTip(inSeqOrder ? tr("将当前项目下移一行 (Alt+Down)") : sorted);
    m_ui->actionProjectDetails->setEnabled(onProject);
}

} // namespace tp
