#include "TeacherListModel.h"

#include "Database.h"
#include "LedgerRepository.h"

#include <QBrush>
#include <QColor>
#include <QThread>

namespace tp {

// Soft backgrounds with a darker text of the same hue: readable on screen and in a grey printout.
QColor TeacherListModel::stateBackground(CreditState s)
{
    switch (s) {
    case CreditState::Met:
        return QColor(0xdf, 0xf0, 0xdc);
    case CreditState::OnTrack:
        return QColor();
    case CreditState::AtRisk:
        return QColor(0xfc, 0xed, 0xc8);
    case CreditState::Short:
        return QColor(0xf8, 0xd9, 0xd6);
    }
    return QColor();
}

QColor TeacherListModel::stateForeground(CreditState s)
{
    switch (s) {
    case CreditState::Met:
        return QColor(0x1d, 0x63, 0x2a);
    case CreditState::OnTrack:
        return QColor();
    case CreditState::AtRisk:
        return QColor(0x85, 0x55, 0x00);
    case CreditState::Short:
        return QColor(0x9b, 0x22, 0x17);
    }
    return QColor();
}

namespace {
const RequirementStatus* worstRequirement(const TeacherCreditStatus& status)
{
    for (const RequirementStatus& r : status.requirements)
        if (r.state == status.overall && r.missing > 0)
            return &r;
    return nullptr;
}
} // namespace

TeacherListModel::TeacherListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setRules(creditRulePreset(defaultCreditRulesId()), 2021);
}

TeacherListModel::~TeacherListModel()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void TeacherListModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void TeacherListModel::setRules(const CreditRules& rules, int cycleStart)
{
    beginResetModel();
    m_rules = rules;
    m_cycleStart = cycleStart;
    m_requirements.clear();
    for (const CreditRequirement& r : rules.requirements)
        if (r.period == CreditPeriod::Cycle)
            m_requirements << r;
    m_blocks.clear();
    invalidateScope();
    if (m_belowOnly)
        resetIds();
    endResetModel();
}

void TeacherListModel::setToday(QDate today)
{
    beginResetModel();
    m_today = today;
    m_blocks.clear();
    invalidateScope();
    if (m_belowOnly)
        resetIds();
    endResetModel();
}

void TeacherListModel::setUnit(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    reload();
}

void TeacherListModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    refilter();
}

void TeacherListModel::setBelowOnly(bool belowOnly)
{
    if (belowOnly == m_belowOnly)
        return;
    m_belowOnly = belowOnly;
    refilter();
}

void TeacherListModel::reload()
{
    ++m_indexGeneration;
    m_searchIndex.reset();
    invalidateScope();
    refilter();
}

void TeacherListModel::refilter()
{
    beginResetModel();
    m_blocks.clear();
    resetIds();
    endResetModel();
}

void TeacherListModel::resetIds()
{
    m_ids.clear();
    m_lastError.clear();
    if (!m_database)
        return;
    TeacherRepository teachers(*m_database);
    const QString query = normalizePinyinQuery(m_query);
    if (query.isEmpty() && m_searchIndex) {
        // Cleared search: the index is in the same pinyin order as the list.
        m_ids.reserve(m_searchIndex->size());
        for (const TeacherSearchEntry& e : *m_searchIndex)
            m_ids << e.id;
        m_scopeSize = int(m_ids.size());
    } else if (query.isEmpty()) {
        auto ids = teachers.sortedIds({ m_unitId, QString() });
        if (!ids) {
            setError(ids.error().toString());
            return;
        }
        m_ids = std::move(ids.value());
        m_scopeSize = int(m_ids.size());
    } else {
        // The index is read once per unit; each keystroke then only matches in memory.
        // The worker's index if it is there; if it is still reading (it also opens a connection and counts
        // the figures), reading here is quicker than waiting.
        if (!m_searchIndex && m_worker && m_worker->isFinished())
            collectBackground();
        if (!m_searchIndex) {
            auto index = teachers.searchIndex(m_unitId);
            if (!index) {
                setError(index.error().toString());
                return;
            }
            m_searchIndex = std::move(index.value());
        }
        for (const TeacherSearchEntry& e : *m_searchIndex)
            if (TeacherRepository::matches(e, query))
                m_ids << e.id;
    }
    if (m_belowOnly) {
        const ScopeCredits& scope = scopeCredits();
        const ScopeCredits::Entry none = scope.byTeacher.value(0);
        QList<qint64> below;
        for (qint64 id : std::as_const(m_ids))
            if (scope.byTeacher.value(id, none).below)
                below << id;
        m_ids = std::move(below);
    }
}

void TeacherListModel::invalidateScope()
{
    ++m_scopeGeneration;
    if (!m_scope)
        return;
    m_scope.reset();
    Q_EMIT scopeCreditsChanged();
}

