#include "TeacherRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "RowReader.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::TeacherRepository)
};

const QString kColumns = QStringLiteral(
    "t.id, t.staff_number, t.name, t.unit_id, u.name, t.stage, t.subject, t.hire_date FROM teacher t JOIN unit u "
    "ON u.id = t.unit_id");

Teacher readTeacher(const QSqlQuery& q)
{
    Teacher t;
    t.id = q.value(0).toLongLong();
    t.staffNumber = q.value(1).toString();
    t.name = q.value(2).toString();
    t.unitId = q.value(3).toLongLong();
    t.unitName = q.value(4).toString();
    t.stage = q.value(5).toString();
    t.subject = q.value(6).toString();
    t.hireDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    return t;
}

// Text columns want '' for "nothing typed"; a null QString would be bound as NULL.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The stored search columns of a name.
struct NameKeys {
    QByteArray sortKey;
    QString pinyin; // syllables separated by spaces
    QString initials;
};

NameKeys nameKeys(const PinyinCollator& collator, const QString& name)
{
    const PinyinKey key = pinyinKey(name);
    return { collator.sortKey(name), key.syllables.join(QLatin1Char(' ')), key.initials };
}

QString describe(const Teacher& t)
{
    return QStringLiteral("%1 %2 unit=%3 %4 %5 %6")
        .arg(t.staffNumber, t.name)
        .arg(t.unitId)
        .arg(t.stage, t.subject, t.hireDate.toString(Qt::ISODate));
}

Error duplicateError(const QString& staffNumber)
{
    Error e(Text::tr("工号「%1」已存在，不会合并两位教师").arg(staffNumber));
    e.value = staffNumber;
    return e;
}
} // namespace

Result<Teacher> TeacherRepository::teacher(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE t.id = :id"), { { "id", id } });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Text::tr("没有编号为 %1 的教师").arg(id) };
    return readTeacher(*q);
}

Result<std::optional<Teacher>> TeacherRepository::findByStaffNumber(const QString& staffNumber) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE t.staff_number = :s"),
        { { "s", normalizeStaffNumber(staffNumber) } });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Teacher>();
    return std::optional<Teacher>(readTeacher(*q));
}

Result<QList<Teacher>> TeacherRepository::findByName(const QString& name, qint64 unitId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" WHERE t.name = :name AND (:unit = 0 OR t.unit_id = :unit) ORDER BY t.id"),
        { { "name", name.trimmed() }, { "unit", unitId } });
    if (!q)
        return q.error();
    QList<Teacher> list;
    while (q->next())
        list << readTeacher(*q);
    return list;
}

Result<Teacher> TeacherRepository::addTeacher(Teacher teacher)
{
    auto ids = importTeachers({ teacher }, QString());
    if (!ids)
        return ids.error();
    teacher.id = ids->first();
    teacher.staffNumber = normalizeStaffNumber(teacher.staffNumber);
    return teacher;
}

Status TeacherRepository::updateTeacher(const Teacher& t)
{
    auto before = teacher(t.id);
    if (!before)
        return before.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    PinyinCollator collator;
    const NameKeys keys = nameKeys(collator, t.name.trimmed());
    const QString staff = normalizeStaffNumber(t.staffNumber);
    if (staff != before->staffNumber) {
        auto other = findByStaffNumber(staff);
        if (!other)
            return other.error();
        if (other.value())
            return duplicateError(staff);
    }
    auto r = m_db.exec(QStringLiteral("UPDATE teacher SET staff_number = :s, name = :n, unit_id = :u, stage = :st, "
                                      "subject = :sub, hire_date = :h, sort_key = :k, pinyin = :p, initials = :i "
                                      "WHERE id = :id"),
        { { "s", staff }, { "n", t.name.trimmed() }, { "u", t.unitId }, { "st", t.stage.trimmed() },
            { "sub", t.subject.trimmed() }, { "h", dateValue(t.hireDate) }, { "k", keys.sortKey }, { "p", keys.pinyin },
            { "i", keys.initials }, { "id", t.id } });
    if (!r)
        return r.error();
    if (Status s = writeAudit(m_db, QStringLiteral("teacher"), t.id, QStringLiteral("update"), QString(),
            describe(before.value()), describe(t));
        !s)
        return s;
    return tx.commit();
}

Status TeacherRepository::removeTeacher(qint64 id)
{
    auto before = teacher(id);
    if (!before)
        return before.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // The ledger stays: a teacher with enrollments or credits is never deleted (schema 6 restricts it too).
    auto ledger = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM enrollment WHERE teacher_id = :id), (SELECT "
                                           "COUNT(*) FROM credit_registration WHERE teacher_id = :id)"),
        { { "id", id } });
    if (!ledger)
        return ledger.error();
    if (ledger->next() && (ledger->value(0).toInt() > 0 || ledger->value(1).toInt() > 0))
        return Error { Text::tr("教师 %1（%2）有 %3 条参训记录、%4 条学分登记，不能删除")
                           .arg(before->name, before->staffNumber)
                           .arg(ledger->value(0).toInt())
                           .arg(ledger->value(1).toInt()) };
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM teacher WHERE id = :id"), { { "id", id } }); !r)
        return r.error();
    if (Status s = writeAudit(m_db, QStringLiteral("teacher"), id, QStringLiteral("delete"), QString(),
            describe(before.value()), QString());
        !s)
        return s;
    return tx.commit();
}

