#pragma once

// 新的主办单位: after an import, the organizers the unit directory does not know (an import never adds a unit by
// itself). For each name: 添加为新单位, 对应到… a listed unit (its close matches first: 区进修校 → 区教师进修学校,
// which makes the name an alias), or 暂不处理 (it stays flagged as 不在单位名录中). Accepting applies the choices in
// one transaction (UnitDirectoryService); the plan's findings for the names mapped or added go away.

#include "UnitDirectoryService.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace tp {

class Database;

class UnknownOrganizersDialog : public QDialog {
    Q_OBJECT

public:
    // `listed`: the units of the directory, offered to map to after each name's close matches.
    UnknownOrganizersDialog(
        Database& db, const QList<UnknownOrganizer>& unknown, const QStringList& listed, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The choice of row `row`: its action combo (暂不处理 / 添加为新单位 / 对应到已有单位) and its unit combo.
    QComboBox* actionBox(int row) const;
    QComboBox* unitBox(int row) const;
    QList<UnitDecision> decisions() const;
    int applied() const { return m_applied; }

    void accept() override;

private:
    Database& m_db;
    QList<UnknownOrganizer> m_unknown;
    QTableWidget* m_table = nullptr;
    int m_applied = 0;
};

} // namespace tp
