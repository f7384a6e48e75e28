#include "PagedTable.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

namespace tp::report {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::PagedTable)
};

constexpr double kPointsPerInch = 72.0;

QStringList serifFamilies()
{
    // 宋体/小标宋 stand-ins: the Noto/Source Han serif of Debian's fonts-noto-cjk first, then what Windows
    // and macOS have.
    return { QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"), QStringLiteral("SimSun"),
        QStringLiteral("Songti SC") };
}

QStringList sansFamilies()
{
    return { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("SimHei"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC") };
}

QString prepared(const QString& text)
{
    QString s = text;
    s.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    s.replace(QLatin1Char('\n'), QChar::LineSeparator);
    s.replace(QLatin1Char('\r'), QChar::LineSeparator);
    return s;
}

// The distance between the baselines of a cell's lines, in dots; 0: the font's own (ascent + descent, 1.45 em
// for Noto CJK). A dense table in 小五 sets its lines closer, 1.3 em, as a typesetter would.
double linePitch(TextStyle style)
{
    if (style == TextStyle::SmallBodyCell || style == TextStyle::SmallHeaderCell)
        return 1.3 * double(fontFor(style).pixelSize());
    return 0;
}

void setLines(QTextLayout& layout, double width, double pitch)
{
    layout.beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        y += pitch > 0 ? std::min(pitch, line.height()) : line.height();
    }
    layout.endLayout();
}

// Lays `text` out in lines of at most `width` dots; returns the height in dots. Lines are left-aligned at
// x = 0; the caller offsets each line for its alignment (QTextLine::naturalTextWidth). Wrapped text is
// balanced: the narrowest width that needs no more lines is used, so a name breaks as "社区教育专职、兼职 /
// 教师培训" and not "社区教育专职、兼职教师培 / 训" (a lone character on the last line looks like a mistake).
// `balance`: a wrapped cell gets lines of even length (a project name in two halves); a paragraph (备注, 说明)
// fills each line and leaves the last one short, as typeset text does.
double layoutText(QTextLayout& layout, double width, bool balance, double pitch = 0)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    setLines(layout, width, pitch);
    const int lines = layout.lineCount();
    const int paragraphs = int(layout.text().count(QChar::LineSeparator)) + 1;
    if (balance && lines == 2 && paragraphs == 1) {
        // Two lines: break after a 、，； or before a （《 where that fits, the most even such break —
        // "中小学体育、/美育教师及社团活动培训" rather than "中小学体育、美育教/师及社团活动培训".
        const QString text = layout.text();
        QString best;
        double bestWidth = width + 1;
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            const QChar c = text.at(i);
            qsizetype at = -1;
            if (c == QChar(0x3001) || c == QChar(0xFF0C) || c == QChar(0xFF1B))
                at = i + 1;
            else if (c == QChar(0xFF08) || c == QChar(0x300A) || c == QLatin1Char('('))
                at = i;
            if (at <= 0 || at >= text.size())
                continue;
            QString candidate = text;
            candidate.insert(at, QChar::LineSeparator);
            layout.setText(candidate);
            setLines(layout, width, pitch);
            if (layout.lineCount() != 2)
                continue;
            const double a = layout.lineAt(0).naturalTextWidth();
            const double b = layout.lineAt(1).naturalTextWidth();
            const double widest = std::max(a, b);
            // Not "中小学、/幼儿园公共安全教师赛课及培训": a break that leaves one line under half the other is
            // worse than an even break between two characters.
            if (std::min(a, b) < 0.5 * widest)
                continue;
            if (widest < bestWidth) {
                bestWidth = widest;
                best = candidate;
            }
        }
        layout.setText(best.isEmpty() ? text : best);
        setLines(layout, width, pitch);
    }
    if (balance && layout.lineCount() > int(layout.text().count(QChar::LineSeparator)) + 1 && width > 1) {
        const int lines = layout.lineCount();
        double lo = width / (lines + 1);
        double hi = width;
        for (int i = 0; i < 10 && hi - lo > 2; ++i) {
            const double mid = (lo + hi) / 2;
            setLines(layout, mid, pitch);
            if (layout.lineCount() > lines)
                lo = mid;
            else
                hi = mid;
        }
        setLines(layout, hi, pitch);
    }
    if (layout.lineCount() == 0)
        return 0;
    const QTextLine last = layout.lineAt(layout.lineCount() - 1);
    return last.y() + last.height();
}

} // namespace

