#include "Finding.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <utility>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::Finding)
};
} // namespace

QString Finding::subject() const
{
    if (row > 0) {
        QString s = file.isEmpty() ? QString() : file + QLatin1Char(' ');
        s += Text::tr("第 %1 行").arg(row);
        if (column > 0)
            s += QLatin1Char(' ') + Text::tr("第 %1 列").arg(column);
        if (!columnName.isEmpty())
            s += QStringLiteral("(%1)").arg(columnName);
        return s;
    }
    if (seq > 0) {
        QString s = Text::tr("第 %1 项").arg(seq);
        if (field != ProjectField::None)
            s += QLatin1Char(' ') + fieldLabel(field);
        return s;
    }
    return Text::tr("计划");
}

void sortInFileOrder(Findings& findings)
{
    const auto key = [](const Finding& f) { return std::pair(f.row > 0 ? f.row : INT_MAX, f.column); };
    std::stable_sort(
        findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return Text::tr("错误");
    case Severity::Warning:
        return Text::tr("警告");
    case Severity::Info:
        break;
    }
    return Text::tr("提示");
}

QString fieldLabel(ProjectField f)
{
    switch (f) {
    case ProjectField::Seq:
        return Text::tr("序号");
    case ProjectField::Name:
        return Text::tr("培训项目");
    case ProjectField::Organizers:
        return Text::tr("主办单位");
    case ProjectField::Duration:
        return Text::tr("培训天数/学时");
    case ProjectField::Headcount:
        return Text::tr("参培人数");
    case ProjectField::Modes:
        return Text::tr("培训方式");
    case ProjectField::Months:
        return Text::tr("拟培训时间");
    case ProjectField::Location:
        return Text::tr("培训地点");
    case ProjectField::Level:
        return Text::tr("级别");
    case ProjectField::Remarks:
        return Text::tr("备注");
    case ProjectField::None:
    case ProjectField::Count:
        break;
    }
    return QString();
}

} // namespace tp
