#include "ForecastPanel.h"

#include "CellParsers.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp {

ForecastPanel::ForecastPanel(QWidget* parent)
    : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("forecastHeader"));
    m_header->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("要求"), tr("需要的教师数"), tr("缺口学分"), tr("计划提供的名额"), tr("名额可得学分"), tr("名额缺口") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(RequirementColumn, QHeaderView::Stretch);
    for (int c = TeachersColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_offers = new QTableWidget(0, 4, this);
    m_offers->setObjectName(QStringLiteral("forecastOfferTable"));
    m_offers->setHorizontalHeaderLabels({ tr("计划提供（级别·形式）"), tr("项目数"), tr("名额"), tr("可得学分") });
    m_offers->verticalHeader()->hide();
    m_offers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_offers->setSelectionMode(QAbstractItemView::NoSelection);
    m_offers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_offers->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("forecastNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #555;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_offers, 1);
    layout->addWidget(m_note);
    clear();
}

QString ForecastPanel::headerText() const
{
    return m_header->text();
}

void ForecastPanel::clear(const QString& message)
{
    m_table->setRowCount(0);
    m_offers->setRowCount(0);
    m_header->setText(message.isEmpty() ? tr("没有打开的计划。") : message);
    m_note->clear();
}

void ForecastPanel::refresh(Database& db, qint64 planId)
{
    if (!planId) {
        clear();
        return;
    }
    auto forecast = ForecastQuery(db).forPlan(planId);
    if (!forecast) {
        clear(forecast.error().toString());
        return;
    }
    setForecast(forecast.value());
}

void ForecastPanel::setForecast(const PlanForecast& f)
{
    m_header->setText(tr("%1–%2 周期 · 学分规则「%3」· 教师 %4 人")
                          .arg(f.cycleStart)
                          .arg(f.cycleStart + f.rules.cycleYears - 1)
                          .arg(f.rules.name)
                          .arg(f.teachers));
    m_table->setRowCount(int(f.lines.size()));
    auto cell = [this](int row, int column, const QString& text, bool number = true) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
        m_table->setItem(row, column, item);
        return item;
    };
    for (int row = 0; row < f.lines.size(); ++row) {
        const ForecastLine& l = f.lines.at(row);
        const QString unit = creditMeasureLabel(l.measure);
        cell(row, RequirementColumn, l.label, false)->setToolTip(l.requirementId);
        cell(row, TeachersColumn, QString::number(l.teachersShort));
        cell(row, MissingColumn, tr("%1 %2").arg(formatCreditAmount(l.missingTotal), unit));
        cell(row, SeatsColumn, QString::number(l.qualifyingSeats));
        cell(row, AmountColumn, tr("%1 %2").arg(formatCreditAmount(l.qualifyingAmount), unit));
        QTableWidgetItem* shortfall = cell(row, ShortfallColumn, QString::number(l.seatShortfall));
        if (l.seatShortfall > 0) {
            shortfall->setForeground(QColor(0xb7, 0x1c, 0x1c));
            shortfall->setBackground(QColor(0xff, 0xeb, 0xee));
            QFont bold = shortfall->font();
            bold.setBold(true);
            shortfall->setFont(bold);
            shortfall->setToolTip(tr("还需要 %1 人，计划只提供 %2 个名额").arg(l.teachersShort).arg(l.qualifyingSeats));
        }
    }
    // The seats by level and kind, in the order of the enums (国家级 first, 集中培训 first).
    struct Sum {
        int projects = 0;
        int seats = 0;
        double credits = 0;
    };
    QMap<std::pair<int, int>, Sum> sums;
    for (const SeatOffer& o : f.offers) {
        Sum& sum = sums[{ int(o.level), int(o.kind) }];
        ++sum.projects;
        sum.seats += o.seats;
        sum.credits += o.seats * o.creditsPerSeat;
    }
    m_offers->setRowCount(int(sums.size()));
    int row = 0;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it, ++row) {
        auto item = [this, row](int column, const QString& text, Qt::Alignment align) {
            auto* i = new QTableWidgetItem(text);
            i->setTextAlignment(align | Qt::AlignVCenter);
            m_offers->setItem(row, column, i);
        };
        item(0,
            tr("%1 · %2").arg(
                trainingLevelLabel(TrainingLevel(it.key().first)), trainingKindLabel(TrainingKind(it.key().second))),
            Qt::AlignLeft);
        item(1, QString::number(it->projects), Qt::AlignRight);
        item(2, QString::number(it->seats), Qt::AlignRight);
        item(3, tr("%1 学分").arg(formatCreditAmount(it->credits)), Qt::AlignRight);
    }
    QStringList notes;
    notes << tr("需要的教师数：本周期尚未达到该要求的教师；名额：本计划中计入该要求的项目的容量（或参培人数）。");
    if (f.allStaffProjects)
        notes << tr("另有 %n 个“全员”项目，名额未计入。", nullptr, f.allStaffProjects);
    if (f.projectsWithoutSeats)
        notes << tr("%n 个项目没有人数或学分，未计入。", nullptr, f.projectsWithoutSeats);
    // Without teachers the "0 needed" would read as "nobody needs training".
    if (f.teachers == 0)
        notes.prepend(tr("还没有教师名单：在“教师与学分”页导入各校教师名单后，这里才能算出需要培训的教师数。"));
    m_note->setText(notes.join(QLatin1Char(' ')));
}

} // namespace tp
