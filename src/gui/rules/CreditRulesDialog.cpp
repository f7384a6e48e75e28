#include "CreditRulesDialog.h"

#include "CreditRuleEdit.h"
#include "Database.h"
#include "DialogHelp.h"
#include "LedgerRepository.h"
#include "Messages.h"
#include "RuleSetRepository.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {
enum Column { LabelColumn, ValueColumn, SourceColumn, ColumnCount };
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

CreditRulesDialog::CreditRulesDialog(
    Database& db, const QStringList& districts, const QString& currentDistrict, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    help::bindF1(this, QStringLiteral("credits.md#学分规则")); // F1: the guide's page
    setObjectName(QStringLiteral("creditRulesDialog"));
    setWindowTitle(tr("学分规则"));

    m_districtCombo = new QComboBox(this);
    m_districtCombo->setObjectName(QStringLiteral("districtCombo"));
    m_districtCombo->setEditable(true);
    for (const QString& d : districts)
        if (!d.isEmpty() && m_districtCombo->findText(d) < 0)
            m_districtCombo->addItem(d);
    if (!currentDistrict.isEmpty() && m_districtCombo->findText(currentDistrict) < 0)
        m_districtCombo->addItem(currentDistrict);
    m_districtCombo->setCurrentText(currentDistrict.isEmpty() ? districts.value(0) : currentDistrict);
    m_activeLabel = new QLabel(this);
    m_activeLabel->setObjectName(QStringLiteral("activeLabel"));
    m_activeLabel->setWordWrap(true);
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const CreditRules& r : creditRulePresets())
        m_presetCombo->addItem(r.name, r.id);
    auto* usePreset = new QPushButton(tr("使用此预置规则"), this);
    usePreset->setObjectName(QStringLiteral("usePresetButton"));

    auto* top = new QFormLayout;
    top->addRow(tr("区县："), m_districtCombo);
    top->addRow(tr("正在使用："), m_activeLabel);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presetCombo, 1);
    presetRow->addWidget(usePreset);
    top->addRow(tr("预置规则："), presetRow);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("numbersTable"));
    m_table->setHorizontalHeaderLabels({ tr("项目"), tr("数值"), tr("出处") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LabelColumn, 230);
    m_table->setColumnWidth(ValueColumn, 200);

    // The selected number: its value and where it comes from.
    auto* edit = new QGroupBox(tr("修改所选的数字（须写明出处）"), this);
    m_valueEdit = new QLineEdit(edit);
    m_valueEdit->setObjectName(QStringLiteral("valueEdit"));
    m_kindCombo = new QComboBox(edit);
    m_kindCombo->setObjectName(QStringLiteral("sourceKindCombo"));
    for (SourceKind k : { SourceKind::Published, SourceKind::Borrowed, SourceKind::Assumed, SourceKind::Unpublished })
        m_kindCombo->addItem(sourceKindLabel(k), int(k));
    m_documentEdit = new QLineEdit(edit);
    m_documentEdit->setObjectName(QStringLiteral("documentEdit"));
    m_documentEdit->setPlaceholderText(tr("文件名称与文号，例如《…关于…的通知》（…〔2021〕12号）"));
    m_articleEdit = new QLineEdit(edit);
    m_articleEdit->setObjectName(QStringLiteral("articleEdit"));
    m_articleEdit->setPlaceholderText(tr("条款，例如 三、（六）"));
    m_quoteEdit = new QLineEdit(edit);
    m_quoteEdit->setObjectName(QStringLiteral("quoteEdit"));
    m_quoteEdit->setPlaceholderText(tr("原文，照录"));
    m_noteEdit = new QLineEdit(edit);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("借用或推定时说明理由"));
    auto* apply = new QPushButton(tr("应用到此项"), edit);
    apply->setObjectName(QStringLiteral("applyEditButton"));
    auto* editForm = new QFormLayout(edit);
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueEdit, 1);
    valueRow->addWidget(new QLabel(tr("出处类别："), edit));
    valueRow->addWidget(m_kindCombo);
    editForm->addRow(tr("数值："), valueRow);
    editForm->addRow(tr("文件："), m_documentEdit);
    editForm->addRow(tr("条款："), m_articleEdit);
    editForm->addRow(tr("原文："), m_quoteEdit);
    editForm->addRow(tr("说明："), m_noteEdit);
    editForm->addRow(QString(), apply);

    m_versionNoteEdit = new QLineEdit(this);
    m_versionNoteEdit->setObjectName(QStringLiteral("versionNoteEdit"));
    m_versionNoteEdit->setPlaceholderText(tr("为什么修改，例如：按区教委 2024 年补充通知填写年度最低学分"));
    m_saveButton = new QPushButton(tr("保存为本区县的新版本"), this);
    m_saveButton->setObjectName(QStringLiteral("saveVersionButton"));
    auto* recalc = new QPushButton(tr("重新计算已登记学分…"), this);
    recalc->setObjectName(QStringLiteral("recalculateButton"));
    recalc->setToolTip(tr("已登记的学分不会因规则改变而自动改变；这里先列出按现行规则会改变的登记，确认后才改"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("修改说明："), this));
    bottom->addWidget(m_versionNoteEdit, 1);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(recalc);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(edit);
    layout->addLayout(bottom);
    resize(1100, 760);

    // Rows as tall as their wrapped source text at the widths the columns really have (after layout, too).
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
        [this] { QMetaObject::invokeMethod(m_table, &QTableWidget::resizeRowsToContents, Qt::QueuedConnection); });
    connect(m_districtCombo, &QComboBox::currentTextChanged, this, [this] { loadDistrict(); });
    connect(usePreset, &QPushButton::clicked, this, [this] { choosePreset(m_presetCombo->currentData().toString()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            m_selectedKey = m_table->item(row, LabelColumn)->data(KeyRole).toString();
        showSelected();
    });
    connect(apply, &QPushButton::clicked, this, &CreditRulesDialog::applyEdit);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveVersion(m_versionNoteEdit->text()); });
    connect(recalc, &QPushButton::clicked, this, [this] {
        const QString preview = recalculate(false);
        if (preview.isEmpty())
            return;
        QMessageBox box(QMessageBox::Question, tr("重新计算已登记学分"), preview, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("recalculateBox"));
        QPushButton* yes = box.addButton(tr("按现行规则重新计算"), QMessageBox::AcceptRole);
        box.addButton(tr("不改"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == yes)
            Messages::info(this, tr("重新计算已登记学分"), recalculate(true));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadDistrict();
}

QString CreditRulesDialog::district() const
{
    return m_districtCombo->currentText().trimmed();
}

void CreditRulesDialog::fail(const QString& message)
{
    m_lastError = message;
    Messages::error(this, windowTitle(), message);
}

void CreditRulesDialog::loadDistrict()
{
    RuleSetRepository repo(m_db);
    auto rules = repo.activeRules(district());
    auto choice = repo.choice(district());
    if (!rules || !choice) {
        fail(!rules ? rules.error().toString() : choice.error().toString());
        return;
    }
    m_rules = rules.value();
    m_edited = false;
    QString how;
    if (!choice->chosen)
        how = tr("（未选择，使用默认的预置规则）");
    else if (choice->ruleSetId > 0)
        how = tr("（本区县的修订版，基于预置规则「%1」）").arg(creditRulePreset(choice->preset).name);
    else if (choice->district.isEmpty())
        how = tr("（所有区县的选择）");
    else
        how = tr("（预置规则）");
    m_activeLabel->setText(tr("「%1」%2\n依据：%3").arg(m_rules.name, how, m_rules.source));
    const int preset = m_presetCombo->findData(choice->preset);
    if (preset >= 0)
        m_presetCombo->setCurrentIndex(preset);
    showRules();
}

void CreditRulesDialog::showRules()
{
    const QList<RuleNumber> numbers = m_rules.numbers();
    m_table->setRowCount(int(numbers.size()));
    int selectedRow = -1;
    for (int row = 0; row < numbers.size(); ++row) {
        const RuleNumber& n = numbers.at(row);
        const bool usable = n.source.usable();
        auto* label = new QTableWidgetItem(n.label);
        label->setData(KeyRole, n.key);
        auto* value = new QTableWidgetItem(usable ? n.valueText : tr("未公布 — 不用于判定"));
        auto* source = new QTableWidgetItem(
            usable ? n.source.describe() : (n.source.note.isEmpty() ? tr("来源未公布这一数字") : n.source.note));
        source->setToolTip(n.source.describe());
        for (QTableWidgetItem* item : { label, value, source }) {
            if (!usable)
                item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        m_table->setItem(row, LabelColumn, label);
        m_table->setItem(row, ValueColumn, value);
        m_table->setItem(row, SourceColumn, source);
        if (n.key == m_selectedKey)
            selectedRow = row;
    }
    m_table->resizeRowsToContents();
    if (selectedRow >= 0)
        m_table->setCurrentCell(selectedRow, LabelColumn);
    else if (!numbers.isEmpty())
        m_table->setCurrentCell(0, LabelColumn);
    m_saveButton->setEnabled(m_edited);
}

void CreditRulesDialog::selectNumber(const QString& key)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, LabelColumn)->data(KeyRole).toString() == key) {
            m_table->setCurrentCell(row, LabelColumn);
            return;
        }
}

