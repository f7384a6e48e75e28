#pragma once

#include "Result.h"
#include "Unit.h"

#include <QCoreApplication>

#include <QList>
#include <QStringList>

namespace tp {

class Database;

// 单位名录: the unit directory. A name a plan or a list uses is kept as a unit row, but only units a user added
// (listed) and their aliases are "known": an organizer the directory does not know stays flagged (R-TABLE) until a
// user adds it or maps it (alias, merge). The directory's writes are audited.
class UnitRepository {
    Q_DECLARE_TR_FUNCTIONS(tp::UnitRepository)

public:
    explicit UnitRepository(Database& db)
        : m_db(db)
    {
    }

    // Every unit (listed or not; merged ones and unlisted names mapped as an alias left out), with its aliases.
    Result<QList<Unit>> units() const;
    // The names the directory knows: listed units and their aliases (R-TABLE's known units).
    Result<QStringList> unitNames() const;
    // The id of the unit with this name, created (kind guessed from the name) if there is none: unlisted unless
    // `listed` (a school list names real schools; an organizer typed in a plan may be a typo).
    Result<qint64> ensureUnit(const QString& name, bool listed = false);
    Status updateUnit(const Unit& unit);

    // Adds a unit to the directory (or lists one a plan already names).
    Result<Unit> addUnit(const QString& name, UnitKind kind);
    // Another name of a listed unit: 区进修校 = 区教师进修学校. The alias must not be a listed unit's name.
    Status addAlias(const QString& unitName, const QString& alias);
    // Merges `from` into `into`: every project, teacher, enrolment and quota naming `from` names `into`, and `from`
    // becomes an alias of `into`. Refused when both have a quota of the same project.
    Status mergeUnits(const QString& from, const QString& into);
    // The unit of this name or alias.
    Result<Unit> unitNamed(const QString& name) const;

private:
    Database& m_db;
};

} // namespace tp
