#pragma once

// Column widths from the content, as a typesetter sets a table: every column at least as wide as its widest
// short value and its header's longest word; value columns (序号, days, headcounts, months, staff numbers,
// credits) never broken and no wider than their values need; the rest of the width to the text columns, the
// project name first, so that a name wraps only when it must. In three stages:
//   1. when the table has the room — every value, header and phrase of up to eight characters whole, and no name
//      over two lines — the rest of the width goes to the text columns in proportion to what they lack (the look
//      of the published 梁平 and 建安 tables, which this reproduces);
//   2. otherwise value headers and the 合计 row wrap between words (培训/天数, 98天+/400学时) and each millimetre
//      goes where it saves the most height, a wrapped line of the first text column counting extra;
//   3. a table too wide even so lets its values break between words too, and reports that it does not fit.
// The search works on a model of the lines every cell takes at every width (the breaks Qt's layout uses, or
// word breaks, measured once per cell), so it is cheap; PagedTable then lays the cells out for real.

#include "PagedTable.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace tp::report {

enum class ColumnRole {
    Value, // numbers, dates, codes, short words: never wrapped; the header wraps between words if need be
    Text, // names, units, places: wrap when they must
    Fill, // room to write in (签到): its minimum, and whatever width the others do not need
};

struct ColumnSpec {
    ColumnRole role = ColumnRole::Text;
    // Text: what a wrapped line in this column costs, in lines of table height, on top of the height it adds.
    // The first column (培训项目) 0.5: a name wraps only when keeping it whole would make the table taller; the
    // others a hundredth or so (主办单位 0.03, 培训地点 0.02 …), to choose among layouts of the same height.
    double priority = 0.01;
    double minMm = 0; // at least this wide (e.g. room to sign)
    bool list = false; // items separated by 、 (主办单位): broken between items at no loss, each ending with its 、
    // Text: lines break between words ("区教师/发展/中心", not "区教师发展中/心"); false: between any two
    // characters, as Chinese text may (the project names, whose lines are balanced by the layout).
    bool wrapAtWords = true;
};

struct TableFit {
    QList<double> widthsMm;
    // Every column got its narrowest width with its values whole (stage 1 or 2); false: the values had to
    // break, or the table was squeezed — it does not fit this page at this type size.
    bool fits = true;
    int primaryLines = 0; // the most lines a cell of the first text column (培训项目) takes
};

// Measures a table's cells once (in the styles of `header` and `rows`), then fits it to a page, perhaps in a
// smaller size of the same type (五号 → 小五: every width scales with the size). Only cells spanning one column
// size it; a row with `sizesColumns` false (the 合计 row) wraps at its separators rather than widen a value column.
class TableFitter {
public:
    TableFitter(const TableRowSpec& header, const QList<TableRowSpec>& rows, const QList<ColumnSpec>& columns);
    // A table too long to hold as TableRowSpecs (a district's 学分统计表 of 100,000 teachers): the header now, then
    // addRow() for each body row. A value is measured once per run of repeats and only its width kept; a text that
    // may wrap once per distinct text; rows whose cells take the same lines at every width are one row of the
    // model, counted as often as they occur — the model grows with the distinct texts, not with the rows. fit()
    // then takes the rows as added (`input.rows` stays empty); a table that does not fit even with its headers
    // broken gets its squeezed widths (no third stage: the values' texts are not kept) and `fits` false.
    TableFitter(const TableRowSpec& header, const QList<ColumnSpec>& columns);
    void addRow(const TableRowSpec& row);
    ~TableFitter();
    TableFitter(const TableFitter&) = delete;
    TableFitter& operator=(const TableFitter&) = delete;

    // Widths summing to the text width of `input.page`, for `input`'s header and rows (the measured ones, in the
    // measured size or a smaller one; their padding and minimum heights as given). The header, repeated on every
    // page, is weighed by the pages the table will take.
    TableFit fit(const PagedTableInput& input) const;
    // After the widths are set: header cells, value cells wider than their column and text cells of columns that
    // wrap at words get explicit line breaks between words ("培训/天数", "98天+/400学时", "区教师/进修学院"),
    // balanced; a list that does not fit on one line goes one item to a line ("区教委、" / "区教师进修校").
    void wrap(PagedTableInput& input) const;
    // One body row of a table fitted from added rows, wrapped as wrap() wraps the rows of `input` at these widths
    // (a row made again when its page is printed); the wrapped texts of a column are remembered.
    void wrapRow(TableRowSpec& row, const QList<double>& widthsMm) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

// The pieces of `text` that a line never breaks: words (ICU's Chinese dictionary), punctuation kept with the
// word it belongs to ("区教委、", "（≥20学分）" stays whole up to eight characters).
QStringList unbreakableWords(const QString& text);

} // namespace tp::report
