#pragma once

// Turning the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 with BOM, and what Excel/WPS
// on a Chinese Windows save as "CSV" — GB18030/GBK — recognised with ICU's charset detector and converted
// with ICU. Says which encoding was used, so the user can see it.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace tp {

struct DecodedText {
    QString text; // without the BOM
    QString encoding; // "UTF-8", "GB18030", "UTF-16LE", ... (ICU's canonical names)
    bool hadBom = false;
    int confidence = 100; // ICU's confidence (0..100) when detected, 100 when certain (BOM, valid UTF-8)
};

class TextDecoder {
public:
    // Decode `bytes`. With `encoding` empty the encoding is detected: a BOM decides; bytes that are valid
    // UTF-8 are UTF-8; otherwise ICU's detector chooses (GB18030 preferred among the candidates it
    // offers, since the files are Chinese tables). A given `encoding` (an ICU converter name such as
    // "GBK") is used as is. Bytes that the chosen encoding cannot decode give an error with the offset and
    // line of the first bad byte.
    static Result<DecodedText> decode(
        const QByteArray& bytes, const QString& fileName = {}, const QString& encoding = {});

    // The bytes of a file to import, refused (with the size) beyond InputLimits::maxTextFileBytes before it is
    // read. The Error names the file.
    static Result<QByteArray> readFile(const QString& path);

    // Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. Returns the offset of the
    // first invalid byte, or -1 when all bytes are valid.
    static qsizetype firstInvalidUtf8(const QByteArray& bytes);
};

} // namespace tp
