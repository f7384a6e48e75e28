#include "RosterPage.h"

#include "AttendanceDialog.h"
#include "AttendanceGridDialog.h"
#include "Database.h"
#include "EmptyViewHint.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "EscapeClears.h"
#include "FileChooser.h"
#include "HeaderFit.h"
#include "Messages.h"
#include "PinyinIndex.h"
#include "PrintActions.h"
#include "ProjectCreditDialog.h"
#include "RosterActions.h"
#include "RosterModel.h"
#include "ScheduleRepository.h"
#include "TeacherPickerDialog.h"
#include "WorkProgress.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tp {

RosterPage::RosterPage(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    m_projectCombo = new QComboBox(this);
    m_projectCombo->setObjectName(QStringLiteral("rosterProjectCombo"));
    // As wide as there is room for (a long project name must not hold the window wide on a small screen); the
    // list that drops down shows the names whole.
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projectCombo->setMinimumContentsLength(18);
    m_projectCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_projectCombo->view()->setMinimumWidth(480);
    m_projectCombo->setMaxVisibleItems(25);
    m_classCombo = new QComboBox(this);
    m_classCombo->setObjectName(QStringLiteral("rosterClassCombo"));
    m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_classCombo->setMinimumContentsLength(8);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("rosterSummaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wraps rather than hold the window wider than 800 px (a 1600×1000 screen at 2×).
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setMinimumWidth(100);
    m_summaryLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_quotaLabel = new QLabel(this);
    m_quotaLabel->setObjectName(QStringLiteral("rosterQuotaLabel"));
    m_quotaLabel->setWordWrap(true);
    m_quotaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("rosterFindEdit"));
    m_findEdit->setPlaceholderText(tr("查找：姓名、拼音、首字母、工号或学校"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMinimumWidth(160);
    m_findEdit->setMaximumWidth(260);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("rosterToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_model = new RosterModel(this);
    m_actions = std::make_unique<RosterActions>(*m_database, *m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rosterView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    // A roster is a long list: compact rows, as in a spreadsheet.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = { 56, 190, 90, 100, 70, 90, 70, 80, 110 };
    static_assert(std::size(widths) == RosterModel::ColumnCount);
    for (int c = 0; c < RosterModel::ColumnCount; ++c)
        fitColumnWidth(m_view, c, widths[c]);
    // 状态: every status word fits ("Withdrawn" in English is longer than 退训).
    QStringList statuses;
    for (EnrollmentStatus s : { EnrollmentStatus::Applied, EnrollmentStatus::Admitted, EnrollmentStatus::Waitlisted,
             EnrollmentStatus::CheckedIn, EnrollmentStatus::Completed, EnrollmentStatus::Absent,
             EnrollmentStatus::Withdrawn })
        statuses << enrollmentStatusLabel(s);
    fitColumnWidth(m_view, RosterModel::StatusColumn, widths[RosterModel::StatusColumn], statuses);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("项目："), this));
    top->addWidget(m_projectCombo, 2);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("班次："), this));
    top->addWidget(m_classCombo);
    top->addSpacing(16);
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(m_findEdit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    // An empty roster says how to fill it, where the rows would be.
    m_emptyHint = new EmptyViewHint(
        tr("还没有学员。用“添加学员…”按单位挑选教师，或用“导入报名表…”导入学校报来的名单。"), m_view);
    m_emptyHint->setObjectName(QStringLiteral("rosterEmptyHint"));
    layout->addWidget(m_quotaLabel);

    setupActions();
    connect(m_projectCombo, &QComboBox::currentIndexChanged, this, &RosterPage::projectChosen);
    connect(m_classCombo, &QComboBox::currentIndexChanged, this, &RosterPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterPage::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RosterPage::editAttendance);
    connect(m_findEdit, &QLineEdit::textChanged, this, &RosterPage::applyFind);
    // Ctrl+F finds, Escape in the box clears it (as in the teacher list and a spreadsheet).
    auto* find = new QShortcut(QKeySequence::Find, this, [this] {
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    EscapeClears::install(m_findEdit);
    updateActions();
}

RosterPage::~RosterPage()
{
    m_view->selectionModel()->disconnect(this);
}

void RosterPage::setupActions()
{
    auto add = [this](const QString& text, const QString& name, auto slot, QList<QAction*>* group) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        m_toolBar->addAction(a);
        m_view->addAction(a);
        if (group)
            *group << a;
        return a;
    };
    add(tr("添加学员…"), QStringLiteral("actionRosterAdd"), &RosterPage::pickTeachers, &m_projectActions);
    add(tr("导入报名表…"), QStringLiteral("actionRosterImport"), &RosterPage::chooseRosterFile, &m_projectActions);
    add(tr("退训…"), QStringLiteral("actionRosterWithdraw"), &RosterPage::withdrawSelected, &m_selectionActions);
    m_toolBar->addSeparator();
    auto status = [this](EnrollmentStatus s) {
        return [this, s] {
            const QList<qint64> ids = selectedEnrollmentIds();
            if (!ids.isEmpty())
                setStatus(ids, s);
        };
    };
    add(tr("报到"), QStringLiteral("actionRosterCheckIn"), status(EnrollmentStatus::CheckedIn), &m_selectionActions);
    add(tr("结业"), QStringLiteral("actionRosterComplete"), status(EnrollmentStatus::Completed), &m_selectionActions);
    add(tr("缺勤"), QStringLiteral("actionRosterAbsent"), status(EnrollmentStatus::Absent), &m_selectionActions);
    m_toolBar->addSeparator();
    add(tr("考勤表…"), QStringLiteral("actionRosterAttendanceGrid"), &RosterPage::editAttendanceGrid,
        &m_projectActions);
    add(tr("考勤…"), QStringLiteral("actionRosterAttendance"), &RosterPage::editAttendance, &m_selectionActions);
    add(tr("考勤豁免…"), QStringLiteral("actionRosterExemption"), &RosterPage::exemptSelected, &m_selectionActions);
    add(tr("导入考勤表…"), QStringLiteral("actionRosterImportAttendance"), &RosterPage::chooseAttendanceFile,
        &m_projectActions);
    add(tr("学分登记…"), QStringLiteral("actionRosterRegister"), &RosterPage::registerSelected, &m_projectActions);
    m_toolBar->addSeparator();
    add(tr("名额与学分…"), QStringLiteral("actionRosterCredit"), &RosterPage::editCreditSettings, &m_projectActions);
    add(tr("打印签到表…"), QStringLiteral("actionRosterSignIn"), &RosterPage::printSignInSheet, &m_projectActions);
}

// --- plan, project, class -------------------------------------------------------------------------------

void RosterPage::setPlan(const Plan& plan, const QList<Project>& projects)
{
    const qint64 keep = plan.id == m_plan.id ? currentProjectId() : 0;
    m_plan = plan;
    m_projects = projects;
    {
        QSignalBlocker block(m_projectCombo);
        m_projectCombo->clear();
        for (const Project& p : projects)
            m_projectCombo->addItem(tr("%1. %2").arg(p.seq).arg(p.name), p.id);
        const int i = m_projectCombo->findData(keep);
        m_projectCombo->setCurrentIndex(i >= 0 ? i : (projects.isEmpty() ? -1 : 0));
    }
    projectChosen();
}

bool RosterPage::selectProject(qint64 projectId)
{
    const int i = m_projectCombo->findData(projectId);
    if (i < 0)
        return false;
    if (i != m_projectCombo->currentIndex())
        m_projectCombo->setCurrentIndex(i); // projectChosen
    return true;
}

void RosterPage::selectClass(int classSeq)
{
    const int i = m_classCombo->findData(classSeq);
    if (i >= 0)
        m_classCombo->setCurrentIndex(i);
}

qint64 RosterPage::currentProjectId() const
{
    return m_projectCombo->currentIndex() < 0 ? 0 : m_projectCombo->currentData().toLongLong();
}

int RosterPage::currentClassSeq() const
{
    return m_classCombo->currentIndex() < 0 ? -1 : m_classCombo->currentData().toInt();
}

const Project* RosterPage::currentProject() const
{
    const qint64 id = currentProjectId();
    for (const Project& p : m_projects)
        if (p.id == id)
            return &p;
    return nullptr;
}

void RosterPage::projectChosen()
{
    m_classes.clear();
    if (const qint64 id = currentProjectId()) {
        auto schedule = ScheduleRepository(*m_database).schedule(id);
        if (schedule)
            m_classes = schedule->classes;
    }
    {
        QSignalBlocker block(m_classCombo);
        m_classCombo->clear();
        if (m_classes.size() != 1)
            m_classCombo->addItem(m_classes.isEmpty() ? tr("（不分班）") : tr("全部"), -1);
        for (int i = 0; i < m_classes.size(); ++i)
            m_classCombo->addItem(
                m_classes.at(i).name.isEmpty() ? tr("第 %1 班").arg(i + 1) : m_classes.at(i).name, i + 1);
        m_classCombo->setCurrentIndex(0);
        m_classCombo->setEnabled(m_classes.size() > 1);
    }
    m_view->setColumnHidden(RosterModel::ClassColumn, m_classes.isEmpty());
    reload();
}

void RosterPage::reload()
{
    const qint64 project = currentProjectId();
    if (!project) {
        m_model->clear();
        updateSummary();
        updateActions();
        return;
    }
    QHash<int, QString> names;
    for (int i = 0; i < m_classes.size(); ++i)
        names.insert(i + 1, m_classes.at(i).name);
    if (Status s = m_model->load(*m_database, project, currentClassSeq(), names); !s)
        fail(tr("参训名单"), s.error().toString());
    applyFind();
    updateSummary();
    updateActions();
}

void RosterPage::setFindText(const QString& text)
{
    m_findEdit->setText(text); // applyFind
}

void RosterPage::applyFind()
{
    const QString query = normalizePinyinQuery(m_findEdit->text());
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_view->setRowHidden(r, !m_model->matches(r, query));
    updateActions();
}

int RosterPage::shownRowCount() const
{
    int shown = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown += m_view->isRowHidden(r) ? 0 : 1;
    return shown;
}

void RosterPage::updateSummary()
{
    m_emptyHint->setVisible(m_model->rowCount() == 0 && currentProjectId() != 0);
    m_summary = currentProjectId() ? m_model->seatSummary() : QString();
    m_quotas = currentProjectId() ? m_model->quotaSummary() : QString();
    m_summaryLabel->setText(
        m_summary.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(m_summary.toHtmlEscaped()));
    m_quotaLabel->setText(m_quotas);
}

QString RosterPage::summaryText() const
{
    return m_summary;
}

QString RosterPage::quotaText() const
{
    QString plain = m_quotas;
    plain.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return plain;
}

void RosterPage::updateActions()
{
    const bool project = currentProjectId() != 0;
    const bool selected = project && !selectedEnrollmentIds().isEmpty();
    for (QAction* a : m_projectActions)
        a->setEnabled(project);
    for (QAction* a : m_selectionActions)
        a->setEnabled(selected);
}

QList<qint64> RosterPage::selectedEnrollmentIds() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        if (!m_view->isRowHidden(i.row()))
            rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows)
        ids << m_model->enrollmentId(r);
    return ids;
}

