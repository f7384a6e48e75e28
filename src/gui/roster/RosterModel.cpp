#include "RosterModel.h"

#include "CellParsers.h"
#include "CreditLedger.h"
#include "Database.h"
#include "EnrollmentRepository.h"
#include "PinyinIndex.h"
#include "TeacherRepository.h"
#include "UnitRepository.h"

#include <QCollator>
#include <QColor>
#include <QFont>

namespace tp {

RosterModel::RosterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

Status RosterModel::load(Database& db, qint64 projectId, int classSeq, const QHash<int, QString>& classNames)
{
    auto enrollments = EnrollmentRepository(db).enrollments(projectId, classSeq);
    if (!enrollments)
        return enrollments.error();
    QList<qint64> teacherIds;
    teacherIds.reserve(enrollments->size());
    for (const Enrollment& e : enrollments.value())
        teacherIds << e.teacherId;
    auto teachers = TeacherRepository(db).teachers(teacherIds);
    if (!teachers)
        return teachers.error();
    QHash<qint64, Teacher> byId;
    for (const Teacher& t : teachers.value())
        byId.insert(t.id, t);
    auto units = UnitRepository(db).units();
    if (!units)
        return units.error();
    QHash<qint64, QString> unitNames;
    for (const Unit& u : units.value())
        unitNames.insert(u.id, u.shortName.isEmpty() ? u.name : u.shortName);

    auto limits = EnrollmentRepository(db).seatLimits(projectId, std::max(0, classSeq));
    if (!limits)
        return limits.error();

    QList<Row> rows;
    rows.reserve(enrollments->size());
    for (const Enrollment& e : enrollments.value()) {
        Row r;
        r.enrollment = e;
        r.teacher = byId.value(e.teacherId);
        r.unitName = unitNames.value(e.submittedByUnitId, r.teacher.unitName);
        if (e.classSeq > 0)
            r.className = classNames.value(e.classSeq, tr("第 %1 班").arg(e.classSeq));
        rows << r;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_projectId = projectId;
    m_limits = limits.value();
    m_unitNames = unitNames;
    m_searchKeys.clear();
    endResetModel();
    return success();
}

bool RosterModel::matches(int r, const QString& normalizedQuery) const
{
    if (normalizedQuery.isEmpty())
        return true;
    if (m_searchKeys.size() != m_rows.size()) {
        m_searchKeys.clear();
        m_searchKeys.reserve(m_rows.size());
        for (const Row& row : std::as_const(m_rows))
            m_searchKeys << TeacherSearchEntry { row.teacher.id, row.teacher.staffNumber, pinyinKey(row.teacher.name) };
    }
    if (TeacherRepository::matches(m_searchKeys.at(r), normalizedQuery))
        return true;
    const QString& unit = m_rows.at(r).unitName;
    auto key = m_unitKeys.constFind(unit);
    if (key == m_unitKeys.constEnd())
        key = m_unitKeys.insert(unit, pinyinKey(unit));
    return pinyinMatchesNormalized(key.value(), normalizedQuery);
}

void RosterModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_searchKeys.clear();
    m_projectId = 0;
    endResetModel();
}

int RosterModel::rowOfEnrollment(qint64 enrollmentId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).enrollment.id == enrollmentId)
            return r;
    return -1;
}

