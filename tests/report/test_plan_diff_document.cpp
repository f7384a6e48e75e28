// 计划调整一览表: the diff against the approved plan in the official print layout, as a PDF.

#include "PlanDiffDocument.h"
#include "PopplerTools.h"
#include "TableFit.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using tptest::squeezed;

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

PlanChangeRequest approvedRequest(qint64 projectId, int seq, const char* name, std::optional<ChangeField> field,
    const char* from, const char* to, const char* reason, QDate filed, QDate decided)
{
    PlanChangeRequest r;
    r.projectId = projectId;
    r.seq = seq;
    r.projectName = q(name);
    r.kind = field ? ChangeKind::Change : ChangeKind::Cancel;
    r.field = field;
    r.from = q(from);
    r.to = q(to);
    r.reason = q(reason);
    r.filedOn = filed;
    r.filedBy = q("进修校 李明");
    r.status = ChangeStatus::Approved;
    r.decidedOn = decided;
    r.decidedBy = q("区教委 王芳");
    return r;
}

// 梁平区 2025, version 1 (梁教委〔2025〕8号): 第 1 项's days and month changed by approved requests, 第 3 项 cancelled,
// 第 4 项 added while the plan was reopened, a request for 第 2 项 still waiting; and `extra` more changed projects.
QList<PlanAdjustment> lines(int extra = 0)
{
    QList<ProjectDiff> diff;
    diff << ProjectDiff { DiffKind::Changed, 1, 1, q("新任教师岗前培训"),
        { CellChange { ChangeField::Duration, q("5"), q("4") },
            CellChange { ChangeField::Months, q("11月"), q("12月") } } };
    diff << ProjectDiff { DiffKind::Cancelled, 3, 3, q("班主任能力提升培训"), {} };
    diff << ProjectDiff { DiffKind::Added, 4, 4, q("心理健康教育专题培训"), {} };
    for (int i = 0; i < extra; ++i)
        diff << ProjectDiff { DiffKind::Changed, 10 + i, 5 + i, q("学科教学能力提升培训（第%1期）").arg(i + 1),
            { CellChange { ChangeField::Location, q("区教师进修学校"), q("梁平区实验中学") } } };
    QList<PlanChangeRequest> requests;
    requests << approvedRequest(
        1, 1, "新任教师岗前培训", ChangeField::Duration, "5", "4", "教材压缩", QDate(2025, 9, 1), QDate(2025, 9, 5));
    requests << approvedRequest(1, 1, "新任教师岗前培训", ChangeField::Months, "11月", "12月",
        "与期中考试冲突，经与各校协商推迟一个月", QDate(2025, 9, 2), QDate(2025, 9, 6));
    requests << approvedRequest(
        3, 3, "班主任能力提升培训", std::nullopt, "", "", "承办方无法接待", QDate(2025, 9, 3), QDate(2025, 9, 8));
    PlanChangeRequest pending = approvedRequest(
        2, 2, "师德师风专题培训", ChangeField::Headcount, "全员", "800", "只含在编教师", QDate(2025, 9, 10), QDate());
    pending.status = ChangeStatus::Pending;
    pending.decidedBy.clear();
    requests << pending;
    for (int i = 0; i < extra; ++i)
        requests << approvedRequest(10 + i, 5 + i, "学科教学能力提升培训", ChangeField::Location, "区教师进修学校",
            "梁平区实验中学", "进修学校报告厅维修", QDate(2025, 9, 1), QDate(2025, 9, 5));
    return planAdjustments(diff, requests);
}

Plan liangping2025()
{
    Plan p;
    p.district = q("梁平区");
    p.year = 2025;
    p.title = q("梁平区2025年教师培训计划");
    return p;
}

PlanDiffOptions version1()
{
    PlanDiffOptions o;
    o.version = 1;
    o.docNumber = q("梁教委〔2025〕8号");
    o.approvedOn = QDate(2025, 8, 20);
    return o;
}

