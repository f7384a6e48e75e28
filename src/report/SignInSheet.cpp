#include "SignInSheet.h"

#include "PdfOutput.h"
#include "TableFit.h"

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

    // Column widths from the content (TableFit.h): 序号, 姓名 and 学科 as wide as their values, the unit's name on
    // one line where it can, and the 签到 column at least a third of the width — and all that is left — to sign.
    const double total = PagedTable::textWidthMm(in.page);
    const QList<ColumnSpec> specs { { .role = ColumnRole::Value }, { .role = ColumnRole::Text, .priority = 1.0 },
        { .role = ColumnRole::Value }, { .role = ColumnRole::Value },
        { .role = ColumnRole::Fill, .minMm = std::max(total / 3, 40.0) } };
    for (int i = 0; i < rows; ++i) {
        TableRowSpec row;
        const SignInEntry e = m_entries.value(i);
        row.cells << TableCell { QString::number(i + 1), 1, Qt::AlignCenter }
                  << TableCell { e.unit, 1, Qt::AlignCenter } << TableCell { e.name, 1, Qt::AlignCenter }
                  << TableCell { e.subject, 1, Qt::AlignCenter } << TableCell { QString(), 1, Qt::AlignCenter };
        in.rows << row;
    }
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
    const double rowHeight = std::clamp(available / m_options.rowsPerPage, 9.0, 16.0);
    for (TableRowSpec& row : in.rows)
        row.minHeightMm = rowHeight;
    fitter.wrap(in);
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
