#include "CalendarView.h"

#include "Language.h"
#include "PlanDocument.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace tp {

namespace {

constexpr int kLegendHeight = 30;
constexpr int kMonthTitle = 24;
constexpr int kWeekHeader = 18;
constexpr int kMargin = 10;

const QColor kOff(0xF6, 0xC9, 0xC7); // 放假
const QColor kWork(0xC9, 0xDC, 0xF6); // 调休上班
const QColor kWeekend(0xF1, 0xF1, 0xF1);
const QColor kSpan(0x3C, 0x9A, 0x5F);
const QColor kMarkDue(0xE0, 0x8A, 0x00);
const QColor kMarkOverdue(0xC6, 0x28, 0x28);
const QColor kMarkDone(0x2E, 0x7D, 0x32);

} // namespace

CalendarView::CalendarView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_calendar = WorkCalendar::builtIn();
    m_days = m_calendar.yearDays(m_year);
}

void CalendarView::setCalendar(const WorkCalendar& calendar)
{
    m_calendar = calendar;
    m_days = m_calendar.yearDays(m_year);
    update();
}

void CalendarView::setYear(int year)
{
    if (year < 1900 || year > 2200)
        return;
    m_year = year;
    m_days = m_calendar.yearDays(m_year);
    update();
}

void CalendarView::setToday(QDate today)
{
    m_today = today;
    update();
}

void CalendarView::setSpans(const QList<Span>& spans)
{
    m_spans = spans;
    update();
}

void CalendarView::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    update();
}

CalendarView::Layout CalendarView::layout() const
{
    // The arrangement (6×2, 4×3, 3×4 or 2×6 months) that gives the largest days in the space there is,
    // so the whole year fits without scrolling whenever it can. Days may be wider than tall.
    const int w = std::max(width() - 2 * kMargin, 300);
    const int h = std::max(height() - kMargin - kLegendHeight - kMargin, 200);
    Layout best {};
    int bestScore = -1;
    for (int columns : { 6, 4, 3, 2 }) {
        const int rows = 12 / columns;
        const int cell = std::clamp((w - (columns - 1) * 14) / (columns * 7), 24, 60);
        const int rowFromHeight = (h - rows * (kMonthTitle + kWeekHeader) - (rows - 1) * 10) / (rows * 6);
        const int rowHeight = std::max(20, std::min(cell * 3 / 4 + 4, rowFromHeight));
        const bool fits = rowFromHeight >= 20;
        const int score = std::min(cell, rowHeight * 3 / 2) + (fits ? 1000 : 0);
        if (score > bestScore) {
            bestScore = score;
            best.columns = columns;
            best.cell = cell;
            best.rowHeight = rowHeight;
        }
    }
    best.monthWidth = best.cell * 7;
    best.monthHeight = kMonthTitle + kWeekHeader + 6 * best.rowHeight;
    best.top = kMargin + kLegendHeight;
    return best;
}

QSize CalendarView::sizeHint() const
{
    return QSize(4 * 7 * 36 + 3 * 14 + 2 * kMargin, kLegendHeight + 3 * (kMonthTitle + kWeekHeader + 6 * 31) + 60);
}

QSize CalendarView::minimumSizeHint() const
{
    return QSize(3 * 7 * 24 + 2 * 14 + 2 * kMargin, heightForWidth(6 * 7 * 24 + 5 * 14 + 2 * kMargin));
}

int CalendarView::heightForWidth(int width) const
{
    // The most months across at days of 24 px or more, and their rows at 20 px days.
    int columns = 3;
    for (int c : { 6, 4 })
        if (width - 2 * kMargin >= c * 7 * 24 + (c - 1) * 14) {
            columns = c;
            break;
        }
    const int rows = 12 / columns;
    return kMargin + kLegendHeight + rows * (kMonthTitle + kWeekHeader + 6 * 20) + (rows - 1) * 10 + kMargin;
}

QRect CalendarView::monthRect(int month) const
{
    const Layout l = layout();
    const int i = month - 1;
    const int x = kMargin + (i % l.columns) * (l.monthWidth + 14);
    const int y = l.top + (i / l.columns) * (l.monthHeight + 10);
    return QRect(x, y, l.monthWidth, l.monthHeight);
}

QRect CalendarView::dayRect(QDate date) const
{
    if (!date.isValid() || date.year() != m_year)
        return QRect();
    const Layout l = layout();
    const QRect m = monthRect(date.month());
    const QDate first(m_year, date.month(), 1);
    const int offset = first.dayOfWeek() - 1; // weeks start on Monday (周一)
    const int index = offset + date.day() - 1;
    return QRect(m.left() + (index % 7) * l.cell, m.top() + kMonthTitle + kWeekHeader + (index / 7) * l.rowHeight,
        l.cell, l.rowHeight);
}

