#pragma once

// The JSON documents of trainplan-cli (docs/cli.md). Other tools rely on these names: add fields
// freely, never rename or remove one.

#include "Finding.h"
#include "Plan.h"
#include "Teacher.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace tp {
struct Error;
}

namespace tp::cli {

// {"district", "year", "title", ...}
QJsonObject planJson(const Plan& plan);
// {"seq", "name", "organizers", "duration": {"value", "unit", "text"[, "error"]},
//  "headcount": {"value", "kind", "text"[, "error"]}, "months", "modes", "location", ...}
QJsonObject projectJson(const Project& project);
// {"days", "hours", "headcount", "all_staff_rows", ...}
QJsonObject totalsJson(const PlanTotals& totals);
// {"days", "hours", "headcount", ...} or null when the plan has no 合计 row.
QJsonValue statedTotalsJson(const std::optional<StatedTotals>& stated);
// {"rule", "severity", "subject", "message", "fix", ...}
QJsonObject findingJson(const Finding& finding);
QJsonArray findingsJson(const Findings& findings);
// {"plan", "projects", "totals", "stated_totals", "findings"}: the document of `show` and `import`.
QJsonObject planDocument(const Plan& plan, const QList<Project>& projects, const Findings& findings);
// {"staff_number", "name", "unit"}
QJsonObject teacherJson(const Teacher& teacher);
// {"error": {"message", "file", "row", "column", ...}}: what --json prints when a command fails.
QJsonObject errorDocument(const Error& error);

// One UTF-8 document, indented, with a final newline.
QByteArray toJsonBytes(const QJsonObject& document);

} // namespace tp::cli
