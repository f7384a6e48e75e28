#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace tp {

// Editors of the plan table: the organizer cell completes known units after each 、; a cell whose text
// has line breaks (as published tables do) is edited in a multi-line editor so no break is lost.
class PlanItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit PlanItemDelegate(QObject* parent = nullptr);

    void setKnownUnits(const QStringList& units) { m_units = units; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QStringList m_units;
};

} // namespace tp
