// libFuzzer target: a calendar file, and when it is valid, SLA arithmetic over it (deadlines and
// remaining time across its weeks, holidays and DST changes must end, and agree with each other).

#include "FuzzInput.h"
#include "policy/CalendarFile.h"

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    const Result<QJsonObject> root
        = JsonReader::parse(sal::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!root)
        return 0;
    JsonReader reader(QStringLiteral("fuzz.json"));
    const BusinessCalendar calendar = CalendarFile::read(*root, QStringLiteral("fuzz"), reader);
    if (!reader.ok() || !calendar.isValid())
        return 0;
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-06T14:00:00Z"), Qt::ISODate);
    for (const qint64 hours : { 0, 4, 48 }) {
        const QDateTime deadline = calendar.addBusinessSeconds(start, hours * 3600);
        if (deadline.isValid() && calendar.businessSecondsBetween(start, deadline) != hours * 3600)
            __builtin_trap();
    }
    return 0;
}
