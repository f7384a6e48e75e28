#include "PrintSetupDialog.h"

#include "DialogHelp.h"
#include "TypedDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace tp {

namespace {

QString groupOf(const Plan& plan)
{
    return QStringLiteral("print/plan/%1/%2").arg(plan.district).arg(plan.year);
}

constexpr int kFieldRole = Qt::UserRole + 1;

} // namespace

PlanPrintSettings PlanPrintSettings::load(QSettings& settings, const Plan& plan)
{
    PlanPrintSettings s;
    settings.beginGroup(groupOf(plan));
    // Columns as "field number|header" (the header may hold a line break: "拟培训\n时间").
    for (const QString& entry : settings.value(QStringLiteral("columns")).toStringList()) {
        const qsizetype bar = entry.indexOf(QLatin1Char('|'));
        bool ok = false;
        const int field = entry.left(bar).toInt(&ok);
        if (!ok || bar < 0 || field < 0 || field >= int(ProjectField::Count))
            continue;
        s.columns << PlanColumn { ProjectField(field), entry.mid(bar + 1) };
    }
    s.title = settings.value(QStringLiteral("title")).toString();
    s.attachmentHeading = settings.value(QStringLiteral("attachment")).toString();
    s.issuer = settings.value(QStringLiteral("issuer")).toString();
    if (settings.contains(QStringLiteral("notes")))
        s.notes = settings.value(QStringLiteral("notes")).toString();
    if (settings.contains(QStringLiteral("totals")))
        s.totalsRow = settings.value(QStringLiteral("totals")).toBool();
    s.dated = settings.value(QStringLiteral("dated"), true).toBool();
    s.date = QDate::fromString(settings.value(QStringLiteral("date")).toString(), Qt::ISODate);
    s.keepEmptyColumns = settings.value(QStringLiteral("keepEmptyColumns"), false).toBool();
    settings.endGroup();
    return s;
}

void PlanPrintSettings::save(QSettings& settings, const Plan& plan) const
{
    settings.beginGroup(groupOf(plan));
    QStringList list;
    for (const PlanColumn& c : columns)
        list << QStringLiteral("%1|%2").arg(int(c.field)).arg(c.header);
    settings.setValue(QStringLiteral("columns"), list);
    settings.setValue(QStringLiteral("title"), title);
    settings.setValue(QStringLiteral("attachment"), attachmentHeading);
    settings.setValue(QStringLiteral("issuer"), issuer);
    if (notes)
        settings.setValue(QStringLiteral("notes"), *notes);
    else
        settings.remove(QStringLiteral("notes"));
    if (totalsRow)
        settings.setValue(QStringLiteral("totals"), *totalsRow);
    else
        settings.remove(QStringLiteral("totals"));
    settings.setValue(QStringLiteral("dated"), dated);
    settings.setValue(QStringLiteral("date"), date.isValid() ? date.toString(Qt::ISODate) : QString());
    settings.setValue(QStringLiteral("keepEmptyColumns"), keepEmptyColumns);
    settings.endGroup();
}

PlanTableOptions PlanPrintSettings::documentOptions(const PageSetup& page) const
{
    PlanTableOptions o;
    o.page = page;
    o.columns = columns;
    o.title = title;
    o.attachmentHeading = attachmentHeading;
    o.issuer = issuer;
    o.notes = notes;
    o.totalsRow = totalsRow;
    o.keepEmptyColumns = keepEmptyColumns;
    if (!dated)
        o.date = QDate(); // no date
    else if (date.isValid())
        o.date = date;
    return o;
}

