// XLSX: export (libxlsxwriter) → read (QuaZip + QXmlStreamReader) → the same header detection and checks as
// a CSV (PlanTableImporter::importRecords). Malformed workbooks are rejected with the file, sheet and cell.

#include "Database.h"
#include "PlanImportService.h"
#include "PlanRepository.h"
#include "PlanTableImporter.h"
#include "TableRules.h"
#include "TestHelpers.h"
#include "XlsxExporter.h"
#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>
#include <zlib.h>

using namespace tptest;
using namespace tp;

namespace {

struct Fixture {
    ImportedTable table;
};

ImportedTable importCsv(const char* name)
{
    auto t = PlanTableImporter::importFile(dataPath(name));
    EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().toString().toStdString());
    return t.ok() ? t.value() : ImportedTable();
}

// Reads an exported workbook back the way an import does.
ImportedTable readBack(const QString& xlsx)
{
    auto sheet = XlsxReader::readSheet(xlsx);
    EXPECT_TRUE(sheet.ok()) << (sheet.ok() ? std::string() : sheet.error().toString().toStdString());
    if (!sheet.ok())
        return ImportedTable();
    auto table = PlanTableImporter::importRecords(sheet->records, QStringLiteral("plan.xlsx"));
    EXPECT_TRUE(table.ok()) << (table.ok() ? std::string() : table.error().toString().toStdString());
    return table.ok() ? table.value() : ImportedTable();
}

QByteArray zipPart(const QString& xlsx, const QString& part)
{
    auto bytes = XlsxReader::readPart(xlsx, part);
    return bytes.ok() ? bytes.value() : QByteArray();
}

// A minimal workbook written by hand (a ZIP of stored entries), to get exactly the cells a test needs.
void writeZip(const QString& path, const QMap<QString, QByteArray>& parts)
{
    QByteArray zip;
    QByteArray central;
    const auto le16 = [](QByteArray& b, quint16 v) {
        char d[2];
        qToLittleEndian(v, d);
        b.append(d, 2);
    };
    const auto le32 = [](QByteArray& b, quint32 v) {
        char d[4];
        qToLittleEndian(v, d);
        b.append(d, 4);
    };
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QByteArray& data = it.value();
        const quint32 crc = crc32(0L, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()));
        const quint32 offset = quint32(zip.size());
        le32(zip, 0x04034b50);
        le16(zip, 20), le16(zip, 0), le16(zip, 0), le16(zip, 0), le16(zip, 0);
        le32(zip, crc), le32(zip, quint32(data.size())), le32(zip, quint32(data.size()));
        le16(zip, quint16(name.size())), le16(zip, 0);
        zip += name + data;
        le32(central, 0x02014b50);
        le16(central, 20), le16(central, 20), le16(central, 0), le16(central, 0), le16(central, 0), le16(central, 0);
        le32(central, crc), le32(central, quint32(data.size())), le32(central, quint32(data.size()));
        le16(central, quint16(name.size())), le16(central, 0), le16(central, 0), le16(central, 0), le16(central, 0);
        le32(central, 0), le32(central, offset);
        central += name;
    }
    const quint32 cdOffset = quint32(zip.size());
    zip += central;
    le32(zip, 0x06054b50);
    le16(zip, 0), le16(zip, 0), le16(zip, quint16(parts.size())), le16(zip, quint16(parts.size()));
    le32(zip, quint32(central.size())), le32(zip, cdOffset), le16(zip, 0);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(zip);
}

QMap<QString, QByteArray> workbookParts(const QByteArray& sheetData, const QByteArray& sharedStrings = QByteArray(),
    const QByteArray& mergeCells = QByteArray())
{
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    if (!sharedStrings.isEmpty())
        parts.insert(QStringLiteral("xl/sharedStrings.xml"),
            "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + sharedStrings + "</sst>");
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"),
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>"
            + sheetData + "</sheetData>" + mergeCells + "</worksheet>");
    return parts;
}