void RosterPage::selectEnrollments(const QList<qint64>& enrollmentIds)
{
    QItemSelection selection;
    for (qint64 id : enrollmentIds) {
        const int r = m_model->rowOfEnrollment(id);
        if (r >= 0)
            selection.select(m_model->index(r, 0), m_model->index(r, RosterModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

// --- messages -------------------------------------------------------------------------------------------

void RosterPage::notify(const QString& title, const QString& text)
{
    m_lastMessage = text;
    Messages::info(this, title, text);
}

void RosterPage::fail(const QString& title, const QString& text)
{
    m_lastMessage = text;
    Messages::error(this, title, text);
}

bool RosterPage::show(const RosterActionOutcome& outcome)
{
    if (!outcome.ok) {
        if (outcome.announce)
            fail(outcome.title, outcome.text);
        else
            m_lastMessage = outcome.text; // 取消: the clerk knows
        return false;
    }
    reload();
    if (!outcome.select.isEmpty())
        selectEnrollments(outcome.select);
    Q_EMIT ledgerChanged();
    if (outcome.announce)
        notify(outcome.title, outcome.text);
    else
        m_lastMessage = outcome.text;
    return true;
}

QString RosterPage::namesOf(const QList<qint64>& enrollmentIds) const
{
    return m_actions->namesOf(enrollmentIds);
}

bool RosterPage::askReason(const QString& title, const QString& label, const QString& suggestion, QString* reason)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(suggestion);
    dialog.setOkButtonText(tr("确定"));
    dialog.setCancelButtonText(tr("取消"));
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *reason = dialog.textValue().trimmed();
    return true;
}

// --- actions without dialogs (RosterActions does them) ---------------------------------------------------

bool RosterPage::enrollTeachers(const QList<qint64>& teacherIds)
{
    const qint64 project = currentProjectId();
    if (!project || teacherIds.isEmpty())
        return false;
    // Into the class shown; with several classes and 全部 shown, into the first.
    const int classSeq = currentClassSeq() > 0 ? currentClassSeq() : (m_classes.isEmpty() ? 0 : 1);
    const QString classLabel = classSeq > 0 && classSeq <= m_classes.size()
        ? m_classCombo->itemText(m_classCombo->findData(classSeq))
        : QString();
    return show(m_actions->enrollTeachers(project, classSeq, classLabel, teacherIds));
}

bool RosterPage::importRoster(const QString& path)
{
    const qint64 project = currentProjectId();
    if (!project)
        return false;
    WorkProgress progress(this, tr("导入报名表"), tr("正在导入报名表…"));
    return show(m_actions->importRoster(project, path, progress.options()));
}

bool RosterPage::withdraw(const QList<qint64>& enrollmentIds, const QString& reason)
{
    return !enrollmentIds.isEmpty() && show(m_actions->withdraw(enrollmentIds, reason));
}

bool RosterPage::setStatus(const QList<qint64>& enrollmentIds, EnrollmentStatus status)
{
    return !enrollmentIds.isEmpty() && show(m_actions->setStatus(enrollmentIds, status));
}

bool RosterPage::recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records)
{
    return show(m_actions->recordAttendance(enrollmentId, records));
}

bool RosterPage::importAttendance(const QString& path, double sessionHours)
{
    const qint64 project = currentProjectId();
    return project && show(m_actions->importAttendance(project, path, sessionHours));
}

std::unique_ptr<AttendanceGridDialog> RosterPage::makeAttendanceGrid()
{
    const Project* project = currentProject();
    if (!project)
        return nullptr;
    auto dialog = m_actions->attendanceGrid(*project, m_plan, currentClassSeq(), m_classes, this);
    if (!dialog) {
        fail(tr("考勤表"), dialog.error().message);
        return nullptr;
    }
    return std::move(dialog).value();
}

bool RosterPage::saveAttendanceGrid(const AttendanceGridModel& grid)
{
    const qint64 project = currentProjectId();
    return project && show(m_actions->saveAttendanceGrid(project, grid));
}

void RosterPage::editAttendanceGrid()
{
    auto dialog = makeAttendanceGrid();
    if (dialog && dialog->exec() == QDialog::Accepted)
        saveAttendanceGrid(*dialog->model());
}

bool RosterPage::registerCredits(QList<qint64> enrollmentIds, const QString& reason)
{
    return show(m_actions->registerCredits(std::move(enrollmentIds), m_plan.district, reason));
}

std::unique_ptr<ProjectCreditDialog> RosterPage::makeCreditDialog()
{
    const Project* project = currentProject();
    if (!project)
        return nullptr;
    auto dialog = m_actions->creditDialog(*project, m_plan.district, this);
    if (!dialog) {
        fail(tr("名额与学分"), dialog.error().message);
        return nullptr;
    }
    return std::move(dialog).value();
}

bool RosterPage::saveCreditSettings(const ProjectCreditDialog& dialog)
{
    const qint64 project = currentProjectId();
    return project && show(m_actions->saveCreditSettings(project, dialog));
}

// --- actions with dialogs -------------------------------------------------------------------------------

void RosterPage::pickTeachers()
{
    if (!currentProjectId())
        return;
    QSet<qint64> enrolled;
    if (auto all = EnrollmentRepository(*m_database).enrollments(currentProjectId()))
        for (const Enrollment& e : all.value())
            if (e.status != EnrollmentStatus::Withdrawn)
                enrolled.insert(e.teacherId);
    TeacherPickerDialog dialog(*m_database, enrolled, this);
    if (dialog.exec() == QDialog::Accepted)
        enrollTeachers(dialog.selectedTeacherIds());
}

void RosterPage::chooseRosterFile()
{
    const QString path
        = FileChooser::openFile(this, tr("导入报名表"), FileChooser::csvFilter(), QStringLiteral("roster/lastFolder"));
    if (!path.isEmpty())
        importRoster(path);
}

void RosterPage::withdrawSelected()
{
    QList<qint64> ids;
    for (qint64 id : selectedEnrollmentIds()) {
        const int r = m_model->rowOfEnrollment(id);
        if (r >= 0 && m_model->row(r).enrollment.status != EnrollmentStatus::Withdrawn)
            ids << id;
    }
    if (ids.isEmpty())
        return;
    QString reason;
    if (askReason(tr("退训"), tr("退训 %1，原因：").arg(namesOf(ids)), QString(), &reason))
        withdraw(ids, reason);
}

void RosterPage::editAttendance()
{
    const QList<qint64> ids = selectedEnrollmentIds();
    if (ids.size() != 1) {
        if (ids.size() > 1)
            fail(tr("考勤"), tr("请只选一位学员；整班的考勤请用“导入考勤表”。"));
        return;
    }
    const qint64 id = ids.first();
    auto records = EnrollmentRepository(*m_database).attendance(id);
    if (!records) {
        fail(tr("考勤"), records.error().toString());
        return;
    }
    QDate first = m_actions->firstDayOf(id, currentProjectId(), m_classes);
    if (!first.isValid()) // no dates yet: the first of January of the plan's year, never today
        first = QDate(m_plan.year, 1, 1);
    AttendanceDialog dialog(namesOf({ id }), records.value(), first, 4, this);
    if (records->isEmpty())
        dialog.addLine();
    if (dialog.exec() == QDialog::Accepted)
        recordAttendance(id, dialog.records());
}

void RosterPage::exemptSelected()
{
    const QList<qint64> ids = selectedEnrollmentIds();
    if (ids.isEmpty())
        return;
    QString reason;
    if (askReason(tr("考勤豁免"), tr("%1 考勤记录不全也登记学分，原因（必填，记入审计日志）：").arg(namesOf(ids)),
            QString(), &reason))
        exemptAttendance(ids, reason);
}

bool RosterPage::exemptAttendance(const QList<qint64>& enrollmentIds, const QString& reason)
{
    if (enrollmentIds.isEmpty())
        return false;
    if (reason.trimmed().isEmpty()) {
        fail(tr("考勤豁免"), tr("考勤豁免须写明原因"));
        return false;
    }
    if (Status s = EnrollmentService(*m_database).exemptAttendance(enrollmentIds, reason); !s) {
        fail(tr("考勤豁免"), s.error().toString());
        return false;
    }
    notify(tr("考勤豁免"), tr("已为 %1 登记考勤豁免：%2").arg(namesOf(enrollmentIds), reason.trimmed()));
    return true;
}

void RosterPage::chooseAttendanceFile()
{
    const QString path
        = FileChooser::openFile(this, tr("导入考勤表"), FileChooser::csvFilter(), QStringLiteral("roster/lastFolder"));
    if (!path.isEmpty())
        importAttendance(path);
}

void RosterPage::registerSelected()
{
    const QList<qint64> ids = selectedEnrollmentIds();
    const QString who = ids.isEmpty() ? tr("全部结业学员") : tr("所选 %n 人", nullptr, int(ids.size()));
    QString reason;
    const QString suggestion
        = tr("%1年%2学分登记").arg(m_plan.year).arg(currentProject() ? currentProject()->name : QString());
    if (!askReason(tr("学分登记"), tr("为%1登记学分，说明：").arg(who), suggestion, &reason))
        return;
    if (reason.isEmpty()) {
        fail(tr("学分登记"), tr("学分登记需要说明（例如“2021年第一批学分登记”）。"));
        return;
    }
    registerCredits(ids, reason);
}

void RosterPage::editCreditSettings()
{
    auto dialog = makeCreditDialog();
    if (dialog && dialog->exec() == QDialog::Accepted)
        saveCreditSettings(*dialog);
}

QList<SignInEntry> RosterPage::signInEntries() const
{
    return m_actions->signInEntries();
}

void RosterPage::printSignInSheet()
{
    const Project* project = currentProject();
    if (!project)
        return;
    SignInOptions options = m_actions->signInOptions(*project, currentClassSeq(), m_classes);
    // A class of several days: a column per session, per day, or a sheet per day — the clerk chooses.
    const auto [first, last] = m_actions->classDates(project->id, currentClassSeq(), m_classes);
    if (first.isValid() && last > first) {
        SignInLayout layout = SignInLayout::ColumnPerSession;
        if (!chooseSignInLayout(this, &layout))
            return;
        SignInSheet::arrange(options, layout, first, last);
    }
    showSignInPreview(this, *project, signInEntries(), options);
}

} // namespace tp
