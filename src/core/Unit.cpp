#include "Unit.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace tp {

namespace {
struct KindInfo {
    UnitKind kind;
    const char* name;
    const char* label;
};
constexpr std::array<KindInfo, 8> kKinds { {
    { UnitKind::Bureau, "bureau", QT_TRANSLATE_NOOP("tp::Unit", "教育行政部门") },
    { UnitKind::TrainingSchool, "training_school", QT_TRANSLATE_NOOP("tp::Unit", "教师进修学校") },
    { UnitKind::CommunityCollege, "community_college", QT_TRANSLATE_NOOP("tp::Unit", "社区学院") },
    { UnitKind::Kindergarten, "kindergarten", QT_TRANSLATE_NOOP("tp::Unit", "幼儿园") },
    { UnitKind::Primary, "primary", QT_TRANSLATE_NOOP("tp::Unit", "小学") },
    { UnitKind::Secondary, "secondary", QT_TRANSLATE_NOOP("tp::Unit", "中学") },
    { UnitKind::School, "school", QT_TRANSLATE_NOOP("tp::Unit", "学校") },
    { UnitKind::Other, "other", QT_TRANSLATE_NOOP("tp::Unit", "其他") },
} };
} // namespace

QString unitKindName(UnitKind k)
{
    for (const auto& info : kKinds)
        if (info.kind == k)
            return QString::fromLatin1(info.name);
    return QStringLiteral("other");
}

UnitKind unitKindFromName(const QString& name)
{
    for (const auto& info : kKinds)
        if (name == QLatin1String(info.name))
            return info.kind;
    return UnitKind::Other;
}

QString unitKindLabel(UnitKind k)
{
    for (const auto& info : kKinds)
        if (info.kind == k)
            return QCoreApplication::translate("tp::Unit", info.label);
    return QString();
}

std::optional<UnitKind> unitKindFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const auto& info : kKinds)
        if (t.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0 || t == QString::fromUtf8(info.label)
            || t == QCoreApplication::translate("tp::Unit", info.label))
            return info.kind;
    if (t.size() <= 6)
        if (const UnitKind guessed = guessUnitKind(t); guessed != UnitKind::Other)
            return guessed;
    return std::nullopt;
}

QStringList unitKindLabels()
{
    QStringList labels;
    for (const auto& info : kKinds)
        labels << QCoreApplication::translate("tp::Unit", info.label);
    return labels;
}

UnitKind guessUnitKind(const QString& name)
{
    // Order matters: 区教师进修校 contains 校, 教委 is the bureau even when named with 区.
    static const std::array<std::pair<const char16_t*, UnitKind>, 13> patterns { {
        { u"教委", UnitKind::Bureau },
        { u"教育委员会", UnitKind::Bureau },
        { u"教育局", UnitKind::Bureau },
        { u"教体局", UnitKind::Bureau },
        { u"进修", UnitKind::TrainingSchool },
        { u"教师发展中心", UnitKind::TrainingSchool },
        { u"社区学院", UnitKind::CommunityCollege },
        { u"幼儿园", UnitKind::Kindergarten },
        { u"小学", UnitKind::Primary },
        { u"中学", UnitKind::Secondary },
        { u"高中", UnitKind::Secondary },
        { u"初中", UnitKind::Secondary },
        { u"学校", UnitKind::School },
    } };
    for (const auto& [pattern, kind] : patterns)
        if (name.contains(QString::fromUtf16(pattern)))
            return kind;
    return UnitKind::Other;
}

} // namespace tp
