#include "MainWindow.h"

#include "CalendarRepository.h"
#include "CalendarView.h"
#include "Database.h"
#include "FindingsModel.h"
#include "ForecastPanel.h"
#include "ImportReportDialog.h"
#include "NewPlanDialog.h"
#include "PlanCsvExporter.h"
#include "PlanEditService.h"
#include "PlanFilterProxyModel.h"
#include "PlanImportService.h"
#include "PlanItemDelegate.h"
#include "PlanLoader.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "PrintActions.h"
#include "ProjectDetailsDialog.h"
#include "RosterPage.h"
#include "ScheduleRepository.h"
#include "SettingsDialog.h"
#include "TableRules.h"
#include "TeacherListPage.h"
#include "UnitRepository.h"
#include "XlsxReader.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>

// Resources of a static library must be initialised by name, outside any namespace.
static void initSampleResources()
{
    Q_INIT_RESOURCE(samples);
}

namespace tp {

namespace {
struct Sample {
    const char* resource;
    const char16_t* district;
    int year;
    const char16_t* title; // as published (the transcribed CSV files carry no title row)
};
const Sample kSamples[] = {
    { ":/samples/liangping-2021-plan.csv", u"梁平区", 2021, u"梁平区教育系统2021年教师教育项目计划表" },
    { ":/samples/jianan-2024-plan.csv", u"建安区", 2024, u"许昌市建安区2024年教师培训工作安排表" },
};
} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_database(std::move(database))
    , m_plans(std::make_unique<PlanRepository>(*m_database))
    , m_units(std::make_unique<UnitRepository>(*m_database))
    , m_edits(std::make_unique<PlanEditService>(*m_database))
    , m_calendars(std::make_unique<CalendarRepository>(*m_database))
{
    initSampleResources();
    m_ui->setupUi(this);
    m_undoStack = new QUndoStack(this);
    m_model = new PlanTableModel(this);
    m_model->setEditService(m_edits.get());
    m_model->setUndoStack(m_undoStack);
    m_proxy = new PlanFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_delegate = new PlanItemDelegate(this);
    m_findingsModel = new FindingsModel(this);

    QTableView* view = m_ui->planView;
    view->setModel(m_proxy);
    view->setItemDelegate(m_delegate);
    view->sortByColumn(int(ProjectField::Seq), Qt::AscendingOrder);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    const int widths[] = { 52, 330, 170, 100, 90, 170, 100, 110, 70, 120, 96, 120, 150 };
    static_assert(std::size(widths) == PlanTableModel::ColumnCount);
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c)
        view->setColumnWidth(c, widths[c]);
    // The computed columns open the project's details on a double click (they are not editable in place).
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (PlanTableModel::isComputedColumn(source.column()) && source.row() < m_model->projectCount())
            openProjectDetails(source.row());
    });

    m_calendarView = new CalendarView(this);
    m_calendarView->setObjectName(QStringLiteral("calendarView"));
    auto* calendarScroll = new QScrollArea(this);
    calendarScroll->setWidget(m_calendarView);
    calendarScroll->setWidgetResizable(true);
    calendarScroll->setFrameShape(QFrame::NoFrame);
    m_ui->calendarPageLayout->addWidget(calendarScroll);

    // 参训名单 (issue 4): enrollment, attendance and credit registration of one project.
    m_rosterPage = new RosterPage(m_database, this);
    m_rosterPage->setObjectName(QStringLiteral("rosterPage"));
    m_ui->centralTabs->addTab(m_rosterPage, tr("参训名单"));
    // 学分需求预测 (issue 4): beside the findings, under the plan table.
    m_forecastPanel = new ForecastPanel(this);
    m_forecastPanel->setMinimumWidth(460);
    m_forecastDock = new QDockWidget(tr("学分需求预测"), this);
    m_forecastDock->setObjectName(QStringLiteral("forecastDock"));
    m_forecastDock->setWidget(m_forecastPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_forecastDock);
    // Tabbed with the findings: each gets the window's width (side by side, both columns were cut off).
    tabifyDockWidget(m_ui->findingsDock, m_forecastDock);
    m_ui->findingsDock->raise();
    // 教师与学分: the teachers with their credit status for the plan's district (issue 4).
    m_teacherListPage = new TeacherListPage(this);
    m_ui->centralTabs->addTab(m_teacherListPage, tr("教师与学分"));
    m_teacherListPage->setDatabase(m_database.get());

    m_ui->findingsView->setModel(m_findingsModel);
    m_ui->findingsView->verticalHeader()->hide();
    m_ui->findingsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->findingsView->setColumnWidth(FindingsModel::SeverityColumn, 70);
    m_ui->findingsView->setColumnWidth(FindingsModel::RuleColumn, 80);
    m_ui->findingsView->setColumnWidth(FindingsModel::SubjectColumn, 200);
    m_ui->findingsView->setColumnWidth(FindingsModel::MessageColumn, 460);

    // The totals sit under the table, where a clerk looks for them; the status bar keeps messages.
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalsLabel->setContentsMargins(4, 2, 4, 2);
    m_ui->centralLayout->addWidget(m_totalsLabel);
    m_findingsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_findingsLabel);

    setupActions();
    m_ui->menuView->addAction(m_forecastDock->toggleViewAction());

    connect(m_ui->centralTabs, &QTabWidget::currentChanged, this, &MainWindow::tabChanged);
    connect(m_rosterPage, &RosterPage::ledgerChanged, this, &MainWindow::refreshForecast);
    connect(m_rosterPage, &RosterPage::ledgerChanged, m_teacherListPage, &TeacherListPage::markStale);
    // Which of the tabbed docks is in front, to bring the same one back after another tab hid them.
    for (QDockWidget* dock : { m_ui->findingsDock, m_forecastDock })
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible && m_stashedDocks.isEmpty())
                m_raisedDock = dock;
        });
    connect(m_forecastDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_forecastStale)
            refreshForecast();
    });
    connect(m_model, &PlanTableModel::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &PlanTableModel::summaryChanged, this, &MainWindow::updateSummary);
    connect(m_model, &PlanTableModel::summaryChanged, this, &MainWindow::refreshCalendarView);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this] { QTimer::singleShot(0, this, &MainWindow::resizeRows); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { QTimer::singleShot(0, this, &MainWindow::resizeRows); });
    connect(m_ui->planCombo, &QComboBox::activated, this, &MainWindow::planChosen);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &PlanFilterProxyModel::setQuery);
    connect(m_ui->findingsView, &QAbstractItemView::activated, this, &MainWindow::findingActivated);
    connect(m_ui->findingsView, &QAbstractItemView::clicked, this, &MainWindow::findingActivated);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { m_planRowChosen = true; });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_ui->centralTabs->setCurrentIndex(settings.value(QStringLiteral("mainWindow/tab"), 0).toInt());

    refreshUnits();
    reloadCalendar();
    reloadPlanList(settings.value(QStringLiteral("mainWindow/planId")).toLongLong());
    updateSummary();
}

