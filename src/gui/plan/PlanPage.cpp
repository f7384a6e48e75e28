#include "PlanPage.h"

#include "CancelProjectDialog.h"
#include "ChangeRequestDialog.h"
#include "Database.h"
#include "FindingsModel.h"
#include "HeaderFit.h"
#include "Messages.h"
#include "PlanEditService.h"
#include "PlanFilterProxyModel.h"
#include "PlanItemDelegate.h"
#include "PlanLoader.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "PlanWorkflowBar.h"
#include "ProjectDetailsDialog.h"
#include "TableRules.h"
#include "UnitRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <optional>

namespace tp {

PlanPage::PlanPage(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_edits(std::make_unique<PlanEditService>(*m_database))
{
    m_undoStack = new QUndoStack(this);
    m_model = new PlanTableModel(this);
    m_model->setEditService(m_edits.get());
    m_model->setUndoStack(m_undoStack);
    // Another program writing: ask to retry the same edit instead of dropping it.
    m_model->setBusyRetry([this](const Error& error) { return Messages::retryWhenBusy(this, error); });
    m_proxy = new PlanFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_delegate = new PlanItemDelegate(this);
    m_findingsModel = new FindingsModel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(true);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->sortByColumn(int(ProjectField::Seq), Qt::AscendingOrder);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    const int widths[] = { 52, 330, 170, 100, 90, 170, 100, 110, 70, 120, 96, 120, 150 };
    static_assert(std::size(widths) == PlanTableModel::ColumnCount);
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c)
        fitColumnWidth(m_view, c, widths[c]);

    // The totals sit under the table, where a clerk looks for them; the status bar keeps messages.
    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totalsLabel->setContentsMargins(4, 2, 4, 2);
    m_workflowBar = new PlanWorkflowBar(m_database, this);
    connect(m_workflowBar, &PlanWorkflowBar::planChanged, this, [this](qint64 planId) {
        if (auto plan = PlanRepository(*m_database).plan(planId))
            showPlan(*plan);
    });
    connect(m_workflowBar, &PlanWorkflowBar::unitsChanged, this, &PlanPage::reloadUnits);
    connect(m_model, &PlanTableModel::changeRequested, this, &PlanPage::requestChange, Qt::QueuedConnection);
    connect(this, &PlanPage::actionsChanged, m_workflowBar, [this] {
        const int row = currentRow();
        m_workflowBar->setCurrentProject(isOnProject() && row >= 0 && row < m_model->document().projectCount()
                ? m_model->document().projects().at(row).id
                : 0);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_roleHintLabel = new QLabel(this);
    m_roleHintLabel->setObjectName(QStringLiteral("roleHintLabel"));
    m_roleHintLabel->setWordWrap(true);
    m_roleHintLabel->setContentsMargins(8, 6, 8, 6);
    m_roleHintLabel->setStyleSheet(QStringLiteral("background: palette(alternate-base); border-radius: 3px"));
    m_roleHintLabel->hide();
    layout->addWidget(m_workflowBar);
    layout->addWidget(m_roleHintLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalsLabel);

    // Columns: a plan shows the columns of its own format (梁平: 5, 建安: 6); the rest can be shown here.
    m_columnsMenu = new QMenu(tr("列(&C)"), this);
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c) {
        QAction* a = m_columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(c);
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
        m_columnActions << a;
    }

    // The computed columns open the project's details on a double click (they are not editable in place).
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (PlanTableModel::isComputedColumn(source.column()) && source.row() < m_model->projectCount())
            openProjectDetails(source.row());
    });
    connect(m_model, &PlanTableModel::errorOccurred, this,
        [this](const QString& message) { Messages::error(this, tr("TrainPlan"), message); });
    // Somebody else changed the row meanwhile (issue 13): nothing is overwritten; the row can be read again.
    connect(m_model, &PlanTableModel::staleEdit, this,
        [this](qint64 projectId, ProjectField, const QString& text, const QString& message) {
            Messages::staleSave(this, message, text, [this, projectId] { m_model->reloadProject(projectId); });
        });
    connect(m_model, &PlanTableModel::summaryChanged, this, &PlanPage::updateSummary);
    const auto resizeRowsLater = [this] { QTimer::singleShot(0, m_view, &QTableView::resizeRowsToContents); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, resizeRowsLater);
    connect(m_model, &QAbstractItemModel::modelReset, this, resizeRowsLater);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanPage::actionsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanPage::rowChosen);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &PlanPage::actionsChanged);
    // Delete clears the selected cells, as in a spreadsheet (one undoable step); Ctrl+Delete deletes rows.
    auto* clearCells = new QAction(tr("清除内容"), this);
    clearCells->setObjectName(QStringLiteral("actionClearCells"));
    clearCells->setShortcut(QKeySequence(Qt::Key_Delete));
    clearCells->setShortcutContext(Qt::WidgetShortcut);
    connect(clearCells, &QAction::triggered, this, &PlanPage::clearSelectedCells);
    m_view->addAction(clearCells);
    updateSummary();
}

