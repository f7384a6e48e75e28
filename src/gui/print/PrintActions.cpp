#include "PrintActions.h"

#include "Database.h"
#include "FileChooser.h"
#include "Messages.h"
#include "PageSetup.h"
#include "PlanTableDocument.h"
#include "PrintSetupDialog.h"
#include "WorkProgress.h"
#include "XlsxExporter.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace tp {

namespace {

// The translation context of this file's messages.
struct PrintActions {
    Q_DECLARE_TR_FUNCTIONS(tp::PrintActions)
};

// What the clerk chose in 打印设置 for this plan, on the remembered page.
PlanTableOptions printOptions(QSettings& settings, const Plan& plan, const PageSetup& page)
{
    return PlanPrintSettings::load(settings, plan).documentOptions(page);
}

// The file offered is named after the plan's title, without characters a file name cannot hold.
QString askPath(QWidget* parent, const Plan& plan, const QString& caption, const QString& filter, const QString& suffix)
{
    QString name = plan.title.isEmpty() ? PrintActions::tr("计划表") : plan.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\n]")), QStringLiteral("_"));
    return FileChooser::saveFile(
        parent, caption, name + QLatin1Char('.') + suffix, filter, suffix, QStringLiteral("print/lastFolder"));
}

void showError(QWidget* parent, const QString& title, const Error& error)
{
    if (Cancelled::is(error))
        return; // the user pressed 取消 and knows; nothing was written
    Messages::error(parent, title, error);
}

// Laying out and drawing a document of thousands of pages (a district's 学分统计表) takes a while: `work` runs
// with a progress dialog (after WorkProgress::kShowAfterMs) that the document reports to; 取消 makes it return
// Cancelled::error with nothing written.
template <typename Document, typename Work>
Status withProgress(QWidget* parent, const Document& document, const QString& title, Work work)
{
    if constexpr (requires(Document & d) { d.setProgress(ProgressOptions {}); }) {
        WorkProgress progress(parent, title, PrintActions::tr("正在排版…"));
        auto& reporting = const_cast<Document&>(document);
        reporting.setProgress(progress.options());
        Status s = work();
        reporting.setProgress({});
        return s;
    } else {
        return work();
    }
}

// Every preview opens at the size it had last time, else most of the window: a page readable at once.
void restorePreviewGeometry(QPrintPreviewDialog& dialog, QWidget* parent)
{
    if (!dialog.restoreGeometry(QSettings().value(QStringLiteral("print/previewGeometry")).toByteArray()))
        dialog.resize(parent ? parent->window()->size() * 0.92 : QSize(1100, 850));
}

void savePreviewGeometry(const QPrintPreviewDialog& dialog)
{
    QSettings().setValue(QStringLiteral("print/previewGeometry"), dialog.saveGeometry());
}

// On the preview's toolbar: "共 N 页", and when the table does not fit A4 portrait at a readable size (正文不小于
// 9 磅), a proposal to turn the page, one click away.
class PreviewStatus {
    Q_DECLARE_TR_FUNCTIONS(tp::PrintActions)

public:
    explicit PreviewStatus(QPrintPreviewDialog& dialog)
    {
        auto* toolbar = dialog.findChild<QToolBar*>();
        if (!toolbar)
            return;
        toolbar->addSeparator();
        m_pages = new QLabel(toolbar);
        m_pages->setObjectName(QStringLiteral("previewPageCount"));
        m_pages->setContentsMargins(6, 0, 6, 0);
        toolbar->addWidget(m_pages);
        m_landscape = toolbar->addAction(tr("改为横向"));
        m_landscape->setObjectName(QStringLiteral("actionProposeLandscape"));
        m_landscape->setToolTip(tr("表格在 A4 纵向放不下（正文不小于 9 磅）：改为 A4 横向"));
        m_landscape->setVisible(false);
        QObject::connect(m_landscape, &QAction::triggered, &dialog, [&dialog] {
            if (auto* widget = dialog.findChild<QPrintPreviewWidget*>())
                widget->setLandscapeOrientation(); // the preview lays the pages out again
        });
    }

