#pragma once

#include "Plan.h"
#include "ProjectSchedule.h"
#include "RuleSet.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ProjectDetailsDialog;
}

namespace tp {

// 项目详情: a project's dates or planned month, its classes (班次), the detailed plan's submission and
// approval, 赴市外培训 and its responsibility letter, change requests and a cancellation. Shows the
// deadlines as they follow from what is typed. Refuses what cannot be saved (a cancellation without its
// written explanation, a date that is not a date) with a message in the dialog, naming the table row and
// column.
class ProjectDetailsDialog : public QDialog {
    Q_OBJECT

public:
    ProjectDetailsDialog(const Project& project, const ProjectSchedule& schedule, int planYear,
        const WorkCalendar& calendar, const RuleSet& rules, QDate today, QWidget* parent = nullptr);
    ~ProjectDetailsDialog() override;

    // What was entered (valid after the dialog was accepted).
    ProjectSchedule schedule() const { return m_result; }
    QString monthsText() const;
    // The message of the last refused OK, empty if none.
    QString errorText() const;

    void accept() override;

private:
    void load(const ProjectSchedule& schedule);
    // Reads the widgets; `error` gets the first problem (strict), or problems are skipped (lenient, for the
    // live deadlines).
    ProjectSchedule read(QString* error) const;
    void updateDeadlines();
    void updateEnabled();
    void addClass();

    QScopedPointer<Ui::ProjectDetailsDialog> m_ui;
    int m_planYear;
    WorkCalendar m_calendar;
    RuleSet m_rules;
    QDate m_today;
    ProjectSchedule m_result;
    // The project's change requests, shown as filed (read-only: filed and decided through the plan's workflow).
    QList<ChangeRequest> m_changes;
};

} // namespace tp
