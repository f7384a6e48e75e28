#pragma once

// Plans the layout tests print: the two published tables (tests/data), a plan made in TrainPlan (南岸区 2027,
// the default 8 columns with 培训方式 left empty) and a generated 500-project plan with every column filled.

#include "CreditLedger.h"
#include "Plan.h"
#include "PlanTableImporter.h"
#include "TeacherCreditRow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace tptest {

inline QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

struct TestPlan {
    tp::Plan plan;
    QList<tp::Project> projects;
};

inline TestPlan importedPlan(const char* file, const char* title)
{
    auto table = tp::PlanTableImporter::importFile(QStringLiteral(TRAINPLAN_TEST_DATA_DIR "/") + q(file));
    EXPECT_TRUE(table.ok()) << (table.ok() ? std::string() : table.error().toString().toStdString());
    TestPlan p;
    if (!table.ok())
        return p;
    p.plan.title = q(title);
    p.plan.stated = table->stated;
    p.projects = table->projects;
    return p;
}

inline TestPlan liangping2021()
{
    return importedPlan("liangping-2021-plan.csv", "梁平区教育系统2021年教师教育项目计划表");
}

inline TestPlan jianan2024()
{
    return importedPlan("jianan-2024-plan.csv", "许昌市建安区2024年教师培训工作安排表");
}

// 南岸区 2027, typed into TrainPlan: organizers, days (one project in 学时, 国培 without), headcounts, months and
// places filled in, 培训方式 left empty — the default columns are the eight of both formats.
inline TestPlan nanan2027()
{
    struct Row {
        const char* name;
        QStringList organizers;
        const char* duration;
        const char* headcount;
        const char* months;
        const char* location;
    };
    const QStringList bureau { q("区教委") };
    const QStringList school { q("区教师进修学院") };
    const QStringList both { q("区教委"), q("区教师进修学院") };
    const QList<Row> rows {
        { "中小学校长任职资格培训", bureau, "5", "120", "3月", "区教师进修学院" },
        { "新任教师岗前培训", school, "5", "约200人", "8月", "区教师进修学院" },
        { "中小学班主任能力提升培训", school, "3", "300", "4月", "区教师进修学院" },
        { "幼儿园园长任职资格培训", bureau, "5", "60", "5月", "区教师进修学院" },
        { "第七批骨干教师培养对象培训", school, "10", "150", "3—6月", "重庆市第十一中学校" },
        { "中小学心理健康教育教师培训", school, "3", "100", "4月", "区教师进修学院" },
        { "信息技术应用能力提升培训", school, "40学时", "全员", "全年", "线上" },
        { "中小学思政课教师专题培训", both, "2", "180", "9月", "区教师进修学院" },
        { "学前教育保教质量提升培训", bureau, "3", "118", "10月", "南岸区实验幼儿园" },
        { "高三学科教师备考培训", school, "2", "260", "11月", "重庆市南坪中学校" },
        { "中小学新教材专题培训", school, "3", "650", "7月", "区教师进修学院" },
        { "继续教育学分登记员培训", school, "1", "80", "3月", "区教师进修学院" },
        { "中小学书法教师培训", school, "4", "120", "10月", "区教师进修学院" },
        { "社区教育专职、兼职教师培训", { q("区教委"), q("区社区教育学院") }, "2", "66", "6月", "区社区教育学院" },
        { "骨干校长赴市外跟岗研修", bureau, "7", "30", "11月", "上海市" },
        { "国培计划", school, "", "1000", "全年", "" },
    };
    TestPlan p;
    p.plan.district = q("南岸区");
    p.plan.year = 2027;
    p.plan.title = q("南岸区2027年教师教育项目计划表");
    int seq = 0;
    for (const Row& r : rows) {
        tp::Project project;
        project.seq = ++seq;
        project.name = q(r.name);
        project.organizers = r.organizers;
        project.durationText = q(r.duration);
        project.headcountText = q(r.headcount);
        project.monthsText = q(r.months);
        project.location = q(r.location);
        p.projects << project;
    }
    return p;
}

