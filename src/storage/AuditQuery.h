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
    QDate until; // on or before this day
    QString actor; // exactly this person
    qint64 projectId = 0; // rows about this project and its change requests
    qint64 planId = 0; // rows about this plan and its projects
    int limit = 0; // 0: every row
};

// Newest first.
Result<QList<AuditEntry>> readAudit(const Database& db, const AuditFilter& filter);
// The people named in the log, for a viewer's filter.
Result<QStringList> auditActors(const Database& db);

// The server's trail (tp_row_audit, PostgreSQL only): every changed row, by whatever program, with the login of the
// session that changed it. One entry per changed column of an UPDATE; an INSERT or DELETE is one entry with the
// whole new or old row (as "column=value" pairs).
struct ServerTrailEntry {
    QString at; // server time, yyyy-MM-ddTHH:mm:ss.zzzzzz
    QString login;
    QString table;
    qint64 rowId = 0;
    QString action; // INSERT | UPDATE | DELETE
    QString field; // the column of an UPDATE
    QString oldValue;
    QString newValue;
};

struct ServerTrailFilter {
    QDate since; // on or after this day
    QDate until; // on or before this day
    QString login; // exactly this login
    QString table; // exactly this table
    int limit = 0; // rows of tp_row_audit (0: every row)
};

// Newest first. Refused on a file (it has no server trail: its audit log is readAudit's). A school's clerk reads its
// own login's rows only (the server's row-level security).
Result<QList<ServerTrailEntry>> readServerTrail(const Database& db, const ServerTrailFilter& filter);
// The logins named in the trail, for a viewer's filter.
Result<QStringList> serverTrailLogins(const Database& db);

} // namespace tp
