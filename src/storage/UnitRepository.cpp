#include "UnitRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace tp {

Result<QList<Unit>> UnitRepository::units() const
{
    // An unlisted name that became an alias of a listed unit (区进修校, mapped after an import) is that unit's alias
    // now, not a unit of its own: its projects still read as typed, and the directory shows it under the unit.
    auto q = m_db.exec(QStringLiteral("SELECT id, name, short_name, kind, staff_count, listed FROM unit "
                                      "WHERE merged_into IS NULL AND NOT (listed = 0 AND name IN "
                                      "(SELECT alias FROM unit_alias)) ORDER BY name"));
    if (!q)
        return q.error();
    QList<Unit> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Unit u;
        u.id = q->value(0).toLongLong();
        u.name = q->value(1).toString();
        u.shortName = q->value(2).toString();
        u.kind = unitKindFromName(q->value(3).toString());
        u.staffCount = q->value(4).isNull() ? -1 : q->value(4).toInt();
        u.listed = q->value(5).toInt() != 0;
        index.insert(u.id, list.size());
        list << u;
    }
    auto aliases = m_db.exec(QStringLiteral("SELECT unit_id, alias FROM unit_alias ORDER BY alias"));
    if (!aliases)
        return aliases.error();
    while (aliases->next())
        if (const auto it = index.constFind(aliases->value(0).toLongLong()); it != index.constEnd())
            list[*it].aliases << aliases->value(1).toString();
    return list;
}

Result<QStringList> UnitRepository::unitNames() const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM unit WHERE listed = 1 AND merged_into IS NULL UNION "
                                      "SELECT alias FROM unit_alias ORDER BY 1"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Result<qint64> UnitRepository::ensureUnit(const QString& rawName, bool listed)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return Error { tr("单位名称不能为空") };
    auto found = m_db.exec(
        QStringLiteral("SELECT id, listed, merged_into FROM unit WHERE name = :name"), { { "name", name } });
    if (!found)
        return found.error();
    if (found->next()) {
        // A merged unit's name is the other unit's alias: the rows name that one.
        if (!found->value(2).isNull())
            return found->value(2).toLongLong();
        const qint64 id = found->value(0).toLongLong();
        if (listed && found->value(1).toInt() == 0) {
            if (auto r = m_db.exec(QStringLiteral("UPDATE unit SET listed = 1 WHERE id = :id"), { { "id", id } }); !r)
                return r.error();
        }
        return id;
    }
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO unit (name, kind, listed) VALUES (:name, :kind, :listed)"),
        { { "name", name }, { "kind", unitKindName(guessUnitKind(name)) }, { "listed", listed ? 1 : 0 } });
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Status UnitRepository::updateUnit(const Unit& unit)
{
    auto r = m_db.exec(
        QStringLiteral(
            "UPDATE unit SET name = :name, short_name = :short, kind = :kind, staff_count = :staff WHERE id = :id"),
        { { "name", unit.name.trimmed() }, { "short", unit.shortName }, { "kind", unitKindName(unit.kind) },
            { "staff", unit.staffCount < 0 ? QVariant() : QVariant(unit.staffCount) }, { "id", unit.id } });
    if (!r)
        return r.error();
    return success();
}

Result<Unit> UnitRepository::unitNamed(const QString& rawName) const
{
    const QString name = rawName.trimmed();
    auto all = units();
    if (!all)
        return all.error();
    for (const Unit& u : *all)
        if (u.name == name)
            return u;
    for (const Unit& u : *all)
        if (u.aliases.contains(name))
            return u;
    Error e { tr("单位名录中没有「%1」").arg(name) };
    e.value = name;
    return e;
}

Result<Unit> UnitRepository::addUnit(const QString& rawName, UnitKind kind)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return Error { tr("单位名称不能为空") };
    Transaction tx(m_db, tr("添加单位"));
    if (!tx.isActive())
        return tx.error();
    auto alias = m_db.exec(QStringLiteral("SELECT u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id WHERE "
                                          "a.alias = :name"),
        { { "name", name } });
    if (!alias)
        return alias.error();
    if (alias->next())
        return Error { tr("「%1」已是「%2」的别名").arg(name, alias->value(0).toString()) };
    auto listedBefore = m_db.exec(
        QStringLiteral("SELECT listed FROM unit WHERE name = :name AND merged_into IS NULL"), { { "name", name } });
    if (!listedBefore)
        return listedBefore.error();
    if (listedBefore->next() && listedBefore->value(0).toInt() != 0)
        return Error { tr("单位名录中已有「%1」").arg(name) };
    auto id = ensureUnit(name, true);
    if (!id)
        return id.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE unit SET kind = :kind WHERE id = :id"),
            { { "kind", unitKindName(kind) }, { "id", *id } });
        !r)
        return r.error();
    if (Status s
        = writeAudit(m_db, QStringLiteral("unit"), *id, QStringLiteral("add"), QStringLiteral("name"), QString(), name);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return unitNamed(name);
}

