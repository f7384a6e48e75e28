// Deadlines and class dates as an iCalendar file (RFC 5545): CRLF, UTF-8, lines folded at 75 octets, TEXT escaped.

#include "IcsCalendar.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace tp;

namespace {

QDate date(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

TEST(IcsCalendar, LinesAreFoldedAt75OctetsWithoutSplittingACharacter)
{
    const QByteArray line = QStringLiteral(
        "SUMMARY:最迟报送：第 12 项「中小学教师信息技术应用能力提升工程2.0全员培训第二批项目学校」详细培训方案")
                                .toUtf8();
    const QByteArray folded = foldIcsLine(line);
    ASSERT_TRUE(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    ASSERT_GT(physical.size(), 1);
    QByteArray unfolded;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        EXPECT_LE(l.size(), 75) << i;
        EXPECT_TRUE(QString::fromUtf8(l).toUtf8() == l) << "a UTF-8 character was split on line " << i;
        if (i > 0) {
            ASSERT_TRUE(l.startsWith(' '));
            l.remove(0, 1);
        }
        unfolded += l;
    }
    EXPECT_EQ(unfolded, line);
}

TEST(IcsCalendar, AllDayEventsWithEscapedTextAndCrlf)
{
    IcsEvent e;
    e.uid = QStringLiteral("1-2-lead-R-LEAD@trainplan");
    e.start = date("2025-09-30");
    e.summary = QStringLiteral("最迟报送：新任教师培训, 第一期; 详细方案");
    e.description = QStringLiteral("第一行\n第二行 \\ 完");
    IcsEvent c;
    c.uid = QStringLiteral("1-2-class-1@trainplan");
    c.start = date("2025-11-03");
    c.end = date("2025-11-07");
    c.summary = QStringLiteral("培训：新任教师培训");
    const QByteArray ics = toIcs(
        { e, c }, QStringLiteral("梁平区2025年计划"), QDateTime(date("2025-09-01"), QTime(0, 0), QTimeZone::utc()));
    const QString text = QString::fromUtf8(ics);
    EXPECT_TRUE(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("[^\r]\n")))) << "every line ends in CRLF";
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTART;VALUE=DATE:20250930\r\nDTEND;VALUE=DATE:20251001\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTART;VALUE=DATE:20251103\r\nDTEND;VALUE=DATE:20251108\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("SUMMARY:最迟报送：新任教师培训\\, 第一期\\; 详细方案\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("DESCRIPTION:第一行\\n第二行 \\\\ 完\r\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTAMP:20250901T000000Z\r\n")));
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VEVENT")), 2);
}

TEST(IcsCalendar, APlanGivesItsClassDatesAndOpenDeadlinesButNotCancelledProjects)
{
    Plan plan;
    plan.id = 7;
    plan.district = QStringLiteral("梁平区");
    plan.year = 2026;
    Project open;
    open.id = 1;
    open.seq = 1;
    open.name = QStringLiteral("新任教师岗前培训");
    Project cancelled = open;
    cancelled.id = 2;
    cancelled.seq = 2;
    cancelled.name = QStringLiteral("骨干教师赴外研修");
    QHash<qint64, ProjectSchedule> schedules;
    schedules[1].start = date("2026-03-02");
    schedules[1].end = date("2026-03-04");
    schedules[2].start = date("2026-04-20");
    schedules[2].cancellation = Cancellation { true, date("2026-02-01"), QStringLiteral("承办方无法接待") };
    PlanCheckOptions options;
    options.calendar = WorkCalendar::builtIn();
    options.today = date("2026-01-10");
    const PlanDocument doc(plan, { open, cancelled }, schedules, options);
    const QList<IcsEvent> events = planCalendarEvents(doc);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].start, date("2026-03-02"));
    EXPECT_EQ(events[0].end, date("2026-03-04"));
    EXPECT_EQ(events[1].start, date("2026-02-03")) << "R-LEAD: 15 working days before 2026-03-02";
    EXPECT_TRUE(events[1].summary.contains(QStringLiteral("详细培训方案")));
}
