#pragma once

// Reading the audit log (who changed what and when): the audit viewer and `trainplan-cli audit`.

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tp {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QString at; // local time, as recorded
    QString actor;
    QString entity; // plan, project, change_request, unit, …
    qint64 entityId = 0;
    QString action;
    QString field;
    QString oldValue;
    QString newValue;
    QString operation; // the label of the operation it belongs to (an import, an approval)
};

struct AuditFilter {
    QDate since; // on or after this day
    QString actor; // exactly this person
    qint64 projectId = 0; // rows about this project and its change requests
    qint64 planId = 0; // rows about this plan and its projects
    int limit = 0; // 0: every row
};

// Newest first.
Result<QList<AuditEntry>> readAudit(const Database& db, const AuditFilter& filter);
// The people named in the log, for a viewer's filter.
Result<QStringList> auditActors(const Database& db);

} // namespace tp
