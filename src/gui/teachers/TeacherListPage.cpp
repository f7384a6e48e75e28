#include "TeacherListPage.h"

#include "CreditChartView.h"
#include "Database.h"
#include "EscapeClears.h"
#include "FileChooser.h"
#include "HeaderFit.h"
#include "LedgerRepository.h"
#include "Messages.h"
#include "PinyinIndex.h"
#include "PrintActions.h"
#include "TeacherHistoryDialog.h"
#include "TeacherListModel.h"
#include "UnitRepository.h"
#include "WorkProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tp {

TeacherListPage::TeacherListPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new TeacherListModel(this))
{
    setObjectName(QStringLiteral("teacherListPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* unitLabel = new QLabel(tr("单位："), this);
    m_unitCombo = new QComboBox(this);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->setMinimumContentsLength(10);
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitCombo->setMaxVisibleItems(24);
    unitLabel->setBuddy(m_unitCombo);
    auto* cycleLabel = new QLabel(tr("培训周期："), this);
    m_cycleCombo = new QComboBox(this);
    m_cycleCombo->setObjectName(QStringLiteral("cycleCombo"));
    cycleLabel->setBuddy(m_cycleCombo);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("teacherSearchEdit"));
    m_search->setPlaceholderText(tr("查找：姓名、拼音、首字母（如 zhw 找张伟）或工号开头"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160); // the page fits a 1024-px screen (issue 14)
    EscapeClears::install(m_search);
    m_belowOnly = new QCheckBox(tr("仅显示未达标"), this);
    m_belowOnly->setObjectName(QStringLiteral("belowOnlyBox"));
    m_belowOnly->setToolTip(tr("只列出尚未达到某项最低要求的教师（含进度正常但还差学分的）"));
    m_importButton = new QPushButton(tr("导入教师名单…"), this);
    m_importButton->setObjectName(QStringLiteral("importTeachersButton"));
    m_importButton->setToolTip(tr("从学校报来的 CSV 名单导入教师（工号重复或有错误时一个也不导入）"));
    bar->addWidget(unitLabel);
    bar->addWidget(m_unitCombo);
    bar->addSpacing(8);
    bar->addWidget(cycleLabel);
    bar->addWidget(m_cycleCombo);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_belowOnly);
    m_printButton = new QPushButton(tr("打印学分统计表…"), this);
    m_printButton->setObjectName(QStringLiteral("printCreditReportButton"));
    m_printButton->setToolTip(tr("所选单位（或全部单位）教师本周期的学分与状态，按公文表格打印或导出 PDF"));
    m_importCreditsButton = new QPushButton(tr("导入外部学分…"), this);
    m_importCreditsButton->setObjectName(QStringLiteral("importCreditsButton"));
    m_importCreditsButton->setToolTip(
        tr("导入国培、市培、省平台等外部学分（CSV：工号、姓名、年度、级别、形式、学分、学时、培训名称、来源）"));
    layout->addLayout(bar);

    auto* info = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("teacherSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rulesLabel = new QLabel(this);
    m_rulesLabel->setObjectName(QStringLiteral("creditRulesLabel"));
    m_rulesLabel->setStyleSheet(QStringLiteral("color: palette(mid)"));
    // The summary wraps and the buttons sit beside it, under the filters: one row of both would hold the window
    // wider than 800 px (a 1600×1000 screen at 2×).
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(120);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    info->addWidget(m_summary, 1);
    info->addWidget(m_rulesLabel);
    info->addWidget(m_printButton);
    info->addWidget(m_importButton);
    info->addWidget(m_importCreditsButton);
    layout->addLayout(info);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("teacherView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view does not measure 100,000 rows (that would fetch every block).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("双击教师查看学分档案"));

    m_chart = new CreditChartView(this);
    m_chart->setObjectName(QStringLiteral("creditChart"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 860, 520 });
    m_splitter->setChildrenCollapsible(true);
    layout->addWidget(m_splitter, 1);
    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("teacherList/splitter")).toByteArray());

    connect(m_unitCombo, &QComboBox::activated, this, &TeacherListPage::unitChosen);
    connect(m_cycleCombo, &QComboBox::activated, this, &TeacherListPage::cycleChosen);
    connect(m_search, &QLineEdit::textChanged, m_model, &TeacherListModel::setQuery);
    connect(m_belowOnly, &QCheckBox::toggled, m_model, &TeacherListModel::setBelowOnly);
    connect(m_importButton, &QPushButton::clicked, this, &TeacherListPage::chooseImportFile);
    connect(m_printButton, &QPushButton::clicked, this, &TeacherListPage::printCreditReport);
    connect(m_importCreditsButton, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::openFile(
            this, tr("导入外部学分"), FileChooser::csvFilter(), QStringLiteral("teachers/lastFolder"));
        if (!path.isEmpty())
            (void)importExternalCredits(path); // what it found is shown in a dialog
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &TeacherListPage::openHistory);
    connect(m_model, &TeacherListModel::scopeCreditsChanged, this, [this] {
        m_chartStale = true;
        scheduleScopeFigures();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TeacherListPage::scheduleScopeFigures);
    // A new list (filter, unit, cycle) starts at its top, not where the previous one was scrolled to.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QAbstractItemView::scrollToTop);
    connect(m_model, &TeacherListModel::errorOccurred, this, [this](const QString& message) {
        m_summary->setText(tr("读取失败：%1").arg(message));
        Messages::error(this, tr("教师与学分"), message);
    });
}

TeacherListPage::~TeacherListPage()
{
    QSettings settings;
    settings.setValue(QStringLiteral("teacherList/splitter"), m_splitter->saveState());
    m_model->disconnect(this);
}

void TeacherListPage::setDatabase(Database* database)
{
    m_database = database;
    m_dataVersion = database ? database->dataVersion() : -1;
    reloadUnits();
    applyRules();
    m_model->setDatabase(database);
    resizeColumns();
}

void TeacherListPage::setDistrict(const QString& district)
{
    if (district == m_district && m_database)
        return;
    m_district = district;
    applyRules();
}

void TeacherListPage::setToday(QDate today)
{
    m_today = today;
    m_model->setToday(today);
    // A new day may lie in another cycle: show the one containing it.
    m_cycleCombo->setCurrentIndex(-1);
    reloadCycles();
}

void TeacherListPage::applyRules()
{
    if (!m_database)
        return;
    auto rules = LedgerRepository(*m_database).creditRules(m_district);
    m_rules = rules ? rules.value() : creditRulePreset(defaultCreditRulesId());
    m_rulesLabel->setText(tr("学分规则：%1").arg(m_rules.name));
    m_rulesLabel->setToolTip(m_rules.source);
    reloadCycles();
}

void TeacherListPage::reloadCycles()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const int current = m_rules.cycleStartOf(today.year());
    const int previous = m_cycleCombo->currentIndex() >= 0 ? m_cycleCombo->currentData().toInt() : 0;
    QSignalBlocker block(m_cycleCombo);
    m_cycleCombo->clear();
    // From the rule set's first cycle to today's (at most six: a clerk looks back, not far).
    const int years = std::max(1, m_rules.cycleYears);
    int first = m_rules.cycleFirstYear;
    while (first + 5 * years < current)
        first += years;
    for (int start = first; start <= current; start += years)
        m_cycleCombo->addItem(tr("%1–%2").arg(start).arg(start + years - 1), start);
    int index = m_cycleCombo->findData(previous);
    if (index < 0)
        index = m_cycleCombo->findData(current);
    m_cycleCombo->setCurrentIndex(index);
    m_model->setRules(m_rules, m_cycleCombo->currentData().toInt());
    resizeColumns();
}

void TeacherListPage::reloadUnits()
{
    if (!m_database)
        return;
    const qint64 previous = m_unitCombo->currentData().toLongLong();
    QSignalBlocker block(m_unitCombo);
    m_unitCombo->clear();
    m_unitCombo->addItem(tr("全部单位"), qint64(0));
    if (auto units = UnitRepository(*m_database).units()) {
        // In pinyin order, like the teachers (梁平中学 before 双桂小学).
        QList<std::pair<QByteArray, const Unit*>> sorted;
        PinyinCollator collator;
        for (const Unit& u : units.value())
            sorted.append({ collator.sortKey(u.name), &u });
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [key, u] : sorted)
            m_unitCombo->addItem(u->name, u->id);
    }
    const int index = m_unitCombo->findData(previous);
    m_unitCombo->setCurrentIndex(std::max(0, index));
}

