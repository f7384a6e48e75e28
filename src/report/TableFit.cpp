#include "TableFit.h"

#include <QFontMetricsF>
#include <QHash>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace tp::report {

namespace {

// Extra width a cell needs besides its text: the padding on both sides and half a millimetre, so a line that
// was measured to fit still fits when it is drawn.
constexpr double kSlackMm = 0.5;
double cellPad()
{
    return 2 * PagedTable::kCellPadXMm + kSlackMm;
}

// A value is short when it takes at most this many characters of its type (a unit "区教委", a place "线上"): it
// is never broken.
constexpr double kShortEms = 3.0;
// When the table has the room, no phrase of up to this many characters is broken either: a unit of a list
// ("区教师进修校、"), a place ("区教师进修学院"), a short project name.
constexpr double kPhraseEms = 8.0;

// Widths are searched to this precision (mm).
constexpr double kStepMm = 0.1;

bool isOpening(QChar c)
{
    return c.category() == QChar::Punctuation_Open || c.category() == QChar::Punctuation_InitialQuote
        || c == QChar(0x2265) || c == QChar(0x2264) || c == QLatin1Char('<') || c == QLatin1Char('>');
}

bool isClosing(QChar c)
{
    switch (c.category()) {
    case QChar::Punctuation_Close:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other: // 、，。；：！？
        return true;
    default:
        return c == QLatin1Char('+') || c == QLatin1Char('%');
    }
}

// Splits a paragraph (no line breaks) into words: ICU's word boundaries (a dictionary for Chinese), opening
// brackets and signs kept with the next word, closing ones and 、，。 with the previous one, a bracketed group
// of up to eight characters as one word.
QStringList paragraphWords(const QString& paragraph)
{
    QStringList raw;
    UErrorCode status = U_ZERO_ERROR;
    static thread_local std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
    if (!iterator || U_FAILURE(status)) {
        raw << paragraph;
    } else {
        const icu::UnicodeString text(
            false, reinterpret_cast<const UChar*>(paragraph.utf16()), int32_t(paragraph.size()));
        iterator->setText(text);
        int32_t start = iterator->first();
        for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next())
            raw << paragraph.mid(start, end - start);
    }
    QStringList words;
    QString pending; // opening brackets and signs waiting for their word
    for (int i = 0; i < raw.size(); ++i) {
        const QString& piece = raw.at(i);
        if (piece.trimmed().isEmpty()) {
            if (!words.isEmpty())
                words.last() += piece; // a space stays at the end of the line before it
            continue;
        }
        if (piece.size() == 1 && isOpening(piece.at(0))) {
            // A short bracketed group is one word: "（≥20学分）", "（第四期）".
            const QChar open = piece.at(0);
            const QChar close = open == QChar(0xFF08) ? QChar(0xFF09)
                : open == QLatin1Char('(')            ? QLatin1Char(')')
                : open == QChar(0x300A)               ? QChar(0x300B)
                                                      : QChar();
            if (!close.isNull()) {
                QString group = pending + piece;
                int j = i + 1;
                while (j < raw.size() && group.size() <= 8 && !group.endsWith(close))
                    group += raw.at(j++);
                if (group.endsWith(close) && group.size() <= 9) {
                    words << group;
                    pending.clear();
                    i = j - 1;
                    continue;
                }
            }
            pending += piece;
            continue;
        }
        if (pending.isEmpty() && !words.isEmpty() && isClosing(piece.at(0)) && piece.size() == 1) {
            words.last() += piece;
            continue;
        }
        words << pending + piece;
        pending.clear();
    }
    if (!pending.isEmpty()) {
        if (words.isEmpty())
            words << pending;
        else
            words.last() += pending;
    }
    // A character the dictionary leaves alone is not a word to stand on a line by itself: runs of them stay
    // together (培训|天数, 参培|人数), a single one goes with the word after it at the start (拟培训) and with
    // the word before it elsewhere (重庆市).
    const auto single = [](const QString& w) { return w.size() == 1 && w.at(0).script() == QChar::Script_Han; };
    QStringList glued;
    for (int i = 0; i < words.size(); ++i) {
        if (!single(words.at(i))) {
            glued << words.at(i);
            continue;
        }
        int j = i;
        QString run;
        while (j < words.size() && single(words.at(j)))
            run += words.at(j++);
        if (run.size() > 1) {
            glued << run;
        } else if (glued.isEmpty() && j < words.size()) {
            glued << run + words.at(j++);
        } else if (!glued.isEmpty()) {
            glued.last() += run;
        } else {
            glued << run;
        }
        i = j - 1;
    }
    return glued;
}

// Where a line may break inside a 合计 cell: after its separators ("98天+" / "400学时"), nowhere else.
QList<int> separatorBreaks(const QString& paragraph)
{
    QList<int> breaks;
    for (int i = 0; i + 1 < paragraph.size(); ++i) {
        const QChar c = paragraph.at(i);
        if (c == QLatin1Char('+') || c == QChar(0x3001) || c == QChar(0xFF0C) || c == QLatin1Char(' '))
            breaks << i + 1;
    }
    breaks << int(paragraph.size());
    return breaks;
}

QList<int> wordBreaks(const QString& paragraph)
{
    QList<int> breaks;
    int at = 0;
    for (const QString& w : paragraphWords(paragraph)) {
        at += int(w.size());
        breaks << at;
    }
    if (breaks.isEmpty() || breaks.last() != paragraph.size())
        breaks << int(paragraph.size());
    return breaks;
}

// Where Qt's layout may break a line (UAX #14: between any two ideographs, not before 、，）…).
QList<int> layoutBreaks(const QString& paragraph)
{
    QList<int> breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, paragraph);
    while (finder.toNextBoundary() > 0)
        breaks << int(finder.position());
    if (breaks.isEmpty() || breaks.last() != paragraph.size())
        breaks << int(paragraph.size());
    return breaks;
}

enum class Breaks { Layout, Words, Separators };

// One paragraph measured once: the x (mm) of each place a line may break, from the paragraph's start.
struct Paragraph {
    QList<double> x; // ascending; the last is the paragraph's width
    QList<int> at; // the positions in the paragraph of those breaks
    QString text;
};

struct Measured {
    double natural = 0; // widest paragraph, mm
    double listNatural = 0; // a list measured one item to a line: its width on one line
    double widestPiece = 0; // widest unbreakable piece, mm
    QList<Paragraph> paragraphs;

