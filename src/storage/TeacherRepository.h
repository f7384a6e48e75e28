#pragma once

#include "PinyinIndex.h"
#include "Progress.h"
#include "Result.h"
#include "Teacher.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace tp {

class Database;

// Which teachers a list shows: one unit (0 = all) and a search text (name, staff number, pinyin or initials:
// "zhw" finds 张伟). Sorted by pinyin (ICU collation), then id.
struct TeacherFilter {
    qint64 unitId = 0;
    QString query;
};

// A teacher's search keys as stored (no ICU needed to filter): for in-memory filtering per keystroke.
struct TeacherSearchEntry {
    qint64 id = 0;
    QString staffNumber;
    PinyinKey key;
};

// 教师. Every write is one transaction (nested into the caller's) with an audit-log row.
class TeacherRepository {
public:
    explicit TeacherRepository(Database& db)
        : m_db(db)
    {
    }

    Result<Teacher> teacher(qint64 id) const;
    Result<std::optional<Teacher>> findByStaffNumber(const QString& staffNumber) const;
    // Teachers of a unit with this name (for rosters that give name + unit instead of a staff number).
    Result<QList<Teacher>> findByName(const QString& name, qint64 unitId = 0) const;

    Result<Teacher> addTeacher(Teacher teacher);
    Status updateTeacher(const Teacher& teacher);
    Status removeTeacher(qint64 id);

    // Adds all these teachers, or none: a staff number already stored (or twice in the list) is an error
    // naming it. One audit row names the source file and the count. Returns the new ids in list order.
    // `progress`: every 500 teachers; 取消 returns Cancelled::error (the caller rolls back).
    Result<QList<qint64>> importTeachers(
        const QList<Teacher>& teachers, const QString& source, const ProgressOptions& progress = {});

    // Which of these staff numbers are stored already (staff number → id).
    Result<QHash<QString, qint64>> existingStaffNumbers(const QStringList& staffNumbers) const;
    // Every staff number → id (for roster imports).
    Result<QHash<QString, qint64>> staffNumberIndex() const;

    // --- the lazy teacher list (GUI) -------------------------------------------------------------------
    Result<int> count(const TeacherFilter& filter = {}) const;
    // One page of the filtered list in pinyin order (offset/limit on the sorted list).
    Result<QList<Teacher>> page(const TeacherFilter& filter, int offset, int limit) const;
    // The filtered list's ids in pinyin order (cheap to hold for 100,000 teachers; fetch rows with teachers()).
    Result<QList<qint64>> sortedIds(const TeacherFilter& filter = {}) const;
    // The teachers with these ids, in the order given (ids not found are left out).
    Result<QList<Teacher>> teachers(const QList<qint64>& ids) const;
    // One pass over the teachers of a unit (0: all) in pinyin order: `keep` is asked for every id, and only the
    // kept ones are read whole — a report of the city judges 100,000 teachers and lists those below without a
    // second query per chunk of ids. Returns the kept teachers in that order.
    Result<QList<Teacher>> teachersInOrder(qint64 unitId, const std::function<bool(qint64 id)>& keep) const;
    // Search keys of every teacher (of one unit), in pinyin order, for filtering as the user types.
    Result<QList<TeacherSearchEntry>> searchIndex(qint64 unitId = 0) const;
    // Whether a search entry matches a normalised query (normalizePinyinQuery): name, pinyin, initials or
    // a staff-number prefix.
    static bool matches(const TeacherSearchEntry& entry, const QString& normalizedQuery);

private:
    Database& m_db;
};

} // namespace tp
