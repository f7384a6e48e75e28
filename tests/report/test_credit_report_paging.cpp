// The district's 学分统计表 page by page (issue 16, fifth pass): its rows are made when they are measured, placed
// and drawn, never held as cells. What a user would notice if that went wrong: a teacher missing, twice or out of
// order, a row cut across two pages, a page without its header, other column widths or page breaks than the
// table held at once gets, progress that jumps back or stops short, or a PDF written after 取消.

#include "CreditLedger.h"
#include "CreditReportDocument.h"
#include "PagedTable.h"
#include "PdfOutput.h"
#include "PopplerTools.h"
#include "TableFit.h"
#include "TestPlans.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using namespace tp::report;
using tptest::squeezed;

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Teachers of the district, some of schools whose names are too long for one line of the 单位 column.
QList<TeacherCreditRow> teachers(int n, const CreditRules& rules, QDate asOf)
{
    QList<TeacherCreditRow> rows = tptest::districtTeachers(n, rules, asOf);
    for (int i = 0; i < rows.size(); i += 11)
        rows[i].teacher.unitName = q("重庆市梁平区教育委员会直属第%1幼儿园（双桂街道分园）").arg(i % 4 + 1);
    return rows;
}

// A table like the credit report's, given as rows: 序号 工号 姓名 [单位] 学段 学科 学分 状态.
struct Table {
    TableRowSpec header;
    QList<TableRowSpec> rows;
    QList<ColumnSpec> columns;
};

Table creditTable(const QList<TeacherCreditRow>& teachers, bool unitColumn)
{
    Table t;
    QStringList header { q("序号"), q("工号"), q("姓名") };
    if (unitColumn)
        header << q("单位");
    header << q("学段") << q("学科") << q("区县级及以上集中培训\n（≥20学分）") << q("状态");
    t.header.style = TextStyle::SmallHeaderCell;
    t.header.minHeightMm = 8;
    t.header.padYMm = 0.9;
    for (const QString& h : header)
        t.header.cells << TableCell { h, 1, Qt::AlignCenter };
    for (int i = 0; i < teachers.size(); ++i) {
        const TeacherCreditRow& r = teachers.at(i);
        TableRowSpec spec;
        spec.style = TextStyle::SmallBodyCell;
        spec.padYMm = 0.8;
        spec.cells << TableCell { QString::number(i + 1) } << TableCell { r.teacher.staffNumber }
                   << TableCell { r.teacher.name };
        if (unitColumn)
            spec.cells << TableCell { r.teacher.unitName, 1, Qt::AlignLeft | Qt::AlignVCenter };
        spec.cells << TableCell { r.teacher.stage } << TableCell { r.teacher.subject }
                   << TableCell { formatCreditAmount(r.totals.total().credits) }
                   << TableCell { creditStateLabel(r.status.overall) };
        t.rows << spec;
    }
    for (int c = 0; c < header.size(); ++c)
        t.columns << (unitColumn && c == 3 ? ColumnSpec { .role = ColumnRole::Text, .priority = 1.0 }
                                           : ColumnSpec { .role = ColumnRole::Value });
    return t;
}

class Source : public TableRowSource {
public:
    Source(QList<TableRowSpec> rows, std::shared_ptr<const TableFitter> fitter, QList<double> widths)
        : m_rows(std::move(rows))
        , m_fitter(std::move(fitter))
        , m_widths(std::move(widths))
    {
    }
    int rowCount() const override { return int(m_rows.size()); }
    TableRowSpec row(int index) const override
    {
        TableRowSpec spec = m_rows.at(index);
        m_fitter->wrapRow(spec, m_widths);
        return spec;
    }

private:
    QList<TableRowSpec> m_rows;
    std::shared_ptr<const TableFitter> m_fitter;
    QList<double> m_widths;
};

QString pdfText(const PagedTable& table, const QString& path)
{
    EXPECT_TRUE(writePdfFile(path, QStringLiteral("t"), [&](QPagedPaintDevice* d) { return table.print(d); }).ok());
    return tptest::pdfPages(path).join(QLatin1Char('\f'));
}

// Records every report; answers false (取消) once a report of the phase starting with `stopPhase` reaches `stopAt`.
class RecordingSink : public ProgressSink {
public:
    explicit RecordingSink(QString stopPhase = {}, qint64 stopAt = 0)
        : m_stopPhase(std::move(stopPhase))
        , m_stopAt(stopAt)
    {
    }
    bool report(qint64 done, qint64 total, const QString& what) override
    {
        calls << std::make_tuple(done, total, what);
        return m_stopPhase.isEmpty() || !(what.startsWith(m_stopPhase) && done >= m_stopAt);
    }
    // The reports of one phase, by the start of its message.
    QList<std::pair<qint64, qint64>> phase(const QString& start) const
    {
        QList<std::pair<qint64, qint64>> list;
        for (const auto& [done, total, what] : calls)
            if (what.startsWith(start))
                list << std::make_pair(done, total);
        return list;
    }
    QList<std::tuple<qint64, qint64, QString>> calls;

private:
    QString m_stopPhase;
    qint64 m_stopAt;
};

