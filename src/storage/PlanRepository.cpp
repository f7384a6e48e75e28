#include "PlanRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Enrollment.h"
#include "Finding.h"
#include "SqliteStatement.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace tp {

namespace {

const char* columnOf(ProjectField field)
{
    switch (field) {
    case ProjectField::Name:
        return "name";
    case ProjectField::Duration:
        return "duration_text";
    case ProjectField::Headcount:
        return "headcount_text";
    case ProjectField::Modes:
        return "modes_text";
    case ProjectField::Months:
        return "months_text";
    case ProjectField::Location:
        return "location";
    case ProjectField::Level:
        return "level";
    case ProjectField::Remarks:
        return "remarks";
    case ProjectField::Organizers:
    case ProjectField::Seq:
    case ProjectField::None:
    case ProjectField::Count:
        break;
    }
    return nullptr;
}

// project.headcount_seats (migration 013): the seats the 参培人数 gives (core's headcountSeats), written with
// headcount_text in the same statement, so the server's seat guard applies the capacity the program does.
QVariant headcountSeatsValue(const QString& headcountText)
{
    const int seats = headcountSeats(headcountText);
    return seats > 0 ? QVariant(seats) : QVariant();
}

const QString kPlanColumns = QStringLiteral("id, district, year, title, doc_number, issue_date, status, source_file, "
                                            "stated_duration, stated_headcount, stated_row, notes");

Plan readPlan(const QSqlQuery& q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.district = q.value(1).toString();
    p.year = q.value(2).toInt();
    p.title = q.value(3).toString();
    p.docNumber = q.value(4).toString();
    p.issueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.status = planStatusFromName(q.value(6).toString());
    p.sourceFile = q.value(7).toString();
    if (!q.value(8).isNull() || !q.value(9).isNull()) {
        StatedTotals s;
        s.durationText = q.value(8).toString();
        s.headcountText = q.value(9).toString();
        s.row = q.value(10).toInt();
        p.stated = s;
    }
    p.notes = q.value(11).toString();
    return p;
}

QString fieldName(ProjectField f)
{
    static const char* names[]
        = { "seq", "name", "organizers", "duration", "headcount", "modes", "months", "location", "level", "remarks" };
    const int i = int(f);
    return (i >= 0 && i < int(ProjectField::Count)) ? QString::fromLatin1(names[i]) : QString();
}

} // namespace

Result<QList<Plan>> PlanRepository::plans() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM plan ORDER BY year DESC, district"));
    if (!q)
        return q.error();
    QList<Plan> list;
    while (q->next())
        list << readPlan(*q);
    return list;
}

Result<std::optional<Plan>> PlanRepository::findPlan(const QString& district, int year) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM plan WHERE district = :d AND year = :y"),
        { { "d", district.trimmed() }, { "y", year } });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Plan>();
    return std::optional<Plan>(readPlan(*q));
}

Result<Plan> PlanRepository::plan(qint64 planId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM plan WHERE id = :id"), { { "id", planId } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { tr("计划（编号 %1）不存在").arg(planId) };
    return readPlan(*q);
}

Result<Plan> PlanRepository::createPlan(const Plan& input)
{
    Plan p = input;
    p.district = p.district.trimmed();
    if (p.district.isEmpty())
        return Error { tr("区县名称不能为空") };
    if (p.year < 1949 || p.year > 2200)
        return Error { tr("年度 %1 不在有效范围内").arg(p.year) };
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = findPlan(p.district, p.year);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error { tr("%1 %2 年度的计划已存在").arg(p.district).arg(p.year) };
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO plan (district, year, title, doc_number, issue_date, status, source_file, "
                       "stated_duration, stated_headcount, stated_row, notes) VALUES (:district, :year, :title, "
                       ":doc, :issue, :status, :source, :sd, :sh, :sr, :notes)"),
        { { "district", p.district }, { "year", p.year }, { "title", p.title }, { "doc", p.docNumber },
            { "issue", p.issueDate.isValid() ? QVariant(p.issueDate.toString(Qt::ISODate)) : QVariant() },
            { "status", planStatusName(p.status) },
            { "source", p.sourceFile.isEmpty() ? QVariant() : QVariant(p.sourceFile) },
            { "sd", p.stated ? QVariant(p.stated->durationText) : QVariant() },
            { "sh", p.stated ? QVariant(p.stated->headcountText) : QVariant() },
            { "sr", p.stated ? QVariant(p.stated->row) : QVariant() }, { "notes", p.notes } });
    if (!q)
        return q.error();
    p.id = q->lastInsertId().toLongLong();
    if (Status s = audit(QStringLiteral("plan"), p.id, QStringLiteral("create"), QString(), QString(),
            QStringLiteral("%1 %2").arg(p.district).arg(p.year));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Status PlanRepository::updatePlan(const Plan& p)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = m_db.exec(
        QStringLiteral("UPDATE plan SET title = :title, doc_number = :doc, issue_date = :issue, status = :status, "
                       "notes = :notes WHERE id = :id"),
        { { "title", p.title }, { "doc", p.docNumber },
            { "issue", p.issueDate.isValid() ? QVariant(p.issueDate.toString(Qt::ISODate)) : QVariant() },
            { "status", planStatusName(p.status) }, { "notes", p.notes }, { "id", p.id } });
    if (!q)
        return q.error();
    if (Status s = audit(QStringLiteral("plan"), p.id, QStringLiteral("update")); !s)
        return s;
    return tx.commit();
}

