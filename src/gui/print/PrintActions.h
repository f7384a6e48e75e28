#pragma once

// Print preview, PDF and XLSX export of a plan table, for the plan window's menu. Each shows its own dialogs
// (file chooser, preview, message box on failure); the page setup (orientation, margins) and the last folder
// are remembered in QSettings (group "print").

#include "CreditReportDocument.h"
#include "LedgerRepository.h"
#include "Plan.h"
#include "PlanDiffDocument.h"
#include "SignInSheet.h"

#include <QList>

class QWidget;

namespace tp {

// 打印设置 of the plan (columns, title, 附件, 合计, 备注, issuer, date, orientation), kept per plan. false if
// cancelled.
bool editPlanPrintSetup(QWidget* parent, const Plan& plan, const QList<Project>& projects);

// QPrintPreviewDialog over the printed plan table (report/PlanTableDocument); printing from it prints the
// pages it shows. The orientation chosen in the preview is remembered; its toolbar opens 打印设置, says how many
// pages there are and, when the table does not fit portrait at 9 pt or more, proposes landscape.
void showPlanPrintPreview(QWidget* parent, const Plan& plan, const QList<Project>& projects);

// Asks for a file name and writes the PDF (A4, CJK fonts embedded). false if cancelled or it failed (the user
// has been told why).
bool exportPlanPdf(QWidget* parent, const Plan& plan, const QList<Project>& projects);

// Asks for a file name and writes the .xlsx (title, header, rows, 合计 formulas, print setup).
bool exportPlanXlsx(QWidget* parent, const Plan& plan, const QList<Project>& projects);

// 学分统计表: a preview of the credit report (a school's or the district's teachers, credits per requirement and
// status), from which it prints or is saved as PDF ("导出 PDF…" on the preview's toolbar). The orientation is
// the caller's (options.page); the preview's orientation buttons re-lay it out, and it proposes landscape when
// the report does not fit portrait (a district's report with several requirement columns).
void showCreditReportPreview(QWidget* parent, const QList<TeacherCreditRow>& rows, const CreditReportOptions& options);

// 打印签到表 of a class of several days: one 签到 column, a column per session, a column per day, or a sheet per
// day (the last choice is remembered). false if cancelled.
bool chooseSignInLayout(QWidget* parent, SignInLayout* layout);

// 打印学分统计表 of a scope (a school, or the whole district).
struct CreditReportJob {
    Database* database = nullptr;
    LedgerScope scope; // unitId 0: every unit
    CreditReportOptions options; // rules, cycle, date, belowOnly, page (unitName and issuer for one school)
    QList<std::pair<qint64, QString>> units; // the units, for one PDF per school
};

// Pages over which a report asks first (about 300 pages: a district of 9,000 teachers).
constexpr int kCreditReportAskPages = 300;

// Reads the rows (a busy dialog meanwhile); a report of more than kCreditReportAskPages pages asks first — all of
// it, only the teachers below a minimum, or one PDF per school (exportCreditReportsBySchool) — else the preview.
void printCreditReport(QWidget* parent, const CreditReportJob& job);
// The pages `rows` will take, from a sample laid out (exact for a few hundred rows, close beyond).
int estimatedCreditReportPages(const QList<TeacherCreditRow>& rows, const CreditReportOptions& options);
// 按学校分别导出: one PDF per unit of `job.units` into `folder` (<unit>学分统计表.pdf), with a progress dialog that
// appears at once and, when cancelled, stops after the school being written. The files written (with `cancelled`
// set when the clerk stopped it).
QStringList exportCreditReportsBySchool(
    QWidget* parent, const CreditReportJob& job, const QString& folder, bool* cancelled = nullptr);

// QPrintPreviewDialog over the sign-in sheet (签到表, report/SignInSheet) of one class of a project: portrait,
// landscape when it has more than three 签到 columns; "导出 PDF…" on its toolbar.
void showSignInPreview(
    QWidget* parent, const Project& project, const QList<SignInEntry>& entries, SignInOptions options = {});

// 计划调整一览表 (report/PlanDiffDocument): a preview of the plan's changes against its approved version, landscape,
// from which it prints or is saved as PDF ("导出 PDF…" on its toolbar); and the PDF alone, asking for a file name.
void showPlanDiffPreview(
    QWidget* parent, const Plan& plan, const QList<PlanAdjustment>& lines, PlanDiffOptions options);
bool exportPlanDiffPdf(
    QWidget* parent, const Plan& plan, const QList<PlanAdjustment>& lines, const PlanDiffOptions& options);

} // namespace tp
