#include "PrintActions.h"

#include "PageSetup.h"
#include "PlanTableDocument.h"
#include "XlsxExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace tp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tp::PrintActions", text);
}

PlanTableOptions printOptions(const PageSetup& page)
{
    PlanTableOptions options;
    options.page = page;
    return options;
}

// The file name offered: the plan's title, without characters a file name cannot hold.
QString suggestedPath(const Plan& plan, const QString& suffix)
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("print/lastFolder")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = plan.title.isEmpty() ? tr("计划表") : plan.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\n]")), QStringLiteral("_"));
    return QDir(dir).filePath(name + QLatin1Char('.') + suffix);
}

QString askPath(QWidget* parent, const Plan& plan, const QString& caption, const QString& filter, const QString& suffix)
{
    QString path = QFileDialog::getSaveFileName(parent, caption, suggestedPath(plan, suffix), filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    QSettings().setValue(QStringLiteral("print/lastFolder"), QFileInfo(path).absolutePath());
    return path;
}

void showError(QWidget* parent, const QString& title, const Error& error)
{
    QMessageBox::critical(parent, title, error.toString());
}

} // namespace

void showPlanPrintPreview(QWidget* parent, const Plan& plan, const QList<Project>& projects)
{
    QSettings settings;
    PageSetup setup = PageSetup::load(settings);
    PlanTableDocument document(plan, projects, printOptions(setup));

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(setup.pageLayout());
    printer.setFullPage(true); // the document draws its own margins (PageSetup)
    printer.setDocName(plan.title);

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("打印预览 — %1").arg(plan.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        // The orientation buttons of the preview change the printer; lay the pages out for it (margins of
        // that orientation, unless the user's margins were for it already).
        const QPageLayout::Orientation orientation = target->pageLayout().orientation();
        if (orientation != setup.orientation)
            setup = PageSetup::defaults(orientation);
        document.setPageSetup(setup);
        if (Status s = document.print(target); !s)
            showError(&dialog, tr("打印"), s.error());
    });
    dialog.exec();
    setup.save(settings);
}

void showSignInPreview(
    QWidget* parent, const Project& project, const QList<SignInEntry>& entries, SignInOptions options)
{
    // A sign-in sheet is a portrait list with room to sign.
    options.page = PageSetup::defaults(QPageLayout::Portrait);
    SignInSheet sheet(project, entries, options);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options.page.pageLayout());
    printer.setFullPage(true); // the sheet draws its own margins
    printer.setDocName(project.name);

    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("打印预览 — %1签到表").arg(project.name));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (Status s = sheet.print(target); !s)
            showError(&dialog, tr("打印"), s.error());
    });
    dialog.exec();
}

bool exportPlanPdf(QWidget* parent, const Plan& plan, const QList<Project>& projects)
{
    const QString path = askPath(parent, plan, tr("导出 PDF"), tr("PDF 文件 (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    QSettings settings;
    const PlanTableDocument document(plan, projects, printOptions(PageSetup::load(settings)));
    if (Status s = document.writePdf(path); !s) {
        showError(parent, tr("导出 PDF"), s.error());
        return false;
    }
    return true;
}

bool exportPlanXlsx(QWidget* parent, const Plan& plan, const QList<Project>& projects)
{
    const QString path = askPath(parent, plan, tr("导出 Excel"), tr("Excel 工作簿 (*.xlsx)"), QStringLiteral("xlsx"));
    if (path.isEmpty())
        return false;
    QSettings settings;
    XlsxExportOptions options;
    options.title = plan.title;
    options.landscape = PageSetup::load(settings).orientation == QPageLayout::Landscape;
    options.totalsRow = plan.stated.has_value() || std::any_of(projects.begin(), projects.end(), [](const Project& p) {
        return !p.durationText.trimmed().isEmpty();
    });
    options.notes = plan.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (Status s = XlsxExporter::writeFile(path, projects, options); !s) {
        showError(parent, tr("导出 Excel"), s.error());
        return false;
    }
    return true;
}

} // namespace tp
