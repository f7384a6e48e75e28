#pragma once

#include "Plan.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tp {

class Database;

// What a project's ledger holds: a project (or plan) with enrollments is never deleted, only cancelled.
struct ProjectLedgerCount {
    int enrollments = 0; // every enrollment row, withdrawn ones included (they are history)
    int registrations = 0; // credit registrations of those enrollments (reversals included)
};

// Plans and their projects. Every method is one transaction (nested into the caller's, if any) and
// writes what it changed to the audit log.
class PlanRepository {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanRepository)

public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    {
    }

    Result<QList<Plan>> plans() const;
    Result<std::optional<Plan>> findPlan(const QString& district, int year) const;
    Result<Plan> plan(qint64 planId) const;
    Result<Plan> createPlan(const Plan& plan);
    Status updatePlan(const Plan& plan);
    // Refused when any of its projects has enrollments (the ledger is never deleted with a plan).
    Status deletePlan(qint64 planId);

    Result<QList<Project>> projects(qint64 planId) const;
    Result<Project> project(qint64 projectId) const;

    // Inserts `project` at position `seq` (1-based; later rows move down). A non-zero project.id is
    // kept, so an undone delete brings the project back as it was.
    Result<Project> insertProject(qint64 planId, Project project, int seq);
    // A cell, saved whatever was stored meanwhile (the CLI, an approved change request).
    Status updateProjectField(qint64 projectId, ProjectField field, const QString& text);
    // A cell, saved only while the project is still as it was read at `expectedVersion` (Project::rowVersion; 0:
    // unchecked): the version is compared in the UPDATE's WHERE. Otherwise refused with Error::code "stale", saying
    // who changed the project last, when and what (from the audit log), and `text` in Error::value — never a silent
    // overwrite of somebody else's change. Returns the project's stored version after the save.
    Result<int> saveProjectField(qint64 projectId, ProjectField field, const QString& text, int expectedVersion);
    // Refused, with the counts, when the project has enrollments: cancel it instead (ScheduleRepository). The
    // audit row keeps every old value (the row, its organizers, credit facts and dates) as JSON.
    Status deleteProject(qint64 projectId);
    Result<ProjectLedgerCount> ledgerOf(qint64 projectId) const;
    // Moves a project to position `seq`; the rows between shift by one.
    Status moveProject(qint64 projectId, int seq);

    // Creates (or with `replace`, replaces) the plan of plan.district/plan.year with these projects,
    // all or nothing. Without `replace`, an existing plan is an error and nothing is written.
    // A replace keeps the plan (its id, status, document number) and every project the new table still has —
    // matched by 序号 and name, or by name alone when it moved — with its roster, credit registrations,
    // dates and credit facts; its cells take the new table's text. Projects the new table no longer has are
    // deleted when they have no enrollments; if any has enrollments the replace is refused and the error lists
    // them. Outside a caller's transaction the database is backed up first (Database::automaticBackup).
    Result<Plan> importPlan(
        const Plan& plan, const QList<Project>& projects, bool replace, PlanReplaceSummary* summary = nullptr);

private:
    Status insertProjects(qint64 planId, const QList<Project>& projects, const QList<int>& seqs);
    Result<QString> projectSnapshot(qint64 projectId) const;
    Error staleSave(qint64 projectId, ProjectField field, const QString& text) const;
    Status setOrganizers(qint64 projectId, const QStringList& organizers);
    Status renumber(qint64 planId);
    Status audit(const QString& entity, qint64 id, const QString& action, const QString& field = QString(),
        const QString& oldValue = QString(), const QString& newValue = QString());

    Database& m_db;
};

} // namespace tp
