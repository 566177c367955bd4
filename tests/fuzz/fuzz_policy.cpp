// libFuzzer target: a policy file read as each kind (reasons, SLA, ICP, checklist).

#include "FuzzInput.h"
#include "policy/ChecklistFile.h"
#include "policy/IcpFile.h"
#include "policy/ReasonTaxonomyFile.h"
#include "policy/SlaPolicyFile.h"

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    const Result<QJsonObject> root
        = JsonReader::parse(sal::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!root)
        return 0;
    {
        JsonReader reader(QStringLiteral("reasons.json"));
        (void)ReasonTaxonomyFile::read(*root, reader);
    }
    {
        JsonReader reader(QStringLiteral("sla.json"));
        (void)SlaPolicyFile::read(*root, reader);
    }
    {
        JsonReader reader(QStringLiteral("icp.json"));
        (void)IcpFile::read(*root, reader);
    }
    {
        JsonReader reader(QStringLiteral("checklist.json"));
        (void)ChecklistFile::read(*root, reader);
    }
    return 0;
}
