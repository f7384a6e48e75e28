#pragma once

// 审计日志: who changed what and when, newest first, filtered by person, date and project (of the plan shown).
// What the replace prompt's "可在审计日志中查到" points to.

#include "Plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTableWidget;

namespace tp {

class Database;
class ServerTrailView;

class AuditViewerDialog : public QDialog {
    Q_OBJECT

public:
    AuditViewerDialog(Database& db, const Plan& plan, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* actorFilter() const { return m_actor; }
    QComboBox* projectFilter() const { return m_project; }
    // The server's trail (a second tab), nullptr on a file.
    ServerTrailView* serverTrail() const { return m_trail; }
    void refresh();

private:
    Database& m_db;
    Plan m_plan;
    QComboBox* m_actor = nullptr;
    QCheckBox* m_useSince = nullptr;
    QDateEdit* m_since = nullptr;
    QComboBox* m_project = nullptr;
    QTableWidget* m_table = nullptr;
    ServerTrailView* m_trail = nullptr;
};

} // namespace tp
