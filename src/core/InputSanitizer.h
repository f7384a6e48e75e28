#pragma once

// What any file or typed value may hold before TrainPlan stores it: text NFC-normalised, with invisible
// characters (zero-width, BOM, bidi overrides) stripped and control characters refused; numbers finite and
// within sane bounds per field; dates within a sane range. Used by every importer (CSV, XLSX), by the ledger's
// writes and by the command line's number parsing, so one rule decides what is accepted everywhere.

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tp {

// Limits on the size of what is read. A plan table has ~10 columns and a few hundred rows; a city's teacher
// list 300,000 rows. These stop hostile files long before memory or CPU time runs out.
struct InputLimits {
    static constexpr int maxCellChars = 2000; // one cell (a project name, a remark)
    static constexpr int maxColumns = 256; // non-empty columns of a table
    static constexpr qint64 maxTextFileBytes = 256LL * 1024 * 1024; // a CSV file
    static constexpr qint64 maxWorkbookBytes = 100LL * 1024 * 1024; // an .xlsx file as stored
    static constexpr qint64 maxWorkbookPartBytes = 100LL * 1024 * 1024; // one inflated XML part
    static constexpr qint64 maxWorkbookTotalBytes = 160LL * 1024 * 1024; // all inflated parts of a workbook
    static constexpr int maxWorkbookEntries = 10000;
    static constexpr int maxSharedStrings = 1000000;
    static constexpr int maxSheetRows = 200000; // rows of a worksheet (a plan table, not a database dump)
    static constexpr qint64 maxSheetCells = 10000000; // cells a worksheet's rows span, blanks between included
    static constexpr int maxMergedRanges = 20000;
    static constexpr qint64 maxMergeWork = 20000000; // rows visited to apply the merged ranges
    static constexpr int maxRows = 2000000; // rows of one table (a plan, a list)
};

// How a piece of text is used: a single line (a staff number, a name: tabs and line breaks refused) or a
// block (a project cell, a remark: line breaks kept).
enum class TextShape { Line, Block };

// One character that was removed or that makes the text unacceptable.
struct TextProblem {
    char32_t codePoint = 0;
    bool refused = false; // control characters: the text is not taken; invisible ones are only stripped
    QString message; // "不可见字符 U+200B（零宽空格）已删除"
};

struct CleanText {
    QString text; // NFC, trimmed, invisible characters removed (control characters removed too)
    QList<TextProblem> problems;
    bool changed = false; // anything but trimming was done

    bool refused() const;
    // The problems in one sentence, for a finding or an error.
    QString describe() const;
};

class InputSanitizer {
    Q_DECLARE_TR_FUNCTIONS(tp::InputSanitizer)

public:
    // NFC, trimmed; zero-width characters, BOMs and bidi controls stripped (a problem, not refused); C0/C1
    // control characters other than tab and line breaks (NUL, ESC …), lone surrogates and non-characters
    // refused; tabs and line breaks refused too in a Line. Text longer than InputLimits::maxCellChars refused.
    static CleanText clean(const QString& text, TextShape shape = TextShape::Block);

    // The text with everything a terminal or a dialog would not show as itself written as U+XXXX, and cut
    // to `maxChars` ("…" appended): for echoing hostile input in messages.
    static QString printable(const QString& text, int maxChars = 60);

    // "U+200B（零宽空格）"
    static QString describeCodePoint(char32_t c);
};

// The kinds of numbers TrainPlan reads, each with its bounds.
enum class NumberField {
    Credits, // 学分 of one record or registration: 0–500
    Hours, // 学时 of one record, a project or an attendance row: 0–5000
    SessionHours, // 学时 of one session (场次) of attendance: 0–24
    Days, // 培训天数 of a project: 0–366
    Headcount, // 参培人数, capacity, seats: 0–1,000,000
    Session, // 场次 number within a day: 1–12
    Year, // a plan or record year: 1949–2200
};

struct NumberBounds {
    double min = 0;
    double max = 0;
    bool integer = false;
};

class NumberInput {
    Q_DECLARE_TR_FUNCTIONS(tp::NumberInput)

public:
    static NumberBounds bounds(NumberField field);
    static QString label(NumberField field); // 学分, 学时, …

    // A plain decimal number as typed: optional sign, digits, optional fraction; full-width digits and
    // surrounding spaces accepted. inf, nan, exponents (1e308), hex and thousands separators are refused,
    // as is anything outside the field's bounds. The Error's value is the text as typed (printable).
    static Result<double> parse(const QString& text, NumberField field);
    // A number that is already a double (from a spin box, or computed): finite and within bounds.
    static Status check(double value, NumberField field);
};

// Dates a user can mean: 1949-01-01 .. 2200-12-31 (what the schema's years allow).
class DateInput {
    Q_DECLARE_TR_FUNCTIONS(tp::DateInput)

public:
    static QDate earliest();
    static QDate latest();
    // Valid and within [earliest, latest], or within [from, to] when given (a plan's year, a cycle).
    static Status check(QDate date, QDate from = {}, QDate to = {});
};

} // namespace tp
