#include "SignInSheet.h"

#include "PdfOutput.h"

#include <QCoreApplication>
#include <algorithm>

namespace tp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tp::SignInSheet", text);
}

} // namespace

SignInSheet::SignInSheet(Project project, QList<SignInEntry> entries, SignInOptions options)
    : m_project(std::move(project))
    , m_entries(std::move(entries))
    , m_options(std::move(options))
{
    m_options.rowsPerPage = std::clamp(m_options.rowsPerPage, 1, 60);
}

SignInSheet::~SignInSheet() = default;

QString SignInSheet::title() const
{
    if (!m_options.title.trimmed().isEmpty())
        return m_options.title.trimmed();
    QString name = m_project.name;
    name.replace(QLatin1Char('\n'), QString());
    return tr("%1签到表").arg(name.trimmed());
}

report::PagedTableInput SignInSheet::buildInput() const
{
    using namespace report;
    PagedTableInput in;
    in.page = m_options.page;
    in.leadOnEveryPage = true;
    in.maxRowsPerPage = m_options.rowsPerPage;

    QString projectName = m_project.name;
    projectName.replace(QLatin1Char('\n'), QString());
    const QString date
        = m_options.dateText.trimmed().isEmpty() ? m_project.monthsText.trimmed() : m_options.dateText.trimmed();
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
    for (const QString& h : { tr("序号"), tr("单位"), tr("姓名"), tr("学科"), tr("签到") })
        in.header.cells << TableCell { h, 1, Qt::AlignCenter };

    int rows = int(m_entries.size());
    if (m_options.blankRows) {
        const int per = m_options.rowsPerPage;
        rows = std::max(per, (rows + per - 1) / per * per);
    }

    // Column widths: 序号 and 学科 compact, 姓名 wide enough for a signature-free name, the 签到 column at least
    // a third of the width so there is room to sign.
    const double total = PagedTable::textWidthMm(in.page);
    QList<double> natural { PagedTable::naturalWidthMm(QString::number(std::max(rows, 10)), TextStyle::BodyCell),
        PagedTable::naturalWidthMm(tr("单位"), TextStyle::HeaderCell),
        PagedTable::naturalWidthMm(tr("姓名"), TextStyle::HeaderCell),
        PagedTable::naturalWidthMm(tr("学科"), TextStyle::HeaderCell), 0 };
    natural[0] = std::max(natural[0], PagedTable::naturalWidthMm(tr("序号"), TextStyle::HeaderCell));
    for (const SignInEntry& e : m_entries) {
        natural[1] = std::max(natural[1], PagedTable::naturalWidthMm(e.unit, TextStyle::BodyCell));
        natural[2] = std::max(natural[2], PagedTable::naturalWidthMm(e.name, TextStyle::BodyCell));
        natural[3] = std::max(natural[3], PagedTable::naturalWidthMm(e.subject, TextStyle::BodyCell));
    }
    QList<double> widths;
    for (double& n : natural)
        n += 2 * PagedTable::kCellPadXMm + 0.5;
    widths << std::max(natural[0], 12.0) << 0 << std::clamp(natural[2], 22.0, 32.0)
           << std::clamp(natural[3], 18.0, 30.0);
    const double signature = std::max(total / 3, 40.0);
    const double unit = std::max(20.0, total - widths[0] - widths[2] - widths[3] - signature);
    widths[1] = unit;
    widths << total - widths[0] - widths[1] - widths[2] - widths[3];
    in.columnWidthsMm = widths;

    // Row height: the rows of a page share what is left under the title and the header, within 9–16 mm.
    double leadHeight = 0;
    for (const TextBlock& b : in.lead)
        leadHeight += b.spaceBeforeMm + PagedTable::textHeightMm(b.text, b.style, total) + b.spaceAfterMm;
    const double headerHeight = PagedTable::rowHeightMm(in.header, in.columnWidthsMm);
    const double available = PagedTable::textAreaHeightMm(in.page) - leadHeight - headerHeight - 0.5;
    const double rowHeight = std::clamp(available / m_options.rowsPerPage, 9.0, 16.0);

    for (int i = 0; i < rows; ++i) {
        TableRowSpec row;
        row.minHeightMm = rowHeight;
        const SignInEntry e = m_entries.value(i);
        row.cells << TableCell { QString::number(i + 1), 1, Qt::AlignCenter }
                  << TableCell { e.unit, 1, Qt::AlignCenter } << TableCell { e.name, 1, Qt::AlignCenter }
                  << TableCell { e.subject, 1, Qt::AlignCenter } << TableCell { QString(), 1, Qt::AlignCenter };
        in.rows << row;
    }
    return in;
}

const report::PagedTable& SignInSheet::layout() const
{
    if (!m_layout)
        m_layout = std::make_unique<report::PagedTable>(buildInput());
    return *m_layout;
}

int SignInSheet::pageCount() const
{
    return layout().pageCount();
}

Status SignInSheet::print(QPagedPaintDevice* device) const
{
    return layout().print(device);
}

Status SignInSheet::writePdf(const QString& path) const
{
    return report::writePdfFile(path, title(), [this](QPagedPaintDevice* device) { return print(device); });
}

} // namespace tp
