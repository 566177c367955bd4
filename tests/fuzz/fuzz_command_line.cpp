// libFuzzer target: salctl's command-line handling. The bytes are split into arguments at NUL bytes
// and parsed with the options of `salctl import`; every value is then read as an ISO 8601 time.

#include "FuzzInput.h"
#include "cli/CommandParser.h"
#include "sla/ManualClock.h"

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    QStringList args { QStringLiteral("salctl import") };
    for (const QByteArray &part : sal::fuzz::bytes(data, size).split('\0'))
        args << QString::fromUtf8(part);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const ManualClock clock(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()));
    CliContext context { out, err, clock };
    CommandParser parser(QStringLiteral("salctl import"), QStringLiteral("fuzz"));
    parser.addPositional(QStringLiteral("file"), QStringLiteral("file"));
    for (const char *flag : { "detect", "skip-bad" })
        parser.addOption(QLatin1String(flag), QStringLiteral("flag"));
    for (const char *option : { "mapping", "encoding", "team-store", "now", "since" })
        parser.addOption(QLatin1String(option), QStringLiteral("option"), QStringLiteral("VALUE"));
    if (parser.parse(args, context, {}, 1))
        return 0;
    for (const char *option : { "mapping", "encoding", "team-store", "now", "since" })
        (void)CommandParser::parseIsoTime(parser.value(QLatin1String(option)));
    return 0;
}
