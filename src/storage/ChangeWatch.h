#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace tp {

class Database;

// Tells when somebody else — another TrainPlan, the CLI, psql — committed a change to the database, so an open
// window shows it without a restart (issue 13). On PostgreSQL the server notifies (LISTEN "trainplan": a trigger of
// migration 010 sends the changed table's name, delivered when that transaction commits); this connection's own
// changes are not reported. On an SQLite file there is nobody to notify: PRAGMA data_version (which moves only with
// other connections' commits) is read every `pollMs`. Lives in the thread of the database's connection.
class ChangeWatch : public QObject {
    Q_OBJECT

public:
    explicit ChangeWatch(Database& db, int pollMs = 2000, QObject* parent = nullptr);
    ~ChangeWatch() override;

    // True when the server's notifications are listened to (PostgreSQL); false on a file (polling).
    bool notified() const { return m_notified; }

Q_SIGNALS:
    // Others committed changes to `tables` (the tables' names; empty when unknown — a file says only that
    // something changed).
    void changed(const QStringList& tables);

private:
    void poll();

    Database& m_db;
    QTimer m_poll;
    qint64 m_version = -1;
    bool m_notified = false;
    QPointer<QSqlDriver> m_driver; // the server connection's, while it is open
};

} // namespace tp
