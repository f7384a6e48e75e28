#pragma once

// 审计日志: who changed what and when, newest first, filtered by person, dates and project (of the plan shown).
// What the replace prompt's "可在审计日志中查到" points to.

#include "Plan.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace tp {

class AuditFilterBar;
class Database;
class ServerTrailView;

class AuditViewerDialog : public QDialog {
    Q_OBJECT

public:
    AuditViewerDialog(Database& db, const Plan& plan, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    AuditFilterBar* filters() const { return m_filters; }
    QComboBox* actorFilter() const;
    QComboBox* projectFilter() const { return m_project; }
    // The server's trail (a second tab), nullptr on a file.
    ServerTrailView* serverTrail() const { return m_trail; }
    void refresh();

private:
    Database& m_db;
    Plan m_plan;
    AuditFilterBar* m_filters = nullptr;
    QComboBox* m_project = nullptr;
    QTableWidget* m_table = nullptr;
    ServerTrailView* m_trail = nullptr;
};

} // namespace tp
