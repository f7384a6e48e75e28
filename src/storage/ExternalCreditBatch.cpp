#include "ExternalCreditBatch.h"

#include "AuditLog.h"
#include "Database.h"
#include "InputSanitizer.h"
#include "SqliteBatchTable.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::LedgerRepository)
};

Result<QSqlQuery> prepared(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, sql.simplified().left(80));
    return q;
}

Error lineError(Error e, qsizetype index)
{
    e.row = int(index);
    return e;
}

constexpr const char* kExternalSql
    = "INSERT INTO external_credit (teacher_id, year, level, kind, credits, hours, title, "
      "source, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kRegistrationSql
    = "INSERT INTO credit_registration (teacher_id, external_credit_id, year, level, kind, credits, hours, reason, "
      "registered_on, actor, category, operation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The stable names of schema 003 as UTF-8, once (trainingLevelName / trainingKindName are the rule).
template <typename Enum, int Count, typename Name> std::array<QByteArray, Count> names(Name name)
{
    std::array<QByteArray, Count> out;
    for (int i = 0; i < Count; ++i)
        out[size_t(i)] = name(Enum(i)).toUtf8();
    return out;
}
const QByteArray& storedName(TrainingLevel level)
{
    static const auto levels = names<TrainingLevel, kTrainingLevelCount>(trainingLevelName);
    return levels[size_t(level)];
}
const QByteArray& storedName(TrainingKind kind)
{
    static const auto kinds = names<TrainingKind, kTrainingKindCount>(trainingKindName);
    return kinds[size_t(kind)];
}

// Line by line through SQLite's C API: the two INSERTs of LedgerRepository::addExternalCredit, prepared once and
// re-bound for every line. Used to find which line of a batch SQLite refuses (a constraint): the error names it.
Result<QList<qint64>> insertLineByLine(sqlite3* handle, const QList<ExternalCredit>& credits, qsizetype from,
    qsizetype to, const QStringList& reasons, const QString& actor, const QString& day, qint64 operation)
{
    SqliteStatement external;
    SqliteStatement registration;
    if (int rc = external.prepare(handle, kExternalSql); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("INSERT INTO external_credit"));
    if (int rc = registration.prepare(handle, kRegistrationSql); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("INSERT INTO credit_registration"));
    sqlite3_stmt* x = external.stmt;
    sqlite3_stmt* r = registration.stmt;
    registration.bindText(9, day);
    registration.bindText(10, actor);
    sqlite3_bind_int64(r, 12, operation);
    QList<qint64> ids;
    for (qsizetype i = from; i < to; ++i) {
        const ExternalCredit& c = credits.at(i);
        const QByteArray& level = storedName(c.level);
        const QByteArray& kind = storedName(c.kind);
        const QString category = c.category.trimmed();
        sqlite3_bind_int64(x, 1, c.teacherId);
        sqlite3_bind_int(x, 2, c.year);
        sqlite3_bind_text(x, 3, level.constData(), int(level.size()), SQLITE_STATIC);
        sqlite3_bind_text(x, 4, kind.constData(), int(kind.size()), SQLITE_STATIC);
        sqlite3_bind_double(x, 5, c.credits);
        sqlite3_bind_double(x, 6, c.hours);
        external.bindText(7, c.title);
        external.bindText(8, c.source);
        external.bindText(9, category);
        int rc = external.run();
        if (rc != SQLITE_DONE)
            return lineError(sqliteError(handle, rc, QStringLiteral("INSERT INTO external_credit")), i);
        sqlite3_bind_int64(r, 1, c.teacherId);
        sqlite3_bind_int64(r, 2, sqlite3_last_insert_rowid(handle));
        sqlite3_bind_int(r, 3, c.year);
        sqlite3_bind_text(r, 4, level.constData(), int(level.size()), SQLITE_STATIC);
        sqlite3_bind_text(r, 5, kind.constData(), int(kind.size()), SQLITE_STATIC);
        sqlite3_bind_double(r, 6, c.credits);
        sqlite3_bind_double(r, 7, c.hours);
        registration.bindText(8, i < reasons.size() ? reasons.at(i) : QString());
        registration.bindText(11, category);
        rc = registration.run();
        if (rc != SQLITE_DONE)
            return lineError(sqliteError(handle, rc, QStringLiteral("INSERT INTO credit_registration")), i);
        ids << sqlite3_last_insert_rowid(handle);
    }
    return ids;
}