PrintSetupDialog::PrintSetupDialog(const Plan& plan, const QList<Project>& projects, const PlanPrintSettings& settings,
    const PageSetup& page, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_projects(projects)
    , m_page(page)
{
    help::bindF1(this, QStringLiteral("print.md#计划表：打印预览、PDF、Excel")); // F1: the guide's page
    setWindowTitle(tr("打印设置 — %1").arg(plan.title));

    // Columns: checked ones are printed, top to bottom = left to right; a double click edits the header.
    auto* columnsBox = new QGroupBox(tr("列（勾选要打印的列，上下移动调整顺序，双击改表头）"), this);
    m_columns = new QListWidget(columnsBox);
    m_columns->setObjectName(QStringLiteral("columnList"));
    m_columns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto* up = new QPushButton(tr("上移"), columnsBox);
    auto* down = new QPushButton(tr("下移"), columnsBox);
    auto* defaults = new QPushButton(tr("恢复计划格式"), columnsBox);
    defaults->setToolTip(tr("按计划的格式重选列：梁平式 5 列或建安式 6 列"));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrentColumn(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrentColumn(+1); });
    connect(defaults, &QPushButton::clicked, this, &PrintSetupDialog::restoreDefaultColumns);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    buttons->addWidget(defaults);
    m_keepEmpty = new QCheckBox(tr("打印全空的列"), columnsBox);
    m_keepEmpty->setObjectName(QStringLiteral("keepEmptyColumns"));
    m_keepEmpty->setToolTip(tr("各行都没有填写的列默认不打印；勾选后照样打印（梁平式、建安式的列总是照原样打印）"));
    m_keepEmpty->setChecked(settings.keepEmptyColumns);
    auto* listAndButtons = new QHBoxLayout;
    listAndButtons->addWidget(m_columns, 1);
    listAndButtons->addLayout(buttons);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addLayout(listAndButtons);
    columnsLayout->addWidget(m_keepEmpty);
    fillColumns(settings.columns.isEmpty() ? PlanTableDocument::defaultColumns(projects) : settings.columns);

    // Text around the table.
    auto* textBox = new QGroupBox(tr("标题与落款"), this);
    auto* form = new QFormLayout(textBox);
    m_attachment = new QLineEdit(settings.attachmentHeading, textBox);
    m_attachment->setPlaceholderText(tr("如：附件1（不填则不印）"));
    m_title = new QLineEdit(settings.title, textBox);
    m_title->setPlaceholderText(plan.title);
    m_totals = new QCheckBox(tr("打印合计行"), textBox);
    m_totals->setChecked(settings.totalsRow.value_or(plan.stated.has_value()
        || std::any_of(
            projects.begin(), projects.end(), [](const Project& p) { return !p.durationText.trimmed().isEmpty(); })));
    m_notes = new QPlainTextEdit(settings.notes.value_or(plan.notes), textBox);
    m_notes->setPlaceholderText(tr("如：备注：如培训时间调整，请以实际开班时间为准。"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_issuer = new QLineEdit(settings.issuer, textBox);
    m_issuer->setPlaceholderText(tr("如：%1教育委员会（不填则不印）").arg(plan.district));
    m_dated = new QCheckBox(tr("落款日期"), textBox);
    // Dated when the plan has an issue date or a date was chosen before; the clerk ticks it to add one.
    const bool dated = settings.dated && (settings.date.isValid() || plan.issueDate.isValid());
    m_dated->setChecked(dated);
    m_date = new TypedDateEdit(textBox);
    m_date->setDisplayFormat(tr("yyyy年M月d日"));
    m_date->setCalendarPopup(true);
    // A plan is issued in its year or the year before: today only when it is such a date.
    const QDate today = QDate::currentDate();
    const QDate issued = today.year() == plan.year || today.year() == plan.year - 1 ? today : QDate(plan.year, 1, 1);
    m_date->setDate(settings.date.isValid() ? settings.date : plan.issueDate.isValid() ? plan.issueDate : issued);
    m_date->setEnabled(dated);
    connect(m_dated, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    m_orientation = new QComboBox(textBox);
    m_orientation->addItem(tr("A4 纵向"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("A4 横向"), int(QPageLayout::Landscape));
    m_orientation->setCurrentIndex(page.orientation == QPageLayout::Landscape ? 1 : 0);
    form->addRow(tr("附件标识："), m_attachment);
    form->addRow(tr("标题："), m_title);
    form->addRow(QString(), m_totals);
    form->addRow(tr("表下备注："), m_notes);
    form->addRow(tr("落款单位："), m_issuer);
    form->addRow(QString(), dateRow);
    form->addRow(tr("纸张："), m_orientation);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(columnsBox, 1);
    top->addWidget(textBox, 1);
    layout->addLayout(top);
    layout->addWidget(box);
    resize(860, 440);
}

PrintSetupDialog::~PrintSetupDialog() = default;

void PrintSetupDialog::fillColumns(const QList<PlanColumn>& chosen)
{
    m_columns->clear();
    auto add = [this](ProjectField field, const QString& header, bool checked) {
        auto* item = new QListWidgetItem(header, m_columns);
        item->setData(kFieldRole, int(field));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("字段：%1").arg(fieldLabel(field)));
    };
    QList<ProjectField> used;
    for (const PlanColumn& c : chosen) {
        add(c.field, QString(c.header).replace(QLatin1Char('\n'), QString()), true);
        used << c.field;
    }
    for (int f = 0; f < int(ProjectField::Count); ++f)
        if (!used.contains(ProjectField(f)))
            add(ProjectField(f), QString(PlanTableDocument::defaultHeader(ProjectField(f))).remove(QLatin1Char('\n')),
                false);
    m_columns->setCurrentRow(0);
}

void PrintSetupDialog::moveCurrentColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_columns->count())
        return;
    QListWidgetItem* item = m_columns->takeItem(row);
    m_columns->insertItem(to, item);
    m_columns->setCurrentRow(to);
}

void PrintSetupDialog::restoreDefaultColumns()
{
    fillColumns(PlanTableDocument::defaultColumns(m_projects));
}

PlanPrintSettings PrintSetupDialog::settings() const
{
    PlanPrintSettings s;
    const QList<PlanColumn> defaults = PlanTableDocument::defaultColumns(m_projects);
    // The list shows headers on one line; a header as the document has it ("拟培训\n时间") keeps its break.
    const auto withBreaks = [&defaults](ProjectField field, const QString& shown) {
        for (const PlanColumn& c : defaults)
            if (c.field == field && QString(c.header).remove(QLatin1Char('\n')) == shown)
                return c.header;
        const QString standard = PlanTableDocument::defaultHeader(field);
        return QString(standard).remove(QLatin1Char('\n')) == shown ? standard : shown;
    };
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem* item = m_columns->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const auto field = ProjectField(item->data(kFieldRole).toInt());
        const QString shown = item->text().trimmed();
        s.columns << PlanColumn { field,
            shown.isEmpty() ? PlanTableDocument::defaultHeader(field) : withBreaks(field, shown) };
    }
    // The plan's own format, unchanged, is stored as "the default": it then follows the plan's data.
    if (s.columns == defaults)
        s.columns.clear();
    s.title = m_title->text().trimmed();
    s.attachmentHeading = m_attachment->text().trimmed();
    s.issuer = m_issuer->text().trimmed();
    const QString notes = m_notes->toPlainText().trimmed();
    if (notes != m_plan.notes.trimmed())
        s.notes = notes;
    s.totalsRow = m_totals->isChecked();
    s.keepEmptyColumns = m_keepEmpty->isChecked();
    s.dated = m_dated->isChecked();
    s.date = m_date->date() == m_plan.issueDate ? QDate() : m_date->date();
    return s;
}

void PrintSetupDialog::accept()
{
    bool any = false;
    for (int i = 0; i < m_columns->count() && !any; ++i)
        any = m_columns->item(i)->checkState() == Qt::Checked;
    if (!any) {
        QMessageBox::warning(this, windowTitle(), tr("至少勾选一列。"));
        return;
    }
    QDialog::accept();
}

PageSetup PrintSetupDialog::pageSetup() const
{
    const auto orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return orientation == m_page.orientation ? m_page : PageSetup::defaults(orientation);
}

} // namespace tp
