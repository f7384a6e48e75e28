#pragma once

// The page engine under every printed table (plan table, sign-in sheet): text blocks above the table on the
// first page, a bordered table whose header row repeats on every page and whose rows never split across
// pages, text blocks kept together after it, and "- N -" page numbers.
//
// Everything is laid out once, in device-independent units (1/1200 inch, fonts sized in those units with
// hinting off), so the page breaks do not depend on the device: the print preview (a QPrinter at screen or
// printer resolution) shows exactly the pages the PDF (a QPdfWriter) gets.

#include "PageSetup.h"
#include "Progress.h"
#include "Result.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextLayout>
#include <memory>

class QPainter;
class QPagedPaintDevice;

namespace tp::report {

constexpr double kLayoutDpi = 1200.0; // layout units per inch
inline double mmToDots(double mm)
{
    return mm / 25.4 * kLayoutDpi;
}
inline double dotsToMm(double dots)
{
    return dots * 25.4 / kLayoutDpi;
}

// Type styles of an official table (GB/T 9704 names in brackets; Noto CJK stands in for the 方正 fonts).
enum class TextStyle {
    Heading, // 附件 mark: 黑体 三号 (16 pt)
    Title, // table title: 小标宋-like, serif bold 18 pt
    Subtitle, // line under a title (sign-in sheet: project, date, place): serif 12 pt
    HeaderCell, // header row: 黑体-like, sans bold 五号 (10.5 pt)
    BodyCell, // table cells: 宋体-like, serif 五号 (10.5 pt), the usual size of a table in an attachment
    SmallHeaderCell, // the same at 小五 (9 pt): a wide or long table (学分统计表), the smallest still read easily
    SmallBodyCell,
    Note, // 备注 and issuer/date: 仿宋-like serif 12 pt
    PageNumber, // 4号 (14 pt) serif digits
};
QFont fontFor(TextStyle style);

struct TextBlock {
    QString text;
    TextStyle style = TextStyle::Note;
    Qt::Alignment align = Qt::AlignLeft;
    double spaceBeforeMm = 0;
    double spaceAfterMm = 0;
};

struct TableCell {
    QString text;
    int span = 1; // columns this cell covers
    Qt::Alignment align = Qt::AlignCenter;
};

constexpr double kDefaultCellPadYMm = 1.1;

struct TableRowSpec {
    QList<TableCell> cells;
    TextStyle style = TextStyle::BodyCell;
    double minHeightMm = 0;
    double padYMm = kDefaultCellPadYMm; // space above and below the text
    bool keepWithPrevious = false; // the 合计 row: never alone at the top of a page
    bool sizesColumns = true; // false (the 合计 row): wraps at its separators rather than widen a value column
    bool struckThrough = false; // a cancelled project (已取消): every line of its text struck through
};

// The body rows of a table too long to hold as TableRowSpecs (a district's 学分统计表 of 100,000 teachers, whose
// cells would be most of its memory): made when they are needed. The layout asks for each row once and keeps only
// its height; print() asks again for the rows of the page it draws.
class TableRowSource {
public:
    virtual ~TableRowSource() = default;
    virtual int rowCount() const = 0;
    virtual TableRowSpec row(int index) const = 0; // as printed (wrapped to the column widths)
};

struct PagedTableInput {
    PageSetup page;
    QList<TextBlock> lead; // above the table (附件, title, subtitle)
    bool leadOnEveryPage = false; // a sign-in sheet repeats its title on each page; a plan table does not
    QList<double> columnWidthsMm; // sums to the text width (see TableFit.h)
    bool columnsFit = true; // false: the columns were squeezed below their narrowest (see TableFit::fits)
    TableRowSpec header; // repeated at the top of the table on every page
    QList<TableRowSpec> rows; // the body, 合计 row included
    std::shared_ptr<const TableRowSource> rowSource; // set: the body comes from here and `rows` stays empty
    int maxRowsPerPage = 0; // 0: as many as fit
    QList<TextBlock> tail; // after the table, kept together (备注)
    QStringList signature; // issuer and date at the bottom right, each line centred on the others
    bool pageNumbers = true;
    // A table of thousands of pages (a district's 学分统计表) reports its layout (rows placed) and its printing (pages
    // drawn) here, and stops when told: then print() returns Cancelled::error and draws no more pages.
    ProgressOptions progress;
};

class PagedTable {
public:
    explicit PagedTable(PagedTableInput input);