    // Lines at an effective width (text width plus nothing): greedy, as a line layout fills lines.
    int linesAt(double width) const
    {
        int total = 0;
        for (const Paragraph& p : paragraphs) {
            int lines = 1;
            double start = 0;
            double last = 0;
            for (double x : p.x) {
                if (x - start <= width) {
                    last = x;
                    continue;
                }
                if (last > start) {
                    start = last;
                    ++lines;
                }
                if (x - start > width) {
                    // One piece longer than the line: the layout breaks it anywhere.
                    const int extra = int(std::ceil((x - start) / std::max(width, 0.1))) - 1;
                    lines += extra;
                    start = x - std::fmod(x - start, std::max(width, 0.1));
                }
                last = x;
            }
            total += lines;
        }
        return std::max(total, 1);
    }
};

Measured measure(const QString& text, TextStyle style, Breaks kind)
{
    Measured m;
    const QFont font = fontFor(style);
    const QFontMetricsF metrics(font);
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        Paragraph p;
        p.text = paragraph;
        if (paragraph.isEmpty()) {
            p.x << 0;
            p.at << 0;
            m.paragraphs << p;
            continue;
        }
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        option.setUseDesignMetrics(true);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        const QList<int> breaks = kind == Breaks::Layout ? layoutBreaks(paragraph)
            : kind == Breaks::Words                      ? wordBreaks(paragraph)
                                                         : separatorBreaks(paragraph);
        // The x of each break from the characters' advances (cheaper than asking the line for each position),
        // scaled so the whole comes to the line's exact width (kerning of Latin letters and digits).
        const double width = dotsToMm(line.naturalTextWidth());
        QList<double> advance(paragraph.size() + 1, 0.0);
        for (qsizetype i = 0; i < paragraph.size(); ++i)
            advance[i + 1] = advance.at(i) + metrics.horizontalAdvance(paragraph.at(i));
        const double unit = advance.last() > 0 ? width / advance.last() : 0.0;
        double previous = 0;
        for (int at : breaks) {
            // A space at a break hangs over the line's end: measure up to the last visible character.
            int visible = at;
            while (visible > 0 && paragraph.at(visible - 1).isSpace())
                --visible;
            const double x = at == paragraph.size() ? width : advance.at(visible) * unit;
            p.x << std::max(x, previous);
            p.at << at;
            m.widestPiece = std::max(m.widestPiece, x - previous);
            previous = advance.at(at) * unit;
        }
        m.natural = std::max(m.natural, p.x.last());
        m.paragraphs << p;
    }
    return m;
}

// The lines of one cell as a step function of the effective width: `lines[i]` from `widths[i]` on.
struct Steps {
    QList<double> widths { 0.0 };
    QList<int> lines { 1 };

    int at(double width) const
    {
        const auto it = std::upper_bound(widths.begin(), widths.end(), width + 1e-9);
        return lines.at(int(it - widths.begin()) - 1);
    }
};

Steps stepsOf(const Measured& m, double from)
{
    Steps s;
    int lines = m.linesAt(from);
    s.lines[0] = lines;
    const int least = m.linesAt(m.natural + 1e-6);
    double lo = from;
    while (lines > least) {
        // The narrowest width with fewer lines than `lines`.
        double a = lo;
        double b = m.natural + 1e-6;
        while (b - a > kStepMm / 2) {
            const double mid = (a + b) / 2;
            if (m.linesAt(mid) < lines)
                b = mid;
            else
                a = mid;
        }
        // Rounded up to the search grid, so a width on the grid either has the lines or not.
        const double w = std::ceil(b / kStepMm - 1e-6) * kStepMm;
        const int fewer = m.linesAt(w);
        s.widths << w;
        s.lines << fewer;
        lines = fewer;
        lo = w;
    }
    return s;
}

// Greedy filling of words into lines of `width` mm; the text with explicit line breaks.
QString wrapWords(const QString& text, TextStyle style, double width, Breaks kind, bool balance)
{
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        const Measured m = measure(paragraph, style, kind);
        if (m.natural <= width + 1e-6 || paragraph.isEmpty()) {
            out << paragraph;
            continue;
        }
        if (balance && width >= m.widestPiece) {
            // The narrowest width that needs no more lines: lines of even length ("区教师/进修学院").
            const int lines = m.linesAt(width);
            double lo = m.widestPiece;
            double hi = width;
            while (hi - lo > 0.05) {
                const double mid = (lo + hi) / 2;
                if (m.linesAt(mid) > lines)
                    lo = mid;
                else
                    hi = mid;
            }
            width = hi;
        }
        const QList<int> breaks = kind == Breaks::Words ? wordBreaks(paragraph) : separatorBreaks(paragraph);
        const QList<double>& x = m.paragraphs.first().x;
        int from = 0; // where the current line starts in the paragraph
        double startX = 0;
        int lastBreak = 0;
        double lastX = 0;
        for (int i = 0; i < breaks.size() && i < x.size(); ++i) {
            if (lastBreak > from && x.at(i) - startX > width + 1e-6) {
                out << paragraph.mid(from, lastBreak - from).trimmed();
                from = lastBreak;
                startX = lastX;
            }
            lastBreak = breaks.at(i);
            lastX = x.at(i);
        }
        out << paragraph.mid(from).trimmed();
    }
    return out.join(QLatin1Char('\n'));
}

// The cells of a row of the model: the lines each takes as a step function of its effective width, measured
// at the size the fitter was made for.
struct Cell {
    Steps steps;
    int column = 0;
    double natural = 0; // widest paragraph, mm
    QString text;
    // A table fitted from added rows: the cell's distinct text (an index into the measured ones), or -1 for a value,
    // which takes `constantLines` at every width (its text not kept: the row stands for all rows like it).
    int distinct = -1;
    int constantLines = 0;
};

struct ModelRow {
    QList<int> cellOfColumn; // index into cells, -1 for none
    QList<Cell> cells;
    double measuredPixels = 1; // the font size the cells were measured in
    // Set for each fit: the size the row is set in.
    double lineHeight = 0; // one line
    double pitch = 0; // each further line
    double padY = 0;
    double minHeight = 0;
    double weight = 1; // the header counts once per page
    // The row as added (a table fitted from added rows): its style, padding and minimum height, whether it sizes
    // the columns, and how many rows of the table it stands for.
    TextStyle style = TextStyle::BodyCell;
    double padYMm = 0;
    double minHeightMm = 0;
    bool sizesColumns = true;
    int count = 1;

