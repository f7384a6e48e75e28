#pragma once

// A table's column widths are chosen for its Chinese headers; in English the same header is often longer ("学时" is
// "Hours attended"). fitColumnWidth() gives a column the chosen width, or more when its header needs more, so no
// header is cut off in either language.

class QTableView;

namespace tp {

// Sets `column` of `view` to `width`, or to the width its header's text (and sort indicator) needs when wider.
// The view's model must be set.
void fitColumnWidth(QTableView* view, int column, int width);

} // namespace tp
