#pragma once

#include <QString>

namespace tp {

// 单位: bureau, training school, community college, kindergarten, primary/secondary school.
enum class UnitKind { Bureau, TrainingSchool, CommunityCollege, Kindergarten, Primary, Secondary, School, Other };

struct Unit {
    qint64 id = 0;
    QString name;
    QString shortName;
    UnitKind kind = UnitKind::Other;
    int staffCount = -1; // -1: unknown
};

QString unitKindName(UnitKind k); // stable name for storage
UnitKind unitKindFromName(const QString& name);
QString unitKindLabel(UnitKind k); // 教育行政部门, 教师进修学校, ...
// A first guess of the kind from the name (区教委 → bureau, 区教师进修校 → training school, …); users correct it.
UnitKind guessUnitKind(const QString& name);

} // namespace tp
