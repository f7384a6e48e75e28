#pragma once

// 这是什么 and the rule line of the tooltips on the plan table's columns: which rule a column is checked by and where
// that rule comes from (docs/rules.md). The plan table's header answers Qt::WhatsThisRole with these texts.

#include "RuleSet.h"

#include <QCoreApplication>
#include <QString>

namespace tp {

class ColumnHelp {
    Q_DECLARE_TR_FUNCTIONS(ColumnHelp)

public:
    // The 这是什么 text of column COLUMN of the plan table (PlanTableLayout's numbering), rich text; empty for none.
    static QString whatsThis(int column, const RuleSet& rules);
    // One line for the column's tooltip naming its rule and source; empty for a column no rule checks.
    static QString ruleLine(int column, const RuleSet& rules);
    // Where a rule of `rules` comes from, as the program names it: the published document and `clause` for the
    // default rules ("梁平区教委《2021年教师教育工作要点》 二(一)"), a district's own rule set by its source.
    static QString ruleSource(const RuleSet& rules, const QString& clause);
};

} // namespace tp
