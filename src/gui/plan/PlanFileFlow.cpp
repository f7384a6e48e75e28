#include "PlanFileFlow.h"

#include "Database.h"
#include "FileChooser.h"
#include "ImportReportDialog.h"
#include "Messages.h"
#include "NewPlanDialog.h"
#include "PlanCsvExporter.h"
#include "PlanEditService.h"
#include "PlanImportService.h"
#include "PlanRepository.h"
#include "UnitDirectoryService.h"
#include "UnitRepository.h"
#include "UnknownOrganizersDialog.h"
#include "WorkProgress.h"
#include "XlsxReader.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QRegularExpression>
#include <QWidget>

// Resources of a static library must be initialised by name, outside any namespace.
static void initSampleResources()
{
    Q_INIT_RESOURCE(samples);
}

namespace tp {

namespace {
struct Sample {
    const char* resource;
    const char16_t* district;
    int year;
    const char16_t* title; // as published (the transcribed CSV files carry no title row)
};
const Sample kSamples[] = {
    { ":/samples/liangping-2021-plan.csv", u"梁平区", 2021, u"梁平区教育系统2021年教师教育项目计划表" },
    { ":/samples/jianan-2024-plan.csv", u"建安区", 2024, u"许昌市建安区2024年教师培训工作安排表" },
};
// The year a plan's title names ("梁平区教育系统2021年教师教育项目计划表" → 2021), or 0.
int yearInTitle(const QString& title)
{
    static const QRegularExpression year(QStringLiteral("((?:19|20|21)\\d\\d)\\s*年"));
    const auto m = year.match(title);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}
} // namespace

PlanFileFlow::PlanFileFlow(std::shared_ptr<Database> database, QWidget* window)
    : QObject(window)
    , m_database(std::move(database))
    , m_window(window)
{
    initSampleResources();
}

void PlanFileFlow::importPlan(const Plan& current)
{
    const QString path = FileChooser::openFile(m_window, tr("导入计划表"),
        tr("计划表 (*.csv *.xlsx *.txt);;CSV 文件 (*.csv *.txt);;Excel 工作簿 (*.xlsx);;所有文件 (*)"),
        QStringLiteral("import/dir"));
    if (path.isEmpty())
        return;

    ImportRequest request;
    request.path = path;
    // A workbook with several sheets: the clerk picks the one holding the plan (the first is preselected).
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        auto sheets = XlsxReader::sheetNames(path);
        if (!sheets) {
            Messages::error(m_window, tr("导入计划表"), sheets.error());
            return;
        }
        if (sheets->size() > 1) {
            bool ok = false;
            request.sheet = QInputDialog::getItem(m_window, tr("选择工作表"),
                tr("%1 有 %2 个工作表，计划表在哪一个？").arg(QFileInfo(path).fileName()).arg(sheets->size()), *sheets,
                0, false, &ok);
            if (!ok)
                return;
        }
    }
    if (current.id > 0) {
        request.district = current.district;
        request.year = current.year;
    }
    auto preview = readPlanFile(request);
    if (!preview) {
        Messages::error(m_window, tr("导入计划表"), preview.error());
        return;
    }
    ImportReportDialog previewDialog(*preview, ImportReportDialog::Mode::Preview, m_window);
    if (previewDialog.exec() != QDialog::Accepted)
        return;

    // Which plan: the year the file's title names (梁平区教育系统2022年…), else the one shown.
    const int titleYear = yearInTitle(preview->plan.title);
    NewPlanDialog target(m_window);
    target.setWindowTitle(tr("导入到哪个计划"));
    target.setDistrict(preview->plan.district.isEmpty() ? request.district : preview->plan.district);
    target.setYear(titleYear > 0 ? titleYear : (preview->plan.year > 0 ? preview->plan.year : request.year));
    // A plan that exists is replaced only when the clerk says so; 否 goes back to choose another year or district
    // (the import is not thrown away).
    for (;;) {
        if (target.exec() != QDialog::Accepted)
            return;
        const Plan chosen = target.plan();
        request.district = chosen.district;
        request.year = chosen.year;
        request.title = chosen.title;
        auto existing = PlanRepository(*m_database).findPlan(request.district, request.year);
        if (!existing || !existing->has_value())
            break;
        if (Messages::ask(m_window, tr("计划已存在"),
                tr("%1 %2 年度已有计划。要用导入的表替换它吗？\n\n"
                   "新表中仍有的项目（按序号和名称对应）保留参训名单、学分登记、日期和学分设置，内容改为新表的。"
                   "新表中没有的项目：无人参训的删除（审计日志保留其原有内容）；若有项目已有参训记录或学分登记，"
                   "替换会被拒绝，并列出这些项目。\n\n替换前会自动备份当前数据到 %3。\n\n选“否”可以另选年度或区县。")
                    .arg(request.district)
                    .arg(request.year)
                    .arg(QDir::toNativeSeparators(m_database->backupFolder())))) {
            request.replace = true;
            break;
        }
        target.setWindowTitle(tr("导入到哪个计划（另选年度或区县）"));
    }
    WorkProgress progress(m_window, tr("导入计划表"), tr("正在导入…"));
    PlanImportService service(*m_database);
    service.setProgress(progress.options());
    auto report = service.importFile(request);
    if (!report) {
        if (Cancelled::is(report.error()))
            Q_EMIT statusMessage(report.error().message, 8000);
        else
            Messages::error(m_window, tr("导入计划表"), report.error());
        return;
    }
    askAboutUnknownOrganizers(report->plan.id);
    Q_EMIT planReady(report->plan.id);
    ImportReportDialog done(*report, ImportReportDialog::Mode::Done, m_window);
    done.exec();
}

