#pragma once

// Deadlines and class dates as an iCalendar file (RFC 5545) that a clerk's phone, Outlook or WPS calendar imports,
// so "submit by" reaches people outside TrainPlan. All-day events; UTF-8, CRLF line ends, lines folded at 75
// octets (never inside a UTF-8 character), TEXT values escaped.

#include "PlanDocument.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tp {

struct IcsEvent {
    QString uid; // stable across exports, so a re-import updates rather than duplicates
    QDate start;
    QDate end; // inclusive last day; invalid = one day
    QString summary;
    QString description;
    QString categories; // 截止日期 | 培训
};

// The events of a plan: each project's class dates (its classes, else its own dates) and its R-LEAD and R-OUTCITY
// deadlines not yet met and, once the plan is approved, its R-CHANGE deadline (the last day to file a change or
// cancellation request) while it can still be met; cancelled projects are left out.
QList<IcsEvent> planCalendarEvents(const PlanDocument& document);

// The VCALENDAR text. `stamp` is the DTSTAMP of every event (a fixed value keeps files comparable).
QByteArray toIcs(const QList<IcsEvent>& events, const QString& calendarName, const QDateTime& stamp);

// RFC 5545 §3.3.11: backslash, semicolon, comma and newline escaped.
QString escapeIcsText(const QString& text);
// RFC 5545 §3.1: one content line, folded at 75 octets with CRLF + space, never splitting a UTF-8 character.
QByteArray foldIcsLine(const QByteArray& line);

} // namespace tp
