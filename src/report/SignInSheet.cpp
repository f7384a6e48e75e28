#include "SignInSheet.h"

#include "Language.h"
#include "PdfOutput.h"
#include "TableFit.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>

namespace tp {

SignInSheet::SignInSheet(Project project, QList<SignInEntry> entries, SignInOptions options)
    : m_project(std::move(project))
    , m_entries(std::move(entries))
    , m_options(std::move(options))
{
    m_options.rowsPerPage = std::clamp(m_options.rowsPerPage, 1, 60);
}

SignInSheet::~SignInSheet() = default;

void SignInSheet::arrange(SignInOptions& options, SignInLayout layout, QDate first, QDate last, int sessionsPerDay)
{
    options.signColumns.clear();
    options.days.clear();
    if (layout == SignInLayout::OneColumn || !first.isValid())
        return;
    if (!last.isValid() || last < first)
        last = first;
    last = std::min(last, first.addDays(30)); // a class, not a year: a mistyped end date stays readable
    sessionsPerDay = std::clamp(sessionsPerDay, 1, 4);
    QStringList parts;
    for (int s = 1; s <= sessionsPerDay; ++s)
        parts << (sessionsPerDay == 2 ? (s == 1 ? tr("上午") : tr("下午")) : tr("第%1场").arg(s));
    // Weekday and month names in the program's language (a Chinese sheet: 星期一; an English one: Monday).
    const QLocale locale = i18n::locale();
    // More than six columns of a landscape page are narrow: the day alone ("10日", the month is in 培训时间), or
    // "6/30" when the class runs into another month.
    const qint64 columns = (first.daysTo(last) + 1) * (layout == SignInLayout::ColumnPerSession ? sessionsPerDay : 1);
    const bool compact = layout != SignInLayout::SheetPerDay && columns > 6;
    const bool oneMonth = first.month() == last.month() && first.year() == last.year();
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const QString day = !compact ? locale.toString(d, tr("M月d日"))
            : oneMonth               ? locale.toString(d, tr("d日"))
                                     : locale.toString(d, tr("M/d"));
        switch (layout) {
        case SignInLayout::ColumnPerSession:
            for (const QString& part : parts)
                options.signColumns << (sessionsPerDay == 1 ? day : tr("%1\n%2").arg(day, part));
            break;
        case SignInLayout::ColumnPerDay:
            options.signColumns << day;
            break;
        case SignInLayout::SheetPerDay: {
            SignInDay sheet;
            sheet.dateText
                = tr("%1（%2）")
                      .arg(locale.toString(d, tr("yyyy年M月d日")), locale.dayName(d.dayOfWeek(), QLocale::LongFormat));
            if (sessionsPerDay > 1)
                for (const QString& part : parts)
                    sheet.signColumns << tr("%1签到").arg(part);
            options.days << sheet;
            break;
        }
        case SignInLayout::OneColumn:
            break;
        }
    }
}

int SignInSheet::signColumnCount(const SignInOptions& options)
{
    if (!options.days.isEmpty()) {
        qsizetype most = 1;
        for (const SignInDay& d : options.days)
            most = std::max(most, d.signColumns.size());
        return int(most);
    }
    return int(std::max<qsizetype>(1, options.signColumns.size()));
}

QString SignInSheet::title() const
{
    if (!m_options.title.trimmed().isEmpty())
        return m_options.title.trimmed();
    QString name = m_project.name;
    name.replace(QLatin1Char('\n'), QString());
    return tr("%1签到表").arg(name.trimmed());
}