int PlanPage::clearSelectedCells()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    QList<QPersistentModelIndex> toClear;
    for (const QModelIndex& i : std::as_const(cells))
        if ((i.flags() & Qt::ItemIsEditable) && !i.data(Qt::EditRole).toString().isEmpty())
            toClear << i;
    if (toClear.isEmpty())
        return 0;
    m_undoStack->beginMacro(tr("清除 %n 个单元格", nullptr, int(toClear.size())));
    int cleared = 0;
    for (const QPersistentModelIndex& i : std::as_const(toClear))
        cleared += i.isValid() && m_proxy->setData(i, QString(), Qt::EditRole) ? 1 : 0;
    m_undoStack->endMacro();
    return cleared;
}

PlanPage::~PlanPage()
{
    // The model and the stack outlive this body (QObject deletes them later) and still emit while they go.
    m_model->disconnect(this);
    m_undoStack->disconnect(this);
    m_view->selectionModel()->disconnect(this);
}

bool PlanPage::showPlan(const Plan& plan)
{
    m_workflowBar->setPlan(plan);
    if (plan.id <= 0) {
        m_model->loadDocument(PlanDocument());
        return true;
    }
    // The plan with what it is checked with: the units, the calendar, the district's rule set.
    auto document = PlanLoader(*m_database).document(plan, m_model->today());
    if (!document) {
        Messages::error(this, tr("打开计划"), document.error());
        return false;
    }
    m_model->loadDocument(document.value());
    showColumnsInUse();
    return true;
}

void PlanPage::reloadUnits()
{
    auto names = UnitRepository(*m_database).unitNames();
    if (!names) {
        Messages::error(this, tr("单位名录"), names.error());
        return;
    }
    m_delegate->setKnownUnits(*names);
    m_model->setKnownUnits(*names);
}

void PlanPage::setCalendar(const WorkCalendar& calendar)
{
    m_model->setCalendar(calendar);
}

void PlanPage::setRuleSet(const RuleSet& rules)
{
    m_model->setRuleSet(rules);
    m_workflowBar->setRuleSet(rules);
}

int PlanPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool PlanPage::isOnProject() const
{
    const int row = currentRow();
    return row >= 0 && row < m_model->projectCount();
}

void PlanPage::selectCell(int row, int column)
{
    const QModelIndex source = m_model->index(row, std::max(column, 0));
    QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid()) { // filtered out: clear the filter so the user sees the cell
        Q_EMIT filterClearRequested();
        m_proxy->setQuery(QString());
        proxied = m_proxy->mapFromSource(source);
    }
    if (!proxied.isValid())
        return;
    m_view->setCurrentIndex(proxied);
    m_view->scrollTo(proxied);
    m_view->setFocus();
}

void PlanPage::selectFinding(int findingRow)
{
    if (findingRow < 0 || findingRow >= m_findingsModel->rowCount())
        return;
    const Finding& f = m_findingsModel->findingAt(findingRow);
    const int row = f.projectId ? m_model->rowOfProject(f.projectId) : f.seq - 1;
    if (row >= 0 && row < m_model->projectCount())
        selectCell(row, PlanTableModel::columnForFinding(f)); // deadline findings: 方案截止
}

void PlanPage::setFilter(const QString& query)
{
    m_proxy->setQuery(query);
}

void PlanPage::addRow()
{
    if (!m_model->hasPlan())
        return;
    const int row = m_model->projectCount();
    if (m_model->insertProjectAt(row))
        selectCell(row, int(ProjectField::Name));
}

void PlanPage::insertRow()
{
    if (!m_model->hasPlan())
        return;
    int row = currentRow();
    if (row < 0 || row > m_model->projectCount())
        row = m_model->projectCount();
    if (m_model->insertProjectAt(row))
        selectCell(row, int(ProjectField::Name));
}