const ScopeCredits& TeacherListModel::scopeCredits()
{
    if (!m_scope && m_worker && m_worker->isFinished())
        collectBackground();
    if (m_scope)
        return *m_scope;
    if (!m_database)
        return m_scope.emplace();
    auto computed = computeScopeCredits(*m_database, m_unitId, m_rules, m_requirements, m_cycleStart, today());
    if (!computed) {
        setError(computed.error().toString());
        return m_scope.emplace();
    }
    return m_scope.emplace(std::move(computed.value()));
}

bool TeacherListModel::prefersBackground() const
{
    return m_database && m_backgroundThreshold >= 0 && m_scopeSize > m_backgroundThreshold;
}

void TeacherListModel::prepareInBackground()
{
    if (!m_database || (m_searchIndex && m_scope))
        return;
    if (m_worker) {
        m_prepareAgain = true; // after the running job (which may be for an older scope)
        return;
    }
    auto job = std::make_shared<ScopeRead>();
    job->indexGeneration = m_indexGeneration;
    job->scopeGeneration = m_scopeGeneration;
    job->needIndex = !m_searchIndex;
    job->needScope = !m_scope;
    QThread* worker = startScopeRead(job, m_database->path(), m_unitId, m_rules, m_requirements, m_cycleStart, today());
    m_worker = worker;
    m_job = job;
    connect(worker, &QThread::finished, this, [this, worker] {
        if (m_worker == worker)
            collectBackground();
        worker->deleteLater();
    });
}

void TeacherListModel::collectBackground()
{
    if (!m_worker)
        return;
    m_worker->wait();
    m_worker = nullptr;
    const std::shared_ptr<ScopeRead> job = std::move(m_job);
    // What was read for an older scope (the unit, cycle or rules changed meanwhile) is dropped.
    if (job->index && job->indexGeneration == m_indexGeneration && !m_searchIndex)
        m_searchIndex = std::move(*job->index);
    const bool scopeReady = job->scope && job->scopeGeneration == m_scopeGeneration && !m_scope;
    if (scopeReady)
        m_scope = std::move(*job->scope);
    if (!job->error.isEmpty())
        setError(job->error);
    if (scopeReady)
        Q_EMIT scopeCreditsChanged();
    if (m_prepareAgain) {
        m_prepareAgain = false;
        prepareInBackground();
    }
}

void TeacherListModel::refreshTeacher(qint64 teacherId)
{
    if (m_worker && m_worker->isFinished()) {
        collectBackground(); // its figures were read before this change: take them, then adjust them
    } else if (m_worker && !m_scope) {
        // Still reading, from before this change: drop its figures and read again afterwards.
        ++m_scopeGeneration;
        m_prepareAgain = true;
    }
    const int row = rowOfTeacher(teacherId);
    if (row >= 0) {
        m_blocks.remove(row / kBlockSize);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    if (m_scope && m_database) {
        // Adjust the scope's figures for this teacher only (no second pass over the scope).
        auto totals = LedgerRepository(*m_database)
                          .totals(m_cycleStart, m_rules.cycleYears, { 0, { teacherId } }, m_rules.needsYearlyTotals());
        if (!totals) {
            setError(totals.error().toString());
            invalidateScope();
            return;
        }
        const TeacherCreditStatus s = evaluateCredits(totals->value(teacherId), m_rules, m_cycleStart, today());
        ScopeCredits& scope = *m_scope;
        const ScopeCredits::Entry old = scope.byTeacher.value(teacherId, scope.byTeacher.value(0));
        const ScopeCredits::Entry e = scopeEntry(s, m_requirements);
        --scope.counts[size_t(old.overall)];
        ++scope.counts[size_t(e.overall)];
        scope.byTeacher.insert(teacherId, e);
        Q_EMIT scopeCreditsChanged();
    }
}

void TeacherListModel::setError(const QString& message) const
{
    m_lastError = message;
    Q_EMIT const_cast<TeacherListModel*>(this)->errorOccurred(message);
}

bool TeacherListModel::fetchBlock(int block) const
{
    if (!m_database)
        return false;
    // Keep memory bounded while a user scrolls through 100,000 rows: drop the held blocks now and then.
    if (m_blocks.size() >= 64)
        m_blocks.clear();
    const QList<qint64> ids = m_ids.mid(qsizetype(block) * kBlockSize, kBlockSize);
    ++m_fetchCount;
    auto teachers = TeacherRepository(*m_database).teachers(ids);
    if (!teachers) {
        setError(teachers.error().toString());
        return false;
    }
    auto totals = LedgerRepository(*m_database)
                      .totals(m_cycleStart, m_rules.cycleYears, { 0, ids }, m_rules.needsYearlyTotals());
    if (!totals) {
        setError(totals.error().toString());
        return false;
    }
    const QDate asOf = today();
    const TeacherCreditStatus none = evaluateCredits(CreditTotals(), m_rules, m_cycleStart, asOf);
    QHash<qint64, Teacher> byId;
    for (const Teacher& t : teachers.value())
        byId.insert(t.id, t);
    Block rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        Row r;
        r.teacher = byId.value(id);
        r.teacher.id = id;
        auto it = totals->constFind(id);
        r.status = it == totals->cend() ? none : evaluateCredits(it.value(), m_rules, m_cycleStart, asOf);
        rows << r;
    }
    m_blocks.insert(block, std::move(rows));
    return true;
}

