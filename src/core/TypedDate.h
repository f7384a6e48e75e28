#pragma once

// A date as a clerk types it into a date field: "2021-3-5", "2021/3/5", "2021.3.5", "2021年3月5日", "20210305", or
// without the year — "3-5", "3.5", "3/5", "3月5日", "0305" — which then falls in `defaultYear` (the plan's year, not
// today's). Full-width digits and separators count as their ASCII selves; spaces around are ignored.

#include <QDate>
#include <QString>

namespace tp {

// The date the text names, or an invalid QDate when it names none (not a date form, or no such day: "2-30").
QDate parseTypedDate(const QString& text, int defaultYear);

// Whether `text` could still become a date as more is typed (digits and date separators only, not too long):
// a date field lets such text stand while the clerk is typing.
bool couldBecomeTypedDate(const QString& text);

} // namespace tp
