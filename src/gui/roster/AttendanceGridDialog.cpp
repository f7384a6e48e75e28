#include "AttendanceGridDialog.h"

#include "DialogHelp.h"
#include "Messages.h"
#include "TypedDateEdit.h"

#include <QAction>
#include <QActionGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSet>
#include <QToolBar>
#include <QVBoxLayout>

namespace tp {

// --- the view ----------------------------------------------------------------------------------------------

AttendanceGridView::AttendanceGridView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(true);
    horizontalHeader()->setDefaultSectionSize(64);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setHighlightSections(true);
}

AttendanceGridModel* AttendanceGridView::gridModel() const
{
    return qobject_cast<AttendanceGridModel*>(model());
}

QModelIndexList AttendanceGridView::targetCells() const
{
    QModelIndexList cells;
    AttendanceGridModel* grid = gridModel();
    if (!grid)
        return cells;
    for (const QModelIndex& i : selectionModel()->selectedIndexes())
        if (grid->isSessionColumn(i.column()))
            cells << i;
    if (cells.isEmpty() && currentIndex().isValid() && grid->isSessionColumn(currentIndex().column()))
        cells << currentIndex();
    return cells;
}

void AttendanceGridView::applyToSelection(std::optional<AttendanceKind> kind)
{
    if (AttendanceGridModel* grid = gridModel())
        grid->setKind(targetCells(), kind);
}

void AttendanceGridView::fillColumns(AttendanceKind kind)
{
    AttendanceGridModel* grid = gridModel();
    if (!grid)
        return;
    QSet<int> columns;
    for (const QModelIndex& i : targetCells())
        columns.insert(i.column());
    QModelIndexList cells;
    for (int c : std::as_const(columns))
        for (int r = 0; r < grid->rowCount(); ++r)
            cells << grid->index(r, c);
    grid->setKind(cells, kind);
}

void AttendanceGridView::keyPressEvent(QKeyEvent* event)
{
    AttendanceGridModel* grid = gridModel();
    if (!grid || (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) != Qt::NoModifier) {
        QTableView::keyPressEvent(event);
        return;
    }
    std::optional<AttendanceKind> kind;
    bool clear = false;
    switch (event->key()) {
    case Qt::Key_1:
    case Qt::Key_P:
        kind = AttendanceKind::Present;
        break;
    case Qt::Key_2:
    case Qt::Key_L:
        kind = AttendanceKind::Late;
        break;
    case Qt::Key_3:
    case Qt::Key_E:
        kind = AttendanceKind::Excused;
        break;
    case Qt::Key_4:
    case Qt::Key_A:
        kind = AttendanceKind::Absent;
        break;
    case Qt::Key_Space:
        kind = AttendanceGridModel::nextKind(grid->kind(currentIndex().row(), currentIndex().column()));
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        clear = true;
        break;
    default:
        QTableView::keyPressEvent(event);
        return;
    }
    const QModelIndexList cells = targetCells();
    grid->setKind(cells, clear ? std::nullopt : kind);
    // One cell typed (not Space, which cycles in place): on to the next teacher, as down a paper list.
    if (cells.size() == 1 && !clear && event->key() != Qt::Key_Space && cells.first().row() + 1 < grid->rowCount())
        setCurrentIndex(grid->index(cells.first().row() + 1, cells.first().column()));
    event->accept();
}

bool AttendanceGridView::paintAt(const QPoint& pos)
{
    AttendanceGridModel* grid = gridModel();
    const QModelIndex i = indexAt(pos);
    if (!grid || !m_brush || !i.isValid() || !grid->isSessionColumn(i.column()))
        return false;
    grid->setKind({ i }, m_brush);
    selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
    return true;
}

void AttendanceGridView::mousePressEvent(QMouseEvent* event)
{
    if (m_brush && event->button() == Qt::LeftButton && paintAt(event->position().toPoint())) {
        m_painting = true;
        event->accept();
        return;
    }
    QTableView::mousePressEvent(event);
}

void AttendanceGridView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_painting) {
        paintAt(event->position().toPoint());
        event->accept();
        return;
    }
    QTableView::mouseMoveEvent(event);
}

void AttendanceGridView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_painting) {
        m_painting = false;
        event->accept();
        return;
    }
    QTableView::mouseReleaseEvent(event);
}

// --- the dialog --------------------------------------------------------------------------------------------

