#pragma once

// 参训名单: the tab of the plan window where a training-school clerk enrolls teachers in a project (picked
// from a unit's list or imported from a school's roster), records attendance, sets 报到/结业/缺勤, withdraws
// (the first waitlisted teacher is promoted) and registers credits (学分登记). Every action is one transaction
// (RosterActions → EnrollmentService, RegistrationService); what it did, or why not, is shown through Messages.

#include "Enrollment.h"
#include "Plan.h"
#include "ProjectSchedule.h"
#include "SignInSheet.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace tp {

class AttendanceGridDialog;
class AttendanceGridModel;
class Database;
class EmptyViewHint;
class RosterModel;
class ProjectCreditDialog;
class RosterActions;
struct RosterActionOutcome;

class RosterPage : public QWidget {
    Q_OBJECT

public:
    explicit RosterPage(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~RosterPage() override;

    // The plan whose projects the page offers; keeps the chosen project when it is still there.
    void setPlan(const Plan& plan, const QList<Project>& projects);
    // Chooses a project of the plan (false when it is not one of them).
    bool selectProject(qint64 projectId);
    // Chooses a class (班次 seq; −1: all classes).
    void selectClass(int classSeq);
    qint64 currentProjectId() const;
    int currentClassSeq() const; // −1: all
    void reload();

    RosterModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString summaryText() const; // 录取 x / 名额 y，候补 z …
    QString quotaText() const; // 名额分配：… used/allowed
    // What the last action said (also shown in a message box when the page is visible).
    QString lastMessage() const { return m_lastMessage; }
    // The rows selected and shown (a row hidden by the find box is not acted on).
    QList<qint64> selectedEnrollmentIds() const;
    // 查找: shows only the rows whose teacher (name, pinyin, initials, staff number) or school matches.
    void setFindText(const QString& text);
    QLineEdit* findEdit() const { return m_findEdit; }
    int shownRowCount() const;
    void selectEnrollments(const QList<qint64>& enrollmentIds);

    // --- the actions without their dialogs (the dialogs call these; tests call them directly) -------------
    bool enrollTeachers(const QList<qint64>& teacherIds);
    bool importRoster(const QString& path);
    bool withdraw(const QList<qint64>& enrollmentIds, const QString& reason);
    bool setStatus(const QList<qint64>& enrollmentIds, EnrollmentStatus status);
    bool recordAttendance(qint64 enrollmentId, const QList<AttendanceRecord>& records);
    // 考勤豁免: these teachers may be registered although their attendance misses sessions (reason required).
    bool exemptAttendance(const QList<qint64>& enrollmentIds, const QString& reason);
    bool importAttendance(const QString& path, double sessionHours = 4);
    // 考勤表 of the class shown (not shown; the caller execs it or drives it in tests); null when there is none
    // (several classes and 全部 shown: the page says to choose one).
    std::unique_ptr<AttendanceGridDialog> makeAttendanceGrid();
    bool saveAttendanceGrid(const AttendanceGridModel& grid);
    // Registers the credits of these enrollments (empty: every 结业 one of the roster) with the district's rules.
    bool registerCredits(QList<qint64> enrollmentIds, const QString& reason);
    bool saveCreditSettings(const ProjectCreditDialog& dialog);
    // Who signs the sheet of the class shown (打印签到表): the teachers holding a seat, in queue order.
    QList<SignInEntry> signInEntries() const;
    // The 名额与学分 dialog for the current project (not shown; the caller execs it or drives it in tests).
    std::unique_ptr<ProjectCreditDialog> makeCreditDialog();

Q_SIGNALS:
    // Enrollments, statuses or registered credits changed (the plan window refreshes its forecast).
    void ledgerChanged();

private:
    void setupActions();
    void projectChosen();
    void updateSummary();
    void updateActions();
    void applyFind();
    void notify(const QString& title, const QString& text);
    void fail(const QString& title, const QString& text);
    // Shows what an action did (or why not); after one that changed the roster, reloads and selects.
    bool show(const RosterActionOutcome& outcome);
    bool askReason(const QString& title, const QString& label, const QString& suggestion, QString* reason);
    QString namesOf(const QList<qint64>& enrollmentIds) const;
    const Project* currentProject() const;

    void pickTeachers();
    void chooseRosterFile();
    void withdrawSelected();
    void editAttendance();
    void exemptSelected();
    void editAttendanceGrid();
    void chooseAttendanceFile();
    void registerSelected();
    void editCreditSettings();
    void printSignInSheet();

    std::shared_ptr<Database> m_database;
    Plan m_plan;
    QList<Project> m_projects;
    QList<ClassSession> m_classes;
    QComboBox* m_projectCombo = nullptr;
    QComboBox* m_classCombo = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_quotaLabel = nullptr;
    EmptyViewHint* m_emptyHint = nullptr; // over the empty list: how to fill it
    QToolBar* m_toolBar = nullptr;
    QTableView* m_view = nullptr;
    RosterModel* m_model = nullptr;
    std::unique_ptr<RosterActions> m_actions;
    QList<QAction*> m_projectActions; // enabled with a project
    QList<QAction*> m_selectionActions; // enabled with selected rows
    QString m_summary;
    QString m_quotas;
    QString m_lastMessage;
};

} // namespace tp
