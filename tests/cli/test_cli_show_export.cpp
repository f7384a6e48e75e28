// trainplan-cli show / export / usage: the readable table, the JSON, which plan is meant, exit statuses.

#include "CliRunner.h"
#include "Printers.h"

using namespace tp::test;

class CliShowExport : public CliTest { };

TEST_F(CliShowExport, TheReadableTableHasATotalLineAndTheFindings)
{
    ASSERT_EQ(importLiangping().exitCode, 0);
    const CliResult r = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = r.text();
    EXPECT_TRUE(text.contains(QStringLiteral("基层党组织书记、班子成员培训")));
    EXPECT_TRUE(text.contains(QStringLiteral("合计")));
    EXPECT_TRUE(text.contains(QStringLiteral("98天+400学时")));
    EXPECT_TRUE(text.contains(QStringLiteral("14592")));
    EXPECT_TRUE(text.contains(QStringLiteral("82"))); // the stated total and its difference

    // Aligned for a terminal: every project line puts its 主办单位 at the same display column, counting a
    // Chinese character as two columns.
    const auto displayWidth = [](const QString& s) {
        int w = 0;
        for (char32_t c : s.toUcs4())
            w += c >= 0x2E80 ? 2 : 1;
        return w;
    };
    QList<int> columns;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(QStringLiteral("区教委"));
        if (at > 0 && line.trimmed().front().isDigit())
            columns << displayWidth(line.left(at));
    }
    ASSERT_GT(columns.size(), 3);
    for (int c : columns)
        EXPECT_EQ(c, columns.first());
}

TEST_F(CliShowExport, DistrictMayBeLeftOutOnlyWhileItIsUnambiguous)
{
    ASSERT_EQ(importLiangping().exitCode, 0);
    EXPECT_EQ(cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021") }).exitCode, 0);

    const QString file = writeFile(QStringLiteral("other.csv"),
        QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数\n1,班主任培训,县教委,3,270\n"));
    ASSERT_EQ(cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2021"),
                      QStringLiteral("--district"), QStringLiteral("云阳县") })
                  .exitCode,
        0);
    const CliResult ambiguous = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021") });
    EXPECT_EQ(ambiguous.exitCode, 2);
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("梁平区"))) << ambiguous.err.toStdString();
    EXPECT_TRUE(ambiguous.err.contains(QStringLiteral("云阳县"))) << ambiguous.err.toStdString();

    const CliResult chosen = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--district"), QStringLiteral("云阳县"), QStringLiteral("--json") });
    ASSERT_EQ(chosen.exitCode, 0);
    EXPECT_EQ(chosen.json()[QStringLiteral("projects")].toArray().size(), 1);

    const CliResult missing = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--district"), QStringLiteral("垫江县") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("垫江县")));
    const CliResult otherYear = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2030") });
    EXPECT_EQ(otherYear.exitCode, 1);
    EXPECT_TRUE(otherYear.err.contains(QStringLiteral("2021"))); // names the years there are
}

TEST_F(CliShowExport, ExportThenImportGivesTheSameProjects)
{
    for (const char* fixture : { "liangping-2021-plan.csv", "jianan-2024-plan.csv" }) {
        SCOPED_TRACE(fixture);
        const bool liangping = QByteArray(fixture).startsWith("liangping");
        const QString year = liangping ? QStringLiteral("2021") : QStringLiteral("2024");
        const QString district = liangping ? QStringLiteral("梁平区") : QStringLiteral("建安区");
        const QString first = db(QStringLiteral("first-%1.sqlite").arg(year));
        const QString second = db(QStringLiteral("second-%1.sqlite").arg(year));
        ASSERT_EQ(cli({ QStringLiteral("import"), dataFile(fixture), QStringLiteral("--year"), year,
                          QStringLiteral("--district"), district },
                      first)
                      .exitCode,
            0);
        const QString csv = path(QStringLiteral("export-%1.csv").arg(year));
        const CliResult exported
            = cli({ QStringLiteral("export"), QStringLiteral("--year"), year, QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--output"), csv },
                first);
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.read(3) == QByteArray("\xEF\xBB\xBF")); // UTF-8 with BOM for Excel/WPS

        // The export carries the plan's title, so the re-import finds the district by itself.
        const CliResult reimported
            = cli({ QStringLiteral("import"), csv, QStringLiteral("--year"), year, QStringLiteral("--json") }, second);
        ASSERT_EQ(reimported.exitCode, 0) << reimported.err.toStdString();
        EXPECT_EQ(reimported.json()[QStringLiteral("plan")][QStringLiteral("district")].toString(), district);

        const QJsonObject a = showJson(year.toInt(), first);
        const QJsonObject b = showJson(year.toInt(), second);
        EXPECT_EQ(a[QStringLiteral("projects")].toArray().size(), liangping ? 34 : 14);
        EXPECT_EQ(a[QStringLiteral("projects")], b[QStringLiteral("projects")]);
        EXPECT_EQ(a[QStringLiteral("totals")], b[QStringLiteral("totals")]);
    }
}

