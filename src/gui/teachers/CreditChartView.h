#pragma once

#include "CreditRules.h"

#include <QList>
#include <QString>
#include <QWidget>

class QChartView;
class QChart;

namespace tp {

// How many teachers of a scope are at which level of the main requirement (区县级及以上集中培训 20 学分 in
// 梁平): a bar per bucket (0–4, 5–9, … ≥ 20), the buckets at or above the requirement in green, the others
// in blue. Fed with what each teacher earned; no database access of its own.
class CreditChartView : public QWidget {
    Q_OBJECT

public:
    struct Bucket {
        double lower = 0;
        double upper = 0; // exclusive; the last bucket has no upper bound
        QString label; // 0–4, 5–9, ≥20
        int count = 0;
        bool meetsRequirement = false;
    };

    explicit CreditChartView(QWidget* parent = nullptr);

    // The buckets for these amounts against `minimum`: a round width giving at most six buckets below the
    // minimum, then one bucket "≥ minimum". Pure; public for tests.
    static QList<Bucket> bucketsFor(const QList<double>& earned, double minimum);

    // Shows the distribution. `requirement` is the label (区县级及以上集中培训), `scope` what the teachers are
    // (全部单位, a school's name), `cycle` the cycle's text (2021–2025).
    void setDistribution(const QList<double>& earned, double minimum, CreditMeasure measure, const QString& requirement,
        const QString& scope, const QString& cycle);
    // Nothing to show (no requirement, no teachers): the chart says so.
    void clear(const QString& message);

    const QList<Bucket>& buckets() const { return m_buckets; }
    QChart* chart() const;

private:
    QChartView* m_view = nullptr;
    QList<Bucket> m_buckets;
};

} // namespace tp