void PlanFileFlow::askAboutUnknownOrganizers(qint64 planId)
{
    // An import never adds a unit by itself: the names the directory does not know are listed, to add or map.
    auto unknown = UnitDirectoryService(*m_database).unknownOrganizers(planId);
    if (!unknown) {
        Messages::error(m_window, tr("单位名录"), unknown.error());
        return;
    }
    if (unknown->isEmpty())
        return;
    auto units = UnitRepository(*m_database).units();
    if (!units) {
        Messages::error(m_window, tr("单位名录"), units.error());
        return;
    }
    QStringList listed;
    for (const Unit& u : *units)
        if (u.listed)
            listed << u.name;
    UnknownOrganizersDialog dialog(*m_database, *unknown, listed, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.applied() > 0)
        Q_EMIT statusMessage(tr("单位名录已更新：%n 个主办单位已添加或对应", nullptr, dialog.applied()), 6000);
}

void PlanFileFlow::exportCsv(const Plan& plan, const QList<Project>& projects)
{
    if (plan.id <= 0)
        return;
    const QString suggested = (plan.title.isEmpty() ? tr("%1%2年计划").arg(plan.district).arg(plan.year) : plan.title)
        + QStringLiteral(".csv");
    const QString path = FileChooser::saveFile(
        m_window, tr("导出 CSV"), suggested, tr("CSV 文件 (*.csv)"), QString(), QStringLiteral("export/dir"));
    if (path.isEmpty())
        return;
    CsvExportOptions options;
    options.title = plan.title;
    if (Status s = PlanCsvExporter::writeFile(path, projects, options); !s) {
        Messages::error(m_window, tr("导出 CSV"), s.error());
        return;
    }
    Q_EMIT statusMessage(
        tr("已导出 %n 个项目到 %1", nullptr, int(projects.size())).arg(QDir::toNativeSeparators(path)), 8000);
    Messages::saved(m_window, tr("导出 CSV"), path); // where, with 打开文件夹, as PDF and XLSX
}

void PlanFileFlow::newPlan(const Plan& current)
{
    NewPlanDialog dialog(m_window);
    if (current.id > 0) {
        dialog.setDistrict(current.district);
        dialog.setYear(current.year + 1);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = PlanEditService(*m_database).createPlan(dialog.plan());
    if (!created) {
        Messages::error(m_window, tr("新建计划"), created.error());
        return;
    }
    Q_EMIT planReady(created->id);
}

bool PlanFileFlow::loadSamples()
{
    bool any = false;
    qint64 first = 0;
    for (const Sample& sample : kSamples) {
        ImportRequest request;
        request.path = QString::fromLatin1(sample.resource);
        request.district = QString::fromUtf16(sample.district);
        request.year = sample.year;
        request.title = QString::fromUtf16(sample.title);
        auto existing = PlanRepository(*m_database).findPlan(request.district, request.year);
        if (existing && existing->has_value())
            continue; // never overwrite what the user has
        auto report = PlanImportService(*m_database).importFile(request);
        if (!report) {
            Messages::error(m_window, tr("载入示例计划"), report.error());
            continue;
        }
        if (!first)
            first = report->plan.id;
        any = true;
    }
    if (first)
        Q_EMIT planReady(first);
    if (!any)
        Q_EMIT statusMessage(tr("示例计划已在数据库中"), 5000);
    return any;
}

void PlanFileFlow::offerSamplesIfEmpty()
{
    auto plans = PlanRepository(*m_database).plans();
    if (!plans || !plans->isEmpty())
        return;
    const bool samples = Messages::ask(m_window, tr("欢迎使用 TrainPlan"),
        tr("数据库中还没有计划。\n要载入两份公开发布的计划表作为示例吗？\n"
           "（梁平区教育系统 2021 年教师教育项目计划表；许昌市建安区 2024 年教师培训工作安排表）"),
        true);
    if (samples)
        loadSamples();
    else
        newPlan(Plan());
}

} // namespace tp