void PlanPage::deleteSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row < m_model->projectCount() && !rows.contains(row))
            rows << row;
    }
    if (rows.isEmpty() && isOnProject())
        rows << currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());

    // An approved plan keeps its projects (seeds 000 §二(一)): a delete becomes the offer of a cancellation request.
    if (isApprovedStatus(m_model->plan().status)) {
        offerCancellation(rows.last(), QString());
        return;
    }
    // A project with enrolments or credit registrations is never deleted (the ledger is append-only): the delete is
    // refused and 取消该项目 offered instead.
    PlanRepository plans(*m_database);
    QStringList names;
    for (int row : rows) {
        const Project& p = m_model->projects().at(row);
        auto ledger = plans.ledgerOf(p.id);
        if (!ledger) {
            Messages::error(this, tr("删除项目"), ledger.error());
            return;
        }
        if (ledger->enrollments > 0 || ledger->registrations > 0) {
            offerCancellation(row, ledgerText(ledger->enrollments, ledger->registrations));
            return;
        }
        names.prepend(tr("第 %1 项「%2」").arg(p.seq).arg(p.name));
    }
    if (!Messages::ask(this, tr("删除项目"),
            tr("删除%1？\n\n删除记入审计日志（保留项目原有的内容、日期和学分设置），可用“撤销”恢复。")
                .arg(names.join(tr("、")))))
        return;
    m_undoStack->beginMacro(tr("删除 %n 行", nullptr, int(rows.size())));
    for (int row : rows)
        m_model->removeProjectAt(row);
    m_undoStack->endMacro();
}

QString PlanPage::ledgerText(int enrollments, int registrations)
{
    QStringList parts;
    if (enrollments > 0)
        parts << tr("%n 条参训记录", nullptr, enrollments);
    if (registrations > 0)
        parts << tr("%n 条学分登记", nullptr, registrations);
    return parts.join(tr("、"));
}

