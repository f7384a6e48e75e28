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
    // Only the projects' 序号 and their organizers' unit ids (not every project of the plan read back, nor a name per
    // line: 100,000 rows naming the same two units are two names looked at once).
    QHash<qint64, QString> nameOf;
    for (const Unit& u : *all)
        nameOf.insert(u.id, u.name.trimmed());
    auto organizers
        = m_db.exec(QStringLiteral("SELECT p.seq, o.unit_id FROM project p JOIN project_organizer o ON o.project_id = "
                                   "p.id WHERE p.plan_id = :plan ORDER BY p.seq, p.id, o.position"),
            { { "plan", planId } });
    if (!organizers)
        return organizers.error();
    QList<UnknownOrganizer> out;
    // Each unit's entry (-1: known), through a hash: a plan of 100,000 rows that all name the same organizer made the
    // searches of `out` quadratic (issue 16: 21 s for the import of 100,000 rows). The rows come in 序号 order, so a
    // project already counted for an entry is its last one.
    QHash<qint64, qsizetype> entryOf;
    QHash<QString, qsizetype> entryOfName;
    while (organizers->next()) {
        const int seq = organizers->value(0).toInt();
        const qint64 unitId = organizers->value(1).toLongLong();
        auto entry = entryOf.constFind(unitId);
        if (entry == entryOf.constEnd()) {
            const QString name = nameOf.value(unitId);
            qsizetype index = -1;
            if (!name.isEmpty() && !knownSet.contains(name)) {
                // Two unit rows of the same name (not made by the program) are one organizer.
                index = entryOfName.value(name, -1);
                if (index < 0) {
                    // Close to a listed name or to an alias: offer the unit the alias belongs to.
                    QStringList close;
                    for (const QString& candidate : closeUnitNames(name, *known, 5)) {
                        auto unit = units.unitNamed(candidate);
                        const QString target = unit ? unit->name : candidate;
                        if (!close.contains(target) && listed.contains(target))
                            close << target;
                    }
                    out << UnknownOrganizer { name, {}, close.mid(0, 3) };
                    index = out.size() - 1;
                    entryOfName.insert(name, index);
                }
            }
            entry = entryOf.insert(unitId, index);
        }
        if (*entry < 0)
            continue;
        QList<int>& seqs = out[*entry].seqs;
        if (seqs.isEmpty() || seqs.constLast() != seq)
            seqs << seq;
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

QString UnitDirectoryService::projectsPhrase(const QList<int>& seqs, int maxPieces)
{
    QStringList pieces;
    qsizetype next = 0; // the first 序号 not yet in a piece
    while (next < seqs.size() && pieces.size() < maxPieces) {
        qsizetype last = next;
        while (last + 1 < seqs.size() && seqs.at(last + 1) == seqs.at(last) + 1)
            ++last;
        if (last - next >= 2) { // three or more in a row
            pieces << tr("%1—%2").arg(seqs.at(next)).arg(seqs.at(last));
            next = last + 1;
        } else {
            pieces << QString::number(seqs.at(next));
            ++next;
        }
    }
    const QString list = pieces.join(tr("、"));
    if (next >= seqs.size())
        return tr("第 %1 项").arg(list);
    return tr("第 %1 … 等 %2 项").arg(list).arg(seqs.size());
}

} // namespace tp