    // An empty row of `columns` cells with the style, padding and minimum height of `spec`, measured in its font.
    static ModelRow of(const TableRowSpec& spec, int columns)
    {
        ModelRow row;
        row.cellOfColumn = QList<int>(columns, -1);
        row.measuredPixels = double(fontFor(spec.style).pixelSize());
        row.style = spec.style;
        row.padYMm = spec.padYMm;
        row.minHeightMm = spec.minHeightMm;
        row.sizesColumns = spec.sizesColumns;
        return row;
    }

    double height(double lines) const
    {
        return std::max(minHeight, lineHeight + std::max(0.0, lines - 1) * pitch + 2 * padY);
    }
};

struct Stage {
    QList<double> floors;
    QList<double> caps; // no column grows past what its content needs, until the spare is shared out
};

struct Solution {
    QList<double> widths;
    double cost = 0;
    int primaryLines = 0; // most lines of a cell in the first text column
    bool fits = true;
};

// The separators after which a list's items end ("区教委、").
bool isItemSeparator(QChar c)
{
    return c == QChar(0x3001) || c == QChar(0xFF0C) || c == QChar(0xFF1B) || c == QLatin1Char(',');
}

} // namespace

class TableFitter::Private {
public:
    Private(const TableRowSpec& header, const QList<TableRowSpec>& rows, const QList<ColumnSpec>& columns)
        : m_columns(columns)
    {
        start(header);
        m_rows.reserve(rows.size() + 1);
        for (const TableRowSpec& spec : rows)
            measureRow(spec, false);
        computeSteps();
        m_pending.clear();
    }

    // A table fitted from added rows: the header now, the rows by addRow(), the steps on the first fit() (the
    // header's measurement kept for that).
    Private(const TableRowSpec& header, const QList<ColumnSpec>& columns)
        : m_columns(columns)
    {
        m_streamed = true;
        m_stepsDone = false;
        m_valueTexts = QList<QHash<QString, int>>(columns.size());
        m_distinctOf = QList<QHash<QString, int>>(columns.size());
        m_wrapped = QList<QHash<QString, QString>>(columns.size());
        start(header);
    }

    void start(const TableRowSpec& header)
    {
        const int n = int(m_columns.size());
        for (QList<double>* list : { &m_headerNatural, &m_headerWord, &m_valueNatural, &m_valueWord, &m_shortValue,
                 &m_phrase, &m_natural, &m_least })
            *list = QList<double>(n, 0.0);
        double best = -1;
        for (int c = 0; c < n; ++c) {
            if (m_columns.at(c).role == ColumnRole::Text && m_columns.at(c).priority > best) {
                best = m_columns.at(c).priority;
                m_primary = c;
            }
        }
        measureRow(header, true);
    }

    // One body row of a table fitted from added rows. A value (a column that never wraps) is measured once per
    // text while the texts repeat and only its width kept; a text that may wrap once per distinct text. Rows
    // whose cells are the same that way are one row of the model, with a count.
    void addRow(const TableRowSpec& spec)
    {
        constexpr qsizetype kMostValueTexts = 4096; // per column, then forgotten: staff numbers never repeat
        const int n = int(m_columns.size());
        if (m_bodyRows++ == 0)
            m_firstStyle = spec.style;
        m_stepsDone = false;
        // Per column: -1 no cell; ≥ 0 a distinct text; ≤ -2 a value of (−2 − code) lines.
        QList<int> codes(n, -1);
        int column = 0;
        for (const TableCell& cell : spec.cells) {
            if (cell.span != 1 || column >= n || cell.text.isEmpty()) {
                column += cell.span;
                continue;
            }
            if (m_columns.at(column).role != ColumnRole::Text && spec.sizesColumns) {
                QHash<QString, int>& seen = m_valueTexts[column];
                auto it = seen.constFind(cell.text);
                int lines = 0;
                if (it != seen.cend() && spec.style == m_firstStyle) {
                    lines = it.value();
                } else {
                    lines = int(measureCell(cell, column, spec, false).paragraphs.size());
                    if (seen.size() >= kMostValueTexts)
                        seen.clear();
                    if (spec.style == m_firstStyle)
                        seen.insert(cell.text, lines);
                }
                codes[column] = -2 - lines;
            } else {
                // The style and whether the row sizes the columns are part of what was measured.
                const QString key = QChar(char16_t(int(spec.style) * 2 + (spec.sizesColumns ? 1 : 0))) + cell.text;
                auto it = m_distinctOf[column].constFind(key);
                if (it == m_distinctOf[column].cend()) {
                    m_distinct << measureCell(cell, column, spec, false);
                    m_distinctText << cell.text;
                    it = m_distinctOf[column].insert(key, int(m_distinct.size() - 1));
                }
                codes[column] = it.value();
            }
            column += cell.span;
        }
        QByteArray key(reinterpret_cast<const char*>(codes.constData()), codes.size() * qsizetype(sizeof(int)));
        key += QByteArray::number(int(spec.style)) + ' ' + QByteArray::number(spec.padYMm) + ' '
            + QByteArray::number(spec.minHeightMm) + (spec.sizesColumns ? " s" : " -");
        const auto same = m_modelRowOf.constFind(key);
        if (same != m_modelRowOf.cend()) {
            ++m_rows[same.value()].count;
            return;
        }
        ModelRow row = ModelRow::of(spec, n);
        for (int c = 0; c < n; ++c) {
            if (codes.at(c) == -1)
                continue;
            Cell cell;
            cell.column = c;
            if (codes.at(c) >= 0) {
                const Measured& m = m_distinct.at(codes.at(c));
                cell.distinct = codes.at(c);
                cell.natural = m.listNatural > 0 ? m.listNatural : m.natural;
                cell.text = m_distinctText.at(codes.at(c));
            } else {
                cell.constantLines = -2 - codes.at(c);
            }
            row.cellOfColumn[c] = int(row.cells.size());
            row.cells << cell;
        }
        m_modelRowOf.insert(key, int(m_rows.size()));
        m_rows << row;
    }

