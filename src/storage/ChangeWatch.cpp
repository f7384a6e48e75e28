#include "ChangeWatch.h"

#include "Database.h"

namespace tp {

namespace {
const QString kChannel = QStringLiteral("trainplan");
}

ChangeWatch::ChangeWatch(Database& db, int pollMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.isServer()) {
        m_driver = m_db.connection().driver();
        m_notified = m_driver && m_driver->subscribeToNotification(kChannel);
        if (m_notified) {
            connect(m_driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    if (name == kChannel && source != QSqlDriver::SelfSource)
                        Q_EMIT changed({ payload.toString() });
                });
            return;
        }
    }
    // A file (or a server that would not listen): what changed is noticed by polling.
    m_version = m_db.dataVersion();
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatch::poll);
    m_poll.start();
}

ChangeWatch::~ChangeWatch()
{
    if (m_notified && m_driver)
        m_driver->unsubscribeFromNotification(kChannel);
}

void ChangeWatch::poll()
{
    const qint64 version = m_db.dataVersion();
    if (version < 0 || version == m_version)
        return;
    m_version = version;
    Q_EMIT changed({});
}

} // namespace tp
