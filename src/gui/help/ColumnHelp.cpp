#include "ColumnHelp.h"

#include "PlanTableLayout.h"

namespace tp {

namespace {

// The published document of the default rules (docs/rules.md, the table "Sources"), in the words users know it by.
QString liangpingPoints()
{
    return ColumnHelp::tr("梁平区教委《2021年教师教育工作要点》");
}

QString tableAttachments()
{
    return ColumnHelp::tr("区县印发的计划表附件（梁平区2021年教师教育项目计划表、建安区2024年教师培训工作安排表）");
}

QString creditSources()
{
    return ColumnHelp::tr("梁平区教委《2021年教师教育工作要点》一(二)1、云阳县教委云教〔2021〕20号 三(六)；"
                          "各区县的数字见“工具 → 学分规则…”");
}

QString sourceOf(const RuleSet& rules, const QString& clause)
{
    return ColumnHelp::ruleSource(rules, clause);
}

QString paragraph(const QString& title, const QString& body, const QString& source)
{
    return ColumnHelp::tr("<p><b>%1</b></p><p>%2</p><p>依据：%3</p>").arg(title, body, source);
}

} // namespace

// The rule set's source, with the clause when it is the default document (a district's own rule set names its own).
QString ColumnHelp::ruleSource(const RuleSet& rules, const QString& clause)
{
    if (rules.source == RuleSet::defaults().source)
        return tr("%1 %2").arg(liangpingPoints(), clause);
    return rules.source;
}

QString ColumnHelp::whatsThis(int column, const RuleSet& rules)
{
    switch (column) {
    case int(ProjectField::Seq):
        return paragraph(tr("序号（规则 R-TABLE）"), tr("序号应为 1、2、3…… 依次排列；增删、移动行时自动重新编号。"),
            tableAttachments());
    case int(ProjectField::Name):
        return paragraph(
            tr("培训项目（规则 R-TABLE）"), tr("每一行都要有项目名称；名称为空的行标为错误。"), tableAttachments());
    case int(ProjectField::Organizers):
        return paragraph(tr("主办单位（规则 R-TABLE、R-LEAD）"),
            tr("主办单位应是单位名录中的单位，不在名录中的标黄。主办单位须在开班前 %1 "
               "个工作日将详细培训方案报区教委审定："
               "「主办单位要在开班前15个工作日内将详细培训方案报区教委审定」。")
                .arg(rules.leadWorkdays),
            tr("%1 二(一)；计划表附件").arg(liangpingPoints()));
    case int(ProjectField::Duration):
        return paragraph(tr("培训天数/学时（规则 R-TABLE、学分折算）"),
            tr("天数（3、2天、半天）或学时（50学时）。天数与学时分别合计，合计行与各行之和逐项比对。"
               "项目的学分可由时长按区县学分规则折算。"),
            tr("%1；%2").arg(tableAttachments(), creditSources()));
    case int(ProjectField::Headcount):
        return paragraph(tr("参培人数（规则 R-TABLE）"),
            tr("人数（300、300人）、约数（约120人）或“全员”。“全员”单独计数，不当作 0；确切的人数也是报名的默认容量。"),
            tableAttachments());
    case int(ProjectField::Modes):
        return paragraph(tr("培训方式（学分的培训类型）"),
            tr("培训方式决定学分登记时的培训类型（如“线上研修”为网络研修）；只有区县级及以上的集中培训计入"
               "“五年周期内区级及以上集中培训达到20学分”（规则 R-CREDIT-DISTRICT）。"),
            creditSources());
    case int(ProjectField::Months):
        return paragraph(tr("拟培训时间（规则 R-TABLE、截止日期）"),
            tr("月份（4月、4-5月）或“全年”。还没有具体日期时，截止日期按该月 1 日计算，显示“约”，逾期只作警告。"),
            tr("%1；%2 二(一)").arg(tableAttachments(), liangpingPoints()));
    case int(ProjectField::Level):
        return paragraph(tr("级别（学分）"),
            tr("国家级、省级、市级、区县级、校级。区县级及以上的集中培训学分计入周期要求（规则 R-CREDIT-DISTRICT）。"),
            creditSources());
    case PlanTableLayout::StartColumn:
        return paragraph(tr("开班日期（规则 R-CHANGE）"),
            tr("最早的开班日期或班次。计划批复后改开班日期要提出调整申请，须在生效日（批复的与新的开班日期中较早的一天"
               "）"
               "前 %1 个月报批：「确需调整的，应提前1个月报区教委审批」。")
                .arg(rules.changeMonths),
            sourceOf(rules, tr("二(一)")));
    case PlanTableLayout::PlanDueColumn:
        return paragraph(tr("方案截止（规则 R-LEAD、R-OUTCITY）"),
            tr("详细培训方案最迟报送日：开班前 %1 个工作日，按国务院办公厅公布的放假与调休安排计算"
               "（「主办单位要在开班前15个工作日内将详细培训方案报区教委审定」）。"
               "赴市外培训另须在出发前 %2 个工作日报送管理责任书（「于出行前15个工作日报区教委备案」）。")
                .arg(rules.leadWorkdays)
                .arg(rules.outOfCityWorkdays),
            sourceOf(rules, tr("二(一)、二(二)")));
    case PlanTableLayout::StatusColumn:
        return paragraph(tr("状态（规则 R-LEAD、R-CHANGE、R-CANCEL）"),
            tr("方案是否已报送、是否逾期、还剩几个工作日。批复后的调整须提前 %1 "
               "个月报批；因故不能举办的项目须作书面说明"
               "（「因故不能举办的，应向区教委作书面说明」），取消后标“已取消”，不计入合计。")
                .arg(rules.changeMonths),
            sourceOf(rules, tr("二(一)")));
    default:
        return QString();
    }
}

QString ColumnHelp::ruleLine(int column, const RuleSet& rules)
{
    switch (column) {
    case int(ProjectField::Seq):
    case int(ProjectField::Name):
    case int(ProjectField::Headcount):
        return tr("规则 R-TABLE，依据计划表附件（Shift+F1 看详情）");
    case int(ProjectField::Organizers):
        return tr("规则 R-TABLE、R-LEAD，依据%1（Shift+F1 看详情）").arg(liangpingPoints());
    case int(ProjectField::Duration):
    case int(ProjectField::Months):
        return tr("规则 R-TABLE，依据计划表附件；学分与截止日期见 Shift+F1");
    case int(ProjectField::Modes):
    case int(ProjectField::Level):
        return tr("学分规则 R-CREDIT-DISTRICT（Shift+F1 看详情）");
    case PlanTableLayout::StartColumn:
        return tr("规则 R-CHANGE：调整提前 %1 个月报批，依据%2")
            .arg(rules.changeMonths)
            .arg(sourceOf(rules, tr("二(一)")));
    case PlanTableLayout::PlanDueColumn:
        return tr("规则 R-LEAD：开班前 %1 个工作日报送详细培训方案，依据%2")
            .arg(rules.leadWorkdays)
            .arg(sourceOf(rules, tr("二(一)")));
    case PlanTableLayout::StatusColumn:
        return tr("规则 R-LEAD、R-CHANGE、R-CANCEL，依据%1").arg(sourceOf(rules, tr("二(一)")));
    default:
        return QString();
    }
}

} // namespace tp