// The district's report (no unit: a 单位 column) of the 2021—2025 cycle, counted on `asOf`.
CreditReportOptions districtOptions(const CreditRules& rules, QDate asOf)
{
    CreditReportOptions options;
    options.district = q("梁平区");
    options.rules = rules;
    options.cycleStart = 2021;
    options.asOf = asOf;
    return options;
}

} // namespace

// The rows given one by one (each distinct text measured once) get the same widths, the same wrapped cells, the
// same page breaks and the same printed text as the rows given at once — for a school's report and for a
// district's, whose long school names wrap.
TEST(CreditReportPaging, RowsAddedOneByOneLayOutAsRowsGivenAtOnce)
{
    SKIP_WITHOUT_POPPLER();
    const CreditRules rules = creditRulePreset(QStringLiteral("liangping-2021"));
    const QDate asOf(2024, 9, 1);
    QTemporaryDir dir;
    for (const bool unitColumn : { false, true }) {
        SCOPED_TRACE(unitColumn ? "district, 单位 column" : "school");
        const Table t = creditTable(teachers(unitColumn ? 400 : 60, rules, asOf), unitColumn);

        PagedTableInput atOnce;
        atOnce.page = PageSetup::defaults(QPageLayout::Portrait);
        atOnce.header = t.header;
        atOnce.rows = t.rows;
        const TableFitter whole(t.header, t.rows, t.columns);
        const TableFit wholeFit = whole.fit(atOnce);
        atOnce.columnWidthsMm = wholeFit.widthsMm;
        whole.wrap(atOnce);

        PagedTableInput byRow;
        byRow.page = atOnce.page;
        byRow.header = t.header;
        auto added = std::make_shared<TableFitter>(t.header, t.columns);
        for (const TableRowSpec& r : t.rows)
            added->addRow(r);
        const TableFit addedFit = added->fit(byRow);
        EXPECT_EQ(addedFit.widthsMm, wholeFit.widthsMm);
        EXPECT_EQ(addedFit.fits, wholeFit.fits);
        byRow.columnWidthsMm = addedFit.widthsMm;
        added->wrap(byRow);
        EXPECT_EQ(byRow.header.cells.size(), atOnce.header.cells.size());
        for (int c = 0; c < atOnce.header.cells.size(); ++c)
            EXPECT_EQ(byRow.header.cells.at(c).text, atOnce.header.cells.at(c).text);
        byRow.rowSource = std::make_shared<Source>(t.rows, added, byRow.columnWidthsMm);

        const PagedTable a(atOnce);
        const PagedTable b(byRow);
        ASSERT_EQ(b.rowCount(), a.rowCount());
        for (int r = 0; r < a.rowCount(); ++r)
            for (int c = 0; c < a.row(r).cells.size(); ++c)
                ASSERT_EQ(b.row(r).cells.at(c).text, a.row(r).cells.at(c).text) << "row " << r << " column " << c;
        if (unitColumn) {
            int wrapped = 0;
            for (int r = 0; r < a.rowCount(); ++r)
                wrapped += a.lineCount(r, 3) > 1 ? 1 : 0;
            EXPECT_GT(wrapped, 0) << "the long school names wrap";
        }
        ASSERT_EQ(b.pageCount(), a.pageCount());
        for (int p = 0; p < a.pageCount(); ++p)
            EXPECT_EQ(b.rowsOnPage(p), a.rowsOnPage(p)) << "page " << p + 1;
        EXPECT_EQ(pdfText(b, dir.filePath(QStringLiteral("b.pdf"))), pdfText(a, dir.filePath(QStringLiteral("a.pdf"))));
    }
}