AttendanceGridDialog::AttendanceGridDialog(const QString& title, const QString& dates, QDate addDay, QWidget* parent)
    : QDialog(parent)
{
    help::bindF1(this, QStringLiteral("attendance.md#考勤表")); // F1: the guide's page
    setWindowTitle(tr("考勤表 — %1").arg(title));
    m_model = new AttendanceGridModel(this);
    m_view = new AttendanceGridView(this);
    m_view->setObjectName(QStringLiteral("attendanceGrid"));
    m_view->setModel(m_model);

    auto* heading = new QLabel(this);
    heading->setText(QStringLiteral("<b>%1</b>　%2").arg(title.toHtmlEscaped(), dates.toHtmlEscaped()));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_brushes = new QActionGroup(this);
    m_brushes->setExclusive(true);
    auto brush = [&](const QString& text, const QString& name, std::optional<AttendanceKind> kind, const QString& tip) {
        auto* a = bar->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setToolTip(tip);
        m_brushes->addAction(a);
        connect(a, &QAction::toggled, this, [this, kind](bool on) {
            if (on)
                m_view->setBrush(kind);
        });
        return a;
    };
    brush(tr("选择"), QStringLiteral("brushNone"), std::nullopt, tr("鼠标选择格子，再按键设置"))->setChecked(true);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("画笔："), this));
    for (AttendanceKind k :
        { AttendanceKind::Present, AttendanceKind::Late, AttendanceKind::Excused, AttendanceKind::Absent })
        brush(attendanceKindLabel(k), QStringLiteral("brush_%1").arg(attendanceKindName(k)), k,
            tr("按住鼠标拖过格子，设为%1").arg(attendanceKindLabel(k)));
    bar->addSeparator();
    auto* fill = bar->addAction(tr("整列出勤"));
    fill->setObjectName(QStringLiteral("fillColumnPresent"));
    fill->setToolTip(tr("所选场次的全部学员设为出勤（先点列头选中一场或几场）"));
    connect(fill, &QAction::triggered, this, [this] { m_view->fillColumns(AttendanceKind::Present); });
    auto* clear = bar->addAction(tr("清除"));
    clear->setObjectName(QStringLiteral("clearCells"));
    clear->setToolTip(tr("清除所选格子（Delete）"));
    connect(clear, &QAction::triggered, this, [this] { m_view->applyToSelection(std::nullopt); });
    bar->addSeparator();
    m_dayEdit = new TypedDateEdit(addDay, this);
    m_dayEdit->setObjectName(QStringLiteral("addDayEdit"));
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayEdit->setCalendarPopup(true);
    bar->addWidget(m_dayEdit);
    auto* add = bar->addAction(tr("添加一天"));
    add->setObjectName(QStringLiteral("addDay"));
    add->setToolTip(tr("培训日程里没有的一天（例如补课）"));
    connect(add, &QAction::triggered, this, &AttendanceGridDialog::addDay);

    auto* hint
        = new QLabel(tr("键盘：1 出勤　2 迟到　3 请假　4 缺勤（或 P L E A），空格依次切换，Delete 清除，方向键移动；"
                        "点列头选中整场。"),
            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setObjectName(QStringLiteral("absenceRuleLabel"));
    m_ruleLabel->setWordWrap(true);
    m_voidedLabel = new QLabel(this);
    m_voidedLabel->setObjectName(QStringLiteral("voidedLabel"));
    m_voidedLabel->setWordWrap(true);
    m_voidedLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceGridDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addWidget(m_ruleLabel);
    layout->addWidget(m_voidedLabel);
    layout->addWidget(buttons);
    resize(940, 600);

    connect(m_model, &AttendanceGridModel::totalsChanged, this, &AttendanceGridDialog::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->sessionCount() > 0)
            m_dayEdit->setDate(m_model->session(m_model->sessionCount() - 1).date.addDays(1));
        m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &AttendanceGridDialog::updateTotals);
    m_view->setFocus();
}

void AttendanceGridDialog::setSessionsPerDay(int perDay, double hoursEach)
{
    m_perDay = std::max(1, perDay);
    m_hoursEach = hoursEach;
}

void AttendanceGridDialog::addDay()
{
    const QDate day = m_dayEdit->date();
    if (m_model->addDay(day, m_perDay, m_hoursEach))
        m_dayEdit->setDate(day.addDays(1));
}

QString AttendanceGridDialog::voidedText() const
{
    // Those with no record at all are told apart: their attendance is not taken yet, rather than missed.
    QStringList names;
    int unrecorded = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const AttendanceSummary s = m_model->summary(r);
        if (s.kept && s.missingRecords == s.sessions)
            ++unrecorded;
        else if (m_model->voids(r))
            names << m_model->people().at(r).name;
    }
    QStringList lines;
    if (!names.isEmpty())
        lines << tr("缺课达到规定、不计学分：%1").arg(names.join(tr("、")));
    if (unrecorded > 0)
        lines << tr("还有 %n 人没有任何考勤记录（按未出勤计）", nullptr, unrecorded);
    return lines.join(QLatin1Char('\n'));
}

void AttendanceGridDialog::updateTotals()
{
    m_ruleLabel->setText(m_model->ruleText());
    m_voidedLabel->setText(voidedText());
    m_voidedLabel->setVisible(!m_voidedLabel->text().isEmpty());
}

void AttendanceGridDialog::reject()
{
    if (m_model->isModified() && isVisible()
        && !Messages::ask(this, tr("考勤表"), tr("考勤表有未保存的修改。不保存就关闭吗？")))
        return;
    QDialog::reject();
}

} // namespace tp