Status PlanRepository::deletePlan(qint64 planId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = plan(planId);
    if (!before)
        return before.error();
    // A plan that went to the bureau keeps its record (seeds 002 §五): its approved versions, its transitions and
    // its change requests are append-only, so the plan they belong to stays. Say so, not a foreign-key error.
    auto record
        = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM plan_version WHERE plan_id = :id), "
                                   "(SELECT COUNT(*) FROM plan_transition WHERE plan_id = :id), "
                                   "(SELECT COUNT(*) FROM change_request c JOIN project p ON p.id = c.project_id "
                                   "WHERE p.plan_id = :id), "
                                   "(SELECT approved_on || ' ' || doc_number FROM plan_version WHERE plan_id = :id "
                                   "ORDER BY version DESC LIMIT 1)"),
            { { "id", planId } });
    if (!record)
        return record.error();
    if (record->next()) {
        const int versions = record->value(0).toInt();
        const int transitions = record->value(1).toInt();
        const int requests = record->value(2).toInt();
        if (versions > 0 || transitions > 0 || requests > 0) {
            QStringList held;
            if (versions > 0)
                held << tr("%1 个批复版本（最近一次：%2）").arg(versions).arg(record->value(3).toString().trimmed());
            if (transitions > 0)
                held << tr("%1 条报审、批复或退回记录").arg(transitions);
            if (requests > 0)
                held << tr("%1 项调整或取消申请").arg(requests);
            Error e(tr("%1 %2 年度计划（%3）已报区教委审批，保存着%4；这些是备案记录，不能删除，计划也随之保留。"
                       "不再举办的项目请逐项提出取消申请并写明书面说明。")
                        .arg(before->district)
                        .arg(before->year)
                        .arg(planStatusLabel(before->status), held.join(tr("、"))));
            e.value = QStringLiteral("%1 %2").arg(before->district).arg(before->year);
            return e;
        }
    }
    auto all = projects(planId);
    if (!all)
        return all.error();
    QStringList withLedger;
    for (const Project& p : all.value()) {
        auto ledger = ledgerOf(p.id);
        if (!ledger)
            return ledger.error();
        if (ledger->enrollments > 0)
            withLedger << tr("第 %1 项「%2」（%3 人报名）").arg(p.seq).arg(p.name).arg(ledger->enrollments);
    }
    if (!withLedger.isEmpty())
        return Error { tr("%1 %2 年度的计划中有已报名的项目，不能删除：%3")
                           .arg(before->district)
                           .arg(before->year)
                           .arg(withLedger.join(tr("；"))) };
    // Every project goes with the plan: each is audited with its old values.
    for (const Project& p : all.value()) {
        auto snapshot = projectSnapshot(p.id);
        if (!snapshot)
            return snapshot.error();
        if (Status s = audit(QStringLiteral("project"), p.id, QStringLiteral("delete"), QString(), snapshot.value());
            !s)
            return s;
    }
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM plan WHERE id = :id"), { { "id", planId } }); !q)
        return q.error();
    const QJsonObject old { { QStringLiteral("district"), before->district }, { QStringLiteral("year"), before->year },
        { QStringLiteral("title"), before->title }, { QStringLiteral("doc_number"), before->docNumber },
        { QStringLiteral("status"), planStatusName(before->status) },
        { QStringLiteral("source_file"), before->sourceFile }, { QStringLiteral("notes"), before->notes },
        { QStringLiteral("projects"), int(all->size()) } };
    if (Status s = audit(QStringLiteral("plan"), planId, QStringLiteral("delete"), QString(),
            QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return tx.commit();
}

Result<ProjectLedgerCount> PlanRepository::ledgerOf(qint64 projectId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM enrollment WHERE project_id = :id), "
                                      "(SELECT COUNT(*) FROM credit_registration r JOIN enrollment e ON e.id = "
                                      "r.enrollment_id WHERE e.project_id = :id)"),
        { { "id", projectId } });
    if (!q)
        return q.error();
    ProjectLedgerCount count;
    if (q->next()) {
        count.enrollments = q->value(0).toInt();
        count.registrations = q->value(1).toInt();
    }
    return count;
}