    void show(int pages, bool fits, QPageLayout::Orientation orientation)
    {
        if (!m_pages)
            return;
        const bool propose = !fits && orientation == QPageLayout::Portrait;
        m_pages->setText(propose ? tr("共 %1 页 · 表格在纵向放不下").arg(pages) : tr("共 %1 页").arg(pages));
        m_landscape->setVisible(propose);
    }

private:
    QLabel* m_pages = nullptr;
    QAction* m_landscape = nullptr;
};

// 导出 PDF… on a preview's toolbar: the document shown (a sign-in sheet, a 学分统计表) written where the user says,
// its title offered as the file name. `document` is read when clicked: the preview may have laid it out anew.
template <typename Document>
void addPdfExportAction(
    QPrintPreviewDialog& dialog, const QString& objectName, const std::unique_ptr<Document>& document)
{
    auto* toolbar = dialog.findChild<QToolBar*>();
    if (!toolbar)
        return;
    toolbar->addSeparator();
    QAction* pdf = toolbar->addAction(PrintActions::tr("导出 PDF…"));
    pdf->setObjectName(objectName);
    QObject::connect(pdf, &QAction::triggered, &dialog, [&dialog, &document] {
        Plan named; // askPath offers the document's title as the file name
        named.title = document->title();
        const QString path = askPath(
            &dialog, named, PrintActions::tr("导出 PDF"), PrintActions::tr("PDF 文件 (*.pdf)"), QStringLiteral("pdf"));
        if (path.isEmpty())
            return;
        const Status s
            = withProgress(&dialog, *document, PrintActions::tr("导出 PDF"), [&] { return document->writePdf(path); });
        if (!s)
            showError(&dialog, PrintActions::tr("导出 PDF"), s.error());
        else
            Messages::saved(&dialog, PrintActions::tr("导出 PDF"), path);
    });
}

} // namespace

bool editPlanPrintSetup(QWidget* parent, const Plan& plan, const QList<Project>& projects)
{
    QSettings settings;
    PrintSetupDialog dialog(plan, projects, PlanPrintSettings::load(settings, plan), PageSetup::load(settings), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.settings().save(settings, plan);
    dialog.pageSetup().save(settings);
    return true;
}

void showPlanPrintPreview(QWidget* parent, const Plan& plan, const QList<Project>& projects)
{
    QSettings settings;
    PageSetup setup = PageSetup::load(settings);
    auto document = std::make_unique<PlanTableDocument>(plan, projects, printOptions(settings, plan, setup));

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(setup.pageLayout());
    printer.setFullPage(true); // the document draws its own margins (PageSetup)
    printer.setDocName(plan.title);

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("planPrintPreview"));
    dialog.setWindowTitle(PrintActions::tr("打印预览 — %1").arg(plan.title));
    restorePreviewGeometry(dialog, parent);
    PreviewStatus status(dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        // The orientation buttons of the preview change the printer; lay the pages out for it (margins of
        // that orientation, unless the user's margins were for it already).
        const QPageLayout::Orientation orientation = target->pageLayout().orientation();
        if (orientation != setup.orientation)
            setup = PageSetup::defaults(orientation);
        document->setPageSetup(setup);
        // A plan of hundreds of projects takes a while to lay out and draw: with progress (as the 学分统计表);
        // 取消 closes the preview (its pages are incomplete).
        const Status s
            = withProgress(&dialog, *document, PrintActions::tr("打印预览"), [&] { return document->print(target); });
        if (!s && Cancelled::is(s.error())) {
            QTimer::singleShot(0, &dialog, &QDialog::reject);
            return;
        }
        if (!s)
            showError(&dialog, PrintActions::tr("打印"), s.error());
        status.show(document->pageCount(), document->layout().columnsFit(), orientation);
    });
    // 打印设置 from the preview's toolbar: columns, title, 附件, issuer; the preview follows.
    if (auto* toolbar = dialog.findChild<QToolBar*>()) {
        toolbar->addSeparator();
        QAction* setupAction = toolbar->addAction(PrintActions::tr("打印设置…"));
        setupAction->setObjectName(QStringLiteral("actionPrintSetup"));
        setupAction->setToolTip(PrintActions::tr("选择和排列列，设置标题、附件标识、备注与落款"));
        QObject::connect(setupAction, &QAction::triggered, &dialog, [&] {
            setup.save(settings);
            if (!editPlanPrintSetup(&dialog, plan, projects))
                return;
            setup = PageSetup::load(settings);
            document = std::make_unique<PlanTableDocument>(plan, projects, printOptions(settings, plan, setup));
            printer.setPageLayout(setup.pageLayout());
            if (auto* widget = dialog.findChild<QPrintPreviewWidget*>())
                widget->updatePreview();
        });
    }
    dialog.exec();
    setup.save(settings);
    savePreviewGeometry(dialog);
}

