#include "HeaderFit.h"

#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace tp {

void fitColumnWidth(QTableView* view, int column, int width)
{
    // sectionSizeHint measures the header's text in the header's font, with its margins and the sort indicator.
    view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
}

} // namespace tp
