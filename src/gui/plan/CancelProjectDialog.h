#pragma once

// 取消项目: the one dialog that cancels a project (因故不能举办), wherever it is offered — instead of deleting a
// project that holds enrolments or credit registrations (issue 9), from 项目详情, or on an approved plan's project. The
// written explanation is required (R-CANCEL, seeds 000 §二(一): 因故不能举办的，应向区教委作书面说明; checked by core's
// checkChangeRequest). A plan not approved yet: the project is cancelled at once, on the date given — the page
// applies it as one undoable edit. An approved plan: a cancellation request is filed (PlanWorkflowService) and the
// project is cancelled when the bureau approves it. Either way the project stays, with its roster and ledger.

#include "Plan.h"
#include "PlanWorkflow.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace tp {

class Database;

class CancelProjectDialog : public QDialog {
    Q_OBJECT

public:
    // `holds`: what the project's ledger holds, said to the user ("42 条参训记录、41 条学分登记"), when the dialog
    // is offered instead of a delete; empty otherwise.
    CancelProjectDialog(Database& db, const Plan& plan, const Project& project, const QString& holds, QDate today,
        QWidget* parent = nullptr);

    // Whether accepting files a request (an approved plan) rather than cancelling at once.
    bool filesRequest() const { return m_request; }
    QDate date() const;
    QString explanation() const;
    void setExplanation(const QString& text);
    // The request filed (an approved plan; id 0 until accepted).
    const PlanChangeRequest& filed() const { return m_filed; }

    // Refuses (and stays open with what was typed) a cancellation without its explanation; on an approved plan,
    // files the request.
    void accept() override;

private:
    void updateOk();

    Database& m_db;
    Plan m_plan;
    Project m_project;
    bool m_request = false;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    PlanChangeRequest m_filed;
};

} // namespace tp
