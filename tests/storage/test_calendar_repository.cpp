#include "CalendarRepository.h"
#include "Database.h"
#include "DeadlineRules.h"
#include "TestBackend.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class CalendarRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(test::databaseLocation(m_dir, QStringLiteral("calendar.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        m_db = *db;
    }

    WorkCalendar calendar() const
    {
        auto c = CalendarRepository(*m_db).calendar();
        EXPECT_TRUE(c.ok());
        return c.ok() ? *c : WorkCalendar();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

TEST_F(CalendarRepositoryTest, WithNothingStoredTheCalendarIsTheBuiltInOne)
{
    const WorkCalendar cal = calendar();
    EXPECT_EQ(cal.workdaysBefore(date("2026-03-02"), 15).date, date("2026-02-03")); // docs/rules.md
    EXPECT_EQ(cal.dayInfo(date("2027-02-08")).source, DaySource::Estimated);
}

TEST_F(CalendarRepositoryTest, AStoredDayOverridesAnEstimateAndCanBeRemoved)
{
    CalendarRepository repo(*m_db);
    ASSERT_FALSE(calendar().isWorkday(date("2027-02-08"))); // estimated 春节 day off
    ASSERT_TRUE(
        repo.setDay({ date("2027-02-08"), DayKind::Work, QStringLiteral("春节调休"), DaySource::Official }).ok());
    auto stored = repo.storedDays(2027);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().source, DaySource::User); // entered by hand: always a user's day

    WorkCalendar cal = calendar();
    EXPECT_TRUE(cal.isWorkday(date("2027-02-08")));
    EXPECT_EQ(cal.dayInfo(date("2027-02-08")).source, DaySource::User);
    EXPECT_EQ(cal.dayInfo(date("2027-02-08")).name, QStringLiteral("春节调休"));

    // A Saturday entered as a day off moves a deadline that counts across it.
    ASSERT_TRUE(repo.setDay({ date("2026-02-28"), DayKind::Off, QStringLiteral("测试"), DaySource::User }).ok());
    EXPECT_EQ(calendar().workdaysBefore(date("2026-03-02"), 15).date, date("2026-02-02"));

    ASSERT_TRUE(repo.removeDay(date("2027-02-08")).ok());
    ASSERT_TRUE(repo.removeDay(date("2026-02-28")).ok());
    EXPECT_FALSE(calendar().isWorkday(date("2027-02-08")));
    EXPECT_EQ(calendar().workdaysBefore(date("2026-03-02"), 15).date, date("2026-02-03"));
    EXPECT_TRUE(repo.storedDays()->isEmpty());
}

TEST_F(CalendarRepositoryTest, AnImportedYearReplacesTheEstimateAndDeadlinesAreNoLongerProvisional)
{
    CalendarRepository repo(*m_db);
    ASSERT_TRUE(calendar().workdaysBefore(date("2027-03-01"), 15).provisional);

    // A (made-up) 2027 schedule in the format of the reference file, as published in November.
    const QByteArray csv = "date,kind,name\n"
                           "2027-01-01,off,元旦\n"
                           "2027-02-05,off,春节\n2027-02-06,off,春节\n2027-02-07,off,春节\n"
                           "2027-02-08,off,春节\n2027-02-09,off,春节\n2027-02-10,off,春节\n"
                           "2027-02-11,off,春节\n2027-02-12,off,春节\n"
                           "2027-02-20,work,春节\n";
    auto parsed = parseHolidayCsv(csv, QStringLiteral("2027.csv"), DaySource::Official);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    auto years = repo.importSchedule(*parsed);
    ASSERT_TRUE(years.ok()) << years.error().toString().toStdString();
    EXPECT_EQ(*years, QList<int> { 2027 });

    const WorkCalendar cal = calendar();
    EXPECT_TRUE(cal.hasSchedule(2027));
    EXPECT_EQ(cal.dayInfo(date("2027-02-12")).source, DaySource::Official);
    EXPECT_FALSE(cal.isWorkday(date("2027-02-12")));
    EXPECT_TRUE(cal.isWorkday(date("2027-02-20"))); // a Saturday 调休上班
    // 清明 is not in this made-up schedule: no estimate fills it in any more.
    EXPECT_NE(cal.dayInfo(date("2027-04-05")).source, DaySource::Estimated);
    EXPECT_FALSE(cal.workdaysBefore(date("2027-03-01"), 15).provisional);

    // Importing the year again replaces it (no day of the first import survives).
    auto again = parseHolidayCsv("date,kind,name\n2027-01-01,off,元旦\n", QStringLiteral("b.csv"), DaySource::Official);
    ASSERT_TRUE(repo.importSchedule(*again).ok());
    EXPECT_EQ(repo.storedDays(2027)->size(), 1);
    EXPECT_TRUE(calendar().isWorkday(date("2027-02-12")));

    ASSERT_TRUE(repo.removeSchedule(2027).ok());
    EXPECT_EQ(calendar().dayInfo(date("2027-02-08")).source, DaySource::Estimated);
}