// 序号/培训项目/主办单位/培训天数/参培人数 header, as shared strings 0..4.
const QByteArray kHeaderStrings = "<si><t>序号</t></si><si><t>培训项目</t></si><si><t>主办单位</t></si>"
                                  "<si><t>培训天数</t></si><si><t>参培人数</t></si><si><t>甲培训</t></si>"
                                  "<si><t>区教委</t></si>";
const QByteArray kHeaderRow = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                              "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
                              "<c r=\"E1\" t=\"s\"><v>4</v></c></row>";

class XlsxTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(XlsxTest, LiangpingRoundTripGivesTheSameProjectsAndTrueTotals)
{
    const ImportedTable original = importCsv("liangping-2021-plan.csv");
    ASSERT_EQ(original.projects.size(), 34);
    XlsxExportOptions options;
    options.title = q("梁平区教育系统2021年教师教育项目计划表");
    options.notes = { q("备注：如培训时间调整，请以实际开班时间为准。") };
    const QString xlsx = path("liangping.xlsx");
    const Status written = XlsxExporter::writeFile(xlsx, original.projects, options);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();

    const ImportedTable back = readBack(xlsx);
    EXPECT_EQ(back.title, options.title);
    EXPECT_EQ(back.headerRow, 2);
    ASSERT_EQ(back.projects.size(), original.projects.size());
    for (qsizetype i = 0; i < back.projects.size(); ++i)
        EXPECT_EQ(back.projects.at(i), original.projects.at(i)) << "row " << i + 1;
    EXPECT_TRUE(back.notes.contains(options.notes.first()));

    // The 合计 row holds the sums of the rows — the cached values of its formulas — which R-TABLE accepts;
    // the published "82" of the CSV is not carried over (it is wrong, and the cell is now a formula).
    ASSERT_TRUE(back.stated.has_value());
    const PlanTotals totals = computeTotals(original.projects);
    EXPECT_EQ(back.stated->durationText, q("98天+400学时"));
    EXPECT_EQ(back.stated->durationText, formatDurationTotal(totals));
    EXPECT_EQ(back.stated->headcountText, QStringLiteral("14592"));
    TableCheckOptions check;
    check.stated = back.stated;
    for (const Finding& f : checkPlanTable(back.projects, check))
        EXPECT_NE(f.severity, Severity::Error) << f.message.toStdString();

    // The same through the import path every caller uses (by the .xlsx extension).
    auto viaImporter = PlanTableImporter::importFile(xlsx);
    ASSERT_TRUE(viaImporter.ok()) << viaImporter.error().toString().toStdString();
    EXPECT_EQ(viaImporter->projects, original.projects);
    EXPECT_EQ(viaImporter->encoding, QStringLiteral("XLSX"));
}

TEST_F(XlsxTest, TotalsAreFormulasOverTheColumn)
{
    const ImportedTable original = importCsv("liangping-2021-plan.csv");
    XlsxExportOptions options;
    options.title = q("梁平区教育系统2021年教师教育项目计划表");
    const QString xlsx = path("formulas.xlsx");
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, original.projects, options).ok());
    const QString sheet = QString::fromUtf8(zipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    ASSERT_FALSE(sheet.isEmpty());
    // Rows: 1 title, 2 header, 3..36 projects, 37 合计. Days are numbers, summed by SUM; the 学时 cells (project
    // 6 → D8, 9 → D11, 10 → D12) are text, added by reference.
    EXPECT_TRUE(sheet.contains(QStringLiteral("<c r=\"D37\""))) << "合计 cell";
    EXPECT_TRUE(sheet.contains(QStringLiteral("SUM(D3:D36)")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("SUBSTITUTE(D8,")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("SUBSTITUTE(D11,")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<f>SUM(E3:E36)</f><v>14592</v>")));
    // A day count is a number cell (no t attribute), 300学时 a string.
    EXPECT_TRUE(
        sheet.contains(QStringLiteral("<c r=\"D3\" s=\"")) && !sheet.contains(QStringLiteral("<c r=\"D3\" t=")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<c r=\"D8\" s=\"")) && sheet.contains(QStringLiteral("t=\"s\"")));
    // Print setup: the header row repeats on every page, A4, fitted to one page wide.
    const QString workbook = QString::fromUtf8(zipPart(xlsx, QStringLiteral("xl/workbook.xml")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("_xlnm.Print_Titles"))) << workbook.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("paperSize=\"9\"")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("fitToWidth")) || sheet.contains(QStringLiteral("fitToPage")));
}

