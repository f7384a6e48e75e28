#include "ExternalCreditBatch.h"

#include "AuditLog.h"
#include "Database.h"
#include "InputSanitizer.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>

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

// The per-row triggers that keep the maintained totals (schema 006). A batch sets them aside inside its
// transaction and adds its rows to the totals with one grouped upsert per table instead (issue 16: two upserts per
// line were a third of the import); the triggers' own text is read back from the schema and recreated before the
// batch returns, so single registrations keep them and a rollback restores them anyway.
const QStringList& totalsTriggers()
{
    static const QStringList names { QStringLiteral("credit_registration_totals_insert"),
        QStringLiteral("credit_registration_category_insert") };
    return names;
}

class TotalsTriggersSetAside {
public:
    explicit TotalsTriggersSetAside(Database& db)
        : m_db(db)
    {
    }
    TotalsTriggersSetAside(const TotalsTriggersSetAside&) = delete;
    TotalsTriggersSetAside& operator=(const TotalsTriggersSetAside&) = delete;

    Status setAside()
    {
        if (m_db.backend() != DatabaseBackend::SQLite)
            return success(); // the server's totals stay with its trigger functions
        for (const QString& name : totalsTriggers()) {
            auto q = m_db.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
                { { "name", name } });
            if (!q)
                return q.error();
            if (!q->next())
                return Error { QStringLiteral("trigger %1 is missing").arg(name) };
            const QString sql = q->value(0).toString();
            q->finish();
            if (auto d = m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(name)); !d)
                return d.error();
            m_saved << sql;
        }
        return success();
    }

    // The rows with ids first..last (this batch's) added to the totals, then the triggers back. The same
    // arithmetic as the triggers: the cycle of a year from ledger_cycle, amounts added to what is there.
    Status restore(qint64 first, qint64 last)
    {
        if (m_saved.isEmpty())
            return success();
        Status result = success();
        if (first > 0 && last >= first) {
            const QString cycle = QStringLiteral(
                "c.first_year + c.years * ((r.year - c.first_year + c.years * 1000) / c.years - 1000)");
            // WHERE before GROUP BY and ON CONFLICT: SQLite's upsert needs the SELECT to have a WHERE clause.
            for (const QString& sql :
                { QStringLiteral(
                      "INSERT INTO credit_total (cycle_start, teacher_id, level, kind, credits, hours) "
                      "SELECT %1, r.teacher_id, r.level, r.kind, SUM(r.credits), SUM(r.hours) "
                      "FROM credit_registration r, ledger_cycle c WHERE c.id = 1 AND r.id BETWEEN :first AND :last "
                      "GROUP BY 1, 2, 3, 4 "
                      "ON CONFLICT (cycle_start, teacher_id, level, kind) DO UPDATE SET "
                      "credits = credits + excluded.credits, hours = hours + excluded.hours")
                        .arg(cycle),
                    QStringLiteral("INSERT INTO credit_year_total (teacher_id, year, level, kind, credits, hours) "
                                   "SELECT teacher_id, year, level, kind, SUM(credits), SUM(hours) "
                                   "FROM credit_registration WHERE id BETWEEN :first AND :last GROUP BY 1, 2, 3, 4 "
                                   "ON CONFLICT (teacher_id, year, level, kind) DO UPDATE SET "
                                   "credits = credits + excluded.credits, hours = hours + excluded.hours"),
                    QStringLiteral("INSERT INTO credit_category_year_total (teacher_id, year, category, credits, "
                                   "hours) SELECT teacher_id, year, category, SUM(credits), SUM(hours) "
                                   "FROM credit_registration WHERE id BETWEEN :first AND :last AND category <> '' "
                                   "GROUP BY 1, 2, 3 "
                                   "ON CONFLICT (teacher_id, year, category) DO UPDATE SET "
                                   "credits = credits + excluded.credits, hours = hours + excluded.hours") }) {
                if (auto q = m_db.exec(sql, { { "first", first }, { "last", last } }); !q && result) {
                    result = q.error();
                    break;
                }
            }
        }
        for (const QString& sql : std::as_const(m_saved)) {
            if (auto q = m_db.exec(sql); !q && result)
                result = q.error();
        }
        m_saved.clear();
        return result;
    }

private:
    Database& m_db;
    QStringList m_saved;
};
} // namespace

Result<QList<qint64>> addExternalCredits(Database& db, const QList<ExternalCredit>& credits, const QStringList& reasons,
    QDate on, const ProgressOptions& progress)
{
    if (db.transactionDepth() <= 0)
        return Error { QStringLiteral("addExternalCredits needs a transaction") };
    // Before the statements are prepared: a schema change would make SQLite prepare them again.
    TotalsTriggersSetAside triggers(db);
    if (Status s = triggers.setAside(); !s)
        return s.error();
    QList<qint64> ids;
    // Whatever way this returns, the lines inserted so far are in the totals and the triggers are back.
    bool restored = false;
    auto restoreTriggers = qScopeGuard([&] {
        if (!restored)
            (void)triggers.restore(ids.isEmpty() ? 0 : ids.first(), ids.isEmpty() ? 0 : ids.last());
    });
    auto external = prepared(db,
        QStringLiteral("INSERT INTO external_credit (teacher_id, year, level, kind, credits, hours, title, source, "
                       "category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!external)
        return external.error();
    auto registration = prepared(db,
        QStringLiteral("INSERT INTO credit_registration (teacher_id, external_credit_id, year, level, kind, credits, "
                       "hours, reason, registered_on, actor, category, operation_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!registration)
        return registration.error();
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
        r.bindValue(11, operation.value());
        if (!r.exec())
            return lineError(sqlError(r, QStringLiteral("INSERT INTO credit_registration")), i);
        ids << r.lastInsertId().toLongLong();
    }
    restored = true;
    if (Status s = triggers.restore(ids.isEmpty() ? 0 : ids.first(), ids.isEmpty() ? 0 : ids.last()); !s)
        return s.error();
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
