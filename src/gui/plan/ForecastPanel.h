#pragma once

// 学分需求预测: the plan window's dock with the forecast of storage/ForecastQuery — per cycle requirement of
// the district's rule set, the teachers who still need qualifying credits and what they miss, against the
// qualifying seats the plan offers; a seat shortfall is red.

#include "ForecastQuery.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tp {

class Database;

class ForecastPanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        RequirementColumn,
        TeachersColumn, // 需要的教师数
        MissingColumn, // 缺口学分 (or 学时)
        SeatsColumn, // 计划提供的名额
        AmountColumn, // 名额可提供的学分
        ShortfallColumn, // 名额缺口
        ColumnCount
    };

    explicit ForecastPanel(QWidget* parent = nullptr);

    // Recomputes the forecast of `planId` (0: none) from the database; errors are shown in the panel.
    void refresh(Database& db, qint64 planId);
    void setForecast(const PlanForecast& forecast);
    void clear(const QString& message = {});

    QTableWidget* table() const { return m_table; }
    // The plan's seats by level and kind (级别·形式, 项目数, 名额, 可得学分).
    QTableWidget* offerTable() const { return m_offers; }
    QString headerText() const;

private:
    QLabel* m_header = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_offers = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace tp
