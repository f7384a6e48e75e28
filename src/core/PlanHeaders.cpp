#include "PlanHeaders.h"

#include "CellParsers.h"

#include <QHash>
#include <QRegularExpression>

namespace tp {

namespace {

struct HeaderName {
    const char16_t* name;
    ProjectField field;
};

// Header names of the published tables (seeds 000, 002) and their common variants, compared after
// normalizeHeader (no spaces or line breaks, ASCII parentheses).
constexpr HeaderName kHeaderNames[] = {
    { u"序号", ProjectField::Seq },
    { u"编号", ProjectField::Seq },
    { u"序", ProjectField::Seq },
    { u"培训项目", ProjectField::Name },
    { u"培训项目名称", ProjectField::Name },
    { u"项目名称", ProjectField::Name },
    { u"项目", ProjectField::Name },
    { u"培训名称", ProjectField::Name },
    { u"培训班名称", ProjectField::Name },
    { u"培训班", ProjectField::Name },
    { u"主办单位", ProjectField::Organizers },
    { u"承办单位", ProjectField::Organizers },
    { u"主办(承办)单位", ProjectField::Organizers },
    { u"主办/承办单位", ProjectField::Organizers },
    { u"主办、承办单位", ProjectField::Organizers },
    { u"主办承办单位", ProjectField::Organizers },
    { u"主办", ProjectField::Organizers },
    { u"组织单位", ProjectField::Organizers },
    { u"实施单位", ProjectField::Organizers },
    { u"牵头单位", ProjectField::Organizers },
    { u"责任单位", ProjectField::Organizers },
    { u"培训天数", ProjectField::Duration },
    { u"培训时长(天或学时)", ProjectField::Duration },
    { u"培训时长", ProjectField::Duration },
    { u"天数", ProjectField::Duration },
    { u"学时", ProjectField::Duration },
    { u"培训学时", ProjectField::Duration },
    { u"时长", ProjectField::Duration },
    { u"培训天数/学时", ProjectField::Duration },
    { u"天数/学时", ProjectField::Duration },
    { u"参培人数", ProjectField::Headcount },
    { u"参训人数", ProjectField::Headcount },
    { u"拟培训人数", ProjectField::Headcount },
    { u"人数", ProjectField::Headcount },
    { u"培训人数", ProjectField::Headcount },
    { u"计划人数", ProjectField::Headcount },
    { u"拟参训人数", ProjectField::Headcount },
    { u"拟参培人数", ProjectField::Headcount },
    { u"培训规模", ProjectField::Headcount },
    { u"培训方式", ProjectField::Modes },
    { u"方式", ProjectField::Modes },
    { u"培训形式", ProjectField::Modes },
    { u"形式", ProjectField::Modes },
    { u"拟培训时间", ProjectField::Months },
    { u"培训时间", ProjectField::Months },
    { u"时间", ProjectField::Months },
    { u"拟培训月份", ProjectField::Months },
    { u"培训月份", ProjectField::Months },
    { u"月份", ProjectField::Months },
    { u"举办时间", ProjectField::Months },
    { u"实施时间", ProjectField::Months },
    { u"计划时间", ProjectField::Months },
    { u"培训地点", ProjectField::Location },
    { u"地点", ProjectField::Location },
    { u"举办地点", ProjectField::Location },
    { u"级别", ProjectField::Level },
    { u"培训级别", ProjectField::Level },
    { u"项目级别", ProjectField::Level },
    { u"备注", ProjectField::Remarks },
};

const QHash<QString, ProjectField>& headerTable()
{
    static const QHash<QString, ProjectField> table = [] {
        QHash<QString, ProjectField> t;
        for (const HeaderName& h : kHeaderNames)
            t.insert(QString::fromUtf16(h.name), h.field);
        return t;
    }();
    return table;
}

} // namespace

QString normalizeHeader(const QString& header)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s*]"));
    QString s = normalizeWidth(header);
    s.remove(spaces);
    return s.toLower();
}

ProjectField fieldForHeader(const QString& header)
{
    const QString key = normalizeHeader(header);
    if (key.isEmpty())
        return ProjectField::None;
    const QHash<QString, ProjectField>& table = headerTable();
    auto it = table.constFind(key);
    if (it != table.constEnd())
        return it.value();
    // "参培人数(人)", "培训天数(学时)": the name before a parenthesised unit or explanation.
    static const QRegularExpression trailingParens(QStringLiteral("\\([^()]*\\)$"));
    QString stripped = key;
    stripped.remove(trailingParens);
    if (stripped != key) {
        it = table.constFind(stripped);
        if (it != table.constEnd())
            return it.value();
    }
    return ProjectField::None;
}

} // namespace tp