    // The lines of every cell of the model as a step function of the width, from what was measured.
    void computeSteps()
    {
        const int n = int(m_columns.size());
        // The narrowest any column may get (stage 2): the steps of each cell start there.
        for (int c = 0; c < n; ++c) {
            m_least[c] = m_columns.at(c).role == ColumnRole::Text ? std::max(m_headerWord.at(c), m_shortValue.at(c))
                                                                  : std::max(m_headerWord.at(c), m_valueWord.at(c));
            m_natural[c] = std::max(m_headerNatural.at(c), m_valueNatural.at(c));
        }
        QHash<int, Steps> distinctSteps; // a distinct text's steps, the same in every row it is in
        for (int r = 0; r < m_rows.size(); ++r) {
            ModelRow& row = m_rows[r];
            for (Cell& cell : row.cells) {
                const ColumnRole role = m_columns.at(cell.column).role;
                const bool header = r == 0;
                const bool sizing = !header && row.sizesColumns;
                if (role == ColumnRole::Text || header || !sizing) {
                    const auto known = distinctSteps.constFind(cell.distinct);
                    if (cell.distinct >= 0 && known != distinctSteps.cend()) {
                        cell.steps = known.value();
                        continue;
                    }
                    const Measured& m
                        = cell.distinct >= 0 ? m_distinct.at(cell.distinct) : m_pending.at(r).at(cell.column);
                    cell.steps = stepsOf(m, m_least.at(cell.column));
                    if (m.listNatural > 0 && cell.steps.lines.last() > 1) {
                        cell.steps.widths << std::ceil(m.listNatural / kStepMm - 1e-6) * kStepMm;
                        cell.steps.lines << 1;
                    }
                    if (cell.distinct >= 0)
                        distinctSteps.insert(cell.distinct, cell.steps);
                } else {
                    cell.steps.lines[0] = m_streamed && r > 0 ? cell.constantLines
                                                              : int(m_pending.at(r).at(cell.column).paragraphs.size());
                }
            }
        }
        m_stepsDone = true;
    }

    TableFit fit(const PagedTableInput& input)
    {
        const int n = int(m_columns.size());
        if (!m_stepsDone)
            computeSteps();
        // The size the table is set in, against the size it was measured in. Rows added one by one are set as they
        // were added.
        const QList<TableRowSpec>& rows = input.rows;
        m_scale = double(fontFor(input.header.style).pixelSize()) / m_rows.first().measuredPixels;
        const double pageHeight = PagedTable::textAreaHeightMm(input.page);
        const double bodyRows = m_streamed ? double(m_bodyRows) : double(rows.size());
        const TextStyle bodyStyle = m_streamed ? (m_bodyRows > 0 ? m_firstStyle : TextStyle::BodyCell)
            : rows.isEmpty()                   ? TextStyle::BodyCell
                                               : rows.first().style;
        const double pages = std::max(1.0,
            std::ceil(bodyRows * (PagedTable::linesHeightMm(bodyStyle, 1) + 2 * PagedTable::kCellPadYMm)
                / std::max(50.0, pageHeight)));
        for (int r = 0; r < m_rows.size(); ++r) {
            ModelRow& row = m_rows[r];
            TableRowSpec spec;
            if (r == 0) {
                spec = input.header;
            } else if (m_streamed) {
                spec.style = row.style;
                spec.padYMm = row.padYMm;
                spec.minHeightMm = row.minHeightMm;
            } else {
                spec = rows.value(r - 1);
            }
            row.lineHeight = PagedTable::linesHeightMm(spec.style, 1);
            row.pitch = PagedTable::linesHeightMm(spec.style, 2) - row.lineHeight;
            row.padY = spec.padYMm;
            row.minHeight = spec.minHeightMm;
            row.weight = r == 0 ? pages : double(row.count);
        }
        m_total = PagedTable::textWidthMm(input.page);

        // Stage 1, when the table has the room: every value column, header and short phrase whole, and the rest
        // of the width to the text columns in proportion to what they lack — the published tables' look. When it
        // has not, or a name would take more than two lines, stage 2: value headers and the 合计 row wrap between
        // words, and the width goes where it saves the most height, then the most lines of names.
        const double pad = cellPad();
        Stage one;
        Stage two;
        for (int c = 0; c < n; ++c) {
            const ColumnSpec& spec = m_columns.at(c);
            const double least = m_least.at(c) * m_scale + pad;
            const double natural = m_natural.at(c) * m_scale + pad;
            const double phrase = std::max(m_headerNatural.at(c), m_phrase.at(c)) * m_scale + pad;
            const double floor1 = spec.role == ColumnRole::Value ? natural
                : spec.role == ColumnRole::Text                  ? std::max(least, std::min(natural, phrase))
                                                                 : least;
            two.floors << std::max(spec.minMm, least);
            one.floors << std::max(spec.minMm, floor1);
            const double cap = spec.role == ColumnRole::Fill ? 0 : natural;
            one.caps << std::max(one.floors.last(), cap);
            two.caps << std::max(two.floors.last(), cap);
        }
        m_valuesWrap = false;
        const Solution first = proportional(one);
        if (first.fits && first.primaryLines <= 2)
            return { first.widths, true, first.primaryLines };
        const Solution second = optimized(two);
        if (second.fits)
            return { second.widths, true, second.primaryLines };
        // Rows added one by one keep no value's text to break again: such a table gets stage 2's squeezed widths
        // (the layout breaks what does not fit anywhere) and is reported as not fitting, so landscape is proposed.
        if (m_streamed)
            return { second.widths, false, second.primaryLines };

        // Stage 3, for a table too wide for the page: the values too break between words ("2025年3月10日—" /
        // "3月14日"), as little as the text columns need. Still a table that does not fit: landscape is proposed.
        const QList<ModelRow> measured = m_rows;
        Stage three = two;
        for (int c = 0; c < n; ++c) {
            if (m_columns.at(c).role != ColumnRole::Value)
                continue;
            double word = m_headerWord.at(c);
            for (int r = 1; r < m_rows.size(); ++r) {
                const int i = m_rows.at(r).cellOfColumn.at(c);
                if (i < 0)
                    continue;
                Cell& cell = m_rows[r].cells[i];
                const Measured m = measure(cell.text, input.rows.value(r - 1).style, Breaks::Words);
                // Measured in the size set, so scaled back to the measured one.
                Measured back = m;
                for (Paragraph& p : back.paragraphs)
                    for (double& x : p.x)
                        x /= m_scale;
                back.natural /= m_scale;
                back.widestPiece /= m_scale;
                word = std::max(word, back.widestPiece);
                cell.steps = stepsOf(back, 0);
            }
            three.floors[c] = std::max(m_columns.at(c).minMm, word * m_scale + pad);
        }
        const Solution third = optimized(three);
        m_rows = measured;
        m_valuesWrap = true;
        return { third.widths, false, third.primaryLines };
    }