Result<QString> PlanRepository::projectSnapshot(qint64 projectId) const
{
    // Everything a deleted project takes with it (its cascaded rows included), for the audit log. The same JSON
    // on PostgreSQL with its own functions (json_build_object, json_agg: NULL over no rows, hence the COALESCE).
    static const QString serverSql = QStringLiteral(
        "SELECT json_build_object('seq', p.seq, 'name', p.name, 'duration', p.duration_text, 'headcount', "
        "p.headcount_text, 'modes', p.modes_text, 'months', p.months_text, 'location', p.location, 'level', p.level, "
        "'remarks', p.remarks, "
        "'organizers', COALESCE((SELECT json_agg(u.name ORDER BY o.position) FROM project_organizer o JOIN unit u ON "
        "u.id = o.unit_id WHERE o.project_id = p.id), CAST('[]' AS json)), "
        "'credit', (SELECT json_build_object('kind', kind, 'credits', credits, 'capacity', capacity) FROM "
        "project_credit WHERE project_id = p.id), "
        "'schedule', (SELECT json_build_object('start', start_date, 'end', end_date, 'submitted', plan_submitted_on, "
        "'approved', plan_approved_on, 'out_of_city', out_of_city, 'departure', departure_on, 'letter', "
        "letter_filed_on) FROM project_schedule WHERE project_id = p.id), "
        "'classes', COALESCE((SELECT json_agg(json_build_object('seq', seq, 'name', name, 'start', start_date, 'end', "
        "end_date, 'place', place, 'capacity', capacity)) FROM project_class WHERE project_id = p.id), "
        "CAST('[]' AS json)), "
        "'changes', COALESCE((SELECT json_agg(json_build_object('id', id, 'field', field, 'old', old_value, 'new', "
        "new_value, 'requested', filed_on, 'decision', status)) FROM change_request WHERE project_id = p.id AND "
        "kind = 'change'), CAST('[]' AS json)), "
        "'cancellation', (SELECT json_build_object('on', cancelled_on, 'explanation', explanation) FROM "
        "project_cancellation WHERE project_id = p.id), "
        "'quotas', COALESCE((SELECT json_agg(json_build_object('unit', unit_id, 'seats', seats)) FROM project_quota "
        "WHERE project_id = p.id), CAST('[]' AS json))) FROM project p WHERE p.id = :id");
    auto q = m_db.exec(m_db.isServer()
            ? serverSql
            : QStringLiteral(
                "SELECT json_object('seq', p.seq, 'name', p.name, 'duration', p.duration_text, 'headcount', "
                "p.headcount_text, 'modes', p.modes_text, 'months', p.months_text, 'location', p.location, 'level', "
                "p.level, "
                "'remarks', p.remarks, "
                "'organizers', json((SELECT json_group_array(name) FROM (SELECT u.name FROM project_organizer o JOIN "
                "unit "
                "u "
                "ON u.id = o.unit_id WHERE o.project_id = p.id ORDER BY o.position))), "
                "'credit', json((SELECT json_object('kind', kind, 'credits', credits, 'capacity', capacity) FROM "
                "project_credit WHERE project_id = p.id)), "
                "'schedule', json((SELECT json_object('start', start_date, 'end', end_date, 'submitted', "
                "plan_submitted_on, "
                "'approved', plan_approved_on, 'out_of_city', out_of_city, 'departure', departure_on, 'letter', "
                "letter_filed_on) FROM project_schedule WHERE project_id = p.id)), "
                "'classes', json((SELECT json_group_array(json_object('seq', seq, 'name', name, 'start', start_date, "
                "'end', "
                "end_date, 'place', place, 'capacity', capacity)) FROM project_class WHERE project_id = p.id)), "
                "'changes', json((SELECT json_group_array(json_object('id', id, 'field', field, 'old', old_value, "
                "'new', new_value, 'requested', filed_on, 'decision', status)) FROM change_request WHERE "
                "project_id = p.id AND kind = 'change')), "
                "'cancellation', json((SELECT json_object('on', cancelled_on, 'explanation', explanation) FROM "
                "project_cancellation WHERE project_id = p.id)), "
                "'quotas', json((SELECT json_group_array(json_object('unit', unit_id, 'seats', seats)) FROM "
                "project_quota "
                "WHERE project_id = p.id))) FROM project p WHERE p.id = :id"),
        { { "id", projectId } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { tr("项目（编号 %1）不存在").arg(projectId) };
    return q->value(0).toString();
}

Result<QList<Project>> PlanRepository::projects(qint64 planId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, plan_id, seq, name, duration_text, headcount_text, modes_text, months_text, "
                       "location, level, remarks, EXISTS (SELECT 1 FROM project_cancellation c WHERE c.project_id = "
                       "project.id), row_version FROM project WHERE plan_id = :plan ORDER BY seq, id"),
        { { "plan", planId } });
    if (!q)
        return q.error();
    QList<Project> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Project p;
        p.id = q->value(0).toLongLong();
        p.planId = q->value(1).toLongLong();
        p.seq = q->value(2).toInt();
        p.name = q->value(3).toString();
        p.durationText = q->value(4).toString();
        p.headcountText = q->value(5).toString();
        p.modesText = q->value(6).toString();
        p.monthsText = q->value(7).toString();
        p.location = q->value(8).toString();
        p.level = q->value(9).toString();
        p.remarks = q->value(10).toString();
        p.cancelled = q->value(11).toBool();
        p.rowVersion.value = q->value(12).toInt();
        index.insert(p.id, list.size());
        list << p;
    }
    auto orgs = m_db.exec(
        QStringLiteral("SELECT o.project_id, u.name FROM project_organizer o JOIN unit u ON u.id = o.unit_id "
                       "JOIN project p ON p.id = o.project_id WHERE p.plan_id = :plan "
                       "ORDER BY o.project_id, o.position"),
        { { "plan", planId } });
    if (!orgs)
        return orgs.error();
    while (orgs->next()) {
        const auto it = index.constFind(orgs->value(0).toLongLong());
        if (it != index.constEnd())
            list[*it].organizers << orgs->value(1).toString();
    }
    return list;
}

