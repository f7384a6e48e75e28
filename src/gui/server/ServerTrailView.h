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

class AuditFilterBar;
class Database;

class ServerTrailView : public QWidget {
    Q_OBJECT

public:
    explicit ServerTrailView(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    AuditFilterBar* filters() const { return m_filters; }
    QComboBox* loginFilter() const;
    QCheckBox* sinceCheck() const;
    QDateEdit* sinceEdit() const;
    QCheckBox* untilCheck() const;
    QDateEdit* untilEdit() const;
    void refresh();

private:
    Database& m_db;
    AuditFilterBar* m_filters = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tp