bool chooseSignInLayout(QWidget* parent, SignInLayout* layout)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("signInLayoutDialog"));
    dialog.setWindowTitle(PrintActions::tr("打印签到表"));
    auto* box = new QVBoxLayout(&dialog);
    box->addWidget(new QLabel(PrintActions::tr("培训有好几天，签到栏怎么排？"), &dialog));
    auto* group = new QButtonGroup(&dialog);
    const std::pair<SignInLayout, QString> choices[] = {
        { SignInLayout::ColumnPerSession, PrintActions::tr("每场一栏（上午、下午各签一次），一张表签完全程") },
        { SignInLayout::ColumnPerDay, PrintActions::tr("每天一栏，一张表签完全程") },
        { SignInLayout::SheetPerDay, PrintActions::tr("每天一张表（当天上午、下午各一栏）") },
        { SignInLayout::OneColumn, PrintActions::tr("只有一个签到栏") },
    };
    QSettings settings;
    const int last = settings.value(QStringLiteral("print/signInLayout"), int(SignInLayout::ColumnPerSession)).toInt();
    for (const auto& [value, text] : choices) {
        auto* radio = new QRadioButton(text, &dialog);
        radio->setObjectName(QStringLiteral("signInLayout%1").arg(int(value)));
        radio->setChecked(int(value) == last);
        group->addButton(radio, int(value));
        box->addWidget(radio);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(PrintActions::tr("预览"));
    buttons->button(QDialogButtonBox::Cancel)->setText(PrintActions::tr("取消"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    box->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || group->checkedId() < 0)
        return false;
    *layout = SignInLayout(group->checkedId());
    settings.setValue(QStringLiteral("print/signInLayout"), group->checkedId());
    return true;
}

void showSignInPreview(
    QWidget* parent, const Project& project, const QList<SignInEntry>& entries, SignInOptions options)
{
    // A sign-in sheet is a portrait list with room to sign; with more than three 签到 columns, landscape.
    options.page = PageSetup::defaults(
        SignInSheet::signColumnCount(options) > 3 ? QPageLayout::Landscape : QPageLayout::Portrait);
    auto sheet = std::make_unique<SignInSheet>(project, entries, options);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options.page.pageLayout());
    printer.setFullPage(true); // the sheet draws its own margins
    printer.setDocName(sheet->title());

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(PrintActions::tr("打印预览 — %1").arg(sheet->title()));
    restorePreviewGeometry(dialog, parent);
    PreviewStatus status(dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        // The preview's orientation buttons: the sheet is laid out again for the page turned.
        const QPageLayout::Orientation orientation = target->pageLayout().orientation();
        if (orientation != options.page.orientation) {
            options.page = PageSetup::defaults(orientation);
            sheet = std::make_unique<SignInSheet>(project, entries, options);
        }
        if (Status s = sheet->print(target); !s)
            showError(&dialog, PrintActions::tr("打印"), s.error());
        status.show(sheet->pageCount(), sheet->layout().columnsFit(), orientation);
    });
    addPdfExportAction(dialog, QStringLiteral("actionExportSignInPdf"), sheet);
    dialog.exec();
    savePreviewGeometry(dialog);
}

