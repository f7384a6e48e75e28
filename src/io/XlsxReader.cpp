#include "XlsxReader.h"

#include "InputSanitizer.h"
#include "XlsxExporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QXmlStreamReader>
#include <QtEndian>
#include <zlib.h>

#include <algorithm>
#include <cmath>

namespace tp {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::XlsxReader)
};

constexpr int kMaxRows = 1048576; // Excel's limits
constexpr int kMaxColumns = 16384;
constexpr int kMaxFilledRows = InputLimits::maxSheetRows; // beyond this a "plan table" is something else

// The ZIP container of an .xlsx, read with zlib. Not QuaZip: Debian's QuaZip 1.4 exports its own, modified
// minizip under minizip's names (zipOpen3, unzOpen…) and libxlsxwriter links the system libminizip; in one
// process whichever loads first serves both, and libxlsxwriter's zipOpen then ran QuaZip's QIODevice-based
// version and crashed in workbook_close (QuaZip's own calls go through its PLT as well, so no link order fixes
// it). An .xlsx needs only the central directory, stored and deflated entries and their CRC — this.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(tp::XlsxReader)

public:
    // false: not a ZIP, or its central directory is missing or cut off (a truncated download). `tooLarge`
    // says why when the file, an entry or all entries inflated would exceed the limits (InputLimits): that is
    // decided from the sizes the central directory declares, before anything is inflated or allocated.
    bool open(const QString& path, QString* tooLarge = nullptr)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        if (f.size() > InputLimits::maxWorkbookBytes) {
            if (tooLarge)
                *tooLarge = Text::tr("文件有 %1 MB，超过 XLSX 导入的上限 %2 MB")
                                .arg(f.size() / (1024 * 1024))
                                .arg(InputLimits::maxWorkbookBytes / (1024 * 1024));
            return false;
        }
        return openBytes(f.readAll(), tooLarge);
    }

    bool openBytes(const QByteArray& data, QString* tooLarge = nullptr)
    {
        if (data.size() > InputLimits::maxWorkbookBytes) {
            if (tooLarge)
                *tooLarge = Text::tr("文件有 %1 MB，超过 XLSX 导入的上限 %2 MB")
                                .arg(data.size() / (1024 * 1024))
                                .arg(InputLimits::maxWorkbookBytes / (1024 * 1024));
            return false;
        }
        m_data = data;
        const qsizetype n = m_data.size();
        if (n < 22)
            return false;
        // The end-of-central-directory record: within the last 64 KiB + 22 bytes.
        qsizetype eocd = -1;
        for (qsizetype i = n - 22; i >= std::max<qsizetype>(0, n - 22 - 65535); --i) {
            if (u32(i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0)
            return false;
        const quint16 entries = u16(eocd + 10);
        const quint32 cdSize = u32(eocd + 12);
        const quint32 cdOffset = u32(eocd + 16);
        if (qsizetype(cdOffset) + qsizetype(cdSize) > eocd)
            return false;
        if (entries > InputLimits::maxWorkbookEntries) {
            if (tooLarge)
                *tooLarge = Text::tr("压缩包中有 %1 个文件，不像是 Excel 工作簿").arg(entries);
            return false;
        }
        qint64 total = 0;
        qsizetype p = cdOffset;
        for (int i = 0; i < entries; ++i) {
            if (p + 46 > eocd || u32(p) != 0x02014b50)
                return false;
            Entry e;
            e.method = u16(p + 10);
            e.crc = u32(p + 16);
            e.compressedSize = u32(p + 20);
            e.size = u32(p + 24);
            const quint16 nameLength = u16(p + 28);
            const quint16 extraLength = u16(p + 30);
            const quint16 commentLength = u16(p + 32);
            e.localHeader = u32(p + 42);
            const QString name = QString::fromUtf8(m_data.mid(p + 46, nameLength));
            total += e.size;
            if (e.size > InputLimits::maxWorkbookPartBytes || total > InputLimits::maxWorkbookTotalBytes) {
                if (tooLarge)
                    *tooLarge = e.size > InputLimits::maxWorkbookPartBytes
                        ? Text::tr("%1 解压后有 %2 MB，超过上限 %3 MB")
                              .arg(name)
                              .arg(e.size / (1024 * 1024))
                              .arg(InputLimits::maxWorkbookPartBytes / (1024 * 1024))
                        : Text::tr("工作簿解压后超过 %1 MB").arg(InputLimits::maxWorkbookTotalBytes / (1024 * 1024));
                return false;
            }
            m_entries.insert(name.toLower(), e);
            p += 46 + nameLength + extraLength + commentLength;
        }
        return true;
    }

    bool contains(const QString& name) const { return m_entries.contains(name.toLower()); }

    // The inflated bytes of an entry; false if it is damaged (bad header, inflate error, CRC mismatch).
    bool read(const QString& name, QByteArray* out) const
    {
        const auto it = m_entries.constFind(name.toLower());
        if (it == m_entries.constEnd())
            return false;
        const Entry& e = *it;
        const qsizetype h = e.localHeader;
        if (h + 30 > m_data.size() || u32(h) != 0x04034b50)
            return false;
        const qsizetype start = h + 30 + u16(h + 26) + u16(h + 28);
        if (start + qsizetype(e.compressedSize) > m_data.size() || e.size > InputLimits::maxWorkbookPartBytes)
            return false;
        const char* src = m_data.constData() + start;
        if (e.method == 0) {
            *out = QByteArray(src, e.compressedSize);
        } else if (e.method == 8) {
            out->resize(e.size);
            z_stream z {};
            if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
                return false;
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(src));
            z.avail_in = e.compressedSize;
            z.next_out = reinterpret_cast<Bytef*>(out->data());
            z.avail_out = e.size;
            const int rc = inflate(&z, Z_FINISH);
            const uLong produced = z.total_out;
            inflateEnd(&z);
            if (rc != Z_STREAM_END || produced != e.size)
                return false;
        } else {
            return false;
        }
        return crc32(0L, reinterpret_cast<const Bytef*>(out->constData()), uInt(out->size())) == e.crc;
    }

private:
    struct Entry {
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localHeader = 0;
    };
    quint16 u16(qsizetype at) const { return qFromLittleEndian<quint16>(m_data.constData() + at); }
    quint32 u32(qsizetype at) const { return qFromLittleEndian<quint32>(m_data.constData() + at); }

    QByteArray m_data;
    QHash<QString, Entry> m_entries;
};