namespace {

QFont makeFont(TextStyle style)
{
    QFont font;
    double points = 12;
    bool bold = false;
    bool sans = false;
    switch (style) {
    case TextStyle::Heading:
        points = 16;
        sans = true;
        break;
    case TextStyle::Title:
        points = 18;
        bold = true;
        break;
    case TextStyle::Subtitle:
        points = 12;
        break;
    case TextStyle::HeaderCell:
        points = 10.5;
        sans = true;
        bold = true;
        break;
    case TextStyle::BodyCell:
        points = 10.5;
        break;
    case TextStyle::SmallHeaderCell:
        points = 9;
        sans = true;
        bold = true;
        break;
    case TextStyle::SmallBodyCell:
        points = 9;
        break;
    case TextStyle::Note:
        points = 12;
        break;
    case TextStyle::PageNumber:
        points = 14;
        break;
    }
    font.setFamilies(sans ? sansFamilies() : serifFamilies());
    font.setStyleHint(sans ? QFont::SansSerif : QFont::Serif);
    font.setPixelSize(qRound(points / kPointsPerInch * kLayoutDpi));
    font.setBold(bold);
    // Unhinted outlines scale linearly, so what is measured here is what any device draws.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

QFont fontFor(TextStyle style)
{
    // Made once per style (and thread) and handed out as copies, which share the font engines Qt found for it: a new
    // QFont for each cell had Qt look them up again for every text laid out, a tenth of a long report's time.
    constexpr int kStyles = int(TextStyle::PageNumber) + 1;
    thread_local std::array<std::optional<QFont>, kStyles> fonts;
    std::optional<QFont>& font = fonts.at(std::size_t(style));
    if (!font)
        font = makeFont(style);
    return *font;
}

namespace {

void drawLaidOut(QPainter& painter, const QRectF& rect, const QTextLayout& layout, double height, Qt::Alignment align,
    bool struckThrough)
{
    double top = rect.top();
    if (align & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (align & Qt::AlignBottom)
        top += rect.height() - height;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        double x = rect.left();
        if (align & Qt::AlignHCenter)
            x += (rect.width() - line.naturalTextWidth()) / 2;
        else if (align & Qt::AlignRight)
            x += rect.width() - line.naturalTextWidth();
        line.draw(&painter, QPointF(x, top));
        if (struckThrough) {
            const double y = top + line.y() + line.ascent() * 0.62;
            painter.drawLine(QPointF(x, y), QPointF(x + line.naturalTextWidth(), y));
        }
    }
}

} // namespace

void drawWrappedText(QPainter& painter, const QRectF& rect, const QString& text, TextStyle style, Qt::Alignment align,
    bool struckThrough)
{
    if (text.isEmpty())
        return;
    QTextLayout layout(prepared(text), fontFor(style));
    const double height = layoutText(layout, rect.width(), style != TextStyle::Note, linePitch(style));
    drawLaidOut(painter, rect, layout, height, align, struckThrough);
}

double PagedTable::naturalWidthMm(const QString& text, TextStyle style)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(prepared(text), fontFor(style));
    layoutText(layout, 1e9, false);
    double w = 0;
    for (int i = 0; i < layout.lineCount(); ++i)
        w = std::max(w, layout.lineAt(i).naturalTextWidth());
    return dotsToMm(w);
}

double PagedTable::textHeightMm(const QString& text, TextStyle style, double widthMm)
{
    QTextLayout layout(prepared(text.isEmpty() ? QStringLiteral(" ") : text), fontFor(style));
    return dotsToMm(layoutText(layout, mmToDots(widthMm), style != TextStyle::Note, linePitch(style)));
}

double PagedTable::linesHeightMm(TextStyle style, int lines)
{
    const double one = textHeightMm(QStringLiteral(" "), style, 100);
    const double pitch = linePitch(style) > 0 ? std::min(dotsToMm(linePitch(style)), one) : one;
    return lines <= 0 ? 0 : one + (lines - 1) * pitch;
}

double PagedTable::rowHeightMm(const TableRowSpec& row, const QList<double>& widthsMm)
{
    double h = textHeightMm(QString(), row.style, 10);
    int column = 0;
    for (const TableCell& cell : row.cells) {
        double w = 0;
        for (int i = 0; i < cell.span && column < widthsMm.size(); ++i)
            w += widthsMm.at(column++);
        h = std::max(h, textHeightMm(cell.text, row.style, std::max(1.0, w - 2 * kCellPadXMm)));
    }
    return std::max(row.minHeightMm, h + 2 * row.padYMm);
}

double PagedTable::textWidthMm(const PageSetup& page)
{
    return page.pageSizeMm().width() - page.marginsMm.left() - page.marginsMm.right();
}

double PagedTable::textAreaHeightMm(const PageSetup& page)
{
    return page.pageSizeMm().height() - page.marginsMm.top() - page.marginsMm.bottom();
}

PagedTable::PagedTable(PagedTableInput input)
    : m_input(std::move(input))
{
    layout();
}

void PagedTable::layout()
{
    const PageSetup& page = m_input.page;
    const double left = mmToDots(page.marginsMm.left());
    const double top = mmToDots(page.marginsMm.top());
    const double width = mmToDots(textWidthMm(page));
    const double bottom = top + mmToDots(textAreaHeightMm(page));

    m_pages.clear();
    Page current;
    double y = top;

    const auto placeBlocks = [&](const QList<TextBlock>& blocks) {
        for (const TextBlock& b : blocks) {
            y += mmToDots(b.spaceBeforeMm);
            const double h = mmToDots(textHeightMm(b.text, b.style, textWidthMm(page)));
            current.texts << PlacedText { QRectF(left, y, width, h), b.text, b.style, b.align };
            y += h + mmToDots(b.spaceAfterMm);
        }
    };
    const auto blocksHeight = [&](const QList<TextBlock>& blocks) {
        double h = 0;
        for (const TextBlock& b : blocks)
            h += mmToDots(b.spaceBeforeMm + textHeightMm(b.text, b.style, textWidthMm(page)) + b.spaceAfterMm);
        return h;
    };
    const auto newPage = [&]() {
        m_pages << current;
        current = Page();
        y = top;
        if (m_input.leadOnEveryPage)
            placeBlocks(m_input.lead);
    };

    placeBlocks(m_input.lead);

    const double headerHeight = mmToDots(rowHeightMm(m_input.header, m_input.columnWidthsMm));
    // Of each row only its height and whether it goes with the one before it are kept: a row made by a source is
    // made again when its page is drawn.
    QList<double> rowHeights;
    QList<bool> keepWithPrevious;
    const int rowCount = this->rowCount();
    rowHeights.reserve(rowCount);
    keepWithPrevious.reserve(rowCount);
    m_measured.clear();
    for (int i = 0; i < rowCount; ++i) {
        // Measuring the rows' text is most of a layout's time: reported (and cancellable) every 200 rows.
        if (i % 200 == 0 && !m_input.progress.step(i, rowCount, Text::tr("正在排版…"))) {
            m_cancelled = true;
            return;
        }
        const TableRowSpec r = row(i);
        rowHeights << mmToDots(measuredRowHeightMm(r));
        keepWithPrevious << r.keepWithPrevious;
    }
    m_measured.clear();
    if (!m_input.progress.step(rowCount, rowCount, Text::tr("正在排版…"))) {
        m_cancelled = true;
        return;
    }

    // The header and at least the first row start the table; if they do not fit under the lead, the table
    // starts on the next page.
    const double firstRow = rowHeights.isEmpty() ? 0 : rowHeights.first();
    if (y + headerHeight + firstRow > bottom && (!current.texts.isEmpty() || !current.rows.isEmpty()))
        newPage();
    current.rows << PlacedRow { -1, y, headerHeight };
    y += headerHeight;
    int rowsOnPage = 0;
    for (int i = 0; i < int(rowHeights.size()); ++i) {
        const double h = rowHeights.at(i);
        const bool full = m_input.maxRowsPerPage > 0 && rowsOnPage >= m_input.maxRowsPerPage;
        if ((y + h > bottom && rowsOnPage > 0) || full) {
            // A row that belongs with the one before it (合计) takes that row along.
            int carried = -1;
            if (keepWithPrevious.at(i) && rowsOnPage > 1 && !full)
                carried = current.rows.takeLast().row;
            newPage();
            current.rows << PlacedRow { -1, y, headerHeight };
            y += headerHeight;
            rowsOnPage = 0;
            if (carried >= 0) {
                current.rows << PlacedRow { carried, y, rowHeights.at(carried) };
                y += rowHeights.at(carried);
                ++rowsOnPage;
            }
        }
        current.rows << PlacedRow { i, y, h };
        y += h;
        ++rowsOnPage;
    }

    // The tail (备注, issuer and date) stays together, on the table's last page if it fits.
    double signatureHeight = 0;
    if (!m_input.signature.isEmpty())
        signatureHeight = mmToDots(6.0)
            + double(m_input.signature.size())
                * mmToDots(textHeightMm(m_input.signature.first(), TextStyle::Note, 200));
    const double tailHeight = blocksHeight(m_input.tail) + signatureHeight;
    if (tailHeight > 0) {
        if (y + tailHeight > bottom) {
            // The 备注 and the issuer never stand alone on a page: the last rows (up to two, leaving at least
            // one behind) go over with them, under the repeated header.
            const int carry = std::min(2, rowsOnPage - 1);
            QList<int> moved;
            for (int k = 0; k < carry; ++k)
                moved.prepend(current.rows.takeLast().row);
            newPage();
            if (!moved.isEmpty()) {
                current.rows << PlacedRow { -1, y, headerHeight };
                y += headerHeight;
                for (int r : moved) {
                    current.rows << PlacedRow { r, y, rowHeights.at(r) };
                    y += rowHeights.at(r);
                }
            }
        }
        placeBlocks(m_input.tail);
        if (!m_input.signature.isEmpty()) {
            y += mmToDots(6.0);
            // GB/T 9704 §7.3.5: the date "右空四字", the issuer centred over it. Here: the lines centred on each
            // other, the block's right edge two characters in from the right margin.
            double blockWidth = 0;
            for (const QString& line : m_input.signature)
                blockWidth = std::max(blockWidth, mmToDots(naturalWidthMm(line, TextStyle::Note)));
            const double em = double(fontFor(TextStyle::Note).pixelSize());
            const double x = left + width - 2 * em - blockWidth;
            for (const QString& line : m_input.signature) {
                const double h = mmToDots(textHeightMm(line, TextStyle::Note, 200));
                current.texts << PlacedText { QRectF(x, y, blockWidth, h), line, TextStyle::Note, Qt::AlignHCenter };
                y += h;
            }
        }
    }
    m_pages << current;
}

int PagedTable::rowCount() const
{
    return m_input.rowSource ? m_input.rowSource->rowCount() : int(m_input.rows.size());
}

TableRowSpec PagedTable::row(int index) const
{
    if (m_input.rowSource)
        return index >= 0 && index < m_input.rowSource->rowCount() ? m_input.rowSource->row(index) : TableRowSpec();
    return m_input.rows.value(index);
}

// rowHeightMm(), with each text measured once per style and column width.
double PagedTable::measuredRowHeightMm(const TableRowSpec& row)
{
    constexpr qsizetype kMostTexts = 20000; // per style and width: a few MB
    const auto heightOf = [&](const QString& text, double widthMm) {
        auto bucket = std::find_if(m_measured.begin(), m_measured.end(),
            [&](const MeasuredTexts& m) { return m.style == row.style && m.widthMm == widthMm; });
        if (bucket == m_measured.end()) {
            m_measured << MeasuredTexts { row.style, widthMm, {} };
            bucket = m_measured.end() - 1;
        }
        const auto it = bucket->heightMm.constFind(text);
        if (it != bucket->heightMm.cend())
            return it.value();
        if (bucket->heightMm.size() >= kMostTexts)
            bucket->heightMm.clear();
        const double h = textHeightMm(text, row.style, widthMm);
        bucket->heightMm.insert(text, h);
        return h;
    };
    // As rowHeightMm().
    double h = heightOf(QString(), 10);
    int column = 0;
    for (const TableCell& cell : row.cells) {
        double w = 0;
        for (int i = 0; i < cell.span && column < m_input.columnWidthsMm.size(); ++i)
            w += m_input.columnWidthsMm.at(column++);
        h = std::max(h, heightOf(cell.text, std::max(1.0, w - 2 * kCellPadXMm)));
    }
    return std::max(row.minHeightMm, h + 2 * row.padYMm);
}

QList<int> PagedTable::rowsOnPage(int pageIndex) const
{
    QList<int> rows;
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return rows;
    for (const PlacedRow& r : m_pages.at(pageIndex).rows)
        if (r.row >= 0)
            rows << r.row;
    return rows;
}

int PagedTable::lineCount(int row, int cell) const
{
    const TableRowSpec spec = row < 0 ? m_input.header : this->row(row);
    if (cell < 0 || cell >= spec.cells.size())
        return 0;
    int column = 0;
    for (int i = 0; i < cell; ++i)
        column += spec.cells.at(i).span;
    double w = 0;
    for (int i = 0; i < spec.cells.at(cell).span && column < m_input.columnWidthsMm.size(); ++i)
        w += m_input.columnWidthsMm.at(column++);
    const QString text = spec.cells.at(cell).text;
    if (text.isEmpty())
        return 0;
    // Laid out as paintRow draws it.
    QTextLayout layout(prepared(text), fontFor(spec.style));
    layoutText(
        layout, mmToDots(std::max(1.0, w - 2 * kCellPadXMm)), spec.style != TextStyle::Note, linePitch(spec.style));
    return layout.lineCount();
}

void PagedTable::drawCellText(QPainter& painter, const QRectF& rect, const QString& text, TextStyle style,
    Qt::Alignment align, bool struckThrough) const
{
    if (text.isEmpty())
        return;
    // A text laid out once per style and width is drawn again as it is (a school's name, a stage, a status repeat
    // on every page): the same glyphs at the same places as drawWrappedText() lays out each time.
    constexpr qsizetype kMostLayouts = 2000; // a few MB
    auto bucket = std::find_if(m_drawn.begin(), m_drawn.end(),
        [&](const DrawnTexts& d) { return d.style == style && d.width == rect.width(); });
    if (bucket == m_drawn.end()) {
        m_drawn << DrawnTexts { style, rect.width(), {} };
        bucket = m_drawn.end() - 1;
    }
    auto it = bucket->layouts.find(text);
    if (it == bucket->layouts.end()) {
        if (bucket->layouts.size() >= kMostLayouts)
            bucket->layouts.clear();
        auto laidOut = std::make_shared<LaidOutText>(prepared(text), fontFor(style));
        laidOut->height = layoutText(laidOut->layout, rect.width(), style != TextStyle::Note, linePitch(style));
        it = bucket->layouts.insert(text, laidOut);
    }
    drawLaidOut(painter, rect, it.value()->layout, it.value()->height, align, struckThrough);
}

void PagedTable::paintRow(QPainter& painter, const TableRowSpec& spec, double y, double height) const
{
    const double left = mmToDots(m_input.page.marginsMm.left());
    double x = left;
    int column = 0;
    for (const TableCell& cell : spec.cells) {
        double w = 0;
        for (int i = 0; i < cell.span && column < m_input.columnWidthsMm.size(); ++i)
            w += mmToDots(m_input.columnWidthsMm.at(column++));
        const QRectF box(x, y, w, height);
        painter.drawRect(box);
        const double padX = mmToDots(kCellPadXMm);
        const double padY = mmToDots(spec.padYMm);
        drawCellText(painter, box.adjusted(padX, padY, -padX, -padY), cell.text, spec.style,
            (cell.align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, spec.struckThrough);
        x += w;
    }
}

void PagedTable::paintPage(QPainter& painter, int pageIndex) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return;
    const Page& page = m_pages.at(pageIndex);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    QPen pen(Qt::black);
    pen.setWidthF(kLayoutDpi / kPointsPerInch * 0.75); // 0.75 pt rules, like Word's single table borders
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);