bool exportPlanPdf(QWidget* parent, const Plan& plan, const QList<Project>& projects)
{
    const QString path = askPath(
        parent, plan, PrintActions::tr("导出 PDF"), PrintActions::tr("PDF 文件 (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    QSettings settings;
    const PlanTableDocument document(plan, projects, printOptions(settings, plan, PageSetup::load(settings)));
    if (Status s
        = withProgress(parent, document, PrintActions::tr("导出 PDF"), [&] { return document.writePdf(path); });
        !s) {
        showError(parent, PrintActions::tr("导出 PDF"), s.error());
        return false;
    }
    Messages::saved(parent, PrintActions::tr("导出 PDF"), path);
    return true;
}

bool exportPlanXlsx(QWidget* parent, const Plan& plan, const QList<Project>& projects)
{
    const QString path = askPath(parent, plan, PrintActions::tr("导出 Excel"),
        PrintActions::tr("Excel 工作簿 (*.xlsx)"), QStringLiteral("xlsx"));
    if (path.isEmpty())
        return false;
    QSettings settings;
    // The 打印设置 of the plan apply to the workbook too; without chosen columns it gets every filled field
    // (a workbook is for editing, not only for reading).
    const PlanPrintSettings chosen = PlanPrintSettings::load(settings, plan);
    XlsxExportOptions options;
    options.title = chosen.title.isEmpty() ? plan.title : chosen.title;
    for (const PlanColumn& c : chosen.columns)
        options.columns << XlsxColumn { c.field, c.header };
    options.landscape = PageSetup::load(settings).orientation == QPageLayout::Landscape;
    options.totalsRow = chosen.totalsRow.value_or(plan.stated.has_value()
        || std::any_of(
            projects.begin(), projects.end(), [](const Project& p) { return !p.durationText.trimmed().isEmpty(); }));
    options.notes = chosen.notes.value_or(plan.notes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    WorkProgress progress(parent, PrintActions::tr("导出 Excel"), PrintActions::tr("正在写入…"));
    options.progress = progress.options();
    if (Status s = XlsxExporter::writeFile(path, projects, options); !s) {
        showError(parent, PrintActions::tr("导出 Excel"), s.error());
        return false;
    }
    Messages::saved(parent, PrintActions::tr("导出 Excel"), path);
    return true;
}

void showCreditReportPreview(QWidget* parent, const QList<TeacherCreditRow>& rows, const CreditReportOptions& options)
{
    CreditReportOptions current = options;
    auto document = std::make_unique<CreditReportDocument>(rows, current);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(current.page.pageLayout());
    printer.setFullPage(true);
    printer.setDocName(document->title());

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("creditReportPreview"));
    dialog.setWindowTitle(PrintActions::tr("打印预览 — %1").arg(document->title()));
    restorePreviewGeometry(dialog, parent);
    PreviewStatus status(dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        const QPageLayout::Orientation orientation = target->pageLayout().orientation();
        if (orientation != current.page.orientation) {
            current.page = PageSetup::defaults(orientation);
            document = std::make_unique<CreditReportDocument>(rows, current);
        }
        // A district's thousands of pages: with progress; 取消 closes the preview (its pages are incomplete).
        const Status s
            = withProgress(&dialog, *document, PrintActions::tr("打印预览"), [&] { return document->print(target); });
        if (!s && Cancelled::is(s.error())) {
            QTimer::singleShot(0, &dialog, &QDialog::reject);
            return;
        }
        if (!s)
            showError(&dialog, PrintActions::tr("打印"), s.error());
        status.show(document->pageCount(), document->layout().columnsFit(), orientation);
    });
    addPdfExportAction(dialog, QStringLiteral("actionExportCreditPdf"), document);
    dialog.exec();
    savePreviewGeometry(dialog);
}

void showPlanDiffPreview(QWidget* parent, const Plan& plan, const QList<PlanAdjustment>& lines, PlanDiffOptions options)
{
    auto document = std::make_unique<PlanDiffDocument>(plan, lines, options);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options.page.pageLayout());
    printer.setFullPage(true);
    printer.setDocName(document->title());

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("planDiffPreview"));
    dialog.setWindowTitle(PrintActions::tr("打印预览 — %1").arg(document->title()));
    restorePreviewGeometry(dialog, parent);
    PreviewStatus status(dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        const QPageLayout::Orientation orientation = target->pageLayout().orientation();
        if (orientation != options.page.orientation) {
            options.page = PageSetup::defaults(orientation);
            document = std::make_unique<PlanDiffDocument>(plan, lines, options);
        }
        if (Status s = document->print(target); !s)
            showError(&dialog, PrintActions::tr("打印"), s.error());
        status.show(document->pageCount(), document->layout().columnsFit(), orientation);
    });
    addPdfExportAction(dialog, QStringLiteral("actionExportPlanDiffPdf"), document);
    dialog.exec();
    savePreviewGeometry(dialog);
}

