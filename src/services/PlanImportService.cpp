#include "PlanImportService.h"

#include "Database.h"
#include "PlanRepository.h"
#include "Transaction.h"

#include <QFileInfo>

namespace tp {

Result<ImportReport> PlanImportService::importFile(const ImportRequest& request)
{
    const QString fileName = QFileInfo(request.path).fileName();
    if (!m_progress.step(0, 3, tr("正在读取 %1…").arg(fileName)))
        return Cancelled::error(tr("导入"));
    auto checked = readPlanFile(request);
    if (!checked)
        return checked.error();
    ImportReport report = std::move(checked.value());
    if (!m_progress.step(1, 3, tr("正在保存 %1 个项目…").arg(report.table.projects.size())))
        return Cancelled::error(tr("导入"));

    PlanRepository plans(m_db);
    QString backupPath;
    if (request.replace && m_db.transactionDepth() == 0) {
        auto before = plans.findPlan(report.plan.district, report.plan.year);
        if (!before)
            return before.error();
        if (before->has_value()) {
            // A backup cannot run inside the transaction below: it is made first.
            auto saved = m_db.automaticBackup(QStringLiteral("before-replace"));
            if (!saved) {
                Error e(tr("替换前无法备份数据库，未导入：%1").arg(saved.error().message));
                e.file = fileName;
                return e;
            }
            backupPath = saved.value();
        }
    }
    Transaction tx(m_db, tr("导入计划表 %1").arg(fileName));
    if (!tx.isActive())
        return tx.error();
    auto existing = plans.findPlan(report.plan.district, report.plan.year);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if (!request.replace) {
            const Plan& old = **existing;
            auto oldProjects = plans.projects(old.id);
            Error e(tr("%1 %2 年度的计划已存在（%3 个项目%4），未导入。要用这个文件替换它：命令行加 --replace，"
                       "或在导入时确认替换")
                        .arg(old.district)
                        .arg(old.year)
                        .arg(oldProjects ? oldProjects->size() : 0)
                        .arg(old.sourceFile.isEmpty() ? QString() : tr("，导入自 %1").arg(old.sourceFile)));
            e.file = fileName;
            return e;
        }
        report.replaced = true;
    }
    auto stored = plans.importPlan(report.plan, report.table.projects, request.replace, &report.replaceSummary);
    if (!stored) {
        Error e = stored.error();
        if (e.file.isEmpty())
            e.file = fileName;
        return e;
    }
    if (!m_progress.step(3, 3, {}))
        return Cancelled::error(tr("导入")); // tx rolls back
    if (Status s = tx.commit(); !s)
        return s.error();
    if (report.replaceSummary.backupPath.isEmpty())
        report.replaceSummary.backupPath = backupPath;
    report.plan = stored.value();
    return report;
}

} // namespace tp
