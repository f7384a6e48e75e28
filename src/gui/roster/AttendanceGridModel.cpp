#include "AttendanceGridModel.h"

#include "CellParsers.h"
#include "Language.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace tp {

AttendanceGridModel::AttendanceGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QList<AttendanceGridModel::Session> AttendanceGridModel::sessionsOf(
    QDate first, QDate last, int perDay, double hoursEach)
{
    QList<Session> sessions;
    if (!first.isValid())
        return sessions;
    if (!last.isValid() || last < first)
        last = first;
    // A class runs for days, not years: a mistyped end date must not make thousands of columns.
    last = std::min(last, first.addDays(61));
    for (QDate d = first; d <= last; d = d.addDays(1))
        for (int s = 1; s <= std::max(1, perDay); ++s)
            sessions << Session { d, s, hoursEach };
    return sessions;
}

void AttendanceGridModel::reset(const QList<Person>& people, QList<Session> sessions,
    const QHash<qint64, QList<AttendanceRecord>>& recorded, double projectHours, const CreditRules& rules)
{
    beginResetModel();
    m_people = people;
    m_cells.clear();
    m_cells.resize(people.size());
    for (int r = 0; r < people.size(); ++r) {
        for (const AttendanceRecord& a : recorded.value(people.at(r).enrollmentId)) {
            m_cells[r].insert({ a.date, a.session }, Cell { a.kind, a.hours });
            auto same = std::find_if(sessions.begin(), sessions.end(),
                [&](const Session& s) { return s.date == a.date && s.session == a.session; });
            if (same == sessions.end())
                sessions << Session { a.date, a.session, a.plannedHours };
            else
                same->plannedHours = std::max(same->plannedHours, a.plannedHours);
        }
    }
    std::sort(sessions.begin(), sessions.end(),
        [](const Session& a, const Session& b) { return std::tie(a.date, a.session) < std::tie(b.date, b.session); });
    m_sessions = std::move(sessions);
    m_projectHours = projectHours;
    m_rules = rules;
    m_modified = false;
    endResetModel();
    Q_EMIT totalsChanged();
}

bool AttendanceGridModel::addDay(QDate date, int perDay, double hoursEach)
{
    if (!date.isValid())
        return false;
    for (const Session& s : std::as_const(m_sessions))
        if (s.date == date)
            return false;
    const auto at = std::find_if(m_sessions.begin(), m_sessions.end(), [&](const Session& s) { return s.date > date; });
    const int column = int(at - m_sessions.begin());
    const int count = std::max(1, perDay);
    beginInsertColumns({}, column, column + count - 1);
    for (int s = count; s >= 1; --s)
        m_sessions.insert(column, Session { date, s, hoursEach });
    endInsertColumns();
    return true;
}

std::optional<AttendanceKind> AttendanceGridModel::kind(int row, int column) const
{
    if (row < 0 || row >= m_people.size() || !isSessionColumn(column))
        return std::nullopt;
    auto it = m_cells.at(row).constFind(keyOf(column));
    if (it == m_cells.at(row).constEnd())
        return std::nullopt;
    return it->kind;
}

AttendanceKind AttendanceGridModel::nextKind(std::optional<AttendanceKind> kind)
{
    if (!kind)
        return AttendanceKind::Present;
    switch (*kind) {
    case AttendanceKind::Present:
        return AttendanceKind::Late;
    case AttendanceKind::Late:
        return AttendanceKind::Excused;
    case AttendanceKind::Excused:
        return AttendanceKind::Absent;
    case AttendanceKind::Absent:
        break;
    }
    return AttendanceKind::Present;
}

