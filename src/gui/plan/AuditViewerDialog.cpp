#include "AuditViewerDialog.h"

#include "AuditQuery.h"
#include "Database.h"
#include "DialogHelp.h"
#include "Messages.h"
#include "PlanRepository.h"
#include "ServerTrailView.h"
#include "TypedDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("经办人："), this));
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_actor->addItem(tr("全部"), QString());
    if (auto actors = auditActors(db))
        for (const QString& a : *actors)
            m_actor->addItem(a, a);
    filters->addWidget(m_actor);
    m_useSince = new QCheckBox(tr("起始日期："), this);
    m_since = new TypedDateEdit(QDate::currentDate().addMonths(-1), this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setEnabled(false);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(new QLabel(tr("项目："), this));
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
    filters->addWidget(m_project, 1);
    layout->addLayout(filters);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        { tr("时间"), tr("经办人"), tr("对象"), tr("操作"), tr("字段"), tr("原值"), tr("新值") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditViewerDialog::refresh);
    connect(m_project, &QComboBox::currentIndexChanged, this, &AuditViewerDialog::refresh);
    connect(m_useSince, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        refresh();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &AuditViewerDialog::refresh);
    resize(1100, 560);
    refresh();
}

void AuditViewerDialog::refresh()
{
    AuditFilter f;
    f.actor = m_actor->currentData().toString();
    if (m_useSince->isChecked())
        f.since = m_since->date();
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
    m_table->setRowCount(int(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const AuditEntry& e = entries->at(i);
        const QStringList cells { QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')).left(19), e.actor,
            tr("%1 %2").arg(entityLabel(e.entity)).arg(e.entityId),
            e.operation.isEmpty() ? e.action : tr("%1（%2）").arg(e.action, e.operation), e.field, e.oldValue,
            e.newValue };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c).left(200));
            item->setToolTip(cells.at(c).left(2000));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 4; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
}

} // namespace tp
