#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace sal::core {

// Turns the text of one CRM export cell into a typed value, the way the exports write them: ISO 8601
// and the exports' own date formats, numbers with thousands separators and currency marks,
// yes/no flags, web sites reduced to a company domain. On failure `why` says what is wrong in words a
// user can act on ("\"31/02/2026\" is not a date in any of: yyyy-MM-dd, M/d/yyyy").
class ImportValueParser
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ImportValueParser)

public:
    struct NumberStyle
    {
        QChar decimal = QLatin1Char('.');
        QChar thousands = QLatin1Char(','); // null: none allowed
    };

    // ISO 8601 first (with an offset or Z taken as given), then each of `formats` (Qt date-time
    // format strings; date-only formats mean the start of that day). A time without an offset is
    // read in `zone`. The result is UTC.
    static std::optional<QDateTime> dateTime(
        const QString &text, const QStringList &formats, const QTimeZone &zone, QString *why);
    static std::optional<double> number(const QString &text, const NumberStyle &style, QString *why);
    // A whole number in [min, max]; "1,200.00" is 1200, "1,200.5" is refused.
    static std::optional<qint64> integer(
        const QString &text, const NumberStyle &style, qint64 min, qint64 max, QString *why);
    static std::optional<bool> boolean(const QString &text, QString *why);
    // "https://www.Example.com/pricing" → "example.com".
    static std::optional<QString> domain(const QString &text, QString *why);
    // A plausible address: one @, a local part, a dotted domain, no spaces. Lower-cases nothing.
    static std::optional<QString> email(const QString &text, QString *why);
};

} // namespace sal::core