Result<QList<qint64>> TeacherRepository::importTeachers(
    const QList<Teacher>& teachers, const QString& source, const ProgressOptions& progress)
{
    QStringList numbers;
    numbers.reserve(teachers.size());
    QSet<QString> seen;
    for (const Teacher& t : teachers) {
        const QString s = normalizeStaffNumber(t.staffNumber);
        if (s.isEmpty())
            return Error { Text::tr("教师「%1」没有工号").arg(t.name) };
        if (t.name.trimmed().isEmpty())
            return Error { Text::tr("工号「%1」的教师没有姓名").arg(s) };
        if (t.unitId <= 0)
            return Error { Text::tr("工号「%1」的教师没有单位").arg(s) };
        if (seen.contains(s))
            return duplicateError(s);
        seen.insert(s);
        numbers << s;
    }
    auto existing = existingStaffNumbers(numbers);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return duplicateError(existing->begin().key());

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO teacher (staff_number, name, unit_id, stage, subject, hire_date, "
                                       "sort_key, pinyin, initials) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(insert, QStringLiteral("INSERT INTO teacher"));
    PinyinCollator collator;
    QHash<QString, NameKeys> keysByName; // names repeat (张伟); transliterate each once
    QList<qint64> ids;
    ids.reserve(teachers.size());
    for (qsizetype i = 0; i < teachers.size(); ++i) {
        if (i % 500 == 0 && !progress.step(i, teachers.size()))
            return Cancelled::error(QString());
        const Teacher& t = teachers.at(i);
        const QString name = t.name.trimmed();
        auto keys = keysByName.constFind(name);
        if (keys == keysByName.constEnd())
            keys = keysByName.insert(name, nameKeys(collator, name));
        insert.addBindValue(text(numbers.at(i)));
        insert.addBindValue(text(name));
        insert.addBindValue(t.unitId);
        insert.addBindValue(text(t.stage.trimmed()));
        insert.addBindValue(text(t.subject.trimmed()));
        insert.addBindValue(dateValue(t.hireDate));
        insert.addBindValue(keys->sortKey);
        insert.addBindValue(text(keys->pinyin));
        insert.addBindValue(text(keys->initials));
        if (!insert.exec())
            return sqlError(insert, Text::tr("导入教师 %1").arg(numbers.at(i)));
        ids << insert.lastInsertId().toLongLong();
    }
    if (Status s = writeAudit(m_db, QStringLiteral("teacher"), 0, QStringLiteral("import"), QStringLiteral("source"),
            QString(), Text::tr("%1（%2 人）").arg(source).arg(teachers.size()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<QHash<QString, qint64>> TeacherRepository::existingStaffNumbers(const QStringList& staffNumbers) const
{
    QHash<QString, qint64> found;
    if (staffNumbers.isEmpty())
        return found;
    // A few numbers: look each up; many: read the index once.
    if (staffNumbers.size() > 50) {
        auto all = staffNumberIndex();
        if (!all)
            return all.error();
        for (const QString& s : staffNumbers)
            if (auto it = all->constFind(s); it != all->constEnd())
                found.insert(s, *it);
        return found;
    }
    for (const QString& s : staffNumbers) {
        auto q = m_db.exec(QStringLiteral("SELECT id FROM teacher WHERE staff_number = :s"), { { "s", s } });
        if (!q)
            return q.error();
        if (q->next())
            found.insert(s, q->value(0).toLongLong());
    }
    return found;
}

Result<QHash<QString, qint64>> TeacherRepository::staffNumberIndex() const
{
    // Every teacher of a city (100,000) for an import's look-ups: read through RowReader (SQLite's C API), not a
    // QVariant per value — through QSql this read was 10 % of an import of 100,000 external credits (issue 16).
    RowReader rows(m_db, QStringLiteral("SELECT staff_number, id FROM teacher"));
    QHash<QString, qint64> index;
    while (rows.next())
        index.insert(rows.text(0), rows.int64(1));
    if (!rows.ok())
        return rows.error();
    return index;
}

Result<int> TeacherRepository::count(const TeacherFilter& filter) const
{
    if (!filter.query.trimmed().isEmpty()) {
        auto ids = sortedIds(filter);
        if (!ids)
            return ids.error();
        return int(ids->size());
    }
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM teacher WHERE (:unit = 0 OR unit_id = :unit)"),
        { { "unit", filter.unitId } });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<Teacher>> TeacherRepository::page(const TeacherFilter& filter, int offset, int limit) const
{
    if (!filter.query.trimmed().isEmpty()) {
        auto ids = sortedIds(filter);
        if (!ids)
            return ids.error();
        return teachers(ids->mid(offset, limit));
    }
    const QString where
        = filter.unitId > 0 ? QStringLiteral(" WHERE t.unit_id = :unit") : QStringLiteral(" WHERE :unit = 0");
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + where
            + QStringLiteral(" ORDER BY t.sort_key, t.id LIMIT :limit OFFSET :offset"),
        { { "unit", filter.unitId }, { "limit", limit }, { "offset", offset } });
    if (!q)
        return q.error();
    QList<Teacher> list;
    while (q->next())
        list << readTeacher(*q);
    return list;
}

Result<QList<qint64>> TeacherRepository::sortedIds(const TeacherFilter& filter) const
{
    QList<qint64> ids;
    if (filter.query.trimmed().isEmpty()) {
        const QString sql = filter.unitId > 0
            ? QStringLiteral("SELECT id FROM teacher WHERE unit_id = :unit ORDER BY sort_key, id")
            : QStringLiteral("SELECT id FROM teacher WHERE :unit = 0 ORDER BY sort_key, id");
        RowReader q(m_db, sql, { { "unit", filter.unitId } });
        while (q.next())
            ids << q.int64(0);
        if (!q.ok())
            return q.error();
        return ids;
    }
    auto index = searchIndex(filter.unitId);
    if (!index)
        return index.error();
    const QString query = normalizePinyinQuery(filter.query);
    for (const TeacherSearchEntry& e : index.value())
        if (matches(e, query))
            ids << e.id;
    return ids;
}

Result<QList<Teacher>> TeacherRepository::teachers(const QList<qint64>& ids) const
{
    QList<Teacher> list;
    if (ids.isEmpty())
        return list;
    QHash<qint64, Teacher> byId;
    // In chunks: SQLite limits the number of bound parameters; ids are integers, so inline them.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QStringList chunk;
        for (qint64 id : ids.mid(from, 500))
            chunk << QString::number(id);
        auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" WHERE t.id IN (%1)").arg(chunk.join(QLatin1Char(','))));
        if (!q)
            return q.error();
        while (q->next()) {
            Teacher t = readTeacher(*q);
            byId.insert(t.id, t);
        }
    }
    list.reserve(ids.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.constEnd())
            list << *it;
    return list;
}

Result<QList<Teacher>> TeacherRepository::teachersInOrder(
    qint64 unitId, const std::function<bool(qint64 id)>& keep) const
{
    // The units' names once (a city has 1,000), rather than a join per teacher.
    QHash<qint64, QString> units;
    {
        RowReader u(m_db, QStringLiteral("SELECT id, name FROM unit"));
        while (u.next())
            units.insert(u.int64(0), u.text(1));
        if (!u.ok())
            return u.error();
    }
    const QString sql = unitId > 0 ? QStringLiteral("SELECT id, staff_number, name, unit_id, stage, subject, hire_date "
                                                    "FROM teacher WHERE unit_id = :unit ORDER BY sort_key, id")
                                   : QStringLiteral("SELECT id, staff_number, name, unit_id, stage, subject, hire_date "
                                                    "FROM teacher WHERE :unit = 0 ORDER BY sort_key, id");
    RowReader q(m_db, sql, { { "unit", unitId } });
    QList<Teacher> list;
    while (q.next()) {
        const qint64 id = q.int64(0);
        if (!keep(id))
            continue;
        const auto unit = units.constFind(q.int64(3));
        if (unit == units.constEnd())
            continue; // as the join of teachers() would
        Teacher t;
        t.id = id;
        t.staffNumber = q.text(1);
        t.name = q.text(2);
        t.unitId = unit.key();
        t.unitName = unit.value();
        t.stage = q.text(4);
        t.subject = q.text(5);
        t.hireDate = QDate::fromString(q.text(6), Qt::ISODate);
        list << t;
    }
    if (!q.ok())
        return q.error();
    return list;
}

Result<QList<TeacherSearchEntry>> TeacherRepository::searchIndex(qint64 unitId) const
{
    const QString sql = unitId > 0 ? QStringLiteral("SELECT id, staff_number, name, pinyin, initials FROM teacher "
                                                    "WHERE unit_id = :unit ORDER BY sort_key, id")
                                   : QStringLiteral("SELECT id, staff_number, name, pinyin, initials FROM teacher "
                                                    "WHERE :unit = 0 ORDER BY sort_key, id");
    auto q = m_db.exec(sql, { { "unit", unitId } });
    if (!q)
        return q.error();
    QList<TeacherSearchEntry> list;
    while (q->next()) {
        TeacherSearchEntry e;
        e.id = q->value(0).toLongLong();
        e.staffNumber = q->value(1).toString();
        e.key.folded = q->value(2).toString().toCaseFolded();
        e.key.folded.remove(QLatin1Char(' '));
        e.key.syllables = q->value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        e.key.full = e.key.syllables.join(QString());
        e.key.initials = q->value(4).toString();
        list << e;
    }
    return list;
}

bool TeacherRepository::matches(const TeacherSearchEntry& entry, const QString& normalizedQuery)
{
    if (normalizedQuery.isEmpty())
        return true;
    return entry.staffNumber.startsWith(normalizedQuery, Qt::CaseInsensitive)
        || pinyinMatchesNormalized(entry.key, normalizedQuery);
}

} // namespace tp