int AttendanceGridModel::setKind(const QModelIndexList& cells, std::optional<AttendanceKind> kind)
{
    int changed = 0;
    for (const QModelIndex& i : cells) {
        if (!i.isValid() || i.model() != this || !isSessionColumn(i.column()))
            continue;
        QHash<Key, Cell>& row = m_cells[i.row()];
        const Key key = keyOf(i.column());
        auto it = row.find(key);
        if (!kind) {
            if (it == row.end())
                continue;
            row.erase(it);
        } else {
            // 出勤 and 迟到 attend the session (a late arrival who stayed; partial hours are typed in 考勤…);
            // 请假 and 缺勤 attend nothing.
            const bool attends = *kind == AttendanceKind::Present || *kind == AttendanceKind::Late;
            const double hours = attends ? m_sessions.at(i.column()).plannedHours : 0;
            if (it != row.end() && it->kind == *kind)
                continue;
            // A recorded partial attendance keeps its hours when it only moves between 出勤 and 迟到.
            const bool keepHours = it != row.end() && attends
                && (it->kind == AttendanceKind::Present || it->kind == AttendanceKind::Late);
            row.insert(key, Cell { *kind, keepHours ? it->hours : hours });
        }
        ++changed;
    }
    if (changed == 0)
        return 0;
    m_modified = true;
    // Totals may change in every row: the class's sessions are the ones anyone has a record of.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT totalsChanged();
    return changed;
}

QHash<qint64, QList<AttendanceRecord>> AttendanceGridModel::records() const
{
    QHash<qint64, QList<AttendanceRecord>> all;
    for (int r = 0; r < m_people.size(); ++r) {
        QList<AttendanceRecord>& list = all[m_people.at(r).enrollmentId];
        for (int c = 0; c < sessionCount(); ++c) {
            auto it = m_cells.at(r).constFind(keyOf(c));
            if (it != m_cells.at(r).constEnd())
                list << AttendanceRecord { m_sessions.at(c).date, m_sessions.at(c).session, it->kind, it->hours,
                    m_sessions.at(c).plannedHours };
        }
    }
    return all;
}

AttendanceSummary AttendanceGridModel::summary(int row) const
{
    // The class's sessions are those anyone has a record of, as registration counts them
    // (EnrollmentRepository::classSessions): a column nobody has filled in yet is not a session held.
    QList<AttendanceRecord> held;
    QList<AttendanceRecord> teacher;
    for (int c = 0; c < sessionCount(); ++c) {
        const Key key = keyOf(c);
        const bool any = std::any_of(
            m_cells.begin(), m_cells.end(), [&](const QHash<Key, Cell>& cells) { return cells.contains(key); });
        if (!any)
            continue;
        held << AttendanceRecord { key.first, key.second, AttendanceKind::Present, 0, m_sessions.at(c).plannedHours };
        auto it = m_cells.at(row).constFind(key);
        if (it != m_cells.at(row).constEnd())
            teacher << AttendanceRecord { key.first, key.second, it->kind, it->hours, m_sessions.at(c).plannedHours };
    }
    return summarizeAttendance(held, teacher, m_projectHours);
}

bool AttendanceGridModel::voids(int row) const
{
    const AttendanceSummary s = summary(row);
    return s.kept && s.plannedHours > 0 && m_rules.absenceVoids(s.missedShare());
}

QString AttendanceGridModel::ruleText() const
{
    if (!m_rules.hasAbsenceRule())
        return tr("规则集「%1」没有缺课比例的规定：缺课只计入出勤学时。").arg(m_rules.name);
    return tr("规则集「%1」：缺课%2%3不计学分。")
        .arg(m_rules.name, absenceComparisonLabel(m_rules.absenceComparison), m_rules.absenceShareText());
}

int AttendanceGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int AttendanceGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : sessionCount() + TotalColumnCount;
}

QColor AttendanceGridModel::kindBackground(AttendanceKind kind)
{
    switch (kind) {
    case AttendanceKind::Present:
        return QColor(0xe8, 0xf5, 0xe9);
    case AttendanceKind::Late:
        return QColor(0xff, 0xf3, 0xcd);
    case AttendanceKind::Excused:
        return QColor(0xe3, 0xf2, 0xfd);
    case AttendanceKind::Absent:
        break;
    }
    return QColor(0xfd, 0xe0, 0xdc);
}

