#pragma once

#include "RuleSet.h"
#include "WorkCalendar.h"

#include <QDialog>
#include <QScopedPointer>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

namespace tp {

class CalendarRepository;

// 设置: the rule set's numbers per district (saved on OK) and the holiday calendar editor (each change is
// saved at once through CalendarRepository, one transaction each). Errors are shown, never half-saved.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(CalendarRepository& repository, const QStringList& districts, const QString& currentDistrict,
        int year, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // True when the holiday days were changed (the caller reloads its calendar).
    bool calendarChanged() const { return m_calendarChanged; }
    // Imports a holiday file (the format of the reference file); false with a message on error.
    bool importFile(const QString& path);
    QString lastError() const { return m_lastError; }

    void accept() override;

private:
    QString district() const;
    void loadRules();
    void showRules(const RuleSet& rules);
    void loadYear();
    void addDay();
    void removeDay();
    void importCsv();
    void removeSchedule();
    void fail(const QString& message);
    void addBackupTab();
    void addLanguageTab();

    QScopedPointer<Ui::SettingsDialog> m_ui;
    CalendarRepository& m_repository;
    QString m_loadedDistrict;
    QCheckBox* m_dailyBackupCheck = nullptr;
    QSpinBox* m_keepDaysSpin = nullptr;
    QComboBox* m_languageCombo = nullptr;
    bool m_calendarChanged = false;
    QString m_lastError;
};

} // namespace tp
