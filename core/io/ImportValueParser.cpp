#include "io/ImportValueParser.h"

#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace sal::core {

namespace {
bool set(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + (text.size() > 60 ? text.left(57) + QStringLiteral("...") : text)
        + QLatin1Char('"');
}
} // namespace

std::optional<QDateTime> ImportValueParser::dateTime(
    const QString &input, const QStringList &formats, const QTimeZone &zone, QString *why)
{
    const QString text = input.trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            parsed = date.startOfDay(zone);
    }
    for (qsizetype i = 0; !parsed.isValid() && i < formats.size(); ++i) {
        parsed = QDateTime::fromString(text, formats.at(i));
        if (!parsed.isValid()) {
            const QDate date = QDate::fromString(text, formats.at(i));
            if (date.isValid())
                parsed = date.startOfDay(zone);
        }
    }
    if (!parsed.isValid()) {
        set(why,
            formats.isEmpty() ? tr("%1 is not an ISO 8601 date or date-time").arg(quoted(text))
                              : tr("%1 is not an ISO 8601 date nor in any of: %2")
                                    .arg(quoted(text), formats.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    if (!parsed.isValid()) { // a wall-clock time skipped by a DST change
        set(why, tr("%1 does not exist in time zone %2").arg(quoted(text), QString::fromUtf8(zone.id())));
        return std::nullopt;
    }
    return parsed.toUTC();
}

std::optional<double> ImportValueParser::number(const QString &input, const NumberStyle &style, QString *why)
{
    QString text = input.trimmed();
    // Currency marks the exports put around amounts: "$1,200", "USD 1,200.00", "1.200 €".
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}\\s*|\\s*[A-Z]{3}$"));
    text.remove(currencyCode);
    static const QRegularExpression currencySign(QStringLiteral("[$€£¥]"));
    text.remove(currencySign);
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    // Spaces (also no-break and narrow no-break) group thousands in many locales.
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    QString integral = text;
    QString fraction;
    if (const qsizetype dot = text.indexOf(style.decimal); dot >= 0) {
        integral = text.left(dot);
        fraction = text.mid(dot + 1);
    }
    if (!style.thousands.isNull() && integral.contains(style.thousands)) {
        const QStringList groups = integral.split(style.thousands);
        bool grouped = !groups.first().isEmpty() && groups.first().size() <= 3;
        for (qsizetype i = 1; grouped && i < groups.size(); ++i)
            grouped = groups.at(i).size() == 3;
        if (!grouped) {
            set(why, tr("%1 has misplaced thousands separators").arg(quoted(input.trimmed())));
            return std::nullopt;
        }
        integral.remove(style.thousands);
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const bool integralOk = digits.match(integral).hasMatch();
    const bool fractionOk = fraction.isEmpty() || digits.match(fraction).hasMatch();
    if (!integralOk || !fractionOk || integral.size() > 18) {
        set(why, tr("%1 is not a number").arg(quoted(input.trimmed())));
        return std::nullopt;
    }
    const double value
        = (integral + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction)).toDouble();
    return negative ? -value : value;
}

std::optional<qint64> ImportValueParser::integer(
    const QString &text, const NumberStyle &style, qint64 min, qint64 max, QString *why)
{
    const std::optional<double> value = number(text, style, why);
    if (!value)
        return std::nullopt;
    if (std::floor(*value) != *value) {
        set(why, tr("%1 is not a whole number").arg(quoted(text.trimmed())));
        return std::nullopt;
    }
    if (*value < double(min) || *value > double(max)) {
        set(why, tr("%1 is out of range (%2 to %3)").arg(quoted(text.trimmed())).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(*value);
}

std::optional<bool> ImportValueParser::boolean(const QString &input, QString *why)
{
    const QString text = input.trimmed().toLower();
    static const QStringList yes { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("1") };
    static const QStringList no { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
        QStringLiteral("0") };
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    set(why, tr("%1 is not true/false or yes/no").arg(quoted(input.trimmed())));
    return std::nullopt;
}

std::optional<QString> ImportValueParser::domain(const QString &input, QString *why)
{
    QString text = input.trimmed().toLower();
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("http://"));
    const QUrl url(text, QUrl::StrictMode);
    QString host = url.host();
    if (host.startsWith(QStringLiteral("www.")))
        host = host.mid(4);
    static const QRegularExpression valid(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"));
    if (!url.isValid() || !valid.match(host).hasMatch()) {
        set(why, tr("%1 is not a web site or domain").arg(quoted(input.trimmed())));
        return std::nullopt;
    }
    return host;
}

std::optional<QString> ImportValueParser::email(const QString &input, QString *why)
{
    const QString text = input.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!valid.match(text).hasMatch()) {
        set(why, tr("%1 is not an email address").arg(quoted(text)));
        return std::nullopt;
    }
    return text;
}

} // namespace sal::core
