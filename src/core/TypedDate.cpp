#include "TypedDate.h"

#include <QRegularExpression>

namespace tp {

namespace {

QString normalized(const QString& text)
{
    QString s = text.trimmed().normalized(QString::NormalizationForm_KC); // full-width digits and ．／－ to ASCII
    s.replace(QLatin1Char(' '), QString());
    return s;
}

QDate dayOf(int year, int month, int day)
{
    return QDate::isValid(year, month, day) ? QDate(year, month, day) : QDate();
}

} // namespace

QDate parseTypedDate(const QString& text, int defaultYear)
{
    const QString s = normalized(text);
    if (s.isEmpty())
        return {};
    static const QRegularExpression withYear(
        QStringLiteral("^(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?$"));
    static const QRegularExpression withoutYear(QStringLiteral("^(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})?(\\d{2})(\\d{2})$"));
    if (auto m = withYear.match(s); m.hasMatch())
        return dayOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = withoutYear.match(s); m.hasMatch())
        return dayOf(defaultYear, m.captured(1).toInt(), m.captured(2).toInt());
    if (auto m = compact.match(s); m.hasMatch()) {
        const int year = m.captured(1).isEmpty() ? defaultYear : m.captured(1).toInt();
        return dayOf(year, m.captured(2).toInt(), m.captured(3).toInt());
    }
    return {};
}

bool couldBecomeTypedDate(const QString& text)
{
    const QString s = normalized(text);
    static const QRegularExpression partial(QStringLiteral("^[0-9./年月日-]{0,11}$"));
    return partial.match(s).hasMatch();
}

} // namespace tp
