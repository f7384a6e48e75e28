// Which listed unit an unknown organizer may mean: the names an import offers to map it to.

#include "Unit.h"
#include "UnitMatching.h"

#include <gtest/gtest.h>

using namespace tp;

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QStringList kListed { q("区教委"), q("区教师进修学校"), q("梁平中学"), q("区教育委员会"), q("区实验小学") };

} // namespace

TEST(UnitMatching, AnAbbreviationFindsItsUnitFirst)
{
    EXPECT_EQ(closeUnitNames(q("区进修校"), kListed).value(0), q("区教师进修学校"));
    EXPECT_TRUE(closeUnitNames(q("梁平区中学"), kListed).contains(q("梁平中学")));
}

TEST(UnitMatching, AnUnrelatedNameIsOfferedNothingAndANameIsNotItsOwnMatch)
{
    EXPECT_TRUE(closeUnitNames(q("市农业农村局"), kListed).isEmpty());
    // 区 alone is in every district unit's name: not a match.
    EXPECT_TRUE(closeUnitNames(q("区"), kListed).isEmpty());
    EXPECT_FALSE(closeUnitNames(q("区教委"), kListed).contains(q("区教委")));
    EXPECT_LE(closeUnitNames(q("区教师进修学校实验小学"), kListed, 2).size(), 2);
}

TEST(UnitMatching, SimilarityIsSymmetricAndOneOnlyForTheSameName)
{
    EXPECT_DOUBLE_EQ(unitNameSimilarity(q("区教委"), q("区教委")), 1.0);
    EXPECT_DOUBLE_EQ(
        unitNameSimilarity(q("区进修校"), q("区教师进修学校")), unitNameSimilarity(q("区教师进修学校"), q("区进修校")));
    EXPECT_LT(unitNameSimilarity(q("区进修校"), q("区教委")), 0.5);
}

// The kind of a unit as a clerk types it on the command line (units add … --kind): the label the program shows,
// the stable name, or the kind word alone; anything else is no kind (the CLI then lists the labels).
TEST(UnitKindFromText, LabelsStableNamesAndKindWordsAreKindsAndNothingElseIs)
{
    EXPECT_EQ(unitKindFromText(QStringLiteral("教师进修学校")), UnitKind::TrainingSchool);
    EXPECT_EQ(unitKindFromText(QStringLiteral("training_school")), UnitKind::TrainingSchool);
    EXPECT_EQ(unitKindFromText(QStringLiteral(" Training_School ")), UnitKind::TrainingSchool);
    EXPECT_EQ(unitKindFromText(QStringLiteral("进修学校")), UnitKind::TrainingSchool);
    EXPECT_EQ(unitKindFromText(QStringLiteral("教委")), UnitKind::Bureau);
    EXPECT_EQ(unitKindFromText(QStringLiteral("教育行政部门")), UnitKind::Bureau);
    EXPECT_EQ(unitKindFromText(QStringLiteral("初中")), UnitKind::Secondary);
    EXPECT_EQ(unitKindFromText(QStringLiteral("幼儿园")), UnitKind::Kindergarten);
    EXPECT_EQ(unitKindFromText(QStringLiteral("其他")), UnitKind::Other);
    EXPECT_EQ(unitKindFromText(QStringLiteral("other")), UnitKind::Other);
    EXPECT_EQ(unitKindFromText(QStringLiteral("火星")), std::nullopt);
    EXPECT_EQ(unitKindFromText(QString()), std::nullopt);
    EXPECT_EQ(unitKindFromText(QStringLiteral("重庆市梁平区教师进修学校")), std::nullopt)
        << "a unit's whole name is not a kind";
    EXPECT_EQ(unitKindLabels().size(), 8);
    EXPECT_EQ(unitKindLabels().first(), QStringLiteral("教育行政部门"));
}