TEST_F(CliShowExport, ExportPdfAndXlsxAndTheXlsxImportsBack)
{
    ASSERT_EQ(importLiangping().exitCode, 0);
    const QString pdf = path(QStringLiteral("out.pdf"));
    const CliResult r = cli({ QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--orientation"), QStringLiteral("landscape"),
        QStringLiteral("--output"), pdf, QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_GE(r.json()[QStringLiteral("pages")].toInt(), 1);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    const QString xlsx = path(QStringLiteral("out.xlsx"));
    const CliResult x = cli({ QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx });
    ASSERT_EQ(x.exitCode, 0) << x.err.toStdString();
    const QString second = db(QStringLiteral("second.sqlite"));
    const CliResult back
        = cli({ QStringLiteral("import"), xlsx, QStringLiteral("--year"), QStringLiteral("2021"),
                  QStringLiteral("--district"), QString::fromUtf8("梁平区"), QStringLiteral("--json") },
            second);
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_EQ(back.json()[QStringLiteral("imported")].toInt(), 34);
    // --sheet names a sheet that is not there: rejected, naming it, nothing stored.
    const QString third = db(QStringLiteral("third.sqlite"));
    const CliResult noSheet = cli({ QStringLiteral("import"), xlsx, QStringLiteral("--year"), QStringLiteral("2021"),
                                      QStringLiteral("--district"), QString::fromUtf8("梁平区"),
                                      QStringLiteral("--sheet"), QString::fromUtf8("2022年") },
        third);
    EXPECT_EQ(noSheet.exitCode, 1);
    EXPECT_TRUE(noSheet.err.contains(QString::fromUtf8("2022年"))) << noSheet.err.toStdString();
    const CliResult noPlan = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021"),
                                     QStringLiteral("--district"), QString::fromUtf8("梁平区") },
        third);
    EXPECT_NE(noPlan.exitCode, 0) << "nothing was imported";

    const CliResult badColumn = cli({ QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--columns"), QString::fromUtf8("序号,经费"),
        QStringLiteral("--output"), path(QStringLiteral("bad.pdf")) });
    EXPECT_EQ(badColumn.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("bad.pdf"))));
}

struct UsageCase {
    const char* name; // what is wrong
    QStringList arguments;
};

void PrintTo(const UsageCase& c, std::ostream* os)
{
    *os << c.name << ": trainplan-cli " << c.arguments.join(QLatin1Char(' ')).toStdString();
}

class CliUsage : public CliTest, public ::testing::WithParamInterface<UsageCase> { };

TEST_P(CliUsage, ExitsWithTwoAndSaysWhy)
{
    const CliResult r = cli(GetParam().arguments);
    EXPECT_EQ(r.exitCode, 2) << GetParam().name;
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_FALSE(QFile::exists(db())) << "a usage error must not create the database";
}

INSTANTIATE_TEST_SUITE_P(Errors, CliUsage,
    ::testing::Values(UsageCase { "no command", {} }, UsageCase { "unknown command", { QStringLiteral("frobnicate") } },
        UsageCase { "unknown option",
            { QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--colour") } },
        UsageCase { "missing --year", { QStringLiteral("show") } },
        UsageCase { "--year without value", { QStringLiteral("show"), QStringLiteral("--year") } },
        UsageCase { "bad year", { QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("21") } },
        UsageCase { "bad year text", { QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("二〇二一") } },
        UsageCase { "bad --today",
            { QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--today"),
                QStringLiteral("2021-02-30") } },
        UsageCase {
            "import without file", { QStringLiteral("import"), QStringLiteral("--year"), QStringLiteral("2021") } },
        UsageCase { "export without format",
            { QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--output"),
                QStringLiteral("x.csv") } },
        UsageCase { "export to unknown format",
            { QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--format"),
                QStringLiteral("doc"), QStringLiteral("--output"), QStringLiteral("x.doc") } },
        UsageCase { "flag with value",
            { QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021"),
                QStringLiteral("--json=yes") } }),
    NameOfCase());

TEST_F(CliShowExport, HelpAndTodayAreAccepted)
{
    const CliResult help = runCli({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : { "import", "show", "export" })
        EXPECT_TRUE(help.text().contains(QString::fromUtf8(command))) << command;

    ASSERT_EQ(importLiangping().exitCode, 0);
    const CliResult r = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2021"),
        QStringLiteral("--today"), QStringLiteral("2021-03-01"), QStringLiteral("--json") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json()[QStringLiteral("plan")][QStringLiteral("year")].toInt(), 2021);
}
