#include "SettingsDialog.h"

#include "BackupFlow.h"
#include "CalendarRepository.h"
#include "DialogHelp.h"
#include "FileChooser.h"
#include "Language.h"
#include "Messages.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace tp {

SettingsDialog::SettingsDialog(CalendarRepository& repository, const QStringList& districts,
    const QString& currentDistrict, int year, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_repository(repository)
{
    help::bindF1(this, QStringLiteral("deadlines.md#节假日安排与规则集（工具 → 设置…）")); // F1: the guide's page
    m_ui->setupUi(this);
    m_ui->districtCombo->addItem(tr("所有区县"), QString());
    for (const QString& d : districts)
        if (!d.isEmpty() && m_ui->districtCombo->findData(d) < 0)
            m_ui->districtCombo->addItem(d, d);
    const int current = m_ui->districtCombo->findData(currentDistrict);
    m_ui->districtCombo->setCurrentIndex(current >= 0 ? current : 0);
    m_ui->kindCombo->addItem(tr("放假"), int(DayKind::Off));
    m_ui->kindCombo->addItem(tr("调休上班"), int(DayKind::Work));
    m_ui->daysTable->verticalHeader()->hide();
    m_ui->daysTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->daysTable->setColumnWidth(0, 150);
    m_ui->daysTable->setColumnWidth(2, 200);
    m_ui->yearSpin->setValue(year > 0 ? year : QDate::currentDate().year());
    m_ui->dayEdit->setDate(QDate(m_ui->yearSpin->value(), 1, 1));

    connect(m_ui->districtCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::loadRules);
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] { showRules(RuleSet::defaults()); });
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, [this](int y) {
        m_ui->dayEdit->setDate(QDate(y, m_ui->dayEdit->date().month(), 1));
        loadYear();
    });
    connect(m_ui->addDayButton, &QPushButton::clicked, this, &SettingsDialog::addDay);
    connect(m_ui->removeDayButton, &QPushButton::clicked, this, &SettingsDialog::removeDay);
    connect(m_ui->importButton, &QPushButton::clicked, this, &SettingsDialog::importCsv);
    connect(m_ui->removeScheduleButton, &QPushButton::clicked, this, &SettingsDialog::removeSchedule);
    connect(m_ui->daysTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QDate d = m_ui->daysTable->item(row, 0)->data(Qt::UserRole).toDate();
        m_ui->dayEdit->setDate(d);
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(m_ui->daysTable->item(row, 1)->data(Qt::UserRole)));
        m_ui->dayNameEdit->setText(m_ui->daysTable->item(row, 2)->text());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    loadRules();
    loadYear();
    addBackupTab();
    addLanguageTab();
}

void SettingsDialog::addLanguageTab()
{
    // 界面: the language of the program's words, from the next start (docs/translations.md); --lang overrides it.
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("languageTab"));
    m_languageCombo = new QComboBox(tab);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("跟随系统（%1）").arg(i18n::nativeName(i18n::systemLanguage())), QString());
    for (const QString& language : i18n::availableLanguages())
        m_languageCombo->addItem(i18n::nativeName(language), language);
    const int saved = m_languageCombo->findData(i18n::savedLanguage(QSettings()));
    m_languageCombo->setCurrentIndex(saved >= 0 ? saved : 0);
    auto* note = new QLabel(tr("重新启动 TrainPlan 后生效。命令行的 --lang 优先于这里的选择。"), tab);
    note->setWordWrap(true);
    auto* form = new QFormLayout(tab);
    form->addRow(tr("界面语言："), m_languageCombo);
    form->addRow(note);
    m_ui->tabs->addTab(tab, tr("界面"));
}

