// libFuzzer target: JSON Lines of our lead schema, line by line through the validating reader.

#include "FuzzInput.h"
#include "io/JsonLinesLeadSource.h"

#include <QBuffer>

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    QBuffer buffer;
    buffer.setData(sal::fuzz::bytes(data, size));
    buffer.open(QIODevice::ReadOnly);
    JsonLinesLeadSource source(buffer, QStringLiteral("fuzz.jsonl"));
    ImportRecord record;
    while (source.next(record))
        (void)source.rejectedRow(record, record.problems);
    return 0;
}