void CreditRulesDialog::showSelected()
{
    for (const RuleNumber& n : m_rules.numbers()) {
        if (n.key != m_selectedKey)
            continue;
        m_valueEdit->setText(n.value ? QString::number(*n.value) : QString());
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(n.source.kind)));
        m_documentEdit->setText(n.source.document);
        m_articleEdit->setText(n.source.article);
        m_quoteEdit->setText(n.source.quote);
        m_noteEdit->setText(n.source.note);
        return;
    }
}

void CreditRulesDialog::setEdit(const QString& value, SourceKind kind, const QString& document, const QString& article,
    const QString& quote, const QString& note)
{
    m_valueEdit->setText(value);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    m_documentEdit->setText(document);
    m_articleEdit->setText(article);
    m_quoteEdit->setText(quote);
    m_noteEdit->setText(note);
}

bool CreditRulesDialog::applyEdit()
{
    if (m_selectedKey.isEmpty())
        return false;
    const auto kind = SourceKind(m_kindCombo->currentData().toInt());
    double value = 0;
    if (kind != SourceKind::Unpublished) {
        bool ok = false;
        value = m_valueEdit->text().trimmed().toDouble(&ok);
        if (!ok) {
            fail(tr("数值「%1」不是一个数").arg(m_valueEdit->text()));
            return false;
        }
    }
    RuleSource source { kind, m_documentEdit->text().trimmed(), m_articleEdit->text().trimmed(),
        m_quoteEdit->text().trimmed(), m_noteEdit->text().trimmed() };
    // Each number needs its source (CreditRules::problems says the same when saving).
    if (kind == SourceKind::Published && source.document.isEmpty()) {
        fail(tr("请填写这个数字出自哪个文件"));
        return false;
    }
    if (kind == SourceKind::Borrowed && source.document.isEmpty()) {
        fail(tr("请填写借用的是哪个地区的哪个文件"));
        return false;
    }
    if (kind == SourceKind::Assumed && source.note.isEmpty()) {
        fail(tr("推定的数字请在“说明”中写明理由"));
        return false;
    }
    CreditRules edited = m_rules;
    if (Status s = setRuleNumber(edited, m_selectedKey, value, source); !s) {
        fail(s.error().toString());
        return false;
    }
    m_rules = edited;
    m_edited = true;
    showRules();
    return true;
}