void SettingsDialog::addBackupTab()
{
    // 数据备份: the daily automatic backup (BackupFlow), on by default, kept 7 days.
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("backupTab"));
    m_dailyBackupCheck = new QCheckBox(tr("每天自动备份（启动后进行，每天一份）"), tab);
    m_dailyBackupCheck->setObjectName(QStringLiteral("dailyBackupCheck"));
    m_dailyBackupCheck->setChecked(BackupFlow::dailyBackupEnabled());
    m_keepDaysSpin = new QSpinBox(tab);
    m_keepDaysSpin->setObjectName(QStringLiteral("keepDaysSpin"));
    m_keepDaysSpin->setRange(1, 365);
    m_keepDaysSpin->setSuffix(tr(" 天"));
    m_keepDaysSpin->setValue(BackupFlow::dailyBackupKeepDays());
    auto* note = new QLabel(tr("自动备份保存在数据库文件旁的“…-backups”文件夹中；超过保留天数的每日备份会删除，"
                               "升级、替换计划和恢复之前的备份不会删除。随时可以用“文件 → 备份…”另存一份。"),
        tab);
    note->setWordWrap(true);
    auto* form = new QFormLayout(tab);
    form->addRow(m_dailyBackupCheck);
    form->addRow(tr("每日备份保留："), m_keepDaysSpin);
    form->addRow(note);
    connect(m_dailyBackupCheck, &QCheckBox::toggled, m_keepDaysSpin, &QWidget::setEnabled);
    m_keepDaysSpin->setEnabled(m_dailyBackupCheck->isChecked());
    m_ui->tabs->addTab(tab, tr("数据备份"));
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::district() const
{
    const int i = m_ui->districtCombo->currentIndex();
    const QString text = m_ui->districtCombo->currentText().trimmed();
    if (i >= 0 && m_ui->districtCombo->itemText(i) == text)
        return m_ui->districtCombo->itemData(i).toString();
    return text; // typed in: a district without a plan yet
}

void SettingsDialog::fail(const QString& message)
{
    m_lastError = message;
    Messages::error(this, windowTitle(), message);
}

void SettingsDialog::loadRules()
{
    auto rules = m_repository.ruleSet(district());
    if (!rules) {
        fail(rules.error().toString());
        return;
    }
    m_loadedDistrict = district();
    showRules(*rules);
}

void SettingsDialog::showRules(const RuleSet& r)
{
    m_ui->ruleNameEdit->setText(r.name);
    m_ui->ruleSourceEdit->setText(r.source);
    m_ui->leadSpin->setValue(r.leadWorkdays);
    m_ui->outOfCitySpin->setValue(r.outOfCityWorkdays);
    m_ui->changeSpin->setValue(r.changeMonths);
    m_ui->dueSoonSpin->setValue(r.dueSoonWorkdays);
}

void SettingsDialog::loadYear()
{
    const int year = m_ui->yearSpin->value();
    const WorkCalendar calendar = [this] {
        auto c = m_repository.calendar();
        return c ? *c : WorkCalendar::builtIn();
    }();
    const QList<SpecialDay> days = calendar.specialDays(year);
    m_ui->yearStatusLabel->setText(calendar.hasSchedule(year)
            ? tr("已有官方安排")
            : tr("尚无官方安排：节假日为估算（预计），据此计算的截止日期标为“预计”"));
    QTableWidget* t = m_ui->daysTable;
    t->setRowCount(0);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    for (const SpecialDay& d : days) {
        const int row = t->rowCount();
        t->insertRow(row);
        auto* date = new QTableWidgetItem(zh.toString(d.date, QStringLiteral("yyyy-MM-dd ddd")));
        date->setData(Qt::UserRole, d.date);
        auto* kind = new QTableWidgetItem(d.kind == DayKind::Off ? tr("放假") : tr("调休上班"));
        kind->setData(Qt::UserRole, int(d.kind));
        kind->setBackground(d.kind == DayKind::Off ? QColor(0xF6, 0xC9, 0xC7) : QColor(0xC9, 0xDC, 0xF6));
        auto* source = new QTableWidgetItem(daySourceLabel(d.source));
        source->setData(Qt::UserRole, int(d.source));
        t->setItem(row, 0, date);
        t->setItem(row, 1, kind);
        t->setItem(row, 2, new QTableWidgetItem(d.name));
        t->setItem(row, 3, source);
        if (d.source == DaySource::Estimated) {
            QFont f = t->font();
            f.setItalic(true);
            for (int c = 0; c < 4; ++c)
                t->item(row, c)->setFont(f);
            source->setText(tr("%1（预计）").arg(daySourceLabel(d.source)));
        }
    }
}