TEST_F(XlsxTest, JiananRoundTripKeepsLineBreaksUnitsAndAllStaff)
{
    const ImportedTable original = importCsv("jianan-2024-plan.csv");
    ASSERT_EQ(original.projects.size(), 14);
    XlsxExportOptions options;
    options.title = q("许昌市建安区2024年教师培训工作安排表");
    options.totalsRow = false; // the published 建安 table has none
    const QString xlsx = path("jianan.xlsx");
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, original.projects, options).ok());
    const ImportedTable back = readBack(xlsx);
    EXPECT_EQ(back.projects, original.projects);
    EXPECT_EQ(back.stated.has_value(), original.stated.has_value());
    EXPECT_FALSE(back.stated.has_value());

    // With a 合计 row, "300人", "约120人" count and 全员 does not: the same total as computeTotals.
    options.totalsRow = true;
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, original.projects, options).ok());
    const ImportedTable withTotals = readBack(xlsx);
    EXPECT_EQ(withTotals.projects, original.projects);
    ASSERT_TRUE(withTotals.stated.has_value());
    EXPECT_EQ(withTotals.stated->headcountText, formatHeadcountTotal(computeTotals(original.projects)));
}

TEST_F(XlsxTest, StaffNumberLikeTextStaysText)
{
    Project p;
    p.seq = 1;
    p.name = QStringLiteral("0012");
    p.organizers = QStringList { q("区教委") };
    p.durationText = QStringLiteral("3");
    p.headcountText = QStringLiteral("0045");
    p.remarks = QStringLiteral("510228197801011234");
    const QString xlsx = path("text.xlsx");
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, { p }).ok());
    const QString sheet = QString::fromUtf8(zipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    // Row 1 header, row 2 the project: 0045 (E2) and the long digits (F2) are strings, 3 (D2) a number.
    const QRegularExpression stringCell(QStringLiteral("<c r=\"([DEF]2)\" s=\"\\d+\"( t=\"s\")?>"));
    QHash<QString, bool> isString;
    for (auto it = stringCell.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        isString.insert(m.captured(1), !m.captured(2).isEmpty());
    }
    EXPECT_FALSE(isString.value(QStringLiteral("D2"), true)) << "3 is a number";
    EXPECT_TRUE(isString.value(QStringLiteral("E2"))) << "0045 is text";
    EXPECT_TRUE(isString.value(QStringLiteral("F2"))) << "18 digits are text";
    EXPECT_FALSE(sheet.contains(QStringLiteral("E+17")));
    const ImportedTable back = readBack(xlsx);
    ASSERT_EQ(back.projects.size(), 1);
    EXPECT_EQ(back.projects.first().name, QStringLiteral("0012"));
    EXPECT_EQ(back.projects.first().headcountText, QStringLiteral("0045"));
    EXPECT_EQ(back.projects.first().remarks, QStringLiteral("510228197801011234"));
    EXPECT_EQ(back.projects.first().durationText, QStringLiteral("3"));
}

TEST_F(XlsxTest, TruncatedZipIsAClearErrorAndNothingIsImported)
{
    const ImportedTable original = importCsv("liangping-2021-plan.csv");
    const QString good = path("good.xlsx");
    ASSERT_TRUE(XlsxExporter::writeFile(good, original.projects).ok());
    QFile in(good);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString cut = path("cut.xlsx");
    QFile out(cut);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();

    const auto read = XlsxReader::readSheet(cut);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().file, QStringLiteral("cut.xlsx"));
    EXPECT_TRUE(read.error().toString().contains(QStringLiteral("cut.xlsx")));
    EXPECT_TRUE(read.error().message.contains(q("XLSX"))) << read.error().message.toStdString();

    // Through the import service into a database: rejected, no plan stored.
    auto db = Database::open(path("plans.sqlite"));
    ASSERT_TRUE(db.ok());
    ImportRequest request;
    request.path = cut;
    request.year = 2021;
    request.district = q("梁平区");
    const auto imported = PlanImportService(*db.value()).importFile(request);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().file, QStringLiteral("cut.xlsx"));
    auto plans = PlanRepository(*db.value()).plans();
    ASSERT_TRUE(plans.ok());
    EXPECT_TRUE(plans->isEmpty());
}

