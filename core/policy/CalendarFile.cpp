#include "policy/CalendarFile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sal::core {

namespace {
const QStringList kDays { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                          QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };

// "09:30" → 570; "24:00" → 1440; anything else → -1.
int minuteOfDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-4]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return -1;
    const int minute = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return minute <= 1440 ? minute : -1;
}
} // namespace

QString CalendarFile::idFromFileName(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName();
}

Result<BusinessCalendar> CalendarFile::load(const QString &fileName)
{
    const Result<QJsonObject> root = JsonReader::parseFile(fileName);
    if (!root)
        return root.problems();
    JsonReader reader(fileName);
    BusinessCalendar calendar = read(*root, idFromFileName(fileName), reader);
    if (!reader.ok())
        return reader.problems();
    return calendar;
}

BusinessCalendar CalendarFile::read(const QJsonObject &root, const QString &id, JsonReader &reader)
{
    const QString top = QStringLiteral("$");
    reader.rejectUnknownKeys(root, top, { QStringLiteral("timezone"), QStringLiteral("hours"),
                                        QStringLiteral("holidays"), QStringLiteral("name") });

    QTimeZone zone;
    if (const auto tz = reader.string(root, top, QStringLiteral("timezone"), JsonReader::Need::Required)) {
        zone = QTimeZone(tz->toUtf8());
        if (!zone.isValid())
            reader.error(JsonReader::child(top, QStringLiteral("timezone")),
                         tr("\"%1\" is not an IANA time zone such as \"America/New_York\"").arg(*tz));
    }

    BusinessCalendar::Week week;
    const QString hoursPath = JsonReader::child(top, QStringLiteral("hours"));
    const QJsonObject hours = reader.object(root, top, QStringLiteral("hours"), JsonReader::Need::Required);
    reader.rejectUnknownKeys(hours, hoursPath, kDays);
    bool anyHours = false;
    for (qsizetype d = 0; d < kDays.size(); ++d) {
        const QString dayPath = JsonReader::child(hoursPath, kDays[d]);
        const QJsonArray intervals = reader.array(hours, hoursPath, kDays[d], JsonReader::Need::Optional);
        QList<WorkingInterval> day;
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const QString path = JsonReader::element(dayPath, i);
            const QJsonArray pair = intervals.at(i).toArray();
            const int from = pair.size() == 2 ? minuteOfDay(pair.at(0).toString()) : -1;
            const int to = pair.size() == 2 ? minuteOfDay(pair.at(1).toString()) : -1;
            if (from < 0 || to < 0) {
                reader.error(path, tr("must be a pair of times like [\"09:00\", \"17:00\"]"));
                continue;
            }
            if (from >= to) {
                reader.error(path, tr("starts at or after its end"));
                continue;
            }
            for (const WorkingInterval &other : day) {
                if (from < other.endMinute && other.startMinute < to)
                    reader.error(path, tr("overlaps another interval of the same day"));
            }
            day << WorkingInterval { from, to };
        }
        anyHours = anyHours || !day.isEmpty();
        week[std::size_t(d)] = day;
    }
    // `"hours": {}` has no working time either; only a missing or mistyped "hours" is already reported.
    if (root.value(QStringLiteral("hours")).isObject() && !anyHours)
        reader.error(hoursPath, tr("has no working time at all: no deadline could ever be met"));

    QSet<QDate> holidays;
    const QString holidaysPath = JsonReader::child(top, QStringLiteral("holidays"));
    const QJsonArray list = reader.array(root, top, QStringLiteral("holidays"), JsonReader::Need::Optional);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDate date = QDate::fromString(list.at(i).toString(), Qt::ISODate);
        if (!date.isValid())
            reader.error(JsonReader::element(holidaysPath, i), tr("must be a date like \"2026-11-26\""));
        else
            holidays.insert(date);
    }
    return BusinessCalendar(id, zone, week, holidays);
}

} // namespace sal::core
