#pragma once

// 学分规则 (issue 11): a district's rule set — choose one of the presets, or edit the numbers of the active set and
// save them as the district's new version. Every number is listed with its quoted source; a number whose source
// does not publish it is shown as 未公布 (grey: "未公布 — 不用于判定"). Editing a number requires saying where it
// comes from: a rule set with a number without a source (CreditRules::problems) is not saved. Saving never
// changes past registrations; 重新计算… shows what would change under the set now in force, and applies it
// (audited) only when confirmed.

#include "CreditRules.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tp {

class Database;

class CreditRulesDialog : public QDialog {
    Q_OBJECT

public:
    CreditRulesDialog(
        Database& db, const QStringList& districts, const QString& currentDistrict, QWidget* parent = nullptr);

    QString district() const;
    // The rule set being edited (the district's active one, with the edits not saved yet).
    const CreditRules& rules() const { return m_rules; }
    // The district's active set changed (a preset chosen, a version saved, a recalculation): pages reload.
    bool changed() const { return m_changed; }
    QString lastError() const { return m_lastError; }

    // The steps of the dialog, for its buttons and for tests.
    bool choosePreset(const QString& presetId);
    // Sets the number of the selected row from the edit fields; false (with the reason shown) when refused.
    bool applyEdit();
    void selectNumber(const QString& key);
    void setEdit(const QString& value, SourceKind kind, const QString& document, const QString& article,
        const QString& quote, const QString& note);
    bool saveVersion(const QString& note);
    // What the dry run of a recalculation says (and, when `apply`, applies it).
    QString recalculate(bool apply);

private:
    void loadDistrict();
    void showRules();
    void showSelected();
    void fail(const QString& message);

    Database& m_db;
    CreditRules m_rules;
    QString m_selectedKey;
    bool m_edited = false;
    bool m_changed = false;
    QString m_lastError;

    QComboBox* m_districtCombo = nullptr;
    QLabel* m_activeLabel = nullptr;
    QComboBox* m_presetCombo = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_valueEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_documentEdit = nullptr;
    QLineEdit* m_articleEdit = nullptr;
    QLineEdit* m_quoteEdit = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QLineEdit* m_versionNoteEdit = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace tp
