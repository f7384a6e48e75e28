#pragma once

// 考勤: the attendance of one enrollment, one line per class day and session (date, session, present/late/
// excused/absent, hours attended, hours planned). What the dialog returns replaces what was recorded.

#include "Enrollment.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tp {

class AttendanceDialog : public QDialog {
    Q_OBJECT

public:
    AttendanceDialog(const QString& who, const QList<AttendanceRecord>& records, QDate firstDay, double sessionHours,
        QWidget* parent = nullptr);

    QList<AttendanceRecord> records() const;
    // Adds a line (the day after the last one, or `firstDay`), present for the whole session.
    void addLine();
    QTableWidget* table() const { return m_table; }

private:
    void addRecord(const AttendanceRecord& r);
    void updateTotal();

    QTableWidget* m_table = nullptr;
    QLabel* m_totalLabel = nullptr;
    QDate m_firstDay;
    double m_sessionHours = 4;
};

} // namespace tp
