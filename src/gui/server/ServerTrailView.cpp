#include "ServerTrailView.h"

#include "AuditQuery.h"
#include "Messages.h"
#include "TypedDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
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
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("登录名："), this));
    m_login = new QComboBox(this);
    m_login->setObjectName(QStringLiteral("trailLoginFilter"));
    m_login->addItem(tr("全部"), QString());
    if (auto logins = serverTrailLogins(db))
        for (const QString& l : *logins)
            m_login->addItem(l, l);
    filters->addWidget(m_login);
    const auto dateEdit = [this](QDate date, const QString& name) {
        auto* edit = new TypedDateEdit(date, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        return edit;
    };
    m_useSince = new QCheckBox(tr("起始日期："), this);
    m_since = dateEdit(QDate::currentDate().addMonths(-1), QStringLiteral("trailSince"));
    m_useUntil = new QCheckBox(tr("截止日期："), this);
    m_until = dateEdit(QDate::currentDate(), QStringLiteral("trailUntil"));
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_useUntil);
    filters->addWidget(m_until);
    filters->addStretch(1);
    layout->addLayout(filters);
    auto* note = new QLabel(
        tr("服务器自己记录的每一处改动（不论用 TrainPlan 还是其他程序所改），登录名是改动时连接服务器所用的账号。"),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("trailTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        { tr("时间"), tr("登录名"), tr("表"), tr("操作"), tr("字段"), tr("原值"), tr("新值") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    connect(m_login, &QComboBox::currentIndexChanged, this, &ServerTrailView::refresh);
    for (auto [check, edit] : { std::pair { m_useSince, m_since }, std::pair { m_useUntil, m_until } }) {
        connect(check, &QCheckBox::toggled, this, [this, edit](bool on) {
            edit->setEnabled(on);
            refresh();
        });
        connect(edit, &QDateEdit::dateChanged, this, &ServerTrailView::refresh);
    }
    refresh();
}

void ServerTrailView::refresh()
{
    ServerTrailFilter f;
    f.login = m_login->currentData().toString();
    if (m_useSince->isChecked())
        f.since = m_since->date();
    if (m_useUntil->isChecked())
        f.until = m_until->date();
    f.limit = 5000;
    auto entries = readServerTrail(m_db, f);
    if (!entries) {
        Messages::error(this, tr("服务器审计轨迹"), entries.error());
        return;
    }
    m_table->setRowCount(int(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const ServerTrailEntry& e = entries->at(i);
        const QStringList cells { QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).left(19), e.login,
            tr("%1 %2").arg(e.table).arg(e.rowId), actionLabel(e.action), e.field, e.oldValue, e.newValue };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c).left(200));
            item->setToolTip(cells.at(c).left(2000));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 4; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
}

} // namespace tp
