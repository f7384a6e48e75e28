#include "Migrations.h"

#include <algorithm>

#include "Database.h"
#include "Enrollment.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

static void initStorageResources()
{
    Q_INIT_RESOURCE(storage);
}

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::Migrations)
};

// Foreign keys off while the migrations run (a table rebuild drops the old table: with foreign keys on, that
// drop would run the ON DELETE actions of every child row), on again afterwards whatever happens. Each
// migration checks the keys itself (PRAGMA foreign_key_check) before it commits.
// (PostgreSQL changes tables in place: nothing to turn off there.)
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db)
    {
        m_ok = m_db.isServer() || m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
    }
    ~ForeignKeysOff()
    {
        if (!m_db.isServer())
            (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    bool ok() const { return m_ok; }

private:
    Database& m_db;
    bool m_ok = false;
};

using Migration = MigrationScript;

QList<Migration> migrations(bool server)
{
    initStorageResources();
    QList<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    const QString folder = server ? QStringLiteral(":/sql/pg/") : QStringLiteral(":/sql/");
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const auto m = pattern.match(f);
        if (m.hasMatch())
            list << Migration { m.captured(1).toInt(), folder + f };
    }
    return list;
}

Status setSchemaVersion(Database& db, int version)
{
    auto r = db.isServer() ? db.exec(QStringLiteral("UPDATE tp_schema SET version = %1 WHERE id = 1").arg(version))
                           : db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (!r)
        return r.error();
    return success();
}
// What a migration's SQL cannot do itself: a rule that lives in core, applied to the rows already there. Runs in
// the migration's transaction, after its script.
Status completeMigration(Database& db, int version)
{
    if (version != 13)
        return success();
    // 013: project.headcount_seats is the seats the 参培人数 gives by core's rule (headcountSeats), which reads
    // Chinese text SQL cannot read the same way.
    auto q = db.exec(QStringLiteral("SELECT id, headcount_text FROM project"));
    if (!q)
        return q.error();
    QList<std::pair<qint64, int>> seats;
    while (q->next())
        if (const int n = headcountSeats(q->value(1).toString()); n > 0)
            seats << std::pair { q->value(0).toLongLong(), n };
    for (const auto& [id, n] : std::as_const(seats))
        if (auto r = db.exec(QStringLiteral("UPDATE project SET headcount_seats = :seats WHERE id = :id"),
                { { "seats", n }, { "id", id } });
            !r)
            return r.error();
    return success();
}
} // namespace

QList<MigrationScript> migrationScripts(bool server)
{
    return migrations(server);
}

int latestSchemaVersion()
{
    const auto list = migrations(false);
    return list.isEmpty() ? 0 : list.last().version;
}

