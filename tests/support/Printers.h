#pragma once

// For GoogleTest: how values print in a failure message (Qt strings as text, not bytes), and readable names for
// the cases of a parameterised test (ctest -N lists "Errors/CliUsage.ExitsWithTwoAndSaysWhy/UnknownOption", not
// "…/32-byte object <00-00 33-EB …>").

#include "Plan.h"

#include <QString>
#include <QStringList>
#include <gtest/gtest.h>
#include <ostream>
#include <string>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList& list, std::ostream* os)
{
    *os << '{' << list.join(QStringLiteral(", ")).toStdString() << '}';
}
QT_END_NAMESPACE

namespace tp {
inline void PrintTo(const Project& p, std::ostream* os)
{
    *os << "{" << p.seq << " " << p.name.toStdString() << " | " << p.organizers.join(QLatin1Char('/')).toStdString()
        << " | " << p.durationText.toStdString() << " | " << p.headcountText.toStdString() << " | "
        << p.modesText.toStdString() << " | " << p.monthsText.toStdString() << " | " << p.location.toStdString()
        << " | " << p.level.toStdString() << " | " << p.remarks.toStdString() << "}";
}
} // namespace tp

namespace tp::test {

// A test name from words: "unknown option" → "UnknownOption" (GoogleTest allows letters, digits and '_' only).
std::string testName(const std::string& words);

// The name generator of INSTANTIATE_TEST_SUITE_P for parameter structs with a `name` (ASCII words).
struct NameOfCase {
    template <typename Case> std::string operator()(const ::testing::TestParamInfo<Case>& info) const
    {
        return testName(info.param.name);
    }
};

} // namespace tp::test
