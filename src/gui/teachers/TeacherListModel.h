#pragma once

#include "CreditLedger.h"
#include "CreditRules.h"
#include "ScopeCredits.h"
#include "Teacher.h"
#include "TeacherRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <array>
#include <memory>
#include <optional>

class QThread;

namespace tp {

class Database;

// The teachers of one unit (or all) in pinyin order with their credits in a cycle, as a LAZY table: the model
// holds the id list only and reads rows in blocks of kBlockSize (teacher facts and their totals: two queries)
// when the view asks for them. Filtering as the user types runs over the in-memory search index (never a
// query per keystroke). Columns: 工号, 姓名, 单位, 学段, 学科, one per cycle requirement of the rule set
// ("12/20"), 状态.
class TeacherListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kBlockSize = 256;

    enum Roles {
        TeacherIdRole = Qt::UserRole + 1,
        StateRole, // int(CreditState): of the requirement (credit columns) or the worst one (状态, other columns)
        MissingRole, // what the requirement (or the worst one) still misses
    };
    enum FixedColumn { StaffNumberColumn, NameColumn, UnitColumn, StageColumn, SubjectColumn, FirstCreditColumn };

    explicit TeacherListModel(QObject* parent = nullptr);
    ~TeacherListModel() override;

    // The database outlives the model's use of it. Setting it (or anything below) reloads.
    void setDatabase(Database* database);
    // The rules (from LedgerRepository::creditRules(district)) and the cycle's first year.
    void setRules(const CreditRules& rules, int cycleStart);
    const CreditRules& rules() const { return m_rules; }
    int cycleStart() const { return m_cycleStart; }
    // The day statuses are judged on (a seam for tests; default: today).
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    // 0 = every unit.
    void setUnit(qint64 unitId);
    qint64 unitId() const { return m_unitId; }
    // Name, pinyin, initials (zhw → 张伟) or a staff-number prefix; filtered in memory.
    void setQuery(const QString& query);
    QString query() const { return m_query; }
    // 仅显示未达标: only teachers with some minimum not reached (yet).
    void setBelowOnly(bool belowOnly);
    bool belowOnly() const { return m_belowOnly; }

    // Re-reads the scope (after an import, or to pick up changes made elsewhere).
    void reload();
    // One teacher's credits changed (a registration reversed, external credits added): its row and the scope
    // figures are refreshed.
    void refreshTeacher(qint64 teacherId);

    // The scope's figures (summary line, chart), computed once per scope and cycle and kept until a change.
    // Computed here and now unless a background read has them ready.
    const ScopeCredits& scopeCredits();
    bool hasScopeCredits() const { return m_scope.has_value(); }
    bool hasSearchIndex() const { return m_searchIndex.has_value(); }

    // For a large scope (all units of a city): reads the scope's figures and search keys on a second
    // connection in a worker thread, so that neither the summary nor the first keystroke freezes the window.
    // scopeCreditsChanged() says when the figures are there. Whatever needs them earlier reads them itself.
    void prepareInBackground();
    bool isPreparing() const { return m_worker != nullptr; }
    // Whether the scope is large enough for prepareInBackground (more teachers than the threshold; -1: never).
    bool prefersBackground() const;
    void setBackgroundThreshold(int teachers) { m_backgroundThreshold = teachers; }
    // Teachers in the scope (the unfiltered list).
    int scopeSize() const { return m_scopeSize; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 teacherIdAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowOfTeacher(qint64 teacherId) const { return int(m_ids.indexOf(teacherId)); }
    // The teacher and status of a row (fetches its block if needed); nullptr outside the list.
    const Teacher* teacherAt(int row) const;
    const TeacherCreditStatus* statusAt(int row) const;
    int statusColumn() const { return FirstCreditColumn + int(m_requirements.size()); }
    // The cycle requirements shown as columns.
    const QList<CreditRequirement>& creditRequirements() const { return m_requirements; }

    // For tests and benchmarks: how many blocks were read from the database, and how many are held.
    int fetchCount() const { return m_fetchCount; }
    int loadedBlockCount() const { return int(m_blocks.size()); }
    // Whether the last load or fetch failed, and why.
    QString lastError() const { return m_lastError; }

    // The 状态 text of a status: "已达标", "进度正常", "未达标，还差 8 学分".
    static QString stateText(const TeacherCreditStatus& status);
    // The colours of a state: soft backgrounds (none for 进度正常) and a darker text of the same hue.
    static QColor stateBackground(CreditState state);
    static QColor stateForeground(CreditState state);

Q_SIGNALS:
    // The scope's figures were recomputed or dropped (the page updates its summary and the chart).
    void scopeCreditsChanged();
    void errorOccurred(const QString& message);

private:
    struct Row {
        Teacher teacher;
        TeacherCreditStatus status;
    };
    using Block = QList<Row>;

    void refilter();
    void resetIds();
    const Row* rowAt(int row) const;
    bool fetchBlock(int block) const;
    void invalidateScope();
    void collectBackground();
    void setError(const QString& message) const;

    Database* m_database = nullptr;
    CreditRules m_rules;
    QList<CreditRequirement> m_requirements; // the cycle requirements
    int m_cycleStart = 2021;
    QDate m_today;
    qint64 m_unitId = 0;
    QString m_query;
    bool m_belowOnly = false;

    QList<qint64> m_ids; // the rows, in pinyin order
    std::optional<QList<TeacherSearchEntry>> m_searchIndex; // of m_unitId, read on the first keystroke
    std::optional<ScopeCredits> m_scope;
    int m_scopeSize = 0;
    int m_indexGeneration = 0; // counts changes of the index's scope (unit, database)
    int m_scopeGeneration = 0; // counts changes of the figures' scope (also rules, cycle, day)
    int m_backgroundThreshold = 20000;
    QThread* m_worker = nullptr;
    std::shared_ptr<ScopeRead> m_job;
    bool m_prepareAgain = false;
    mutable QHash<int, Block> m_blocks;
    mutable int m_fetchCount = 0;
    mutable QString m_lastError;
};

} // namespace tp
