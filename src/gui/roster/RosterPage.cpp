#include "RosterPage.h"

#include "AttendanceDialog.h"
#include "CellParsers.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "EnrollmentService.h"
#include "LedgerRepository.h"
#include "PrintActions.h"
#include "ProjectCreditDialog.h"
#include "RegistrationService.h"
#include "RosterModel.h"
#include "ScheduleRepository.h"
#include "TeacherPickerDialog.h"
#include "TeacherRepository.h"
#include "UnitRepository.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tp {

namespace {

// The findings of an import, one per line, naming file, row, column and value.
QString findingsText(const Findings& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        if (f.severity == Severity::Error)
            lines << QStringLiteral("%1：%2").arg(f.subject(), f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RosterPage::RosterPage(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
{
    m_projectCombo = new QComboBox(this);
    m_projectCombo->setObjectName(QStringLiteral("rosterProjectCombo"));
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_projectCombo->setMinimumWidth(360);
    m_projectCombo->setMaxVisibleItems(25);
    m_classCombo = new QComboBox(this);
    m_classCombo->setObjectName(QStringLiteral("rosterClassCombo"));
    m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_classCombo->setMinimumContentsLength(8);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("rosterSummaryLabel"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quotaLabel = new QLabel(this);
    m_quotaLabel->setObjectName(QStringLiteral("rosterQuotaLabel"));
    m_quotaLabel->setWordWrap(true);
    m_quotaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("rosterToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_model = new RosterModel(this);
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
        m_view->setColumnWidth(c, widths[c]);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("项目："), this));
    top->addWidget(m_projectCombo);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("班次："), this));
    top->addWidget(m_classCombo);
    top->addSpacing(16);
    top->addWidget(m_summaryLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    // An empty roster says how to fill it, where the rows would be.
    m_emptyHint = new QLabel(
        tr("还没有学员。用“添加学员…”按单位挑选教师，或用“导入报名表…”导入学校报来的名单。"), m_view->viewport());
    m_emptyHint->setObjectName(QStringLiteral("rosterEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_quotaLabel);

    setupActions();
    connect(m_projectCombo, &QComboBox::currentIndexChanged, this, &RosterPage::projectChosen);
    connect(m_classCombo, &QComboBox::currentIndexChanged, this, &RosterPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterPage::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RosterPage::editAttendance);
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
    add(tr("考勤…"), QStringLiteral("actionRosterAttendance"), &RosterPage::editAttendance, &m_selectionActions);
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
    updateSummary();
    updateActions();
}

bool RosterPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->resize(m_view->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

void RosterPage::updateSummary()
{
    m_emptyHint->setVisible(m_model->rowCount() == 0 && currentProjectId() != 0);
    m_emptyHint->resize(m_view->viewport()->size());
    m_summary.clear();
    m_quotas.clear();
    const qint64 project = currentProjectId();
    if (project) {
        int held = 0;
        QHash<qint64, int> byUnit;
        QHash<qint64, QString> unitNames;
        for (const RosterModel::Row& r : m_model->rows()) {
            if (!holdsSeat(r.enrollment.status))
                continue;
            ++held;
            byUnit[r.enrollment.submittedByUnitId] += 1;
        }
        EnrollmentRepository repo(*m_database);
        auto limits = repo.seatLimits(project, std::max(0, currentClassSeq()));
        const int capacity = limits ? limits->capacity : 0;
        m_summary = tr("录取 %1 / 名额 %2，候补 %3")
                        .arg(held)
                        .arg(capacity > 0 ? QString::number(capacity) : tr("不限"))
                        .arg(m_model->count(EnrollmentStatus::Waitlisted));
        QStringList more;
        for (EnrollmentStatus s : { EnrollmentStatus::CheckedIn, EnrollmentStatus::Completed, EnrollmentStatus::Absent,
                 EnrollmentStatus::Withdrawn })
            if (const int n = m_model->count(s))
                more << tr("%1 %2").arg(enrollmentStatusLabel(s)).arg(n);
        if (!more.isEmpty())
            m_summary += tr("（%1）").arg(more.join(tr("，")));
        if (limits && !limits->quotas.isEmpty()) {
            if (auto units = UnitRepository(*m_database).units())
                for (const Unit& u : units.value())
                    unitNames.insert(u.id, u.shortName.isEmpty() ? u.name : u.shortName);
            QList<qint64> ids = limits->quotas.keys();
            QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
            std::sort(ids.begin(), ids.end(),
                [&](qint64 a, qint64 b) { return pinyin.compare(unitNames.value(a), unitNames.value(b)) < 0; });
            QStringList parts;
            for (qint64 id : ids) {
                const int used = byUnit.value(id);
                const int allowed = limits->quotas.value(id);
                QString part = tr("%1 %2/%3").arg(unitNames.value(id)).arg(used).arg(allowed);
                if (used >= allowed)
                    part = QStringLiteral("<b>%1</b>").arg(part.toHtmlEscaped());
                else
                    part = part.toHtmlEscaped();
                parts << part;
            }
            m_quotas = tr("名额分配（已用/分配）：%1").arg(parts.join(tr("；")));
        } else {
            m_quotas = tr("名额分配：未分配（各单位只受容量限制）");
        }
    }
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
    const bool selected = project && m_view->selectionModel()->hasSelection();
    for (QAction* a : m_projectActions)
        a->setEnabled(project);
    for (QAction* a : m_selectionActions)
        a->setEnabled(selected);
}

QList<qint64> RosterPage::selectedEnrollmentIds() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
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

QString RosterPage::namesOf(const QList<qint64>& enrollmentIds) const
{
    QStringList names;
    for (qint64 id : enrollmentIds) {
        const int r = m_model->rowOfEnrollment(id);
        if (r >= 0)
            names << m_model->row(r).teacher.name;
    }
    return names.join(tr("、"));
}

// --- messages -------------------------------------------------------------------------------------------

void RosterPage::notify(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (isVisible())
        QMessageBox::information(this, title, text);
}

void RosterPage::fail(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (isVisible())
        QMessageBox::warning(this, title, text);
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

// --- actions without dialogs ----------------------------------------------------------------------------

bool RosterPage::enrollTeachers(const QList<qint64>& teacherIds)
{
    const qint64 project = currentProjectId();
    if (!project || teacherIds.isEmpty())
        return false;
    auto teachers = TeacherRepository(*m_database).teachers(teacherIds);
    if (!teachers) {
        fail(tr("添加学员"), teachers.error().toString());
        return false;
    }
    QHash<qint64, QString> names;
    for (const Teacher& t : teachers.value())
        names.insert(t.id, t.name);
    // Into the class shown; with several classes and 全部 shown, into the first.
    const int classSeq = currentClassSeq() > 0 ? currentClassSeq() : (m_classes.isEmpty() ? 0 : 1);
    auto outcome = EnrollmentService(*m_database).enrollTeachers(project, teacherIds, classSeq, tr("添加学员"));
    if (!outcome) {
        fail(tr("添加学员"), outcome.error().toString());
        return false;
    }
    QStringList admitted;
    QStringList waitlisted;
    for (const Enrollment& e : outcome->enrollments)
        (e.status == EnrollmentStatus::Waitlisted ? waitlisted : admitted) << names.value(e.teacherId);
    QStringList already;
    for (qint64 id : outcome->alreadyEnrolled)
        already << names.value(id);
    reload();
    Q_EMIT ledgerChanged();
    QStringList text;
    if (classSeq > 0 && classSeq <= m_classes.size())
        text << tr("报名到 %1").arg(m_classCombo->itemText(m_classCombo->findData(classSeq)));
    if (!admitted.isEmpty())
        text << tr("录取 %1 人：%2").arg(admitted.size()).arg(admitted.join(tr("、")));
    if (!waitlisted.isEmpty())
        text << tr("名额已满，候补 %1 人：%2").arg(waitlisted.size()).arg(waitlisted.join(tr("、")));
    if (!already.isEmpty())
        text << tr("已在名单中（未变）：%1").arg(already.join(tr("、")));
    notify(tr("添加学员"), text.join(QLatin1Char('\n')));
    return true;
}

bool RosterPage::importRoster(const QString& path)
{
    const qint64 project = currentProjectId();
    if (!project)
        return false;
    auto result = EnrollmentService(*m_database).importRosterFile(project, path);
    if (!result) {
        fail(tr("导入报名表"), result.error().toString());
        return false;
    }
    if (result->hasErrors()) {
        fail(tr("导入报名表"), tr("报名表有错误，未导入任何人：\n%1").arg(findingsText(result->findings)));
        return false;
    }
    reload();
    Q_EMIT ledgerChanged();
    const RosterOutcome& o = result->outcome;
    notify(tr("导入报名表"),
        tr("已报名 %1 人：录取 %2，候补 %3；已在名单中 %4 人（%5，%6）")
            .arg(o.enrollments.size())
            .arg(o.admitted)
            .arg(o.waitlisted)
            .arg(o.alreadyEnrolled.size())
            .arg(result->file, result->encoding));
    return true;
}

bool RosterPage::withdraw(const QList<qint64>& enrollmentIds, const QString& reason)
{
    if (enrollmentIds.isEmpty())
        return false;
    const QString who = namesOf(enrollmentIds);
    auto promoted = EnrollmentService(*m_database).withdraw(enrollmentIds, reason);
    if (!promoted) {
        fail(tr("退训"), promoted.error().toString());
        return false;
    }
    reload();
    Q_EMIT ledgerChanged();
    QString text = tr("已退训：%1").arg(who);
    if (promoted->isEmpty())
        text += tr("\n没有候补教师递补。");
    else
        text += tr("\n候补递补录取：%1").arg(namesOf(promoted.value()));
    notify(tr("退训"), text);
    return true;
}

bool RosterPage::setStatus(const QList<qint64>& enrollmentIds, EnrollmentStatus status)
{
    if (enrollmentIds.isEmpty())
        return false;
    // 候补 and 退训 are the seats' business: say who, by name, before the repository refuses by id.
    QList<qint64> notSeated;
    for (qint64 id : enrollmentIds) {
        const int r = m_model->rowOfEnrollment(id);
        if (r >= 0 && !holdsSeat(m_model->row(r).enrollment.status))
            notSeated << id;
    }
    if (!notSeated.isEmpty()) {
        fail(enrollmentStatusLabel(status),
            tr("%1 是候补或已退训，不能设为%2（候补由名额决定，有人退训时自动递补）。未做任何修改。")
                .arg(namesOf(notSeated), enrollmentStatusLabel(status)));
        return false;
    }
    if (Status s = EnrollmentService(*m_database).setStatuses(enrollmentIds, status); !s) {
        fail(enrollmentStatusLabel(status), s.error().toString());
        return false;
    }
    reload();
    selectEnrollments(enrollmentIds);
    Q_EMIT ledgerChanged();
    m_lastMessage = tr("%1 人设为%2").arg(enrollmentIds.size()).arg(enrollmentStatusLabel(status));
    return true;
}

bool RosterPage::recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records)
{
    if (Status s = EnrollmentService(*m_database).recordAttendance(enrollmentId, records); !s) {
        fail(tr("考勤"), s.error().toString());
        return false;
    }
    reload();
    selectEnrollments({ enrollmentId });
    Q_EMIT ledgerChanged();
    m_lastMessage = tr("已保存 %1 场考勤，出勤 %2 学时").arg(records.size()).arg(formatNumber(attendedHours(records)));
    return true;
}

bool RosterPage::importAttendance(const QString& path, double sessionHours)
{
    const qint64 project = currentProjectId();
    if (!project)
        return false;
    auto result = EnrollmentService(*m_database).importAttendanceFile(project, path, sessionHours);
    if (!result) {
        fail(tr("导入考勤表"), result.error().toString());
        return false;
    }
    if (result->hasErrors()) {
        fail(tr("导入考勤表"), tr("考勤表有错误，未导入任何记录：\n%1").arg(findingsText(result->findings)));
        return false;
    }
    reload();
    Q_EMIT ledgerChanged();
    notify(tr("导入考勤表"), tr("已导入 %1 条考勤（%2 人）").arg(result->records).arg(result->enrollments));
    return true;
}

bool RosterPage::registerCredits(QList<qint64> enrollmentIds, const QString& reason)
{
    if (enrollmentIds.isEmpty()) {
        for (const RosterModel::Row& r : m_model->rows())
            if (r.enrollment.status == EnrollmentStatus::Completed && !r.enrollment.creditsAwarded)
                enrollmentIds << r.enrollment.id;
    }
    if (enrollmentIds.isEmpty()) {
        fail(tr("学分登记"), tr("没有待登记学分的结业学员。先把学员设为“结业”。"));
        return false;
    }
    auto rules = LedgerRepository(*m_database).creditRules(m_plan.district);
    if (!rules) {
        fail(tr("学分登记"), rules.error().toString());
        return false;
    }
    auto report = RegistrationService(*m_database).registerEnrollments(enrollmentIds, rules.value(), reason);
    if (!report) {
        fail(tr("学分登记"), report.error().toString());
        return false;
    }
    QStringList skipped;
    for (const auto& [id, why] : report->skipped)
        skipped << tr("%1：%2").arg(namesOf({ id }), why);
    reload();
    selectEnrollments(enrollmentIds);
    Q_EMIT ledgerChanged();
    QString text = tr("已登记 %1 人的学分（学分规则：%2）").arg(report->registrationIds.size()).arg(rules->name);
    if (!skipped.isEmpty())
        text += tr("\n未登记 %1 人：\n%2").arg(skipped.size()).arg(skipped.join(QLatin1Char('\n')));
    notify(tr("学分登记"), text);
    return true;
}

std::unique_ptr<ProjectCreditDialog> RosterPage::makeCreditDialog()
{
    const Project* project = currentProject();
    if (!project)
        return nullptr;
    EnrollmentRepository repo(*m_database);
    auto info = repo.projectCredit(project->id);
    auto limits = repo.seatLimits(project->id);
    auto units = UnitRepository(*m_database).units();
    auto rules = LedgerRepository(*m_database).creditRules(m_plan.district);
    auto all = repo.enrollments(project->id);
    QStringList errors;
    if (!info)
        errors << info.error().toString();
    if (!limits)
        errors << limits.error().toString();
    if (!units)
        errors << units.error().toString();
    if (!rules)
        errors << rules.error().toString();
    if (!all)
        errors << all.error().toString();
    if (!errors.isEmpty()) {
        fail(tr("名额与学分"), errors.join(QLatin1Char('\n')));
        return nullptr;
    }
    QHash<qint64, int> used;
    for (const Enrollment& e : all.value())
        if (holdsSeat(e.status))
            used[e.submittedByUnitId] += 1;
    const Headcount h = project->headcount();
    return std::make_unique<ProjectCreditDialog>(project->name, info.value(),
        h.kind == HeadcountKind::Exact ? h.value : 0, rules.value(), units.value(), limits->quotas, used, this);
}

bool RosterPage::saveCreditSettings(const ProjectCreditDialog& dialog)
{
    const qint64 project = currentProjectId();
    if (!project)
        return false;
    if (Status s
        = EnrollmentService(*m_database)
              .saveProjectCredit(project, dialog.kind(), dialog.credits(), dialog.capacity(), dialog.changedQuotas());
        !s) {
        fail(tr("名额与学分"), s.error().toString());
        return false;
    }
    reload();
    Q_EMIT ledgerChanged();
    m_lastMessage = tr("已保存名额与学分");
    return true;
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
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("导入报名表"),
        settings.value(QStringLiteral("roster/lastFolder")).toString(), tr("CSV 文件 (*.csv *.txt);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("roster/lastFolder"), QFileInfo(path).absolutePath());
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
    QDate first;
    const int classSeq = m_model->row(m_model->rowOfEnrollment(id)).enrollment.classSeq;
    if (classSeq > 0 && classSeq <= m_classes.size())
        first = m_classes.at(classSeq - 1).start;
    if (!first.isValid()) {
        if (auto schedule = ScheduleRepository(*m_database).schedule(currentProjectId()))
            first = schedule->start;
    }
    AttendanceDialog dialog(namesOf({ id }), records.value(), first, 4, this);
    if (records->isEmpty())
        dialog.addLine();
    if (dialog.exec() == QDialog::Accepted)
        recordAttendance(id, dialog.records());
}

void RosterPage::chooseAttendanceFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("导入考勤表"),
        settings.value(QStringLiteral("roster/lastFolder")).toString(), tr("CSV 文件 (*.csv *.txt);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("roster/lastFolder"), QFileInfo(path).absolutePath());
    importAttendance(path);
}

void RosterPage::registerSelected()
{
    const QList<qint64> ids = selectedEnrollmentIds();
    const QString who = ids.isEmpty() ? tr("全部结业学员") : tr("所选 %1 人").arg(ids.size());
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
    QList<SignInEntry> entries;
    for (const RosterModel::Row& r : m_model->rows())
        if (holdsSeat(r.enrollment.status))
            entries << SignInEntry { r.unitName, r.teacher.name, r.teacher.subject };
    return entries;
}

void RosterPage::printSignInSheet()
{
    const Project* project = currentProject();
    if (!project)
        return;
    const QList<SignInEntry> entries = signInEntries();
    SignInOptions options;
    const int classSeq = currentClassSeq();
    if (classSeq > 0 && classSeq <= m_classes.size()) {
        const ClassSession& c = m_classes.at(classSeq - 1);
        options.title = tr("%1（%2）签到表").arg(project->name, c.name);
        options.place = c.place;
        if (c.start.isValid())
            options.dateText = c.end.isValid() && c.end != c.start
                ? tr("%1—%2").arg(QLocale(QLocale::Chinese).toString(c.start, tr("yyyy年M月d日")),
                    QLocale(QLocale::Chinese).toString(c.end, tr("M月d日")))
                : QLocale(QLocale::Chinese).toString(c.start, tr("yyyy年M月d日"));
    }
    showSignInPreview(this, *project, entries, options);
}

} // namespace tp
