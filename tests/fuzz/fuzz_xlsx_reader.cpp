// libFuzzer: the XLSX reader (its own ZIP reader over zlib, QXmlStreamReader) on any bytes — a workbook's limits
// hold before anything is allocated.

#include "FuzzSupport.h"
#include "XlsxReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    tp::fuzz::ensureApplication();
    auto sheet = tp::XlsxReader::readSheetData(tp::fuzz::bytes(data, size), QStringLiteral("fuzz.xlsx"));
    if (sheet)
        for (const tp::CsvRecord& r : sheet->records)
            if (r.cells.size() > 256)
                std::abort();
    return 0;
}
