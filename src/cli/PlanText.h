#pragma once

// The plan as trainplan-cli prints it for people: the table aligned for a terminal (CJK characters take two
// columns), the totals line, the findings.

#include "Finding.h"
#include "Plan.h"

#include <QList>
#include <QString>
#include <optional>

namespace tp::cli {

// Columns a terminal gives the text: 2 for East Asian wide and full-width characters, else 1.
int displayWidth(const QString& text);
// Line breaks and the spaces around them made one space.
QString oneLine(const QString& text);
// "检查结果：1 个错误，2 个警告，3 个提示" and a line a finding.
QString findingsText(const Findings& findings);
// "合计：34 个项目，98 天 + 400 学时，14592 人（…）" and the stated 合计 row, if any.
QString totalsText(const QList<Project>& projects, const std::optional<StatedTotals>& stated);
// The plan table with the columns that have anything in them, and a 合计 line.
QString planTableText(const QList<Project>& projects);

} // namespace tp::cli