QStringList splitSqlStatements(const QString& script, bool server)
{
    // A scanner rather than lines: a ';' ends a statement only outside quotes ('…', "…", PostgreSQL's $$…$$ and
    // $tag$…$tag$), outside comments (-- to the end of the line, /* … */) and, in SQLite's CREATE TRIGGER, after the
    // END that closes its BEGIN (a CASE … END inside counts too). A line "DROP INDEX a; -- why" and the statement
    // after it once went to the driver as one text, which it refuses ("Unable to execute multiple statements at a
    // time"): a migration written that way could not be applied.
    QStringList statements;
    QString current;
    bool trigger = false; // the statement is a SQLite CREATE TRIGGER
    bool begun = false; // its BEGIN has been seen
    int depth = 0; // BEGIN/CASE … END nesting inside it
    bool begunText = false; // the statement has more than spaces (comments before it are dropped)
    const qsizetype n = script.size();
    const auto wordAt = [&](qsizetype i, QLatin1StringView word) {
        const qsizetype len = word.size();
        if (i + len > n || (i > 0 && (script.at(i - 1).isLetterOrNumber() || script.at(i - 1) == u'_')))
            return false;
        if (i + len < n && (script.at(i + len).isLetterOrNumber() || script.at(i + len) == u'_'))
            return false;
        return QStringView(script).mid(i, len).compare(word, Qt::CaseInsensitive) == 0;
    };
    const auto finish = [&] {
        const QString text = current.trimmed();
        if (!text.isEmpty())
            statements << text;
        current.clear();
        begunText = false;
        trigger = begun = false;
        depth = 0;
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        const bool atStart = !begunText; // nothing but spaces so far in this statement
        // Comments: dropped before a statement, kept inside one.
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            qsizetype end = script.indexOf(u'\n', i);
            end = end < 0 ? n : end;
            if (!atStart)
                current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            end = end < 0 ? n : end + 2;
            if (!atStart)
                current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        // Quoted text and identifiers ('it''s': the doubled quote is inside).
        if (c == u'\'' || c == u'"') {
            qsizetype end = i + 1;
            while (end < n) {
                if (script.at(end) == c) {
                    if (end + 1 < n && script.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            end = std::min(end + 1, n);
            current += QStringView(script).mid(i, end - i);
            begunText = true;
            i = end;
            continue;
        }
        // PostgreSQL's dollar quotes: $$ … $$ or $tag$ … $tag$.
        if (server && c == u'$' && (i == 0 || !script.at(i - 1).isLetterOrNumber())) {
            qsizetype close = i + 1;
            while (close < n && (script.at(close).isLetter() || script.at(close) == u'_'))
                ++close;
            if (close < n && script.at(close) == u'$') {
                const QString tag = script.mid(i, close - i + 1);
                qsizetype end = script.indexOf(tag, close + 1);
                end = end < 0 ? n : end + tag.size();
                current += QStringView(script).mid(i, end - i);
                begunText = true;
                i = end;
                continue;
            }
        }
        if (!server) {
            if (atStart && wordAt(i, QLatin1StringView("CREATE"))) {
                qsizetype j = i + 6;
                while (j < n && script.at(j).isSpace())
                    ++j;
                trigger = wordAt(j, QLatin1StringView("TRIGGER"));
            } else if (trigger && (wordAt(i, QLatin1StringView("BEGIN")) || wordAt(i, QLatin1StringView("CASE")))) {
                begun = true;
                ++depth;
            } else if (trigger && wordAt(i, QLatin1StringView("END"))) {
                --depth;
            }
        }
        current += c;
        begunText = begunText || !c.isSpace();
        ++i;
        if (c == u';' && (!trigger || (begun && depth <= 0)))
            finish();
    }
    finish();
    return statements;
}

Status migrate(Database& db, int targetVersion)
{
    const QList<Migration> list = migrations(db.isServer());
    const int latest = list.isEmpty() ? 0 : list.last().version;
    const int target = targetVersion < 0 ? latest : targetVersion;
    const int current = db.schemaVersion();
    if (current < 0)
        return Error { Text::tr("无法读取数据库 %1 的版本").arg(db.path()) };
    if (current > latest)
        return Error { Text::tr("数据库 %1 的版本（%2）比本程序支持的（%3）新，请升级 TrainPlan")
                           .arg(db.path())
                           .arg(current)
                           .arg(latest) };

    if (current >= target)
        return success();
    ForeignKeysOff keysOff(db);
    if (!keysOff.ok())
        return Error { Text::tr("无法升级数据库 %1：不能暂停外键检查").arg(db.path()) };
    for (const Migration& m : list) {
        if (m.version <= current || m.version > target)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Text::tr("缺少数据库升级脚本 %1").arg(m.path) };
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        if (db.isServer()) {
            // Two clients upgrading the same server at once: the second waits, then finds the work done.
            if (auto lock = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1414548558)")); !lock)
                return lock.error();
            if (db.schemaVersion() >= m.version)
                continue;
        }
        for (const QString& statement : splitSqlStatements(script, db.isServer())) {
            auto r = db.exec(statement);
            if (!r) {
                Error e = r.error();
                e.file = m.path;
                return e;
            }
        }
        if (Status s = completeMigration(db, m.version); !s) {
            Error e = s.error();
            e.file = m.path;
            return e;
        }
        auto keys = db.isServer() ? db.exec(QStringLiteral("SELECT 1 WHERE false")) // checked as it goes
                                  : db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!keys)
            return keys.error();
        if (keys->next())
            return Error { Text::tr("数据库升级到第 %1 版后，表 %2 的第 %3 行引用了不存在的 %4；未升级")
                               .arg(m.version)
                               .arg(keys->value(0).toString(), keys->value(1).toString(), keys->value(2).toString()) };
        if (Status v = setSchemaVersion(db, m.version); !v)
            return v;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return success();
}

} // namespace tp
