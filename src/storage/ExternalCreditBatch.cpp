#include "ExternalCreditBatch.h"

#include "AuditLog.h"
#include "Database.h"
#include "InputSanitizer.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>

#include <array>

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

// addExternalCredits on SQLite: the same two INSERTs through the C API — no QVariant per bound value, the
// constant values (day, actor, operation) bound once, level and kind as UTF-8 made once. Same checks, same rows.
Result<QList<qint64>> addThroughSqlite(sqlite3* handle, const QList<ExternalCredit>& credits,
    const QStringList& reasons, const QString& actor, const QString& day, qint64 operation,
    const ProgressOptions& progress)
{
    // The CHECK constraints of the two tables (year BETWEEN 1949 AND 2200, level IN (…), kind IN (…)) are set
    // aside for these two INSERTs: SQLite builds a temporary b-tree for each IN list on every execution of a
    // re-used statement — four per line, a quarter of the import's time (perf, issue 16). They cannot fail here:
    // level and kind are bound only from the enums' stable names (below), and every line's year, credits and hours pass
    // NumberInput::check (the same bounds) before it is inserted. The connection's setting is put back on every
    // way out; it is the connection's alone and not stored in the file. SQLite reads the setting when it prepares a
    // statement, so it is set first.
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
    SqliteStatement external;
    SqliteStatement registration;
    if (int rc = external.prepare(handle, kExternalSql); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("INSERT INTO external_credit"));
    if (int rc = registration.prepare(handle, kRegistrationSql); rc != SQLITE_OK)
        return sqliteError(handle, rc, QStringLiteral("INSERT INTO credit_registration"));
    static const auto levels = names<TrainingLevel, kTrainingLevelCount>(trainingLevelName);
    static const auto kinds = names<TrainingKind, kTrainingKindCount>(trainingKindName);
    sqlite3_stmt* x = external.stmt;
    sqlite3_stmt* r = registration.stmt;
    // Bindings stay across sqlite3_reset: what every line shares is bound once.
    registration.bindText(9, day);
    registration.bindText(10, actor);
    sqlite3_bind_int64(r, 12, operation);

    QList<qint64> ids;
    ids.reserve(credits.size());
    for (qsizetype i = 0; i < credits.size(); ++i) {
        if (i % 500 == 0 && !progress.step(i, credits.size()))
            return Cancelled::error(QString());
        const ExternalCredit& c = credits.at(i);
        // The bounds of LedgerRepository::addExternalCredit, line by line.
        if (Status s = NumberInput::check(c.credits, NumberField::Credits); !s)
            return lineError(s.error(), i);
        if (Status s = NumberInput::check(c.hours, NumberField::Hours); !s)
            return lineError(s.error(), i);
        if (Status s = NumberInput::check(c.year, NumberField::Year); !s)
            return lineError(s.error(), i);
        if (c.credits == 0 && c.hours == 0)
            return lineError(Error { Text::tr("外部学分需要正的学分或学时") }, i);
        if (size_t(c.level) >= levels.size() || size_t(c.kind) >= kinds.size())
            return lineError(Error { QStringLiteral("addExternalCredits: no such level or kind") }, i);
        const QByteArray& level = levels[size_t(c.level)];
        const QByteArray& kind = kinds[size_t(c.kind)];
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
        const qint64 externalId = sqlite3_last_insert_rowid(handle);

        sqlite3_bind_int64(r, 1, c.teacherId);
        sqlite3_bind_int64(r, 2, externalId);
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
    // Clear the bindings: nothing of this batch is kept by the statements (they are finalized next).
    sqlite3_clear_bindings(x);
    sqlite3_clear_bindings(r);
    return ids;
}

// addExternalCredits on the server (PostgreSQL, through QPSQL): the same rows with QSqlQuery, prepared once.
Result<QList<qint64>> addThroughQtSql(const Database& db, const QList<ExternalCredit>& credits,
    const QStringList& reasons, const QString& actor, const QString& day, qint64 operation,
    const ProgressOptions& progress)
{
    auto external = prepared(db, QString::fromLatin1(kExternalSql));
    if (!external)
        return external.error();
    auto registration = prepared(db, QString::fromLatin1(kRegistrationSql));
    if (!registration)
        return registration.error();
    QList<qint64> ids;
    ids.reserve(credits.size());
    for (qsizetype i = 0; i < credits.size(); ++i) {
        if (i % 500 == 0 && !progress.step(i, credits.size()))
            return Cancelled::error(QString());
        const ExternalCredit& c = credits.at(i);
        // The bounds of LedgerRepository::addExternalCredit, line by line.
        if (Status s = NumberInput::check(c.credits, NumberField::Credits); !s)
            return lineError(s.error(), i);
        if (Status s = NumberInput::check(c.hours, NumberField::Hours); !s)
            return lineError(s.error(), i);
        if (Status s = NumberInput::check(c.year, NumberField::Year); !s)
            return lineError(s.error(), i);
        if (c.credits == 0 && c.hours == 0)
            return lineError(Error { Text::tr("外部学分需要正的学分或学时") }, i);
        const QString level = trainingLevelName(c.level);
        const QString kind = trainingKindName(c.kind);
        const QString category = c.category.trimmed();
        // A null QString would be bound as NULL; the text columns want '' for "nothing typed".
        const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };

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
        const qint64 externalId = x.lastInsertId().toLongLong();

        const QString reason = i < reasons.size() ? reasons.at(i) : QString();
        QSqlQuery& r = *registration;
        r.bindValue(0, c.teacherId);
        r.bindValue(1, externalId);
        r.bindValue(2, c.year);
        r.bindValue(3, level);
        r.bindValue(4, kind);
        r.bindValue(5, c.credits);
        r.bindValue(6, c.hours);
        r.bindValue(7, text(reason));
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
} // namespace

Result<QList<qint64>> addExternalCredits(Database& db, const QList<ExternalCredit>& credits, const QStringList& reasons,
    QDate on, const ProgressOptions& progress)
{
    if (db.transactionDepth() <= 0)
        return Error { QStringLiteral("addExternalCredits needs a transaction") };
    // A 100,000-line file touches ~10 b-tree pages per line (three tables, their indexes, the maintained totals);
    // with SQLite's default 2 MB page cache the transaction spilled to the WAL over and over. A larger cache for
    // the batch, and the connection's own size back afterwards.
    int cacheSize = -2000;
    if (auto c = db.exec(QStringLiteral("PRAGMA cache_size")); c && c->next())
        cacheSize = c->value(0).toInt();
    const bool bigger = bool(db.exec(QStringLiteral("PRAGMA cache_size = -131072")));
    const auto restore = qScopeGuard([&] {
        if (bigger)
            (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    auto operation = currentAuditOperation(db, QStringLiteral("credit_registration external"));
    if (!operation)
        return operation.error();

    const QString actor = db.actor();
    const QString day = (on.isValid() ? on : QDate::currentDate()).toString(Qt::ISODate);
    // SQLite through its C API (the hot loop of a 100,000-line file); the server through QSql.
    sqlite3* handle = sqliteHandle(db);
    auto written = handle ? addThroughSqlite(handle, credits, reasons, actor, day, operation.value(), progress)
                          : addThroughQtSql(db, credits, reasons, actor, day, operation.value(), progress);
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
