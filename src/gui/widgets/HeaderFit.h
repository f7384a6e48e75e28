#pragma once

// A table's column widths are chosen for its Chinese headers; in English the same header is often longer ("学时" is
// "Hours attended"). fitColumnWidth() gives a column the chosen width, or more when its header needs more, so no
// header is cut off in either language.

#include <QStringList>

class QTableView;

namespace tp {

// Sets `column` of `view` to `width`, or to the width its header's text (and sort indicator) needs when wider.
// The view's model must be set.
void fitColumnWidth(QTableView* view, int column, int width);
// The same for a column whose cells are words of the program ("警告" / "Warning", "退训" / "Withdrawn"): wide enough
// for the widest of `values` too (with `decoration` pixels for an icon before the text).
void fitColumnWidth(QTableView* view, int column, int width, const QStringList& values, int decoration = 0);

} // namespace tp
