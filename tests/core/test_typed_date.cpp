#include "TypedDate.h"

#include <gtest/gtest.h>

using namespace tp;

TEST(TypedDate, AFullDateInTheFormsClerksTypeIt)
{
    for (const char* text : { "2021-3-5", "2021/3/5", "2021.3.5", "2021年3月5日", "2021-03-05", "20210305",
             " 2021-3-5 ", "２０２１－３－５" })
        EXPECT_EQ(parseTypedDate(QString::fromUtf8(text), 2030), QDate(2021, 3, 5)) << text;
}

TEST(TypedDate, WithoutAYearTheDateFallsInThePlansYear)
{
    for (const char* text : { "3.5", "3-5", "3/5", "3月5日", "03.05", "0305", "３．５" })
        EXPECT_EQ(parseTypedDate(QString::fromUtf8(text), 2021), QDate(2021, 3, 5)) << text;
    EXPECT_EQ(parseTypedDate(QStringLiteral("12.31"), 2027), QDate(2027, 12, 31));
}

TEST(TypedDate, NoSuchDayOrNoDateIsRefused)
{
    for (const char* text : { "", "2.30", "2021-13-1", "2021-2-29", "abc", "3", "3.5.6.7", "明天" })
        EXPECT_FALSE(parseTypedDate(QString::fromUtf8(text), 2021).isValid()) << text;
    EXPECT_EQ(parseTypedDate(QStringLiteral("2.29"), 2024), QDate(2024, 2, 29)); // a leap year
}

TEST(TypedDate, PartialTypingMayStandButLettersMayNot)
{
    EXPECT_TRUE(couldBecomeTypedDate(QStringLiteral("2021-")));
    EXPECT_TRUE(couldBecomeTypedDate(QStringLiteral("3.")));
    EXPECT_TRUE(couldBecomeTypedDate(QStringLiteral("3月")));
    EXPECT_FALSE(couldBecomeTypedDate(QStringLiteral("3a")));
    EXPECT_FALSE(couldBecomeTypedDate(QStringLiteral("2021-03-05-2021")));
}
