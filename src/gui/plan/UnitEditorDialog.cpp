#include "UnitEditorDialog.h"

#include "DialogHelp.h"
#include "Messages.h"
#include "UnitRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {

const UnitKind kKinds[] = { UnitKind::Bureau, UnitKind::TrainingSchool, UnitKind::CommunityCollege,
    UnitKind::Kindergarten, UnitKind::Primary, UnitKind::Secondary, UnitKind::School, UnitKind::Other };

} // namespace

UnitEditorDialog::UnitEditorDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    help::bindF1(this, QStringLiteral("approval.md#单位名录")); // F1: the guide's page
    setObjectName(QStringLiteral("unitEditorDialog"));
    setWindowTitle(tr("单位名录"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("计划表中的主办单位须在单位名录中。新输入或导入的单位不会自动加入名录，"
                               "标为“未收录”：请加入名录，或设为某单位的别名，或合并到某单位。"),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("unitTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("名称"), tr("类别"), tr("别名"), tr("名录") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("添加单位…"), this);
    add->setObjectName(QStringLiteral("addUnitButton"));
    auto* list = new QPushButton(tr("加入名录"), this);
    list->setObjectName(QStringLiteral("listUnitButton"));
    auto* alias = new QPushButton(tr("添加别名…"), this);
    alias->setObjectName(QStringLiteral("addAliasButton"));
    auto* merge = new QPushButton(tr("合并到…"), this);
    merge->setObjectName(QStringLiteral("mergeUnitButton"));
    for (QPushButton* b : { add, list, alias, merge })
        row->addWidget(b);
    row->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &UnitEditorDialog::addUnit);
    connect(list, &QPushButton::clicked, this, &UnitEditorDialog::listSelected);
    connect(alias, &QPushButton::clicked, this, &UnitEditorDialog::addAlias);
    connect(merge, &QPushButton::clicked, this, &UnitEditorDialog::mergeSelected);
    resize(820, 520);
    reload();
}

void UnitEditorDialog::reload()
{
    auto units = UnitRepository(m_db).units();
    if (!units) {
        Messages::error(this, windowTitle(), units.error());
        return;
    }
    // The directory first, then what plans name that it does not know.
    QList<Unit> sorted;
    for (const Unit& u : *units)
        if (u.listed)
            sorted << u;
    for (const Unit& u : *units)
        if (!u.listed)
            sorted << u;
    // A name a plan uses that is another unit's alias is known: it says whose.
    QHash<QString, QString> aliasOf;
    for (const Unit& u : std::as_const(sorted))
        for (const QString& a : u.aliases)
            aliasOf.insert(a, u.name);
    m_table->setRowCount(int(sorted.size()));
    for (int i = 0; i < sorted.size(); ++i) {
        const Unit& u = sorted.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(u.name));
        m_table->setItem(i, 1, new QTableWidgetItem(unitKindLabel(u.kind)));
        m_table->setItem(i, 2, new QTableWidgetItem(u.aliases.join(tr("、"))));
        const QString alias = aliasOf.value(u.name);
        auto* state = new QTableWidgetItem(
            u.listed ? tr("在名录中") : (alias.isEmpty() ? tr("未收录") : tr("别名，即「%1」").arg(alias)));
        if (!u.listed && alias.isEmpty()) {
            for (int c = 0; c < 3; ++c)
                m_table->item(i, c)->setForeground(QColor(0xB0, 0x40, 0x00));
            state->setForeground(QColor(0xB0, 0x40, 0x00));
            state->setToolTip(tr("计划中出现过、但不在单位名录中：主办单位检查会一直提示"));
        }
        m_table->setItem(i, 3, state);
    }
    m_table->resizeColumnsToContents();
}

QString UnitEditorDialog::selectedUnit() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void UnitEditorDialog::addUnit()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("添加单位"), tr("单位名称："), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QStringList kinds;
    for (UnitKind k : kKinds)
        kinds << unitKindLabel(k);
    const QString kind = QInputDialog::getItem(this, tr("添加单位"), tr("类别："), kinds,
        int(std::find(std::begin(kKinds), std::end(kKinds), guessUnitKind(name)) - std::begin(kKinds)), false, &ok);
    if (!ok)
        return;
    const auto added = UnitRepository(m_db).addUnit(name, kKinds[kinds.indexOf(kind)]);
    if (!added) {
        Messages::error(this, tr("添加单位"), added.error());
        return;
    }
    m_changed = true;
    reload();
}

void UnitEditorDialog::listSelected()
{
    const QString name = selectedUnit();
    if (name.isEmpty())
        return;
    const auto added = UnitRepository(m_db).addUnit(name, guessUnitKind(name));
    if (!added) {
        Messages::error(this, tr("加入名录"), added.error());
        return;
    }
    m_changed = true;
    reload();
}

void UnitEditorDialog::addAlias()
{
    const QString name = selectedUnit();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString alias = QInputDialog::getText(
        this, tr("添加别名"), tr("「%1」的另一个名称（如简称）：").arg(name), QLineEdit::Normal, QString(), &ok);
    if (!ok || alias.trimmed().isEmpty())
        return;
    if (Status s = UnitRepository(m_db).addAlias(name, alias); !s) {
        Messages::error(this, tr("添加别名"), s.error());
        return;
    }
    m_changed = true;
    reload();
}

void UnitEditorDialog::mergeSelected()
{
    const QString from = selectedUnit();
    if (from.isEmpty())
        return;
    QStringList targets;
    if (auto units = UnitRepository(m_db).units())
        for (const Unit& u : *units)
            if (u.listed && u.name != from)
                targets << u.name;
    if (targets.isEmpty()) {
        Messages::error(this, tr("合并单位"), tr("单位名录中没有可以合并到的单位：请先添加"));
        return;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("合并单位"),
        tr("把「%1」合并到（其项目、教师、报名都归入该单位，原名成为别名）：").arg(from), targets, 0, false, &ok);
    if (!ok)
        return;
    if (Status s = UnitRepository(m_db).mergeUnits(from, into); !s) {
        Messages::error(this, tr("合并单位"), s.error());
        return;
    }
    m_changed = true;
    reload();
}

} // namespace tp