QDate CalendarView::dateAt(const QPoint& pos) const
{
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(pos))
            continue;
        const QDate first(m_year, month, 1);
        for (QDate d = first; d.month() == month; d = d.addDays(1))
            if (dayRect(d).contains(pos))
                return d;
    }
    return QDate();
}

QString CalendarView::describe(QDate date) const
{
    if (!date.isValid())
        return QString();
    const DayInfo info = m_calendar.dayInfo(date);
    QString text = i18n::locale().toString(date, tr("yyyy年M月d日 dddd"));
    QString what;
    if (info.isSpecial())
        what = (info.workday ? tr("%1 调休上班") : tr("%1 放假")).arg(info.name);
    else
        what = info.workday ? tr("工作日") : tr("周末");
    text += QLatin1Char('\n') + what;
    if (info.isSpecial())
        text += info.isEstimated() ? tr("（预计：官方安排尚未公布，按规律估算）")
                                   : tr("（%1）").arg(daySourceLabel(info.source));
    for (const Span& s : m_spans)
        if (s.start <= date && date <= (s.end.isValid() ? s.end : s.start))
            text += QLatin1Char('\n') + tr("▬ %1").arg(s.text);
    for (const Mark& m : m_marks)
        if (m.date == date)
            text += QLatin1Char('\n') + tr("▲ %1").arg(m.text);
    return text;
}

bool CalendarView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QDate d = dateAt(help->pos());
        if (d.isValid())
            QToolTip::showText(help->globalPos(), describe(d), this, dayRect(d));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QDate d = dateAt(event->position().toPoint());
    if (d.isValid())
        Q_EMIT dateActivated(d);
}