TEST_F(CalendarRepositoryTest, AnImportIsAllOrNothing)
{
    CalendarRepository repo(*m_db);
    ASSERT_TRUE(repo.setDay({ date("2027-05-03"), DayKind::Off, QStringLiteral("劳动节"), DaySource::User }).ok());
    QList<SpecialDay> days { { date("2027-01-01"), DayKind::Off, QStringLiteral("元旦"), DaySource::Official },
        { date("2027-01-01"), DayKind::Off, QStringLiteral("元旦"), DaySource::Official } };
    auto r = repo.importSchedule(days);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("2027-01-01")));
    // A year of adjusted working days only is refused, and takes the good year of the same file with it.
    days = { { date("2027-01-01"), DayKind::Off, QStringLiteral("元旦"), DaySource::Official },
        { date("2028-01-29"), DayKind::Work, QStringLiteral("春节"), DaySource::Official } };
    r = repo.importSchedule(days);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("2028")));
    auto stored = repo.storedDays();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().date, date("2027-05-03"));
}

TEST_F(CalendarRepositoryTest, RuleSetsRoundTripPerDistrictOverTheDefaults)
{
    CalendarRepository repo(*m_db);
    EXPECT_EQ(*repo.ruleSet(QStringLiteral("梁平区")), RuleSet::defaults());

    RuleSet yunyang = RuleSet::defaults();
    yunyang.name = QStringLiteral("云阳");
    yunyang.source = QStringLiteral("seeds 001");
    yunyang.leadWorkdays = 10;
    yunyang.outOfCityWorkdays = 20;
    yunyang.changeMonths = 2;
    yunyang.dueSoonWorkdays = 7;
    ASSERT_TRUE(repo.saveRuleSet(QStringLiteral("云阳县"), yunyang).ok());
    EXPECT_EQ(*repo.ruleSet(QStringLiteral("云阳县")), yunyang);
    EXPECT_EQ(*repo.ruleSet(QStringLiteral("梁平区")), RuleSet::defaults());

    // Parameters for every district ("") apply where a district has none of its own.
    RuleSet everywhere = RuleSet::defaults();
    everywhere.dueSoonWorkdays = 3;
    ASSERT_TRUE(repo.saveRuleSet(QString(), everywhere).ok());
    EXPECT_EQ(repo.ruleSet(QStringLiteral("梁平区"))->dueSoonWorkdays, 3);
    EXPECT_EQ(repo.ruleSet(QStringLiteral("云阳县"))->dueSoonWorkdays, 7);

    RuleSet bad = yunyang;
    bad.leadWorkdays = -1;
    const Status s = repo.saveRuleSet(QStringLiteral("云阳县"), bad);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("-1")));
    EXPECT_EQ(*repo.ruleSet(QStringLiteral("云阳县")), yunyang);

    // The stored numbers drive the deadline rules.
    const WorkCalendar cal = WorkCalendar::builtIn();
    ProjectSchedule schedule;
    schedule.start = date("2026-03-02");
    const ProjectDeadlines d
        = deadlinesFor(schedule, 2026, cal, *repo.ruleSet(QStringLiteral("云阳县")), date("2026-01-05"));
    EXPECT_EQ(d.plan.due, cal.workdaysBefore(date("2026-03-02"), 10).date);
}

} // namespace
