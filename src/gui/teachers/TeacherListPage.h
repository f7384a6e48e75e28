#pragma once

#include "CreditReportDocument.h"
#include "CreditRules.h"
#include "RegistrationService.h"
#include "Result.h"
#include "TeacherService.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace tp {

class CreditChartView;
class Database;
class TeacherHistoryDialog;
class TeacherListModel;

// 教师与学分: the teachers of a unit (or all) with the credit columns of the district's rule set for a cycle,
// a summary line, the chart of the scope's credit levels, search by name/pinyin/initials/staff number,
// 仅显示未达标, the import of a school's teacher list and, on a double click, the teacher's history.
class TeacherListPage : public QWidget {
    Q_OBJECT

public:
    explicit TeacherListPage(QWidget* parent = nullptr);
    ~TeacherListPage() override;

    // The database outlives the page's use of it.
    void setDatabase(Database* database);
    // The plan's district: its credit rule set (LedgerRepository::creditRules). Reloads when it changes.
    void setDistrict(const QString& district);
    QString district() const { return m_district; }
    // The day statuses are judged on (tests, screenshots); default today.
    void setToday(QDate today);

    // Re-reads units and teachers (after an import elsewhere).
    void reload();
    // Something else in this window changed teachers or credits (the roster's registrations): re-read when shown.
    void markStale() { m_dataStale = true; }
    // Chooses the unit (0 = 全部单位) and the cycle by its first year.
    void selectUnit(qint64 unitId);
    void selectCycle(int cycleStart);
    // Recomputes the summary line and the chart for the scope (deferred after each change of scope).
    void updateScopeFigures();

    // Imports a school's teacher list: on any error nothing is imported and a dialog lists file, row, column
    // and value. Returns what the importer found.
    Result<TeacherListImport> importTeacherList(const QString& path);
    // Imports credits earned elsewhere (国培, 市培, a provincial platform's export): all or nothing, problems listed
    // with file, row, column and value as for a teacher list.
    Result<ExternalCreditImport> importExternalCredits(const QString& path);
    // 学分统计表 of the scope (unit or all units, 仅显示未达标 as ticked) for the cycle: what the preview prints.
    Result<QList<TeacherCreditRow>> creditReportRows() const;
    CreditReportOptions creditReportOptions() const;
    // Opens the print preview of that report (print, or PDF from the preview's toolbar).
    void printCreditReport();
    // The history dialog of a row's teacher, connected so that changes update the row; the caller shows it.
    TeacherHistoryDialog* createHistoryDialog(int row);

    TeacherListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CreditChartView* chartView() const { return m_chart; }
    QLabel* summaryLabel() const { return m_summary; }
    QLineEdit* searchEdit() const { return m_search; }
    QCheckBox* belowOnlyBox() const { return m_belowOnly; }
    QComboBox* unitCombo() const { return m_unitCombo; }
    QComboBox* cycleCombo() const { return m_cycleCombo; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadUnits();
    void reloadCycles();
    void applyRules();
    void unitChosen();
    void cycleChosen();
    void chooseImportFile();
    void openHistory(const QModelIndex& index);
    void scheduleScopeFigures();
    void showImportFindings(const QString& title, const QString& intro, const Findings& findings);
    void resizeColumns();
    QString scopeName() const;

    Database* m_database = nullptr;
    QString m_district;
    CreditRules m_rules;
    QDate m_today;
    bool m_figuresPending = false;
    bool m_dataStale = false;
    qint64 m_dataVersion = -1; // the database's data_version when last read (another program's writes change it)
    bool m_figuresStale = true;
    bool m_chartStale = true;

    TeacherListModel* m_model = nullptr;
    QComboBox* m_unitCombo = nullptr;
    QComboBox* m_cycleCombo = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_belowOnly = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_importCreditsButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QLabel* m_rulesLabel = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    CreditChartView* m_chart = nullptr;
};

} // namespace tp
