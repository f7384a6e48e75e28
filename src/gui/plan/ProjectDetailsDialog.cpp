#include "ProjectDetailsDialog.h"

#include "DeadlineRules.h"
#include "DialogHelp.h"
#include "TypedDate.h"
#include "TypedDateEdit.h"
#include "ui_ProjectDetailsDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <algorithm>

namespace tp {

namespace {

enum ClassColumn { ClassName, ClassStart, ClassEnd, ClassPlace, ClassCapacity };
enum ChangeColumn {
    ChangeField,
    ChangeOld,
    ChangeNew,
    ChangeEffective, // when it takes effect: R-CHANGE counts back from it
    ChangeRequested,
    ChangeDecided,
    ChangeDecisionColumn
};

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QTableWidgetItem* item(const QString& text)
{
    return new QTableWidgetItem(text);
}

} // namespace

ProjectDetailsDialog::ProjectDetailsDialog(const Project& project, const ProjectSchedule& schedule, int planYear,
    const WorkCalendar& calendar, const RuleSet& rules, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProjectDetailsDialog)
    , m_planYear(planYear)
    , m_calendar(calendar)
    , m_rules(rules)
    , m_today(today)
    , m_result(schedule)
    , m_changes(schedule.changes)
{
    help::bindF1(this, QStringLiteral("plan.md#项目详情")); // F1: the guide's page
    m_ui->setupUi(this);
    m_ui->projectLabel->setText(
        tr("<b>第 %1 项　%2</b>　%3")
            .arg(project.seq)
            .arg(project.name.toHtmlEscaped(), joinOrganizers(project.organizers).toHtmlEscaped()));
    m_ui->monthsEdit->setText(project.monthsText);
    for (QTableWidget* t : { m_ui->classesTable, m_ui->changesTable }) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_ui->classesTable->setColumnWidth(ClassName, 140);
    m_ui->classesTable->setColumnWidth(ClassPlace, 220);
    m_ui->changesTable->setColumnWidth(ChangeField, 90);
    // 调整申请 are filed against the approved plan and decided by the bureau (PlanWorkflowService: one table,
    // change_request); here they are listed as filed, never typed or decided (the table is read-only).
    m_ui->errorLabel->hide();
    // A date typed without a year ("3.5") falls in the plan's year.
    for (TypedDateEdit* e : findChildren<TypedDateEdit*>())
        e->setDefaultYear(planYear);
    load(schedule);

    connect(m_ui->addClassButton, &QPushButton::clicked, this, &ProjectDetailsDialog::addClass);
    connect(m_ui->removeClassButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->classesTable->currentRow();
        if (row >= 0)
            m_ui->classesTable->removeRow(row);
        updateDeadlines();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProjectDetailsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProjectDetailsDialog::reject);

    // Every input updates the deadlines shown below the tabs.
    const auto refresh = [this] {
        updateEnabled();
        updateDeadlines();
    };
    connect(m_ui->monthsEdit, &QLineEdit::textChanged, this, refresh);
    for (QCheckBox* c : { m_ui->datesCheck, m_ui->planSubmittedCheck, m_ui->planApprovedCheck, m_ui->outOfCityCheck,
             m_ui->departureCheck, m_ui->letterCheck, m_ui->cancelledCheck })
        connect(c, &QCheckBox::toggled, this, refresh);
    for (QDateEdit* e : { m_ui->startEdit, m_ui->endEdit, m_ui->planSubmittedEdit, m_ui->planApprovedEdit,
             m_ui->departureEdit, m_ui->letterEdit, m_ui->cancelDateEdit })
        connect(e, &QDateEdit::dateChanged, this, refresh);
    connect(m_ui->classesTable, &QTableWidget::itemChanged, this, refresh);
    connect(m_ui->explanationEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_ui->explanationEdit->toPlainText().trimmed().isEmpty())
            m_ui->errorLabel->hide();
        updateDeadlines();
    });
    updateEnabled();
    updateDeadlines();
}

ProjectDetailsDialog::~ProjectDetailsDialog() = default;

QString ProjectDetailsDialog::monthsText() const
{
    return m_ui->monthsEdit->text().trimmed();
}

