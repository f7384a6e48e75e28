#pragma once

// The page a printed document goes on: A4, portrait or landscape, and the margins of the text area.
// Remembered by the GUI in QSettings (group "print").

#include <QMarginsF>
#include <QPageLayout>
#include <QSizeF>

class QSettings;

namespace tp {

struct PageSetup {
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    // Left, top, right, bottom in millimetres: the text area (版心). The page number goes below it.
    QMarginsF marginsMm = defaultMargins(QPageLayout::Portrait);

    // GB/T 9704-2012 §5.2.1 gives 37/35/28/26 mm (top/bottom/left/right) for documents. A table attachment
    // needs more rows per page, so we keep the binding-side and right margins of the standard and take a
    // little off the top and bottom: portrait 30/28/28/26 mm (text area 156 × 239 mm). Landscape puts the
    // binding edge at the top of the turned page: 28/26/30/30 mm (text area 237 × 156 mm).
    static QMarginsF defaultMargins(QPageLayout::Orientation orientation);
    static PageSetup defaults(QPageLayout::Orientation orientation = QPageLayout::Portrait);

    QSizeF pageSizeMm() const; // A4 in this orientation: 210 × 297 or 297 × 210
    QPageLayout pageLayout() const; // A4, this orientation, no device margins (we draw the margins ourselves)

    static PageSetup load(QSettings& settings); // group "print"; defaults where nothing is stored
    void save(QSettings& settings) const;

    bool operator==(const PageSetup&) const = default;
};

} // namespace tp
