#include "Teacher.h"

#include "CellParsers.h"

#include <QRegularExpression>

namespace tp {

QString normalizeStaffNumber(const QString& text)
{
    QString s = normalizeWidth(text).trimmed();
    // Excel/WPS write a text cell that looks like a number as ="00123" so the zeros survive.
    if (s.size() >= 3 && s.startsWith(QStringLiteral("=\"")) && s.endsWith(QLatin1Char('"')))
        s = s.mid(2, s.size() - 3).trimmed();
    if (s.startsWith(QLatin1Char('\'')))
        s = s.mid(1).trimmed();
    return s;
}

bool looksLikeMangledNumber(const QString& text)
{
    static const QRegularExpression scientific(QStringLiteral("^\\d+(\\.\\d+)?[eE][+-]?\\d+$"));
    static const QRegularExpression decimal(QStringLiteral("^\\d+\\.0+$"));
    return scientific.match(text).hasMatch() || decimal.match(text).hasMatch();
}

} // namespace tp
