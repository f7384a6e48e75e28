#pragma once

// 连接区县服务器: the server, port, database, login and password of a district's PostgreSQL server (docs/server.md).
// The server, port, database and login are remembered (QSettings); the password is asked each time (TrainPlan
// keeps no password: no keychain is used). And once connected: who is logged in, with which role, shown in the
// status bar, and the plan-editing actions a role may not use hidden (the server refuses them anyway).

#include "ServerAdmin.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QSpinBox;
class QMainWindow;

namespace tp {

class Database;

class ServerConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerConnectionDialog(QWidget* parent = nullptr);

    // postgresql://login:password@server:port/database (for Database::open; never stored or shown).
    QString address() const;
    // The fields as typed, without the password (remembered for the next time on accept).
    QString server() const;
    int port() const;
    QString database() const;
    QString login() const;
    void setFields(const QString& server, int port, const QString& database, const QString& login);

    void accept() override;

    // "已登录：sy_lp01（学校管理员）" for a server's database; "" for a file.
    static QString sessionText(Database& db);
    // Shows sessionText in the window's status bar and hides the plan-editing actions a 学校管理员 or 只读 login
    // may not use (their object names in ui/MainWindow.ui).
    static void showSession(QMainWindow& window, Database& db);

private:
    QLineEdit* m_server = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace tp
