#include "UnitRepository.h"

#include "Database.h"

#include <QCoreApplication>

namespace tp {

Result<QList<Unit>> UnitRepository::units() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, short_name, kind, staff_count FROM unit ORDER BY name"));
    if (!q)
        return q.error();
    QList<Unit> list;
    while (q->next()) {
        Unit u;
        u.id = q->value(0).toLongLong();
        u.name = q->value(1).toString();
        u.shortName = q->value(2).toString();
        u.kind = unitKindFromName(q->value(3).toString());
        u.staffCount = q->value(4).isNull() ? -1 : q->value(4).toInt();
        list << u;
    }
    return list;
}

Result<QStringList> UnitRepository::unitNames() const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM unit ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Result<qint64> UnitRepository::ensureUnit(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return Error { QCoreApplication::translate("tp::UnitRepository", "单位名称不能为空") };
    auto found = m_db.exec(QStringLiteral("SELECT id FROM unit WHERE name = :name"), { { "name", name } });
    if (!found)
        return found.error();
    if (found->next())
        return found->value(0).toLongLong();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO unit (name, kind) VALUES (:name, :kind)"),
        { { "name", name }, { "kind", unitKindName(guessUnitKind(name)) } });
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

} // namespace tp
