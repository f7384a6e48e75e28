#include "PlanRepository.h"

#include "Database.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace tp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tp::PlanRepository", text);
}

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
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM plan WHERE id = :id"), { { "id", planId } }); !q)
        return q.error();
    if (Status s = audit(QStringLiteral("plan"), planId, QStringLiteral("delete")); !s)
        return s;
    return tx.commit();
}

Result<QList<Project>> PlanRepository::projects(qint64 planId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, plan_id, seq, name, duration_text, headcount_text, modes_text, months_text, "
                       "location, level, remarks FROM project WHERE plan_id = :plan ORDER BY seq, id"),
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
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO project (id, plan_id, seq, name, duration_text, headcount_text, modes_text, "
                       "months_text, location, level, remarks) VALUES (:id, :plan, :seq, :name, :duration, "
                       ":headcount, :modes, :months, :location, :level, :remarks)"),
        { { "id", p.id > 0 ? QVariant(p.id) : QVariant() }, { "plan", planId }, { "seq", seq }, { "name", p.name },
            { "duration", p.durationText }, { "headcount", p.headcountText }, { "modes", p.modesText },
            { "months", p.monthsText }, { "location", p.location }, { "level", p.level }, { "remarks", p.remarks } });
    if (!q)
        return q.error();
    p.id = q->lastInsertId().toLongLong();
    p.planId = planId;
    p.seq = seq;
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
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = project(projectId);
    if (!before)
        return before.error();
    const QString oldText = before->text(field);
    if (field == ProjectField::Organizers) {
        if (Status s = setOrganizers(projectId, splitOrganizers(text)); !s)
            return s;
    } else if (const char* column = columnOf(field)) {
        auto q = m_db.exec(QStringLiteral("UPDATE project SET %1 = :value WHERE id = :id").arg(QLatin1String(column)),
            { { "value", text }, { "id", projectId } });
        if (!q)
            return q.error();
    } else {
        return Error { tr("该列不能直接编辑") };
    }
    if (Status s
        = audit(QStringLiteral("project"), projectId, QStringLiteral("update"), fieldName(field), oldText, text);
        !s)
        return s;
    return tx.commit();
}

Status PlanRepository::deleteProject(qint64 projectId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto before = project(projectId);
    if (!before)
        return before.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM project WHERE id = :id"), { { "id", projectId } }); !q)
        return q.error();
    if (Status s = renumber(before->planId); !s)
        return s;
    if (Status s = audit(QStringLiteral("project"), projectId, QStringLiteral("delete"), QString(), before->name); !s)
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

Result<Plan> PlanRepository::importPlan(const Plan& plan, const QList<Project>& projects, bool replace)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = findPlan(plan.district, plan.year);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if (!replace)
            return Error { tr("%1 %2 年度的计划已存在（%3 个项目）；如要用导入的表替换它，请确认替换")
                               .arg(plan.district)
                               .arg(plan.year)
                               .arg(this->projects((*existing)->id).value().size()) };
        if (Status s = deletePlan((*existing)->id); !s)
            return s.error();
    }
    auto created = createPlan(plan);
    if (!created)
        return created.error();
    int seq = 1;
    for (Project p : projects) {
        p.id = 0;
        auto inserted = insertProject(created->id, p, seq++);
        if (!inserted)
            return inserted.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Status PlanRepository::audit(const QString& entity, qint64 id, const QString& action, const QString& field,
    const QString& oldValue, const QString& newValue)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (actor, entity, entity_id, action, field, old_value, new_value) "
                       "VALUES (:actor, :entity, :id, :action, :field, :old, :new)"),
        { { "actor", m_db.actor() }, { "entity", entity }, { "id", id }, { "action", action },
            { "field", field.isEmpty() ? QVariant() : QVariant(field) },
            { "old", oldValue.isNull() ? QVariant() : QVariant(oldValue) },
            { "new", newValue.isNull() ? QVariant() : QVariant(newValue) } });
    if (!q)
        return q.error();
    return success();
}

} // namespace tp
