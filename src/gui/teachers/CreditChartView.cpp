#include "CreditChartView.h"

#include "TeacherListModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace tp {

CreditChartView::CreditChartView(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The page fits 800×500 (1600×1000 at 2×): a minimum set here, not the chart's own (its legend and axes).
    m_view->setMinimumSize(240, 80);
    setMinimumSize(240, 80);
    clear(tr("没有数据"));
}

QChart* CreditChartView::chart() const
{
    return m_view->chart();
}

QList<CreditChartView::Bucket> CreditChartView::bucketsFor(const QList<double>& earned, double minimum)
{
    QList<Bucket> buckets;
    if (minimum <= 0) {
        Bucket all;
        all.label = tr("全部");
        all.count = int(earned.size());
        all.meetsRequirement = true;
        buckets << all;
        return buckets;
    }
    // A round width: 20 → 5 (0–4 … 15–19), 36 → 10, 120 → 20, 360 → 100.
    double width = minimum;
    for (double w : { 1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 500.0, 1000.0 })
        if (std::ceil(minimum / w) <= 6) {
            width = w;
            break;
        }
    const bool integral = std::floor(minimum) == minimum;
    for (double lower = 0; lower < minimum; lower += width) {
        Bucket b;
        b.lower = lower;
        b.upper = std::min(lower + width, minimum);
        if (integral && b.upper - 1 > lower)
            b.label = QStringLiteral("%1–%2").arg(lower).arg(b.upper - 1);
        else if (integral)
            b.label = QString::number(lower);
        else
            b.label = QStringLiteral("%1–<%2").arg(lower).arg(formatCreditAmount(b.upper));
        buckets << b;
    }
    Bucket top;
    top.lower = minimum;
    top.upper = std::numeric_limits<double>::infinity();
    top.label = QStringLiteral("≥%1").arg(formatCreditAmount(minimum));
    top.meetsRequirement = true;
    buckets << top;
    const int below = int(buckets.size()) - 1;
    for (double v : earned) {
        if (v >= minimum)
            ++buckets[below].count;
        else
            ++buckets[std::clamp(int(std::max(0.0, v) / width), 0, below - 1)].count;
    }
    return buckets;
}

void CreditChartView::clear(const QString& message)
{
    m_buckets.clear();
    auto* chart = new QChart;
    chart->setTitle(message);
    chart->legend()->hide();
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void CreditChartView::setDistribution(const QList<double>& earned, double minimum, CreditMeasure measure,
    const QString& requirement, const QString& scope, const QString& cycle)
{
    m_buckets = bucketsFor(earned, minimum);
    // Two stacked sets so the buckets at or above the requirement have their own colour and legend entry.
    auto* below = new QBarSet(tr("未达到要求"));
    auto* met = new QBarSet(tr("达到要求（≥%1 %2）").arg(formatCreditAmount(minimum), creditMeasureLabel(measure)));
    below->setColor(QColor(0x5b, 0x8c, 0xc7));
    below->setBorderColor(QColor(0x3f, 0x6d, 0xa5));
    met->setColor(QColor(0x4c, 0xa0, 0x5c));
    met->setBorderColor(QColor(0x2f, 0x7d, 0x3f));
    QStringList categories;
    int top = 0;
    for (const Bucket& b : std::as_const(m_buckets)) {
        categories << b.label;
        *below << (b.meetsRequirement ? 0 : b.count);
        *met << (b.meetsRequirement ? b.count : 0);
        top = std::max(top, b.count);
    }
    auto* series = new QStackedBarSeries;
    series->append(below);
    series->append(met);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    below->setLabelColor(Qt::white);
    met->setLabelColor(Qt::white);

    auto* chart = new QChart;
    chart->addSeries(series);
    // Two lines, so that a narrow chart beside the list does not cut the title.
    chart->setTitle(QStringLiteral("<b>%1</b><br>%2")
                        .arg(tr("%1 学分分布").arg(requirement).toHtmlEscaped(),
                            tr("%1 周期 · %2 · 共 %3 名教师").arg(cycle, scope).arg(earned.size()).toHtmlEscaped()));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    chart->setTitleFont(titleFont);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("%1（%2）").arg(requirement, creditMeasureLabel(measure)));
    auto* y = new QValueAxis;
    y->setTitleText(tr("教师人数"));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max(1, top) * 1.1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace tp