TEST_F(XlsxTest, MissingSheetIsAClearError)
{
    const QString xlsx = path("sheets.xlsx");
    XlsxExportOptions options;
    options.sheetName = q("计划表");
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, importCsv("jianan-2024-plan.csv").projects, options).ok());
    auto names = XlsxReader::sheetNames(xlsx);
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(names.value(), QStringList { q("计划表") });
    const auto read = XlsxReader::readSheet(xlsx, q("2025年"));
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().message.contains(q("2025年")));
    EXPECT_TRUE(read.error().message.contains(q("计划表"))) << "names the sheets there are";

    // A workbook that lists a sheet whose part is not in the zip.
    QMap<QString, QByteArray> parts = workbookParts(kHeaderRow, kHeaderStrings);
    parts.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString broken = path("nosheet.xlsx");
    writeZip(broken, parts);
    const auto missing = XlsxReader::readSheet(broken);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().file, QStringLiteral("nosheet.xlsx"));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("Sheet1"))) << missing.error().message.toStdString();
    EXPECT_FALSE(PlanTableImporter::importFile(broken).ok());
}

TEST_F(XlsxTest, CellOfTheWrongTypeNamesTheSheetAndCell)
{
    struct Case {
        const char* row;
        const char* cell;
    };
    const Case cases[] = {
        { "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"D2\" t=\"n\"><v>三天</v></c></row>", "D2" },
        { "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>99</v></c></row>", "B2" },
        { "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"C2\" t=\"b\"><v>yes</v></c></row>", "C2" },
        { "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"E2\" t=\"e\"><v>#VALUE!</v></c></row>", "E2" },
    };
    for (const Case& c : cases) {
        const QString xlsx = path("wrong.xlsx");
        QFile::remove(xlsx);
        writeZip(xlsx, workbookParts(kHeaderRow + QByteArray(c.row), kHeaderStrings));
        const auto read = XlsxReader::readSheet(xlsx);
        ASSERT_FALSE(read.ok()) << c.cell;
        EXPECT_EQ(read.error().file, QStringLiteral("wrong.xlsx"));
        EXPECT_TRUE(read.error().message.contains(QString::fromLatin1(c.cell))) << read.error().message.toStdString();
        EXPECT_TRUE(read.error().message.contains(QStringLiteral("Sheet1")));
        EXPECT_EQ(read.error().row, 2);
        EXPECT_FALSE(PlanTableImporter::importFile(xlsx).ok()) << "nothing imported";
    }
}

TEST_F(XlsxTest, ReadsInlineAndRichStringsNumbersBooleansAndMergedCells)
{
    const QByteArray strings = kHeaderStrings
        + "<si><r><t>乙</t></r><r><rPr><b/></rPr><t>培训</t></r><rPh sb=\"0\" eb=\"1\"><t>yi</t></rPh></si>";
    const QByteArray rows = kHeaderRow
        + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>5</v></c><c r=\"C2\" t=\"s\"><v>6</v></c>"
          "<c r=\"D2\"><v>3.0</v></c><c r=\"E2\"><v>270</v></c></row>"
          "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" t=\"s\"><v>7</v></c>"
          "<c r=\"C3\" t=\"inlineStr\"><is><t>区教师进修校</t></is></c><c r=\"D3\"><v>1.5</v></c>"
          "<c r=\"E3\" t=\"str\"><f>100+20</f><v>120</v></c><c r=\"F3\" t=\"b\"><v>1</v></c></row>"
          "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>备注：合并</t></is></c>"
          "<c r=\"B5\" t=\"inlineStr\"><is><t>hidden</t></is></c></row>";
    const QString xlsx = path("cells.xlsx");
    writeZip(xlsx, workbookParts(rows, strings, "<mergeCells count=\"1\"><mergeCell ref=\"A5:E5\"/></mergeCells>"));
    const auto read = XlsxReader::readSheet(xlsx);
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    const QList<CsvRecord>& r = read->records;
    ASSERT_EQ(r.size(), 5) << "rows 1..5, the blank row 4 included";
    EXPECT_EQ(r.at(1).cells,
        (QStringList { QStringLiteral("1"), q("甲培训"), q("区教委"), QStringLiteral("3"), QStringLiteral("270") }));
    EXPECT_EQ(r.at(2).cells.at(1), q("乙培训")) << "rich text runs joined, phonetic run left out";
    EXPECT_EQ(r.at(2).cells.at(2), q("区教师进修校"));
    EXPECT_EQ(r.at(2).cells.at(3), QStringLiteral("1.5"));
    EXPECT_EQ(r.at(2).cells.at(4), QStringLiteral("120"));
    EXPECT_EQ(r.at(2).cells.at(5), QStringLiteral("TRUE"));
    EXPECT_TRUE(r.at(3).isBlank());
    EXPECT_EQ(r.at(4).row, 5);
    EXPECT_EQ(r.at(4).cells, QStringList { q("备注：合并") }) << "a merged range keeps its top-left value only";
}