    void wrap(PagedTableInput& input) const
    {
        const double scale = double(fontFor(input.header.style).pixelSize()) / m_rows.first().measuredPixels;
        const auto wrapRow = [&](TableRowSpec& row, int r) {
            // Added rows have no model row of their own (see wrapRow()); the header has.
            const ModelRow* model = (r == 0 || !m_streamed) && r < m_rows.size() ? &m_rows.at(r) : nullptr;
            int column = 0;
            for (TableCell& cell : row.cells) {
                double width = 0;
                for (int i = 0; i < cell.span && column + i < input.columnWidthsMm.size(); ++i)
                    width += input.columnWidthsMm.at(column + i);
                wrapCell(cell, column, row, r, width, scale, model);
                column += cell.span;
            }
        };
        wrapRow(input.header, 0);
        for (int r = 0; r < input.rows.size(); ++r)
            wrapRow(input.rows[r], r + 1);
    }

    // One body row of a table fitted from added rows, as wrap() would wrap it; a text column's wrapped texts are
    // remembered for the widths they were wrapped to (a school's name repeats over a hundred rows).
    void wrapRow(TableRowSpec& row, const QList<double>& widthsMm) const
    {
        constexpr qsizetype kMostTexts = 4096; // per column
        if (widthsMm != m_wrapWidths) {
            for (auto& texts : m_wrapped)
                texts.clear();
            m_wrapWidths = widthsMm;
        }
        int column = 0;
        for (TableCell& cell : row.cells) {
            const int at = column;
            double width = 0;
            for (int i = 0; i < cell.span && column < widthsMm.size(); ++i)
                width += widthsMm.at(column++);
            column = at + cell.span;
            if (cell.span != 1 || at >= m_wrapped.size()) {
                wrapCell(cell, at, row, 1, width, 1.0, nullptr);
                continue;
            }
            if (m_columns.at(at).role != ColumnRole::Text && row.sizesColumns)
                continue; // a value that sizes its column is never broken (no stage 3 for added rows)
            const QString key = QChar(char16_t(int(row.style) * 2 + (row.sizesColumns ? 1 : 0))) + cell.text;
            QHash<QString, QString>& texts = m_wrapped[at];
            const auto known = texts.constFind(key);
            if (known != texts.cend()) {
                cell.text = known.value();
                continue;
            }
            wrapCell(cell, at, row, 1, width, 1.0, nullptr);
            if (texts.size() >= kMostTexts)
                texts.clear();
            texts.insert(key, cell.text);
        }
    }

private:
    // A cell of row `r` (0: the header) in `column`, `width` mm wide, broken into lines where it must be.
    void wrapCell(TableCell& cell, int column, const TableRowSpec& row, int r, double width, double scale,
        const ModelRow* model) const
    {
        const double pad = cellPad();
        const int index
            = model && cell.span == 1 && column < model->cellOfColumn.size() ? model->cellOfColumn.at(column) : -1;
        // Only what does not fit on its lines is broken again.
        if (index >= 0 && model->cells.at(index).text == cell.text
            && model->cells.at(index).natural * scale <= width - pad + 1e-6)
            return;
        // Without a model (a row made again to be printed), a text column's cell is measured here, in its size.
        if (!model && r > 0 && cell.span == 1 && column < m_columns.size()
            && m_columns.at(column).role == ColumnRole::Text) {
            const Breaks kind = m_columns.at(column).wrapAtWords ? Breaks::Words : Breaks::Layout;
            if (cell.text.isEmpty() || measure(cell.text, row.style, kind).natural <= width - pad + 1e-6)
                return;
        }
        const ColumnSpec spec = cell.span == 1 ? m_columns.value(column) : ColumnSpec();
        const bool one = cell.span == 1 && column < m_columns.size();
        if (r == 0) {
            cell.text = wrapWords(cell.text, row.style, width - pad, Breaks::Words, false);
        } else if (one && spec.role == ColumnRole::Value && m_valuesWrap) {
            cell.text = wrapWords(cell.text, row.style, width - pad, Breaks::Words, true);
        } else if (one && spec.role == ColumnRole::Value && !row.sizesColumns) {
            cell.text = wrapWords(cell.text, row.style, width - pad, Breaks::Separators, false);
        } else if (one && spec.role == ColumnRole::Text) {
            if (spec.list) {
                // A list that does not fit on one line: one item to a line ("区教委、" / "区教师进修校").
                QStringList items;
                for (const QString& line : cell.text.split(QLatin1Char('\n')))
                    items << itemsOf(line);
                cell.text = items.join(QLatin1Char('\n'));
            }
            if (spec.wrapAtWords)
                cell.text = wrapWords(cell.text, row.style, width - pad, Breaks::Words, true);
        }
    }

    static QStringList itemsOf(const QString& line)
    {
        QStringList items;
        int from = 0;
        for (int i = 0; i < line.size(); ++i) {
            if (isItemSeparator(line.at(i))) {
                items << line.mid(from, i + 1 - from);
                from = i + 1;
            }
        }
        if (from < line.size())
            items << line.mid(from);
        return items;
    }

    void measureRow(const TableRowSpec& spec, bool isHeader)
    {
        const int n = int(m_columns.size());
        ModelRow row = ModelRow::of(spec, n);
        QList<Measured> measured(n);
        int column = 0;
        for (const TableCell& cell : spec.cells) {
            if (cell.span != 1 || column >= n || cell.text.isEmpty()) {
                column += cell.span;
                continue;
            }
            Measured m = measureCell(cell, column, spec, isHeader);
            Cell c;
            c.column = column;
            c.natural = m.listNatural > 0 ? m.listNatural : m.natural;
            c.text = cell.text;
            measured[column] = std::move(m);
            row.cellOfColumn[column] = int(row.cells.size());
            row.cells << c;
            column += cell.span;
        }
        m_rows << row;
        m_pending << measured;
    }

