#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tp {

// 单位: bureau, training school, community college, kindergarten, primary/secondary school.
enum class UnitKind { Bureau, TrainingSchool, CommunityCollege, Kindergarten, Primary, Secondary, School, Other };

struct Unit {
    qint64 id = 0;
    QString name;
    QString shortName;
    UnitKind kind = UnitKind::Other;
    int staffCount = -1; // -1: unknown
    // In the unit directory (单位名录). An organizer typed or imported that the directory does not know is kept
    // (the plan names it) but not listed, so it stays flagged until a user adds it or maps it to a unit.
    bool listed = true;
    QStringList aliases; // other names of the unit: 区进修校 = 区教师进修学校
};

QString unitKindName(UnitKind k); // stable name for storage
UnitKind unitKindFromName(const QString& name);
QString unitKindLabel(UnitKind k); // 教育行政部门, 教师进修学校, ...
// The kind a person typed: its stable name (training_school), its label (教师进修学校, or the label in the language
// the program speaks), or a kind word alone as in a unit's name (进修学校, 教委, 教育局, 初中, 幼儿园: the first guess
// below, for texts of up to six characters). None for anything else (火星, a unit's whole name).
std::optional<UnitKind> unitKindFromText(const QString& text);
// The labels of every kind, in the directory's order (for messages that list them).
QStringList unitKindLabels();
// A first guess of the kind from the name (区教委 → bureau, 区教师进修校 → training school, …); users correct it.
UnitKind guessUnitKind(const QString& name);

} // namespace tp
