#pragma once

// The three computed columns of the plan table — 开班日期, 方案截止 and 状态 — for one project: the text, tooltip,
// colours and sort keys of its deadlines (R-LEAD and R-OUTCITY), as PlanTableModel shows them.

#include "DeadlineRules.h"
#include "Plan.h"
#include "PlanTableLayout.h"
#include "ProjectSchedule.h"
#include "RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

namespace tp {

class DeadlineCells {
    Q_DECLARE_TR_FUNCTIONS(tp::PlanTableModel)

public:
    // What a cell of one project's computed columns is made of.
    struct Cell {
        const Project& project;
        const ProjectSchedule& schedule;
        const ProjectDeadlines& deadlines;
        const RuleSet& rules;
        QDate today;
        int severity = -1; // the worst finding on the cell, or -1
        QString findingsText; // the findings on the cell, for the tooltip
    };

    // `column` is one of PlanTableLayout's computed columns.
    static QVariant data(const Cell& cell, int column, int role);
    // The totals row's computed cells.
    static QVariant totalsRowData(int role);
};

} // namespace tp
