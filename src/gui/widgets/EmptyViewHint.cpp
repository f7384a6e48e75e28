#include "EmptyViewHint.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace tp {

EmptyViewHint::EmptyViewHint(const QString& text, QAbstractScrollArea* view)
    : QLabel(text, view->viewport())
    , m_viewport(view->viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    resize(m_viewport->size());
    m_viewport->installEventFilter(this);
}

bool EmptyViewHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        resize(m_viewport->size());
    return QLabel::eventFilter(watched, event);
}

} // namespace tp