QString ProjectDetailsDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ProjectDetailsDialog::load(const ProjectSchedule& s)
{
    // A date edit cannot be empty: each optional date has a check box, and starts near the project's dates.
    const EffectiveStart start = s.effectiveStart(m_planYear);
    // Never a date of another year (a 2021 plan opened in 2026): today when it is in the plan's year, else the
    // project's start, else the first of January of the plan's year.
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QDate around = start.isValid() ? start.date : (today.year() == m_planYear ? today : QDate(m_planYear, 1, 1));
    const QDate recorded = today.year() == m_planYear ? today : around; // submitted, approved, filed, cancelled
    auto setDate = [&](QCheckBox* check, QDateEdit* edit, QDate value, QDate fallback) {
        if (check)
            check->setChecked(value.isValid());
        edit->setDate(value.isValid() ? value : fallback);
    };
    setDate(m_ui->datesCheck, m_ui->startEdit, s.start, around);
    setDate(nullptr, m_ui->endEdit, s.end.isValid() ? s.end : s.start, around);
    setDate(m_ui->planSubmittedCheck, m_ui->planSubmittedEdit, s.planSubmitted, recorded);
    setDate(m_ui->planApprovedCheck, m_ui->planApprovedEdit, s.planApproved, recorded);
    m_ui->outOfCityCheck->setChecked(s.outOfCity);
    setDate(m_ui->departureCheck, m_ui->departureEdit, s.departure, around);
    setDate(m_ui->letterCheck, m_ui->letterEdit, s.responsibilityLetterFiled, recorded);
    m_ui->cancelledCheck->setChecked(s.cancellation.cancelled);
    setDate(nullptr, m_ui->cancelDateEdit, s.cancellation.date, recorded);
    m_ui->explanationEdit->setPlainText(s.cancellation.explanation);

    m_ui->classesTable->setRowCount(0);
    for (const ClassSession& c : s.classes) {
        const int row = m_ui->classesTable->rowCount();
        m_ui->classesTable->insertRow(row);
        m_ui->classesTable->setItem(row, ClassName, item(c.name));
        m_ui->classesTable->setItem(row, ClassStart, item(iso(c.start)));
        m_ui->classesTable->setItem(row, ClassEnd, item(iso(c.end)));
        m_ui->classesTable->setItem(row, ClassPlace, item(c.place));
        m_ui->classesTable->setItem(row, ClassCapacity, item(c.capacity > 0 ? QString::number(c.capacity) : QString()));
    }
    m_ui->changesTable->setRowCount(0);
    for (const ChangeRequest& c : s.changes) {
        const int row = m_ui->changesTable->rowCount();
        m_ui->changesTable->insertRow(row);
        m_ui->changesTable->setItem(row, ChangeField, item(c.field));
        m_ui->changesTable->setItem(row, ChangeOld, item(c.oldText));
        m_ui->changesTable->setItem(row, ChangeNew, item(c.newText));
        m_ui->changesTable->setItem(row, ChangeEffective,
            item(iso(c.newStart.isValid() && c.oldStart.isValid() ? std::min(c.oldStart, c.newStart)
                                                                  : (c.oldStart.isValid() ? c.oldStart : c.newStart))));
        m_ui->changesTable->setItem(row, ChangeRequested, item(iso(c.requestedOn)));
        m_ui->changesTable->setItem(row, ChangeDecided, item(iso(c.decidedOn)));
        m_ui->changesTable->setItem(row, ChangeDecisionColumn,
            item(c.decision == ChangeDecision::Approved      ? tr("已批准")
                    : c.decision == ChangeDecision::Rejected ? tr("未批准")
                                                             : tr("待批")));
    }
}

void ProjectDetailsDialog::addClass()
{
    QTableWidget* t = m_ui->classesTable;
    const int row = t->rowCount();
    t->insertRow(row);
    const QDate start = m_ui->datesCheck->isChecked() ? m_ui->startEdit->date() : QDate();
    t->setItem(row, ClassName, item(tr("第%1期").arg(row + 1)));
    t->setItem(row, ClassStart, item(iso(start)));
    t->setItem(row, ClassEnd, item(iso(start)));
    t->setItem(row, ClassPlace, item(QString()));
    t->setItem(row, ClassCapacity, item(QString()));
    t->setCurrentCell(row, ClassStart);
    t->editItem(t->item(row, ClassStart));
}

