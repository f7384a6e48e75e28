// libFuzzer: the plan importer's parse step (PlanTableImporter) on CSV bytes, or on the first sheet of XLSX bytes
// (input starting with "PK"): header detection, cleaning, 合计 row, notes, findings.

#include "FuzzSupport.h"
#include "PlanTableImporter.h"
#include "XlsxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    tp::fuzz::ensureApplication();
    const QByteArray input = tp::fuzz::bytes(data, size);
    if (input.startsWith("PK")) {
        auto sheet = tp::XlsxReader::readSheetData(input, QStringLiteral("fuzz.xlsx"));
        if (sheet)
            (void)tp::PlanTableImporter::importRecords(sheet->records, QStringLiteral("fuzz.xlsx"));
        return 0;
    }
    (void)tp::PlanTableImporter::importBytes(input, QStringLiteral("fuzz.csv"));
    return 0;
}