// pdftotext -raw: the text in the order drawn, a cell's lines together (-layout interleaves the lines of cells side
// by side), without white space.
QString rawText(const QString& pdf)
{
    return squeezed(
        tptest::runTool(tptest::popplerTool("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") }));
}

QString pdfPath(const QTemporaryDir& dir, const char* name)
{
    const QString keep = qEnvironmentVariable("TRAINPLAN_REPORT_OUTPUT_DIR"); // to look at it
    return (keep.isEmpty() ? QDir(dir.path()) : QDir(keep)).filePath(QString::fromUtf8(name));
}

// Whether `head` ends between two of the words the whole name is made of (ICU's dictionary).
bool unbreakableWordsEndAt(const QString& head)
{
    QString joined;
    for (const QString& w : report::unbreakableWords(q("学科教学能力提升暨信息技术应用能力提升培训（第6期）"))) {
        joined += w;
        if (joined == head)
            return true;
    }
    return false;
}

} // namespace

TEST(PlanAdjustments, EachChangedCellGetsTheRequestBehindItAndPendingRequestsFollowInSeqOrder)
{
    const QList<PlanAdjustment> list = lines();
    // 第 1 项: two cells; 第 2 项: the pending request; 第 3 项: cancelled; 第 4 项: added.
    ASSERT_EQ(list.size(), 5);
    EXPECT_EQ(list.at(0).cell->field, ChangeField::Duration);
    EXPECT_EQ(list.at(0).request->reason, q("教材压缩"));
    EXPECT_EQ(list.at(1).cell->field, ChangeField::Months);
    EXPECT_EQ(list.at(1).request->decidedOn, QDate(2025, 9, 6));
    EXPECT_EQ(list.at(2).seq, 2);
    EXPECT_TRUE(list.at(2).pending());
    EXPECT_EQ(list.at(2).cell->after, q("800"));
    EXPECT_EQ(list.at(3).kind, DiffKind::Cancelled);
    EXPECT_EQ(list.at(3).request->reason, q("承办方无法接待"));
    EXPECT_EQ(list.at(4).kind, DiffKind::Added);
    EXPECT_FALSE(list.at(4).request.has_value()) << "added while the plan was reopened: no request";
}

TEST(PlanDiffDocument, PrintsTitleVersionEveryChangeWithReasonDateAndApprovalAndMarksAddedAndCancelled)
{
    SKIP_WITHOUT_POPPLER();
    const PlanDiffDocument doc(liangping2025(), lines(), version1());
    EXPECT_EQ(doc.title(), q("梁平区2025年教师培训计划调整一览表"));
    EXPECT_EQ(doc.summary(), q("与第 1 版相比：调整 2 处，新增 1 项，取消 1 项；另有待批申请 1 件（尚未调整）。"));
    QTemporaryDir dir;
    const QString pdf = pdfPath(dir, "plan-diff.pdf");
    const Status written = doc.writePdf(pdf);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(tptest::pdfPageCount(pdf), 1);
    const QString text = rawText(pdf);
    for (const char* expected : { "梁平区2025年教师培训计划调整一览表", "对照版本：第1版",
             "批复文号：梁教委〔2025〕8号", "批复日期：2025年8月20日", "序号", "项目名称", "调整内容（原→新）",
             "调整理由", "申请日期", "批复（人、日期）", "培训天数/学时：5→4", "教材压缩", "2025年9月1日", "区教委王芳",
             "2025年9月5日", "拟培训时间：11月→12月", "【取消】不再举办", "承办方无法接待", "【新增】列入计划",
             "心理健康教育专题培训", "随修订稿报批", "参培人数：全员→800", "只含在编教师", "待批" })
        EXPECT_TRUE(text.contains(q(expected))) << expected << "\n" << text.toStdString();
    // The column widths fit the landscape page with every date and decision whole.
    EXPECT_TRUE(doc.layout().columnsFit());
    // A name of ten characters keeps its line: the name column is as wide as the longest name (up to 60 mm).
    for (int row = 0; row < doc.layout().input().rows.size(); ++row)
        EXPECT_EQ(doc.layout().lineCount(row, 1), 1) << "row " << row;
}

