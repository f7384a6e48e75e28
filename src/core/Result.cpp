#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace tp {

QString Error::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (row > 0)
        where << QCoreApplication::translate("tp::Error", "第 %1 行").arg(row);
    if (column > 0 && !columnName.isEmpty())
        where << QCoreApplication::translate("tp::Error", "第 %1 列(%2)").arg(column).arg(columnName);
    else if (column > 0)
        where << QCoreApplication::translate("tp::Error", "第 %1 列").arg(column);
    else if (!columnName.isEmpty())
        where << QCoreApplication::translate("tp::Error", "%1 列").arg(columnName);
    QString prefix = where.join(QLatin1Char(' '));
    if (!value.isNull())
        prefix += QCoreApplication::translate("tp::Error", "「%1」").arg(value);
    return prefix.isEmpty() ? message : prefix + QStringLiteral(": ") + message;
}

} // namespace tp
