#pragma once

#include "Plan.h"
#include "Result.h"

#include <QList>
#include <optional>

namespace tp {

class Database;

// Plans and their projects. Every method is one transaction (nested into the caller's, if any) and
// writes what it changed to the audit log.
class PlanRepository {
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
    Status deletePlan(qint64 planId);

    Result<QList<Project>> projects(qint64 planId) const;
    Result<Project> project(qint64 projectId) const;

    // Inserts `project` at position `seq` (1-based; later rows move down). A non-zero project.id is
    // kept, so an undone delete brings the project back as it was.
    Result<Project> insertProject(qint64 planId, Project project, int seq);
    Status updateProjectField(qint64 projectId, ProjectField field, const QString& text);
    Status deleteProject(qint64 projectId);
    // Moves a project to position `seq`; the rows between shift by one.
    Status moveProject(qint64 projectId, int seq);

    // Creates (or with `replace`, replaces) the plan of plan.district/plan.year with these projects,
    // all or nothing. Without `replace`, an existing plan is an error and nothing is written.
    Result<Plan> importPlan(const Plan& plan, const QList<Project>& projects, bool replace);

private:
    Status setOrganizers(qint64 projectId, const QStringList& organizers);
    Status renumber(qint64 planId);
    Status audit(const QString& entity, qint64 id, const QString& action, const QString& field = QString(),
        const QString& oldValue = QString(), const QString& newValue = QString());

    Database& m_db;
};

} // namespace tp
