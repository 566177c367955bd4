// libFuzzer target: a user's mapping profile, and when it loads, a header detected against it.

#include "FuzzInput.h"
#include "io/MappingProfileFile.h"
#include "io/ProfileDetector.h"

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    const Result<MappingProfile> profile
        = MappingProfileFile::parse(sal::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!profile)
        return 0;
    QStringList header;
    for (const auto &[column, field] : profile->columns)
        header << column;
    (void)ProfileDetector::rank(header << QStringLiteral("Other"), { *profile });
    for (const auto &[field, table] : profile->values.asKeyValueRange())
        (void)profile->translate(field, QStringLiteral("value"));
    return 0;
}