// The error of the first line of credits[from, to) SQLite refuses, naming it; written inside a savepoint that is
// rolled back, whatever happens. None when every line goes in (the chunk failed for another reason). Runs inside
// addThroughSqlite's batch, with the CHECKs set aside as for the batch (checkExternalCredit stands for them): what it
// finds are the constraints SQLite still keeps there — a teacher or an operation that is not there (foreign keys).
std::optional<Error> findRefusedLine(sqlite3* handle, const QList<ExternalCredit>& credits, qsizetype from,
    qsizetype to, const QStringList& reasons, const QString& actor, const QString& day, qint64 operation)
{
    if (sqlite3_exec(handle, "SAVEPOINT tp_batch_line", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::nullopt;
    auto written = insertLineByLine(handle, credits, from, to, reasons, actor, day, operation);
    sqlite3_exec(handle, "ROLLBACK TO tp_batch_line", nullptr, nullptr, nullptr);
    sqlite3_exec(handle, "RELEASE tp_batch_line", nullptr, nullptr, nullptr);
    if (written)
        return std::nullopt;
    return written.error();
}

// One chunk of the batch as tp_batch's rows: c0 teacher, c1 year, c2 level, c3 kind, c4 credits, c5 hours,
// c6 title, c7 source, c8 category, c9 reason. The texts as UTF-8 in one buffer, made once per chunk.
class ExternalLines final : public SqliteBatchRows {
public:
    void clear()
    {
        m_lines.clear();
        m_text.clear();
    }
    void add(const ExternalCredit& c, const QString& category, const QString& reason)
    {
        Line line { c.teacherId, c.year, c.level, c.kind, c.credits, c.hours, {} };
        const QString* texts[] = { &c.title, &c.source, &category, &reason };
        for (size_t t = 0; t < std::size(texts); ++t) {
            const size_t start = m_text.size();
            m_text.resize(start + size_t(m_encoder.requiredSpace(texts[t]->size())));
            char* end = m_encoder.appendToBuffer(m_text.data() + start, *texts[t]);
            m_text.resize(size_t(end - m_text.data()));
            line.text[t] = { start, m_text.size() - start };
        }
        m_lines.push_back(line);
    }
    qint64 rowCount() const override { return qint64(m_lines.size()); }
    void result(sqlite3_context* context, qint64 row, int column) const override
    {
        const Line& line = m_lines[size_t(row)];
        const auto text
            = [&](const QByteArray& b) { sqlite3_result_text(context, b.constData(), int(b.size()), SQLITE_STATIC); };
        switch (column) {
        case 0:
            sqlite3_result_int64(context, line.teacherId);
            break;
        case 1:
            sqlite3_result_int(context, line.year);
            break;
        case 2:
            text(storedName(line.level));
            break;
        case 3:
            text(storedName(line.kind));
            break;
        case 4:
            sqlite3_result_double(context, line.credits);
            break;
        case 5:
            sqlite3_result_double(context, line.hours);
            break;
        case 6:
        case 7:
        case 8:
        case 9: {
            // The buffer lives, unchanged, until the chunk's two statements have run.
            const auto [start, size] = line.text[size_t(column - 6)];
            sqlite3_result_text(context, m_text.data() + start, int(size), SQLITE_STATIC);
            break;
        }
        default:
            sqlite3_result_null(context);
        }
    }

private:
    struct Line {
        qint64 teacherId;
        int year;
        TrainingLevel level;
        TrainingKind kind;
        double credits;
        double hours;
        std::array<std::pair<size_t, size_t>, 4> text; // title, source, category, reason: start and size in m_text
    };
    std::vector<Line> m_lines;
    std::string m_text;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
};

constexpr const char* kExternalBatchSql
    = "INSERT INTO external_credit (teacher_id, year, level, kind, credits, hours, title, source, category) "
      "SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8 FROM tp_batch(?1) ORDER BY rowid";
// ?2: the id of the chunk's first external_credit row; rowid is the line's index in the chunk.
constexpr const char* kRegistrationBatchSql
    = "INSERT INTO credit_registration (teacher_id, external_credit_id, year, level, kind, credits, hours, reason, "
      "registered_on, actor, category, operation_id) "
      "SELECT c0, ?2 + rowid, c1, c2, c3, c4, c5, c9, ?3, ?4, c8, ?5 FROM tp_batch(?1) ORDER BY rowid";
// The id the next row of an AUTOINCREMENT table gets is above both: its largest id and the largest it ever gave.
constexpr const char* kLastIdSql = "SELECT max(coalesce((SELECT max(id) FROM external_credit), 0), "
                                   "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'external_credit'), 0)), "
                                   "max(coalesce((SELECT max(id) FROM credit_registration), 0), "
                                   "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'credit_registration'), 0))";

// addExternalCredits on SQLite: the lines checked as LedgerRepository::addExternalCredit checks one, then written
// 500 at a time by two INSERT … SELECT over tp_batch (SqliteBatchTable.h) — the rows of the single path, column for
// column. A chunk SQLite refuses (a constraint: a teacher that is not there) is written again line by line inside
// a savepoint, only to name the line in the error; the caller rolls the transaction back.
Result<QList<qint64>> addThroughSqlite(sqlite3* handle, const QList<ExternalCredit>& credits,
    const QStringList& reasons, const QString& actor, const QString& day, qint64 operation,
    const ProgressOptions& progress)
{
    if (int rc = registerBatchTable(handle); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("tp_batch"));
    // A 100,000-line file touches ~10 b-tree pages per line (three tables, their indexes, the maintained totals);
    // with SQLite's default 2 MB page cache the transaction spilled to the WAL over and over. A larger cache for
    // the batch, and the connection's own size back afterwards. (A PRAGMA, so SQLite's only: sent through QSql on
    // the server it was a syntax error that aborted the import's transaction there.)
    int cacheSize = -2000;
    {
        sqlite3_stmt* pragma = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA cache_size", -1, &pragma, nullptr) == SQLITE_OK
            && sqlite3_step(pragma) == SQLITE_ROW)
            cacheSize = sqlite3_column_int(pragma, 0);
        sqlite3_finalize(pragma);
    }
    const bool bigger = sqlite3_exec(handle, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr) == SQLITE_OK;
    const auto restoreCache = qScopeGuard([&] {
        if (bigger)
            sqlite3_exec(handle, QByteArray("PRAGMA cache_size = " + QByteArray::number(cacheSize)).constData(),
                nullptr, nullptr, nullptr);
    });
    SqliteStatement external;
    SqliteStatement registration;
    SqliteStatement lastIds;
    // The CHECK constraints of the two tables (year BETWEEN 1949 AND 2200, level IN (…), kind IN (…)) are set
    // aside for this batch: SQLite builds and clears a temporary b-tree for each IN list on every row, four per
    // line, even in one INSERT … SELECT (19 % of this import's instructions, callgrind, issue 16's sixth pass).
    // They cannot fail here: level and kind come only from the enums' stable names (ExternalLines::result), and
    // every line's year, credits and hours pass checkExternalCredit (NumberInput's bounds, the CHECKs' own) before it
    // is written. SQLite reads the setting when it prepares a statement, and changing it expires every prepared
    // statement: it is set before the prepares and put back (it is the connection's alone, not stored in the file)
    // on every way out, after the last statement has run.
    int checksIgnored = 0;
    {
        sqlite3_stmt* pragma = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA ignore_check_constraints", -1, &pragma, nullptr) == SQLITE_OK
            && sqlite3_step(pragma) == SQLITE_ROW)
            checksIgnored = sqlite3_column_int(pragma, 0);
        sqlite3_finalize(pragma);
    }
    if (int rc = sqlite3_exec(handle, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("PRAGMA ignore_check_constraints"));
    const auto restoreChecks = qScopeGuard([&] {
        if (!checksIgnored)
            sqlite3_exec(handle, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    });
    if (int rc = external.prepare(handle, kExternalBatchSql); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("INSERT INTO external_credit"));
    if (int rc = registration.prepare(handle, kRegistrationBatchSql); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("INSERT INTO credit_registration"));
    if (int rc = lastIds.prepare(handle, kLastIdSql); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("external_credit, credit_registration"));
    ExternalLines lines;
    // Bindings stay across sqlite3_reset: what every chunk shares is bound once.
    bindBatchRows(external.stmt, 1, &lines);
    bindBatchRows(registration.stmt, 1, &lines);
    registration.bindText(3, day);
    registration.bindText(4, actor);
    sqlite3_bind_int64(registration.stmt, 5, operation);
    const auto clearBindings = qScopeGuard([&] { // the statements keep no pointer to `lines` once it goes
        sqlite3_clear_bindings(external.stmt);
        sqlite3_clear_bindings(registration.stmt);
    });

    constexpr qsizetype kChunk = 500;
    QList<qint64> ids;
    ids.reserve(credits.size());
    for (qsizetype from = 0; from < credits.size(); from += kChunk) {
        if (!progress.step(from, credits.size()))
            return Cancelled::error(QString());
        const qsizetype to = std::min(credits.size(), from + kChunk);
        lines.clear();
        for (qsizetype i = from; i < to; ++i) {
            const ExternalCredit& c = credits.at(i);
            if (Status s = checkExternalCredit(c); !s)
                return lineError(s.error(), i);
            lines.add(c, c.category.trimmed(), i < reasons.size() ? reasons.at(i) : QString());
        }
        const qint64 n = to - from;
        if (sqlite3_step(lastIds.stmt) != SQLITE_ROW) {
            const int rc = sqlite3_reset(lastIds.stmt);
            return sqliteError(handle, rc, QStringLiteral("external_credit, credit_registration"));
        }
        const qint64 lastExternal = sqlite3_column_int64(lastIds.stmt, 0);
        const qint64 lastRegistration = sqlite3_column_int64(lastIds.stmt, 1);
        sqlite3_reset(lastIds.stmt);
        sqlite3_bind_int64(registration.stmt, 2, lastExternal + 1);

        const char* failed = "INSERT INTO external_credit";
        int rc = external.run();
        // The chunk's external rows must be lastExternal + 1 … + n (the registrations name them so): n rows, the
        // last of them n above. Anything else is refused rather than guessed.
        if (rc == SQLITE_DONE
            && (sqlite3_changes64(handle) != n || sqlite3_last_insert_rowid(handle) != lastExternal + n))
            return Error { QStringLiteral("addExternalCredits: external_credit ids not consecutive") };
        if (rc == SQLITE_DONE) {
            failed = "INSERT INTO credit_registration";
            rc = registration.run();
            if (rc == SQLITE_DONE
                && (sqlite3_changes64(handle) != n || sqlite3_last_insert_rowid(handle) != lastRegistration + n))
                return Error { QStringLiteral("addExternalCredits: credit_registration ids not consecutive") };
        }
        if (rc != SQLITE_DONE) {
            Error error = sqliteError(handle, rc, QString::fromLatin1(failed));
            if ((rc & 0xFF) == SQLITE_CONSTRAINT)
                if (auto line = findRefusedLine(handle, credits, from, to, reasons, actor, day, operation))
                    return *line;
            return error;
        }
        for (qint64 k = 1; k <= n; ++k)
            ids << lastRegistration + k;
    }
    return ids;
}

// The lines credits[from, to) one by one on the server (PostgreSQL, through QPSQL), each statement prepared once:
// used to find which line of a chunk the server refuses, so that the error names it.
Result<QList<qint64>> insertLinesThroughQtSql(const Database& db, const QList<ExternalCredit>& credits, qsizetype from,
    qsizetype to, const QStringList& reasons, const QString& actor, const QString& day, qint64 operation)
{
    auto external = prepared(db, QString::fromLatin1(kExternalSql));
    if (!external)
        return external.error();
    auto registration = prepared(db, QString::fromLatin1(kRegistrationSql));
    if (!registration)
        return registration.error();
    // A null QString would be bound as NULL; the text columns want '' for "nothing typed".
    const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    QList<qint64> ids;
    for (qsizetype i = from; i < to; ++i) {
        const ExternalCredit& c = credits.at(i);
        const QString level = trainingLevelName(c.level);
        const QString kind = trainingKindName(c.kind);
        const QString category = c.category.trimmed();
        QSqlQuery& x = *external;
        x.bindValue(0, c.teacherId);
        x.bindValue(1, c.year);
        x.bindValue(2, level);
        x.bindValue(3, kind);
        x.bindValue(4, c.credits);
        x.bindValue(5, c.hours);
        x.bindValue(6, text(c.title));
        x.bindValue(7, text(c.source));
        x.bindValue(8, text(category));
        if (!x.exec())
            return lineError(sqlError(x, QStringLiteral("INSERT INTO external_credit")), i);
        QSqlQuery& r = *registration;
        r.bindValue(0, c.teacherId);
        r.bindValue(1, x.lastInsertId().toLongLong());
        r.bindValue(2, c.year);
        r.bindValue(3, level);
        r.bindValue(4, kind);
        r.bindValue(5, c.credits);
        r.bindValue(6, c.hours);
        r.bindValue(7, text(i < reasons.size() ? reasons.at(i) : QString()));
        r.bindValue(8, day);
        r.bindValue(9, text(actor));
        r.bindValue(10, text(category));
        r.bindValue(11, operation);
        if (!r.exec())
            return lineError(sqlError(r, QStringLiteral("INSERT INTO credit_registration")), i);
        ids << r.lastInsertId().toLongLong();
    }
    return ids;
}

// PostgreSQL's array literal of texts: {"a","b\"c"} (every element quoted, its quotes and backslashes escaped).
QString textArray(const QStringList& values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        out += u'"';
        for (QChar ch : values.at(i)) {
            if (ch == u'"' || ch == u'\\')
                out += u'\\';
            out += ch;
        }
        out += u'"';
    }
    return out + u'}';
}
// … of numbers: {1,2.5} (doubles with all their digits).
template <typename T> QString numberArray(const QList<T>& values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (T v : values) {
        if constexpr (std::is_floating_point_v<T>)
            texts << QString::number(v, 'g', 17);
        else
            texts << QString::number(v);
    }
    return u'{' + texts.join(u',') + u'}';
}

// The ids of both tables for n lines, taken from their sequences ahead (the server's other clerks take theirs
// meanwhile: the ids need not be consecutive, only each line's own).
constexpr const char* kServerIdsSql
    = "SELECT nextval(pg_get_serial_sequence('external_credit', 'id')), "
      "nextval(pg_get_serial_sequence('credit_registration', 'id')) FROM generate_series(1, ?) AS g ORDER BY g";
constexpr const char* kServerExternalSql
    = "INSERT INTO external_credit (id, teacher_id, year, level, kind, credits, hours, title, source, category) "
      "SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS integer[]), CAST(? AS text[]), "
      "CAST(? AS text[]), CAST(? AS double precision[]), CAST(? AS double precision[]), CAST(? AS text[]), "
      "CAST(? AS text[]), CAST(? AS text[]))";
constexpr const char* kServerRegistrationSql
    = "INSERT INTO credit_registration (id, teacher_id, external_credit_id, year, level, kind, credits, hours, "
      "category, reason, registered_on, actor, operation_id) "
      "SELECT u.*, CAST(? AS text), CAST(? AS text), CAST(? AS bigint) FROM unnest(CAST(? AS bigint[]), "
      "CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS text[]), "
      "CAST(? AS double precision[]), CAST(? AS double precision[]), CAST(? AS text[]), CAST(? AS text[])) AS u";

// addExternalCredits on the server (PostgreSQL, through QPSQL): the lines checked as on SQLite, then written 500
// at a time — their ids taken from the two sequences, then one INSERT … SELECT FROM unnest(…) per table, the
// columns bound as arrays. A line at a time, each line was two round trips and two statements the server parsed
// and planned: 10,000 lines took 6.9 s on a local server (issue 16, sixth pass). Each chunk runs inside a savepoint:
// a chunk the server refuses (a foreign key) is rolled back to it and written again line by line, only to name the
// line; the caller rolls the transaction back.
Result<QList<qint64>> addThroughServer(const Database& db, const QList<ExternalCredit>& credits,
    const QStringList& reasons, const QString& actor, const QString& day, qint64 operation,
    const ProgressOptions& progress)
{
    auto idsQuery = prepared(db, QString::fromLatin1(kServerIdsSql));
    if (!idsQuery)
        return idsQuery.error();
    auto external = prepared(db, QString::fromLatin1(kServerExternalSql));
    if (!external)
        return external.error();
    auto registration = prepared(db, QString::fromLatin1(kServerRegistrationSql));
    if (!registration)
        return registration.error();
    const auto exec = [&](const char* sql) { return db.exec(QString::fromLatin1(sql)); };

    constexpr qsizetype kChunk = 500; // as on SQLite: progress and 取消 every 500 lines
    QList<qint64> ids;
    ids.reserve(credits.size());
    for (qsizetype from = 0; from < credits.size(); from += kChunk) {
        if (!progress.step(from, credits.size()))
            return Cancelled::error(QString());
        const qsizetype to = std::min(credits.size(), from + kChunk);
        QList<qint64> teachers;
        QList<int> years;
        QStringList levels, kinds, titles, sources, categories, lineReasons;
        QList<double> amounts, hours;
        for (qsizetype i = from; i < to; ++i) {
            const ExternalCredit& c = credits.at(i);
            if (Status s = checkExternalCredit(c); !s)
                return lineError(s.error(), i);
            teachers << c.teacherId;
            years << c.year;
            levels << trainingLevelName(c.level);
            kinds << trainingKindName(c.kind);
            amounts << c.credits;
            hours << c.hours;
            titles << c.title;
            sources << c.source;
            categories << c.category.trimmed();
            lineReasons << (i < reasons.size() ? reasons.at(i) : QString());
        }
        QSqlQuery& q = *idsQuery;
        q.bindValue(0, qint64(to - from));
        if (!q.exec())
            return sqlError(q, QStringLiteral("nextval"));
        QList<qint64> externalIds, registrationIds;
        while (q.next()) {
            externalIds << q.value(0).toLongLong();
            registrationIds << q.value(1).toLongLong();
        }
        if (externalIds.size() != to - from)
            return Error {
                QStringLiteral("addExternalCredits: %1 ids for %2 lines").arg(externalIds.size()).arg(to - from)
            };

        if (auto r = exec("SAVEPOINT tp_batch"); !r)
            return r.error();
        QSqlQuery& x = *external;
        const QVariantList externalValues { numberArray(externalIds), numberArray(teachers), numberArray(years),
            textArray(levels), textArray(kinds), numberArray(amounts), numberArray(hours), textArray(titles),
            textArray(sources), textArray(categories) };
        for (int k = 0; k < externalValues.size(); ++k)
            x.bindValue(k, externalValues.at(k));
        bool done = x.exec();
        Error failure = done ? Error {} : sqlError(x, QStringLiteral("INSERT INTO external_credit"));
        if (done) {
            QSqlQuery& r = *registration;
            const QVariantList registrationValues { day, actor.isNull() ? QStringLiteral("") : actor, operation,
                numberArray(registrationIds), numberArray(teachers), numberArray(externalIds), numberArray(years),
                textArray(levels), textArray(kinds), numberArray(amounts), numberArray(hours), textArray(categories),
                textArray(lineReasons) };
            for (int k = 0; k < registrationValues.size(); ++k)
                r.bindValue(k, registrationValues.at(k));
            done = r.exec();
            if (!done)
                failure = sqlError(r, QStringLiteral("INSERT INTO credit_registration"));
        }
        if (!done) {
            // The transaction is usable again once rolled back to the savepoint; the line is found inside it.
            if (auto r = exec("ROLLBACK TO SAVEPOINT tp_batch"); !r)
                return failure;
            auto line = insertLinesThroughQtSql(db, credits, from, to, reasons, actor, day, operation);
            (void)exec("ROLLBACK TO SAVEPOINT tp_batch");
            return line ? failure : line.error();
        }
        if (auto r = exec("RELEASE SAVEPOINT tp_batch"); !r)
            return r.error();
        ids << registrationIds;
    }
    return ids;
}
} // namespace

