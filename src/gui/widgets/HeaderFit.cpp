#include "HeaderFit.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <algorithm>

namespace tp {

void fitColumnWidth(QTableView* view, int column, int width)
{
    // sectionSizeHint measures the header's text in the header's font, with its margins and the sort indicator.
    view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
}

void fitColumnWidth(QTableView* view, int column, int width, const QStringList& values, int decoration)
{
    // QCommonStyle's item layout: the focus-frame margin on either side of the text and of an icon, and the grid.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int widest = 0;
    for (const QString& v : values)
        widest = std::max(widest, view->fontMetrics().horizontalAdvance(v));
    const int needed = widest + 2 * margin + (decoration > 0 ? decoration + 2 * margin : 0) + 4;
    fitColumnWidth(view, column, std::max(width, needed));
}

} // namespace tp
