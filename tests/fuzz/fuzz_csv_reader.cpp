// libFuzzer: the CSV reader behind every import — decoding (UTF-8, GB18030, UTF-16, ICU's detector), the
// delimiter guess and RFC 4180 parsing with its limits. Never crashes, never runs out of memory; an error names
// a row and column inside the input.

#include "CsvReader.h"
#include "FuzzSupport.h"
#include "TextDecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    tp::fuzz::ensureApplication();
    auto decoded = tp::TextDecoder::decode(tp::fuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    if (!decoded)
        return 0;
    const QString& text = decoded->text;
    auto records = tp::CsvReader::parse(text, QStringLiteral("fuzz.csv"), tp::CsvReader::guessDelimiter(text));
    if (records) {
        for (const tp::CsvRecord& r : records.value())
            if (r.row < 1 || r.line < 1 || r.cells.size() > 256)
                std::abort();
    } else if (records.error().row < 1) {
        std::abort();
    }
    return 0;
}
