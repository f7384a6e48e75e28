#include "PlanItemDelegate.h"

#include "Finding.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>

namespace tp {

namespace {

// Completes the part after the last 、 and keeps what comes before it.
class OrganizerCompleter : public QCompleter {
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString& path) const override
    {
        const qsizetype cut = lastSeparator(path);
        return { path.mid(cut + 1).trimmed() };
    }

    QString pathFromIndex(const QModelIndex& index) const override
    {
        const auto* edit = qobject_cast<QLineEdit*>(widget());
        const QString current = edit ? edit->text() : QString();
        const qsizetype cut = lastSeparator(current);
        return current.left(cut + 1) + index.data().toString();
    }

private:
    static qsizetype lastSeparator(const QString& text)
    {
        qsizetype cut = -1;
        for (QChar sep : { QChar(0x3001), QChar(u','), QChar(0xFF0C) })
            cut = std::max(cut, text.lastIndexOf(sep));
        return cut;
    }
};

} // namespace

PlanItemDelegate::PlanItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* PlanItemDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (text.contains(QLatin1Char('\n'))) {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFrameShape(QFrame::NoFrame);
        return edit;
    }
    auto* edit = qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
    if (edit && ProjectField(index.column()) == ProjectField::Organizers && !m_units.isEmpty()) {
        auto* completer = new OrganizerCompleter(new QStringListModel(m_units, edit), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        edit->setPlaceholderText(tr("多个单位用“、”分隔"));
    }
    return edit ? edit : QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor)) {
        edit->setPlainText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, edit->toPlainText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void PlanItemDelegate::updateEditorGeometry(
    QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (qobject_cast<QPlainTextEdit*>(editor)) {
        QRect r = option.rect;
        r.setHeight(std::max(r.height(), editor->fontMetrics().height() * 3 + 8));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace tp