void TeacherListPage::reload()
{
    m_dataStale = false;
    if (m_database)
        m_dataVersion = m_database->dataVersion();
    reloadUnits();
    m_model->setUnit(m_unitCombo->currentData().toLongLong());
    m_model->reload();
}

void TeacherListPage::selectUnit(qint64 unitId)
{
    const int index = m_unitCombo->findData(unitId);
    if (index < 0)
        return;
    m_unitCombo->setCurrentIndex(index);
    unitChosen();
}

void TeacherListPage::selectCycle(int cycleStart)
{
    const int index = m_cycleCombo->findData(cycleStart);
    if (index < 0)
        return;
    m_cycleCombo->setCurrentIndex(index);
    cycleChosen();
}

void TeacherListPage::unitChosen()
{
    m_model->setUnit(m_unitCombo->currentData().toLongLong());
    resizeColumns();
}

void TeacherListPage::cycleChosen()
{
    m_model->setRules(m_rules, m_cycleCombo->currentData().toInt());
}

void TeacherListPage::resizeColumns()
{
    // Fixed widths: measuring the contents would read every block of a large list.
    const int widths[] = { 80, 70, 160, 50, 70 };
    for (int c = 0; c < TeacherListModel::FirstCreditColumn; ++c)
        fitColumnWidth(m_view, c, widths[c]);
    for (int c = TeacherListModel::FirstCreditColumn; c < m_model->statusColumn(); ++c)
        fitColumnWidth(m_view, c, 140);
    m_view->horizontalHeader()->setMinimumHeight(2 * fontMetrics().height() + 12);
}

