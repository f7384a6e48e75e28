// Where an unknown organizer appears (the CLI's list after an import, the GUI's 出现在 column): short for a person to
// read whatever the size of the plan. A 100,000-row table naming the same organizer on every row printed 100,000
// numbers (600 KB on one line) before the ranges.

#include "UnitDirectoryService.h"

#include <gtest/gtest.h>
#include <numeric>

using namespace tp;

TEST(ProjectsPhrase, NamesEveryProjectWithRunsOfThreeOrMoreAsRanges)
{
    struct Case {
        QList<int> seqs;
        const char* phrase;
    };
    const Case cases[] = {
        { { 3 }, "第 3 项" },
        { { 2, 3 }, "第 2、3 项" }, // two in a row stay two numbers
        { { 1, 2, 3 }, "第 1—3 项" },
        { { 1, 2, 3, 5, 7, 8, 9, 10, 12, 13 }, "第 1—3、5、7—10、12、13 项" },
    };
    for (const Case& c : cases)
        EXPECT_EQ(UnitDirectoryService::projectsPhrase(c.seqs), QString::fromUtf8(c.phrase)) << c.phrase;
}

TEST(ProjectsPhrase, AWholeCityPlanIsOneShortLineThatSaysHowManyProjects)
{
    QList<int> all(100000);
    std::iota(all.begin(), all.end(), 1);
    EXPECT_EQ(UnitDirectoryService::projectsPhrase(all), QStringLiteral("第 1—100000 项"));

    QList<int> odd; // every other project: no runs, so the list is cut and the count said
    for (int seq = 1; seq <= 9999; seq += 2)
        odd << seq;
    const QString phrase = UnitDirectoryService::projectsPhrase(odd, 4);
    EXPECT_EQ(phrase, QStringLiteral("第 1、3、5、7 … 等 5000 项"));

    // Cut exactly at the limit: nothing is left out, so no 等.
    EXPECT_EQ(UnitDirectoryService::projectsPhrase({ 1, 3, 5, 7 }, 4), QStringLiteral("第 1、3、5、7 项"));
    EXPECT_EQ(UnitDirectoryService::projectsPhrase({ 1, 3, 5, 7, 8 }, 4), QStringLiteral("第 1、3、5、7 … 等 5 项"));
}
