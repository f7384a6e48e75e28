#pragma once

#include "PinyinIndex.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace tp {

// Filters the plan table by text, pinyin or initials ("lpq" finds 梁平区) over the name, organizer,
// mode, location and remarks columns, and sorts text columns by pinyin. The 合计 row always stays last
// and is never filtered out.
class PlanFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit PlanFilterProxyModel(QObject* parent = nullptr);

    void setQuery(const QString& query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const PinyinKey& keyFor(const QString& text) const;

    QString m_query; // normalised
    PinyinCollator m_collator;
    mutable QHash<QString, PinyinKey> m_keys;
};

} // namespace tp