MainWindow::~MainWindow()
{
    showPlanDocks(true); // the layout saved is the plan tab's
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tab"), m_ui->centralTabs->currentIndex());
    if (m_model->hasPlan())
        settings.setValue(QStringLiteral("mainWindow/planId"), m_model->plan().id);
    // Children outlive this body (QWidget deletes them later) and still emit while they go; this window's
    // slots must not run on a half-destroyed object.
    m_undoStack->disconnect(this);
    m_model->disconnect(this);
    m_ui->planView->selectionModel()->disconnect(this);
    m_ui->centralTabs->disconnect(this);
    m_rosterPage->disconnect(this);
    m_forecastDock->disconnect(this);
}

QTableView* MainWindow::planView() const
{
    return m_ui->planView;
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

    QAction* undo = m_undoStack->createUndoAction(this, tr("撤销"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    QAction* redo = m_undoStack->createRedoAction(this, tr("重做"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    m_ui->menuEdit->insertAction(m_ui->actionAddRow, undo);
    m_ui->menuEdit->insertAction(m_ui->actionAddRow, redo);
    m_ui->menuEdit->insertSeparator(m_ui->actionAddRow);
    m_ui->mainToolBar->insertAction(m_ui->actionAddRow, undo);
    m_ui->mainToolBar->insertAction(m_ui->actionAddRow, redo);
    m_ui->mainToolBar->insertSeparator(m_ui->actionAddRow);

    // Columns: a plan shows the columns of its own format (梁平: 5, 建安: 6); the rest can be shown here.
    QMenu* columns = m_ui->menuView->addMenu(tr("列(&C)"));
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c) {
        QAction* a = columns->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(c);
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_ui->planView->setColumnHidden(c, !on); });
        m_columnActions << a;
    }
    m_ui->actionProjectDetails->setIcon(s->standardIcon(QStyle::SP_FileDialogDetailedView));
    // Right-click on the table: the actions that concern the row.
    m_ui->planView->addAction(m_ui->actionProjectDetails);
    m_ui->planView->addAction(m_ui->actionInsertRow);
    m_ui->planView->addAction(m_ui->actionDeleteRow);
    m_ui->menuView->addAction(m_ui->findingsDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());

    connect(m_ui->actionNewPlan, &QAction::triggered, this, &MainWindow::newPlan);
    connect(m_ui->actionImportCsv, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_ui->actionExportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    // Print preview, PDF and XLSX (src/report, src/io through PrintActions), in the File menu.
    auto addPlanAction = [this](const QString& text, const QKeySequence& shortcut, const QString& name, auto handler) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setObjectName(name);
        m_ui->menuFile->insertAction(m_ui->actionLoadSamples, action);
        connect(action, &QAction::triggered, this, [this, handler] {
            if (m_model->hasPlan())
                handler(this, m_model->plan(), m_model->projects());
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
    addPlanAction(tr("打印设置(&U)…"), QKeySequence(), QStringLiteral("actionPrintSetup"),
        [](QWidget* w, const Plan& p, const QList<Project>& list) { editPlanPrintSetup(w, p, list); });
    addPlanAction(tr("导出 PDF…"), QKeySequence(), QStringLiteral("actionExportPdf"),
        [](QWidget* w, const Plan& p, const QList<Project>& list) { exportPlanPdf(w, p, list); });
    addPlanAction(tr("导出 Excel (XLSX)…"), QKeySequence(), QStringLiteral("actionExportXlsx"),
        [](QWidget* w, const Plan& p, const QList<Project>& list) { exportPlanXlsx(w, p, list); });
    m_ui->menuFile->insertSeparator(m_ui->actionLoadSamples);
    connect(m_ui->actionLoadSamples, &QAction::triggered, this, &MainWindow::loadSamples);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAddRow, &QAction::triggered, this, &MainWindow::addRow);
    connect(m_ui->actionInsertRow, &QAction::triggered, this, &MainWindow::insertRow);
    connect(m_ui->actionDeleteRow, &QAction::triggered, this, &MainWindow::deleteRows);
    connect(m_ui->actionMoveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_ui->actionMoveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_ui->actionProjectDetails, &QAction::triggered, this, [this] {
        const int row = currentSourceRow();
        if (row >= 0 && row < m_model->projectCount())
            openProjectDetails(row);
    });
    connect(m_ui->actionShowCalendar, &QAction::triggered, this, &MainWindow::showCalendar);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionFindFilter, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
}

void MainWindow::refreshUnits()
{
    auto names = m_units->unitNames();
    if (!names) {
        showError(names.error().toString());
        return;
    }
    m_delegate->setKnownUnits(*names);
    m_model->setKnownUnits(*names);
}

void MainWindow::reloadPlanList(qint64 selectPlanId)
{
    auto plans = m_plans->plans();
    if (!plans) {
        showError(plans.error().toString());
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
    if (comboIndex < 0) {
        m_model->loadDocument(PlanDocument());
        m_rosterPage->setPlan(Plan(), {});
        refreshForecast();
        m_ui->planTitleLabel->clear();
        setWindowTitle(tr("TrainPlan 教师培训计划管理"));
        updateActions();
        return;
    }
    const qint64 id = m_ui->planCombo->itemData(comboIndex).toLongLong();
    auto plan = m_plans->plan(id);
    if (!plan) {
        showError(plan.error().toString());
        return;
    }
    // The plan with what it is checked with: the units, the calendar, the district's rule set.
    auto document = PlanLoader(*m_database).document(*plan, m_model->today());
    if (!document) {
        showError(document.error().toString());
        return;
    }
    m_model->loadDocument(document.value());
    m_planRowChosen = false;
    m_rosterPage->setPlan(*plan, m_model->projects());
    refreshForecast();
    m_teacherListPage->setDistrict(plan->district);
    m_calendarView->setYear(plan->year);
    refreshCalendarView();
    showColumnsInUse();
    m_ui->planTitleLabel->setText(QStringLiteral("<b>%1</b>").arg(plan->title.toHtmlEscaped()));
    setWindowTitle(tr("%1 — TrainPlan 教师培训计划管理")
                       .arg(plan->title.isEmpty() ? m_ui->planCombo->currentText() : plan->title));
    updateActions();
}

bool MainWindow::openPlan(const QString& district, int year)
{
    auto plan = m_plans->findPlan(district, year);
    if (!plan || !plan->has_value())
        return false;
    reloadPlanList((*plan)->id);
    return true;
}

void MainWindow::newPlan()
{
    NewPlanDialog dialog(this);
    if (m_model->hasPlan()) {
        dialog.setDistrict(m_model->plan().district);
        dialog.setYear(m_model->plan().year + 1);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = PlanEditService(*m_database).createPlan(dialog.plan());
    if (!created) {
        showError(created.error().toString());
        return;
    }
    reloadPlanList(created->id);
}

void MainWindow::importCsv()
{
    QSettings settings;
    const QString dir
        = settings
              .value(QStringLiteral("import/dir"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("导入计划表"), dir,
        tr("计划表 (*.csv *.xlsx *.txt);;CSV 文件 (*.csv *.txt);;Excel 工作簿 (*.xlsx);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/dir"), QFileInfo(path).absolutePath());

    ImportRequest request;
    request.path = path;
    // A workbook with several sheets: the clerk picks the one holding the plan (the first is preselected).
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        auto sheets = XlsxReader::sheetNames(path);
        if (!sheets) {
            showError(sheets.error().toString());
            return;
        }
        if (sheets->size() > 1) {
            bool ok = false;
            request.sheet = QInputDialog::getItem(this, tr("选择工作表"),
                tr("%1 有 %2 个工作表，计划表在哪一个？").arg(QFileInfo(path).fileName()).arg(sheets->size()), *sheets,
                0, false, &ok);
            if (!ok)
                return;
        }
    }
    if (m_model->hasPlan()) {
        request.district = m_model->plan().district;
        request.year = m_model->plan().year;
    }
    auto preview = readPlanFile(request);
    if (!preview) {
        showError(preview.error().toString());
        return;
    }
    ImportReportDialog previewDialog(*preview, ImportReportDialog::Mode::Preview, this);
    if (previewDialog.exec() != QDialog::Accepted)
        return;

    // Which plan: the one shown, unless the file names another year in its title.
    NewPlanDialog target(this);
    target.setWindowTitle(tr("导入到哪个计划"));
    target.setDistrict(preview->plan.district.isEmpty() ? request.district : preview->plan.district);
    target.setYear(preview->plan.year > 0 ? preview->plan.year : request.year);
    if (target.exec() != QDialog::Accepted)
        return;
    const Plan chosen = target.plan();
    request.district = chosen.district;
    request.year = chosen.year;
    request.title = chosen.title;

    auto existing = m_plans->findPlan(request.district, request.year);
    if (existing && existing->has_value()) {
        const auto answer = QMessageBox::question(this, tr("计划已存在"),
            tr("%1 %2 年度已有计划。要用导入的表替换它吗？\n原计划的项目将被删除（可在审计日志中查到）。")
                .arg(request.district)
                .arg(request.year),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        request.replace = true;
    }
    auto report = PlanImportService(*m_database).importFile(request);
    if (!report) {
        showError(report.error().toString());
        return;
    }
    refreshUnits();
    reloadPlanList(report->plan.id);
    ImportReportDialog done(*report, ImportReportDialog::Mode::Done, this);
    done.exec();
}

void MainWindow::exportCsv()
{
    if (!m_model->hasPlan())
        return;
    const Plan& plan = m_model->plan();
    QSettings settings;
    const QString dir
        = settings
              .value(QStringLiteral("export/dir"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString suggested
        = QDir(dir).filePath((plan.title.isEmpty() ? tr("%1%2年计划").arg(plan.district).arg(plan.year) : plan.title)
            + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("导出 CSV"), suggested, tr("CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    CsvExportOptions options;
    options.title = plan.title;
    if (Status s = PlanCsvExporter::writeFile(path, m_model->projects(), options); !s) {
        showError(s.error().toString());
        return;
    }
    statusBar()->showMessage(
        tr("已导出 %1 个项目到 %2").arg(m_model->projectCount()).arg(QDir::toNativeSeparators(path)), 8000);
}

bool MainWindow::loadSamples()
{
    bool any = false;
    qint64 first = 0;
    for (const Sample& sample : kSamples) {
        ImportRequest request;
        request.path = QString::fromLatin1(sample.resource);
        request.district = QString::fromUtf16(sample.district);
        request.year = sample.year;
        request.title = QString::fromUtf16(sample.title);
        auto existing = m_plans->findPlan(request.district, request.year);
        if (existing && existing->has_value())
            continue; // never overwrite what the user has
        auto report = PlanImportService(*m_database).importFile(request);
        if (!report) {
            showError(report.error().toString());
            continue;
        }
        if (!first)
            first = report->plan.id;
        any = true;
    }
    refreshUnits();
    reloadPlanList(first);
    if (!any)
        statusBar()->showMessage(tr("示例计划已在数据库中"), 5000);
    return any;
}

void MainWindow::offerSamplesIfEmpty()
{
    auto plans = m_plans->plans();
    if (!plans || !plans->isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("欢迎使用 TrainPlan"),
        tr("数据库中还没有计划。\n要载入两份公开发布的计划表作为示例吗？\n"
           "（梁平区教育系统 2021 年教师教育项目计划表；许昌市建安区 2024 年教师培训工作安排表）"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadSamples();
    else
        newPlan();
}

int MainWindow::currentSourceRow() const
{
    const QModelIndex current = m_ui->planView->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void MainWindow::selectSourceCell(int row, int column)
{
    const QModelIndex source = m_model->index(row, std::max(column, 0));
    QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid()) { // filtered out: clear the filter so the user sees the cell
        m_ui->filterEdit->clear();
        proxied = m_proxy->mapFromSource(source);
    }
    if (!proxied.isValid())
        return;
    m_ui->planView->setCurrentIndex(proxied);
    m_ui->planView->scrollTo(proxied);
    m_ui->planView->setFocus();
}

void MainWindow::addRow()
{
    if (!m_model->hasPlan())
        return;
    const int row = m_model->projectCount();
    if (m_model->insertProjectAt(row))
        selectSourceCell(row, int(ProjectField::Name));
}

void MainWindow::insertRow()
{
    if (!m_model->hasPlan())
        return;
    int row = currentSourceRow();
    if (row < 0 || row > m_model->projectCount())
        row = m_model->projectCount();
    if (m_model->insertProjectAt(row))
        selectSourceCell(row, int(ProjectField::Name));
}

void MainWindow::deleteRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->planView->selectionModel()->selectedIndexes()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row < m_model->projectCount() && !rows.contains(row))
            rows << row;
    }
    if (rows.isEmpty() && currentSourceRow() >= 0 && currentSourceRow() < m_model->projectCount())
        rows << currentSourceRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    m_undoStack->beginMacro(tr("删除 %n 行", nullptr, int(rows.size())));
    for (int row : rows)
        m_model->removeProjectAt(row);
    m_undoStack->endMacro();
}

void MainWindow::moveCurrent(int delta)
{
    const QModelIndex current = m_ui->planView->currentIndex();
    const int row = currentSourceRow();
    if (row < 0 || row >= m_model->projectCount())
        return;
    const int to = row + delta;
    if (to < 0 || to >= m_model->projectCount())
        return;
    if (m_model->moveProject(row, to))
        selectSourceCell(to, current.column());
}

void MainWindow::findingActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const Finding& f = m_findingsModel->findingAt(index.row());
    const int row = f.projectId ? m_model->rowOfProject(f.projectId) : f.seq - 1;
    if (row >= 0 && row < m_model->projectCount())
        selectSourceCell(row, PlanTableModel::columnForFinding(f)); // deadline findings: 方案截止
}

void MainWindow::openProjectDetails(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->projectCount())
        return;
    const Project project = m_model->projects().at(sourceRow);
    ProjectDetailsDialog dialog(project, m_model->scheduleOf(project.id), m_model->plan().year, m_model->calendar(),
        m_model->ruleSet(), m_model->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_model->setSchedule(project.id, dialog.schedule(), dialog.monthsText()))
        statusBar()->showMessage(tr("已保存第 %1 项的项目详情").arg(project.seq), 5000);
}

void MainWindow::showCalendar()
{
    m_ui->centralTabs->setCurrentWidget(m_ui->calendarPage);
}

void MainWindow::showRoster()
{
    m_ui->centralTabs->setCurrentWidget(m_rosterPage); // tabChanged
}

void MainWindow::tabChanged(int index)
{
    // The plan's totals line and its docks (检查结果, 学分需求预测) are about the plan table and its calendar; the
    // roster and the teacher list need the height for their own lists and summaries.
    const QWidget* page = m_ui->centralTabs->widget(index);
    m_totalsLabel->setVisible(page == m_ui->planPage);
    m_ui->filterEdit->setVisible(page == m_ui->planPage); // the teacher and roster tabs have their own search
    showPlanDocks(page == m_ui->planPage || page == m_ui->calendarPage);
    updateActions();
    if (m_ui->centralTabs->widget(index) == m_rosterPage && m_model->hasPlan()) {
        // The projects may have been edited; the project of the row chosen in the plan table since the tab was
        // last shown is preselected (a project chosen in the roster tab stays when no new row was chosen).
        m_rosterPage->setPlan(m_model->plan(), m_model->projects());
        const int row = currentSourceRow();
        if (m_planRowChosen && row >= 0 && row < m_model->projectCount())
            m_rosterPage->selectProject(m_model->projects().at(row).id);
        m_planRowChosen = false;
    }
    refreshForecast();
}

void MainWindow::showPlanDocks(bool show)
{
    if (!show && m_stashedDocks.isEmpty()) {
        const QPointer<QDockWidget> raised = m_raisedDock;
        for (QDockWidget* dock : { m_ui->findingsDock, m_forecastDock })
            if (!dock->isHidden()) { // shown, or behind another dock's tab
                m_stashedDocks << dock;
                dock->hide();
            }
        m_raisedDock = raised;
    } else if (show && !m_stashedDocks.isEmpty()) {
        // Only the docks this window hid come back (one the user closed stays closed), with the same tab in front.
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

void MainWindow::refreshForecast()
{
    // The report behind it reads every teacher's totals: not while the user has closed the dock.
    if (m_forecastDock->isHidden()) {
        m_forecastStale = true;
        return;
    }
    m_forecastStale = false;
    m_forecastPanel->refresh(*m_database, m_model->hasPlan() ? m_model->plan().id : 0);
}

void MainWindow::reloadCalendar()
{
    auto calendar = m_calendars->calendar();
    if (!calendar) {
        showError(calendar.error().toString());
        return;
    }
    m_model->setCalendar(*calendar);
    m_calendarView->setCalendar(*calendar);
}

void MainWindow::refreshCalendarView()
{
    if (!m_calendarView)
        return;
    m_calendarView->setToday(m_model->today());
    QList<CalendarView::Span> spans;
    QList<CalendarView::Mark> marks;
    for (const Project& p : m_model->projects()) {
        const ProjectSchedule s = m_model->scheduleOf(p.id);
        const QString who = tr("第 %1 项 %2").arg(p.seq).arg(p.name);
        if (s.isCancelled())
            continue;
        if (s.classes.isEmpty() && s.start.isValid())
            spans << CalendarView::Span { s.start, s.end, who };
        for (const ClassSession& c : s.classes)
            if (c.start.isValid())
                spans << CalendarView::Span { c.start, c.end, tr("%1 %2").arg(who, c.name) };
        const ProjectDeadlines d = m_model->deadlinesOf(p.id);
        auto mark = [&](const DeadlineStatus& st, const QString& what) {
            if (!st.isValid())
                return;
            marks << CalendarView::Mark { st.due,
                tr("%1 %2截止%3").arg(who, what, st.provisional ? tr("（预计）") : QString()),
                st.state == DeadlineState::Overdue, st.state == DeadlineState::OnTime };
        };
        mark(d.plan, tr("详细培训方案"));
        mark(d.responsibilityLetter, tr("管理责任书"));
    }
    m_calendarView->setSpans(spans);
    m_calendarView->setMarks(marks);
}

void MainWindow::openSettings()
{
    QStringList districts;
    if (auto plans = m_plans->plans())
        for (const Plan& p : *plans)
            if (!districts.contains(p.district))
                districts << p.district;
    SettingsDialog dialog(*m_calendars, districts, m_model->hasPlan() ? m_model->plan().district : QString(),
        m_model->hasPlan() ? m_model->plan().year : QDate::currentDate().year(), this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (dialog.calendarChanged())
        reloadCalendar();
    if (accepted && m_model->hasPlan()) {
        if (auto rules = m_calendars->ruleSet(m_model->plan().district))
            m_model->setRuleSet(*rules);
    }
    refreshCalendarView();
}

void MainWindow::updateSummary()
{
    const PlanTotals t = m_model->totals();
    if (!m_model->hasPlan()) {
        m_totalsLabel->setText(tr("没有打开的计划。用“文件 → 新建计划”或“导入计划表”开始。"));
        m_findingsModel->setFindings({});
        m_findingsLabel->clear();
        return;
    }
    QString text = tr("%n 个项目", nullptr, t.projects);
    const QString duration = formatDurationTotal(t);
    text += tr("　培训天数合计：%1").arg(duration.isEmpty() ? tr("—") : duration);
    text += tr("　参培人数合计：%1 人").arg(t.headcount);
    if (t.approxRows)
        text += tr("（含约数 %1 行）").arg(t.approxRows);
    if (t.allStaffRows)
        text += tr("，另有“全员” %1 行").arg(t.allStaffRows);
    const Plan& plan = m_model->plan();
    if (plan.stated)
        text += tr("　｜　原表合计行：%1；%2 人").arg(plan.stated->durationText, plan.stated->headcountText);
    m_totalsLabel->setText(text);
    m_findingsModel->setFindings(m_model->findings());
    const int errors = m_findingsModel->count(Severity::Error);
    const int warnings = m_findingsModel->count(Severity::Warning);
    m_findingsLabel->setText(tr("%1 个错误 · %2 个警告").arg(errors).arg(warnings));
    m_ui->findingsDock->setWindowTitle(tr("检查结果（%1 错误，%2 警告）").arg(errors).arg(warnings));
}

void MainWindow::updateActions()
{
    const bool hasPlan = m_model->hasPlan();
    // Row edits act on the plan table: not while another tab hides it (a row added there would go unseen).
    const bool planShown = m_ui->centralTabs->currentWidget() == m_ui->planPage;
    const int row = currentSourceRow();
    const bool onProject = planShown && row >= 0 && row < m_model->projectCount();
    m_ui->actionExportCsv->setEnabled(hasPlan);
    m_ui->actionAddRow->setEnabled(hasPlan && planShown);
    m_ui->actionInsertRow->setEnabled(hasPlan && planShown);
    m_ui->actionDeleteRow->setEnabled(onProject);
    m_ui->actionMoveUp->setEnabled(onProject && row > 0);
    m_ui->actionMoveDown->setEnabled(onProject && row + 1 < m_model->projectCount());
    m_ui->actionProjectDetails->setEnabled(onProject);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    if (isVisible())
        QMessageBox::warning(this, tr("TrainPlan"), message);
}

void MainWindow::showColumnsInUse()
{
    // 序号, 培训项目, 主办单位/天数/人数 stay; other columns show when any project fills them.
    for (QAction* a : std::as_const(m_columnActions)) {
        const auto field = ProjectField(a->data().toInt());
        bool used = field == ProjectField::Seq || field == ProjectField::Name || field == ProjectField::Organizers
            || field == ProjectField::Duration || field == ProjectField::Headcount
            || PlanTableModel::isComputedColumn(a->data().toInt());
        for (const Project& p : m_model->projects()) {
            if (used)
                break;
            used = !p.text(field).isEmpty();
        }
        a->setChecked(used);
        m_ui->planView->setColumnHidden(a->data().toInt(), !used);
    }
}

void MainWindow::resizeRows()
{
    m_ui->planView->resizeRowsToContents();
}

} // namespace tp
