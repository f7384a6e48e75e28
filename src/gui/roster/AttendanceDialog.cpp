#include "AttendanceDialog.h"

#include "CellParsers.h"
#include "DialogHelp.h"
#include "TypedDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {
enum { DateColumn, SessionColumn, KindColumn, HoursColumn, PlannedColumn, ColumnCount };
}

AttendanceDialog::AttendanceDialog(
    const QString& who, const QList<AttendanceRecord>& records, QDate firstDay, double sessionHours, QWidget* parent)
    : QDialog(parent)
    , m_firstDay(firstDay.isValid() ? firstDay : QDate::currentDate())
    , m_sessionHours(sessionHours)
{
    help::bindF1(this, QStringLiteral("attendance.md#报到、结业、缺勤")); // F1: the guide's page
    setWindowTitle(tr("考勤 — %1").arg(who));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_table->setHorizontalHeaderLabels({ tr("日期"), tr("场次"), tr("考勤"), tr("出勤学时"), tr("计划学时") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DateColumn, 130);
    m_table->setColumnWidth(KindColumn, 90);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_totalLabel = new QLabel(this);

    auto* add = new QPushButton(tr("添加一场"), this);
    auto* remove = new QPushButton(tr("删除所选"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    row->addWidget(m_totalLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(add, &QPushButton::clicked, this, &AttendanceDialog::addLine);
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            m_table->removeRow(r);
        updateTotal();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const AttendanceRecord& r : records)
        addRecord(r);
    updateTotal();
}

void AttendanceDialog::addLine()
{
    AttendanceRecord r;
    r.date = m_firstDay;
    r.session = 1;
    if (const int last = m_table->rowCount() - 1; last >= 0) {
        const QDate d = static_cast<QDateEdit*>(m_table->cellWidget(last, DateColumn))->date();
        const int session = static_cast<QSpinBox*>(m_table->cellWidget(last, SessionColumn))->value();
        // Two sessions a day (上午, 下午), then the next day.
        if (session < 2) {
            r.date = d;
            r.session = session + 1;
        } else {
            r.date = d.addDays(1);
        }
    }
    r.plannedHours = m_sessionHours;
    r.hours = m_sessionHours;
    addRecord(r);
    updateTotal();
}

void AttendanceDialog::addRecord(const AttendanceRecord& r)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* date = new TypedDateEdit(r.date, m_table);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    auto* session = new QSpinBox(m_table);
    session->setRange(1, 6);
    session->setValue(r.session);
    auto* kind = new QComboBox(m_table);
    for (AttendanceKind k :
        { AttendanceKind::Present, AttendanceKind::Late, AttendanceKind::Excused, AttendanceKind::Absent })
        kind->addItem(attendanceKindLabel(k), int(k));
    kind->setCurrentIndex(kind->findData(int(r.kind)));
    auto* hours = new QDoubleSpinBox(m_table);
    hours->setRange(0, 24);
    hours->setDecimals(1);
    hours->setValue(r.hours);
    auto* planned = new QDoubleSpinBox(m_table);
    planned->setRange(0, 24);
    planned->setDecimals(1);
    planned->setValue(r.plannedHours);
    m_table->setCellWidget(row, DateColumn, date);
    m_table->setCellWidget(row, SessionColumn, session);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, HoursColumn, hours);
    m_table->setCellWidget(row, PlannedColumn, planned);
    // Absent and excused attend nothing; present attends the planned hours.
    connect(kind, &QComboBox::currentIndexChanged, this, [kind, hours, planned, this] {
        const auto k = AttendanceKind(kind->currentData().toInt());
        if (k == AttendanceKind::Absent || k == AttendanceKind::Excused)
            hours->setValue(0);
        else if (k == AttendanceKind::Present)
            hours->setValue(planned->value());
        updateTotal();
    });
    connect(hours, &QDoubleSpinBox::valueChanged, this, &AttendanceDialog::updateTotal);
    connect(planned, &QDoubleSpinBox::valueChanged, this, &AttendanceDialog::updateTotal);
}

QList<AttendanceRecord> AttendanceDialog::records() const
{
    QList<AttendanceRecord> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        AttendanceRecord r;
        r.date = static_cast<QDateEdit*>(m_table->cellWidget(row, DateColumn))->date();
        r.session = static_cast<QSpinBox*>(m_table->cellWidget(row, SessionColumn))->value();
        r.kind = AttendanceKind(static_cast<QComboBox*>(m_table->cellWidget(row, KindColumn))->currentData().toInt());
        r.hours = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, HoursColumn))->value();
        r.plannedHours = static_cast<QDoubleSpinBox*>(m_table->cellWidget(row, PlannedColumn))->value();
        list << r;
    }
    return list;
}

void AttendanceDialog::updateTotal()
{
    const QList<AttendanceRecord> list = records();
    m_totalLabel->setText(
        tr("出勤 %1 / 计划 %2 学时").arg(formatNumber(attendedHours(list)), formatNumber(plannedHours(list))));
}

} // namespace tp
