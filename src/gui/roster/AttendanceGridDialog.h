#pragma once

// 考勤表: the attendance of a whole class at once — teachers × sessions (the class's days from its schedule),
// set by keyboard (1–4 or P/L/E/A, Space cycles, Delete clears, arrows move), by painting with a brush (drag
// over cells), or a whole column at a time; each teacher's hours and missed share update as the cells change.
// Saved in one transaction (RosterPage::saveAttendanceGrid).

#include "AttendanceGridModel.h"

#include <QDialog>
#include <QTableView>
#include <optional>

class QActionGroup;
class QDateEdit;
class QLabel;

namespace tp {

// The grid: keys set the selected cells; with a brush, pressing and dragging paints the cells passed over.
class AttendanceGridView : public QTableView {
    Q_OBJECT

public:
    explicit AttendanceGridView(QWidget* parent = nullptr);
    AttendanceGridModel* gridModel() const;
    // The brush (none: the mouse selects).
    void setBrush(std::optional<AttendanceKind> brush) { m_brush = brush; }
    std::optional<AttendanceKind> brush() const { return m_brush; }
    // Sets the selected cells (none selected: the current cell).
    void applyToSelection(std::optional<AttendanceKind> kind);
    // Sets every teacher's cell of the columns selected (or the current column).
    void fillColumns(AttendanceKind kind);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QModelIndexList targetCells() const;
    bool paintAt(const QPoint& pos);

    std::optional<AttendanceKind> m_brush;
    bool m_painting = false;
};

class AttendanceGridDialog : public QDialog {
    Q_OBJECT

public:
    // `title`: the class (项目（班次）); `dates`: its dates in words; `addDay`: the date offered for a day the
    // schedule lacks.
    AttendanceGridDialog(const QString& title, const QString& dates, QDate addDay, QWidget* parent = nullptr);

    AttendanceGridModel* model() const { return m_model; }
    AttendanceGridView* view() const { return m_view; }
    // Adds the sessions of the day in the date field.
    void addDay();
    QDateEdit* dayEdit() const { return m_dayEdit; }
    // Sessions a day and their hours, for a day added.
    void setSessionsPerDay(int perDay, double hoursEach);
    // "缺课达到规定：张伟、王芳" — who would lose the credit as the grid stands (empty: nobody).
    QString voidedText() const;

    void reject() override;

private:
    void updateTotals();

    AttendanceGridModel* m_model = nullptr;
    AttendanceGridView* m_view = nullptr;
    QDateEdit* m_dayEdit = nullptr;
    QLabel* m_ruleLabel = nullptr;
    QLabel* m_voidedLabel = nullptr;
    QActionGroup* m_brushes = nullptr;
    int m_perDay = 2;
    double m_hoursEach = 4;
};

} // namespace tp