// A workbook whose plan is on its second sheet ("计划表"), after a "说明" sheet: the import reads the sheet
// named, and without a name the first sheet (which has no plan header: an error, nothing imported).
TEST_F(XlsxTest, NamedSheetIsImportedAndTheFirstSheetIsTheDefault)
{
    QMap<QString, QByteArray> parts
        = workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>填表说明：每行一个项目</t></is></c></row>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"说明\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"计划表\" sheetId=\"2\" r:id=\"rId2\"/>"
        "</sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/sharedStrings.xml"),
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + kHeaderStrings + "</sst>");
    parts.insert(QStringLiteral("xl/worksheets/sheet2.xml"),
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>"
            + kHeaderRow
            + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>5</v></c><c r=\"C2\" t=\"s\"><v>6</v></c>"
              "<c r=\"D2\"><v>3</v></c><c r=\"E2\"><v>120</v></c></row></sheetData></worksheet>");
    const QString xlsx = path("two-sheets.xlsx");
    writeZip(xlsx, parts);

    auto names = XlsxReader::sheetNames(xlsx);
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(names.value(), (QStringList { q("说明"), q("计划表") }));

    const auto named = PlanTableImporter::importFile(xlsx, {}, q("计划表"));
    ASSERT_TRUE(named.ok()) << named.error().toString().toStdString();
    ASSERT_EQ(named->projects.size(), 1);
    EXPECT_EQ(named->projects.first().name, q("甲培训"));
    EXPECT_EQ(named->projects.first().headcountText, q("120"));

    // The first sheet has no header row: the import says so and returns no table.
    const auto first = PlanTableImporter::importFile(xlsx);
    EXPECT_TRUE(!first.ok() || first->hasErrors());
    if (first.ok()) {
        EXPECT_TRUE(first->projects.isEmpty());
    }

    // A sheet name for a CSV file is an error naming the file.
    const auto csv = PlanTableImporter::importFile(dataPath("jianan-2024-plan.csv"), {}, q("计划表"));
    ASSERT_FALSE(csv.ok());
    EXPECT_EQ(csv.error().file, q("jianan-2024-plan.csv"));

    // Through the import service, as the CLI's --sheet and the GUI's sheet choice do.
    ImportRequest request;
    request.path = xlsx;
    request.district = q("梁平区");
    request.year = 2027;
    request.sheet = q("计划表");
    const auto preview = readPlanFile(request);
    ASSERT_TRUE(preview.ok()) << preview.error().toString().toStdString();
    EXPECT_EQ(preview->imported, 1);
}