// The district's report: every teacher exactly once, in order, none cut across pages; the header and the 单位
// column on every page; the PDF's pages as laid out, each with its own teachers.
TEST(CreditReportPaging, DistrictReportHasEveryTeacherOnceInOrderUnderAHeaderOnEveryPage)
{
    SKIP_WITHOUT_POPPLER();
    const CreditRules rules = creditRulePreset(QStringLiteral("liangping-2021"));
    const QDate asOf(2026, 1, 5);
    const QList<TeacherCreditRow> list = teachers(1200, rules, asOf);
    CreditReportOptions options = districtOptions(rules, asOf);
    options.issuer = q("重庆市梁平区教育委员会");
    const CreditReportDocument doc(list, options);
    const PagedTable& layout = doc.layout();
    ASSERT_EQ(layout.rowCount(), list.size());
    ASSERT_GT(doc.pageCount(), 20);

    // Each row on exactly one page (so never split), the pages' rows one after another.
    QList<int> placed;
    for (int p = 0; p < doc.pageCount(); ++p) {
        const QList<int> rows = layout.rowsOnPage(p);
        if (p + 1 < doc.pageCount()) {
            EXPECT_GE(rows.size(), 20) << "page " << p + 1;
        }
        placed << rows;
    }
    ASSERT_EQ(placed.size(), list.size());
    for (int i = 0; i < placed.size(); ++i)
        ASSERT_EQ(placed.at(i), i);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("district.pdf"));
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QStringList pages = tptest::pdfPages(pdf);
    ASSERT_EQ(pages.size(), doc.pageCount());
    for (int p = 0; p < pages.size(); ++p) {
        const QString page = squeezed(pages.at(p));
        EXPECT_TRUE(page.contains(q("序号工号姓名单位学段学科"))) << "header on page " << p + 1;
        EXPECT_TRUE(page.contains(q("状态"))) << "page " << p + 1;
        // This page's teachers, in order, by their staff numbers (unique) — and no one of the next page.
        qsizetype at = 0;
        for (int r : layout.rowsOnPage(p)) {
            const qsizetype found = page.indexOf(list.at(r).teacher.staffNumber, at);
            ASSERT_GE(found, 0) << "page " << p + 1 << " row " << r;
            at = found;
        }
        if (p + 1 < pages.size()) {
            EXPECT_FALSE(page.contains(list.at(layout.rowsOnPage(p + 1).first()).teacher.staffNumber));
        }
    }
    EXPECT_TRUE(squeezed(pages.last()).contains(squeezed(doc.summary())));
}

// Progress: the columns measured, the rows placed and the pages drawn, each counting up to its end.
TEST(CreditReportPaging, ProgressCountsUpToTheEndOfEachStage)
{
    const CreditRules rules = creditRulePreset(QStringLiteral("liangping-2021"));
    const QDate asOf(2026, 1, 5);
    const QList<TeacherCreditRow> list = teachers(1100, rules, asOf);
    CreditReportOptions options = districtOptions(rules, asOf);
    CreditReportDocument doc(list, options);
    RecordingSink sink;
    doc.setProgress(ProgressOptions { &sink });
    QTemporaryDir dir;
    ASSERT_TRUE(doc.writePdf(dir.filePath(QStringLiteral("r.pdf"))).ok());
    const qint64 n = list.size();
    for (const QString& stage : { q("正在计算列宽"), q("正在排版"), q("正在生成") }) {
        SCOPED_TRACE(stage.toStdString());
        const auto reports = sink.phase(stage);
        ASSERT_GE(reports.size(), 2);
        const qint64 total = stage == q("正在生成") ? doc.pageCount() : n;
        EXPECT_EQ(reports.first().first, 0);
        for (int i = 1; i < reports.size(); ++i)
            EXPECT_GE(reports.at(i).first, reports.at(i - 1).first);
        for (const auto& [done, t] : reports)
            EXPECT_EQ(t, total);
        EXPECT_EQ(reports.last().first, total) << "reaches the end";
    }
    // The stages in this order.
    QStringList order;
    for (const auto& call : sink.calls) {
        const QString stage = std::get<2>(call).left(4);
        if (order.isEmpty() || order.last() != stage)
            order << stage;
    }
    EXPECT_EQ(order, (QStringList { q("正在计算"), q("正在排版"), q("正在生成") }));
}

// 取消 while the columns are measured, while the rows are placed or while the pages are drawn: no PDF, the file
// that was there untouched, nothing asked after the stop; the next writing starts again and completes.
TEST(CreditReportPaging, CancelInAnyStageWritesNoPdf)
{
    const CreditRules rules = creditRulePreset(QStringLiteral("liangping-2021"));
    const QDate asOf(2026, 1, 5);
    const QList<TeacherCreditRow> list = teachers(1100, rules, asOf);
    CreditReportOptions options = districtOptions(rules, asOf);
    for (const auto& [stage, at] : { std::make_pair(q("正在计算列宽"), 500), std::make_pair(q("正在排版"), 400),
             std::make_pair(q("正在生成"), 3) }) {
        SCOPED_TRACE(stage.toStdString());
        CreditReportDocument doc(list, options);
        RecordingSink sink(stage, at);
        doc.setProgress(ProgressOptions { &sink });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        {
            QFile old(path);
            ASSERT_TRUE(old.open(QIODevice::WriteOnly));
            old.write("last week's report");
        }
        const Status s = doc.writePdf(path);
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(Cancelled::is(s.error())) << s.error().toString().toStdString();
        EXPECT_TRUE(std::get<2>(sink.calls.last()).startsWith(stage));
        EXPECT_EQ(std::get<0>(sink.calls.last()), at) << "nothing asked after the stop";
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::ReadOnly));
        EXPECT_EQ(old.readAll(), QByteArray("last week's report"));
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1) << "no temporary file left";

        // Asked again without 取消: the whole report.
        RecordingSink on;
        doc.setProgress(ProgressOptions { &on });
        ASSERT_TRUE(doc.writePdf(path).ok());
        EXPECT_EQ(on.phase(q("正在生成")).last().first, doc.pageCount());
    }
}
