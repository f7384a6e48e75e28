// A plan walked through its life with the real trainplan-cli (issue 12): 报审, 退回修改, 批复 (version 1), a change
// filed too late and refused with its deadline, one in time approved and applied, a cancellation that needs its
// written explanation, the diff against the approved version, the history, the audit log and the unit directory.

#include "CliRunner.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace tp::test;

namespace {

class CliWorkflow : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const QString file = writeFile(QStringLiteral("plan.csv"),
            QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数,拟培训时间\n"
                           "1,新任教师岗前培训,区教委,5,120,11月\n"
                           "2,师德师风专题培训,区教委,1,全员,9月\n"
                           "3,班主任能力提升培训,区进修校,3,300,12月\n"));
        const CliResult r = cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--district"), QStringLiteral("梁平区") });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    // A command on the 2025 plan, by a person, on a day.
    CliResult run(QStringList args, const char* today = "2025-08-01", const char* who = "进修校 李明") const
    {
        args << QStringLiteral("--today") << QString::fromLatin1(today) << QStringLiteral("--operator")
             << QString::fromUtf8(who);
        return cli(args);
    }
    static QStringList plan(const char* action)
    {
        return { QStringLiteral("plan"), QString::fromLatin1(action), QStringLiteral("--year"),
            QStringLiteral("2025") };
    }
    QJsonObject project(int seq) const
    {
        const CliResult r = cli(
            { QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json") });
        EXPECT_EQ(r.exitCode, 0);
        return r.json()[QStringLiteral("projects")].toArray().at(seq - 1).toObject();
    }
};

} // namespace