void SettingsDialog::addDay()
{
    SpecialDay day;
    day.date = m_ui->dayEdit->date();
    day.kind = DayKind(m_ui->kindCombo->currentData().toInt());
    day.name = m_ui->dayNameEdit->text().trimmed();
    day.source = DaySource::User;
    if (day.name.isEmpty()) {
        fail(tr("请填写这一天的名称（如 春节、国庆节）"));
        return;
    }
    if (Status s = m_repository.setDay(day); !s) {
        fail(s.error().toString());
        return;
    }
    m_calendarChanged = true;
    if (day.date.year() != m_ui->yearSpin->value())
        m_ui->yearSpin->setValue(day.date.year());
    else
        loadYear();
}

void SettingsDialog::removeDay()
{
    const int row = m_ui->daysTable->currentRow();
    if (row < 0)
        return;
    const QDate date = m_ui->daysTable->item(row, 0)->data(Qt::UserRole).toDate();
    const auto source = DaySource(m_ui->daysTable->item(row, 3)->data(Qt::UserRole).toInt());
    if (source != DaySource::User) {
        fail(tr("%1 来自%2安排，不能单独删除；可以把这一天改为另一种安排，或导入/删除整年的官方安排")
                 .arg(date.toString(Qt::ISODate), daySourceLabel(source)));
        return;
    }
    if (Status s = m_repository.removeDay(date); !s) {
        fail(s.error().toString());
        return;
    }
    m_calendarChanged = true;
    loadYear();
}

bool SettingsDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("无法打开 %1：%2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    auto days = parseHolidayCsv(file.readAll(), QFileInfo(path).fileName(), DaySource::Official);
    if (!days) {
        m_lastError = days.error().toString();
        return false;
    }
    auto years = m_repository.importSchedule(*days);
    if (!years) {
        m_lastError = tr("%1：%2").arg(QFileInfo(path).fileName(), years.error().toString());
        return false;
    }
    m_calendarChanged = true;
    QStringList names;
    for (int y : *years)
        names << QString::number(y);
    m_lastError.clear();
    if (!years->isEmpty() && !years->contains(m_ui->yearSpin->value()))
        m_ui->yearSpin->setValue(years->first());
    else
        loadYear();
    m_ui->yearStatusLabel->setText(
        tr("已导入 %1 年的安排（%2 天）").arg(names.join(QStringLiteral("、"))).arg(days->size()));
    return true;
}

void SettingsDialog::importCsv()
{
    const QString path = FileChooser::openFile(
        this, tr("导入节假日安排"), FileChooser::csvFilter(), QStringLiteral("calendar/lastFolder"));
    if (path.isEmpty())
        return;
    if (!importFile(path))
        Messages::error(this, tr("导入失败，未作任何修改"), m_lastError);
}

void SettingsDialog::removeSchedule()
{
    const int year = m_ui->yearSpin->value();
    if (Status s = m_repository.removeSchedule(year); !s) {
        fail(s.error().toString());
        return;
    }
    m_calendarChanged = true;
    loadYear();
}

void SettingsDialog::accept()
{
    RuleSet r = RuleSet::defaults();
    r.name = m_ui->ruleNameEdit->text().trimmed();
    r.source = m_ui->ruleSourceEdit->text().trimmed();
    r.leadWorkdays = m_ui->leadSpin->value();
    r.outOfCityWorkdays = m_ui->outOfCitySpin->value();
    r.changeMonths = m_ui->changeSpin->value();
    r.dueSoonWorkdays = m_ui->dueSoonSpin->value();
    if (Status s = m_repository.saveRuleSet(district(), r); !s) {
        fail(s.error().toString());
        return;
    }
    BackupFlow::setDailyBackup(m_dailyBackupCheck->isChecked(), m_keepDaysSpin->value());
    QSettings().setValue(i18n::settingsKey(), m_languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace tp
