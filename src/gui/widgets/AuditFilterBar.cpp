#include "AuditFilterBar.h"

#include "TypedDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace tp {

AuditFilterBar::AuditFilterBar(
    const QString& personLabel, const QStringList& people, const QString& prefix, QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(new QLabel(personLabel, this));
    m_person = new QComboBox(this);
    m_person->setObjectName(prefix + QStringLiteral("PersonFilter"));
    m_person->addItem(tr("全部"), QString());
    for (const QString& p : people)
        m_person->addItem(p, p);
    m_layout->addWidget(m_person);
    const auto dateEdit = [this](QDate date, const QString& name) {
        auto* edit = new TypedDateEdit(date, this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        return edit;
    };
    m_useSince = new QCheckBox(tr("起始日期："), this);
    m_since = dateEdit(QDate::currentDate().addMonths(-1), prefix + QStringLiteral("Since"));
    m_useUntil = new QCheckBox(tr("截止日期："), this);
    m_until = dateEdit(QDate::currentDate(), prefix + QStringLiteral("Until"));
    m_layout->addWidget(m_useSince);
    m_layout->addWidget(m_since);
    m_layout->addWidget(m_useUntil);
    m_layout->addWidget(m_until);
    m_layout->addStretch(1);

    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditFilterBar::changed);
    for (auto [check, edit] : { std::pair { m_useSince, m_since }, std::pair { m_useUntil, m_until } }) {
        connect(check, &QCheckBox::toggled, this, [this, edit](bool on) {
            edit->setEnabled(on);
            Q_EMIT changed();
        });
        connect(edit, &QDateEdit::dateChanged, this, &AuditFilterBar::changed);
    }
}

void AuditFilterBar::addFilter(const QString& label, QWidget* filter, int stretch)
{
    // Before the stretch that keeps the line to the left.
    const int at = m_layout->count() - 1;
    if (!label.isEmpty())
        m_layout->insertWidget(at, new QLabel(label, this));
    m_layout->insertWidget(m_layout->count() - 1, filter, stretch);
}

QString AuditFilterBar::person() const
{
    return m_person->currentData().toString();
}

QDate AuditFilterBar::since() const
{
    return m_useSince->isChecked() ? m_since->date() : QDate();
}

QDate AuditFilterBar::until() const
{
    return m_useUntil->isChecked() ? m_until->date() : QDate();
}

QTableWidget* AuditFilterBar::makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void AuditFilterBar::showRows(QTableWidget* table, const QList<QStringList>& rows, int firstValueColumn)
{
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList& cells = rows.at(i);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c).left(200));
            item->setToolTip(cells.at(c).left(2000));
            table->setItem(i, c, item);
        }
    }
    table->resizeColumnsToContents();
    // Values no wider than 260 px (their tooltips hold the rest). The last column keeps the table's width: sized to
    // its contents it left a grey band to the right after every change of a filter.
    QHeaderView* header = table->horizontalHeader();
    const int last = table->columnCount() - 1;
    for (int c = firstValueColumn; c < table->columnCount(); ++c)
        if (c != last || !header->stretchLastSection())
            table->setColumnWidth(c, std::min(table->columnWidth(c), 260));
    if (header->stretchLastSection() && last >= 0) {
        const int used = header->sectionPosition(last);
        table->setColumnWidth(last, std::max(header->sectionSize(last), table->viewport()->width() - used));
    }
}

} // namespace tp