Status UnitRepository::addAlias(const QString& unitName, const QString& rawAlias)
{
    const QString alias = rawAlias.trimmed();
    if (alias.isEmpty())
        return Error { tr("别名不能为空") };
    Transaction tx(m_db, tr("添加单位别名"));
    if (!tx.isActive())
        return tx.error();
    auto unit = unitNamed(unitName);
    if (!unit)
        return unit.error();
    if (!unit->listed)
        return Error { tr("「%1」不在单位名录中：请先添加该单位").arg(unit->name) };
    auto other = unitNamed(alias);
    if (other && other->id != unit->id && (other->listed || other->aliases.contains(alias)))
        return Error { tr("「%1」已是单位名录中的另一单位（%2）").arg(alias, other->name) };
    if (other && other->id == unit->id)
        return Error { tr("「%1」已是「%2」的名称或别名").arg(alias, unit->name) };
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO unit_alias (alias, unit_id) VALUES (:alias, :unit)"),
            { { "alias", alias }, { "unit", unit->id } });
        !r)
        return r.error();
    if (Status s = writeAudit(
            m_db, QStringLiteral("unit"), unit->id, QStringLiteral("alias"), QStringLiteral("alias"), QString(), alias);
        !s)
        return s;
    return tx.commit();
}

Status UnitRepository::mergeUnits(const QString& fromName, const QString& intoName)
{
    Transaction tx(m_db, tr("合并单位"));
    if (!tx.isActive())
        return tx.error();
    auto from = unitNamed(fromName);
    if (!from)
        return from.error();
    // An unlisted name mapped as an alias (区进修校) is still a row of its own that its projects name: merging it
    // folds them into the unit.
    auto own = m_db.exec(QStringLiteral("SELECT id FROM unit WHERE name = :name AND merged_into IS NULL"),
        { { "name", fromName.trimmed() } });
    if (!own)
        return own.error();
    if (own->next() && own->value(0).toLongLong() != from->id) {
        Unit mapped;
        mapped.id = own->value(0).toLongLong();
        mapped.name = fromName.trimmed();
        mapped.listed = false;
        from = mapped;
    }
    auto into = unitNamed(intoName);
    if (!into)
        return into.error();
    if (from->id == into->id)
        return Error { tr("「%1」与「%2」已是同一单位").arg(fromName.trimmed(), intoName.trimmed()) };
    auto both = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM project_quota a JOIN project_quota b ON "
                                         "a.project_id = b.project_id WHERE a.unit_id = :from AND b.unit_id = :into"),
        { { "from", from->id }, { "into", into->id } });
    if (!both)
        return both.error();
    if (both->next() && both->value(0).toInt() > 0)
        return Error { tr("「%1」与「%2」在 %3 个项目中各有名额，请先合并名额再合并单位")
                           .arg(from->name, into->name)
                           .arg(both->value(0).toInt()) };
    for (const char* table : { "project_organizer", "teacher", "enrollment", "project_quota", "unit_alias" }) {
        if (auto r
            = m_db.exec(QStringLiteral("UPDATE %1 SET unit_id = :into WHERE unit_id = :from").arg(QLatin1String(table)),
                { { "into", into->id }, { "from", from->id } });
            !r)
            return r.error();
    }
    if (auto r = m_db.exec(QStringLiteral("UPDATE unit SET merged_into = :into, listed = 0 WHERE id = :from"),
            { { "into", into->id }, { "from", from->id } });
        !r)
        return r.error();
    // The merged name becomes an alias (it may be one already: 区进修校 typed before it was mapped).
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO unit_alias (alias, unit_id) SELECT :alias, :unit WHERE NOT "
                                          "EXISTS (SELECT 1 FROM unit_alias WHERE alias = :alias)"),
            { { "alias", from->name }, { "unit", into->id } });
        !r)
        return r.error();
    if (Status s = writeAudit(m_db, QStringLiteral("unit"), from->id, QStringLiteral("merge"),
            QStringLiteral("merged_into"), from->name, into->name);
        !s)
        return s;
    return tx.commit();
}

} // namespace tp
