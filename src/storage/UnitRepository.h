#pragma once

#include "Result.h"
#include "Unit.h"

#include <QList>
#include <QStringList>

namespace tp {

class Database;

class UnitRepository {
public:
    explicit UnitRepository(Database& db)
        : m_db(db)
    {
    }

    Result<QList<Unit>> units() const;
    Result<QStringList> unitNames() const;
    // The id of the unit with this name, created (kind guessed from the name) if there is none.
    Result<qint64> ensureUnit(const QString& name);
    Status updateUnit(const Unit& unit);

private:
    Database& m_db;
};

} // namespace tp
