#include "ServerTrailView.h"

#include "AuditFilterBar.h"
#include "AuditQuery.h"
#include "Messages.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {

// The trail's words for people: its actions.
QString actionLabel(const QString& action)
{
    if (action == QLatin1String("INSERT"))
        return ServerTrailView::tr("新增");
    if (action == QLatin1String("UPDATE"))
        return ServerTrailView::tr("修改");
    if (action == QLatin1String("DELETE"))
        return ServerTrailView::tr("删除");
    return action;
}

} // namespace

ServerTrailView::ServerTrailView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("serverTrailView"));
    auto* layout = new QVBoxLayout(this);
    auto logins = serverTrailLogins(db);
    m_filters = new AuditFilterBar(tr("登录名："), logins ? *logins : QStringList(), QStringLiteral("trail"), this);
    layout->addWidget(m_filters);
    auto* note = new QLabel(
        tr("服务器自己记录的每一处改动（不论用 TrainPlan 还是其他程序所改），登录名是改动时连接服务器所用的账号。"),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table = AuditFilterBar::makeTable(
        { tr("时间"), tr("登录名"), tr("表"), tr("操作"), tr("字段"), tr("原值"), tr("新值") },
        QStringLiteral("trailTable"), this);
    layout->addWidget(m_table, 1);
    connect(m_filters, &AuditFilterBar::changed, this, &ServerTrailView::refresh);
    refresh();
}

QComboBox* ServerTrailView::loginFilter() const
{
    return m_filters->personFilter();
}

QCheckBox* ServerTrailView::sinceCheck() const
{
    return m_filters->sinceCheck();
}

QDateEdit* ServerTrailView::sinceEdit() const
{
    return m_filters->sinceEdit();
}

QCheckBox* ServerTrailView::untilCheck() const
{
    return m_filters->untilCheck();
}

QDateEdit* ServerTrailView::untilEdit() const
{
    return m_filters->untilEdit();
}

void ServerTrailView::refresh()
{
    ServerTrailFilter f;
    f.login = m_filters->person();
    f.since = m_filters->since();
    f.until = m_filters->until();
    f.limit = 5000;
    auto entries = readServerTrail(m_db, f);
    if (!entries) {
        Messages::error(this, tr("服务器审计轨迹"), entries.error());
        return;
    }
    QList<QStringList> rows;
    rows.reserve(entries->size());
    for (const ServerTrailEntry& e : std::as_const(*entries))
        rows << QStringList { QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).left(19), e.login,
            tr("%1 %2").arg(e.table).arg(e.rowId), actionLabel(e.action), e.field, e.oldValue, e.newValue };
    AuditFilterBar::showRows(m_table, rows, 4);
}

} // namespace tp