struct Workbook {
    QString path;
    QString file; // file name for messages
    ZipArchive zip;
    const QByteArray* bytes = nullptr; // the workbook in memory instead of at `path`

    explicit Workbook(const QString& p)
        : path(p)
        , file(QFileInfo(p).fileName())
    {
    }

    Error error(const QString& message) const
    {
        Error e(message);
        e.file = file;
        return e;
    }

    Status open()
    {
        QString tooLarge;
        if (bytes ? zip.openBytes(*bytes, &tooLarge) : zip.open(path, &tooLarge))
            return success();
        if (!tooLarge.isEmpty())
            return error(Text::tr("XLSX 文件过大，未导入：%1").arg(tooLarge));
        return error(Text::tr("不是有效的 XLSX 文件：无法作为 ZIP 压缩包打开（文件损坏、不完整或不是 Excel 文件）"));
    }

    // The bytes of one part; an Error if it is missing or cannot be inflated (CRC, truncation).
    Result<QByteArray> part(const QString& name, bool* missing = nullptr)
    {
        if (missing)
            *missing = !zip.contains(name);
        if (!zip.contains(name))
            return error(Text::tr("XLSX 文件中缺少 %1").arg(name));
        QByteArray bytes;
        if (!zip.read(name, &bytes))
            return error(Text::tr("XLSX 文件中的 %1 已损坏（解压或校验失败）").arg(name));
        // Excel never writes a document type declaration; one is how entity expansion (billion laughs) and
        // external entities (XXE) get into XML. QXmlStreamReader resolves neither, and the part is refused.
        if (bytes.contains("<!DOCTYPE"))
            return error(Text::tr("XLSX 文件中的 %1 含有文档类型声明（DTD），Excel 文件不会有，未导入").arg(name));
        return bytes;
    }
};