Result<Project> PlanRepository::project(qint64 projectId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT plan_id FROM project WHERE id = :id"), { { "id", projectId } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { tr("项目（编号 %1）不存在").arg(projectId) };
    auto all = projects(q->value(0).toLongLong());
    if (!all)
        return all.error();
    for (const Project& p : *all)
        if (p.id == projectId)
            return p;
    return Error { tr("项目（编号 %1）不存在").arg(projectId) };
}

Status PlanRepository::setOrganizers(qint64 projectId, const QStringList& organizers)
{
    if (auto q
        = m_db.exec(QStringLiteral("DELETE FROM project_organizer WHERE project_id = :id"), { { "id", projectId } });
        !q)
        return q.error();
    UnitRepository units(m_db);
    int position = 0;
    for (const QString& name : organizers) {
        if (name.trimmed().isEmpty())
            continue;
        auto unitId = units.ensureUnit(name);
        if (!unitId)
            return unitId.error();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO project_organizer (project_id, position, unit_id) VALUES (:p, :pos, :u)"),
            { { "p", projectId }, { "pos", position++ }, { "u", *unitId } });
        if (!q)
            return q.error();
    }
    return success();
}

Status PlanRepository::renumber(qint64 planId)
{
    // Rows keep their order (seq, then id for ties) and get 1..n.
    auto q = m_db.exec(
        QStringLiteral("UPDATE project SET seq = (SELECT COUNT(*) FROM project p2 WHERE p2.plan_id = project.plan_id "
                       "AND (p2.seq < project.seq OR (p2.seq = project.seq AND p2.id <= project.id))) "
                       "WHERE plan_id = :plan"),
        { { "plan", planId } });
    if (!q)
        return q.error();
    return success();
}

Result<Project> PlanRepository::insertProject(qint64 planId, Project p, int seq)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto count
        = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM project WHERE plan_id = :plan"), { { "plan", planId } });
    if (!count)
        return count.error();
    count->next();
    const int n = count->value(0).toInt();
    seq = std::clamp(seq, 1, n + 1);
    if (auto q = m_db.exec(QStringLiteral("UPDATE project SET seq = seq + 1 WHERE plan_id = :plan AND seq >= :seq"),
            { { "plan", planId }, { "seq", seq } });
        !q)
        return q.error();
    // A project brought back (an undone delete) keeps its id; a new one gets the next (the column is left out:
    // PostgreSQL's identity column takes no NULL as SQLite's rowid does).
    const bool keepId = p.id > 0;
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO project (%1plan_id, seq, name, duration_text, headcount_text, headcount_seats, "
                       "modes_text, months_text, location, level, remarks) VALUES (%2:plan, :seq, :name, :duration, "
                       ":headcount, :seats, :modes, :months, :location, :level, :remarks)")
            .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral(":id, ") : QString()),
        { { "id", keepId ? QVariant(p.id) : QVariant() }, { "plan", planId }, { "seq", seq }, { "name", p.name },
            { "duration", p.durationText }, { "headcount", p.headcountText },
            { "seats", headcountSeatsValue(p.headcountText) }, { "modes", p.modesText }, { "months", p.monthsText },
            { "location", p.location }, { "level", p.level }, { "remarks", p.remarks } });
    if (!q)
        return q.error();
    if (!keepId)
        p.id = q->lastInsertId().toLongLong();
    p.planId = planId;
    p.seq = seq;
    p.rowVersion.value = 1; // a new row's (an undone delete's too)
    if (Status s = setOrganizers(p.id, p.organizers); !s)
        return s.error();
    if (Status s = audit(QStringLiteral("project"), p.id, QStringLiteral("insert"), QString(), QString(), p.name); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Status PlanRepository::updateProjectField(qint64 projectId, ProjectField field, const QString& text)
{
    if (auto saved = saveProjectField(projectId, field, text, 0); !saved)
        return saved.error();
    return success();
}

Result<int> PlanRepository::saveProjectField(
    qint64 projectId, ProjectField field, const QString& text, int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = project(projectId);
    if (!before)
        return before.error();
    const QString oldText = before->text(field);
    // The version in the WHERE: a row somebody else changed since it was read is not updated.
    const QString unchanged = QStringLiteral("WHERE id = :id AND (:expected = 0 OR row_version = :expected)");
    QString sql;
    if (field == ProjectField::Organizers)
        sql = QStringLiteral("UPDATE project SET row_version = row_version + 1 ") + unchanged; // kept in another table
    else if (field == ProjectField::Headcount)
        sql = QStringLiteral("UPDATE project SET headcount_text = :value, headcount_seats = :seats ") + unchanged;
    else if (const char* column = columnOf(field))
        sql = QStringLiteral("UPDATE project SET %1 = :value ").arg(QLatin1String(column)) + unchanged;
    else
        return Error { tr("该列不能直接编辑") };
    auto q = m_db.exec(sql,
        { { "value", text }, { "seats", headcountSeatsValue(text) }, { "id", projectId },
            { "expected", expectedVersion } });
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return staleSave(projectId, field, text);
    if (field == ProjectField::Organizers)
        if (Status s = setOrganizers(projectId, splitOrganizers(text)); !s)
            return s.error();
    if (Status s
        = audit(QStringLiteral("project"), projectId, QStringLiteral("update"), fieldName(field), oldText, text);
        !s)
        return s.error();
    auto version = m_db.exec(QStringLiteral("SELECT row_version FROM project WHERE id = :id"), { { "id", projectId } });
    if (!version)
        return version.error();
    const int now = version->next() ? version->value(0).toInt() : 0;
    if (Status s = tx.commit(); !s)
        return s.error();
    return now;
}

Result<int> PlanRepository::claimProjectVersion(qint64 projectId, int expectedVersion, const QString& typed)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto q = m_db.exec(QStringLiteral("UPDATE project SET row_version = row_version + 1 WHERE id = :id AND (:expected "
                                      "= 0 OR row_version = :expected)"),
        { { "id", projectId }, { "expected", expectedVersion } });
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return staleSave(projectId, tr("项目详情"), typed);
    if (Status s = audit(QStringLiteral("project"), projectId, QStringLiteral("update"), QStringLiteral("details"),
            QString(), typed);
        !s)
        return s.error();
    auto version = m_db.exec(QStringLiteral("SELECT row_version FROM project WHERE id = :id"), { { "id", projectId } });
    if (!version)
        return version.error();
    const int now = version->next() ? version->value(0).toInt() : 0;
    if (Status s = tx.commit(); !s)
        return s.error();
    return now;
}

