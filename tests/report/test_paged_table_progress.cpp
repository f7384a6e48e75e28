// Long printed output (a district's 学分统计表 of thousands of pages) says how far it got and stops on 取消
// (issue 14): PagedTable reports its layout and its pages through its input's ProgressOptions, and a cancelled
// PDF leaves the file that was there untouched.

#include "PagedTable.h"
#include "PdfOutput.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using namespace tp::report;

namespace {

// Stops when `done` reaches `stopAt` in the phase whose message starts with `phase`; records every call.
class RecordingSink : public ProgressSink {
public:
    RecordingSink(QString phase, qint64 stopAt)
        : m_phase(std::move(phase))
        , m_stopAt(stopAt)
    {
    }
    bool report(qint64 done, qint64 total, const QString& what) override
    {
        calls << std::make_tuple(done, total, what);
        return !(what.startsWith(m_phase) && done >= m_stopAt);
    }
    QList<std::tuple<qint64, qint64, QString>> calls;

private:
    QString m_phase;
    qint64 m_stopAt;
};

PagedTableInput longTable(int rows)
{
    PagedTableInput in;
    in.page = PageSetup::defaults(QPageLayout::Portrait);
    const double width = PagedTable::textWidthMm(in.page);
    in.columnWidthsMm = { width * 0.2, width * 0.5, width * 0.3 };
    in.header.cells = { { QStringLiteral("工号") }, { QStringLiteral("姓名") }, { QStringLiteral("学分") } };
    in.header.style = TextStyle::HeaderCell;
    for (int i = 0; i < rows; ++i)
        in.rows << TableRowSpec { { { QString::number(10000 + i) }, { QStringLiteral("教师%1").arg(i) },
            { QString::number(i % 30) } } };
    return in;
}

} // namespace

TEST(PagedTableProgress, PagesAreReportedInOrderWithTheirTotal)
{
    RecordingSink sink(QStringLiteral("never"), 0);
    PagedTableInput in = longTable(600);
    in.progress.sink = &sink;
    const PagedTable table(in);
    ASSERT_FALSE(table.cancelled());
    ASSERT_GT(table.pageCount(), 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    ASSERT_TRUE(writePdfFile(path, QStringLiteral("t"), [&](QPagedPaintDevice* d) { return table.print(d); }).ok());
    // The layout (every 200 rows, of 600, and its end) and then each page, numbered, of the page count, and the
    // end: every page drawn.
    QList<qint64> pages;
    QList<qint64> rows;
    for (const auto& [done, total, what] : sink.calls)
        if (what.startsWith(QStringLiteral("正在生成"))) {
            EXPECT_EQ(total, table.pageCount());
            pages << done;
        } else if (what.startsWith(QStringLiteral("正在排版"))) {
            EXPECT_EQ(total, 600);
            rows << done;
        }
    ASSERT_EQ(pages.size(), table.pageCount() + 1);
    for (int i = 0; i < pages.size(); ++i)
        EXPECT_EQ(pages.at(i), i);
    EXPECT_EQ(rows, (QList<qint64> { 0, 200, 400, 600 }));
    EXPECT_EQ(std::get<1>(sink.calls.first()), 600); // the layout's rows come first
}

TEST(PagedTableProgress, CancelWhilePrintingStopsAndLeavesTheOldFile)
{
    RecordingSink sink(QStringLiteral("正在生成"), 3);
    PagedTableInput in = longTable(600);
    in.progress.sink = &sink;
    const PagedTable table(in);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the report printed last week");
    }
    const Status s = writePdfFile(path, QStringLiteral("t"), [&](QPagedPaintDevice* d) { return table.print(d); });
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(Cancelled::is(s.error())) << s.error().toString().toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("已取消"))) << s.error().message.toStdString();
    // Stopped at the fourth page: no page after it was asked for.
    EXPECT_EQ(std::get<0>(sink.calls.last()), 3);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the report printed last week"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left
}

TEST(PagedTableProgress, CancelDuringTheLayoutRefusesToPrint)
{
    RecordingSink sink(QStringLiteral("正在排版"), 200);
    PagedTableInput in = longTable(1000);
    in.progress.sink = &sink;
    const PagedTable table(in);
    EXPECT_TRUE(table.cancelled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Status s = writePdfFile(path, QStringLiteral("t"), [&](QPagedPaintDevice* d) { return table.print(d); });
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(Cancelled::is(s.error()));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(PagedTableProgress, WithoutASinkNothingIsAskedAndEverythingPrints)
{
    const PagedTable table(longTable(300));
    EXPECT_FALSE(table.cancelled());
    QTemporaryDir dir;
    EXPECT_TRUE(writePdfFile(dir.filePath(QStringLiteral("a.pdf")), QStringLiteral("t"), [&](QPagedPaintDevice* d) {
        return table.print(d);
    }).ok());
}
