#pragma once

// The names a plan table's header cells go by (seeds 000, 002 and their common variants): which project field
// a header names. The importer finds its columns with it, and the printed table maps the headers a clerk chose
// in 打印设置 back to fields.

#include "Finding.h"

#include <QString>

namespace tp {

// The field a header cell names ("拟培训\n人数" → Headcount, "主办（承办）单位" → Organizers), or None.
ProjectField fieldForHeader(const QString& header);
// A header cell as compared: whitespace and line breaks removed, full-width forms made ASCII, lower case.
QString normalizeHeader(const QString& header);

} // namespace tp
