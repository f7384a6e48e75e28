#pragma once

// A plan's life (seeds 000 §二, seeds 002 §五; core/PlanWorkflow.h): 报审, 批复 (which freezes an approved version),
// 退回修改, 执行, 完成, 修订; change requests (调整申请) filed against the approved version and applied to the project
// only when approved; cancellations (取消) with their written explanation; the history of a project and the diff of
// a plan against its approved version. Each call is one transaction; the GUI and the CLI both call it.

#include "PlanWorkflow.h"
#include "Result.h"

#include <QCoreApplication>
#include <optional>

namespace tp {

class Database;
struct PlanVersionInfo;

// What a filed or decided request did: the request, and whether it was applied at once (a cancellation of a plan
// that is not approved yet needs nobody's approval).
struct ChangeOutcome {
    PlanChangeRequest request;
    bool applied = false;
};

// One event of a project's history, oldest first.
struct HistoryEvent {
    QDate on;
    QString kind; // "version" (approved with the plan), "request", "decision", "transition"
    QString who;
    QString text; // what happened, in words
    int version = 0;
    qint64 requestId = 0;
};

class PlanWorkflowService {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanWorkflowService)

public:
    explicit PlanWorkflowService(Database& db)
        : m_db(db)
    {
    }

    // 报审, 批复, 退回修改, …: checked by planTransition; an approval freezes the next version. Returns the new status.
    Result<PlanStatus> act(qint64 planId, PlanAction action, const PlanActionInput& input);

    // The plan's projects as they are now (cells, dates, cancelled), as a version would hold them.
    Result<QList<VersionedProject>> currentProjects(qint64 planId) const;
    // The projects as last approved: the latest version with the approved requests filed against it applied.
    // Empty when the plan was never approved.
    Result<QList<VersionedProject>> approvedProjects(qint64 planId) const;

    // 调整申请: `field` of project `seq` to `value`. Refused unless the plan is approved (a draft is edited directly),
    // when the value does not parse, without a reason, and — filed later than one month before the earlier of the
    // approved and the new start (R-CHANGE) — without an explanation of the delay; the refusal names the deadline.
    Result<ChangeOutcome> requestChange(qint64 planId, int seq, ChangeField field, const QString& value,
        const QString& reason, const QString& lateExplanation, QDate filedOn, const QString& actor);
    // What requestChange would find, without filing anything: the approved value, the new one, and R-CHANGE's
    // deadline counted from the earlier of the approved and the new start (for a dialog to show as the user types).
    struct ChangePreview {
        QString from;
        QString to;
        ChangeTiming timing;
        RuleSet rules;
    };
    Result<ChangePreview> previewChange(
        qint64 planId, int seq, ChangeField field, const QString& value, QDate filedOn) const;
    // 取消: needs its written explanation (R-CANCEL). For an approved plan it is a request to approve; for a plan
    // not approved yet the project is cancelled at once.
    Result<ChangeOutcome> requestCancellation(
        qint64 planId, int seq, const QString& explanation, QDate filedOn, const QString& actor);
    // Approves (and applies: the project's value changes, audited) or rejects a pending request.
    Result<ChangeOutcome> decide(
        qint64 requestId, bool approve, QDate on, const QString& actor, const QString& note = QString());

    // A project's history (approved versions, requests, decisions), oldest first; projectId 0: the plan's.
    Result<QList<HistoryEvent>> history(qint64 planId, qint64 projectId = 0) const;
    // The diff between the latest approved version, as frozen, and now: approved changes and cancellations show as
    // changes (that is what the bureau asks: what differs from what it approved).
    Result<QList<ProjectDiff>> diff(qint64 planId) const;
    // The 计划调整一览表: the diff's lines with the requests behind them and the requests still pending, against
    // the latest approved version (its number, 文号, date and approver with it).
    struct Adjustments {
        int version = 0;
        QString docNumber;
        QDate approvedOn;
        QString approvedBy;
        QList<PlanAdjustment> lines;
    };
    Result<Adjustments> adjustments(qint64 planId) const;

private:
    Result<ChangeOutcome> file(qint64 planId, PlanChangeRequest request, const VersionedProject& approved,
        const VersionedProject& changed, bool checkTiming);
    Status apply(const PlanChangeRequest& request, QDate on);

    Database& m_db;
};

} // namespace tp