QVariant AttendanceGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (isSessionColumn(column)) {
        const std::optional<AttendanceKind> k = kind(row, column);
        switch (role) {
        case Qt::DisplayRole:
            return k ? attendanceKindLabel(*k) : QString();
        case Qt::EditRole:
            return k ? QVariant(int(*k)) : QVariant();
        case Qt::BackgroundRole:
            return k ? QVariant(kindBackground(*k)) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole: {
            const QString who = m_people.at(row).name;
            const QString when = headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            return k ? tr("%1，%2：%3").arg(who, when, attendanceKindLabel(*k))
                     : tr("%1，%2：未记录（1 出勤，2 迟到，3 请假，4 缺勤）").arg(who, when);
        }
        default:
            return {};
        }
    }
    const AttendanceSummary s = summary(row);
    const bool missed = column == totalColumn(MissedColumn);
    switch (role) {
    case Qt::DisplayRole:
        if (!missed)
            return formatCreditAmount(s.attendedHours);
        if (!s.kept || s.plannedHours <= 0)
            return QString();
        return tr("%1%").arg(formatNumber(std::round(s.missedShare() * 1000) / 10));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return missed && voids(row) ? QVariant(QColor(0xb7, 0x1c, 0x1c)) : QVariant();
    case Qt::FontRole:
        if (missed && voids(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (!s.kept)
            return tr("还没有考勤记录");
        return tr("出勤 %1 学时（%2）%3%4")
            .arg(formatNumber(s.attendedHours), s.plannedBasis,
                s.missingRecords > 0 ? tr("；%1 场未记录，按未出勤计").arg(s.missingRecords) : QString(),
                voids(row) ? tr("；%1").arg(ruleText()) : QString());
    default:
        return {};
    }
}

bool AttendanceGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isSessionColumn(index.column()))
        return false;
    std::optional<AttendanceKind> k;
    if (value.isValid() && !value.toString().isEmpty()) {
        if (value.typeId() == QMetaType::Int)
            k = AttendanceKind(std::clamp(value.toInt(), 0, 3));
        else
            k = attendanceKindFromText(value.toString());
        if (!k)
            return false;
    }
    setKind({ index }, k);
    return true;
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isSessionColumn(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled;
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_people.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_people.at(section).name;
        if (role == Qt::ToolTipRole)
            return tr("%1（%2）").arg(m_people.at(section).name, m_people.at(section).unit);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (!isSessionColumn(section)) {
        if (role == Qt::DisplayRole)
            return section == totalColumn(AttendedColumn) ? tr("出勤学时") : tr("缺课");
        if (role == Qt::ToolTipRole)
            return section == totalColumn(AttendedColumn) ? tr("出勤的学时之和") : ruleText();
        return {};
    }
    const Session& s = m_sessions.at(section);
    const int sameDay = int(std::count_if(
        m_sessions.begin(), m_sessions.end(), [&](const Session& other) { return other.date == s.date; }));
    const QLocale locale = i18n::locale();
    const QString day = locale.toString(s.date, tr("M月d日"));
    const QString part = sameDay == 1 ? QString()
        : sameDay == 2                ? (s.session == 1 ? tr("上午") : tr("下午"))
                                      : tr("第%1场").arg(s.session);
    if (role == Qt::DisplayRole)
        return part.isEmpty() ? day : tr("%1\n%2").arg(day, part);
    if (role == Qt::ToolTipRole)
        return tr("%1 %2 %3（计划 %4 学时）")
            .arg(locale.toString(s.date, tr("yyyy年M月d日")), locale.dayName(s.date.dayOfWeek(), QLocale::ShortFormat),
                part, formatNumber(s.plannedHours));
    return {};
}

} // namespace tp
