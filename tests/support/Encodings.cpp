#include "Encodings.h"

#include <unicode/ucnv.h>

namespace tp::test {

QByteArray gb18030(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray utf8 = text.toUtf8();
    QByteArray out(utf8.size() * 4 + 16, '\0');
    const int32_t n = ucnv_convert(
        "GB18030", "UTF-8", out.data(), int32_t(out.size()), utf8.constData(), int32_t(utf8.size()), &status);
    if (U_FAILURE(status))
        return QByteArray();
    out.resize(n);
    return out;
}

QByteArray utf8WithBom(const QString& text)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace tp::test