bool exportPlanDiffPdf(
    QWidget* parent, const Plan& plan, const QList<PlanAdjustment>& lines, const PlanDiffOptions& options)
{
    const PlanDiffDocument document(plan, lines, options);
    Plan named; // the file offered is named after the document's title
    named.title = document.title();
    const QString path = askPath(
        parent, named, PrintActions::tr("导出 PDF"), PrintActions::tr("PDF 文件 (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    if (Status s = document.writePdf(path); !s) {
        showError(parent, PrintActions::tr("导出 PDF"), s.error());
        return false;
    }
    Messages::saved(parent, PrintActions::tr("导出 PDF"), path);
    return true;
}

} // namespace tp

namespace tp {

namespace {

// A file name from a unit's name, without the characters a file name cannot hold.
QString fileNameFor(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\n]")), QStringLiteral("_"));
    return name;
}

} // namespace

int estimatedCreditReportPages(const QList<TeacherCreditRow>& rows, const CreditReportOptions& options)
{
    constexpr int kSample = 300;
    if (rows.size() <= kSample)
        return CreditReportDocument(rows, options).pageCount();
    const int samplePages = CreditReportDocument(rows.mid(0, kSample), options).pageCount();
    const double perPage = double(kSample) / std::max(1, samplePages);
    return int(std::ceil(double(rows.size()) / perPage));
}

