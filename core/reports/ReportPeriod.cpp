#include "reports/ReportPeriod.h"

namespace sal::core {

namespace {
QDateTime localMidnight(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}
} // namespace

ReportPeriod::ReportPeriod(QDateTime startUtc, QDateTime endUtc, QString label)
    : m_start(std::move(startUtc))
    , m_end(std::move(endUtc))
    , m_label(std::move(label))
{ }

ReportPeriod ReportPeriod::preset(Preset preset, const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDate today = nowUtc.toTimeZone(zone).date();
    QDate first = weekStart(today);
    QString label = tr("this week");
    if (preset == Preset::LastFourWeeks) {
        first = first.addDays(-21);
        label = tr("last 4 weeks");
    } else if (preset == Preset::Quarter) {
        first = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        label = tr("this quarter");
    }
    // The period ends now: the rest of it has not happened. A moment past now keeps "now" inside.
    return ReportPeriod(localMidnight(first, zone), nowUtc.addSecs(1), label);
}

ReportPeriod ReportPeriod::days(const QDate &first, const QDate &last, const QTimeZone &zone)
{
    return ReportPeriod(localMidnight(first, zone), localMidnight(last.addDays(1), zone),
        tr("%1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
}

Result<ReportPeriod> ReportPeriod::parse(
    const QString &text, const QDateTime &nowUtc, const QTimeZone &zone, const QString &option)
{
    if (text == QLatin1String("this-week"))
        return preset(Preset::ThisWeek, nowUtc, zone);
    if (text == QLatin1String("last-4-weeks"))
        return preset(Preset::LastFourWeeks, nowUtc, zone);
    if (text == QLatin1String("quarter"))
        return preset(Preset::Quarter, nowUtc, zone);
    const QStringList parts = text.split(QStringLiteral(".."));
    const auto bad = [&](const QString &why) { return Problem::forField(option, why); };
    if (parts.size() != 2)
        return bad(tr("\"%1\" is not this-week, last-4-weeks, quarter or FROM..TO").arg(text));
    const QDate firstDay = QDate::fromString(parts.at(0), Qt::ISODate);
    const QDate lastDay = QDate::fromString(parts.at(1), Qt::ISODate);
    ReportPeriod period;
    if (firstDay.isValid() && lastDay.isValid()) {
        period = days(firstDay, lastDay, zone);
    } else {
        QDateTime from = QDateTime::fromString(parts.at(0), Qt::ISODate);
        QDateTime to = QDateTime::fromString(parts.at(1), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return bad(
                tr("\"%1\": FROM and TO must both be dates (YYYY-MM-DD) or ISO 8601 date-times").arg(text));
        if (from.timeSpec() == Qt::LocalTime)
            from = QDateTime(from.date(), from.time(), zone);
        if (to.timeSpec() == Qt::LocalTime)
            to = QDateTime(to.date(), to.time(), zone);
        period = ReportPeriod(from.toUTC(), to.toUTC(), text);
    }
    if (!period.isValid())
        return bad(tr("\"%1\": FROM must come before TO").arg(text));
    return period;
}

} // namespace sal::core