    // One cell measured, and the column's widths it sets (header words, values, short values, phrases) updated.
    Measured measureCell(const TableCell& cell, int column, const TableRowSpec& spec, bool isHeader)
    {
        const double em = dotsToMm(double(fontFor(spec.style).pixelSize()));
        {
            const ColumnSpec& cs = m_columns.at(column);
            const Breaks kind = isHeader      ? Breaks::Words
                : cs.role == ColumnRole::Text ? (cs.wrapAtWords ? Breaks::Words : Breaks::Layout)
                                              : Breaks::Separators;
            Measured m = measure(cell.text, spec.style, kind);
            if (isHeader) {
                m_headerNatural[column] = std::max(m_headerNatural[column], m.natural);
                m_headerWord[column] = std::max(m_headerWord[column], m.widestPiece);
            } else if (cs.role != ColumnRole::Text) {
                // A value is never broken, except in the 合计 row, at its separators.
                m_valueNatural[column] = std::max(m_valueNatural[column], m.natural);
                m_valueWord[column] = std::max(m_valueWord[column], spec.sizesColumns ? m.natural : m.widestPiece);
            } else {
                m_valueNatural[column] = std::max(m_valueNatural[column], m.natural);
                if (m.natural <= kShortEms * em + 0.01)
                    m_shortValue[column] = std::max(m_shortValue[column], m.natural);
                // Its phrases, to keep whole when the table has the room; an item of a list ends its line
                // with its 、 when the list is broken.
                const double separator = cs.list ? separatorWidth(spec.style) : 0.0;
                for (const Paragraph& p : m.paragraphs) {
                    double start = 0;
                    for (int i = 0; i < p.at.size(); ++i) {
                        const int at = p.at.at(i);
                        const bool end = at == p.text.size() || (at > 0 && isItemSeparator(p.text.at(at - 1)));
                        if (!end)
                            continue;
                        const bool separated = at > 0 && isItemSeparator(p.text.at(at - 1));
                        const double w = p.x.at(i) - start + (separated ? 0.0 : separator);
                        if (w <= kPhraseEms * em + 0.01)
                            m_phrase[column] = std::max(m_phrase[column], w);
                        start = p.x.at(i);
                    }
                }
                if (cs.list && !isHeader) {
                    // A list that does not fit on one line is set one item to a line: its lines are those.
                    const QStringList items = itemsOf(QString(cell.text).replace(QLatin1Char('\n'), QString()));
                    if (items.size() > 1) {
                        const double natural = m.natural;
                        m = measure(items.join(QLatin1Char('\n')), spec.style, kind);
                        m.listNatural = natural;
                    }
                }
            }
            return m;
        }
    }

    double separatorWidth(TextStyle style)
    {
        const auto it = m_separatorWidth.constFind(int(style));
        if (it != m_separatorWidth.cend())
            return it.value();
        const double w = PagedTable::naturalWidthMm(QString(QChar(0x3001)), style);
        m_separatorWidth.insert(int(style), w);
        return w;
    }

    int linesOf(const ModelRow& row, int column, double width) const
    {
        const int i = row.cellOfColumn.at(column);
        return i < 0 ? 0 : row.cells.at(i).steps.at((width - cellPad()) / m_scale);
    }

    // Every column at its floor; false if they do not fit, and then the widest cut down to a common width
    // (the narrow ones keep theirs; the layout breaks the cut ones' cells anywhere).
    bool startAtFloors(const Stage& stage, Solution& s, double& spare) const
    {
        s.widths = stage.floors;
        const double floorSum = std::accumulate(s.widths.begin(), s.widths.end(), 0.0);
        if (floorSum > m_total + 1e-6) {
            QList<double> sorted = s.widths;
            std::sort(sorted.begin(), sorted.end());
            double below = 0; // the columns narrower than the level
            double level = m_total / double(sorted.size());
            for (int i = 0; i < sorted.size(); ++i) {
                const double candidate = (m_total - below) / double(sorted.size() - i);
                if (candidate <= sorted.at(i)) {
                    level = candidate;
                    break;
                }
                below += sorted.at(i);
            }
            for (double& w : s.widths)
                w = std::min(w, level);
            s.fits = false;
            evaluate(s);
            return false;
        }
        spare = m_total - floorSum;
        return true;
    }
    Solution proportional(const Stage& stage) const
    {
        const int n = int(m_columns.size());
        Solution s;
        double spare = 0;
        if (!startAtFloors(stage, s, spare))
            return s;
        const double capSum = std::accumulate(stage.caps.begin(), stage.caps.end(), 0.0);
        QList<double> lack(n, 0.0);
        double lacking = 0;
        for (int c = 0; c < n; ++c) {
            if (m_columns.at(c).role != ColumnRole::Text)
                continue;
            // A list (主办单位) breaks between its items at no loss: when the names need the room, it keeps its floor.
            if (m_columns.at(c).list && capSum > m_total)
                continue;
            lack[c] = std::max(0.0, stage.caps.at(c) - s.widths.at(c));
            lacking += lack.at(c);
        }
        if (lacking > 1e-9) {
            const double share = std::min(spare, lacking);
            for (int c = 0; c < n; ++c)
                s.widths[c] += share * lack.at(c) / lacking;
            spare -= share;
        }
        shareSpare(s, spare);
        evaluate(s);
        return s;
    }

    // The spare width: to a column left to write in, else to the text columns in proportion to their width, so
    // the table spans the text area.
    void shareSpare(Solution& s, double spare) const
    {
        const int n = int(m_columns.size());
        QList<int> takers;
        for (int c = 0; c < n; ++c)
            if (m_columns.at(c).role == ColumnRole::Fill)
                takers << c;
        if (takers.isEmpty())
            for (int c = 0; c < n; ++c)
                if (m_columns.at(c).role == ColumnRole::Text)
                    takers << c;
        if (takers.isEmpty())
            for (int c = 0; c < n; ++c)
                takers << c;
        double takersWidth = 0;
        for (int c : takers)
            takersWidth += s.widths.at(c);
        for (int c : takers)
            s.widths[c] += takersWidth > 0 ? spare * s.widths.at(c) / takersWidth : spare / double(takers.size());
    }

    double cellCost(int column, int count, const ModelRow& row) const
    {
        // A wrapped line of a text column costs its priority's share of a line, beyond the height it adds.
        if (m_columns.at(column).role != ColumnRole::Text || count <= 1)
            return 0.0;
        return m_columns.at(column).priority * (count - 1) * row.pitch * row.weight;
    }

    // The cost of a result: the table's height (the header once per page) and the wrapped text lines.
    void evaluate(Solution& s) const
    {
        const int n = int(m_columns.size());
        s.cost = 0;
        s.primaryLines = 0;
        for (int r = 0; r < m_rows.size(); ++r) {
            const ModelRow& row = m_rows.at(r);
            int most = 0;
            for (int c = 0; c < n; ++c) {
                const int count = linesOf(row, c, s.widths.at(c));
                most = std::max(most, count);
                s.cost += cellCost(c, count, row);
                if (c == m_primary && r > 0)
                    s.primaryLines = std::max(s.primaryLines, count);
            }
            s.cost += row.height(most) * row.weight;
        }
    }

