#pragma once

#include "PlanWorkflow.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tp {

class Database;

// One approved version of a plan (plan_version): frozen at its approval.
struct PlanVersionInfo {
    int version = 0;
    QDate approvedOn;
    QString approvedBy;
    QString docNumber;
};

// A plan's workflow in the database: its transitions, its approved versions (frozen: the tables refuse updates and
// deletes), and its change requests (filed, then decided once; never deleted). Every write is one transaction
// (nested into the caller's) with its audit-log row. Policy — which transition is allowed, whether a request may be
// filed, what an approval changes — is PlanWorkflowService's.
class WorkflowRepository {
    Q_DECLARE_TR_FUNCTIONS(tp::WorkflowRepository)

public:
    explicit WorkflowRepository(Database& db)
        : m_db(db)
    {
    }

    Result<QList<PlanTransitionRecord>> transitions(qint64 planId) const;
    // Records the transition and sets plan.status (and, for an approval, its 文号 and date).
    Status recordTransition(qint64 planId, const PlanTransitionRecord& t);

    Result<QList<PlanVersionInfo>> versions(qint64 planId) const;
    // The latest approved version, if any.
    Result<std::optional<PlanVersionInfo>> latestVersion(qint64 planId) const;
    Result<QList<VersionedProject>> versionProjects(qint64 planId, int version) const;
    // Freezes the next version (1, 2, …) with these projects; returns its number.
    Result<int> freezeVersion(qint64 planId, const PlanVersionInfo& info, const QList<VersionedProject>& projects);

    // Files a request (its id is set in the result).
    Result<PlanChangeRequest> fileRequest(const PlanChangeRequest& request, int version);
    Result<PlanChangeRequest> request(qint64 id) const;
    // Every request of a plan (projectId 0) or of one project, in the order filed.
    Result<QList<PlanChangeRequest>> requests(qint64 planId, qint64 projectId = 0) const;
    // The version each request was filed against.
    Result<int> requestVersion(qint64 id) const;
    // Decides a pending request; refused when it was decided already.
    Status decideRequest(qint64 id, ChangeStatus status, QDate on, const QString& by, const QString& note);

private:
    Database& m_db;
};

} // namespace tp