ProjectSchedule ProjectDetailsDialog::read(QString* error) const
{
    ProjectSchedule s;
    s.plannedMonths = parseMonths(monthsText());
    if (m_ui->datesCheck->isChecked()) {
        s.start = m_ui->startEdit->date();
        s.end = m_ui->endEdit->date();
    }
    auto fail = [&](const QString& message) {
        if (error && error->isEmpty())
            *error = message;
    };
    if (s.start.isValid() && s.end < s.start)
        fail(tr("结束日期 %1 早于开始日期 %2").arg(iso(s.end), iso(s.start)));

    // Table cells: "" = not set; anything else must be a date, typed as the clerk types it ("2021-3-5", "3.5" —
    // then in the plan's year).
    auto dateCell = [&](QTableWidget* t, int row, int column, const QString& what) {
        const QTableWidgetItem* it = t->item(row, column);
        const QString text = it ? it->text().trimmed() : QString();
        if (text.isEmpty())
            return QDate();
        const QDate d = parseTypedDate(text, m_planYear);
        if (!d.isValid())
            fail(tr("%1第 %2 行“%3”列：“%4”不是日期，应为 YYYY-MM-DD（如 2026-03-02）或 月.日（如 3.2）")
                     .arg(what)
                     .arg(row + 1)
                     .arg(t->horizontalHeaderItem(column)->text(), text));
        return d;
    };
    auto textCell = [](QTableWidget* t, int row, int column) {
        const QTableWidgetItem* it = t->item(row, column);
        return it ? it->text().trimmed() : QString();
    };

    QTableWidget* classes = m_ui->classesTable;
    for (int row = 0; row < classes->rowCount(); ++row) {
        ClassSession c;
        c.name = textCell(classes, row, ClassName);
        c.start = dateCell(classes, row, ClassStart, tr("班次"));
        c.end = dateCell(classes, row, ClassEnd, tr("班次"));
        c.place = textCell(classes, row, ClassPlace);
        const QString capacity = textCell(classes, row, ClassCapacity);
        if (!capacity.isEmpty()) {
            bool ok = false;
            c.capacity = normalizeWidth(capacity).remove(QChar(u'人')).toInt(&ok);
            if (!ok || c.capacity < 0) {
                fail(tr("班次第 %1 行“人数”列：“%2”不是人数").arg(row + 1).arg(capacity));
                c.capacity = 0;
            }
        }
        if (c.start.isValid() && c.end.isValid() && c.end < c.start)
            fail(tr("班次第 %1 行：结束日期 %2 早于开始日期 %3").arg(row + 1).arg(iso(c.end), iso(c.start)));
        s.classes << c;
    }
    if (m_ui->planSubmittedCheck->isChecked())
        s.planSubmitted = m_ui->planSubmittedEdit->date();
    if (m_ui->planApprovedCheck->isChecked())
        s.planApproved = m_ui->planApprovedEdit->date();
    s.outOfCity = m_ui->outOfCityCheck->isChecked();
    if (s.outOfCity && m_ui->departureCheck->isChecked())
        s.departure = m_ui->departureEdit->date();
    if (s.outOfCity && m_ui->letterCheck->isChecked())
        s.responsibilityLetterFiled = m_ui->letterEdit->date();

    s.changes = m_changes; // as filed: not edited here

    if (m_ui->cancelledCheck->isChecked()) {
        s.cancellation.cancelled = true;
        s.cancellation.date = m_ui->cancelDateEdit->date();
        s.cancellation.explanation = m_ui->explanationEdit->toPlainText().trimmed();
        // seeds 000 §二(一): 因故不能举办的项目须书面说明
        if (s.cancellation.explanation.isEmpty())
            fail(tr("取消项目须附书面说明：请在“取消”页填写不能举办的原因"));
    }
    return s;
}

void ProjectDetailsDialog::accept()
{
    QString error;
    const ProjectSchedule s = read(&error);
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        if (m_ui->cancelledCheck->isChecked() && m_ui->explanationEdit->toPlainText().trimmed().isEmpty()) {
            m_ui->tabs->setCurrentWidget(m_ui->cancelTab);
            m_ui->explanationEdit->setFocus();
        }
        return;
    }
    m_ui->errorLabel->hide();
    m_result = s;
    QDialog::accept();
}

