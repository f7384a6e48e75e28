#pragma once

// The unit directory (单位名录) after an import: the organizers of a plan the directory does not know, each with the
// listed units its name is close to, and what the user decided for each — add it as a new unit, map it to a listed
// unit (an alias: 区进修校 = 区教师进修学校), or leave it for now (it stays flagged). An import never adds a unit by
// itself; the GUI's import asks (UnknownOrganizersDialog) and the CLI's lists the names with the commands to run.

#include "Result.h"
#include "Unit.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tp {

class Database;

struct UnknownOrganizer {
    QString name; // as the plan names it
    QList<int> seqs; // the projects (序号) that name it
    QStringList closeMatches; // listed units (or their aliases' units) it may mean, closest first
};

struct UnitDecision {
    enum class Action { Add, Alias, Skip };
    QString name; // the unknown organizer
    Action action = Action::Skip;
    QString unit; // Alias: the listed unit it is another name of
    UnitKind kind = UnitKind::Other; // Add: the new unit's kind
};

class UnitDirectoryService {
    Q_DECLARE_TR_FUNCTIONS(tp::UnitDirectoryService)

public:
    explicit UnitDirectoryService(Database& db)
        : m_db(db)
    {
    }

    // The organizers of the plan's projects that are neither a listed unit nor an alias of one, in the order the
    // table first names them.
    Result<QList<UnknownOrganizer>> unknownOrganizers(qint64 planId) const;
    // Adds and maps as decided, all or nothing (each change audited); Skip does nothing. Returns how many were
    // added and mapped.
    Result<int> apply(const QList<UnitDecision>& decisions);

    // Where an organizer appears, for a person to read: "第 2、3 项", "第 1—100000 项" (three or more consecutive 序号
    // as a range), and past `maxPieces` numbers or ranges "第 1、3、5 … 等 5000 项" — a table whose every row names the
    // same unknown organizer gives one short line, not a list of 100,000 numbers. `seqs` ascending.
    static QString projectsPhrase(const QList<int>& seqs, int maxPieces = 12);

private:
    Database& m_db;
};

} // namespace tp