const TeacherListModel::Row* TeacherListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int block = row / kBlockSize;
    auto it = m_blocks.constFind(block);
    if (it == m_blocks.cend()) {
        if (!fetchBlock(block))
            return nullptr;
        it = m_blocks.constFind(block);
    }
    const int offset = row % kBlockSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const Teacher* TeacherListModel::teacherAt(int row) const
{
    const Row* r = rowAt(row);
    return r ? &r->teacher : nullptr;
}

const TeacherCreditStatus* TeacherListModel::statusAt(int row) const
{
    const Row* r = rowAt(row);
    return r ? &r->status : nullptr;
}

int TeacherListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TeacherListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCreditColumn + int(m_requirements.size()) + 1;
}

QString TeacherListModel::stateText(const TeacherCreditStatus& status)
{
    const RequirementStatus* worst = worstRequirement(status);
    if (!worst || (status.overall != CreditState::Short && status.overall != CreditState::AtRisk))
        return creditStateLabel(status.overall);
    return tr("%1，还差 %2 %3")
        .arg(creditStateLabel(status.overall), formatCreditAmount(worst->missing), creditMeasureLabel(worst->measure));
}

QVariant TeacherListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == TeacherIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::BackgroundRole && role != Qt::ForegroundRole
        && role != Qt::TextAlignmentRole && role != StateRole && role != MissingRole)
        return {};
    const int column = index.column();
    const bool creditColumn = column >= FirstCreditColumn && column < statusColumn();
    if (role == Qt::TextAlignmentRole)
        return creditColumn ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignVCenter | Qt::AlignLeft);
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    const Teacher& t = row->teacher;
    const TeacherCreditStatus& s = row->status;
    const RequirementStatus* requirement = nullptr;
    if (creditColumn)
        requirement = s.find(m_requirements.at(column - FirstCreditColumn).id);
    const CreditState state = requirement ? requirement->state : s.overall;

    switch (role) {
    case StateRole:
        return int(state);
    case MissingRole: {
        if (requirement)
            return requirement->missing;
        const RequirementStatus* worst = worstRequirement(s);
        return worst ? worst->missing : 0.0;
    }
    case Qt::BackgroundRole:
        if (creditColumn || column == statusColumn()) {
            const QColor c = stateBackground(state);
            return c.isValid() ? QVariant(QBrush(c)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (creditColumn || column == statusColumn()) {
            const QColor c = stateForeground(state);
            return c.isValid() ? QVariant(QBrush(c)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (requirement)
            return tr("%1：已得 %2，需 %3 %4（%5）")
                .arg(requirement->label, formatCreditAmount(requirement->earned),
                    formatCreditAmount(requirement->minimum), creditMeasureLabel(requirement->measure),
                    creditStateLabel(requirement->state));
        if (column == statusColumn()) {
            QStringList lines;
            for (const RequirementStatus& r : s.requirements) {
                const QString who = r.year > 0 ? tr("%1（%2 年）").arg(r.label).arg(r.year) : r.label;
                lines << tr("%1：%2/%3 %4，%5")
                             .arg(who, formatCreditAmount(r.earned), formatCreditAmount(r.minimum),
                                 creditMeasureLabel(r.measure), creditStateLabel(r.state));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    default:
        break;
    }
    // Display.
    switch (column) {
    case StaffNumberColumn:
        return t.staffNumber;
    case NameColumn:
        return t.name;
    case UnitColumn:
        return t.unitName;
    case StageColumn:
        return t.stage;
    case SubjectColumn:
        return t.subject;
    default:
        break;
    }
    if (requirement)
        return QStringLiteral("%1/%2").arg(
            formatCreditAmount(requirement->earned), formatCreditAmount(requirement->minimum));
    if (column == statusColumn())
        return stateText(s);
    return {};
}

QVariant TeacherListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstCreditColumn && section < statusColumn()) {
        const CreditRequirement& r = m_requirements.at(section - FirstCreditColumn);
        return tr("%1：本周期（%2–%3 年）至少 %4 %5")
            .arg(r.label)
            .arg(m_cycleStart)
            .arg(m_cycleStart + m_rules.cycleYears - 1)
            .arg(formatCreditAmount(r.minimum), creditMeasureLabel(r.measure));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StaffNumberColumn:
        return tr("工号");
    case NameColumn:
        return tr("姓名");
    case UnitColumn:
        return tr("单位");
    case StageColumn:
        return tr("学段");
    case SubjectColumn:
        return tr("学科");
    default:
        break;
    }
    if (section >= FirstCreditColumn && section < statusColumn()) {
        const CreditRequirement& r = m_requirements.at(section - FirstCreditColumn);
        return tr("%1\n（需 %2 %3）").arg(r.label, formatCreditAmount(r.minimum), creditMeasureLabel(r.measure));
    }
    if (section == statusColumn())
        return tr("状态");
    return {};
}

} // namespace tp
