#include "TypedDateEdit.h"

#include "TypedDate.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tp {

TypedDateEdit::TypedDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
}

TypedDateEdit::TypedDateEdit(QDate date, QWidget* parent)
    : QDateEdit(date, parent)
{
}

int TypedDateEdit::defaultYear() const
{
    if (m_defaultYear > 0)
        return m_defaultYear;
    return date().isValid() ? date().year() : QDate::currentDate().year();
}

void TypedDateEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool printable
        = !text.isEmpty() && text.at(0).isPrint() && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    QLineEdit* edit = lineEdit();
    const bool allSelected = edit->hasSelectedText() && edit->selectedText() == edit->text();
    if (printable && (m_typing || m_fresh || allSelected)) {
        if (!m_typing)
            m_typed.clear();
        const QString next = m_typed + text;
        if (couldBecomeTypedDate(next)) { // a letter is not taken
            m_typing = true;
            m_typed = next;
            showTyped();
        }
        event->accept();
        return;
    }
    if (m_typing && event->key() == Qt::Key_Backspace) {
        m_typed.chop(1);
        showTyped();
        event->accept();
        return;
    }
    if (m_typing && event->key() == Qt::Key_Escape) {
        m_typed.clear(); // gives up: the date it had
        finishTyping();
        event->accept();
        return;
    }
    m_fresh = false;
    finishTyping(); // Enter and the rest: the typed date first, then as in any date field
    QDateEdit::keyPressEvent(event);
}

void TypedDateEdit::showTyped()
{
    // Shown as typed, without QDateTimeEdit re-reading it section by section while it is incomplete.
    QLineEdit* edit = lineEdit();
    const QSignalBlocker blocker(edit);
    edit->setText(m_typed);
    edit->setCursorPosition(int(m_typed.size()));
}

void TypedDateEdit::finishTyping()
{
    if (!m_typing)
        return;
    m_typing = false;
    const QDate d = typed(m_typed);
    {
        // Back to the field's own text first: QDateTimeEdit places its sections in that.
        const QSignalBlocker blocker(lineEdit());
        lineEdit()->setText(textFromDateTime(dateTime()));
    }
    setDate(d.isValid() ? d : date()); // shows the date (or the one it had) in the field's format
    m_typed.clear();
}

void TypedDateEdit::focusInEvent(QFocusEvent* event)
{
    QDateEdit::focusInEvent(event);
    m_typing = false;
    m_fresh = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason
        || event->reason() == Qt::ShortcutFocusReason;
}

void TypedDateEdit::focusOutEvent(QFocusEvent* event)
{
    finishTyping();
    m_fresh = false;
    QDateEdit::focusOutEvent(event);
}

QDate TypedDateEdit::typed(const QString& text) const
{
    const QDate d = parseTypedDate(text, defaultYear());
    return d.isValid() && d >= minimumDate() && d <= maximumDate() ? d : QDate();
}

QValidator::State TypedDateEdit::validate(QString& input, int& pos) const
{
    if (m_typing) // the text typed at once, not the field's format
        return typed(input).isValid()     ? QValidator::Acceptable
            : couldBecomeTypedDate(input) ? QValidator::Intermediate
                                          : QValidator::Invalid;
    QString copy = input;
    int copyPos = pos;
    const QValidator::State own = QDateEdit::validate(copy, copyPos);
    if (own == QValidator::Acceptable) {
        input = copy;
        pos = copyPos;
        return own;
    }
    if (typed(input).isValid())
        return QValidator::Acceptable;
    if (couldBecomeTypedDate(input))
        return QValidator::Intermediate;
    input = copy;
    pos = copyPos;
    return own;
}

QDateTime TypedDateEdit::dateTimeFromText(const QString& text) const
{
    const QDate d = typed(text);
    if (d.isValid())
        return QDateTime(d, time());
    return QDateEdit::dateTimeFromText(text);
}

QSize TypedDateEdit::sizeHint() const
{
    QSize hint = QDateEdit::sizeHint();
    hint.rwidth() += fontMetrics().horizontalAdvance(QLatin1Char('0'));
    return hint;
}

QSize TypedDateEdit::minimumSizeHint() const
{
    QSize hint = QDateEdit::minimumSizeHint();
    hint.rwidth() += fontMetrics().horizontalAdvance(QLatin1Char('0'));
    return hint;
}

} // namespace tp
