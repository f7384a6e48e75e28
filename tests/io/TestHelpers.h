#pragma once

#include "Plan.h"

#include <QFile>
#include <QString>
#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace tp {
inline void PrintTo(const Project& p, std::ostream* os)
{
    *os << "{" << p.seq << " " << p.name.toStdString() << " | " << p.organizers.join(QLatin1Char('/')).toStdString()
        << " | " << p.durationText.toStdString() << " | " << p.headcountText.toStdString() << " | "
        << p.modesText.toStdString() << " | " << p.monthsText.toStdString() << " | " << p.location.toStdString()
        << " | " << p.level.toStdString() << " | " << p.remarks.toStdString() << "}";
}
} // namespace tp

namespace tptest {

inline QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

inline std::string show(const QString& s)
{
    return s.toStdString();
}

inline QString dataPath(const char* name)
{
    return QStringLiteral(TRAINPLAN_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

inline QByteArray readData(const char* name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

} // namespace tptest