void ProjectDetailsDialog::updateEnabled()
{
    const bool dates = m_ui->datesCheck->isChecked();
    m_ui->startEdit->setEnabled(dates);
    m_ui->endEdit->setEnabled(dates);
    m_ui->planSubmittedEdit->setEnabled(m_ui->planSubmittedCheck->isChecked());
    m_ui->planApprovedEdit->setEnabled(m_ui->planApprovedCheck->isChecked());
    const bool out = m_ui->outOfCityCheck->isChecked();
    m_ui->departureCheck->setEnabled(out);
    m_ui->letterCheck->setEnabled(out);
    m_ui->departureEdit->setEnabled(out && m_ui->departureCheck->isChecked());
    m_ui->letterEdit->setEnabled(out && m_ui->letterCheck->isChecked());
    const bool cancelled = m_ui->cancelledCheck->isChecked();
    m_ui->cancelDateEdit->setEnabled(cancelled);
    m_ui->explanationEdit->setEnabled(cancelled);
}

void ProjectDetailsDialog::updateDeadlines()
{
    const ProjectSchedule s = read(nullptr);
    const ProjectDeadlines d = deadlinesFor(s, m_planYear, m_calendar, m_rules, m_today);
    QStringList lines;
    auto describe = [&](const DeadlineStatus& st) {
        QString text = st.approximate ? tr("约 %1").arg(iso(st.due)) : iso(st.due);
        if (st.provisional)
            text += tr("（预计，依据估算的节假日）");
        switch (st.state) {
        case DeadlineState::OnTime:
            text += tr("　✔ 已于 %1 报送").arg(iso(st.done));
            break;
        case DeadlineState::Late:
            text += tr("　✘ 于 %1 报送，已逾期").arg(iso(st.done));
            break;
        case DeadlineState::Overdue:
            text += tr("　✘ 已逾期，尚未报送");
            break;
        case DeadlineState::DueSoon:
        case DeadlineState::Upcoming:
            text += st.remainingWorkdays > 0 ? tr("　还剩 %1 个工作日").arg(st.remainingWorkdays) : tr("　今天截止");
            break;
        case DeadlineState::NotApplicable:
            break;
        }
        return text;
    };
    if (!d.start.isValid()) {
        lines << tr("没有开班日期或计划月份，无法计算截止日期。");
    } else {
        lines << tr("开班：%1%2%3")
                     .arg(d.start.approximate ? tr("约 ") : QString(), iso(d.start.date),
                         d.start.approximate ? tr("（按计划月份的第一天）") : QString());
        if (d.cancelled)
            lines << tr("已取消：不再计算方案和责任书的截止日期。");
        if (d.plan.isValid())
            lines << tr("详细培训方案（开班前 %1 个工作日）：%2").arg(m_rules.leadWorkdays).arg(describe(d.plan));
        if (d.responsibilityLetter.isValid())
            lines << tr("管理责任书（出发前 %1 个工作日）：%2")
                         .arg(m_rules.outOfCityWorkdays)
                         .arg(describe(d.responsibilityLetter));
        if (d.change.isValid())
            lines << (d.change.state == DeadlineState::Overdue
                    ? tr("调整须于 %1 前报批（提前 %2 个月）；已过，如仍需调整，请附书面说明逾期原因")
                    : tr("调整须于 %1 前报批（提前 %2 个月）"))
                         .arg(iso(d.change.due))
                         .arg(m_rules.changeMonths);
        for (qsizetype i = 0; i < d.changeRequests.size(); ++i) {
            const DeadlineStatus& c = d.changeRequests.at(i);
            if (c.isValid())
                lines << tr("调整申请 %1：应于 %2 前提出%3")
                             .arg(i + 1)
                             .arg(iso(c.due))
                             .arg(c.state == DeadlineState::Late        ? tr("，提出晚了")
                                     : c.state == DeadlineState::OnTime ? tr("，按时提出")
                                                                        : QString());
        }
    }
    m_ui->deadlinesLabel->setText(lines.join(QLatin1Char('\n')));
}

} // namespace tp