QStringList exportCreditReportsBySchool(
    QWidget* parent, const CreditReportJob& job, const QString& folder, bool* cancelled)
{
    QStringList written;
    if (cancelled)
        *cancelled = false;
    if (!job.database)
        return written;
    QProgressDialog progress(
        PrintActions::tr("正在按学校导出学分统计表…"), PrintActions::tr("取消"), 0, int(job.units.size()), parent);
    progress.setWindowTitle(PrintActions::tr("按学校导出"));
    progress.setObjectName(QStringLiteral("creditReportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0); // at once: the clerk sees the work start, and where to stop it
    progress.setValue(0);
    LedgerRepository ledger(*job.database);
    for (int i = 0; i < job.units.size(); ++i) {
        if (progress.wasCanceled())
            break;
        const auto& [unitId, unitName] = job.units.at(i);
        progress.setLabelText(PrintActions::tr("正在导出 %1（%2/%3）…").arg(unitName).arg(i + 1).arg(job.units.size()));
        LedgerScope scope;
        scope.unitId = unitId;
        auto rows
            = ledger.report(job.options.rules, job.options.cycleStart, job.options.asOf, scope, job.options.belowOnly);
        if (!rows) {
            Messages::error(parent, PrintActions::tr("按学校导出"), rows.error());
            break;
        }
        if (rows->isEmpty()) {
            progress.setValue(i + 1);
            continue;
        }
        CreditReportOptions options = job.options;
        options.unitName = unitName;
        options.issuer = unitName; // a school signs its own report
        const CreditReportDocument document(rows.value(), options);
        const QString path = QDir(folder).filePath(fileNameFor(document.title()) + QStringLiteral(".pdf"));
        if (Status s = document.writePdf(path); !s) {
            Messages::error(parent, PrintActions::tr("按学校导出"), s.error());
            break;
        }
        written << path;
        progress.setValue(i + 1); // (modal) processes events: 取消 is seen here
    }
    if (cancelled)
        *cancelled = progress.wasCanceled();
    return written;
}

void printCreditReport(QWidget* parent, const CreditReportJob& job)
{
    if (!job.database)
        return;
    const QString title = PrintActions::tr("打印学分统计表");
    QList<TeacherCreditRow> rows;
    int pages = 0;
    {
        // Reading a district's totals and laying out a sample take a moment: say so at once.
        QProgressDialog busy(PrintActions::tr("正在统计学分…"), QString(), 0, 0, parent);
        busy.setWindowTitle(title);
        busy.setWindowModality(Qt::WindowModal);
        busy.setMinimumDuration(0);
        busy.setValue(0);
        QCoreApplication::processEvents();
        auto read = LedgerRepository(*job.database)
                        .report(job.options.rules, job.options.cycleStart, job.options.asOf, job.scope,
                            job.options.belowOnly);
        if (!read) {
            busy.close();
            Messages::error(parent, title, read.error());
            return;
        }
        rows = std::move(read.value());
        pages = estimatedCreditReportPages(rows, job.options);
    }
    if (pages <= kCreditReportAskPages) {
        showCreditReportPreview(parent, rows, job.options);
        return;
    }
    // Thousands of pages nobody reads whole: ask first.
    QMessageBox ask(QMessageBox::Question, title,
        PrintActions::tr("这份学分统计表有 %1 名教师，约 %2 页。").arg(rows.size()).arg(pages), QMessageBox::NoButton,
        parent);
    ask.setInformativeText(PrintActions::tr("可以只列未达标的教师，或按学校各导出一份 PDF 发给学校。"));
    QPushButton* below = ask.addButton(PrintActions::tr("只列未达标的教师"), QMessageBox::AcceptRole);
    below->setObjectName(QStringLiteral("reportBelowOnly"));
    QPushButton* split = ask.addButton(PrintActions::tr("按学校分别导出 PDF…"), QMessageBox::AcceptRole);
    split->setObjectName(QStringLiteral("reportBySchool"));
    QPushButton* all = ask.addButton(PrintActions::tr("全部预览"), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("reportAll"));
    QPushButton* cancel = ask.addButton(PrintActions::tr("取消"), QMessageBox::RejectRole);
    ask.setDefaultButton(below);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() == all) {
        showCreditReportPreview(parent, rows, job.options);
    } else if (ask.clickedButton() == below) {
        CreditReportJob belowJob = job;
        belowJob.options.belowOnly = true;
        auto belowRows = LedgerRepository(*job.database)
                             .report(job.options.rules, job.options.cycleStart, job.options.asOf, job.scope, true);
        if (!belowRows)
            Messages::error(parent, title, belowRows.error());
        else
            showCreditReportPreview(parent, belowRows.value(), belowJob.options);
    } else if (ask.clickedButton() == split) {
        const QString folder = QFileDialog::getExistingDirectory(parent, PrintActions::tr("导出到哪个文件夹"),
            QSettings().value(QStringLiteral("print/lastFolder")).toString());
        if (folder.isEmpty())
            return;
        bool stopped = false;
        const QStringList files = exportCreditReportsBySchool(parent, job, folder, &stopped);
        const QString text = stopped
            ? PrintActions::tr("已停止：导出了 %1 所学校的学分统计表，在 %2").arg(files.size()).arg(folder)
            : PrintActions::tr("已导出 %1 所学校的学分统计表，在 %2").arg(files.size()).arg(folder);
        Messages::saved(parent, PrintActions::tr("按学校导出"), QDir(folder).filePath(QStringLiteral(".")), text);
    }
}

} // namespace tp