int RosterModel::count(EnrollmentStatus status) const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [status](const Row& r) { return r.enrollment.status == status; }));
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor RosterModel::statusForeground(EnrollmentStatus s)
{
    switch (s) {
    case EnrollmentStatus::Applied:
        return QColor(0x37, 0x47, 0x4f);
    case EnrollmentStatus::Admitted:
        return QColor(0x1b, 0x5e, 0x20);
    case EnrollmentStatus::Waitlisted:
        return QColor(0x8a, 0x4b, 0x00);
    case EnrollmentStatus::CheckedIn:
        return QColor(0x0d, 0x47, 0xa1);
    case EnrollmentStatus::Completed:
        return QColor(0x00, 0x4d, 0x40);
    case EnrollmentStatus::Absent:
        return QColor(0xb7, 0x1c, 0x1c);
    case EnrollmentStatus::Withdrawn:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QColor RosterModel::statusBackground(EnrollmentStatus s)
{
    switch (s) {
    case EnrollmentStatus::Applied:
        return QColor(0xec, 0xef, 0xf1);
    case EnrollmentStatus::Admitted:
        return QColor(0xe8, 0xf5, 0xe9);
    case EnrollmentStatus::Waitlisted:
        return QColor(0xff, 0xf3, 0xe0);
    case EnrollmentStatus::CheckedIn:
        return QColor(0xe3, 0xf2, 0xfd);
    case EnrollmentStatus::Completed:
        return QColor(0xc8, 0xe6, 0xc9);
    case EnrollmentStatus::Absent:
        return QColor(0xff, 0xeb, 0xee);
    case EnrollmentStatus::Withdrawn:
        return QColor(0xf5, 0xf5, 0xf5);
    }
    return {};
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const Enrollment& e = r.enrollment;
    const bool withdrawn = e.status == EnrollmentStatus::Withdrawn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueueColumn:
            return e.queuePosition;
        case UnitColumn:
            return r.unitName;
        case NameColumn:
            return r.teacher.name;
        case StaffNumberColumn:
            return r.teacher.staffNumber;
        case SubjectColumn:
            return r.teacher.subject;
        case ClassColumn:
            return r.className;
        case StatusColumn:
            return enrollmentStatusLabel(e.status);
        case HoursColumn:
            return e.hoursAttended ? formatCreditAmount(*e.hoursAttended) : QString();
        case CreditsColumn:
            if (e.creditsAwarded)
                return tr("%1（已登记）").arg(formatCreditAmount(*e.creditsAwarded));
            return e.status == EnrollmentStatus::Completed ? tr("未登记") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CreditsColumn && e.creditsAwarded && e.registeredOn.isValid())
            return tr("%1 登记").arg(e.registeredOn.toString(Qt::ISODate));
        if (index.column() == StatusColumn && e.enrolledOn.isValid())
            return tr("%1 报名").arg(e.enrolledOn.toString(Qt::ISODate));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return statusForeground(e.status);
        if (withdrawn)
            return QColor(0x9e, 0x9e, 0x9e);
        if (index.column() == CreditsColumn && !e.creditsAwarded)
            return QColor(0x9e, 0x9e, 0x9e);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn)
            return statusBackground(e.status);
        return {};
    case Qt::FontRole:
        if (withdrawn) {
            QFont f;
            f.setStrikeOut(index.column() == NameColumn);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case QueueColumn:
        case HoursColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case StatusColumn:
        case ClassColumn:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QueueColumn:
        return tr("序号");
    case UnitColumn:
        return tr("单位");
    case NameColumn:
        return tr("姓名");
    case StaffNumberColumn:
        return tr("工号");
    case SubjectColumn:
        return tr("学科");
    case ClassColumn:
        return tr("班次");
    case StatusColumn:
        return tr("状态");
    case HoursColumn:
        return tr("出勤学时");
    case CreditsColumn:
        return tr("学分");
    default:
        return {};
    }
}

QString RosterModel::seatSummary() const
{
    if (!m_projectId)
        return QString();
    int held = 0;
    for (const Row& r : m_rows)
        held += holdsSeat(r.enrollment.status) ? 1 : 0;
    QString text = tr("录取 %1 / 名额 %2，候补 %3")
                       .arg(held)
                       .arg(m_limits.capacity > 0 ? QString::number(m_limits.capacity) : tr("不限"))
                       .arg(count(EnrollmentStatus::Waitlisted));
    QStringList more;
    for (EnrollmentStatus s : { EnrollmentStatus::CheckedIn, EnrollmentStatus::Completed, EnrollmentStatus::Absent,
             EnrollmentStatus::Withdrawn })
        if (const int n = count(s))
            more << tr("%1 %2").arg(enrollmentStatusLabel(s)).arg(n);
    if (!more.isEmpty())
        text += tr("（%1）").arg(more.join(tr("，")));
    return text;
}

QString RosterModel::quotaSummary() const
{
    if (!m_projectId)
        return QString();
    if (m_limits.quotas.isEmpty())
        return tr("名额分配：未分配（各单位只受容量限制）");
    QHash<qint64, int> used;
    for (const Row& r : m_rows)
        if (holdsSeat(r.enrollment.status))
            used[r.enrollment.submittedByUnitId] += 1;
    QList<qint64> ids = m_limits.quotas.keys();
    QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(ids.begin(), ids.end(),
        [&](qint64 a, qint64 b) { return pinyin.compare(m_unitNames.value(a), m_unitNames.value(b)) < 0; });
    QStringList parts;
    for (qint64 id : ids) {
        const int allowed = m_limits.quotas.value(id);
        const QString part = tr("%1 %2/%3").arg(m_unitNames.value(id)).arg(used.value(id)).arg(allowed);
        parts << (used.value(id) >= allowed ? QStringLiteral("<b>%1</b>").arg(part.toHtmlEscaped())
                                            : part.toHtmlEscaped());
    }
    return tr("名额分配（已用/分配）：%1").arg(parts.join(tr("；")));
}

} // namespace tp
