#include "UnitDirectoryService.h"

#include "Database.h"
#include "PlanRepository.h"
#include "Transaction.h"
#include "UnitMatching.h"
#include "UnitRepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <iterator>

namespace tp {

Result<QList<UnknownOrganizer>> UnitDirectoryService::unknownOrganizers(qint64 planId) const
{
    UnitRepository units(m_db);
    auto known = units.unitNames();
    if (!known)
        return known.error();
    const QSet<QString> knownSet(known->cbegin(), known->cend());
    auto all = units.units();
    if (!all)
        return all.error();
    QStringList listed; // the names offered to map to: listed units only (an alias names one of them)
    for (const Unit& u : *all)
        if (u.listed)
            listed << u.name;
    // Only the organizers' names and the projects' 序号 (not every project of the plan read back: 100,000 rows).
    auto organizers
        = m_db.exec(QStringLiteral("SELECT p.seq, u.name FROM project_organizer o JOIN unit u ON u.id = "
                                   "o.unit_id JOIN project p ON p.id = o.project_id WHERE p.plan_id = :plan "
                                   "ORDER BY p.seq, p.id, o.position"),
            { { "plan", planId } });
    if (!organizers)
        return organizers.error();
    QList<UnknownOrganizer> out;
    // Each name's entry and the projects already counted for it, through hashes: a plan of 100,000 rows that
    // all name the same organizer made the searches of `out` and of `seqs` quadratic (issue 16: 21 s for the
    // import of 100,000 rows).
    QHash<QString, qsizetype> entryOf;
    QSet<std::pair<qsizetype, int>> counted;
    while (organizers->next()) {
        const int seq = organizers->value(0).toInt();
        const QString name = organizers->value(1).toString().trimmed();
        if (name.isEmpty() || knownSet.contains(name))
            continue;
        auto entry = entryOf.constFind(name);
        if (entry == entryOf.constEnd()) {
            // Close to a listed name or to an alias: offer the unit the alias belongs to.
            QStringList close;
            for (const QString& candidate : closeUnitNames(name, *known, 5)) {
                auto unit = units.unitNamed(candidate);
                const QString target = unit ? unit->name : candidate;
                if (!close.contains(target) && listed.contains(target))
                    close << target;
            }
            out << UnknownOrganizer { name, {}, close.mid(0, 3) };
            entry = entryOf.insert(name, out.size() - 1);
        }
        if (!counted.contains({ *entry, seq })) {
            counted.insert({ *entry, seq });
            out[*entry].seqs << seq;
        }
    }
    return out;
}

Result<int> UnitDirectoryService::apply(const QList<UnitDecision>& decisions)
{
    Transaction tx(m_db, tr("整理单位名录"));
    if (!tx.isActive())
        return tx.error();
    UnitRepository units(m_db);
    int done = 0;
    for (const UnitDecision& d : decisions) {
        switch (d.action) {
        case UnitDecision::Action::Skip:
            continue;
        case UnitDecision::Action::Add:
            if (auto added = units.addUnit(d.name, d.kind); !added)
                return added.error();
            break;
        case UnitDecision::Action::Alias:
            if (d.unit.trimmed().isEmpty())
                return Error { tr("「%1」要对应到哪个单位？请选择单位名录中的单位").arg(d.name) };
            if (Status s = units.addAlias(d.unit, d.name); !s)
                return s.error();
            break;
        }
        ++done;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

} // namespace tp
