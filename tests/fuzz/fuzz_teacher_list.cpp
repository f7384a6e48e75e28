// libFuzzer: the teacher-list importer's parse step (TeacherListImporter::parse: header by names, cleaning,
// staff numbers, dates, duplicates).

#include "FuzzSupport.h"
#include "TeacherListImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    tp::fuzz::ensureApplication();
    (void)tp::TeacherListImporter::parse(
        tp::fuzz::bytes(data, size), QStringLiteral("fuzz.csv"), QStringLiteral("实验小学"));
    return 0;
}
