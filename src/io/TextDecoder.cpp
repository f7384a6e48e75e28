#include "TextDecoder.h"

#include "InputSanitizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

namespace tp {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tp::TextDecoder)
};

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

Error decodeError(const QString& fileName, const QString& message)
{
    Error e;
    e.message = message;
    e.file = fileName;
    return e;
}

// Convert with ICU, stopping at the first byte sequence the encoding does not define.
Result<QString> convertWithIcu(const QByteArray& bytes, const QString& encoding, const QString& fileName)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name.constData(), &status), &ucnv_close);
    if (U_FAILURE(status) || !conv)
        return decodeError(fileName, Text::tr("不支持的编码「%1」").arg(encoding));
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return decodeError(fileName, Text::tr("无法设置编码转换「%1」").arg(encoding));

    // Every byte gives at most two UTF-16 units in GB18030 and the other encodings we meet.
    QString out(bytes.size() * 2 + 16, Qt::Uninitialized);
    UChar* target = reinterpret_cast<UChar*>(out.data());
    UChar* const targetStart = target;
    const char* source = bytes.constData();
    const char* const sourceStart = source;
    ucnv_toUnicode(
        conv.get(), &target, targetStart + out.size(), &source, source + bytes.size(), nullptr, true, &status);
    if (U_FAILURE(status)) {
        // `source` has passed the bad sequence; report where it starts.
        char bad[32];
        int8_t badLength = sizeof bad;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv.get(), bad, &badLength, &ignored);
        const qsizetype offset = qsizetype(source - sourceStart) - (U_SUCCESS(ignored) ? badLength : 0);
        return decodeError(fileName,
            Text::tr("文件不是有效的 %1 文本：第 %2 字节（第 %3 行）起的字节无法解码。请在 Excel/WPS 中另存为“CSV "
                     "UTF-8”后再导入")
                .arg(encoding)
                .arg(offset + 1)
                .arg(lineOfOffset(bytes, offset)));
    }
    out.resize(target - targetStart);
    return out;
}

struct Candidate {
    QString name;
    int confidence = 0;
};

// ICU's charset detector; all candidates, best first.
QList<Candidate> detectCharsets(const QByteArray& bytes)
{
    QList<Candidate> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return out;
    ucsdet_setText(det.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status))
        return out;
    for (int32_t k = 0; k < count; ++k) {
        UErrorCode s = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[k], &s);
        const int32_t confidence = ucsdet_getConfidence(matches[k], &s);
        if (U_SUCCESS(s) && name)
            out << Candidate { QString::fromLatin1(name), int(confidence) };
    }
    return out;
}
} // namespace

qsizetype TextDecoder::firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

Result<DecodedText> TextDecoder::decode(const QByteArray& bytes, const QString& fileName, const QString& encoding)
{
    DecodedText out;
    const QByteArray utf8Bom("\xEF\xBB\xBF");

    if (!encoding.isEmpty()) {
        const bool isUtf8 = encoding.compare(QStringLiteral("UTF-8"), Qt::CaseInsensitive) == 0
            || encoding.compare(QStringLiteral("UTF8"), Qt::CaseInsensitive) == 0;
        QByteArray body = bytes;
        if (isUtf8 && body.startsWith(utf8Bom)) {
            body = body.mid(3);
            out.hadBom = true;
        }
        Result<QString> text = convertWithIcu(body, encoding, fileName);
        if (!text)
            return text.error();
        out.text = std::move(text).value();
        if (out.text.startsWith(QChar(0xFEFF))) {
            out.text.remove(0, 1);
            out.hadBom = true;
        }
        out.encoding = isUtf8 ? QStringLiteral("UTF-8") : encoding;
        return out;
    }

    // A BOM decides.
    if (bytes.startsWith(utf8Bom)) {
        const QByteArray body = bytes.mid(3);
        const qsizetype bad = firstInvalidUtf8(body);
        if (bad >= 0)
            return decodeError(fileName,
                Text::tr("文件以 UTF-8 标记（BOM）开头，但第 %1 字节（第 %2 行）起不是有效的 UTF-8")
                    .arg(bad + 4)
                    .arg(lineOfOffset(body, bad)));
        out.text = QString::fromUtf8(body);
        out.encoding = QStringLiteral("UTF-8");
        out.hadBom = true;
        return out;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const QString name = bytes.startsWith("\xFF\xFE") ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        Result<QString> text = convertWithIcu(bytes.mid(2), name, fileName);
        if (!text)
            return text.error();
        out.text = std::move(text).value();
        out.encoding = name;
        out.hadBom = true;
        return out;
    }

    // Bytes that are valid UTF-8 are UTF-8: GBK text is almost never valid UTF-8, while the detector can
    // mistake short UTF-8 text for something else.
    if (firstInvalidUtf8(bytes) < 0) {
        out.text = QString::fromUtf8(bytes);
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }

    // Our files are Chinese tables: GB18030 (a superset of GBK and GB2312) gets a head start over the other
    // candidates of ICU's detector, and is tried even when the detector does not offer it. Single-byte
    // Western encodings decode any bytes and would only turn Chinese into mojibake, so they are not tried.
    // Each candidate is tried in turn; the first that decodes every byte is used.
    QList<Candidate> order;
    bool offersGb18030 = false;
    for (Candidate c : detectCharsets(bytes)) {
        if (c.name.startsWith(QStringLiteral("UTF-")) || c.name.startsWith(QStringLiteral("ISO-8859"))
            || c.name.startsWith(QStringLiteral("windows-")) || c.name.startsWith(QStringLiteral("IBM"))
            || c.name.startsWith(QStringLiteral("KOI8")))
            continue;
        const bool gb = c.name == QStringLiteral("GB18030");
        offersGb18030 = offersGb18030 || gb;
        const int score = c.confidence + (gb ? 20 : 0);
        qsizetype at = 0;
        while (at < order.size()
            && order.at(at).confidence + (order.at(at).name == QStringLiteral("GB18030") ? 20 : 0) >= score)
            ++at;
        order.insert(at, c);
    }
    if (!offersGb18030)
        order.append(Candidate { QStringLiteral("GB18030"), 0 });

    Error firstError;
    for (const Candidate& c : order) {
        Result<QString> text = convertWithIcu(bytes, c.name, fileName);
        if (text) {
            out.text = std::move(text).value();
            out.encoding = c.name;
            out.confidence = c.confidence;
            return out;
        }
        if (firstError.message.isEmpty())
            firstError = text.error();
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    return decodeError(fileName,
        Text::tr("无法识别文件编码：第 %1 字节（第 %2 行）起既不是有效的 UTF-8，也不是 GB18030/GBK（%3）。请在 "
                 "Excel/WPS 中另存为“CSV UTF-8”后再导入")
            .arg(bad + 1)
            .arg(lineOfOffset(bytes, bad))
            .arg(firstError.message));
}

Result<QByteArray> TextDecoder::readFile(const QString& path)
{
    QFile file(path);
    Error e;
    e.file = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        e.message = Text::tr("无法打开文件 %1：%2").arg(path, file.errorString());
        return e;
    }
    if (file.size() > InputLimits::maxTextFileBytes) {
        e.message = Text::tr("文件 %1 有 %2 MB，超过导入文件的上限 %3 MB")
                        .arg(path)
                        .arg(file.size() / (1024 * 1024))
                        .arg(InputLimits::maxTextFileBytes / (1024 * 1024));
        return e;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        e.message = Text::tr("无法读取文件 %1：%2").arg(path, file.errorString());
        return e;
    }
    return bytes;
}

} // namespace tp
