#pragma once

// A date field that takes a date typed at once, as in a spreadsheet cell: "2021-3-5", "3.5", "3月5日" (see
// TypedDate.h) — not only the field's own format section by section. Typing starts afresh when the field was
// entered by keyboard (Tab, a shortcut) or its whole text is selected; a click into one part (the day, say) edits
// that part as in any date field. Enter, Tab or leaving the field takes the date; a text that names no date
// leaves the date it had; Escape gives the typing up. A date typed without a year falls in the
// year the field shows (the dialogs open their fields in the plan's year), or in defaultYear when one is set.
// The arrows, the calendar popup and the field's own format work as in any QDateEdit.

#include <QDateEdit>

namespace tp {

class TypedDateEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit TypedDateEdit(QWidget* parent = nullptr);
    explicit TypedDateEdit(QDate date, QWidget* parent = nullptr);

    // The year a date typed without one falls in; 0 (the default): the year of the date shown.
    void setDefaultYear(int year) { m_defaultYear = year; }
    int defaultYear() const;

    // QDateEdit's own hint leaves the last digit against (in the server trail's filter, under) the calendar arrow:
    // one digit's width more, so "2026-11-02" reads whole.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    QValidator::State validate(QString& input, int& pos) const override;
    QDateTime dateTimeFromText(const QString& text) const override;

private:
    QDate typed(const QString& text) const;
    void showTyped();
    // Takes what was typed at once (if anything): the date it names, else the date the field had.
    void finishTyping();

    int m_defaultYear = 0;
    bool m_fresh = false; // entered by keyboard, nothing typed yet
    bool m_typing = false; // a date is being typed at once: m_typed is what was typed
    QString m_typed;
};

} // namespace tp
