#pragma once

// 取消该项目: what the plan editor offers instead of deleting a project that holds enrolments or credit
// registrations (issue 9) — the project stays with its roster and ledger, and is recorded as cancelled on a date with
// a written explanation (seeds 000: 取消须书面说明原因). The explanation is required.

#include "Plan.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace tp {

class CancelProjectDialog : public QDialog {
    Q_OBJECT

public:
    // `holds`: what the project's ledger holds, said to the user ("42 条参训记录、41 条学分登记").
    CancelProjectDialog(const Project& project, const QString& holds, QDate today, QWidget* parent = nullptr);

    QDate date() const;
    QString explanation() const;
    void setExplanation(const QString& text);

private:
    void updateOk();

    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tp
