// libFuzzer target: the CSV reader in both encodings, then the same bytes as a HubSpot export read
// through its mapping profile (header, cells, value parsing).

#include "FuzzInput.h"
#include "io/CsvLeadSource.h"
#include "io/CsvReader.h"
#include "io/MappingProfileFile.h"

#include <QBuffer>

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    const QByteArray input = sal::fuzz::bytes(data, size);
    for (const TextEncoding encoding : { TextEncoding::Utf8, TextEncoding::Windows1252 }) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, QStringLiteral("fuzz.csv"), encoding);
        CsvRecord record;
        qint64 lastLine = 0;
        while (reader.next(record)) {
            // Records come in file order and the reader never runs past its input.
            if (record.line < lastLine || reader.bytesRead() > input.size())
                __builtin_trap();
            lastLine = record.line;
        }
    }
    static const QList<MappingProfile> profiles = MappingProfileFile::builtIns().value_or({});
    for (const MappingProfile &profile : profiles) {
        if (profile.format != MappingProfile::Format::Csv)
            continue;
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvLeadSource source(buffer, QStringLiteral("fuzz.csv"), profile);
        if (!source.start())
            continue;
        ImportRecord record;
        while (source.next(record))
            (void)source.rejectedRow(record, record.problems);
    }
    return 0;
}
