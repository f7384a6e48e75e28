#include "TeacherHistoryDialog.h"

#include "Database.h"
#include "DialogHelp.h"
#include "EnrollmentRepository.h"
#include "Messages.h"
#include "PlanRepository.h"
#include "RegistrationService.h"
#include "TeacherListModel.h"
#include "TeacherRepository.h"
#include "TeacherService.h"
#include "TypedDateEdit.h"
#include "UnitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

namespace {
QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem* item(const QString& text, Qt::Alignment align = Qt::AlignVCenter | Qt::AlignLeft)
{
    auto* i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    return i;
}

QString signedAmount(double v)
{
    return formatCreditAmount(v);
}
} // namespace

TeacherHistoryDialog::TeacherHistoryDialog(
    Database& database, qint64 teacherId, const CreditRules& rules, int cycleStart, QDate asOf, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_teacherId(teacherId)
    , m_rules(rules)
    , m_cycleStart(cycleStart)
    , m_asOf(asOf.isValid() ? asOf : QDate::currentDate())
{
    help::bindF1(this, QStringLiteral("credits.md#学分档案")); // F1: the guide's page
    setObjectName(QStringLiteral("teacherHistoryDialog"));
    resize(980, 720);
    auto* layout = new QVBoxLayout(this);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("factsLabel"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);

    auto* statusBox = new QGroupBox(tr("%1–%2 周期学分要求（%3，截至 %4）")
                                        .arg(m_cycleStart)
                                        .arg(m_cycleStart + m_rules.cycleYears - 1)
                                        .arg(m_rules.name, m_asOf.toString(QStringLiteral("yyyy-MM-dd"))),
        this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    m_overall = new QLabel(statusBox);
    m_overall->setObjectName(QStringLiteral("overallLabel"));
    statusLayout->addWidget(m_overall);
    m_requirements = makeTable({ tr("要求"), tr("期间"), tr("已得"), tr("最低要求"), tr("状态") }, statusBox);
    m_requirements->setObjectName(QStringLiteral("requirementTable"));
    m_requirements->setSelectionMode(QAbstractItemView::NoSelection);
    statusLayout->addWidget(m_requirements);

    auto* enrollBox = new QGroupBox(tr("参训记录"), this);
    auto* enrollLayout = new QVBoxLayout(enrollBox);
    m_enrollments = makeTable({ tr("培训项目"), tr("年度"), tr("状态"), tr("实到学时"), tr("登记学分") }, enrollBox);
    m_enrollments->setObjectName(QStringLiteral("enrollmentTable"));
    enrollLayout->addWidget(m_enrollments);

    auto* historyBox = new QGroupBox(tr("学分登记记录（按时间先后）"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history = makeTable({ tr("登记日期"), tr("登记人"), tr("年度"), tr("级别"), tr("类型"), tr("学分"), tr("学时"),
                              tr("来源"), tr("原因"), tr("备注"), tr("学分规则"), tr("计算依据") },
        historyBox);
    m_history->setObjectName(QStringLiteral("historyTable"));
    historyLayout->addWidget(m_history);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(statusBox);
    splitter->addWidget(enrollBox);
    splitter->addWidget(historyBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({ 150, 220, 330 });
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    m_reverseButton = buttons->addButton(tr("撤销登记…"), QDialogButtonBox::ActionRole);
    m_reverseButton->setObjectName(QStringLiteral("reverseButton"));
    m_reverseButton->setToolTip(tr("撤销所选的学分登记（需说明原因；原记录保留）"));
    m_externalButton = buttons->addButton(tr("录入外部学分…"), QDialogButtonBox::ActionRole);
    m_externalButton->setObjectName(QStringLiteral("externalButton"));
    m_externalButton->setToolTip(tr("录入国培、省培、市培或省平台等外部学分"));
    m_editButton = buttons->addButton(tr("修改资料…"), QDialogButtonBox::ActionRole);
    m_editButton->setObjectName(QStringLiteral("editFactsButton"));
    m_editButton->setToolTip(tr("修改姓名、学校、学段、学科或参加工作时间（调动、改教学科）；工号不变，修改留有记录"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editButton, &QPushButton::clicked, this, &TeacherHistoryDialog::editFacts);
    connect(m_reverseButton, &QPushButton::clicked, this, &TeacherHistoryDialog::reverseSelected);
    connect(m_externalButton, &QPushButton::clicked, this, &TeacherHistoryDialog::enterExternal);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &TeacherHistoryDialog::updateButtons);

    reloadAll();
}

void TeacherHistoryDialog::reloadAll()
{
    auto teacher = TeacherRepository(m_db).teacher(m_teacherId);
    if (teacher)
        m_teacher = teacher.value();
    setWindowTitle(tr("教师学分档案 — %1").arg(m_teacher.name));
    const QString none = tr("—");
    auto orNone = [&](const QString& s) { return s.isEmpty() ? none : s.toHtmlEscaped(); };
    m_facts->setText(
        tr("<b style='font-size:large'>%1</b>　工号 %2　%3　%4　%5　入职 %6")
            .arg(orNone(m_teacher.name), orNone(m_teacher.staffNumber), orNone(m_teacher.unitName),
                orNone(m_teacher.stage), orNone(m_teacher.subject),
                m_teacher.hireDate.isValid() ? m_teacher.hireDate.toString(QStringLiteral("yyyy-MM")) : none));

    EnrollmentRepository enrollments(m_db);
    PlanRepository plans(m_db);
    m_projectOfEnrollment.clear();
    m_enrollments->setRowCount(0);
    if (auto list = enrollments.teacherEnrollments(m_teacherId)) {
        QHash<qint64, std::pair<QString, int>> projects;
        for (const Enrollment& e : list.value()) {
            if (!projects.contains(e.projectId)) {
                auto p = plans.project(e.projectId);
                auto c = enrollments.projectCredit(e.projectId);
                projects.insert(e.projectId, { p ? p->name : QString(), c ? c->year : 0 });
            }
            const auto& [name, year] = projects.value(e.projectId);
            m_projectOfEnrollment.insert(e.id, name);
            const int row = m_enrollments->rowCount();
            m_enrollments->insertRow(row);
            m_enrollments->setItem(row, 0, item(name));
            m_enrollments->setItem(row, 1, item(year > 0 ? QString::number(year) : QString(), Qt::AlignCenter));
            m_enrollments->setItem(row, 2, item(enrollmentStatusLabel(e.status), Qt::AlignCenter));
            m_enrollments->setItem(
                row, 3, item(e.hoursAttended ? formatCreditAmount(*e.hoursAttended) : none, Qt::AlignCenter));
            m_enrollments->setItem(
                row, 4, item(e.creditsAwarded ? formatCreditAmount(*e.creditsAwarded) : tr("未登记"), Qt::AlignCenter));
        }
    }
    m_enrollments->resizeColumnsToContents();
    m_enrollments->setColumnWidth(0, std::max(m_enrollments->columnWidth(0), 320));
    reloadStatus();
    reloadHistory();
}

void TeacherHistoryDialog::reloadStatus()
{
    auto totals = LedgerRepository(m_db).totals(
        m_cycleStart, m_rules.cycleYears, { 0, { m_teacherId } }, m_rules.needsYearlyTotals());
    m_status = evaluateCredits(totals ? totals->value(m_teacherId) : CreditTotals(), m_rules, m_cycleStart, m_asOf);
    const QColor fg = TeacherListModel::stateForeground(m_status.overall);
    m_overall->setText(tr("总体：<b style='color:%1'>%2</b>")
                           .arg(fg.isValid() ? fg.name() : QStringLiteral("black"),
                               TeacherListModel::stateText(m_status).toHtmlEscaped()));
    m_requirements->setRowCount(0);
    for (const RequirementStatus& r : std::as_const(m_status.requirements)) {
        const int row = m_requirements->rowCount();
        m_requirements->insertRow(row);
        const QString period = r.year > 0 ? tr("%1 年").arg(r.year)
                                          : tr("%1–%2 年").arg(m_cycleStart).arg(m_cycleStart + m_rules.cycleYears - 1);
        const QString unit = creditMeasureLabel(r.measure);
        QString state = creditStateLabel(r.state);
        if (r.missing > 0)
            state = tr("%1，还差 %2 %3").arg(state, formatCreditAmount(r.missing), unit);
        m_requirements->setItem(row, 0, item(r.label));
        m_requirements->setItem(row, 1, item(period, Qt::AlignCenter));
        m_requirements->setItem(row, 2, item(tr("%1 %2").arg(formatCreditAmount(r.earned), unit), Qt::AlignCenter));
        m_requirements->setItem(row, 3, item(tr("%1 %2").arg(formatCreditAmount(r.minimum), unit), Qt::AlignCenter));
        auto* s = item(state, Qt::AlignCenter);
        if (const QColor bg = TeacherListModel::stateBackground(r.state); bg.isValid())
            s->setBackground(bg);
        if (const QColor c = TeacherListModel::stateForeground(r.state); c.isValid())
            s->setForeground(c);
        m_requirements->setItem(row, 4, s);
    }
    m_requirements->resizeColumnsToContents();
    m_requirements->setColumnWidth(0, std::max(m_requirements->columnWidth(0), 220));
}

void TeacherHistoryDialog::reloadHistory()
{
    auto list = LedgerRepository(m_db).registrations(m_teacherId);
    m_registrations = list ? list.value() : QList<CreditRegistration>();
    QHash<qint64, int> rowOfId;
    m_history->setRowCount(0);
    for (const CreditRegistration& r : std::as_const(m_registrations)) {
        const int row = m_history->rowCount();
        rowOfId.insert(r.id, row);
        m_history->insertRow(row);
        QString source;
        if (r.enrollmentId > 0)
            source = m_projectOfEnrollment.value(r.enrollmentId, tr("参训 %1").arg(r.enrollmentId));
        else if (r.externalCreditId > 0)
            source = r.title.isEmpty() ? tr("外部学分")
                : r.source.isEmpty()   ? r.title
                                       : tr("%1（%2）").arg(r.title, r.source);
        QString note;
        if (r.reversalOf > 0)
            note = tr("撤销第 %1 行的登记").arg(rowOfId.value(r.reversalOf, -1) + 1);
        else if (r.reversed)
            note = tr("已撤销");
        m_history->setItem(row, 0, item(r.registeredOn.toString(QStringLiteral("yyyy-MM-dd")), Qt::AlignCenter));
        m_history->setItem(row, 1, item(r.actor));
        m_history->setItem(row, 2, item(QString::number(r.year), Qt::AlignCenter));
        m_history->setItem(row, 3, item(trainingLevelLabel(r.level), Qt::AlignCenter));
        m_history->setItem(row, 4, item(trainingKindLabel(r.kind), Qt::AlignCenter));
        m_history->setItem(row, 5, item(signedAmount(r.credits), Qt::AlignRight | Qt::AlignVCenter));
        m_history->setItem(row, 6, item(signedAmount(r.hours), Qt::AlignRight | Qt::AlignVCenter));
        m_history->setItem(row, 7, item(source));
        m_history->setItem(row, 8, item(r.reason));
        m_history->setItem(row, 9, item(note));
        // What the registration followed (issue 11): the rule set, how the credits were computed, what the
        // attendance showed (an exemption's reason). Registrations made before rule sets were recorded say so.
        m_history->setItem(
            row, 10, item(r.ruleSetName.isEmpty() && r.enrollmentId > 0 ? tr("（未记录）") : r.ruleSetName));
        QStringList basis;
        for (const QString& part :
            { r.conversion, r.attendance, r.category.isEmpty() ? QString() : tr("课程类别：%1").arg(r.category) })
            if (!part.isEmpty())
                basis << part;
        auto* basisItem = item(basis.join(tr("；")));
        basisItem->setToolTip(basis.join(QLatin1Char('\n')));
        m_history->setItem(row, 11, basisItem);
        m_history->item(row, 0)->setData(Qt::UserRole, r.id);
        // Reversed and reversing rows are greyed out: they no longer count.
        if (r.reversed || r.reversalOf > 0)
            for (int c = 0; c < m_history->columnCount(); ++c)
                m_history->item(row, c)->setForeground(QColor(0x80, 0x80, 0x80));
        if (r.reversed) {
            QFont f = m_history->item(row, 5)->font();
            f.setStrikeOut(true);
            m_history->item(row, 5)->setFont(f);
            m_history->item(row, 6)->setFont(f);
        }
    }
    m_history->resizeColumnsToContents();
    m_history->setColumnWidth(7, std::clamp(m_history->columnWidth(7), 120, 260));
    m_history->setColumnWidth(11, std::clamp(m_history->columnWidth(11), 160, 420));
    updateButtons();
}

qint64 TeacherHistoryDialog::registrationAt(int row) const
{
    const QTableWidgetItem* i = m_history->item(row, 0);
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

void TeacherHistoryDialog::updateButtons()
{
    const int row = m_history->currentRow();
    bool reversible = false;
    if (row >= 0 && row < m_registrations.size() && m_history->selectionModel()->hasSelection()) {
        const CreditRegistration& r = m_registrations.at(row);
        reversible = r.reversalOf == 0 && !r.reversed;
    }
    m_reverseButton->setEnabled(reversible);
}

Status TeacherHistoryDialog::reverse(qint64 registrationId, const QString& reason)
{
    auto r = RegistrationService(m_db).reverse(registrationId, reason);
    if (!r)
        return r.error();
    reloadAll();
    Q_EMIT creditsChanged(m_teacherId);
    return success();
}

Status TeacherHistoryDialog::addExternal(const ExternalCredit& credit, const QString& reason)
{
    ExternalCredit c = credit;
    c.teacherId = m_teacherId;
    auto r = RegistrationService(m_db).addExternalCredit(c, reason);
    if (!r)
        return r.error();
    reloadAll();
    Q_EMIT creditsChanged(m_teacherId);
    return success();
}

Status TeacherHistoryDialog::changeFacts(const Teacher& changed)
{
    auto r = TeacherService(m_db).updateTeacher(m_teacherId, changed);
    if (!r)
        return r.error();
    reloadAll();
    Q_EMIT teacherChanged(m_teacherId);
    return success();
}

void TeacherHistoryDialog::editFacts()
{
    QDialog form(this);
    form.setObjectName(QStringLiteral("editFactsDialog"));
    form.setWindowTitle(tr("修改教师资料 — %1（工号 %2）").arg(m_teacher.name, m_teacher.staffNumber));
    auto* layout = new QFormLayout(&form);
    auto* name = new QLineEdit(m_teacher.name, &form);
    name->setObjectName(QStringLiteral("nameEdit"));
    // The units the database has (the directory's first), chosen, not typed: a typo must not make a new unit.
    auto* school = new QComboBox(&form);
    school->setObjectName(QStringLiteral("schoolBox"));
    if (auto units = UnitRepository(m_db).units()) {
        for (const Unit& u : units.value())
            if (u.listed)
                school->addItem(u.name);
        for (const Unit& u : units.value())
            if (!u.listed)
                school->addItem(u.name);
    }
    school->setCurrentText(m_teacher.unitName);
    auto* stage = new QComboBox(&form);
    stage->setObjectName(QStringLiteral("stageBox"));
    stage->setEditable(true);
    // The values stored, as the schools' lists write them (data, not words of the interface: not translated).
    stage->addItems({ QStringLiteral("幼儿园"), QStringLiteral("小学"), QStringLiteral("初中"), QStringLiteral("高中"),
        QStringLiteral("中职") });
    stage->setCurrentText(m_teacher.stage);
    auto* subject = new QLineEdit(m_teacher.subject, &form);
    subject->setObjectName(QStringLiteral("subjectEdit"));
    auto* hiredKnown = new QCheckBox(tr("已知"), &form);
    hiredKnown->setObjectName(QStringLiteral("hiredKnownBox"));
    auto* hired = new TypedDateEdit(m_teacher.hireDate.isValid() ? m_teacher.hireDate : QDate(2000, 9, 1), &form);
    hired->setObjectName(QStringLiteral("hiredEdit"));
    hired->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    hired->setCalendarPopup(true);
    hiredKnown->setChecked(m_teacher.hireDate.isValid());
    hired->setEnabled(hiredKnown->isChecked());
    connect(hiredKnown, &QCheckBox::toggled, hired, &QWidget::setEnabled);
    auto* hiredRow = new QHBoxLayout;
    hiredRow->addWidget(hiredKnown);
    hiredRow->addWidget(hired, 1);
    auto* note = new QLabel(
        tr("工号 %1 不变：学分登记、参训记录和各校报来的文件都以工号认人。修改记入审计日志（原值与新值、经办人）。")
            .arg(m_teacher.staffNumber),
        &form);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    layout->addRow(tr("姓名："), name);
    layout->addRow(tr("学校："), school);
    layout->addRow(tr("学段："), stage);
    layout->addRow(tr("学科："), subject);
    layout->addRow(tr("参加工作时间："), hiredRow);
    layout->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        Teacher changed = m_teacher;
        changed.name = name->text();
        changed.unitName = school->currentText();
        changed.stage = stage->currentText();
        changed.subject = subject->text();
        changed.hireDate = hiredKnown->isChecked() ? hired->date() : QDate();
        if (Status s = changeFacts(changed); !s) {
            Messages::error(&form, tr("修改教师资料"), s.error());
            return;
        }
        form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    form.resize(520, form.sizeHint().height());
    form.exec();
}

void TeacherHistoryDialog::reverseSelected()
{
    const int row = m_history->currentRow();
    const qint64 id = registrationAt(row);
    if (id == 0)
        return;
    const CreditRegistration& r = m_registrations.at(row);
    QInputDialog ask(this);
    ask.setWindowTitle(tr("撤销学分登记"));
    ask.setLabelText(tr("撤销 %1 年 %2 %3 学分（%4）。原记录保留，另记一条撤销。\n请说明原因：")
                         .arg(r.year)
                         .arg(trainingLevelLabel(r.level), signedAmount(r.credits), m_history->item(row, 7)->text()));
    ask.setOkButtonText(tr("撤销登记"));
    ask.setCancelButtonText(tr("取消"));
    ask.resize(460, ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString reason = ask.textValue().trimmed();
    if (reason.isEmpty()) {
        Messages::error(this, tr("撤销学分登记"), tr("撤销学分登记需要说明原因。"));
        return;
    }
    if (Status s = reverse(id, reason); !s)
        Messages::error(this, tr("撤销学分登记"), s.error());
}

void TeacherHistoryDialog::enterExternal()
{
    QDialog form(this);
    form.setWindowTitle(tr("录入外部学分 — %1").arg(m_teacher.name));
    auto* layout = new QFormLayout(&form);
    auto* year = new QSpinBox(&form);
    year->setRange(2000, 2100);
    year->setValue(m_asOf.year());
    auto* level = new QComboBox(&form);
    for (int l = 0; l < kTrainingLevelCount; ++l)
        level->addItem(trainingLevelLabel(TrainingLevel(l)), l);
    auto* kind = new QComboBox(&form);
    for (int k = 0; k < kTrainingKindCount; ++k)
        kind->addItem(trainingKindLabel(TrainingKind(k)), k);
    auto* credits = new QDoubleSpinBox(&form);
    credits->setRange(0, 1000);
    credits->setDecimals(1);
    credits->setSingleStep(0.5);
    auto* hours = new QDoubleSpinBox(&form);
    hours->setRange(0, 10000);
    hours->setDecimals(1);
    auto* title = new QLineEdit(&form);
    title->setPlaceholderText(tr("培训名称，如 国培计划——乡村教师能力提升"));
    auto* source = new QComboBox(&form);
    source->setEditable(true);
    source->addItems({ tr("国培"), tr("省培"), tr("市培"), tr("省平台"), tr("其他") });
    // 国培 is national, 省培/省平台 provincial, 市培 municipal: the level follows the source unless changed.
    connect(source, &QComboBox::currentIndexChanged, &form, [level](int i) {
        const TrainingLevel levels[] = { TrainingLevel::National, TrainingLevel::Provincial, TrainingLevel::Municipal,
            TrainingLevel::Provincial };
        if (i >= 0 && i < 4)
            level->setCurrentIndex(int(levels[i]));
    });
    auto* reason = new QLineEdit(&form);
    reason->setPlaceholderText(tr("如 凭结业证书录入"));
    layout->addRow(tr("年度："), year);
    layout->addRow(tr("来源："), source);
    layout->addRow(tr("级别："), level);
    layout->addRow(tr("类型："), kind);
    layout->addRow(tr("学分："), credits);
    layout->addRow(tr("学时："), hours);
    layout->addRow(tr("培训名称："), title);
    layout->addRow(tr("原因："), reason);
    level->setCurrentIndex(int(TrainingLevel::National));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("录入"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        ExternalCredit c;
        c.year = year->value();
        c.level = TrainingLevel(level->currentData().toInt());
        c.kind = TrainingKind(kind->currentData().toInt());
        c.credits = credits->value();
        c.hours = hours->value();
        c.title = title->text().trimmed();
        c.source = source->currentText().trimmed();
        if (Status s = addExternal(c, reason->text().trimmed()); !s) {
            Messages::error(&form, tr("录入外部学分"), s.error());
            return;
        }
        form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    form.exec();
}

} // namespace tp