report::PagedTableInput SignInSheet::buildInput(const QString& dateText, const QStringList& signColumns) const
{
    using namespace report;
    PagedTableInput in;
    in.page = m_options.page;
    in.leadOnEveryPage = true;
    in.maxRowsPerPage = m_options.rowsPerPage;

    QString projectName = m_project.name;
    projectName.replace(QLatin1Char('\n'), QString());
    const QString date = dateText.trimmed().isEmpty() ? m_project.monthsText.trimmed() : dateText.trimmed();
    const QString place
        = m_options.place.trimmed().isEmpty() ? m_project.location.trimmed() : m_options.place.trimmed();
    QStringList parts { tr("培训项目：%1").arg(projectName.trimmed()) };
    parts << tr("培训时间：%1").arg(date) << tr("培训地点：%1").arg(place);
    in.lead << TextBlock { title(), TextStyle::Title, Qt::AlignHCenter, 0, 4 };
    // One line if it fits; otherwise break between the parts, never inside a date ("2021 / 年7月5日").
    const double width = PagedTable::textWidthMm(in.page);
    const QString gap = QStringLiteral("　　");
    QString subtitle = parts.join(gap);
    if (PagedTable::naturalWidthMm(subtitle, TextStyle::Subtitle) > width) {
        const QString rest = parts.mid(1).join(gap);
        subtitle = parts.first() + QLatin1Char('\n')
            + (PagedTable::naturalWidthMm(rest, TextStyle::Subtitle) > width ? parts.mid(1).join(QLatin1Char('\n'))
                                                                             : rest);
    }
    in.lead << TextBlock { subtitle, TextStyle::Subtitle, Qt::AlignLeft, 0, 3 };

    in.header.style = TextStyle::HeaderCell;
    in.header.minHeightMm = 10;
    const QStringList signs = signColumns.isEmpty() ? QStringList { tr("签到") } : signColumns;
    for (const QString& h : QStringList { tr("序号"), tr("单位"), tr("姓名"), tr("学科") } + signs)
        in.header.cells << TableCell { h, 1, Qt::AlignCenter };

    int rows = int(m_entries.size());
    if (m_options.blankRows) {
        const int per = m_options.rowsPerPage;
        rows = std::max(per, (rows + per - 1) / per * per);
    }

    // Column widths from the content (TableFit.h): 序号, 姓名 and 学科 as wide as their values, the unit's name on
    // one line where it can, and the 签到 columns — at least a third of the width together, a name's room each
    // (15 mm: ten sessions and a school's name fit A4 landscape) — all that is left, to sign.
    const double total = PagedTable::textWidthMm(in.page);
    QList<ColumnSpec> specs { { .role = ColumnRole::Value }, { .role = ColumnRole::Text, .priority = 1.0 },
        { .role = ColumnRole::Value }, { .role = ColumnRole::Value } };
    const double signMm = std::max(std::max(total / 3, 40.0) / double(signs.size()), 15.0);
    for (qsizetype c = 0; c < signs.size(); ++c)
        specs << ColumnSpec { .role = ColumnRole::Fill, .minMm = signMm };
    auto makeRow = [&](int i) {
        TableRowSpec row;
        const SignInEntry e = m_entries.value(i);
        row.cells << TableCell { QString::number(i + 1), 1, Qt::AlignCenter }
                  << TableCell { e.unit, 1, Qt::AlignCenter } << TableCell { e.name, 1, Qt::AlignCenter }
                  << TableCell { e.subject, 1, Qt::AlignCenter };
        for (qsizetype c = 0; c < signs.size(); ++c)
            row.cells << TableCell { QString(), 1, Qt::AlignCenter };
        return row;
    };
    for (int i = 0; i < rows; ++i)
        in.rows << makeRow(i);
    const TableFitter fitter(in.header, in.rows, specs);
    const TableFit fit = fitter.fit(in);
    in.columnWidthsMm = fit.widthsMm;
    in.columnsFit = fit.fits;

    // Row height: the rows of a page share what is left under the title and the header, within 9–16 mm.
    double leadHeight = 0;
    for (const TextBlock& b : in.lead)
        leadHeight += b.spaceBeforeMm + PagedTable::textHeightMm(b.text, b.style, total) + b.spaceAfterMm;
    const double headerHeight = PagedTable::rowHeightMm(in.header, in.columnWidthsMm);
    const double available = PagedTable::textAreaHeightMm(in.page) - leadHeight - headerHeight - 0.5;
    // As many rows a page as fit at 9 mm or more: a landscape page (a column per session) holds fewer than the
    // 20 asked for; the blank rows then fill the last page of that size.
    const int per = std::clamp(int(available / 9.0), 1, m_options.rowsPerPage);
    if (per < m_options.rowsPerPage) {
        in.maxRowsPerPage = per;
        if (m_options.blankRows) {
            const int entries = int(m_entries.size());
            const int wanted = std::max(per, (entries + per - 1) / per * per);
            while (in.rows.size() > wanted)
                in.rows.removeLast();
            while (in.rows.size() < wanted)
                in.rows << makeRow(int(in.rows.size()));
        }
    }
    const double rowHeight = std::clamp(available / per, 9.0, 16.0);
    for (TableRowSpec& row : in.rows)
        row.minHeightMm = rowHeight;
    fitter.wrap(in);
    return in;
}