Status checkExternalCredit(const ExternalCredit& c)
{
    // inf or 1e308 credits showed as "inf/20 学分 已达标" and could not be reversed (NOT NULL): the bounds are the
    // importers' and the command line's (NumberInput), the schema's CHECKs on the year the same.
    if (Status s = NumberInput::check(c.credits, NumberField::Credits); !s)
        return s;
    if (Status s = NumberInput::check(c.hours, NumberField::Hours); !s)
        return s;
    if (Status s = NumberInput::check(c.year, NumberField::Year); !s)
        return s;
    if (c.credits == 0 && c.hours == 0)
        return Error { Text::tr("外部学分需要正的学分或学时") };
    if (int(c.level) < 0 || int(c.level) >= kTrainingLevelCount || int(c.kind) < 0 || int(c.kind) >= kTrainingKindCount)
        return Error { QStringLiteral("addExternalCredits: no such level or kind") };
    return Ok {};
}

Result<QList<qint64>> addExternalCredits(Database& db, const QList<ExternalCredit>& credits, const QStringList& reasons,
    QDate on, const ProgressOptions& progress)
{
    if (db.transactionDepth() <= 0)
        return Error { QStringLiteral("addExternalCredits needs a transaction") };
    auto operation = currentAuditOperation(db, QStringLiteral("credit_registration external"));
    if (!operation)
        return operation.error();

    const QString actor = db.actor();
    const QString day = (on.isValid() ? on : QDate::currentDate()).toString(Qt::ISODate);
    // SQLite through its C API (the hot loop of a 100,000-line file); the server through QSql.
    sqlite3* handle = sqliteHandle(db);
    auto written = handle ? addThroughSqlite(handle, credits, reasons, actor, day, operation.value(), progress)
                          : addThroughServer(db, credits, reasons, actor, day, operation.value(), progress);
    if (!written)
        return written.error();
    const QList<qint64>& ids = written.value();
    // One audit row for the whole batch (issue 16: a row per line was half the file): how many, which
    // registrations, under the operation every registration points at (who, when, and — its label — which file).
    if (!ids.isEmpty()) {
        double total = 0;
        for (const ExternalCredit& c : credits)
            total += c.credits;
        if (Status s = writeAudit(db, QStringLiteral("credit_registration"), ids.first(),
                QStringLiteral("external import"), QString(), QString(),
                Text::tr("%1 条外部学分，共 %2 学分（登记 %3–%4）")
                    .arg(ids.size())
                    .arg(total)
                    .arg(ids.first())
                    .arg(ids.last()));
            !s)
            return s.error();
    }
    return ids;
}

} // namespace tp
