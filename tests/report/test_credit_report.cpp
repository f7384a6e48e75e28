// 学分统计表: a school's teachers with their credits per requirement and status, as a PDF.

#include "CreditLedger.h"
#include "CreditReportDocument.h"
#include "PopplerTools.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tp;
using tptest::squeezed;

namespace {

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A teacher of 梁平区第一中学 with `districtCredits` of district-level centralized training in 2022.
TeacherCreditRow row(int n, const QString& name, double districtCredits, const CreditRules& rules, QDate asOf)
{
    TeacherCreditRow r;
    r.teacher.id = n;
    r.teacher.staffNumber = QStringLiteral("0%1").arg(1000 + n);
    r.teacher.name = name;
    r.teacher.unitName = q("梁平区第一中学");
    r.teacher.stage = q("初中");
    r.teacher.subject = q("数学");
    QList<CreditEntry> entries;
    if (districtCredits > 0)
        entries << CreditEntry { 2022, TrainingLevel::County, TrainingKind::Centralized, districtCredits, 0 };
    r.totals = creditLedger(entries, rules, 2021);
    r.status = evaluateCredits(r.totals, rules, 2021, asOf);
    return r;
}

} // namespace

TEST(CreditReport, SchoolReportListsEveryTeacherWithCreditsShortfallAndSummary)
{
    SKIP_WITHOUT_POPPLER();
    const CreditRules rules = creditRulePreset(QStringLiteral("liangping-2021"));
    const QDate asOf(2026, 3, 1); // the 2021—2025 cycle is over: below 20 is 未达标
    QList<TeacherCreditRow> rows;
    rows << row(1, q("张伟"), 24, rules, asOf) << row(2, q("王芳"), 12.5, rules, asOf)
         << row(3, q("李娜"), 0, rules, asOf);
    for (int i = 4; i <= 60; ++i)
        rows << row(i, q("教师%1").arg(i), i % 3 == 0 ? 20 : 8, rules, asOf);

    CreditReportOptions options;
    options.district = q("梁平区");
    options.unitName = q("梁平区第一中学");
    options.rules = rules;
    options.cycleStart = 2021;
    options.asOf = asOf;
    options.issuer = q("梁平区第一中学");
    CreditReportDocument doc(rows, options);
    EXPECT_EQ(doc.title(), q("梁平区第一中学教师继续教育学分统计表"));
    // 20 of 60 teachers (张伟 and i % 3 == 0 for i in 4..60: 19) reach 20 credits.
    EXPECT_EQ(doc.summary(), q("共 60 名教师：已达标 20 人，进度正常 0 人，有风险 0 人，未达标 40 人"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("credits.pdf"));
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QStringList pages = tptest::pdfPages(pdf);
    ASSERT_GE(pages.size(), 2) << "60 teachers do not fit on one landscape page";
    EXPECT_EQ(tptest::pdfPageCount(pdf), doc.pageCount());
    const QString all = squeezed(pages.join(QString()));
    EXPECT_TRUE(all.contains(squeezed(doc.title())));
    EXPECT_TRUE(all.contains(q("培训周期：2021—2025年")));
    for (const TeacherCreditRow& r : rows) {
        EXPECT_TRUE(all.contains(r.teacher.name)) << r.teacher.name.toStdString();
        EXPECT_TRUE(all.contains(r.teacher.staffNumber)) << "staff number as text, leading zero kept";
    }
    EXPECT_TRUE(all.contains(q("12.5（差7.5）"))) << "王芳: 12.5 credits, 7.5 short";
    EXPECT_TRUE(all.contains(q("0（差20）"))) << "李娜";
    EXPECT_TRUE(all.contains(squeezed(doc.summary())));
    // The header on every page; no 单位 column for one school's report.
    for (const QString& page : pages) {
        EXPECT_TRUE(squeezed(page).contains(q("区县级及以上集中培训"))) << "header repeated";
        EXPECT_TRUE(squeezed(page).contains(q("状态")));
        EXPECT_FALSE(squeezed(page).contains(q("单位学段")));
    }
}

TEST(CreditReport, DistrictReportHasAUnitColumnAndYearlyRequirementsOfTheYear)
{
    SKIP_WITHOUT_POPPLER();
    // 山东 publishes its yearly minimum (每年不少于48学分); 云阳's is 未公布 (see the next test).
    const CreditRules rules = creditRulePreset(QStringLiteral("shandong-2015"));
    ASSERT_TRUE(rules.needsYearlyTotals()) << "山东 counts 48 credits a year";
    const QDate asOf(2023, 9, 1);
    QList<TeacherCreditRow> rows { row(1, q("张伟"), 30, rules, asOf) };
    CreditReportOptions options;
    options.district = q("云阳县");
    options.rules = rules;
    options.cycleStart = 2021;
    options.asOf = asOf;
    options.belowOnly = true;
    options.page = PageSetup::defaults(QPageLayout::Landscape);
    CreditReportDocument doc(rows, options);
    EXPECT_EQ(doc.title(), q("云阳县教师继续教育学分统计表"));
    QStringList labels;
    for (const CreditRequirement& r : doc.columns())
        labels << r.label;
    EXPECT_TRUE(labels.contains(q("总学分")));
    EXPECT_TRUE(labels.contains(q("年度学分")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("district.pdf"));
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QString text = squeezed(tptest::pdfPages(pdf).join(QString()));
    EXPECT_TRUE(text.contains(q("单位"))) << "every unit: a 单位 column";
    EXPECT_TRUE(text.contains(q("梁平区第一中学")));
    EXPECT_TRUE(text.contains(q("2023年年度学分"))) << "the yearly requirement of the year counted";
    EXPECT_TRUE(text.contains(q("仅列未达标教师")));
}

TEST(CreditReport, RuleSourcesAreNamedInWordsAndUnpublishedMinimumsJudgeNobody)
{
    SKIP_WITHOUT_POPPLER();
    // 云阳: a yearly minimum exists, but its number is not published — no column, and the report says so.
    const CreditRules rules = creditRulePreset(QStringLiteral("yunyang"));
    const QDate asOf(2023, 9, 1);
    CreditReportOptions options;
    options.district = q("云阳县");
    options.rules = rules;
    options.cycleStart = 2021;
    options.asOf = asOf;
    options.page = PageSetup::defaults(QPageLayout::Landscape);
    CreditReportDocument doc({ row(1, q("张伟"), 30, rules, asOf) }, options);
    QStringList labels;
    for (const CreditRequirement& r : doc.columns())
        labels << r.label;
    EXPECT_EQ(labels, (QStringList { q("总学分"), q("县级及以上集中研修") }));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("yunyang.pdf"));
    ASSERT_TRUE(doc.writePdf(pdf).ok());
    const QString text = squeezed(tptest::pdfPages(pdf).join(QString()));
    EXPECT_TRUE(text.contains(squeezed(q("学分规则「云阳」的要求与出处")))) << text.toStdString();
    EXPECT_TRUE(
        text.contains(squeezed(q("总学分不少于120学分，县级及以上集中研修不少于20学分：云阳县教育委员会《关于“十四五”"
                                 "时期加强教师培训促进教师专业发展的实施意见》（2021年）三、（六）"))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(q("年度学分（每年）：最低要求未公布，不据此判定"))));
    EXPECT_FALSE(text.contains(q("R-CREDIT"))) << "no internal ids";
    EXPECT_FALSE(text.contains(q("seeds"))) << "no internal file names";
}

TEST(CreditReport, EmptyReportSaysSo)
{
    CreditReportOptions options;
    options.unitName = q("梁平区第二小学");
    options.rules = creditRulePreset({});
    options.cycleStart = 2021;
    options.asOf = QDate(2024, 1, 1);
    options.belowOnly = true;
    CreditReportDocument doc({}, options);
    EXPECT_EQ(doc.pageCount(), 1);
    EXPECT_EQ(doc.summary(), q("共 0 名教师：已达标 0 人，进度正常 0 人，有风险 0 人，未达标 0 人"));
}