void SignInSheet::build() const
{
    if (!m_layouts.empty())
        return;
    if (m_options.days.isEmpty()) {
        m_layouts.push_back(
            std::make_unique<report::PagedTable>(buildInput(m_options.dateText, m_options.signColumns)));
        return;
    }
    for (const SignInDay& day : m_options.days)
        m_layouts.push_back(std::make_unique<report::PagedTable>(buildInput(day.dateText, day.signColumns)));
}

const report::PagedTable& SignInSheet::layout() const
{
    return layout(0);
}

int SignInSheet::sheetCount() const
{
    build();
    return int(m_layouts.size());
}

const report::PagedTable& SignInSheet::layout(int sheet) const
{
    build();
    return *m_layouts.at(std::clamp(sheet, 0, int(m_layouts.size()) - 1));
}

int SignInSheet::pageCount() const
{
    build();
    int pages = 0;
    for (const auto& l : m_layouts)
        pages += l->pageCount();
    return pages;
}

Status SignInSheet::print(QPagedPaintDevice* device) const
{
    build();
    if (m_layouts.size() == 1)
        return m_layouts.front()->print(device);
    // A sheet per day: the days' pages one after another, as PagedTable::print paints one table's.
    if (!device)
        return Error(tr("没有可输出的设备"));
    const report::PagedTable& first = *m_layouts.front();
    if (!device->setPageLayout(first.input().page.pageLayout())) {
        QPageLayout layout = first.input().page.pageLayout();
        layout.setMode(QPageLayout::StandardMode);
        layout.setMargins(device->pageLayout().minimumMargins());
        device->setPageLayout(layout);
    }
    QPainter painter;
    if (!painter.begin(device))
        return Error(tr("无法开始输出：打印机或文件不可用"));
    const QPageLayout layout = device->pageLayout();
    const QPointF offsetMm = layout.paintRect(QPageLayout::Millimeter).topLeft();
    const double scaleX = device->logicalDpiX() / report::kLayoutDpi;
    const double scaleY = device->logicalDpiY() / report::kLayoutDpi;
    int printed = 0;
    for (const auto& sheet : m_layouts) {
        for (int i = 0; i < sheet->pageCount(); ++i) {
            if (printed > 0 && !device->newPage()) {
                painter.end();
                return Error(tr("无法开始第 %1 页").arg(printed + 1));
            }
            painter.save();
            painter.scale(scaleX, scaleY);
            painter.translate(-report::mmToDots(offsetMm.x()), -report::mmToDots(offsetMm.y()));
            sheet->paintPage(painter, i);
            painter.restore();
            ++printed;
        }
    }
    if (!painter.end())
        return Error(tr("输出未能完成"));
    return success();
}

Status SignInSheet::writePdf(const QString& path) const
{
    return report::writePdfFile(path, title(), [this](QPagedPaintDevice* device) { return print(device); });
}

} // namespace tp
