#pragma once

// Short names for the io tests: q("…") for a UTF-8 literal, the fixture files, and GoogleTest's printers.

#include "Printers.h"
#include "TestData.h"

#include <QString>

namespace tptest {

inline QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

inline std::string show(const QString& s)
{
    return s.toStdString();
}

using tp::test::dataPath;
using tp::test::readData;

} // namespace tptest