// `n` projects with all eight columns filled: names of 10 to 40 characters (every length as often), one or two
// organizers, days or 学时, exact, approximate and 全员 headcounts, modes, months and places.
inline TestPlan generatedPlan(int n)
{
    const QString words = q("中小学教师信息技术应用能力提升工程全员培训骨干班主任心理健康教育专题研修幼儿园园长任职资格"
                            "新教材课堂教学改革学科核心素养命题评价德育思政课体育美育劳动教育社区居民");
    const QStringList modes { q("集中培训"), q("线上研修"), q("集中培训、线上研修"), q("外出研修"), q("送教下乡") };
    const QStringList months { q("3月"), q("4月"), q("5—6月"), q("全年"), q("9月"), q("11月") };
    const QStringList places { q("区教师进修校"), q("各学校"), q("区教师发展中心"), q("重庆市"), q("线上") };
    TestPlan p;
    p.plan.district = q("测试区");
    p.plan.year = 2025;
    p.plan.title = q("测试区教育系统2025年教师教育项目计划表");
    for (int i = 1; i <= n; ++i) {
        tp::Project project;
        project.seq = i;
        const int length = 10 + (i * 7) % 31; // 10..40
        QString name = q("第%1期").arg(i);
        for (int k = 0; name.size() < length - 2; ++k)
            name += words.at((i * 13 + k * 5) % words.size());
        project.name = name.left(length - 2) + q("培训");
        project.organizers
            = i % 4 == 0 ? QStringList { q("区教委"), q("区教师进修校") } : QStringList { q("区教师进修校") };
        project.durationText = i % 9 == 0 ? q("%1学时").arg(10 * (i % 7 + 1)) : QString::number(i % 5 + 1);
        project.headcountText
            = i % 23 == 0 ? q("全员") : (i % 11 == 0 ? q("约%1人").arg(i % 300 + 20) : QString::number(50 + i % 400));
        project.modesText = modes.at(i % modes.size());
        project.monthsText = months.at(i % months.size());
        project.location = places.at(i % places.size());
        p.projects << project;
    }
    return p;
}

// The teachers of a district for its 学分统计表: `n` teachers over twenty units (school names of 6 to 12
// characters), six-digit staff numbers, names of two to four characters, stages and subjects as typed in the
// teacher lists, and credits of 区县级 centralized training from 0 to 30 (some short, some met).
inline QList<tp::TeacherCreditRow> districtTeachers(int n, const tp::CreditRules& rules, QDate asOf)
{
    const QStringList units { q("梁平区第一中学"), q("梁平区实验小学"), q("梁平区双桂街道中心小学"),
        q("梁平区机关幼儿园"), q("重庆市梁平中学"), q("梁平区职业教育中心"), q("梁平区金带中学"),
        q("梁平区礼让镇初级中学"), q("梁平区红旗小学"), q("梁平区西南大学附属小学") };
    const QStringList names { q("张伟"), q("王芳"), q("李娜"), q("刘洋"), q("陈静"), q("欧阳晓东"), q("杨秀英"),
        q("赵磊"), q("黄丽"), q("周杰") };
    const QStringList stages { q("小学"), q("初中"), q("高中"), q("幼儿园") };
    const QStringList subjects { q("语文"), q("数学"), q("英语"), q("道德与法治"), q("信息技术"), q("体育与健康"),
        q("学前教育") };
    QList<tp::TeacherCreditRow> rows;
    for (int i = 1; i <= n; ++i) {
        tp::TeacherCreditRow r;
        r.teacher.id = i;
        r.teacher.staffNumber = QStringLiteral("%1").arg(500000 + i * 37, 6, 10, QLatin1Char('0'));
        r.teacher.name = names.at(i % names.size()) + (i % 3 == 0 ? QString() : QString::number(i % 10));
        r.teacher.unitName = units.at((i / 7) % units.size());
        r.teacher.stage = stages.at(i % stages.size());
        r.teacher.subject = subjects.at(i % subjects.size());
        QList<tp::CreditEntry> entries;
        const double credits = (i * 7) % 31;
        if (credits > 0)
            entries << tp::CreditEntry { 2022, tp::TrainingLevel::County, tp::TrainingKind::Centralized, credits, 0 };
        if (i % 5 == 0)
            entries << tp::CreditEntry { 2023, tp::TrainingLevel::County, tp::TrainingKind::Centralized, 2.5, 0 };
        r.totals = tp::creditLedger(entries, rules, 2021);
        r.status = tp::evaluateCredits(r.totals, rules, 2021, asOf);
        rows << r;
    }
    return rows;
}

} // namespace tptest
