#pragma once

// 单位名录: the units a user controls — names, kinds, aliases (区进修校 = 区教师进修学校) and merges. Organizers a plan
// names that are not in the directory are listed apart (未收录) and stay flagged until added, mapped or merged.

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace tp {

class Database;

class UnitEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit UnitEditorDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool changed() const { return m_changed; }
    void reload();
    // The unit of the selected row ("" when none).
    QString selectedUnit() const;

private:
    void addUnit();
    void listSelected();
    void addAlias();
    void mergeSelected();

    Database& m_db;
    QTableWidget* m_table = nullptr;
    bool m_changed = false;
};

} // namespace tp