TEST(PlanDiffDocument, ALongListRepeatsItsHeaderOnEveryPage)
{
    SKIP_WITHOUT_POPPLER();
    const PlanDiffDocument doc(liangping2025(), lines(40), version1());
    QTemporaryDir dir;
    const QString pdf = pdfPath(dir, "plan-diff-long.pdf");
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QStringList pages = tptest::pdfPages(pdf);
    ASSERT_GE(pages.size(), 2);
    EXPECT_EQ(pages.size(), doc.pageCount());
    for (const QString& page : pages)
        EXPECT_TRUE(squeezed(page).contains(q("调整内容（原→新）"))) << page.toStdString();
    const QString all = rawText(pdf);
    EXPECT_TRUE(all.contains(q("学科教学能力提升培训（第40期）"))) << "the last line is printed";
    EXPECT_EQ(all.count(q("地点：区教师进修学校→梁平区实验中学")), 40);
}

TEST(PlanDiffDocument, NothingChangedSaysSo)
{
    SKIP_WITHOUT_POPPLER();
    const PlanDiffDocument doc(liangping2025(), {}, version1());
    QTemporaryDir dir;
    const QString pdf = pdfPath(dir, "plan-diff-empty.pdf");
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    EXPECT_TRUE(squeezed(tptest::pdfPages(pdf).join(QString())).contains(q("与批复版相比没有调整")));
}

TEST(PlanDiffDocument, ANameOverTheColumnsLimitBreaksBetweenWordsNotInsideOne)
{
    SKIP_WITHOUT_POPPLER();
    // A name wider than the name column may grow (60 mm) wraps between words, balanced — never inside a word
    // ("…提/升…", "…应/用…").
    QList<PlanAdjustment> list = lines();
    const QString name = q("学科教学能力提升暨信息技术应用能力提升培训（第6期）");
    list << planAdjustments({ ProjectDiff { DiffKind::Changed, 20, 6, name,
                                { CellChange { ChangeField::Location, q("区教师进修学校"), q("梁平区实验中学") } } } },
        { approvedRequest(20, 6, "学科教学能力提升暨信息技术应用能力提升培训（第6期）", ChangeField::Location,
            "区教师进修学校", "梁平区实验中学", "进修学校报告厅维修", QDate(2025, 9, 1), QDate(2025, 9, 5)) });
    const PlanDiffDocument doc(liangping2025(), list, version1());
    QTemporaryDir dir;
    const QString pdf = pdfPath(dir, "plan-diff-names.pdf");
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    QString text
        = tptest::runTool(tptest::popplerTool("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
    text.remove(QLatin1Char(' '));
    EXPECT_TRUE(squeezed(text).contains(name)) << text.toStdString();
    const int row = int(list.size()) - 1;
    ASSERT_EQ(doc.layout().lineCount(row, 1), 2) << "the name wraps once";
    const QStringList parts = doc.layout().input().rows.at(row).cells.at(1).text.split(QLatin1Char('\n'));
    ASSERT_EQ(parts.size(), 2) << doc.layout().input().rows.at(row).cells.at(1).text.toStdString();
    // Broken between words, the lines about as long as each other.
    EXPECT_TRUE(unbreakableWordsEndAt(parts.at(0))) << parts.at(0).toStdString();
    EXPECT_LE(std::abs(parts.at(0).size() - parts.at(1).size()), 6) << parts.join(QLatin1Char('/')).toStdString();
    for (const QString& line : text.split(QLatin1Char('\n')))
        EXPECT_FALSE(line.endsWith(q("提")) || line.endsWith(q("应"))) << line.toStdString();
}
