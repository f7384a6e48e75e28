// CsvReader: RFC 4180 as Excel and WPS write it, with row numbers a user can find in the sheet.

#include "CsvReader.h"
#include "TestHelpers.h"

using namespace tptest;
using tp::CsvReader;
using tp::CsvRecord;

namespace {

QList<QStringList> cellsOf(const QList<CsvRecord>& records)
{
    QList<QStringList> out;
    for (const CsvRecord& r : records)
        out << r.cells;
    return out;
}

TEST(CsvReader, SimpleRecordsWithLfCrlfAndCr)
{
    const QList<QStringList> expected { { q("序号"), q("培训项目") }, { q("1"), q("办公室工作培训") } };
    for (const char* text : { "序号,培训项目\n1,办公室工作培训\n", "序号,培训项目\r\n1,办公室工作培训\r\n",
             "序号,培训项目\r1,办公室工作培训\r", "序号,培训项目\n1,办公室工作培训" }) {
        SCOPED_TRACE(text);
        const auto records = CsvReader::parse(q(text));
        ASSERT_TRUE(records.ok()) << show(records.error().toString());
        EXPECT_EQ(cellsOf(*records), expected);
        EXPECT_EQ(records->at(1).row, 2);
        EXPECT_EQ(records->at(1).line, 2);
    }
}

TEST(CsvReader, BomIsDropped)
{
    const auto records = CsvReader::parse(QChar(0xFEFF) + q("序号,培训项目\r\n"));
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->at(0).cells.at(0), q("序号")) << "the first header must match 序号, not \\uFEFF序号";
}

TEST(CsvReader, QuotedCellsWithCommasQuotesAndLineBreaks)
{
    const QString text = q("序号,培训项目名称,\"拟培训\n人数\"\r\n"
                           "1,\"区级中小学骨干教师、名师培训\r\n（第四期）\",300人\r\n"
                           "2,\"他说\"\"好\"\"，然后,走了\",\"\"\r\n"
                           "3,last,\"a\nb\nc\"\r\n");
    const auto records = CsvReader::parse(text);
    ASSERT_TRUE(records.ok()) << show(records.error().toString());
    ASSERT_EQ(records->size(), 4);
    EXPECT_EQ(records->at(0).cells.at(2), q("拟培训\n人数"));
    EXPECT_EQ(records->at(1).cells.at(1), q("区级中小学骨干教师、名师培训\r\n（第四期）"));
    EXPECT_EQ(records->at(2).cells, (QStringList { q("2"), q("他说\"好\"，然后,走了"), QString() }));
    EXPECT_EQ(records->at(3).cells.at(2), q("a\nb\nc"));
    // Row = record number (the spreadsheet row); line = where the record starts in a text editor.
    EXPECT_EQ(records->at(1).row, 2);
    EXPECT_EQ(records->at(1).line, 3);
    EXPECT_EQ(records->at(2).row, 3);
    EXPECT_EQ(records->at(2).line, 5);
    EXPECT_EQ(records->at(3).row, 4);
    EXPECT_EQ(records->at(3).line, 6);
}

TEST(CsvReader, EmptyCellsBlankLinesAndTrailingComma)
{
    const auto records = CsvReader::parse(q("a,,c\n\n,,\nd,\n"));
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 4);
    EXPECT_EQ(records->at(0).cells, (QStringList { q("a"), QString(), q("c") }));
    EXPECT_TRUE(records->at(1).isBlank());
    EXPECT_EQ(records->at(1).row, 2);
    EXPECT_TRUE(records->at(2).isBlank());
    EXPECT_EQ(records->at(2).cells.size(), 3);
    EXPECT_EQ(records->at(3).cells, (QStringList { q("d"), QString() }));
    EXPECT_FALSE(records->at(3).isBlank());
}

TEST(CsvReader, EmptyTextHasNoRecords)
{
    const auto records = CsvReader::parse(QString());
    ASSERT_TRUE(records.ok());
    EXPECT_TRUE(records->isEmpty());
}

TEST(CsvReader, LiteralQuoteInsideUnquotedCellIsKept)
{
    // As Excel reads it; the published Liangping table has a stray ” (not ") in rows 9-10, which is text anyway.
    const auto records = CsvReader::parse(q("1,工程2.0\"全员培训,区教师进修校\n"));
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->at(0).cells.at(1), q("工程2.0\"全员培训"));
}

TEST(CsvReader, UnterminatedQuoteIsAnErrorWithFileRowAndColumn)
{
    const auto records
        = CsvReader::parse(q("序号,培训项目\n1,办公室工作培训\n2,\"德育团队干部培训,区教委\n3,x\n"), q("plan.csv"));
    ASSERT_FALSE(records.ok());
    const tp::Error& e = records.error();
    EXPECT_EQ(e.file, q("plan.csv"));
    EXPECT_EQ(e.row, 3);
    EXPECT_EQ(e.column, 2);
    EXPECT_TRUE(e.message.contains(q("引号"))) << show(e.message);
    EXPECT_TRUE(e.toString().contains(q("plan.csv"))) << show(e.toString());
}

TEST(CsvReader, TextAfterClosingQuoteIsAnError)
{
    const auto records = CsvReader::parse(q("a,b\n1,\"x\"y,z\n"), q("bad.csv"));
    ASSERT_FALSE(records.ok());
    EXPECT_EQ(records.error().row, 2);
    EXPECT_EQ(records.error().column, 2);
}

TEST(CsvReader, SpacesAfterClosingQuoteAreTolerated)
{
    const auto records = CsvReader::parse(q("\"a\" ,b\n"));
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->at(0).cells, (QStringList { q("a"), q("b") }));
}

TEST(CsvReader, OtherDelimiters)
{
    EXPECT_EQ(CsvReader::guessDelimiter(q("序号;培训项目;主办单位\n1;a,b;c")), QLatin1Char(';'));
    EXPECT_EQ(CsvReader::guessDelimiter(q("序号\t培训项目\t主办单位\n")), QLatin1Char('\t'));
    EXPECT_EQ(CsvReader::guessDelimiter(q("序号,培训项目,\"a;b;c;d\"\n")), QLatin1Char(','));
    const auto records = CsvReader::parse(q("a;\"b;c\"\n"), QString(), QLatin1Char(';'));
    ASSERT_TRUE(records.ok());
    EXPECT_EQ(records->at(0).cells, (QStringList { q("a"), q("b;c") }));
}

} // namespace