Result<QList<TeacherCreditRow>> TeacherListPage::creditReportRows() const
{
    if (!m_database)
        return Error(tr("没有打开的数据库"));
    LedgerScope scope;
    scope.unitId = m_unitCombo->currentData().toLongLong();
    return LedgerRepository(*m_database)
        .report(m_rules, m_cycleCombo->currentData().toInt(), m_model->today(), scope, m_belowOnly->isChecked());
}

CreditReportOptions TeacherListPage::creditReportOptions() const
{
    CreditReportOptions options;
    options.district = m_district;
    const bool oneUnit = m_unitCombo->currentData().toLongLong() > 0;
    options.unitName = oneUnit ? m_unitCombo->currentText() : QString();
    options.issuer = options.unitName; // a school signs its own report; the bureau's has no default issuer
    options.rules = m_rules;
    options.cycleStart = m_cycleCombo->currentData().toInt();
    options.asOf = m_model->today();
    options.belowOnly = m_belowOnly->isChecked();
    // Portrait holds the most teachers a page; the preview proposes landscape when the columns do not fit.
    options.page = PageSetup::defaults(QPageLayout::Portrait);
    return options;
}

void TeacherListPage::printCreditReport()
{
    if (!m_database)
        return;
    // With progress, and a question first when it runs to hundreds of pages (PrintActions).
    CreditReportJob job;
    job.database = m_database;
    job.scope.unitId = m_unitCombo->currentData().toLongLong();
    job.options = creditReportOptions();
    for (int i = 1; i < m_unitCombo->count(); ++i)
        job.units.append({ m_unitCombo->itemData(i).toLongLong(), m_unitCombo->itemText(i) });
    tp::printCreditReport(this, job);
}

QString TeacherListPage::scopeName() const
{
    return m_unitCombo->currentIndex() > 0 ? m_unitCombo->currentText() : tr("全部单位");
}

void TeacherListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Teachers or credits changed since the list was read: by the roster tab, or by another program (the CLI, a
    // colleague's TrainPlan on a shared file).
    if (m_database && (m_dataStale || m_database->dataVersion() != m_dataVersion))
        reload();
    if (m_figuresStale)
        scheduleScopeFigures();
}

void TeacherListPage::scheduleScopeFigures()
{
    // After the first screenful is shown: the scope's figures need one pass over its totals. Not while the
    // page is hidden (the main window starts on the plan table).
    m_figuresStale = true;
    if (m_figuresPending || !isVisible())
        return;
    m_figuresPending = true;
    QTimer::singleShot(0, this, [this] {
        // A large scope (a whole city) is counted on a worker thread; scopeCreditsChanged() brings us back.
        if (!m_model->hasScopeCredits() && m_model->prefersBackground()) {
            m_figuresPending = false;
            m_model->prepareInBackground();
            m_summary->setText(tr("共 %n 名教师，正在统计学分状态…", nullptr, int(m_model->scopeSize())));
            return;
        }
        updateScopeFigures();
    });
}

void TeacherListPage::updateScopeFigures()
{
    m_figuresPending = false;
    m_figuresStale = false;
    if (!m_database)
        return;
    const ScopeCredits& scope = m_model->scopeCredits();
    QString text = tr("共 %1 名教师：已达标 %2，进度正常 %3，有风险 %4，未达标 %5")
                       .arg(scope.total)
                       .arg(scope.count(CreditState::Met))
                       .arg(scope.count(CreditState::OnTrack))
                       .arg(scope.count(CreditState::AtRisk))
                       .arg(scope.count(CreditState::Short));
    if (!m_model->query().isEmpty() || m_model->belowOnly())
        text += tr("（列表中 %n 名）", nullptr, m_model->rowCount());
    m_summary->setText(text);
    // A keystroke changes the list, not the scope: the chart stays as it is.
    if (!m_chartStale)
        return;
    m_chartStale = false;
    const QString cycle = m_cycleCombo->currentText();
    if (scope.mainLabel.isEmpty() || scope.total == 0) {
        m_chart->clear(scope.total == 0 ? tr("%1没有教师").arg(scopeName()) : tr("学分规则没有周期要求"));
        return;
    }
    QList<double> earned;
    earned.reserve(scope.total);
    const ScopeCredits::Entry none = scope.byTeacher.value(0);
    for (auto it = scope.byTeacher.cbegin(); it != scope.byTeacher.cend(); ++it)
        if (it.key() != 0)
            earned << it->mainEarned;
    // Teachers without any registration have what "none" earned.
    while (earned.size() < scope.total)
        earned << none.mainEarned;
    m_chart->setDistribution(earned, scope.mainMinimum, scope.mainMeasure, scope.mainLabel, scopeName(), cycle);
}

void TeacherListPage::chooseImportFile()
{
    const QString path = FileChooser::openFile(
        this, tr("导入教师名单"), FileChooser::csvFilter(), QStringLiteral("teachers/lastFolder"));
    if (path.isEmpty())
        return;
    (void)importTeacherList(path); // what it found is shown in a dialog
}

Result<TeacherListImport> TeacherListPage::importTeacherList(const QString& path)
{
    if (!m_database)
        return Error { tr("没有打开数据库") };
    // A file without a 学校 column belongs to the unit chosen above.
    const QString defaultUnit = m_unitCombo->currentIndex() > 0 ? m_unitCombo->currentText() : QString();
    WorkProgress progress(this, tr("导入教师名单"), tr("正在导入教师名单…"));
    TeacherService service(*m_database);
    service.setProgress(progress.options());
    auto result = service.importTeacherListFile(path, defaultUnit);
    if (!result && Cancelled::is(result.error()))
        return result; // the clerk pressed 取消: nothing was written
    if (!result) {
        Messages::error(
            this, tr("导入教师名单"), tr("无法导入 %1：%2").arg(QFileInfo(path).fileName(), result.error().toString()));
        return result;
    }
    if (result->hasErrors() || (result->imported == 0 && result->unchanged == 0)) {
        showImportFindings(tr("教师名单有错误，未导入"),
            tr("%1 中有 %2 处问题，没有导入任何教师。请学校改正后重新导入（工号重复不会自动合并）：")
                .arg(result->file)
                .arg(result->findings.size()),
            result->findings);
        return result;
    }
    reload();
    QString text = tr("已从 %1 导入 %n 名教师。", nullptr, int(result->imported)).arg(result->file);
    if (result->unchanged > 0)
        text += tr("另有 %n 名教师已登记且与名单一致，未重复导入。", nullptr, result->unchanged);
    Messages::info(this, tr("导入教师名单"), text);
    return result;
}

