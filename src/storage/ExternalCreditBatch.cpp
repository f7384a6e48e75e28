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
} // namespace

Result<QList<qint64>> addExternalCredits(
    Database& db, const QList<ExternalCredit>& credits, const QStringList& reasons, QDate on)
{
    if (db.transactionDepth() <= 0)
        return Error { QStringLiteral("addExternalCredits needs a transaction") };
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
    QList<qint64> ids;
    ids.reserve(credits.size());
    for (qsizetype i = 0; i < credits.size(); ++i) {
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