TEST_F(XlsxTest, TotalsKeepAllStaffAndLeaveTheCancelledRowOut)
{
    QList<Project> projects;
    const char* names[] = { "师德师风专题培训", "新任教师岗前培训", "班主任能力提升培训" };
    const char* people[] = { "全员", "120", "300" };
    for (int i = 0; i < 3; ++i) {
        Project p;
        p.id = i + 1;
        p.seq = i + 1;
        p.name = QString::fromUtf8(names[i]);
        p.organizers = { QStringLiteral("区教委") };
        p.durationText = QStringLiteral("3");
        p.headcountText = QString::fromUtf8(people[i]);
        p.cancelled = i == 2;
        projects << p;
    }
    XlsxExportOptions options;
    options.title = QStringLiteral("梁平区2026年教师培训项目计划表");
    const QString xlsx = path("cancelled.xlsx");
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, projects, options).ok());
    const ImportedTable back = readBack(xlsx);
    ASSERT_TRUE(back.stated.has_value());
    // The same 合计 as on screen, in print and CSV: the cancelled row's 3 days and 300 people out, 全员 kept.
    EXPECT_EQ(back.stated->durationText, QStringLiteral("6"));
    EXPECT_EQ(back.stated->headcountText, QStringLiteral("120 + 全员×1"));
    ASSERT_EQ(back.projects.size(), 3);
    EXPECT_EQ(back.projects.at(2).name, QStringLiteral("【已取消】班主任能力提升培训"));
    // Live formulas that leave the cancelled row's cells out, and its row struck through.
    const QString sheet = QString::fromUtf8(zipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("SUM(D3:D5)-D5"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("(SUM(E3:E5)-E5)&amp;\" + 全员×1\""))
        || sheet.contains(QStringLiteral("(SUM(E3:E5)-E5)&amp;&quot; + 全员×1&quot;")))
        << sheet.toStdString();
    const QString styles = QString::fromUtf8(zipPart(xlsx, QStringLiteral("xl/styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("<strike/>"))) << styles.toStdString();
}

namespace {

// Says stop at the call whose `what` starts with `phase` (every call recorded).
class StoppingSink : public ProgressSink {
public:
    explicit StoppingSink(QString phase)
        : m_phase(std::move(phase))
    {
    }
    bool report(qint64 done, qint64 total, const QString& what) override
    {
        calls << std::make_tuple(done, total, what);
        return m_phase.isEmpty() || !what.startsWith(m_phase);
    }
    QList<std::tuple<qint64, qint64, QString>> calls;

private:
    QString m_phase;
};

} // namespace

TEST_F(XlsxTest, ExportReportsProgressAndCancelLeavesTheOldWorkbook)
{
    // A plan of 450 projects: progress every 100 projects and before the workbook is saved.
    QList<Project> projects;
    for (int i = 1; i <= 450; ++i) {
        Project p;
        p.seq = i;
        p.name = QStringLiteral("第%1期骨干教师培训").arg(i);
        p.organizers = { QStringLiteral("区教师进修学校") };
        projects << p;
    }
    const QString xlsx = path("plan.xlsx");
    StoppingSink all { QString() };
    XlsxExportOptions options;
    options.progress.sink = &all;
    ASSERT_TRUE(XlsxExporter::writeFile(xlsx, projects, options).ok());
    QList<qint64> done;
    for (const auto& [d, total, what] : all.calls) {
        EXPECT_EQ(total, 450);
        done << d;
    }
    EXPECT_EQ(done, (QList<qint64> { 0, 100, 200, 300, 400, 450 }));

    // 取消 while the rows are written, and at the last moment before saving: the old file stays as it was, no
    // temporary file is left beside it.
    QFile old(xlsx);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    const QByteArray before = old.readAll();
    old.close();
    for (const QString& phase : { QStringLiteral("正在写入"), QStringLiteral("正在保存") }) {
        StoppingSink stop(phase);
        options.progress.sink = &stop;
        projects.first().name = QStringLiteral("改过的名称");
        const Status s = XlsxExporter::writeFile(xlsx, projects, options);
        ASSERT_FALSE(s.ok()) << phase.toStdString();
        EXPECT_TRUE(Cancelled::is(s.error())) << s.error().message.toStdString();
        ASSERT_TRUE(old.open(QIODevice::ReadOnly));
        EXPECT_EQ(old.readAll(), before) << phase.toStdString();
        old.close();
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1)
            << QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();
    }
}