Result<ExternalCreditImport> TeacherListPage::importExternalCredits(const QString& path)
{
    if (!m_database)
        return Error { tr("没有打开数据库") };
    WorkProgress progress(this, tr("导入外部学分"), tr("正在导入外部学分…"));
    RegistrationService service(*m_database);
    service.setProgress(progress.options());
    auto result = service.importExternalCreditsFile(path, QString(), m_model->today());
    if (!result && Cancelled::is(result.error()))
        return result; // the clerk pressed 取消: nothing was written
    if (!result) {
        Messages::error(
            this, tr("导入外部学分"), tr("无法导入 %1：%2").arg(QFileInfo(path).fileName(), result.error().toString()));
        return result;
    }
    if (result->hasErrors() || result->registrationIds.isEmpty()) {
        showImportFindings(tr("外部学分有错误，未导入"),
            tr("%1 中有 %2 处问题，没有登记任何学分。改正后重新导入：").arg(result->file).arg(result->findings.size()),
            result->findings);
        return result;
    }
    reload(); // the totals and statuses changed
    Messages::info(this, tr("导入外部学分"),
        tr("已从 %1 登记 %n 条外部学分。", nullptr, int(result->registrationIds.size())).arg(result->file));
    return result;
}

void TeacherListPage::showImportFindings(const QString& title, const QString& intro, const Findings& findings)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importFindingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(820, 420);
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(intro, dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* table = new QTableWidget(int(findings.size()), 5, dialog);
    table->setObjectName(QStringLiteral("importFindingsTable"));
    table->setHorizontalHeaderLabels({ tr("级别"), tr("文件"), tr("行"), tr("列"), tr("问题") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < findings.size(); ++i) {
        const Finding& f = findings.at(i);
        const QString column = f.column > 0
            ? (f.columnName.isEmpty() ? tr("第 %1 列").arg(f.column)
                                      : tr("第 %1 列（%2）").arg(f.column).arg(f.columnName))
            : f.columnName;
        table->setItem(i, 0, new QTableWidgetItem(severityLabel(f.severity)));
        table->setItem(i, 1, new QTableWidgetItem(f.file));
        table->setItem(i, 2, new QTableWidgetItem(f.row > 0 ? tr("第 %1 行").arg(f.row) : QString()));
        table->setItem(i, 3, new QTableWidgetItem(column));
        table->setItem(i, 4, new QTableWidgetItem(f.message));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->open();
}

TeacherHistoryDialog* TeacherListPage::createHistoryDialog(int row)
{
    const qint64 id = m_model->teacherIdAt(row);
    if (!m_database || id == 0)
        return nullptr;
    auto* dialog = new TeacherHistoryDialog(*m_database, id, m_rules, m_model->cycleStart(), m_model->today(), this);
    connect(dialog, &TeacherHistoryDialog::creditsChanged, m_model, &TeacherListModel::refreshTeacher);
    // A changed name or school moves the teacher in the list's order, its search keys and its unit's figures.
    connect(dialog, &TeacherHistoryDialog::teacherChanged, this, &TeacherListPage::reload);
    return dialog;
}

void TeacherListPage::openHistory(const QModelIndex& index)
{
    TeacherHistoryDialog* dialog = createHistoryDialog(index.row());
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace tp
