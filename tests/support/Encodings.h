#pragma once

// Files as schools send them: the bytes Excel and WPS write on a Chinese Windows (GB18030), or UTF-8 with the BOM
// Excel adds.

#include <QByteArray>
#include <QString>

namespace tp::test {

// `text` in GB18030, converted with ICU (as TextDecoder reads it back).
QByteArray gb18030(const QString& text);
QByteArray utf8WithBom(const QString& text);

} // namespace tp::test