Error PlanRepository::staleSave(qint64 projectId, ProjectField field, const QString& text) const
{
    return staleSave(projectId, fieldLabel(field), text);
}

Error PlanRepository::staleSave(qint64 projectId, const QString& label, const QString& text) const
{
    auto now = project(projectId);
    const QString which
        = now ? tr("第 %1 项「%2」").arg(now->seq).arg(now->name) : tr("项目（编号 %1）").arg(projectId);
    QString what;
    auto q = m_db.exec(QStringLiteral("SELECT actor, at, field, old_value, new_value FROM audit_log WHERE entity = "
                                      "'project' AND entity_id = :id ORDER BY id DESC LIMIT 1"),
        { { "id", projectId } });
    if (q && q->next()) {
        const QString actor = q->value(0).toString().isEmpty() ? tr("另一位用户") : q->value(0).toString();
        const QString at = q->value(1).toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        ProjectField changed = ProjectField::None;
        for (int f = 0; f < int(ProjectField::Count); ++f)
            if (fieldName(ProjectField(f)) == q->value(2).toString())
                changed = ProjectField(f);
        what = changed == ProjectField::None
            ? tr("已被 %1 于 %2 修改").arg(actor, at)
            : tr("已被 %1 于 %2 修改（%3：「%4」改为「%5」）")
                  .arg(actor, at, fieldLabel(changed), q->value(3).toString(), q->value(4).toString());
    } else {
        what = tr("已被另一位用户修改");
    }
    Error e(tr("%1在您打开之后%2；您对“%3”的修改（「%4」）没有保存，以免覆盖别人的修改。请重新载入这一行再改")
                .arg(which, what, label, text));
    e.code = QStringLiteral("stale");
    e.value = text;
    return e;
}

Status PlanRepository::deleteProject(qint64 projectId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = project(projectId);
    if (!before)
        return before.error();
    auto ledger = ledgerOf(projectId);
    if (!ledger)
        return ledger.error();
    if (ledger->enrollments > 0) {
        Error e(ledger->registrations > 0
                ? tr("第 %1 项「%2」已有 %3 人报名、%4 条学分登记，不能删除；如不再举办，请将其标为取消（因故不能举办）"
                     "并写明说明")
                      .arg(before->seq)
                      .arg(before->name)
                      .arg(ledger->enrollments)
                      .arg(ledger->registrations)
                : tr("第 %1 项「%2」已有 %3 人报名，不能删除；如不再举办，请将其标为取消（因故不能举办）并写明说明")
                      .arg(before->seq)
                      .arg(before->name)
                      .arg(ledger->enrollments));
        e.value = before->name;
        return e;
    }
    // Its change requests are append-only records (migration 007): the project they name stays.
    auto requests = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM change_request WHERE project_id = :id"), { { "id", projectId } });
    if (!requests)
        return requests.error();
    if (requests->next() && requests->value(0).toInt() > 0) {
        Error e(tr("第 %1 项「%2」有 %3 项调整或取消申请的记录，不能删除；如不再举办，请提出取消申请并写明书面说明")
                    .arg(before->seq)
                    .arg(before->name)
                    .arg(requests->value(0).toInt()));
        e.value = before->name;
        return e;
    }
    auto snapshot = projectSnapshot(projectId);
    if (!snapshot)
        return snapshot.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM project WHERE id = :id"), { { "id", projectId } }); !q)
        return q.error();
    if (Status s = renumber(before->planId); !s)
        return s;
    if (Status s = audit(QStringLiteral("project"), projectId, QStringLiteral("delete"), QString(), snapshot.value());
        !s)
        return s;
    return tx.commit();
}