bool CreditRulesDialog::choosePreset(const QString& presetId)
{
    if (district().isEmpty()) {
        fail(tr("请先选择区县"));
        return false;
    }
    if (Status s = RuleSetRepository(m_db).choosePreset(district(), presetId); !s) {
        fail(s.error().toString());
        return false;
    }
    m_changed = true;
    loadDistrict();
    return true;
}

bool CreditRulesDialog::saveVersion(const QString& note)
{
    if (district().isEmpty()) {
        fail(tr("请先选择区县"));
        return false;
    }
    if (note.trimmed().isEmpty()) {
        fail(tr("请写明修改说明（为什么修改）"));
        return false;
    }
    const QStringList problems = m_rules.problems();
    if (!problems.isEmpty()) {
        fail(tr("未保存：\n%1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    auto saved = RuleSetRepository(m_db).saveDistrictRules(district(), m_rules, note.trimmed());
    if (!saved) {
        fail(saved.error().toString());
        return false;
    }
    m_changed = true;
    m_versionNoteEdit->clear();
    loadDistrict();
    return true;
}

QString CreditRulesDialog::recalculate(bool apply)
{
    auto result = LedgerRepository(m_db).recalculate(district(), tr("学分规则修改后重新计算（学分规则对话框）"), apply);
    if (!result) {
        fail(result.error().toString());
        return QString();
    }
    QString text = apply && result->applied ? tr("已按「%1」重新计算：撤销并重新登记 %2 条（原登记保留在记录中）。")
                                                  .arg(result->rules.name)
                                                  .arg(result->changes.size())
                                            : tr("按「%1」重新计算：%2 条登记会改变，%3 条不变，%4 条暂不能重新计算。")
                                                  .arg(result->rules.name)
                                                  .arg(result->changes.size())
                                                  .arg(result->unchanged)
                                                  .arg(result->blocked.size());
    const int shown = 12;
    for (int i = 0; i < result->changes.size() && i < shown; ++i) {
        const RecalculationChange& c = result->changes.at(i);
        text += QLatin1Char('\n')
            + tr("%1 %2，%3：%4 学分 → %5")
                  .arg(c.teacher.name, c.teacher.staffNumber, c.project, formatCreditAmount(c.before.credits),
                      c.after ? tr("%1 学分").arg(formatCreditAmount(c.after->credits)) : tr("不计学分"));
    }
    if (result->changes.size() > shown)
        text += QLatin1Char('\n') + tr("……另有 %1 条").arg(result->changes.size() - shown);
    if (apply && result->applied)
        m_changed = true;
    return text;
}

} // namespace tp
