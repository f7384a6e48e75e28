#pragma once

// 打印设置: what the printed plan table shows — which columns in which order under which headers, the title,
// the 附件 mark, the 合计 row, the 备注, the issuer and the date — and the page orientation. Kept per plan
// (district and year) in QSettings, so next year's plan starts from last year's choices only where it has none.

#include "PageSetup.h"
#include "Plan.h"
#include "PlanTableDocument.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSettings;

namespace tp {

struct PlanPrintSettings {
    QList<PlanColumn> columns; // empty: the plan's format (PlanTableDocument::defaultColumns)
    QString title; // empty: the plan's title
    QString attachmentHeading; // "附件1"; empty: none
    QString issuer; // 落款单位; empty: none
    std::optional<QString> notes; // unset: the plan's notes
    std::optional<bool> totalsRow; // unset: the document decides (a 合计 row when the plan has one)
    bool dated = true; // a date under the issuer
    QDate date; // invalid: the plan's issue date
    bool keepEmptyColumns = false; // print a chosen column even when every row leaves it empty

    // The settings of this plan (group "print/plan/<district>/<year>"); defaults where nothing is stored.
    static PlanPrintSettings load(QSettings& settings, const Plan& plan);
    void save(QSettings& settings, const Plan& plan) const;
    PlanTableOptions documentOptions(const PageSetup& page) const;

    bool operator==(const PlanPrintSettings&) const = default;
};

class PrintSetupDialog : public QDialog {
    Q_OBJECT

public:
    PrintSetupDialog(const Plan& plan, const QList<Project>& projects, const PlanPrintSettings& settings,
        const PageSetup& page, QWidget* parent = nullptr);
    ~PrintSetupDialog() override;

    PlanPrintSettings settings() const;
    PageSetup pageSetup() const;
    void accept() override; // refuses a table without columns

    // For tests: the column list (checked = printed; order = printed order; text = header).
    QListWidget* columnList() const { return m_columns; }
    QCheckBox* keepEmptyColumnsBox() const { return m_keepEmpty; }
    void moveCurrentColumn(int delta);
    void restoreDefaultColumns();

private:
    void fillColumns(const QList<PlanColumn>& chosen);

    Plan m_plan;
    QList<Project> m_projects;
    PageSetup m_page;
    QListWidget* m_columns = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_attachment = nullptr;
    QLineEdit* m_issuer = nullptr;
    QCheckBox* m_totals = nullptr;
    QCheckBox* m_keepEmpty = nullptr;
    QCheckBox* m_dated = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_orientation = nullptr;
};

} // namespace tp
