#pragma once

// 服务器审计轨迹: the server's own trail (tp_row_audit) — every changed row, whatever program changed it (TrainPlan,
// psql, a script), with the login of the session, when, the table, the action and old → new per column. Filtered by
// login and by a date range. A tab of the audit viewer when connected to a server.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTableWidget;

namespace tp {

class Database;

class ServerTrailView : public QWidget {
    Q_OBJECT

public:
    explicit ServerTrailView(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* loginFilter() const { return m_login; }
    QCheckBox* sinceCheck() const { return m_useSince; }
    QDateEdit* sinceEdit() const { return m_since; }
    QCheckBox* untilCheck() const { return m_useUntil; }
    QDateEdit* untilEdit() const { return m_until; }
    void refresh();

private:
    Database& m_db;
    QComboBox* m_login = nullptr;
    QCheckBox* m_useSince = nullptr;
    QDateEdit* m_since = nullptr;
    QCheckBox* m_useUntil = nullptr;
    QDateEdit* m_until = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tp