Status PlanRepository::moveProject(qint64 projectId, int seq)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = project(projectId);
    if (!before)
        return before.error();
    const int from = before->seq;
    auto count = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM project WHERE plan_id = :plan"), { { "plan", before->planId } });
    if (!count)
        return count.error();
    count->next();
    const int to = std::clamp(seq, 1, count->value(0).toInt());
    if (from == to)
        return tx.commit();
    const QString shift = from < to
        ? QStringLiteral("UPDATE project SET seq = seq - 1 WHERE plan_id = :plan AND seq > :from AND seq <= :to")
        : QStringLiteral("UPDATE project SET seq = seq + 1 WHERE plan_id = :plan AND seq >= :to AND seq < :from");
    if (auto q = m_db.exec(shift, { { "plan", before->planId }, { "from", from }, { "to", to } }); !q)
        return q.error();
    if (auto q = m_db.exec(
            QStringLiteral("UPDATE project SET seq = :to WHERE id = :id"), { { "to", to }, { "id", projectId } });
        !q)
        return q.error();
    if (Status s = audit(QStringLiteral("project"), projectId, QStringLiteral("move"), QStringLiteral("seq"),
            QString::number(from), QString::number(to));
        !s)
        return s;
    return tx.commit();
}

Status PlanRepository::insertProjects(qint64 planId, const QList<Project>& list, const QList<int>& seqs)
{
    // One prepared statement per table and the units looked up once: an import of 100,000 rows is linear.
    QHash<QString, qint64> unitIds;
    {
        auto units = m_db.exec(QStringLiteral("SELECT id, name FROM unit"));
        if (!units)
            return units.error();
        while (units->next())
            unitIds.insert(units->value(1).toString(), units->value(0).toLongLong());
    }
    UnitRepository units(m_db);
    // The unit of an organizer's name: known, or made now (the first time the plan names it).
    const auto unitOf = [&](const QString& name) -> Result<qint64> {
        auto unit = unitIds.constFind(name);
        if (unit == unitIds.constEnd()) {
            auto created = units.ensureUnit(name);
            if (!created)
                return created.error();
            unit = unitIds.insert(name, created.value());
        }
        return *unit;
    };
    static const char* const projectSql = "INSERT INTO project (plan_id, seq, name, duration_text, headcount_text, "
                                          "modes_text, months_text, location, level, remarks, headcount_seats) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static const char* const organizerSql
        = "INSERT INTO project_organizer (project_id, position, unit_id) VALUES (?, ?, ?)";

    // SQLite: through its C API (issue 16: QSqlResult::addBindValue builds a placeholder name with QString::arg for
    // every value — a third of a 100,000-row plan import); the same statements, rows and messages.
    if (sqlite3* handle = sqliteHandle(m_db)) {
        SqliteStatement insert;
        SqliteStatement organizer;
        if (int rc = insert.prepare(handle, projectSql); rc != SQLITE_OK)
            return sqliteError(handle, rc, QStringLiteral("INSERT INTO project"));
        if (int rc = organizer.prepare(handle, organizerSql); rc != SQLITE_OK)
            return sqliteError(handle, rc, QStringLiteral("INSERT INTO project_organizer"));
        sqlite3_bind_int64(insert.stmt, 1, planId);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Project& p = list.at(i);
            sqlite3_bind_int(insert.stmt, 2, seqs.at(i));
            int column = 3;
            for (const QString* field : { &p.name, &p.durationText, &p.headcountText, &p.modesText, &p.monthsText,
                     &p.location, &p.level, &p.remarks })
                insert.bindText(column++, *field);
            if (const int seats = headcountSeats(p.headcountText); seats > 0)
                sqlite3_bind_int(insert.stmt, column, seats);
            else
                sqlite3_bind_null(insert.stmt, column);
            if (int rc = insert.run(); rc != SQLITE_DONE)
                return sqliteError(handle, rc, tr("第 %1 项「%2」").arg(seqs.at(i)).arg(p.name));
            const qint64 id = sqlite3_last_insert_rowid(handle);
            int position = 0;
            for (const QString& raw : p.organizers) {
                const QString name = raw.trimmed();
                if (name.isEmpty())
                    continue;
                auto unit = unitOf(name);
                if (!unit)
                    return unit.error();
                sqlite3_bind_int64(organizer.stmt, 1, id);
                sqlite3_bind_int(organizer.stmt, 2, position++);
                sqlite3_bind_int64(organizer.stmt, 3, unit.value());
                if (int rc = organizer.run(); rc != SQLITE_DONE)
                    return sqliteError(handle, rc, tr("第 %1 项的主办单位「%2」").arg(seqs.at(i)).arg(name));
            }
        }
        return success();
    }

    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QString::fromLatin1(projectSql)))
        return sqlError(insert, QStringLiteral("INSERT INTO project"));
    QSqlQuery organizer(m_db.connection());
    if (!organizer.prepare(QString::fromLatin1(organizerSql)))
        return sqlError(organizer, QStringLiteral("INSERT INTO project_organizer"));
    const auto text = [](const QString& s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Project& p = list.at(i);
        insert.addBindValue(planId);
        insert.addBindValue(seqs.at(i));
        for (const QString* field : { &p.name, &p.durationText, &p.headcountText, &p.modesText, &p.monthsText,
                 &p.location, &p.level, &p.remarks })
            insert.addBindValue(text(*field));
        insert.addBindValue(headcountSeatsValue(p.headcountText));
        if (!insert.exec())
            return sqlError(insert, tr("第 %1 项「%2」").arg(seqs.at(i)).arg(p.name));
        const qint64 id = insert.lastInsertId().toLongLong();
        int position = 0;
        for (const QString& raw : p.organizers) {
            const QString name = raw.trimmed();
            if (name.isEmpty())
                continue;
            auto unit = unitOf(name);
            if (!unit)
                return unit.error();
            organizer.addBindValue(id);
            organizer.addBindValue(position++);
            organizer.addBindValue(unit.value());
            if (!organizer.exec())
                return sqlError(organizer, tr("第 %1 项的主办单位「%2」").arg(seqs.at(i)).arg(name));
        }
    }
    return success();
}

