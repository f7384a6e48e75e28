#pragma once

// Editing a plan: one call per edit the user makes, each one transaction with its audit-log rows (the repositories
// write those). The plan table's model calls it for every cell, row and 项目详情 edit, and again for undo and redo.

#include "Plan.h"
#include "ProjectSchedule.h"
#include "Result.h"

#include <QCoreApplication>
#include <optional>

namespace tp {

class Database;

class PlanEditService {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanEditService)

public:
    explicit PlanEditService(Database& db)
        : m_db(db)
    {
    }

    // A new plan (district, year, title) without projects.
    Result<Plan> createPlan(const Plan& plan);
    // One cell of the plan table, as typed.
    Status setField(qint64 projectId, ProjectField field, const QString& text);
    // The same, saved only while the project is as it was read at `expectedVersion` (Project::rowVersion): when
    // somebody else changed it meanwhile, refused with Error::code "stale" saying who, when and what. Returns the
    // project's stored version after the save.
    Result<int> saveField(qint64 projectId, ProjectField field, const QString& text, int expectedVersion);
    // The project as stored now (to reload a row after a refused stale save).
    Result<Project> project(qint64 projectId) const;
    // Inserts `project` at position `seq` (1-based; later rows move down) with its dates and events. A non-zero
    // project.id is kept, so an undone delete brings the project back as it was, schedule and all.
    Result<Project> insertProject(qint64 planId, const Project& project, int seq, const ProjectSchedule& schedule = {});
    // Refused, with the reason, on an approved plan: a project leaves it by a cancellation (PlanWorkflowService),
    // a cell changes by a change request; setField is refused there the same way.
    Status removeProject(qint64 projectId);
    // Moves a project to position `seq`; the rows between shift by one.
    Status moveProject(qint64 projectId, int seq);
    // 项目详情: the project's dates and events, and its 拟培训时间 when `monthsText` is given.
    Status saveDetails(
        qint64 projectId, const ProjectSchedule& schedule, const std::optional<QString>& monthsText = {});

private:
    Database& m_db;
};

} // namespace tp
