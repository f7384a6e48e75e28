#pragma once

// Writing a PDF (QPdfWriter, fonts embedded as subsets) atomically, with the text extractable as written.

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace tp::report {

// Renders through `paint` onto a QPdfWriter (1200 dpi) into memory, repairs the text mapping (below), and
// writes `path` atomically (AtomicFile: every write and the rename checked): on failure, a full disk included,
// the old file stays as it was and the error names the path.
Status writePdfFile(
    const QString& path, const QString& documentTitle, const std::function<Status(QPagedPaintDevice*)>& paint);

// Qt 6.4's PDF font subsets map each glyph back to the FIRST code point that uses it (QFontSubset::
// getReverseMap). CJK fonts draw a Kangxi radical (U+2F00–U+2FD5) and its ideograph with the same glyph, and
// the radicals come first, so copying "项目" out of the PDF gave "项⽬" (U+2F6C) and a search for 目, 一, 人,
// 小, 高 … found nothing. This rewrites each such target in the ToUnicode CMaps to its NFKC form (⽬ → 目).
// The CMaps are uncompressed and every code stays four hex digits, so no byte offset in the file moves.
// Returns the number of targets rewritten.
int fixPdfToUnicode(QByteArray& pdf);

} // namespace tp::report