void PlanPage::offerCancellation(int row, const QString& holds)
{
    const Project project = m_model->projects().at(row);
    const ProjectSchedule current = m_model->scheduleOf(project.id);
    if (current.isCancelled()) {
        Messages::error(this, tr("删除项目"),
            tr("第 %1 项「%2」已有 %3，不能删除；它已于 %4 取消。")
                .arg(project.seq)
                .arg(project.name, holds, current.cancellation.date.toString(Qt::ISODate)));
        return;
    }
    const bool approved = isApprovedStatus(m_model->plan().status);
    const QString why = approved
        ? tr("第 %1 项「%2」属于已批复的计划（%3），不能删除。\n\n可以提出取消申请：写明书面说明，区教委批准后项目标为"
             "已取消，项目和它的记录都保留。")
              .arg(project.seq)
              .arg(project.name,
                  m_model->plan().docNumber.isEmpty() ? planStatusLabel(m_model->plan().status)
                                                      : m_model->plan().docNumber)
        : tr("第 %1 项「%2」已有 %3，不能删除：删除会丢失这些记录。\n\n可以改为取消该项目：项目和名单、学分登记都保留，"
             "项目标为已取消，并写明取消原因。")
              .arg(project.seq)
              .arg(project.name, holds);
    QMessageBox box(QMessageBox::Warning, tr("不能删除"), why, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteRefusedBox"));
    QPushButton* cancelProject
        = box.addButton(approved ? tr("提出取消申请…") : tr("取消该项目…"), QMessageBox::AcceptRole);
    cancelProject->setObjectName(QStringLiteral("cancelProjectButton"));
    box.addButton(tr("不删除"), QMessageBox::RejectRole);
    box.setDefaultButton(cancelProject);
    box.exec();
    if (box.clickedButton() != cancelProject)
        return;
    // The one cancellation dialog: an approved plan files a request; a draft is cancelled at once.
    CancelProjectDialog dialog(
        *m_database, m_model->plan(), project, approved ? QString() : holds, m_model->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyCancellation(dialog, project);
}

void PlanPage::applyCancellation(const CancelProjectDialog& dialog, const Project& project)
{
    if (dialog.filesRequest()) {
        Q_EMIT statusMessage(tr("已提出取消申请（编号 %1），批准后生效").arg(dialog.filed().id), 8000);
        m_workflowBar->setPlan(m_model->plan()); // its count of requests waiting
        return;
    }
    ProjectSchedule schedule = m_model->scheduleOf(project.id);
    schedule.cancellation = Cancellation { true, dialog.date(), dialog.explanation() };
    // Through the undo stack and the edit service, like 项目详情: one transaction, audited.
    if (m_model->setSchedule(project.id, schedule, project.monthsText))
        Q_EMIT statusMessage(tr("第 %1 项已取消（未删除）").arg(project.seq), 5000);
}

void PlanPage::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    const int row = currentRow();
    if (row < 0 || row >= m_model->projectCount())
        return;
    const int to = row + delta;
    if (to < 0 || to >= m_model->projectCount())
        return;
    if (m_model->moveProject(row, to))
        selectCell(to, current.column());
}

void PlanPage::requestChange(qint64 projectId, ProjectField field, const QString& text)
{
    const int row = m_model->rowOfProject(projectId);
    if (row < 0)
        return;
    const Project project = m_model->projects().at(row);
    std::optional<ChangeField> changeField = changeFieldFromText(fieldLabel(field));
    if (!changeField)
        return;
    ChangeRequestDialog dialog(*m_database, m_model->plan(), project.seq, *changeField, text, m_model->today(), this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(tr("已提出调整申请（编号 %1），批准后生效").arg(dialog.filed().id), 8000);
        m_workflowBar->setPlan(m_model->plan()); // its count of requests waiting
    }
}

void PlanPage::openProjectDetails(int row)
{
    if (row < 0 || row >= m_model->projectCount())
        return;
    const Project project = m_model->projects().at(row);
    const ProjectSchedule before = m_model->scheduleOf(project.id);
    ProjectDetailsDialog dialog(
        project, before, m_model->plan().year, m_model->calendar(), m_model->ruleSet(), m_model->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProjectSchedule schedule = dialog.schedule();
    QString months = dialog.monthsText();
    if (isApprovedStatus(m_model->plan().status)) {
        // An approved project's dates, planned month and cancellation change only by an approved request, counted
        // from the approved start (never from the date just typed): each becomes a request; the rest is saved.
        struct Pending {
            ChangeField field;
            QString value;
        };
        QList<Pending> pending;
        if (schedule.start != before.start)
            pending << Pending { ChangeField::Start, schedule.start.toString(Qt::ISODate) };
        if (schedule.end != before.end)
            pending << Pending { ChangeField::End, schedule.end.toString(Qt::ISODate) };
        if (months != project.monthsText)
            pending << Pending { ChangeField::Months, months };
        schedule.start = before.start;
        schedule.end = before.end;
        months = project.monthsText;
        const bool cancels = schedule.cancellation.cancelled && !before.cancellation.cancelled;
        const QString explanation = schedule.cancellation.explanation;
        if (cancels)
            schedule.cancellation = before.cancellation;
        ProjectSchedule planned = before;
        planned.plannedMonths = schedule.plannedMonths; // not stored here (the 拟培训时间 cell is)
        if (schedule != planned && m_model->setSchedule(project.id, schedule, months))
            Q_EMIT statusMessage(tr("已保存第 %1 项的项目详情").arg(project.seq), 5000);
        for (const Pending& p : pending) {
            ChangeRequestDialog request(
                *m_database, m_model->plan(), project.seq, p.field, p.value, m_model->today(), this);
            if (request.exec() == QDialog::Accepted) {
                Q_EMIT statusMessage(tr("已提出调整申请（编号 %1），批准后生效").arg(request.filed().id), 8000);
                m_workflowBar->setPlan(m_model->plan()); // its count of requests waiting
            }
        }
        if (cancels) {
            CancelProjectDialog request(*m_database, m_model->plan(), project, QString(), m_model->today(), this);
            request.setExplanation(explanation);
            if (request.exec() == QDialog::Accepted)
                applyCancellation(request, project);
        }
        return;
    }
    if (m_model->setSchedule(project.id, schedule, months))
        Q_EMIT statusMessage(tr("已保存第 %1 项的项目详情").arg(project.seq), 5000);
}

void PlanPage::openCurrentDetails()
{
    if (isOnProject())
        openProjectDetails(currentRow());
}

QString PlanPage::totalsText() const
{
    return m_totalsLabel->text();
}

void PlanPage::setRoleHint(const QString& hint)
{
    m_roleHintLabel->setText(hint);
    updateSummary();
}

void PlanPage::updateSummary()
{
    m_findingsModel->setFindings(m_model->findings());
    const bool hinted = !m_roleHintLabel->text().isEmpty();
    m_roleHintLabel->setVisible(hinted && (!m_model->hasPlan() || m_model->projectCount() == 0));
    if (!m_model->hasPlan()) {
        // Not "新建计划" to a login that is not offered it (the hint above says why).
        m_totalsLabel->setText(
            hinted ? tr("没有打开的计划。") : tr("没有打开的计划。用“文件 → 新建计划”或“导入计划表”开始。"));
        Q_EMIT summaryChanged();
        return;
    }
    const PlanTotals t = m_model->totals();
    QString text = tr("%n 个项目", nullptr, t.projects);
    const QString duration = formatDurationTotal(t);
    text += tr("　培训天数合计：%1").arg(duration.isEmpty() ? tr("—") : duration);
    text += tr("　参培人数合计：%1")
                .arg(t.allStaffRows ? formatHeadcountTotal(t) : tr("%1 人").arg(t.headcount)); // "440 + 全员×1"
    if (t.approxRows)
        text += tr("（含约数 %1 行）").arg(t.approxRows);
    if (t.cancelledRows)
        text += tr("　已取消 %n 项，不计入合计", nullptr, t.cancelledRows);
    const Plan& plan = m_model->plan();
    if (plan.stated)
        text += tr("　｜　原表合计行：%1；%2 人").arg(plan.stated->durationText, plan.stated->headcountText);
    m_totalsLabel->setText(text);
    Q_EMIT summaryChanged();
}

void PlanPage::showColumnsInUse()
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
        m_view->setColumnHidden(a->data().toInt(), !used);
    }
}

} // namespace tp
