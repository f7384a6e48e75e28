#include "PinyinIndex.h"

#include <QStringList>
#include <algorithm>
#include <gtest/gtest.h>

using namespace tp;

TEST(PinyinIndex, FindsByInitialsFullPinyinAndHanzi)
{
    const PinyinKey key = pinyinKey(QStringLiteral("梁平区"));
    EXPECT_EQ(key.full, QStringLiteral("liangpingqu"));
    EXPECT_EQ(key.initials, QStringLiteral("lpq"));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("lpq")));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("LPQ")));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("liangping")));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("liang ping")));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("平区")));
    EXPECT_FALSE(pinyinMatches(key, QStringLiteral("zhw")));
    EXPECT_TRUE(pinyinMatches(key, QString()));
}

TEST(PinyinIndex, MixedTextKeepsDigitsAndLatin)
{
    const PinyinKey key = pinyinKey(QStringLiteral("2021年新教师培训"));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("2021")));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("xjs")));
    EXPECT_TRUE(pinyinMatches(key, QStringLiteral("xinjiaoshi")));
    EXPECT_TRUE(pinyinMatches(pinyinKey(QStringLiteral("张伟")), QStringLiteral("zhw")));
    EXPECT_TRUE(pinyinMatches(pinyinKey(QStringLiteral("梁平区")), QStringLiteral("lipq")));
    EXPECT_FALSE(pinyinMatches(pinyinKey(QStringLiteral("张伟")), QStringLiteral("zwx")));
    EXPECT_TRUE(pinyinMatches(pinyinKey(QStringLiteral("张伟")), QStringLiteral("zw")));
    EXPECT_TRUE(pinyinMatches(pinyinKey(QStringLiteral("张伟")), QStringLiteral("zhangwei")));
}

TEST(PinyinCollator, SortsByPinyin)
{
    PinyinCollator c;
    QStringList names { QStringLiteral("张伟"), QStringLiteral("梁平区"), QStringLiteral("安琪"),
        QStringLiteral("北京") };
    std::sort(names.begin(), names.end(), [&](const QString& a, const QString& b) { return c.lessThan(a, b); });
    EXPECT_EQ(names,
        (QStringList {
            QStringLiteral("安琪"), QStringLiteral("北京"), QStringLiteral("梁平区"), QStringLiteral("张伟") }));
    EXPECT_LT(c.sortKey(QStringLiteral("安琪")), c.sortKey(QStringLiteral("张伟")));
}
