#include "ServerConnectionDialog.h"

#include "PlanPage.h"
#include "RoleView.h"

#include "Database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace tp {

ServerConnectionDialog::ServerConnectionDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("连接区县服务器"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("用区县管理员分配给您的登录名连接服务器上的数据库。密码每次询问，TrainPlan 不保存密码。"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_server = new QLineEdit;
    m_server->setPlaceholderText(tr("例如 192.168.1.10 或 jxx.example.cn"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_database->setPlaceholderText(tr("例如 liangping"));
    m_login = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(tr("服务器(&S)："), m_server);
    form->addRow(tr("端口(&P)："), m_port);
    form->addRow(tr("数据库(&D)："), m_database);
    form->addRow(tr("登录名(&L)："), m_login);
    form->addRow(tr("密码(&W)："), m_password);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("连接"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!server().isEmpty() && !database().isEmpty() && !login().isEmpty());
    };
    for (QLineEdit* e : { m_server, m_database, m_login })
        connect(e, &QLineEdit::textChanged, this, update);

    QSettings settings;
    setFields(settings.value(QStringLiteral("server/host")).toString(),
        settings.value(QStringLiteral("server/port"), 5432).toInt(),
        settings.value(QStringLiteral("server/database")).toString(),
        settings.value(QStringLiteral("server/login")).toString());
    update();
    (m_server->text().isEmpty() ? m_server : m_password)->setFocus();
    setMinimumWidth(420);
}

QString ServerConnectionDialog::server() const
{
    return m_server->text().trimmed();
}

int ServerConnectionDialog::port() const
{
    return m_port->value();
}

QString ServerConnectionDialog::database() const
{
    return m_database->text().trimmed();
}

QString ServerConnectionDialog::login() const
{
    return m_login->text().trimmed();
}

void ServerConnectionDialog::setFields(const QString& server, int port, const QString& database, const QString& login)
{
    m_server->setText(server);
    m_port->setValue(port > 0 ? port : 5432);
    m_database->setText(database);
    m_login->setText(login);
}

QString ServerConnectionDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(server());
    url.setPort(port());
    url.setPath(QLatin1Char('/') + database());
    url.setUserName(login());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString(QUrl::FullyEncoded);
}

void ServerConnectionDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), server());
    settings.setValue(QStringLiteral("server/port"), port());
    settings.setValue(QStringLiteral("server/database"), database());
    settings.setValue(QStringLiteral("server/login"), login());
    QDialog::accept();
}

QString ServerConnectionDialog::sessionText(Database& db)
{
    if (!db.isServer())
        return QString();
    auto role = ServerAdmin(db).sessionRole();
    QString who;
    if (!role)
        who = tr("角色未知");
    else if (!role->has_value())
        who = tr("数据库管理员");
    else
        who = serverRoleGroup(**role);
    return tr("已登录：%1（%2）").arg(db.actor(), who);
}

void ServerConnectionDialog::showSession(QMainWindow& window, Database& db)
{
    if (!db.isServer())
        return;
    auto* label = new QLabel(sessionText(db));
    label->setObjectName(QStringLiteral("serverSessionLabel"));
    label->setContentsMargins(16, 0, 4, 0); // apart from the findings count beside it
    label->setToolTip(db.path());
    window.statusBar()->addPermanentWidget(label);
    auto role = ServerAdmin(db).sessionRole();
    if (!role || !role->has_value())
        return;
    // What the role cannot do is not offered (RoleView); an empty plan table says why it stays empty.
    RoleView::apply(window, **role);
    if (auto* page = window.findChild<PlanPage*>())
        page->setRoleHint(RoleView::emptyPlanHint(**role));
}

} // namespace tp
