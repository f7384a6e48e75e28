#pragma once

// 添加学员: pick teachers of a unit (pinyin order, filtered by name, pinyin or initials as the user types)
// to enroll them in a project. Teachers enrolled already are shown but cannot be picked. What is chosen is kept
// by id, not by the list's selection: it survives searching and changing the unit, so several teachers can be
// found one after another and enrolled at once.

#include "TeacherRepository.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tp {

class Database;

class TeacherPickerDialog : public QDialog {
    Q_OBJECT

public:
    // `enrolled`: teachers already on the roster (active enrollments).
    TeacherPickerDialog(Database& db, const QSet<qint64>& enrolled, QWidget* parent = nullptr);

    // The teachers chosen, in the order they were chosen (also those the current search hides).
    QList<qint64> selectedTeacherIds() const;
    // For tests and the page: choose a unit (0 = all) and type a filter.
    void setUnit(qint64 unitId);
    void setFilterText(const QString& text);
    QListWidget* list() const { return m_list; }

private:
    void loadUnit();
    void applyFilter();
    void updateCount();
    // The list's selection of the visible rows → the chosen ids (hidden rows keep their state).
    void takeSelection();
    // The chosen ids → the list's selection of the visible rows.
    void showSelection();

    Database& m_db;
    QSet<qint64> m_enrolled;
    QComboBox* m_unitCombo = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_countLabel = nullptr;
    QList<TeacherSearchEntry> m_entries; // in list order
    QList<qint64> m_chosen; // in the order chosen
    QSet<qint64> m_chosenSet;
    bool m_syncing = false; // the list's selection is being set from m_chosen
};

} // namespace tp
