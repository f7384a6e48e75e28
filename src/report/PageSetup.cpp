#include "PageSetup.h"

#include <QPageSize>
#include <QSettings>

namespace tp {

QMarginsF PageSetup::defaultMargins(QPageLayout::Orientation orientation)
{
    if (orientation == QPageLayout::Landscape)
        return QMarginsF(30, 28, 30, 26);
    return QMarginsF(28, 30, 26, 28);
}

PageSetup PageSetup::defaults(QPageLayout::Orientation orientation)
{
    PageSetup s;
    s.orientation = orientation;
    s.marginsMm = defaultMargins(orientation);
    return s;
}

QSizeF PageSetup::pageSizeMm() const
{
    return orientation == QPageLayout::Landscape ? QSizeF(297, 210) : QSizeF(210, 297);
}

QPageLayout PageSetup::pageLayout() const
{
    QPageLayout layout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

PageSetup PageSetup::load(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("print"));
    const bool landscape = settings.value(QStringLiteral("orientation")).toString() == QStringLiteral("landscape");
    PageSetup s = defaults(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    const auto margin = [&](const char* key, double fallback) {
        bool ok = false;
        const double v = settings.value(QLatin1String(key)).toDouble(&ok);
        return ok && v >= 0 && v <= 80 ? v : fallback;
    };
    s.marginsMm = QMarginsF(margin("marginLeftMm", s.marginsMm.left()), margin("marginTopMm", s.marginsMm.top()),
        margin("marginRightMm", s.marginsMm.right()), margin("marginBottomMm", s.marginsMm.bottom()));
    settings.endGroup();
    return s;
}

void PageSetup::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("print"));
    settings.setValue(QStringLiteral("orientation"),
        orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    settings.setValue(QStringLiteral("marginLeftMm"), marginsMm.left());
    settings.setValue(QStringLiteral("marginTopMm"), marginsMm.top());
    settings.setValue(QStringLiteral("marginRightMm"), marginsMm.right());
    settings.setValue(QStringLiteral("marginBottomMm"), marginsMm.bottom());
    settings.endGroup();
}

} // namespace tp