TEST_F(CliWorkflow, APlanWalksThroughItsStatesAndChangesOnlyByApprovedRequests)
{
    // Not submitted yet: it cannot be approved, and the refusal says what can be done.
    CliResult r = run(plan("approve") << QStringLiteral("--doc") << QStringLiteral("梁教委〔2025〕8号"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("草稿"))) << r.err.toStdString();
    ASSERT_EQ(run(plan("submit")).exitCode, 0);
    // Returned: only with a reason.
    r = run(plan("return"), "2025-08-05", "区教委 王芳");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("原因"))) << r.err.toStdString();
    r = run(plan("return") << QStringLiteral("--reason") << QStringLiteral("岗前培训天数与方案不符")
                           << QStringLiteral("--json"),
        "2025-08-05", "区教委 王芳");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("status")].toString(), QStringLiteral("returned"));
    ASSERT_EQ(run(plan("submit"), "2025-08-10").exitCode, 0);
    // Approved with its 文号: version 1.
    r = run(plan("approve"), "2025-08-20", "区教委 王芳");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("文号"))) << r.err.toStdString();
    r = run(
        plan("approve") << QStringLiteral("--doc") << QStringLiteral("梁教委〔2025〕8号") << QStringLiteral("--json"),
        "2025-08-20", "区教委 王芳");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("status")].toString(), QStringLiteral("approved"));
    EXPECT_EQ(r.json()[QStringLiteral("version")].toInt(), 1);

    // A change of 11月 → 12月 takes effect on 11-01; one month before is 10-01, 国庆节: the deadline is 09-30.
    const QStringList change { QStringLiteral("change"), QStringLiteral("request"), QStringLiteral("--year"),
        QStringLiteral("2025"), QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--field"),
        QStringLiteral("months"), QStringLiteral("--to"), QStringLiteral("12月"), QStringLiteral("--reason"),
        QStringLiteral("与期中考试冲突") };
    r = run(change, "2025-10-09");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2025-09-30（10 月 1 日为节假日）"))) << r.err.toStdString();
    r = run(QStringList(change) << QStringLiteral("--json"), "2025-09-20");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject request = r.json()[QStringLiteral("request")].toObject();
    EXPECT_EQ(request[QStringLiteral("from")].toString(), QStringLiteral("11月"));
    EXPECT_EQ(request[QStringLiteral("to")].toString(), QStringLiteral("12月"));
    EXPECT_EQ(request[QStringLiteral("due")].toString(), QStringLiteral("2025-09-30"));
    EXPECT_EQ(request[QStringLiteral("status")].toString(), QStringLiteral("pending"));
    const QString id = QString::number(request[QStringLiteral("id")].toInteger());
    // Filed, not applied.
    EXPECT_EQ(project(1)[QStringLiteral("months")].toArray().size(), 1);
    EXPECT_EQ(project(1)[QStringLiteral("months")].toArray().at(0).toInt(), 11);
    // Approved: the project changes.
    r = run({ QStringLiteral("change"), QStringLiteral("approve"), id }, "2025-09-25", "区教委 王芳");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(project(1)[QStringLiteral("months")].toArray().at(0).toInt(), 12);
    r = run({ QStringLiteral("change"), QStringLiteral("reject"), id }, "2025-09-26", "区教委 王芳");
    EXPECT_EQ(r.exitCode, 1);

    // A cancellation needs its written explanation; then it waits for approval.
    const QStringList cancel { QStringLiteral("cancel"), QStringLiteral("--year"), QStringLiteral("2025"),
        QStringLiteral("--project"), QStringLiteral("3") };
    r = run(cancel, "2025-10-10");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("书面说明"))) << r.err.toStdString();
    r = run(QStringList(cancel) << QStringLiteral("--explanation") << QStringLiteral("承办方无法接待")
                                << QStringLiteral("--json"),
        "2025-10-10");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.json()[QStringLiteral("applied")].toBool());
    const QString cancelId
        = QString::number(r.json()[QStringLiteral("request")].toObject()[QStringLiteral("id")].toInteger());
    ASSERT_EQ(
        run({ QStringLiteral("change"), QStringLiteral("approve"), cancelId }, "2025-10-11", "区教委 王芳").exitCode,
        0);

    // The totals leave the cancelled project out and keep 全员.
    const CliResult shown
        = cli({ QStringLiteral("show"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json") });
    const QJsonObject totals = shown.json()[QStringLiteral("totals")].toObject();
    EXPECT_EQ(totals[QStringLiteral("days")].toDouble(), 6);
    EXPECT_EQ(totals[QStringLiteral("headcount")].toInteger(), 120);
    EXPECT_EQ(totals[QStringLiteral("all_staff_rows")].toInt(), 1);

    // The diff against version 1 lists exactly the changed cell and the cancelled project.
    r = cli({ QStringLiteral("diff"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray diff = r.json()[QStringLiteral("projects")].toArray();
    ASSERT_EQ(diff.size(), 2) << r.out.toStdString();
    const QJsonObject changed = diff.at(0).toObject();
    EXPECT_EQ(changed[QStringLiteral("kind")].toString(), QStringLiteral("changed"));
    EXPECT_EQ(changed[QStringLiteral("seq")].toInt(), 1);
    const QJsonArray cells = changed[QStringLiteral("cells")].toArray();
    ASSERT_EQ(cells.size(), 1);
    EXPECT_EQ(cells.at(0).toObject()[QStringLiteral("field")].toString(), QStringLiteral("months"));
    EXPECT_EQ(cells.at(0).toObject()[QStringLiteral("before")].toString(), QStringLiteral("11月"));
    EXPECT_EQ(cells.at(0).toObject()[QStringLiteral("after")].toString(), QStringLiteral("12月"));
    EXPECT_EQ(diff.at(1).toObject()[QStringLiteral("kind")].toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(diff.at(1).toObject()[QStringLiteral("seq")].toInt(), 3);

    // The project's history: approved in version 1, the request, who decided.
    r = cli({ QStringLiteral("history"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--project"),
        QStringLiteral("1"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList kinds;
    for (const QJsonValue& e : r.json()[QStringLiteral("events")].toArray())
        kinds << e.toObject()[QStringLiteral("kind")].toString() + QLatin1Char('/')
                + e.toObject()[QStringLiteral("by")].toString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("version/区教委 王芳"))) << kinds.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("request/进修校 李明"))) << kinds.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("decision/区教委 王芳"))) << kinds.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("versions")].toArray().size(), 1);
    // In words, the decision names the project and the change, who decided and when: read apart from its request.
    r = cli({ QStringLiteral("history"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--project"),
        QStringLiteral("1") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(
        QStringLiteral("2025-09-25  区教委 王芳  第 1 项「新任教师岗前培训」拟培训时间 11月 → 12月：已批准（区教委 "
                       "王芳，2025-09-25）")))
        << r.out.toStdString();

    // The audit log, by person.
    r = cli({ QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("区教委 王芳"),
        QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray entries = r.json()[QStringLiteral("entries")].toArray();
    ASSERT_FALSE(entries.isEmpty());
    bool decided = false;
    bool projectChanged = false;
    for (const QJsonValue& e : entries) {
        EXPECT_EQ(e.toObject()[QStringLiteral("actor")].toString(), QStringLiteral("区教委 王芳"));
        decided = decided || e.toObject()[QStringLiteral("action")].toString() == QStringLiteral("decide");
        projectChanged
            = projectChanged || e.toObject()[QStringLiteral("entity")].toString() == QStringLiteral("project");
    }
    EXPECT_TRUE(decided);
    EXPECT_TRUE(projectChanged) << "the approved change is the decider's edit of the project";

    // Revised as a whole (back to 草稿), with the reason on record, as docs/cli.md promises for every plan command.
    r = run(plan("revise") << QStringLiteral("--reason") << QStringLiteral("区教委要求整体调整"), "2025-10-12",
        "区教委 王芳");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({ QStringLiteral("history"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("区教委要求整体调整"))) << r.out.toStdString();
}

TEST_F(CliWorkflow, ADraftIsEditedDirectlyAndACancellationIsImmediate)
{
    CliResult r
        = run({ QStringLiteral("change"), QStringLiteral("request"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--field"), QStringLiteral("location"),
            QStringLiteral("--to"), QStringLiteral("万州"), QStringLiteral("--reason"), QStringLiteral("x") });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("尚未批复"))) << r.err.toStdString();
    r = run({ QStringLiteral("cancel"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--project"),
        QStringLiteral("2"), QStringLiteral("--explanation"), QStringLiteral("并入岗前培训"),
        QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json()[QStringLiteral("applied")].toBool());
    r = cli({ QStringLiteral("diff"), QStringLiteral("--year"), QStringLiteral("2025") });
    EXPECT_EQ(r.exitCode, 1) << "no approved version to compare with";
}

TEST_F(CliWorkflow, TheUnitDirectoryIsTheUsers)
{
    // Imported organizers are not listed by themselves.
    CliResult r = cli({ QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const QJsonValue& u : r.json()[QStringLiteral("units")].toArray())
        EXPECT_FALSE(u.toObject()[QStringLiteral("listed")].toBool())
            << u.toObject()[QStringLiteral("name")].toString().toStdString();
    ASSERT_EQ(cli({ QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("区教师进修学校"),
                      QStringLiteral("--kind"), QStringLiteral("training_school") })
                  .exitCode,
        0);
    ASSERT_EQ(cli({ QStringLiteral("units"), QStringLiteral("alias"), QStringLiteral("区教师进修学校"),
                      QStringLiteral("区进修校") })
                  .exitCode,
        0);
    // The kind as the program shows it, or the kind word a clerk types; an unknown one is refused with the list.
    r = cli({ QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("梁平区社区学院"),
        QStringLiteral("--kind"), QStringLiteral("社区学院"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("unit")].toObject()[QStringLiteral("kind")].toString(),
        QStringLiteral("community_college"));
    r = cli({ QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("梁平区教研室"), QStringLiteral("--kind"),
        QStringLiteral("教委") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("教育行政部门"))) << r.out.toStdString();
    r = cli({ QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("梁平区某单位"), QStringLiteral("--kind"),
        QStringLiteral("火星") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("「火星」"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("教师进修学校"))) << r.err.toStdString();
    r = cli({ QStringLiteral("units"), QStringLiteral("alias"), QStringLiteral("区教师进修学校"),
        QStringLiteral("区进修校") });
    EXPECT_EQ(r.exitCode, 1);
    r = cli({ QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json") });
    bool found = false;
    for (const QJsonValue& u : r.json()[QStringLiteral("units")].toArray()) {
        const QJsonObject o = u.toObject();
        if (o[QStringLiteral("name")].toString() == QStringLiteral("区教师进修学校")) {
            found = true;
            EXPECT_TRUE(o[QStringLiteral("listed")].toBool());
            EXPECT_EQ(o[QStringLiteral("aliases")].toArray().at(0).toString(), QStringLiteral("区进修校"));
        }
    }
    EXPECT_TRUE(found);
    r = cli({ QStringLiteral("units"), QStringLiteral("merge"), QStringLiteral("区进修校"),
        QStringLiteral("区教师进修学校") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(CliWorkflow, TheCalendarFileCarriesClassDatesAndOnceApprovedTheLastDayToFileAChange)
{
    const QString ics = path(QStringLiteral("plan.ics"));
    const QStringList calendar { QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2025"),
        QStringLiteral("--ics"), ics, QStringLiteral("--json") };
    const auto read = [&ics] {
        QFile f(ics);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    // A draft: class dates and the 方案 deadlines, but no change deadline (a draft is edited directly).
    CliResult r = run(calendar, "2025-08-20");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QByteArray text = read();
    EXPECT_TRUE(text.startsWith("BEGIN:VCALENDAR\r\n")) << text.left(40).toStdString();
    EXPECT_TRUE(text.endsWith("END:VCALENDAR\r\n"));
    EXPECT_TRUE(text.contains("X-WR-CALNAME:")) << text.toStdString();
    EXPECT_FALSE(text.contains("R-CHANGE")) << text.toStdString();
    const int draftEvents = r.json()[QStringLiteral("events")].toInt();
    EXPECT_GT(draftEvents, 0);

    ASSERT_EQ(run(plan("submit"), "2025-08-10").exitCode, 0);
    ASSERT_EQ(run(plan("approve") << QStringLiteral("--doc") << QStringLiteral("梁教委〔2025〕8号"), "2025-08-20",
                  "区教委 王芳")
                  .exitCode,
        0);
    r = run(calendar, "2025-08-20");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    text = read();
    // Approved: project 1 (11月) is changed only by a request filed by 10-01, 国庆节, so 09-30; project 3 (12月)
    // by 11-01, a Saturday, so 10-31. Project 2 (9月, due 08-01) has passed and is not exported.
    const QString unfolded = QString::fromUtf8(text).replace(QStringLiteral("\r\n "), QString());
    const QStringList lines = unfolded.split(QStringLiteral("\r\n"));
    QStringList changeStarts;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(QStringLiteral("UID:")) && lines[i].contains(QStringLiteral("-change-R-CHANGE@")))
            for (qsizetype j = i; j < lines.size() && lines[j] != QStringLiteral("END:VEVENT"); ++j)
                if (lines[j].startsWith(QStringLiteral("DTSTART;VALUE=DATE:")))
                    changeStarts << lines[j].mid(19);
    EXPECT_EQ(changeStarts, (QStringList { QStringLiteral("20250930"), QStringLiteral("20251031") }))
        << unfolded.toStdString();
    EXPECT_TRUE(unfolded.contains(QStringLiteral("调整或取消申请"))) << unfolded.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("events")].toInt(), draftEvents + 2);

    // A cancelled project leaves the calendar: neither its class dates nor its change deadline remain.
    r = run({ QStringLiteral("cancel"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--project"),
                QStringLiteral("3"), QStringLiteral("--explanation"), QStringLiteral("承办方无法接待"),
                QStringLiteral("--json") },
        "2025-08-21");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString cancelId
        = QString::number(r.json()[QStringLiteral("request")].toObject()[QStringLiteral("id")].toInteger());
    ASSERT_EQ(
        run({ QStringLiteral("change"), QStringLiteral("approve"), cancelId }, "2025-08-22", "区教委 王芳").exitCode,
        0);
    r = run(calendar, "2025-08-22");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    text = read();
    EXPECT_FALSE(text.contains("班主任能力提升培训")) << text.toStdString();
    EXPECT_FALSE(text.contains("20251031")) << text.toStdString();
}

TEST_F(CliWorkflow, TheAdjustmentListPrintsEveryChangeWithItsReasonDateAndApproval)
{
    ASSERT_EQ(run(plan("submit")).exitCode, 0);
    ASSERT_EQ(run(plan("approve") << QStringLiteral("--doc") << QStringLiteral("梁教委〔2025〕8号"), "2025-08-20",
                  "区教委 王芳")
                  .exitCode,
        0);
    // 培训天数 5 → 4, approved; 第 3 项 cancelled, approved; 第 1 项's 参培人数 still waiting.
    CliResult r
        = run({ QStringLiteral("change"), QStringLiteral("request"), QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--field"),
                  QStringLiteral("duration"), QStringLiteral("--to"), QStringLiteral("4"), QStringLiteral("--reason"),
                  QStringLiteral("教材压缩"), QStringLiteral("--json") },
            "2025-09-01");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString changeId
        = QString::number(r.json()[QStringLiteral("request")].toObject()[QStringLiteral("id")].toInteger());
    ASSERT_EQ(
        run({ QStringLiteral("change"), QStringLiteral("approve"), changeId }, "2025-09-05", "区教委 王芳").exitCode,
        0);
    r = run({ QStringLiteral("cancel"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--project"),
                QStringLiteral("3"), QStringLiteral("--explanation"), QStringLiteral("承办方无法接待"),
                QStringLiteral("--json") },
        "2025-09-02");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString cancelId
        = QString::number(r.json()[QStringLiteral("request")].toObject()[QStringLiteral("id")].toInteger());
    ASSERT_EQ(
        run({ QStringLiteral("change"), QStringLiteral("approve"), cancelId }, "2025-09-06", "区教委 王芳").exitCode,
        0);
    r = run(
        { QStringLiteral("change"), QStringLiteral("request"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--project"), QStringLiteral("1"), QStringLiteral("--field"), QStringLiteral("headcount"),
            QStringLiteral("--to"), QStringLiteral("100"), QStringLiteral("--reason"), QStringLiteral("只含在编教师") },
        "2025-09-08");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const QString pdf = path(QStringLiteral("计划调整一览表.pdf"));
    r = cli({ QStringLiteral("diff"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--output"), pdf,
        QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json()[QStringLiteral("lines")].toInt(), 3);
    EXPECT_EQ(r.json()[QStringLiteral("version")].toInt(), 1);
    EXPECT_TRUE(r.json()[QStringLiteral("summary")].toString().contains(QStringLiteral("调整 1 处")))
        << r.out.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
    QProcess p;
    p.start(pdftotext, { pdf, QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text
        = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
    // The title names the district, the year and the approved version with its 文号.
    for (const char* expected : { "梁平区2025年教师培训计划调整一览表", "第1版", "梁教委〔2025〕8号",
             // The changed cell from → to, its reason, the day filed and who approved it when.
             "培训天数/学时：5→4", "教材压缩", "2025年9月1日", "王芳", "2025年9月5日",
             // The cancelled project, marked, with its written explanation.
             "【取消】不再举办", "承办方无法接待",
             // The request still waiting.
             "参培人数：120→100", "只含在编教师", "待批" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    // Without --output the text diff is unchanged: no PDF needed.
    r = cli({ QStringLiteral("diff"), QStringLiteral("--year"), QStringLiteral("2025") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(CliWorkflow, AnImportListsTheOrganizersTheDirectoryDoesNotKnowWithTheCommandsToAddOrMapThem)
{
    ASSERT_EQ(cli({ QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("区教师进修学校") }).exitCode, 0);
    ASSERT_EQ(cli({ QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("区教委") }).exitCode, 0);
    const QString file = writeFile(QStringLiteral("plan-2026.csv"),
        QStringLiteral("序号,培训项目,主办单位,培训天数,参培人数,拟培训时间\n"
                       "1,新任教师岗前培训,区教委,5,120,3月\n"
                       "2,班主任能力提升培训,区进修校,3,300,4月\n"
                       "3,心理健康教育培训,区进修校、市心理协会,2,80,5月\n"));
    CliResult r = cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2026"),
        QStringLiteral("--district"), QStringLiteral("梁平区") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    // Listed, with where they appear, the close unit and the commands; nothing added by itself.
    EXPECT_TRUE(out.contains(QStringLiteral("不在单位名录中的主办单位（2 个）"))) << r.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("区进修校（第 2、3 项），相近：区教师进修学校"))) << r.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("trainplan-cli units alias 区教师进修学校 区进修校")))
        << r.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("trainplan-cli units add 市心理协会"))) << r.out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("区教委（"))) << "a listed unit is not listed as unknown";
    r = cli({ QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue& u : r.json()[QStringLiteral("units")].toArray()) {
        if (u.toObject()[QStringLiteral("name")].toString() == QStringLiteral("市心理协会")) {
            EXPECT_FALSE(u.toObject()[QStringLiteral("listed")].toBool()) << "not added silently";
        }
    }

    // The same in JSON, then the suggested commands run: the findings about those names go away.
    auto unitFindings = [&] {
        const CliResult c = cli({ QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2026"),
            QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--json") });
        QStringList found;
        for (const QJsonValue& f : c.json()[QStringLiteral("findings")].toArray()) {
            const QString message = f.toObject()[QStringLiteral("message")].toString();
            if (message.contains(QStringLiteral("不在单位名录中")))
                found << message;
        }
        return found;
    };
    EXPECT_EQ(unitFindings().size(), 3) << unitFindings().join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(cli({ QStringLiteral("units"), QStringLiteral("alias"), QStringLiteral("区教师进修学校"),
                      QStringLiteral("区进修校") })
                  .exitCode,
        0);
    ASSERT_EQ(cli({ QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("市心理协会") }).exitCode, 0);
    EXPECT_TRUE(unitFindings().isEmpty()) << unitFindings().join(QLatin1Char('\n')).toStdString();
    // The directory shows 区进修校 as the alias of 区教师进修学校, not as a unit of its own still unknown.
    r = cli({ QStringLiteral("units"), QStringLiteral("list") });
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("别名：区进修校"))) << r.out.toStdString();
    EXPECT_FALSE(QString::fromUtf8(r.out).contains(QStringLiteral("区进修校\t"))) << r.out.toStdString();

    // Imported again, nothing is unknown any more.
    r = cli({ QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2026"),
        QStringLiteral("--district"), QStringLiteral("梁平区"), QStringLiteral("--replace"),
        QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.json()[QStringLiteral("unknown_organizers")].toArray().isEmpty()) << r.out.toStdString();
}
