#include "UnknownOrganizersDialog.h"

#include "Database.h"
#include "DialogHelp.h"
#include "Messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {

enum Column { NameColumn, ProjectsColumn, ActionColumn, UnitColumn, ColumnCount };

} // namespace

UnknownOrganizersDialog::UnknownOrganizersDialog(
    Database& db, const QList<UnknownOrganizer>& unknown, const QStringList& listed, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_unknown(unknown)
{
    help::bindF1(this, QStringLiteral("import.md#新的主办单位")); // F1: the guide's page
    setObjectName(QStringLiteral("unknownOrganizersDialog"));
    setWindowTitle(tr("新的主办单位"));
    auto* intro = new QLabel(tr("导入的计划表中有 %n 个主办单位不在单位名录中。导入不会自动把它们加入名录：请逐个选择"
                                "“添加为新单位”，或“对应到”名录中的单位（记为它的别名，如 区进修校 = 区教师进修学校）；"
                                "暂不处理的仍会提示“不在单位名录中”，以后可在 工具 → 单位名录 中处理。",
                                 nullptr, int(unknown.size())),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(unknown.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("unknownOrganizersTable"));
    m_table->setHorizontalHeaderLabels({ tr("主办单位"), tr("出现在"), tr("处理"), tr("对应到") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < unknown.size(); ++row) {
        const UnknownOrganizer& u = unknown.at(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(u.name));
        // Six numbers or ranges at most in the cell, so the choice columns stay in view; more in the tooltip.
        auto* where = new QTableWidgetItem(UnitDirectoryService::projectsPhrase(u.seqs, 6));
        where->setToolTip(UnitDirectoryService::projectsPhrase(u.seqs, 60));
        m_table->setItem(row, ProjectsColumn, where);

        auto* action = new QComboBox(m_table);
        action->setObjectName(QStringLiteral("actionBox_%1").arg(row));
        action->addItem(tr("暂不处理"), int(UnitDecision::Action::Skip));
        action->addItem(tr("添加为新单位"), int(UnitDecision::Action::Add));
        action->addItem(tr("对应到已有单位"), int(UnitDecision::Action::Alias));
        auto* unit = new QComboBox(m_table);
        unit->setObjectName(QStringLiteral("unitBox_%1").arg(row));
        // The close matches first ("相近"), then every other listed unit.
        for (const QString& close : u.closeMatches)
            unit->addItem(tr("%1（相近）").arg(close), close);
        if (!u.closeMatches.isEmpty() && u.closeMatches.size() < listed.size())
            unit->insertSeparator(unit->count());
        for (const QString& name : listed)
            if (!u.closeMatches.contains(name))
                unit->addItem(name, name);
        // A name close to a listed unit is most likely that unit written short: offered as the choice to confirm.
        action->setCurrentIndex(
            action->findData(int(u.closeMatches.isEmpty() ? UnitDecision::Action::Skip : UnitDecision::Action::Alias)));
        unit->setEnabled(!u.closeMatches.isEmpty());
        if (listed.isEmpty())
            unit->addItem(tr("（单位名录为空）"), QString());
        connect(action, &QComboBox::currentIndexChanged, unit,
            [action, unit] { unit->setEnabled(action->currentData().toInt() == int(UnitDecision::Action::Alias)); });
        m_table->setCellWidget(row, ActionColumn, action);
        m_table->setCellWidget(row, UnitColumn, unit);
    }
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProjectsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("以后再说"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnknownOrganizersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, std::min(560, 200 + 34 * int(unknown.size())));
}

QComboBox* UnknownOrganizersDialog::actionBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, ActionColumn));
}

QComboBox* UnknownOrganizersDialog::unitBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, UnitColumn));
}

QList<UnitDecision> UnknownOrganizersDialog::decisions() const
{
    QList<UnitDecision> list;
    for (int row = 0; row < m_unknown.size(); ++row) {
        UnitDecision d;
        d.name = m_unknown.at(row).name;
        d.action = UnitDecision::Action(actionBox(row)->currentData().toInt());
        d.unit = unitBox(row)->currentData().toString();
        d.kind = guessUnitKind(d.name);
        list << d;
    }
    return list;
}

void UnknownOrganizersDialog::accept()
{
    auto done = UnitDirectoryService(m_db).apply(decisions());
    if (!done) {
        Messages::error(this, windowTitle(), done.error());
        return; // the choices stay as they are
    }
    m_applied = *done;
    QDialog::accept();
}

} // namespace tp