    for (const PlacedText& t : page.texts)
        drawWrappedText(painter, t.rect, t.text, t.style, t.align);
    for (const PlacedRow& r : page.rows)
        paintRow(painter, r.row < 0 ? m_input.header : row(r.row), r.y, r.height);

    if (m_input.pageNumbers) {
        // GB/T 9704 §7.5: the page number 7 mm below the bottom edge of the text area, in 4号 digits with a
        // dash on each side. Centred here, as in the attachments of the seeds.
        const PageSetup& setup = m_input.page;
        const double y = mmToDots(setup.pageSizeMm().height() - setup.marginsMm.bottom() + 7.0);
        const QString number = QStringLiteral("- %1 -").arg(pageIndex + 1);
        const double h = mmToDots(textHeightMm(number, TextStyle::PageNumber, 100));
        drawWrappedText(painter, QRectF(0, y, mmToDots(setup.pageSizeMm().width()), h), number, TextStyle::PageNumber,
            Qt::AlignHCenter);
    }
    painter.restore();
}

Status PagedTable::print(QPagedPaintDevice* device) const
{
    if (!device)
        return Error(Text::tr("没有可输出的设备"));
    if (m_cancelled)
        return Cancelled::error(Text::tr("排版"));
    if (!device->setPageLayout(m_input.page.pageLayout())) {
        // Some printers refuse a page without margins; take theirs, our margins are drawn anyway.
        QPageLayout layout = m_input.page.pageLayout();
        layout.setMode(QPageLayout::StandardMode);
        layout.setMargins(device->pageLayout().minimumMargins());
        device->setPageLayout(layout);
    }
    m_drawn.clear();
    QPainter painter;
    if (!painter.begin(device))
        return Error(Text::tr("无法开始输出：打印机或文件不可用"));
    const QPageLayout layout = device->pageLayout();
    const QPointF offsetMm = layout.paintRect(QPageLayout::Millimeter).topLeft();
    const double scaleX = device->logicalDpiX() / kLayoutDpi;
    const double scaleY = device->logicalDpiY() / kLayoutDpi;
    for (int i = 0; i < pageCount(); ++i) {
        if (!m_input.progress.step(
                i, pageCount(), Text::tr("正在生成第 %1 页，共 %2 页…").arg(i + 1).arg(pageCount()))) {
            painter.end();
            return Cancelled::error(Text::tr("输出"));
        }
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error(Text::tr("无法开始第 %1 页").arg(i + 1));
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        painter.translate(-mmToDots(offsetMm.x()), -mmToDots(offsetMm.y()));
        paintPage(painter, i);
        painter.restore();
    }
    // Every page drawn: the end is reported too (and a 取消 now still writes nothing).
    if (!m_input.progress.step(
            pageCount(), pageCount(), Text::tr("正在生成第 %1 页，共 %2 页…").arg(pageCount()).arg(pageCount()))) {
        painter.end();
        return Cancelled::error(Text::tr("输出"));
    }
    m_drawn.clear();
    if (!painter.end())
        return Error(Text::tr("输出未能完成"));
    return success();
}

} // namespace tp::report
