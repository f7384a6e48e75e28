#pragma once

// Teachers a test starts from, stored with their units (created as needed): what a school's teacher list would
// have brought in, without going through the import.

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <utility>

namespace tp {
class Database;
}

namespace tp::test {

struct TeacherSeed {
    TeacherSeed() = default;
    TeacherSeed(QString staff, QString teacher, QString unitName, QString teacherSubject = QStringLiteral("语文"),
        QString teacherStage = {})
        : staffNumber(std::move(staff))
        , name(std::move(teacher))
        , unit(std::move(unitName))
        , subject(std::move(teacherSubject))
        , stage(std::move(teacherStage))
    {
    }

    QString staffNumber;
    QString name;
    QString unit;
    QString subject = QStringLiteral("语文");
    QString stage;
};

struct SeededTeachers {
    QList<qint64> ids; // in the order given
    QHash<QString, qint64> units; // unit name → id
    QHash<QString, qint64> byName; // teacher name → id (the last one of a name)
};

Result<SeededTeachers> seedTeachers(Database& db, const QList<TeacherSeed>& teachers);

// Teachers of two schools: 张伟, 王芳, 李娜, 刘洋, 陈静, … with staff numbers 001, 002, …; the first `inFirst` of
// 梁平区实验小学 (小学), the next `inSecond` of 梁平中学 (初中); subject 语文.
QList<TeacherSeed> teachersOfTwoSchools(int inFirst, int inSecond);

} // namespace tp::test
