#include "PlanFilterProxyModel.h"

#include "Finding.h"
#include "PlanTableModel.h"

namespace tp {

PlanFilterProxyModel::PlanFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PlanTableModel::SortRole);
}

void PlanFilterProxyModel::setQuery(const QString& query)
{
    const QString q = normalizePinyinQuery(query);
    if (q == m_query)
        return;
    m_query = q;
    invalidateFilter();
}

const PinyinKey& PlanFilterProxyModel::keyFor(const QString& text) const
{
    auto it = m_keys.find(text);
    if (it == m_keys.end()) {
        if (m_keys.size() > 20000)
            m_keys.clear(); // a bound, not a cache policy: plans have hundreds of rows
        it = m_keys.insert(text, pinyinKey(text));
    }
    return *it;
}

bool PlanFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    if (model->index(sourceRow, 0, sourceParent).data(PlanTableModel::IsTotalsRowRole).toBool())
        return true;
    static const ProjectField searched[] = { ProjectField::Name, ProjectField::Organizers, ProjectField::Modes,
        ProjectField::Months, ProjectField::Location, ProjectField::Level, ProjectField::Remarks };
    for (ProjectField f : searched) {
        const QString text = model->index(sourceRow, int(f), sourceParent).data(Qt::DisplayRole).toString();
        if (!text.isEmpty() && pinyinMatchesNormalized(keyFor(text), m_query))
            return true;
    }
    return false;
}

bool PlanFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Keep 合计 last whatever the order: it sorts after everything ascending, before everything descending.
    const bool leftTotals = left.data(PlanTableModel::IsTotalsRowRole).toBool();
    const bool rightTotals = right.data(PlanTableModel::IsTotalsRowRole).toBool();
    if (leftTotals || rightTotals) {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return leftTotals ? !ascending : ascending;
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace tp
