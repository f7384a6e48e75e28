// End to end, as a bureau would: import a published plan, check it, export it, import the export into another
// database — the same plan comes back: the same projects as typed, the same totals, the same findings about its
// projects (the stated 合计 row differs: an export writes the sums).

#include "CliRunner.h"
#include "Printers.h"

using namespace tp::test;

namespace {

struct RoundTripCase {
    const char* name; // of the test case
    const char* file;
    const char* district;
    int year;
    const char* today;
    const char* format;
};

void PrintTo(const RoundTripCase& c, std::ostream* os)
{
    *os << c.file << " → " << c.format;
}

// The findings about projects and the plan as a whole (those about a row of the imported file — the stated 合计
// row — depend on the file).
QJsonArray projectFindings(const QJsonObject& check)
{
    QJsonArray out;
    for (const QJsonValue& f : check.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("row")).isNull())
            out.append(f);
    return out;
}

class CliRoundTrip : public CliTest, public ::testing::WithParamInterface<RoundTripCase> {
protected:
    QStringList planArgs(const char* command) const
    {
        const RoundTripCase& c = GetParam();
        return { QString::fromUtf8(command), QStringLiteral("--year"), QString::number(c.year),
            QStringLiteral("--district"), QString::fromUtf8(c.district) };
    }
    QStringList checkArgs() const
    {
        return planArgs("check") << QStringLiteral("--today") << QString::fromUtf8(GetParam().today)
                                 << QStringLiteral("--json");
    }
};

} // namespace

TEST_P(CliRoundTrip, ImportCheckExportAndImportAgainGiveTheSamePlan)
{
    const RoundTripCase& c = GetParam();
    const CliResult imported
        = cli(QStringList { QStringLiteral("import"), dataFile(c.file) } + planArgs("import").mid(1));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliResult checked = cli(checkArgs());
    ASSERT_NE(checked.exitCode, 2) << checked.err.toStdString();

    const QString exported = path(QStringLiteral("plan.") + QString::fromUtf8(c.format));
    const CliResult written = cli(planArgs("export")
        << QStringLiteral("--format") << QString::fromUtf8(c.format) << QStringLiteral("--output") << exported);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();

    const QString second = db(QStringLiteral("second.sqlite"));
    const CliResult again = cli(QStringList { QStringLiteral("import"), exported } + planArgs("import").mid(1), second);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();

    const QJsonObject before = showJson(c.year);
    const QJsonObject after = showJson(c.year, second);
    EXPECT_EQ(after.value(QStringLiteral("projects")).toArray().size(),
        before.value(QStringLiteral("projects")).toArray().size());
    EXPECT_EQ(after.value(QStringLiteral("projects")), before.value(QStringLiteral("projects")));
    EXPECT_EQ(after.value(QStringLiteral("totals")), before.value(QStringLiteral("totals")));

    const CliResult checkedAgain = cli(checkArgs(), second);
    ASSERT_NE(checkedAgain.exitCode, 2) << checkedAgain.err.toStdString();
    EXPECT_EQ(projectFindings(checkedAgain.json()), projectFindings(checked.json()));
    EXPECT_FALSE(projectFindings(checked.json()).isEmpty()) << "the deadlines of the planned months are checked";
}

INSTANTIATE_TEST_SUITE_P(Published, CliRoundTrip,
    ::testing::Values(
        RoundTripCase { "liangping 2021 csv", "liangping-2021-plan.csv", "梁平区", 2021, "2021-03-01", "csv" },
        RoundTripCase { "liangping 2021 xlsx", "liangping-2021-plan.csv", "梁平区", 2021, "2021-03-01", "xlsx" },
        RoundTripCase { "jianan 2024 csv", "jianan-2024-plan.csv", "建安区", 2024, "2024-03-20", "csv" },
        RoundTripCase { "jianan 2024 xlsx", "jianan-2024-plan.csv", "建安区", 2024, "2024-03-20", "xlsx" }),
    NameOfCase());
