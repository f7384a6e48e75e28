#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

static void initStorageResources()
{
    Q_INIT_RESOURCE(storage);
}

namespace tp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("tp::Migrations", text);
}

// Foreign keys off while the migrations run (a table rebuild drops the old table: with foreign keys on, that
// drop would run the ON DELETE actions of every child row), on again afterwards whatever happens. Each
// migration checks the keys itself (PRAGMA foreign_key_check) before it commits.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db)
    {
        m_ok = m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
    }
    ~ForeignKeysOff() { (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    bool ok() const { return m_ok; }

private:
    Database& m_db;
    bool m_ok = false;
};

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations()
{
    initStorageResources();
    QList<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const auto m = pattern.match(f);
        if (m.hasMatch())
            list << Migration { m.captured(1).toInt(), QStringLiteral(":/sql/") + f };
    }
    return list;
}
} // namespace

int latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

QStringList splitSqlStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")))
            continue;
        if (current.isEmpty() && line.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += raw + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status migrate(Database& db, int targetVersion)
{
    const QList<Migration> list = migrations();
    const int latest = list.isEmpty() ? 0 : list.last().version;
    const int target = targetVersion < 0 ? latest : targetVersion;
    const int current = db.schemaVersion();
    if (current < 0)
        return Error { tr("无法读取数据库 %1 的版本").arg(db.path()) };
    if (current > latest)
        return Error {
            tr("数据库 %1 的版本（%2）比本程序支持的（%3）新，请升级 TrainPlan").arg(db.path()).arg(current).arg(latest)
        };

    if (current >= target)
        return success();
    ForeignKeysOff keysOff(db);
    if (!keysOff.ok())
        return Error { tr("无法升级数据库 %1：不能暂停外键检查").arg(db.path()) };
    for (const Migration& m : list) {
        if (m.version <= current || m.version > target)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { tr("缺少数据库升级脚本 %1").arg(m.path) };
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        for (const QString& statement : splitSqlStatements(script)) {
            auto r = db.exec(statement);
            if (!r) {
                Error e = r.error();
                e.file = m.path;
                return e;
            }
        }
        auto keys = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!keys)
            return keys.error();
        if (keys->next())
            return Error { tr("数据库升级到第 %1 版后，表 %2 的第 %3 行引用了不存在的 %4；未升级")
                               .arg(m.version)
                               .arg(keys->value(0).toString(), keys->value(1).toString(), keys->value(2).toString()) };
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
            return r.error();
        if (Status s = tx.commit(); !s)
            return s;
    }
    return success();
}

} // namespace tp
