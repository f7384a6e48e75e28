#pragma once

// Parsing of what people type into the cells of a plan table (培训天数, 参培人数, 拟培训时间, 培训方式,
// 主办单位). Table-driven; never loses the original text: a value that does not parse keeps its text
// and carries an error message explaining what was expected.

#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

// 培训天数/学时: a number of days ("3", "2天", "1.5天", "半天", "３天") or hours ("300学时", "50学时"),
// or nothing (blank, as for 国培计划).
enum class DurationUnit { None, Day, Hour };

struct Duration {
    double value = 0; // in `unit`; 0 when unit is None
    DurationUnit unit = DurationUnit::None;
    QString text; // exactly as typed
    QString error; // non-empty when the text could not be understood

    bool isValid() const { return error.isEmpty(); }
    bool isBlank() const { return text.trimmed().isEmpty(); }
    bool operator==(const Duration&) const = default;
};

// 参培人数: exact ("270", "300人"), approximate ("约120人"), all staff of the target group ("全员"),
// or nothing. 全员 is a kind, never a zero.
enum class HeadcountKind { None, Exact, Approx, AllStaff };

struct Headcount {
    int value = 0; // meaningful for Exact and Approx
    HeadcountKind kind = HeadcountKind::None;
    QString text;
    QString error;

    bool isValid() const { return error.isEmpty(); }
    bool operator==(const Headcount&) const = default;
};

// 拟培训时间: "4月", "4-5月", "4、5月", "2024年4月", "全年", blank. Months are 1..12 in the plan year
// (or `year` when the text names one).
struct MonthSpec {
    QList<int> months; // sorted, unique
    bool wholeYear = false; // "全年"
    int year = 0; // when the text names a year ("2024年4月"), else 0
    QString text;
    QString error;

    bool isValid() const { return error.isEmpty(); }
    bool isBlank() const { return text.trimmed().isEmpty(); }
    int firstMonth() const { return wholeYear ? 1 : (months.isEmpty() ? 0 : months.first()); }
    bool operator==(const MonthSpec&) const = default;
};

Duration parseDuration(const QString& text);
Headcount parseHeadcount(const QString& text);
MonthSpec parseMonths(const QString& text);

// 培训方式 split on 、，, ; and line breaks, trimmed, empty parts dropped.
QStringList splitModes(const QString& text);
// 主办单位 split on 、，, ; and line breaks ("区教委、社区学院" → two organizers, in order).
QStringList splitOrganizers(const QString& text);
// Organizers joined back with 、 for display and export.
QString joinOrganizers(const QStringList& organizers);

// Normalise full-width digits, letters and punctuation (０-９, ．, －) to ASCII and trim spaces
// (including U+3000). Used by every parser above.
QString normalizeWidth(const QString& text);

// Format a number of days/hours without trailing zeros: 3 → "3", 1.5 → "1.5".
QString formatNumber(double value);

} // namespace tp
