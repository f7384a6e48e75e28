#pragma once

// Which listed units an unknown organizer's name may mean: an import lists the names the unit directory does not
// know and offers, for each, the close ones to map it to (区进修校 → 区教师进修学校) rather than add a second unit.

#include <QString>
#include <QStringList>

namespace tp {

// The names of `known` close to `name`, closest first, at most `max`: those sharing most of their characters in
// order (an abbreviation — every character of the shorter name in the longer one, in order — counts as close).
QStringList closeUnitNames(const QString& name, const QStringList& known, int max = 3);

// How close two names are, 0..1: twice the characters they share in order over their lengths summed; 0.8 at least
// for an abbreviation; 0 when they share one character or none.
double unitNameSimilarity(const QString& a, const QString& b);

} // namespace tp