QString xmlError(const QXmlStreamReader& xml, const QString& part)
{
    return Text::tr("%1 不是有效的 XML（第 %2 行：%3）").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

struct SheetRef {
    QString name;
    QString relId;
    QString target; // zip path, e.g. xl/worksheets/sheet1.xml
};

// workbook.xml (sheet names and relationship ids) and its rels (the parts they point to).
Result<QList<SheetRef>> readSheetList(Workbook& wb)
{
    auto workbook = wb.part(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return wb.error(Text::tr("不是 Excel 工作簿（缺少 xl/workbook.xml）"));
    QList<SheetRef> sheets;
    {
        QXmlStreamReader xml(workbook.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                SheetRef s;
                s.name = xml.attributes().value(QLatin1String("name")).toString();
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
                        s.relId = a.value().toString();
                }
                sheets << s;
            }
        }
        if (xml.hasError())
            return wb.error(xmlError(xml, QStringLiteral("xl/workbook.xml")));
    }
    if (sheets.isEmpty())
        return wb.error(Text::tr("工作簿中没有工作表"));

    auto rels = wb.part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets;
    QXmlStreamReader xml(rels.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
            targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                xml.attributes().value(QLatin1String("Target")).toString());
    }
    if (xml.hasError())
        return wb.error(xmlError(xml, QStringLiteral("xl/_rels/workbook.xml.rels")));
    for (SheetRef& s : sheets) {
        QString t = targets.value(s.relId);
        if (t.startsWith(QLatin1Char('/')))
            t = t.mid(1);
        else if (!t.isEmpty())
            t = QStringLiteral("xl/") + t;
        s.target = t;
    }
    return sheets;
}

Result<QStringList> readSharedStrings(Workbook& wb)
{
    bool missing = false;
    auto bytes = wb.part(QStringLiteral("xl/sharedStrings.xml"), &missing);
    if (!bytes)
        return missing ? Result<QStringList>(QStringList()) : Result<QStringList>(bytes.error());
    QStringList strings;
    QXmlStreamReader xml(bytes.value());
    QString current;
    int phonetic = 0; // inside <rPh>: the reading of a name, not its text
    const auto tooMany = [&](qint64 n) {
        return wb.error(
            Text::tr("xl/sharedStrings.xml 有 %1 个共享字符串，超过上限 %2").arg(n).arg(InputLimits::maxSharedStrings));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("sst")) {
                // The declared count, checked before a single string is kept.
                const qint64 declared = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
                if (declared > InputLimits::maxSharedStrings)
                    return tooMany(declared);
                if (declared > 0)
                    strings.reserve(declared);
            } else if (xml.name() == QLatin1String("si")) {
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                // Kept to one character past the cell limit: a cell that uses it is refused with its address.
                if (current.size() <= InputLimits::maxCellChars)
                    current += xml.readElementText().left(InputLimits::maxCellChars + 1 - current.size());
                else
                    xml.skipCurrentElement();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                if (strings.size() >= InputLimits::maxSharedStrings)
                    return tooMany(strings.size() + 1);
                strings << current;
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    if (xml.hasError())
        return wb.error(xmlError(xml, QStringLiteral("xl/sharedStrings.xml")));
    return strings;
}

// A number as Excel's General format shows it: no trailing ".0", up to 15 significant digits.
QString generalNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

Result<XlsxSheet> readWorkbookSheet(Workbook& wb, const QString& sheetName);

} // namespace

bool XlsxReader::parseCellReference(QStringView ref, int* row, int* column)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (c > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    *row = r;
    *column = c;
    return true;
}

Result<QByteArray> XlsxReader::readPart(const QString& path, const QString& partName)
{
    Workbook wb(path);
    if (Status s = wb.open(); !s)
        return s.error();
    return wb.part(partName);
}

Result<QStringList> XlsxReader::sheetNames(const QString& path)
{
    Workbook wb(path);
    if (Status s = wb.open(); !s)
        return s.error();
    auto sheets = readSheetList(wb);
    if (!sheets)
        return sheets.error();
    QStringList names;
    for (const SheetRef& s : sheets.value())
        names << s.name;
    return names;
}

Result<XlsxSheet> XlsxReader::readSheet(const QString& path, const QString& sheetName)
{
    Workbook wb(path);
    if (!QFileInfo::exists(path))
        return wb.error(Text::tr("文件不存在：%1").arg(path));
    return readWorkbookSheet(wb, sheetName);
}

