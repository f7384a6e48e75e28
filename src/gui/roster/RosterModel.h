#pragma once

// 参训名单: the enrollments of one project (one class, or all), with the teacher, the sending school, the
// status, the hours attended and the credits registered, and what the seats add up to. Read-only; the roster
// page changes enrollments through RosterActions and reloads.

#include "Enrollment.h"
#include "Result.h"
#include "Teacher.h"
#include "TeacherRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tp {

class Database;

class RosterModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        QueueColumn, // 序号: the order of arrival (the waitlist is served in it)
        UnitColumn, // 单位: the school that sent the teacher
        NameColumn,
        StaffNumberColumn,
        SubjectColumn,
        ClassColumn, // 班次
        StatusColumn,
        HoursColumn, // 出勤学时
        CreditsColumn, // 学分: registered, or not (yet)
        ColumnCount
    };

    struct Row {
        Enrollment enrollment;
        Teacher teacher;
        QString unitName; // the sending unit
        QString className;
    };

    explicit RosterModel(QObject* parent = nullptr);

    // Reads the enrollments of `projectId` (classSeq < 0: every class) in queue order. `classNames` names the
    // project's classes by seq (班次 1 → 第一期).
    Status load(Database& db, qint64 projectId, int classSeq = -1, const QHash<int, QString>& classNames = {});
    void clear();

    qint64 projectId() const { return m_projectId; }
    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int r) const { return m_rows.at(r); }
    qint64 enrollmentId(int r) const { return m_rows.at(r).enrollment.id; }
    int rowOfEnrollment(qint64 enrollmentId) const;
    int count(EnrollmentStatus status) const;
    // Whether row `r` is found by a normalised query (normalizePinyinQuery): the teacher's name, pinyin,
    // initials or staff number, as the teacher list finds them (TeacherRepository::matches), or the school.
    bool matches(int r, const QString& normalizedQuery) const;
    // 录取 x / 名额 y，候补 z（报到 …）: the seats of the class (or project) shown. Empty without a project.
    QString seatSummary() const;
    // 名额分配（已用/分配）：学校 used/allowed; … — rich text, the schools whose quota is used up in bold.
    QString quotaSummary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour of a status (text and background), shared with the summary line.
    static QColor statusForeground(EnrollmentStatus s);
    static QColor statusBackground(EnrollmentStatus s);

private:
    QList<Row> m_rows;
    qint64 m_projectId = 0;
    SeatLimits m_limits; // of the class (or project) shown
    QHash<qint64, QString> m_unitNames; // short names
    // Search keys by row (teacher) and by school, made at the first search after a load.
    mutable QList<TeacherSearchEntry> m_searchKeys;
    mutable QHash<QString, PinyinKey> m_unitKeys;
};

} // namespace tp