Result<Plan> PlanRepository::importPlan(
    const Plan& plan, const QList<Project>& incoming, bool replace, PlanReplaceSummary* summaryOut)
{
    PlanReplaceSummary summary;
    const auto done = [&](Result<Plan> r) {
        if (summaryOut)
            *summaryOut = summary;
        return r;
    };
    auto before = findPlan(plan.district, plan.year);
    if (!before)
        return before.error();
    if (before->has_value() && replace && m_db.transactionDepth() == 0) {
        // A replace is where a slip costs most: a dated copy first (the caller's own transaction, if any, has
        // made its backup before it began — a backup cannot run inside a transaction).
        auto saved = m_db.automaticBackup(QStringLiteral("before-replace"));
        if (!saved)
            return Error { tr("替换前无法备份数据库，未替换：%1").arg(saved.error().message) };
        summary.backupPath = saved.value();
    }

    Transaction tx(m_db, tr("导入计划 %1 %2").arg(plan.district.trimmed()).arg(plan.year));
    if (!tx.isActive())
        return tx.error();
    auto existing = findPlan(plan.district, plan.year);
    if (!existing)
        return existing.error();
    QList<int> seqs;
    for (qsizetype i = 0; i < incoming.size(); ++i)
        seqs << int(i) + 1;

    if (!existing->has_value()) {
        auto created = createPlan(plan);
        if (!created)
            return created.error();
        if (Status s = insertProjects(created->id, incoming, seqs); !s)
            return s.error();
        if (Status s = audit(QStringLiteral("plan"), created->id, QStringLiteral("import"), QString(), QString(),
                tr("%1 个项目（%2）").arg(incoming.size()).arg(plan.sourceFile));
            !s)
            return s.error();
        summary.added = int(incoming.size());
        if (Status s = tx.commit(); !s)
            return s.error();
        return done(created);
    }
    const Plan old = **existing;
    if (!replace) {
        auto oldProjects = projects(old.id);
        return Error { tr("%1 %2 年度的计划已存在（%3 个项目）；如要用导入的表替换它，请确认替换")
                           .arg(plan.district)
                           .arg(plan.year)
                           .arg(oldProjects ? oldProjects->size() : 0) };
    }
    summary.replaced = true;

    // --- match the projects of the new table to those of the plan ---------------------------------------
    auto current = projects(old.id);
    if (!current)
        return current.error();
    const QList<Project>& oldList = current.value();
    QHash<qsizetype, qsizetype> matchOf; // new index → old index
    QSet<qsizetype> usedOld;
    {
        QHash<std::pair<int, QString>, qsizetype> bySeqAndName;
        for (qsizetype o = 0; o < oldList.size(); ++o)
            bySeqAndName.insert({ oldList.at(o).seq, oldList.at(o).name.trimmed() }, o);
        for (qsizetype n = 0; n < incoming.size(); ++n) {
            const auto it = bySeqAndName.constFind({ incoming.at(n).seq, incoming.at(n).name.trimmed() });
            if (it != bySeqAndName.constEnd() && !usedOld.contains(*it)) {
                matchOf.insert(n, *it);
                usedOld.insert(*it);
            }
        }
        // A project that moved (rows inserted above it) keeps its roster too: matched by a name that is
        // unique on both sides among the rows left.
        QHash<QString, QList<qsizetype>> oldByName;
        QHash<QString, QList<qsizetype>> newByName;
        for (qsizetype o = 0; o < oldList.size(); ++o)
            if (!usedOld.contains(o))
                oldByName[oldList.at(o).name.trimmed()] << o;
        for (qsizetype n = 0; n < incoming.size(); ++n)
            if (!matchOf.contains(n))
                newByName[incoming.at(n).name.trimmed()] << n;
        for (auto it = newByName.constBegin(); it != newByName.constEnd(); ++it) {
            const QList<qsizetype> olds = oldByName.value(it.key());
            if (it.key().isEmpty() || it.value().size() != 1 || olds.size() != 1)
                continue;
            matchOf.insert(it.value().first(), olds.first());
            usedOld.insert(olds.first());
        }
    }

    // --- a project with enrollments never disappears -------------------------------------------------------
    QList<qsizetype> removed;
    QStringList refused;
    for (qsizetype o = 0; o < oldList.size(); ++o) {
        if (usedOld.contains(o))
            continue;
        auto ledger = ledgerOf(oldList.at(o).id);
        if (!ledger)
            return ledger.error();
        if (ledger->enrollments > 0)
            refused << tr("第 %1 项「%2」（%3 人报名，%4 条学分登记）")
                           .arg(oldList.at(o).seq)
                           .arg(oldList.at(o).name)
                           .arg(ledger->enrollments)
                           .arg(ledger->registrations);
        else
            removed << o;
    }
    if (!refused.isEmpty()) {
        Error e(
            tr("新表中没有原计划的这些已有报名的项目，替换会删除它们的参训名单和学分登记，未替换：%1。请在新表中保留"
               "这些项目（序号和名称不变），或先在原计划中将其标为取消")
                .arg(refused.join(tr("；"))));
        e.value = refused.join(QLatin1Char('\n'));
        return e;
    }

    // --- the plan row: the new table's title, source and totals; status and document number stay -------
    const auto planJson = [](const Plan& p) {
        QJsonObject o { { QStringLiteral("title"), p.title }, { QStringLiteral("source_file"), p.sourceFile },
            { QStringLiteral("notes"), p.notes } };
        if (p.stated) {
            o.insert(QStringLiteral("stated_duration"), p.stated->durationText);
            o.insert(QStringLiteral("stated_headcount"), p.stated->headcountText);
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    Plan updated = old;
    updated.title = plan.title;
    updated.sourceFile = plan.sourceFile;
    updated.stated = plan.stated;
    updated.notes = plan.notes;
    auto q = m_db.exec(QStringLiteral("UPDATE plan SET title = :title, source_file = :source, stated_duration = :sd, "
                                      "stated_headcount = :sh, stated_row = :sr, notes = :notes WHERE id = :id"),
        { { "title", updated.title },
            { "source", updated.sourceFile.isEmpty() ? QVariant() : QVariant(updated.sourceFile) },
            { "sd", updated.stated ? QVariant(updated.stated->durationText) : QVariant() },
            { "sh", updated.stated ? QVariant(updated.stated->headcountText) : QVariant() },
            { "sr", updated.stated ? QVariant(updated.stated->row) : QVariant() }, { "notes", updated.notes },
            { "id", old.id } });
    if (!q)
        return q.error();
    if (Status s
        = audit(QStringLiteral("plan"), old.id, QStringLiteral("replace"), QString(), planJson(old), planJson(updated));
        !s)
        return s.error();

    // --- removed projects (none has enrollments), audited with every old value --------------------------
    for (qsizetype o : removed) {
        const qint64 id = oldList.at(o).id;
        auto snapshot = projectSnapshot(id);
        if (!snapshot)
            return snapshot.error();
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM project WHERE id = :id"), { { "id", id } }); !d)
            return d.error();
        if (Status s = audit(QStringLiteral("project"), id, QStringLiteral("delete"), QString(), snapshot.value()); !s)
            return s.error();
    }
    summary.removed = int(removed.size());

    // --- kept projects take the new table's cells and position -------------------------------------------
    const auto projectJson = [](const Project& p, int seq) {
        const QJsonObject o { { QStringLiteral("seq"), seq }, { QStringLiteral("name"), p.name },
            { QStringLiteral("organizers"), QJsonArray::fromStringList(p.organizers) },
            { QStringLiteral("duration"), p.durationText }, { QStringLiteral("headcount"), p.headcountText },
            { QStringLiteral("modes"), p.modesText }, { QStringLiteral("months"), p.monthsText },
            { QStringLiteral("location"), p.location }, { QStringLiteral("level"), p.level },
            { QStringLiteral("remarks"), p.remarks } };
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QList<Project> added;
    QList<int> addedSeqs;
    for (qsizetype n = 0; n < incoming.size(); ++n) {
        const auto match = matchOf.constFind(n);
        if (match == matchOf.constEnd()) {
            added << incoming.at(n);
            addedSeqs << seqs.at(n);
            continue;
        }
        const Project& was = oldList.at(*match);
        Project now = incoming.at(n);
        now.id = was.id;
        now.planId = was.planId;
        const QString oldJson = projectJson(was, was.seq);
        const QString newJson = projectJson(now, seqs.at(n));
        ++summary.kept;
        if (oldJson == newJson)
            continue;
        auto u = m_db.exec(
            QStringLiteral("UPDATE project SET seq = :seq, name = :name, duration_text = :duration, headcount_text = "
                           ":headcount, headcount_seats = :seats, modes_text = :modes, months_text = :months, "
                           "location = :location, level = :level, remarks = :remarks WHERE id = :id"),
            { { "seq", seqs.at(n) }, { "name", now.name }, { "duration", now.durationText },
                { "headcount", now.headcountText }, { "seats", headcountSeatsValue(now.headcountText) },
                { "modes", now.modesText }, { "months", now.monthsText }, { "location", now.location },
                { "level", now.level }, { "remarks", now.remarks }, { "id", now.id } });
        if (!u)
            return u.error();
        if (was.organizers != now.organizers)
            if (Status s = setOrganizers(now.id, now.organizers); !s)
                return s.error();
        if (Status s = audit(QStringLiteral("project"), now.id, QStringLiteral("replace"), QString(), oldJson, newJson);
            !s)
            return s.error();
    }
    if (Status s = insertProjects(old.id, added, addedSeqs); !s)
        return s.error();
    summary.added = int(added.size());
    if (Status s = audit(QStringLiteral("plan"), old.id, QStringLiteral("import"), QString(), QString(),
            tr("%1 个项目（%2）：保留 %3，新增 %4，删除 %5")
                .arg(incoming.size())
                .arg(plan.sourceFile)
                .arg(summary.kept)
                .arg(summary.added)
                .arg(summary.removed));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto stored = this->plan(old.id);
    return done(stored);
}

Status PlanRepository::audit(const QString& entity, qint64 id, const QString& action, const QString& field,
    const QString& oldValue, const QString& newValue)
{
    return writeAudit(m_db, entity, id, action, field, oldValue, newValue);
}

} // namespace tp
