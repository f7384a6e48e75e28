#include "TeacherPickerDialog.h"

#include "Database.h"
#include "DialogHelp.h"
#include "EscapeClears.h"
#include "PinyinIndex.h"
#include "UnitRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp {

TeacherPickerDialog::TeacherPickerDialog(Database& db, const QSet<qint64>& enrolled, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_enrolled(enrolled)
{
    help::bindF1(this, QStringLiteral("enrollment.md#报名")); // F1: the guide's page
    setWindowTitle(tr("添加学员"));
    m_unitCombo = new QComboBox(this);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->addItem(tr("全部单位"), qint64(0));
    if (auto units = UnitRepository(db).units()) {
        for (const Unit& u : units.value())
            m_unitCombo->addItem(u.name, u.id);
    }
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("姓名、拼音、首字母或工号，例如 zhw"));
    m_filterEdit->setClearButtonEnabled(true);
    EscapeClears::install(m_filterEdit);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("teacherList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_countLabel = new QLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("单位："), m_unitCombo);
    form->addRow(tr("查找："), m_filterEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("报名"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(buttons);
    resize(460, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, &TeacherPickerDialog::loadUnit);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &TeacherPickerDialog::applyFilter);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &TeacherPickerDialog::takeSelection);
    loadUnit();
}

void TeacherPickerDialog::setUnit(qint64 unitId)
{
    const int i = m_unitCombo->findData(unitId);
    if (i >= 0)
        m_unitCombo->setCurrentIndex(i);
}

void TeacherPickerDialog::setFilterText(const QString& text)
{
    m_filterEdit->setText(text);
}

void TeacherPickerDialog::loadUnit()
{
    m_syncing = true; // emptying the list is not unchoosing
    m_list->clear();
    m_syncing = false;
    m_entries.clear();
    TeacherRepository teachers(m_db);
    auto index = teachers.searchIndex(m_unitCombo->currentData().toLongLong());
    if (!index) {
        m_countLabel->setText(index.error().toString());
        return;
    }
    m_entries = index.value();
    QList<qint64> ids;
    ids.reserve(m_entries.size());
    for (const TeacherSearchEntry& e : m_entries)
        ids << e.id;
    auto details = teachers.teachers(ids);
    QHash<qint64, Teacher> byId;
    if (details)
        for (const Teacher& t : details.value())
            byId.insert(t.id, t);
    for (const TeacherSearchEntry& e : m_entries) {
        const Teacher t = byId.value(e.id);
        QString text = QStringLiteral("%1　%2").arg(t.name, t.staffNumber);
        if (!t.subject.isEmpty())
            text += QStringLiteral("　") + t.subject;
        if (m_unitCombo->currentIndex() == 0)
            text += QStringLiteral("　") + t.unitName;
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, e.id);
        if (m_enrolled.contains(e.id)) {
            item->setText(tr("%1（已报名）").arg(text));
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        }
    }
    applyFilter();
}

void TeacherPickerDialog::applyFilter()
{
    const QString query = normalizePinyinQuery(m_filterEdit->text());
    for (int i = 0; i < m_list->count() && i < m_entries.size(); ++i) {
        const bool show = query.isEmpty() || TeacherRepository::matches(m_entries.at(i), query);
        m_list->item(i)->setHidden(!show);
    }
    showSelection();
}

void TeacherPickerDialog::takeSelection()
{
    if (m_syncing)
        return;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->isHidden() || !(item->flags() & Qt::ItemIsSelectable))
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->isSelected() && !m_chosenSet.contains(id)) {
            m_chosenSet.insert(id);
            m_chosen << id;
        } else if (!item->isSelected() && m_chosenSet.remove(id)) {
            m_chosen.removeOne(id);
        }
    }
    updateCount();
}

void TeacherPickerDialog::showSelection()
{
    m_syncing = true;
    {
        // One selection change for the whole list, not one signal per row (a unit of 3,000 teachers).
        QItemSelection selection;
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem* item = m_list->item(i);
            if (!item->isHidden() && m_chosenSet.contains(item->data(Qt::UserRole).toLongLong())) {
                const QModelIndex index = m_list->model()->index(i, 0);
                selection.select(index, index);
            }
        }
        m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    m_syncing = false;
    updateCount();
}

void TeacherPickerDialog::updateCount()
{
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i)
        shown += m_list->item(i)->isHidden() ? 0 : 1;
    if (m_entries.isEmpty() && m_unitCombo->currentIndex() == 0)
        m_countLabel->setText(tr("还没有教师名单。先在“教师与学分”页用“导入教师名单…”导入学校的教师名单。"));
    else {
        int hiddenChosen = int(m_chosen.size());
        for (int i = 0; i < m_list->count(); ++i)
            if (!m_list->item(i)->isHidden() && m_list->item(i)->isSelected())
                --hiddenChosen;
        m_countLabel->setText(hiddenChosen > 0 ? tr("显示 %1 人，已选 %2 人（其中 %3 人不在当前列表中）")
                                                     .arg(shown)
                                                     .arg(m_chosen.size())
                                                     .arg(hiddenChosen)
                                               : tr("显示 %1 人，已选 %2 人").arg(shown).arg(m_chosen.size()));
    }
}

QList<qint64> TeacherPickerDialog::selectedTeacherIds() const
{
    return m_chosen;
}

} // namespace tp