void CalendarView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, true);
    const Layout l = layout();
    QFont base = font();
    QFont small = base;
    small.setPointSizeF(std::max(6.5, base.pointSizeF() * 0.75));
    QFont bold = base;
    bold.setBold(true);

    // Legend.
    {
        int x = kMargin;
        const int y = kMargin;
        auto swatch = [&](const QColor& c, bool hatched, const QString& label) {
            const QRect r(x, y + 4, 18, 14);
            p.fillRect(r, c);
            if (hatched)
                p.fillRect(r, QBrush(QColor(0, 0, 0, 90), Qt::BDiagPattern));
            p.setPen(palette().text().color());
            p.drawRect(r);
            const int w = p.fontMetrics().horizontalAdvance(label);
            p.drawText(QRect(x + 22, y, w + 4, 22), Qt::AlignVCenter, label);
            x += 22 + w + 16;
        };
        p.setFont(base);
        p.setPen(palette().text().color());
        p.setFont(bold);
        const QString title = tr("%1 年").arg(m_year);
        p.drawText(QRect(x, y, 80, 22), Qt::AlignVCenter, title);
        x += p.fontMetrics().horizontalAdvance(title) + 16;
        p.setFont(base);
        swatch(kOff, false, tr("放假"));
        swatch(kWork, false, tr("调休上班"));
        swatch(kOff, true, tr("预计（未公布）"));
        swatch(kWeekend, false, tr("周末"));
        // class bar and deadline marks
        p.fillRect(QRect(x, y + 14, 22, 4), kSpan);
        p.drawText(QRect(x + 26, y, 60, 22), Qt::AlignVCenter, tr("班次"));
        x += 26 + p.fontMetrics().horizontalAdvance(tr("班次")) + 16;
        auto triangle = [&](const QColor& c, const QString& label) {
            QPainterPath t;
            t.moveTo(x, y + 5);
            t.lineTo(x + 12, y + 5);
            t.lineTo(x + 12, y + 17);
            t.closeSubpath();
            p.fillPath(t, c);
            p.setPen(palette().text().color());
            const int w = p.fontMetrics().horizontalAdvance(label);
            p.drawText(QRect(x + 16, y, w + 4, 22), Qt::AlignVCenter, label);
            x += 16 + w + 16;
        };
        triangle(kMarkDue, tr("截止日"));
        triangle(kMarkOverdue, tr("已逾期"));
        triangle(kMarkDone, tr("已按时报送"));
    }

    static const char16_t* const weekdays[] = { u"一", u"二", u"三", u"四", u"五", u"六", u"日" };
    for (int month = 1; month <= 12; ++month) {
        const QRect m = monthRect(month);
        p.setPen(palette().text().color());
        p.setFont(bold);
        p.drawText(QRect(m.left(), m.top(), m.width(), kMonthTitle), Qt::AlignCenter,
            i18n::locale().toString(QDate(m_year, month, 1), tr("M月")));
        p.setFont(small);
        for (int i = 0; i < 7; ++i) {
            p.setPen(i >= 5 ? QColor(0xA0, 0x40, 0x40) : palette().placeholderText().color());
            // 一 … 日 as a Chinese calendar heads its columns; in another language its short names (Mon … Sun).
            const QLocale locale = i18n::locale();
            p.drawText(QRect(m.left() + i * l.cell, m.top() + kMonthTitle, l.cell, kWeekHeader), Qt::AlignCenter,
                locale.language() == QLocale::Chinese ? QString::fromUtf16(weekdays[i])
                                                      : locale.dayName(i + 1, QLocale::ShortFormat));
        }
    }

    // Days.
    for (const DayInfo& info : std::as_const(m_days)) {
        const QRect r = dayRect(info.date).adjusted(1, 1, -1, -1);
        QColor fill;
        if (info.isSpecial())
            fill = info.workday ? kWork : kOff;
        else if (!info.workday)
            fill = kWeekend;
        if (fill.isValid())
            p.fillRect(r, fill);
        if (info.isEstimated())
            p.fillRect(r, QBrush(QColor(0, 0, 0, 70), Qt::BDiagPattern));
        if (info.source == DaySource::User) {
            p.setPen(QPen(QColor(0x6A, 0x1B, 0x9A), 1, Qt::DashLine));
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        QFont f = base;
        f.setItalic(info.isEstimated());
        f.setBold(info.isSpecial());
        p.setFont(f);
        p.setPen(info.isSpecial() && !info.workday ? QColor(0xB0, 0x20, 0x20) : palette().text().color());
        p.drawText(r.adjusted(0, 0, 0, -4), Qt::AlignCenter, QString::number(info.date.day()));
        if (info.isSpecial() && l.cell >= 38) { // 休 / 班 in the corner, as printed calendars do
            p.setFont(small);
            p.setPen(info.workday ? QColor(0x1E, 0x4E, 0x9A) : QColor(0xB0, 0x20, 0x20));
            p.drawText(r.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, info.workday ? tr("班") : tr("休"));
        }
        if (info.date == m_today) {
            p.setPen(QPen(palette().highlight().color(), 2));
            p.drawRect(r.adjusted(1, 1, -1, -1));
        }
    }

    // Classes: a bar under each of their days (stacked when they overlap).
    QHash<QDate, int> stack;
    for (const Span& s : std::as_const(m_spans)) {
        const QDate end = s.end.isValid() && s.end >= s.start ? s.end : s.start;
        for (QDate d = s.start; d.isValid() && d <= end; d = d.addDays(1)) {
            const QRect r = dayRect(d);
            if (r.isNull())
                continue;
            const int level = stack[d]++;
            if (level > 2)
                continue;
            p.fillRect(QRect(r.left() + 1, r.bottom() - 4 - level * 4, r.width() - 2, 3), kSpan);
        }
    }
    // Deadlines: a triangle in the top-right corner.
    for (const Mark& m : std::as_const(m_marks)) {
        const QRect r = dayRect(m.date);
        if (r.isNull())
            continue;
        QPainterPath t;
        const int size = std::max(7, l.cell / 4);
        t.moveTo(r.right() - size, r.top() + 1);
        t.lineTo(r.right() - 1, r.top() + 1);
        t.lineTo(r.right() - 1, r.top() + size);
        t.closeSubpath();
        p.fillPath(t, m.overdue ? kMarkOverdue : (m.done ? kMarkDone : kMarkDue));
    }
}

void CalendarView::showPlan(const PlanDocument& plan)
{
    setToday(plan.today());
    QList<Span> spans;
    QList<Mark> marks;
    for (const Project& p : plan.projects()) {
        const ProjectSchedule s = plan.scheduleOf(p.id);
        const QString who = tr("第 %1 项 %2").arg(p.seq).arg(p.name);
        if (s.isCancelled())
            continue;
        if (s.classes.isEmpty() && s.start.isValid())
            spans << Span { s.start, s.end, who };
        for (const ClassSession& c : s.classes)
            if (c.start.isValid())
                spans << Span { c.start, c.end, tr("%1 %2").arg(who, c.name) };
        const ProjectDeadlines d = plan.deadlinesOf(p.id);
        auto mark = [&](const DeadlineStatus& st, const QString& what) {
            if (!st.isValid())
                return;
            marks << Mark { st.due, tr("%1 %2截止%3").arg(who, what, st.provisional ? tr("（预计）") : QString()),
                st.state == DeadlineState::Overdue, st.state == DeadlineState::OnTime };
        };
        mark(d.plan, tr("详细培训方案"));
        mark(d.responsibilityLetter, tr("管理责任书"));
    }
    setSpans(spans);
    setMarks(marks);
}

} // namespace tp
