#include "AuditViewerDialog.h"

#include "AuditFilterBar.h"
#include "AuditQuery.h"
#include "Database.h"
#include "DialogHelp.h"
#include "Messages.h"
#include "PlanRepository.h"
#include "ServerTrailView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {

// The audit log's words for people: its entities and actions.
QString entityLabel(const QString& entity)
{
    if (entity == QStringLiteral("plan"))
        return AuditViewerDialog::tr("计划");
    if (entity == QStringLiteral("project"))
        return AuditViewerDialog::tr("项目");
    if (entity == QStringLiteral("change_request"))
        return AuditViewerDialog::tr("调整申请");
    if (entity == QStringLiteral("unit"))
        return AuditViewerDialog::tr("单位");
    return entity;
}

} // namespace

AuditViewerDialog::AuditViewerDialog(Database& db, const Plan& plan, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(plan)
{
    help::bindF1(this, QStringLiteral("approval.md#历史、比较与审计日志")); // F1: the guide's page
    setObjectName(QStringLiteral("auditViewerDialog"));
    setWindowTitle(tr("审计日志"));
    auto* outer = new QVBoxLayout(this);
    // On a server, the server's own trail (every changed row with its login) is a second tab.
    auto* logPage = new QWidget(this);
    auto* layout = new QVBoxLayout(logPage);
    layout->setContentsMargins(0, 0, 0, 0);
    if (db.isServer()) {
        auto* tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("auditTabs"));
        tabs->addTab(logPage, tr("审计日志"));
        m_trail = new ServerTrailView(db, tabs);
        tabs->addTab(m_trail, tr("服务器审计轨迹"));
        outer->addWidget(tabs, 1);
    } else {
        outer->addWidget(logPage, 1);
    }
    auto actors = auditActors(db);
    m_filters = new AuditFilterBar(tr("经办人："), actors ? *actors : QStringList(), QStringLiteral("audit"), this);
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("auditProjectFilter"));
    m_project->addItem(plan.id > 0 ? tr("本计划全部") : tr("全部"), 0);
    if (plan.id > 0) {
        if (auto projects = PlanRepository(db).projects(plan.id))
            for (const Project& p : *projects)
                m_project->addItem(tr("第 %1 项 %2").arg(p.seq).arg(p.name), p.id);
        m_project->addItem(tr("全部计划与名录"), -1);
    }
    m_project->setMaximumWidth(360);
    m_filters->addFilter(tr("项目："), m_project, 1);
    layout->addWidget(m_filters);

    m_table = AuditFilterBar::makeTable(
        { tr("时间"), tr("经办人"), tr("对象"), tr("操作"), tr("字段"), tr("原值"), tr("新值") },
        QStringLiteral("auditTable"), this);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    connect(m_filters, &AuditFilterBar::changed, this, &AuditViewerDialog::refresh);
    connect(m_project, &QComboBox::currentIndexChanged, this, &AuditViewerDialog::refresh);
    resize(1100, 560);
    refresh();
}

QComboBox* AuditViewerDialog::actorFilter() const
{
    return m_filters->personFilter();
}

void AuditViewerDialog::refresh()
{
    AuditFilter f;
    f.actor = m_filters->person();
    f.since = m_filters->since();
    f.until = m_filters->until();
    const qint64 project = m_project->currentData().toLongLong();
    if (project > 0)
        f.projectId = project;
    else if (project == 0)
        f.planId = m_plan.id;
    f.limit = 5000;
    auto entries = readAudit(m_db, f);
    if (!entries) {
        Messages::error(this, windowTitle(), entries.error());
        return;
    }
    QList<QStringList> rows;
    rows.reserve(entries->size());
    for (const AuditEntry& e : std::as_const(*entries))
        rows << QStringList { QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).left(19), e.actor,
            tr("%1 %2").arg(entityLabel(e.entity)).arg(e.entityId),
            e.operation.isEmpty() ? e.action : tr("%1（%2）").arg(e.action, e.operation), e.field, e.oldValue,
            e.newValue };
    AuditFilterBar::showRows(m_table, rows, 4);
}

} // namespace tp
