#pragma once

#include "WorkCalendar.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace tp {

class PlanDocument;

// 日历: a year at a glance, 12 month grids. Days off (放假) and adjusted working days (调休上班) are shaded
// differently and named in the tooltip; estimated days (a year without a published schedule) are hatched
// and marked （预计）; classes are bars under their days, deadlines are marks in the corner.
class CalendarView : public QWidget {
    Q_OBJECT

public:
    // A class (班次) or a project's dates, drawn as a bar over its days.
    struct Span {
        QDate start;
        QDate end;
        QString text; // 第 3 项 新任教师培训 第一期
    };
    // A deadline on a day.
    struct Mark {
        QDate date;
        QString text; // 第 3 项 详细培训方案截止
        bool overdue = false; // not done and passed
        bool done = false; // done on time
    };

    explicit CalendarView(QWidget* parent = nullptr);

    void setCalendar(const WorkCalendar& calendar);
    void setYear(int year);
    int year() const { return m_year; }
    void setToday(QDate today);
    void setSpans(const QList<Span>& spans);
    void setMarks(const QList<Mark>& marks);
    // The plan's classes (or dates) as spans and its deadlines (方案, 责任书) as marks, on its "today".
    void showPlan(const PlanDocument& plan);

    // The day under a point (invalid outside the day cells), and what the tooltip says about it.
    QDate dateAt(const QPoint& pos) const;
    QString describe(QDate date) const;

    QSize sizeHint() const override;
    // At least three months across; the height the arrangement for a width needs (6×2 on a wide screen), so
    // the scroll area scrolls only when the whole year cannot be shown at the smallest readable size.
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void dateActivated(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Layout {
        int cell; // day cell width
        int rowHeight;
        int monthWidth;
        int monthHeight;
        int columns;
        int top;
    };
    Layout layout() const;
    QRect monthRect(int month) const;
    QRect dayRect(QDate date) const;

    WorkCalendar m_calendar;
    QList<DayInfo> m_days; // of m_year
    int m_year = QDate::currentDate().year();
    QDate m_today;
    QList<Span> m_spans;
    QList<Mark> m_marks;
};

} // namespace tp
