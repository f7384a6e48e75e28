// trainplan-cli calendar / deadline / check: the worked examples of docs/rules.md, the JSON shapes of docs/cli.md,
// and check's exit status.

#include "CliRunner.h"
#include "Printers.h"

using namespace tp::test;

class CliCalendar : public CliTest { };

struct DeadlineCase {
    const char* name; // of the test case
    const char* start;
    QStringList extra;
    const char* deadline;
    const char* rule;
};

void PrintTo(const DeadlineCase& c, std::ostream* os)
{
    *os << c.start << ' ' << c.extra.join(QLatin1Char(' ')).toStdString() << " → " << c.deadline << " (" << c.rule
        << ')';
}

class CliDeadline : public CliTest, public ::testing::WithParamInterface<DeadlineCase> { };

TEST_P(CliDeadline, WorkedExamplesOfTheRules)
{
    const DeadlineCase c = GetParam();
    QStringList args { QStringLiteral("deadline"), QStringLiteral("--start"), QString::fromUtf8(c.start) };
    args << c.extra;
    const CliResult text = cli(args);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.text(), QString::fromUtf8(c.deadline) + QLatin1Char('\n')); // the date alone

    const CliResult json = cli(args << QStringLiteral("--json"));
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject doc = json.json();
    EXPECT_EQ(doc[QStringLiteral("start")].toString(), QString::fromUtf8(c.start));
    EXPECT_EQ(doc[QStringLiteral("deadline")].toString(), QString::fromUtf8(c.deadline));
    EXPECT_EQ(doc[QStringLiteral("rule")].toString(), QString::fromUtf8(c.rule));
    EXPECT_EQ(doc[QStringLiteral("provisional")], QJsonValue(false));
}

INSTANTIATE_TEST_SUITE_P(Examples, CliDeadline,
    ::testing::Values(
        // 春节 02-15..02-23 off, Saturdays 02-14 and 02-28 working days; the rule set's 15 working days.
        DeadlineCase { "after spring festival", "2026-03-02", {}, "2026-02-03", "R-LEAD" },
        DeadlineCase { "after national day", "2024-10-08", { QStringLiteral("--workdays"), QStringLiteral("15") },
            "2024-09-10", "R-LEAD" },
        // 2021-02-28 is a Sunday: the last working day before it.
        DeadlineCase { "a month before the 31st", "2021-03-31", { QStringLiteral("--months"), QStringLiteral("1") },
            "2021-02-26", "R-CHANGE" },
        DeadlineCase { "a month before, on national day", "2025-11-01",
            { QStringLiteral("--months"), QStringLiteral("1") }, "2025-09-30", "R-CHANGE" }),
    NameOfCase());

TEST_F(CliCalendar, AYearWithoutOfficialScheduleGivesProvisionalDeadlines)
{
    const CliResult r = cli({ QStringLiteral("deadline"), QStringLiteral("--start"), QStringLiteral("2035-10-08"),
        QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("provisional")], QJsonValue(true));
}

