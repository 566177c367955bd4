// libFuzzer target: one cell as every kind of value an import parses (dates in the exports' formats,
// grouped numbers, flags, domains, emails).

#include "FuzzInput.h"
#include "io/ImportValueParser.h"

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(sal::fuzz::bytes(data, size));
    static const QStringList formats { QStringLiteral("M/d/yyyy, h:mm AP"),
        QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("M/d/yyyy") };
    static const QTimeZone zone("America/New_York");
    QString why;
    if (const auto t = ImportValueParser::dateTime(text, formats, zone, &why); t && !t->isValid())
        __builtin_trap();
    (void)ImportValueParser::number(text, {}, &why);
    (void)ImportValueParser::number(text, { QLatin1Char(','), QLatin1Char('.') }, &why);
    (void)ImportValueParser::integer(text, {}, 0, 1000000, &why);
    (void)ImportValueParser::boolean(text, &why);
    (void)ImportValueParser::domain(text, &why);
    (void)ImportValueParser::email(text, &why);
    return 0;
}