    Solution optimized(const Stage& stage) const
    {
        const int n = int(m_columns.size());
        const double pad = cellPad();
        Solution s;
        double spare = 0;
        if (!startAtFloors(stage, s, spare))
            return s;

        // Current lines of every cell, and of every row a smooth stand-in for its tallest cell: 1 + the p-norm of
        // the lines beyond the first. With the plain maximum, widening one of two columns that both take three
        // lines in a row gains nothing, and the search would stall before the row got shorter.
        constexpr double kNorm = 8;
        QList<double> excess(64);
        for (int l = 0; l < excess.size(); ++l)
            excess[l] = l <= 1 ? 0.0 : std::pow(double(l - 1), kNorm);
        const auto excessOf = [&](int l) { return l < excess.size() ? excess.at(l) : std::pow(double(l - 1), kNorm); };
        const auto smoothLines = [&](double sum) { return 1.0 + std::pow(sum, 1.0 / kNorm); };
        QList<QList<int>> lines(m_rows.size(), QList<int>(n, 0));
        QList<double> rowSum(m_rows.size(), 0.0);
        for (int r = 0; r < m_rows.size(); ++r) {
            for (int c = 0; c < n; ++c) {
                lines[r][c] = linesOf(m_rows.at(r), c, s.widths.at(c));
                rowSum[r] += excessOf(lines[r][c]);
            }
        }

        // Events: the widths at which a cell of a column loses lines, in order.
        struct Event {
            double width;
            int row;
            int lines;
        };
        QList<QList<Event>> events(n);
        for (int r = 0; r < m_rows.size(); ++r) {
            for (const Cell& cell : m_rows.at(r).cells) {
                const Steps& st = cell.steps;
                for (int i = 1; i < st.widths.size(); ++i) {
                    const double w = st.widths.at(i) + pad;
                    if (w > s.widths.at(cell.column) + 1e-9 && w <= stage.caps.at(cell.column) + kStepMm + 1e-9)
                        events[cell.column] << Event { w, r, st.lines.at(i) };
                }
            }
        }
        for (auto& list : events)
            std::sort(list.begin(), list.end(), [](const Event& a, const Event& b) { return a.width < b.width; });
        QList<int> next(n, 0);

        // Greedy: widen the column whose next widths save the most height per millimetre (looking a few widths
        // ahead, so a step that gains only together with the next one is seen).
        constexpr int kLookahead = 16;
        QHash<int, int> changed;
        for (;;) {
            double bestRatio = 0;
            int bestColumn = -1;
            double bestWidth = 0;
            int bestEnd = 0;
            for (int c = 0; c < n; ++c) {
                if (m_columns.at(c).role == ColumnRole::Fill)
                    continue;
                const QList<Event>& list = events.at(c);
                int i = next.at(c);
                int distinct = 0;
                changed.clear();
                while (i < list.size() && distinct < kLookahead) {
                    const double width = list.at(i).width;
                    if (width - s.widths.at(c) > spare + 1e-9)
                        break;
                    while (i < list.size() && list.at(i).width <= width + 1e-9) {
                        changed[list.at(i).row] = list.at(i).lines;
                        ++i;
                    }
                    ++distinct;
                    double gain = 0;
                    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
                        const ModelRow& row = m_rows.at(it.key());
                        const int old = lines.at(it.key()).at(c);
                        const double before = rowSum.at(it.key());
                        const double after = std::max(0.0, before - excessOf(old) + excessOf(it.value()));
                        gain += (row.height(smoothLines(before)) - row.height(smoothLines(after))) * row.weight;
                        gain += cellCost(c, old, row) - cellCost(c, it.value(), row);
                    }
                    const double ratio = gain / std::max(width - s.widths.at(c), 1e-6);
                    if (ratio > bestRatio + 1e-9) {
                        bestRatio = ratio;
                        bestColumn = c;
                        bestWidth = width;
                        bestEnd = i;
                    }
                }
            }
            if (bestColumn < 0)
                break;
            const int c = bestColumn;
            for (int i = next.at(c); i < bestEnd; ++i) {
                const Event& e = events.at(c).at(i);
                rowSum[e.row] = std::max(0.0, rowSum.at(e.row) - excessOf(lines.at(e.row).at(c)) + excessOf(e.lines));
                lines[e.row][c] = e.lines;
            }
            next[c] = bestEnd;
            spare -= bestWidth - s.widths.at(c);
            s.widths[c] = bestWidth;
        }