TEST_F(CliCalendar, DeadlineUsageErrors)
{
    const QList<QStringList> cases {
        { QStringLiteral("deadline") },
        { QStringLiteral("deadline"), QStringLiteral("--start"), QStringLiteral("2026-02-30") },
        { QStringLiteral("deadline"), QStringLiteral("--start"), QStringLiteral("2026-03-02"),
            QStringLiteral("--workdays"), QStringLiteral("15"), QStringLiteral("--months"), QStringLiteral("1") },
        { QStringLiteral("deadline"), QStringLiteral("--start"), QStringLiteral("2026-03-02"),
            QStringLiteral("--workdays"), QStringLiteral("0") },
        { QStringLiteral("deadline"), QStringLiteral("--start"), QStringLiteral("2026-03-02"),
            QStringLiteral("--months"), QStringLiteral("-1") },
    };
    for (const QStringList& args : cases) {
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
}

TEST_F(CliCalendar, EveryDayOfTheYearWithItsReason)
{
    const CliResult r = cli(
        { QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject doc = r.json();
    EXPECT_EQ(doc[QStringLiteral("year")].toInt(), 2026);
    const QJsonArray days = doc[QStringLiteral("days")].toArray();
    ASSERT_EQ(days.size(), 365);
    QHash<QString, QJsonObject> byDate;
    for (const QJsonValue& d : days)
        byDate.insert(d[QStringLiteral("date")].toString(), d.toObject());

    const QJsonObject adjusted = byDate.value(QStringLiteral("2026-02-14")); // Saturday, 调休上班
    EXPECT_TRUE(adjusted[QStringLiteral("workday")].toBool());
    EXPECT_EQ(adjusted[QStringLiteral("source")].toString(), QStringLiteral("official"));
    EXPECT_EQ(adjusted[QStringLiteral("name")].toString(), QStringLiteral("春节"));
    const QJsonObject holiday = byDate.value(QStringLiteral("2026-02-17")); // Tuesday off
    EXPECT_FALSE(holiday[QStringLiteral("workday")].toBool());
    EXPECT_EQ(holiday[QStringLiteral("source")].toString(), QStringLiteral("official"));
    const QJsonObject weekend = byDate.value(QStringLiteral("2026-03-07"));
    EXPECT_FALSE(weekend[QStringLiteral("workday")].toBool());
    EXPECT_EQ(weekend[QStringLiteral("source")].toString(), QStringLiteral("weekend"));
    const QJsonObject weekday = byDate.value(QStringLiteral("2026-03-09"));
    EXPECT_TRUE(weekday[QStringLiteral("workday")].toBool());
    EXPECT_EQ(weekday[QStringLiteral("source")].toString(), QStringLiteral("weekday"));

    const CliResult leap = cli(
        { QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--json") });
    ASSERT_EQ(leap.exitCode, 0);
    EXPECT_EQ(leap.json()[QStringLiteral("days")].toArray().size(), 366);
}

TEST_F(CliCalendar, CheckExitsWithOneWhenThePlanHasErrors)
{
    ASSERT_EQ(importLiangping().exitCode, 0);
    const CliResult r = cli({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--today"), QStringLiteral("2021-01-04"), QStringLiteral("--json") });
    EXPECT_EQ(r.exitCode, 1); // the stated 82 days differ from the rows' 98
    bool found = false;
    for (const QJsonValue& f : r.json()[QStringLiteral("findings")].toArray()) {
        const QString m = f[QStringLiteral("message")].toString();
        found = found
            || (m.contains(QStringLiteral("82")) && m.contains(QStringLiteral("98"))
                && f[QStringLiteral("severity")].toString() == QStringLiteral("error"));
    }
    EXPECT_TRUE(found);
}

TEST_F(CliCalendar, CheckReportsDeadlinesOfPlannedMonths)
{
    ASSERT_EQ(cli({ QStringLiteral("import"), dataFile("jianan-2024-plan.csv"), QStringLiteral("--year"),
                      QStringLiteral("2024"), QStringLiteral("--district"), QStringLiteral("建安区") })
                  .exitCode,
        0);
    // On 2024-03-20 the April classes' plans (due 2024-03-11, 15 working days before 04-01) are late.
    const CliResult r = cli({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2024"),
        QStringLiteral("--today"), QStringLiteral("2024-03-20"), QStringLiteral("--json") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString(); // only an approximate (month) start: warnings
    int lead = 0;
    for (const QJsonValue& f : r.json()[QStringLiteral("findings")].toArray()) {
        if (f[QStringLiteral("rule")].toString() == QStringLiteral("R-LEAD")
            && f[QStringLiteral("message")].toString().contains(QStringLiteral("2024-03-11")))
            ++lead;
    }
    EXPECT_GT(lead, 0);
}
