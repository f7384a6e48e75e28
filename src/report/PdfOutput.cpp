#include "PdfOutput.h"

#include "AtomicFile.h"
#include "PagedTable.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QPdfWriter>
#include <QRawFont>

namespace tp::report {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Radicals drawn with the same glyph as an ideograph in the fonts we print with: ⻓ (U+2ED3) → 长, ⺠ → 民,
// ⻣ → 骨 … The CJK Radicals Supplement has no NFKC forms, so the font itself says which ideograph it is.
const QHash<char16_t, char16_t>& fontRadicals()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> m;
        const QRawFont raw = QRawFont::fromFont(fontFor(TextStyle::BodyCell));
        if (!raw.isValid())
            return m;
        QString radicals;
        for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(c);
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        QHash<quint32, char16_t> glyphToRadical;
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            if (radicalGlyphs.at(i) != 0)
                glyphToRadical.insert(radicalGlyphs.at(i), char16_t(0x2E80 + i));
        }
        QString ideographs;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(c);
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const auto it = glyphToRadical.constFind(glyphs.at(i));
            if (it != glyphToRadical.constEnd() && !m.contains(*it))
                m.insert(*it, char16_t(0x4E00 + i));
        }
        return m;
    }();
    return map;
}

// The ideograph a radical stands for, or 0 (CJK Radicals Supplement and Kangxi Radicals blocks only).
char16_t ideographFor(char16_t code)
{
    if (code < 0x2E80 || code > 0x2FDF)
        return 0;
    if (const char16_t c = fontRadicals().value(code, 0))
        return c;
    const QString nfkc = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
    if (nfkc.size() == 1 && nfkc.at(0).unicode() >= 0x3400)
        return nfkc.at(0).unicode();
    return 0;
}

// Rewrites "<XXXX>" targets in [from, to) of `pdf`; `skipFirstPerLine` source codes at the start of each line.
int fixSection(QByteArray& pdf, qsizetype from, qsizetype to, int skipFirstPerLine)
{
    int fixed = 0;
    int onLine = 0;
    bool rangeForm = false; // "<lo> <hi> <dst>" with lo != hi: leave dst alone, it starts a run
    bool array = false; // "<lo> <hi> [<d1> <d2> …]": one target per code
    QList<int> lineCodes;
    for (qsizetype i = from; i < to; ++i) {
        const char c = pdf.at(i);
        if (c == '\n') {
            onLine = 0;
            rangeForm = false;
            array = false;
            lineCodes.clear();
            continue;
        }
        if (c == '[')
            array = true;
        if (c != '<' || i + 5 >= to || pdf.at(i + 5) != '>')
            continue;
        int value = 0;
        bool ok = true;
        for (int k = 1; k <= 4; ++k) {
            const int h = hexValue(pdf.at(i + k));
            ok = ok && h >= 0;
            value = value * 16 + h;
        }
        if (!ok)
            continue;
        ++onLine;
        lineCodes << value;
        if (skipFirstPerLine == 2 && onLine == 3 && !array && lineCodes.at(0) != lineCodes.at(1))
            rangeForm = true;
        if (onLine > skipFirstPerLine && !rangeForm) {
            if (const char16_t ideograph = ideographFor(char16_t(value))) {
                const QByteArray hex = QByteArray::number(int(ideograph), 16).toUpper().rightJustified(4, '0');
                pdf.replace(i + 1, 4, hex);
                ++fixed;
            }
        }
        i += 5;
    }
    return fixed;
}

} // namespace

int fixPdfToUnicode(QByteArray& pdf)
{
    int fixed = 0;
    const auto sections = [&](const QByteArray& begin, const QByteArray& end, int skip) {
        qsizetype pos = 0;
        while ((pos = pdf.indexOf(begin, pos)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, pos);
            if (stop < 0)
                break;
            fixed += fixSection(pdf, pos + begin.size(), stop, skip);
            pos = stop + end.size();
        }
    };
    sections(QByteArrayLiteral("beginbfrange"), QByteArrayLiteral("endbfrange"), 2);
    sections(QByteArrayLiteral("beginbfchar"), QByteArrayLiteral("endbfchar"), 1);
    return fixed;
}

Status writePdfFile(
    const QString& path, const QString& documentTitle, const std::function<Status(QPagedPaintDevice*)>& paint)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(documentTitle);
        writer.setCreator(QStringLiteral("TrainPlan"));
        if (Status s = paint(&writer); !s) {
            Error e = s.error();
            e.file = QFileInfo(path).fileName();
            return e;
        }
    }
    fixPdfToUnicode(bytes);
    // Every write and the final rename checked: a full disk leaves the old PDF whole (a QSaveFile whose write()
    // result was ignored replaced a good 61 KB file with 20 KB of it).
    return AtomicFile::writeFile(path, bytes);
}

} // namespace tp::report