Result<XlsxSheet> XlsxReader::readSheetData(const QByteArray& bytes, const QString& fileName, const QString& sheetName)
{
    Workbook wb(fileName);
    wb.bytes = &bytes;
    return readWorkbookSheet(wb, sheetName);
}

namespace {
Result<XlsxSheet> readWorkbookSheet(Workbook& wb, const QString& sheetName)
{
    if (Status s = wb.open(); !s)
        return s.error();
    auto sheets = readSheetList(wb);
    if (!sheets)
        return sheets.error();

    SheetRef sheet = sheets->first();
    if (!sheetName.isEmpty()) {
        const auto it
            = std::find_if(sheets->begin(), sheets->end(), [&](const SheetRef& s) { return s.name == sheetName; });
        if (it == sheets->end()) {
            QStringList names;
            for (const SheetRef& s : sheets.value())
                names << s.name;
            return wb.error(
                Text::tr("工作簿中没有名为「%1」的工作表；有：%2").arg(sheetName, names.join(Text::tr("、"))));
        }
        sheet = *it;
    }
    if (sheet.target.isEmpty())
        return wb.error(Text::tr("工作表「%1」在工作簿中没有对应的文件").arg(sheet.name));

    auto shared = readSharedStrings(wb);
    if (!shared)
        return shared.error();
    bool missing = false;
    auto bytes = wb.part(sheet.target, &missing);
    if (!bytes) {
        Error e = bytes.error();
        if (missing)
            e.message = Text::tr("工作表「%1」缺失（XLSX 文件中没有 %2）").arg(sheet.name, sheet.target);
        return e;
    }

    const auto cellError = [&](int row, int column, const QString& value, const QString& message) {
        Error e
            = wb.error(Text::tr("工作表「%1」单元格 %2：%3")
                           .arg(sheet.name, XlsxExporter::columnLetters(column - 1) + QString::number(row), message));
        e.row = row;
        e.column = column;
        e.value = value;
        return e;
    };

    QMap<int, QMap<int, QString>> cells; // row → column → text
    struct Range {
        int r1, c1, r2, c2;
    };
    QList<Range> merges;

    QXmlStreamReader xml(bytes.value());
    int rowNumber = 0;
    int nextColumn = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            bool ok = false;
            const int n = r.isEmpty() ? rowNumber + 1 : r.toInt(&ok);
            if (!r.isEmpty() && (!ok || n < 1 || n > kMaxRows))
                return wb.error(Text::tr("工作表「%1」的行号「%2」无效").arg(sheet.name, r.toString()));
            rowNumber = n;
            nextColumn = 1;
        } else if (name == QLatin1String("c")) {
            const QXmlStreamAttributes attrs = xml.attributes();
            int row = rowNumber;
            int column = nextColumn;
            const auto ref = attrs.value(QLatin1String("r"));
            if (!ref.isEmpty() && !XlsxReader::parseCellReference(ref, &row, &column))
                return wb.error(Text::tr("工作表「%1」的单元格引用「%2」无效").arg(sheet.name, ref.toString()));
            if (row < 1)
                row = 1;
            nextColumn = column + 1;
            const QString type = attrs.value(QLatin1String("t")).toString();
            QString value;
            QString inlineText;
            bool hasValue = false;
            // The children: <v> value, <f> formula (its cached result is in <v>), <is> inline string.
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    int phonetic = 0;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
                            ++phonetic;
                        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
                            --phonetic;
                        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
                            inlineText += xml.readElementText();
                        else if (xml.isEndElement() && xml.name() == QLatin1String("is"))
                            break;
                    }
                    hasValue = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (xml.hasError())
                break;
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= shared->size())
                    return cellError(row, column, value,
                        Text::tr("共享字符串编号「%1」无效（共有 %2 个）").arg(value).arg(shared->size()));
                text = shared->at(index);
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1String("str")) {
                text = value;
            } else if (type == QLatin1String("b")) {
                if (value != QLatin1String("0") && value != QLatin1String("1"))
                    return cellError(row, column, value, Text::tr("逻辑值应为 0 或 1，却是「%1」").arg(value));
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("e")) {
                return cellError(row, column, value, Text::tr("单元格是错误值 %1；请先在 Excel/WPS 中改正").arg(value));
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                if (hasValue && !value.trimmed().isEmpty()) {
                    bool ok = false;
                    const double v = value.trimmed().toDouble(&ok);
                    if (!ok || !std::isfinite(v))
                        return cellError(row, column, value, Text::tr("数字单元格的值「%1」不是数字").arg(value));
                    text = generalNumber(v);
                }
            } else if (type == QLatin1String("d")) {
                text = value; // ISO 8601 date, as written
            } else {
                return cellError(row, column, value, Text::tr("未知的单元格类型「%1」").arg(type));
            }
            if (!text.isEmpty()) {
                // One cell in column XFD of each row would make every row 16,384 cells wide.
                if (column > InputLimits::maxColumns)
                    return cellError(row, column, InputSanitizer::printable(text),
                        Text::tr("超出第 %1 列；计划表不会这么宽，请删去该单元格后再导入")
                            .arg(InputLimits::maxColumns));
                if (row > kMaxFilledRows)
                    return cellError(row, column, InputSanitizer::printable(text),
                        Text::tr("超过第 %1 行，不像是计划表").arg(kMaxFilledRows));
                cells[row][column] = text;
                if (cells.size() > kMaxFilledRows)
                    return wb.error(
                        Text::tr("工作表「%1」超过 %2 行，不像是计划表").arg(sheet.name).arg(kMaxFilledRows));
            }
        } else if (name == QLatin1String("mergeCell")) {
            if (merges.size() >= InputLimits::maxMergedRanges)
                return wb.error(Text::tr("工作表「%1」有超过 %2 个合并单元格，不像是计划表")
                                    .arg(sheet.name)
                                    .arg(InputLimits::maxMergedRanges));
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            const QStringList ends = ref.split(QLatin1Char(':'));
            Range m {};
            if (ends.size() == 2 && XlsxReader::parseCellReference(ends.at(0), &m.r1, &m.c1)
                && XlsxReader::parseCellReference(ends.at(1), &m.r2, &m.c2))
                merges << m;
        }
    }
    if (xml.hasError())
        return wb.error(Text::tr("工作表「%1」（%2）不是有效的 XML（第 %3 行：%4）")
                            .arg(sheet.name, sheet.target)
                            .arg(xml.lineNumber())
                            .arg(xml.errorString()));

    // A merged range shows its top-left value only; anything left in its other cells is hidden in Excel. Only
    // the rows and cells that hold something are visited (20,000 merges as wide as the sheet took 39 s when
    // every column of every merge was tried), within a budget.
    qint64 work = 0;
    for (const Range& m : merges) {
        for (auto rit = cells.lowerBound(m.r1); rit != cells.end() && rit.key() <= m.r2; ++rit) {
            if (++work > InputLimits::maxMergeWork)
                return wb.error(Text::tr("工作表「%1」的合并单元格过多或过大，不像是计划表").arg(sheet.name));
            auto cit = rit->lowerBound(m.c1);
            while (cit != rit->end() && cit.key() <= m.c2) {
                if (rit.key() != m.r1 || cit.key() != m.c1)
                    cit = rit->erase(cit);
                else
                    ++cit;
            }
        }
    }

    XlsxSheet out;
    out.name = sheet.name;
    if (cells.isEmpty())
        return out;
    const int lastRow = cells.lastKey();
    if (lastRow > kMaxFilledRows)
        return wb.error(Text::tr("工作表「%1」用到了第 %2 行，超过 %3 行，不像是计划表")
                            .arg(sheet.name)
                            .arg(lastRow)
                            .arg(kMaxFilledRows));
    qint64 slots = 0;
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
        slots += it->isEmpty() ? 0 : it->lastKey();
    if (slots > InputLimits::maxSheetCells)
        return wb.error(
            Text::tr("工作表「%1」的单元格超过 %2 个，不像是计划表").arg(sheet.name).arg(InputLimits::maxSheetCells));
    for (int r = 1; r <= lastRow; ++r) {
        CsvRecord record;
        record.row = r;
        record.line = r;
        const auto it = cells.constFind(r);
        if (it != cells.constEnd() && !it->isEmpty()) {
            const int lastColumn = it->lastKey();
            record.cells.reserve(lastColumn);
            for (int c = 1; c <= lastColumn; ++c)
                record.cells << it->value(c);
        }
        out.records << record;
    }
    return out;
}

} // namespace

} // namespace tp
