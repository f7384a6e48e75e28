#pragma once

// 考勤表: the teachers of a class × its sessions (场次: a day's 上午/下午…), one cell per teacher and session —
// 出勤/迟到/请假/缺勤, or empty when nothing is recorded — with each teacher's hours attended and the share of the
// planned hours missed, as the rule set judges it (summarizeAttendance, CreditRules::absenceVoids: the numbers
// registration uses). The model holds the grid being edited; RosterActions saves it in one transaction.

#include "CreditLedger.h"
#include "CreditRules.h"
#include "Enrollment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace tp {

class AttendanceGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // One session (场次) of the class: a column.
    struct Session {
        QDate date;
        int session = 1; // of the day
        double plannedHours = 4;
        bool operator==(const Session&) const = default;
    };
    // One teacher: a row.
    struct Person {
        qint64 enrollmentId = 0;
        QString name;
        QString unit;
    };
    // The columns after the sessions.
    enum TotalColumn { AttendedColumn, MissedColumn, TotalColumnCount };

    explicit AttendanceGridModel(QObject* parent = nullptr);

    // `sessions` in date order; `recorded` what is stored for each enrollment (sessions recorded outside
    // `sessions` are added as columns, so saving loses nothing); `projectHours` the project's planned hours when
    // known (else the sessions' planned hours count), `rules` the district's rule set.
    void reset(const QList<Person>& people, QList<Session> sessions,
        const QHash<qint64, QList<AttendanceRecord>>& recorded, double projectHours, const CreditRules& rules);
    // The sessions of days `first`..`last`, `perDay` a day of `hoursEach` hours (with the recorded ones merged
    // when the grid is reset).
    static QList<Session> sessionsOf(QDate first, QDate last, int perDay, double hoursEach);
    // Adds the sessions of one more day (when the schedule lacks it); false when the day is there already.
    bool addDay(QDate date, int perDay, double hoursEach);

    int sessionCount() const { return int(m_sessions.size()); }
    const Session& session(int column) const { return m_sessions.at(column); }
    int totalColumn(TotalColumn c) const { return sessionCount() + int(c); }
    const QList<Person>& people() const { return m_people; }
    bool isSessionColumn(int column) const { return column >= 0 && column < sessionCount(); }

    std::optional<AttendanceKind> kind(int row, int column) const;
    // Sets (or, with nullopt, clears) the cells; one dataChanged per row, totals included. Non-session cells are
    // ignored. Returns how many cells changed.
    int setKind(const QModelIndexList& cells, std::optional<AttendanceKind> kind);
    // The next state of a cell for Space: 出勤 → 迟到 → 请假 → 缺勤 → 出勤 (empty starts with 出勤).
    static AttendanceKind nextKind(std::optional<AttendanceKind> kind);

    // The teacher's attendance as registration will see it (the sessions anyone has a record of).
    AttendanceSummary summary(int row) const;
    // Whether the teacher's missed share voids the credit under the rule set.
    bool voids(int row) const;
    // "缺课达到五分之一不计学分（梁平 2021）" or that the rule set has no such rule.
    QString ruleText() const;

    bool isModified() const { return m_modified; }
    // The records of every teacher (what the save replaces their attendance with).
    QHash<qint64, QList<AttendanceRecord>> records() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor kindBackground(AttendanceKind kind);

Q_SIGNALS:
    void totalsChanged();

private:
    struct Cell {
        AttendanceKind kind = AttendanceKind::Present;
        double hours = 0;
    };
    using Key = std::pair<QDate, int>;
    Key keyOf(int column) const { return { m_sessions.at(column).date, m_sessions.at(column).session }; }

    QList<Person> m_people;
    QList<Session> m_sessions;
    QList<QHash<Key, Cell>> m_cells; // by row: the recorded cells
    double m_projectHours = 0;
    CreditRules m_rules;
    bool m_modified = false;
};

} // namespace tp
