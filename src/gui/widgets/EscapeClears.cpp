#include "EscapeClears.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace tp {

EscapeClears::EscapeClears(QLineEdit* edit)
    : QObject(edit)
{
}

void EscapeClears::install(QLineEdit* edit)
{
    edit->installEventFilter(new EscapeClears(edit));
}

bool EscapeClears::eventFilter(QObject* watched, QEvent* event)
{
    // ShortcutOverride: claim Escape before a window's shortcut (or a dialog's reject) takes it.
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    auto* edit = qobject_cast<QLineEdit*>(watched);
    if (!edit || key->key() != Qt::Key_Escape || key->modifiers() != Qt::NoModifier || edit->text().isEmpty())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return false;
    }
    edit->clear();
    return true;
}

} // namespace tp