        // Then exchanges, judged by the real heights (the tallest cell of each row): narrow one column (or use
        // the spare) to widen another to one of its next widths, while that makes the table shorter.
        QList<QList<Event>> all(n);
        for (int r = 0; r < m_rows.size(); ++r)
            for (const Cell& cell : m_rows.at(r).cells)
                for (int i = 1; i < cell.steps.widths.size(); ++i)
                    all[cell.column] << Event { cell.steps.widths.at(i) + pad, r, cell.steps.lines.at(i) };
        for (auto& list : all)
            std::sort(list.begin(), list.end(), [](const Event& a, const Event& b) { return a.width < b.width; });
        const auto firstAfter = [&](int c, double width) {
            return int(std::upper_bound(all.at(c).begin(), all.at(c).end(), width + 1e-9, [](double w, const Event& e) {
                return w < e.width;
            }) - all.at(c).begin());
        };
        QList<int> rowMax(m_rows.size(), 0);
        for (int r = 0; r < m_rows.size(); ++r)
            rowMax[r] = *std::max_element(lines[r].begin(), lines[r].end());
        QList<int> stamp(m_rows.size(), 0);
        int stampNow = 0;
        QList<int> affected;
        const auto collect = [&](int c, double lo, double hi) {
            for (int i = firstAfter(c, lo); i < all.at(c).size() && all.at(c).at(i).width <= hi + 1e-9; ++i) {
                const int r = all.at(c).at(i).row;
                if (stamp.at(r) != stampNow) {
                    stamp[r] = stampNow;
                    affected << r;
                }
            }
        };
        // The change of cost when column `b` gets width `t` and column `a` (-1: the spare) gives up the same.
        const auto deltaOf = [&](int a, int b, double t) {
            const double d = t - s.widths.at(b);
            ++stampNow;
            affected.clear();
            collect(b, s.widths.at(b), t);
            if (a >= 0)
                collect(a, s.widths.at(a) - d, s.widths.at(a));
            double delta = 0;
            for (int r : std::as_const(affected)) {
                const ModelRow& row = m_rows.at(r);
                const int newB = linesOf(row, b, t);
                const int newA = a >= 0 ? linesOf(row, a, s.widths.at(a) - d) : 0;
                int most = 0;
                for (int c = 0; c < n; ++c)
                    most = std::max(most, c == b ? newB : c == a ? newA : lines.at(r).at(c));
                delta += (row.height(most) - row.height(rowMax.at(r))) * row.weight;
                delta += cellCost(b, newB, row) - cellCost(b, lines.at(r).at(b), row);
                if (a >= 0)
                    delta += cellCost(a, newA, row) - cellCost(a, lines.at(r).at(a), row);
            }
            return delta;
        };
        for (int round = 0; round < 400; ++round) {
            double best = -1e-6;
            int bestA = -2;
            int bestB = -1;
            double bestT = 0;
            for (int b = 0; b < n; ++b) {
                if (m_columns.at(b).role == ColumnRole::Fill)
                    continue;
                int i = firstAfter(b, s.widths.at(b));
                for (int k = 0; k < 8 && i < all.at(b).size(); ++k) {
                    const double t = all.at(b).at(i).width;
                    while (i < all.at(b).size() && all.at(b).at(i).width <= t + 1e-9)
                        ++i;
                    if (t > stage.caps.at(b) + kStepMm)
                        break;
                    const double d = t - s.widths.at(b);
                    for (int a = -1; a < n; ++a) {
                        if (a == b || (a >= 0 && m_columns.at(a).role == ColumnRole::Fill))
                            continue;
                        if (a < 0 ? d > spare + 1e-9 : s.widths.at(a) - d < stage.floors.at(a) - 1e-9)
                            continue;
                        const double delta = deltaOf(a, b, t);
                        if (delta < best) {
                            best = delta;
                            bestA = a;
                            bestB = b;
                            bestT = t;
                        }
                    }
                }
            }
            if (bestB < 0)
                break;
            const double d = bestT - s.widths.at(bestB);
            ++stampNow;
            affected.clear();
            collect(bestB, s.widths.at(bestB), bestT);
            if (bestA >= 0)
                collect(bestA, s.widths.at(bestA) - d, s.widths.at(bestA));
            s.widths[bestB] = bestT;
            if (bestA >= 0)
                s.widths[bestA] -= d;
            else
                spare -= d;
            for (int r : std::as_const(affected)) {
                for (int c : { bestA, bestB })
                    if (c >= 0)
                        lines[r][c] = linesOf(m_rows.at(r), c, s.widths.at(c));
                rowMax[r] = *std::max_element(lines[r].begin(), lines[r].end());
            }
        }

        // What is left: first to the text columns in proportion to what they still lack, then shared out.
        double lacking = 0;
        for (int c = 0; c < n; ++c)
            if (m_columns.at(c).role == ColumnRole::Text)
                lacking += std::max(0.0, stage.caps.at(c) - s.widths.at(c));
        if (lacking > 1e-9 && std::none_of(m_columns.begin(), m_columns.end(), [](const ColumnSpec& c) {
                return c.role == ColumnRole::Fill;
            })) {
            const double share = std::min(spare, lacking);
            for (int c = 0; c < n; ++c)
                if (m_columns.at(c).role == ColumnRole::Text)
                    s.widths[c] += share * std::max(0.0, stage.caps.at(c) - s.widths.at(c)) / lacking;
            spare -= share;
        }
        shareSpare(s, spare);
        evaluate(s);
        return s;
    }

    QList<ColumnSpec> m_columns;
    double m_total = 0;
    double m_scale = 1;
    bool m_valuesWrap = false; // the last fit breaks values between words (stage 3)
    int m_primary = -1;
    // Measured widths of each column's content (mm, effective: without the padding), at the measured size.
    QList<double> m_headerNatural;
    QList<double> m_headerWord;
    QList<double> m_valueNatural;
    QList<double> m_valueWord;
    QList<double> m_shortValue;
    QList<double> m_phrase;
    QList<double> m_natural;
    QList<double> m_least;
    QList<ModelRow> m_rows; // the header first
    QList<QList<Measured>> m_pending; // while measuring (rows given at once; for added rows, the header's)
    // Rows added one by one (addRow): the distinct texts of the columns that may wrap, the values seen lately, the
    // model row of each kind of row, and the wrapped texts of the printed rows.
    bool m_streamed = false;
    bool m_stepsDone = true;
    int m_bodyRows = 0;
    TextStyle m_firstStyle = TextStyle::BodyCell;
    QList<Measured> m_distinct;
    QStringList m_distinctText;
    QList<QHash<QString, int>> m_distinctOf; // per column: style and text → index into m_distinct
    QList<QHash<QString, int>> m_valueTexts; // per column: a value's text → its lines
    QHash<QByteArray, int> m_modelRowOf;
    mutable QList<QHash<QString, QString>> m_wrapped;
    mutable QList<double> m_wrapWidths;
    QHash<int, double> m_separatorWidth;
};

TableFitter::TableFitter(const TableRowSpec& header, const QList<TableRowSpec>& rows, const QList<ColumnSpec>& columns)
    : d(std::make_unique<Private>(header, rows, columns))
{
}

TableFitter::TableFitter(const TableRowSpec& header, const QList<ColumnSpec>& columns)
    : d(std::make_unique<Private>(header, columns))
{
}

void TableFitter::addRow(const TableRowSpec& row)
{
    d->addRow(row);
}

void TableFitter::wrapRow(TableRowSpec& row, const QList<double>& widthsMm) const
{
    d->wrapRow(row, widthsMm);
}

TableFitter::~TableFitter() = default;

TableFit TableFitter::fit(const PagedTableInput& input) const
{
    if (input.header.cells.isEmpty())
        return {};
    return d->fit(input);
}

void TableFitter::wrap(PagedTableInput& input) const
{
    d->wrap(input);
}

QStringList unbreakableWords(const QString& text)
{
    QStringList words;
    for (const QString& paragraph : text.split(QLatin1Char('\n')))
        words << paragraphWords(paragraph);
    return words;
}

} // namespace tp::report
