#include "InputSanitizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace tp {

namespace {

// Characters nobody types on purpose and nobody sees: they make "杜文" and "杜\u200B文" two different
// names. Removed, with a finding.
bool isInvisible(char32_t c)
{
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x034F: // combining grapheme joiner
    case 0x061C: // Arabic letter mark
    case 0x115F: // Hangul choseong filler
    case 0x1160: // Hangul jungseong filler
    case 0x180E: // Mongolian vowel separator
    case 0x200B: // zero width space
    case 0x200C: // zero width non-joiner
    case 0x200D: // zero width joiner
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x2060: // word joiner
    case 0x2061:
    case 0x2062:
    case 0x2063:
    case 0x2064:
    case 0x3164: // Hangul filler
    case 0xFEFF: // BOM / zero width no-break space
    case 0xFFA0: // half-width Hangul filler
        return true;
    default:
        break;
    }
    return (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidi isolates
        || (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
        || (c >= 0xE0000 && c <= 0xE007F); // tag characters
}

// Characters that are never text: NUL, ESC and the other C0/C1 controls, DEL, the line/paragraph separators,
// non-characters. A cell holding one is refused (and echoing it raw would drive the terminal).
bool isControl(char32_t c, TextShape shape)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return shape == TextShape::Line;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c == 0x2028 || c == 0x2029)
        return true;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return true;
    return false;
}

QString codePointName(char32_t c)
{
    switch (c) {
    case 0x0000:
        return InputSanitizer::tr("空字符 NUL");
    case 0x0009:
        return InputSanitizer::tr("制表符");
    case 0x000A:
    case 0x000D:
        return InputSanitizer::tr("换行");
    case 0x001B:
        return InputSanitizer::tr("转义字符 ESC");
    case 0x007F:
        return InputSanitizer::tr("删除字符 DEL");
    case 0x00AD:
        return InputSanitizer::tr("软连字符");
    case 0x200B:
        return InputSanitizer::tr("零宽空格");
    case 0x200C:
    case 0x200D:
        return InputSanitizer::tr("零宽连接符");
    case 0x2060:
        return InputSanitizer::tr("零宽不换行");
    case 0xFEFF:
        return InputSanitizer::tr("字节顺序标记 BOM");
    case 0x2028:
    case 0x2029:
        return InputSanitizer::tr("行/段分隔符");
    default:
        break;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F)
        return InputSanitizer::tr("文字方向控制符");
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return InputSanitizer::tr("控制字符");
    if (c >= 0xD800 && c <= 0xDFFF)
        return InputSanitizer::tr("不成对的代理项");
    return InputSanitizer::tr("不可见字符");
}

QString hex(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

bool CleanText::refused() const
{
    for (const TextProblem& p : problems)
        if (p.refused)
            return true;
    return false;
}

QString CleanText::describe() const
{
    QStringList parts;
    for (const TextProblem& p : problems)
        if (!parts.contains(p.message))
            parts << p.message;
    return parts.join(InputSanitizer::tr("；"));
}

QString InputSanitizer::describeCodePoint(char32_t c)
{
    return tr("%1（%2）").arg(hex(c), codePointName(c));
}

CleanText InputSanitizer::clean(const QString& text, TextShape shape)
{
    CleanText out;
    // Fast path: printable ASCII (and tab/line breaks in a block) needs nothing but trimming. So do CJK ideographs
    // (U+3400–U+4DBF, U+4E00–U+9FFF: neither controls nor invisible, and NFC leaves them as they are: no
    // decomposition, never composed) and the full-width ASCII forms (U+FF01–U+FF5E: compatibility mappings only,
    // which NFC does not apply) — the cells of a Chinese list, most of a 100,000-row import (issue 16).
    bool plain = true;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x7F) {
            if (u < 0x20 && (shape == TextShape::Line || (u != u'\t' && u != u'\n' && u != u'\r'))) {
                plain = false;
                break;
            }
            continue;
        }
        if ((u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF5E))
            continue;
        plain = false;
        break;
    }
    if (plain) {
        out.text = text.trimmed();
    } else {
        QString kept;
        kept.reserve(text.size());
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar ch = text.at(i);
            char32_t c = ch.unicode();
            if (ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(ch, text.at(i + 1));
                ++i;
            } else if (ch.isSurrogate()) {
                out.problems << TextProblem { c, true, tr("含有 %1，已拒绝").arg(describeCodePoint(c)) };
                out.changed = true;
                continue;
            }
            if (isControl(c, shape)) {
                out.problems << TextProblem { c, true, tr("含有 %1，已拒绝").arg(describeCodePoint(c)) };
                out.changed = true;
                continue;
            }
            if (isInvisible(c)) {
                out.problems << TextProblem { c, false, tr("%1 已删除").arg(describeCodePoint(c)) };
                out.changed = true;
                continue;
            }
            if (c > 0xFFFF) {
                const char32_t pair[] = { c };
                kept += QString::fromUcs4(pair, 1);
            } else {
                kept += QChar(char16_t(c));
            }
        }
        // Combining sequences in their composed form, so "é" typed two ways is one name.
        const QString nfc = kept.normalized(QString::NormalizationForm_C);
        if (nfc != kept)
            out.changed = true;
        out.text = nfc.trimmed();
    }
    if (out.text.size() > InputLimits::maxCellChars) {
        out.problems << TextProblem {
            0, true,
            tr("内容超过 %1 个字符（有 %2 个），一个单元格放不下").arg(InputLimits::maxCellChars).arg(out.text.size())
        };
        out.text.truncate(InputLimits::maxCellChars);
    }
    return out;
}