    int pageCount() const { return int(m_pages.size()); }
    // Whether every column got its narrowest width at a readable size; when not, landscape is proposed.
    bool columnsFit() const { return m_input.columnsFit; }
    const PagedTableInput& input() const { return m_input; }
    // The body rows, from input().rows or input().rowSource (a row made again on each call).
    int rowCount() const;
    TableRowSpec row(int index) const;

    // The geometry of the laid-out pages, as printed (tests and the preview measure the layout with these):
    // the body rows on a page (indices into input().rows, in order; the repeated header not included) and the
    // number of lines cell `cell` of a row takes at its column width (row -1: the header).
    QList<int> rowsOnPage(int pageIndex) const;
    int lineCount(int row, int cell) const;

    // Paints all pages onto `device` (A4 in the input's orientation; device margins set to none). Cancelled
    // through input().progress (while laid out or while printed): an Error with Cancelled's code.
    Status print(QPagedPaintDevice* device) const;
    // The layout was stopped through input().progress: the pages are incomplete and print() refuses.
    bool cancelled() const { return m_cancelled; }
    // Where print() reports from now on (a preview's dialog for this printing); none: it runs to its end.
    void setProgress(const ProgressOptions& progress) { m_input.progress = progress; }
    // One page with the painter in layout units, origin at the page's top-left corner.
    void paintPage(QPainter& painter, int pageIndex) const;

    // Text width in mm of the widest explicit line of `text` (no wrapping).
    static double naturalWidthMm(const QString& text, TextStyle style);
    static double textHeightMm(const QString& text, TextStyle style, double widthMm);
    static double linesHeightMm(TextStyle style, int lines); // the height of `lines` lines of a cell
    static double rowHeightMm(const TableRowSpec& row, const QList<double>& widthsMm);
    static double textWidthMm(const PageSetup& page); // the text area (版心) width
    static double textAreaHeightMm(const PageSetup& page);
    // Padding inside a cell, left/right and (by default, TableRowSpec::padYMm) top/bottom.
    static constexpr double kCellPadXMm = 1.6;
    static constexpr double kCellPadYMm = kDefaultCellPadYMm;

private:
    struct PlacedText {
        QRectF rect; // dots
        QString text;
        TextStyle style;
        Qt::Alignment align;
    };
    struct PlacedRow {
        int row; // -1: header
        double y; // dots
        double height;
    };
    struct Page {
        QList<PlacedText> texts;
        QList<PlacedRow> rows;
    };

    void layout();
    double measuredRowHeightMm(const TableRowSpec& row);
    void paintRow(QPainter& painter, const TableRowSpec& spec, double y, double height) const;
    void drawCellText(QPainter& painter, const QRectF& rect, const QString& text, TextStyle style, Qt::Alignment align,
        bool struckThrough) const;

    PagedTableInput m_input;
    QList<Page> m_pages;
    // The heights of cell texts already measured in this layout, per style and width: most cells of a long table
    // repeat (a unit, a stage, a status). Bounded: a bucket that grows past a limit starts again.
    struct MeasuredTexts {
        TextStyle style;
        double widthMm;
        QHash<QString, double> heightMm;
    };
    QList<MeasuredTexts> m_measured;
    // The cell texts drawn lately, laid out, per style and width (dots): drawn again without being laid out again.
    struct LaidOutText {
        LaidOutText(const QString& text, const QFont& font)
            : layout(text, font)
        {
        }
        QTextLayout layout;
        double height = 0;
    };
    struct DrawnTexts {
        TextStyle style;
        double width;
        QHash<QString, std::shared_ptr<LaidOutText>> layouts;
    };
    mutable QList<DrawnTexts> m_drawn;
    bool m_cancelled = false;
};

// Draws `text` wrapped into `rect` (dots), aligned; returns nothing. Shared by the page engine.
// `struckThrough`: every line struck through (a cancelled project's row).
void drawWrappedText(QPainter& painter, const QRectF& rect, const QString& text, TextStyle style, Qt::Alignment align,
    bool struckThrough = false);

} // namespace tp::report
