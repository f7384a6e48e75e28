#pragma once

// What the benchmarks generate their data from, once for all of them: teachers' names, units and staff numbers of
// a district or a city, plans of many projects like the published ones, and the process's peak memory.

#include "Plan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace tp {
class Database;
}

namespace tp::bench {

// The i-th teacher's name: a common surname and one or two given characters (many namesakes, as in a city).
QString teacherName(int i);
// The u-th unit: 第0001中心学校, 第0002中心学校, …
QString unitName(int u);
// 0000001, 0000002, … (text, with the leading zeros a staff number keeps)
QString staffNumber(int i);

// Which cells a generated plan fills: the five columns of the 梁平 table (序号, 培训项目, 主办单位, 天数, 人数), or
// also modes, planned months and places (a plan made in TrainPlan, printed in the eight default columns).
enum class Columns { PlanTable, All };
// `n` projects like the seeds': names of 8 to 40 characters (some wrap), one or two organizers (of
// generatedOrganizers()), days and some 学时, exact and approximate headcounts and 全员.
QList<Project> generatedProjects(int n, Columns columns = Columns::PlanTable);
QStringList generatedOrganizers();

// A database for generated data, in `dir`: synchronous writes off (a generator that dies leaves nothing worth
// keeping).
std::shared_ptr<Database> scratchDatabase(const QTemporaryDir& dir, const QString& name);

// The process's peak resident memory (VmHWM) in kB, −1 where /proc has none.
long peakMemoryKb();
// Stops the benchmark program when generating its data failed: what the numbers would measure is not there.
void check(bool ok, const char* what);

} // namespace tp::bench