QString InputSanitizer::printable(const QString& text, int maxChars)
{
    QString out;
    int shown = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (shown >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        const QChar ch = text.at(i);
        char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(i + 1);
            ++i;
            ++shown;
            continue;
        }
        if (ch.isSurrogate() || isInvisible(c) || isControl(c, TextShape::Line))
            out += QLatin1Char('<') + hex(c) + QLatin1Char('>');
        else
            out += ch;
        ++shown;
    }
    return out;
}

// --- numbers -------------------------------------------------------------------------------------

NumberBounds NumberInput::bounds(NumberField field)
{
    switch (field) {
    case NumberField::Credits:
        return { 0, 500, false };
    case NumberField::Hours:
        return { 0, 5000, false };
    case NumberField::SessionHours:
        return { 0, 24, false };
    case NumberField::Days:
        return { 0, 366, false };
    case NumberField::Headcount:
        return { 0, 1000000, true };
    case NumberField::Session:
        return { 1, 12, true };
    case NumberField::Year:
        return { 1949, 2200, true };
    }
    return { 0, 0, false };
}

QString NumberInput::label(NumberField field)
{
    switch (field) {
    case NumberField::Credits:
        return tr("学分");
    case NumberField::Hours:
    case NumberField::SessionHours:
        return tr("学时");
    case NumberField::Days:
        return tr("培训天数");
    case NumberField::Headcount:
        return tr("人数");
    case NumberField::Session:
        return tr("场次");
    case NumberField::Year:
        return tr("年度");
    }
    return QString();
}

namespace {
QString boundsText(const NumberBounds& b)
{
    const auto number
        = [](double v) { return v == std::floor(v) ? QString::number(qint64(v)) : QString::number(v, 'g', 10); };
    return NumberInput::tr("%1 到 %2 之间的%3")
        .arg(number(b.min), number(b.max), b.integer ? NumberInput::tr("整数") : NumberInput::tr("数"));
}
} // namespace

Status NumberInput::check(double value, NumberField field)
{
    const NumberBounds b = bounds(field);
    if (std::isfinite(value) && value >= b.min && value <= b.max && (!b.integer || value == std::floor(value)))
        return success(); // the usual case, without building the error's text (called per line of an import)
    Error e;
    e.value = QString::number(value, 'g', 17);
    if (!std::isfinite(value)) {
        e.message = tr("%1「%2」不是有限的数；应为 %3").arg(label(field), e.value, boundsText(b));
        return e;
    }
    if (value < b.min || value > b.max || (b.integer && value != std::floor(value))) {
        e.message = tr("%1 %2 超出合理范围；应为 %3").arg(label(field), e.value, boundsText(b));
        return e;
    }
    return success();
}

Result<double> NumberInput::parse(const QString& raw, NumberField field)
{
    // Fast path: up to 12 ASCII digits, no sign, no point (every amount of a generated 100,000-row file): the
    // value at once, the same bounds (issue 16). Anything else takes the full way below.
    if (!raw.isEmpty() && raw.size() <= 12) {
        qint64 whole = 0;
        bool digits = true;
        for (QChar c : raw) {
            const char16_t u = c.unicode();
            if (u < u'0' || u > u'9') {
                digits = false;
                break;
            }
            whole = whole * 10 + (u - u'0');
        }
        if (digits && check(double(whole), field))
            return double(whole);
    }
    QString text = raw;
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0E)
            c = QLatin1Char('.');
        else if (u == 0xFF0D)
            c = QLatin1Char('-');
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    text = text.trimmed();
    const NumberBounds b = bounds(field);
    static const QRegularExpression plain(QStringLiteral("^[+-]?(?:\\d{1,12}(?:\\.\\d{0,12})?|\\.\\d{1,12})$"));
    Error e;
    e.value = InputSanitizer::printable(raw, 40);
    if (!plain.match(text).hasMatch()) {
        e.message = tr("%1「%2」不是数；应为 %3").arg(label(field), e.value, boundsText(b));
        return e;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok) {
        e.message = tr("%1「%2」不是数；应为 %3").arg(label(field), e.value, boundsText(b));
        return e;
    }
    if (Status s = check(v, field); !s) {
        e.message = tr("%1「%2」超出合理范围；应为 %3").arg(label(field), e.value, boundsText(b));
        return e;
    }
    return v;
}

// --- dates ---------------------------------------------------------------------------------------

QDate DateInput::earliest()
{
    return QDate(1949, 1, 1);
}

QDate DateInput::latest()
{
    return QDate(2200, 12, 31);
}

Status DateInput::check(QDate date, QDate from, QDate to)
{
    if (!date.isValid())
        return Error(tr("不是有效的日期"));
    const QDate lo = from.isValid() ? std::max(from, earliest()) : earliest();
    const QDate hi = to.isValid() ? std::min(to, latest()) : latest();
    if (date < lo || date > hi) {
        Error e(tr("日期 %1 不在 %2 到 %3 之间")
                    .arg(date.toString(Qt::ISODate), lo.toString(Qt::ISODate), hi.toString(Qt::ISODate)));
        e.value = date.toString(Qt::ISODate);
        return e;
    }
    return success();
}

} // namespace tp
