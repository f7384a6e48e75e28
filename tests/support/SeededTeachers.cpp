#include "SeededTeachers.h"

#include "Database.h"
#include "Teacher.h"
#include "TeacherRepository.h"
#include "UnitRepository.h"

namespace tp::test {

Result<SeededTeachers> seedTeachers(Database& db, const QList<TeacherSeed>& teachers)
{
    SeededTeachers seeded;
    UnitRepository units(db);
    QList<Teacher> list;
    for (const TeacherSeed& seed : teachers) {
        if (!seeded.units.contains(seed.unit)) {
            auto id = units.ensureUnit(seed.unit);
            if (!id)
                return id.error();
            seeded.units.insert(seed.unit, id.value());
        }
        Teacher t;
        t.staffNumber = seed.staffNumber;
        t.name = seed.name;
        t.unitId = seeded.units.value(seed.unit);
        t.subject = seed.subject;
        t.stage = seed.stage;
        list << t;
    }
    auto ids = TeacherRepository(db).importTeachers(list, QStringLiteral("test"));
    if (!ids)
        return ids.error();
    seeded.ids = ids.value();
    for (qsizetype i = 0; i < teachers.size(); ++i)
        seeded.byName.insert(teachers.at(i).name, seeded.ids.at(i));
    return seeded;
}

QList<TeacherSeed> teachersOfTwoSchools(int inFirst, int inSecond)
{
    static const char16_t* names[]
        = { u"张伟", u"王芳", u"李娜", u"刘洋", u"陈静", u"杨磊", u"赵敏", u"黄勇", u"周杰", u"吴霞" };
    QList<TeacherSeed> seeds;
    for (int i = 0; i < inFirst + inSecond; ++i) {
        const bool first = i < inFirst;
        TeacherSeed t;
        t.staffNumber = QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        t.name = QString::fromUtf16(names[i % 10]);
        t.unit = first ? QStringLiteral("梁平区实验小学") : QStringLiteral("梁平中学");
        t.stage = first ? QStringLiteral("小学") : QStringLiteral("初中");
        seeds << t;
    }
    return seeds;
}

} // namespace tp::test
