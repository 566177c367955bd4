#include "io/MappingProfileFile.h"

#include "policy/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace sal::core {

namespace {
const QString kRoot = QStringLiteral("$");

// A one-character setting ("delimiter", "decimal_separator"); `allowEmpty` lets "" mean none.
std::optional<QChar> oneCharacter(
    JsonReader &reader, const QJsonObject &o, const QString &key, QChar fallback, bool allowEmpty)
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().size() > 1 || (!allowEmpty && v.toString().isEmpty())) {
        reader.error(JsonReader::child(kRoot, key),
            allowEmpty ? MappingProfileFile::tr("must be one character, or \"\" for none")
                       : MappingProfileFile::tr("must be one character"));
        return std::nullopt;
    }
    return v.toString().isEmpty() ? QChar() : v.toString().at(0);
}

void readColumns(JsonReader &reader, const QJsonObject &o, MappingProfile &profile)
{
    const QJsonObject columns
        = reader.object(o, kRoot, QStringLiteral("columns"), JsonReader::Need::Optional);
    const QString path = JsonReader::child(kRoot, QStringLiteral("columns"));
    const QStringList fields = ImportField::names();
    QSet<QString> seen;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const QString where = JsonReader::child(path, it.key());
        if (it.key().trimmed().isEmpty())
            reader.error(where, MappingProfileFile::tr("a column name must not be empty"));
        if (!it.value().isString() || !fields.contains(it.value().toString())) {
            reader.error(where,
                MappingProfileFile::tr("must name a lead field, one of: %1")
                    .arg(fields.join(QStringLiteral(", "))));
            continue;
        }
        const QString folded = it.key().trimmed().toCaseFolded();
        if (seen.contains(folded))
            reader.error(
                where, MappingProfileFile::tr("is mapped twice (column names are matched ignoring case)"));
        seen.insert(folded);
        profile.columns.append({ it.key().trimmed(), it.value().toString() });
    }
    if (profile.format == MappingProfile::Format::Csv && columns.isEmpty())
        reader.error(path, MappingProfileFile::tr("a CSV profile needs at least one column"));
}

void readValues(JsonReader &reader, const QJsonObject &o, MappingProfile &profile)
{
    const QJsonObject values = reader.object(o, kRoot, QStringLiteral("values"), JsonReader::Need::Optional);
    const QString path = JsonReader::child(kRoot, QStringLiteral("values"));
    const QStringList fields = ImportField::names();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString where = JsonReader::child(path, it.key());
        if (!fields.contains(it.key())) {
            reader.error(where,
                MappingProfileFile::tr("is not a lead field (known: %1)")
                    .arg(fields.join(QStringLiteral(", "))));
            continue;
        }
        if (!it.value().isObject()) {
            reader.error(where, MappingProfileFile::tr("must be an object of CRM value → our value"));
            continue;
        }
        QHash<QString, QString> table;
        const QJsonObject map = it.value().toObject();
        for (auto v = map.constBegin(); v != map.constEnd(); ++v) {
            if (!v.value().isString())
                reader.error(JsonReader::child(where, v.key()), MappingProfileFile::tr("must be a string"));
            else
                table.insert(v.key().trimmed().toCaseFolded(), v.value().toString());
        }
        profile.values.insert(it.key(), table);
    }
}
} // namespace

Result<MappingProfile> MappingProfileFile::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Problem::at(fileName, {}, tr("cannot be read: %1").arg(file.errorString()));
    // A profile is a small file; anything large is not one.
    if (file.size() > 1024 * 1024)
        return Problem::at(fileName, {}, tr("is larger than 1 MiB: not a mapping profile"));
    return parse(file.readAll(), fileName);
}

Result<MappingProfile> MappingProfileFile::parse(const QByteArray &bytes, const QString &fileName)
{
    const Result<QJsonObject> json = JsonReader::parse(bytes, fileName);
    if (!json)
        return json.problems();
    const QJsonObject &o = *json;
    JsonReader reader(fileName);
    reader.rejectUnknownKeys(o, kRoot,
        { QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("description"),
            QStringLiteral("format"), QStringLiteral("delimiter"), QStringLiteral("timezone"),
            QStringLiteral("date_formats"), QStringLiteral("decimal_separator"),
            QStringLiteral("thousands_separator"), QStringLiteral("columns"), QStringLiteral("ignore"),
            QStringLiteral("values"), QStringLiteral("required") });
    MappingProfile profile;
    profile.fileName = fileName;
    profile.id
        = reader.string(o, kRoot, QStringLiteral("id"), JsonReader::Need::Required).value_or(QString());
    profile.label
        = reader.string(o, kRoot, QStringLiteral("label"), JsonReader::Need::Optional).value_or(profile.id);
    (void)reader.string(o, kRoot, QStringLiteral("description"), JsonReader::Need::Optional);

    const QString format = reader.string(o, kRoot, QStringLiteral("format"), JsonReader::Need::Optional)
                               .value_or(QStringLiteral("csv"));
    if (format == QLatin1String("jsonl"))
        profile.format = MappingProfile::Format::JsonLines;
    else if (format != QLatin1String("csv"))
        reader.error(JsonReader::child(kRoot, QStringLiteral("format")), tr("must be \"csv\" or \"jsonl\""));

    if (const auto d = oneCharacter(reader, o, QStringLiteral("delimiter"), QLatin1Char(','), false)) {
        if (d->unicode() > 0x7E || *d == QLatin1Char('"') || *d == QLatin1Char('\r')
            || *d == QLatin1Char('\n'))
            reader.error(JsonReader::child(kRoot, QStringLiteral("delimiter")),
                tr("must be a printable ASCII character other than a quote"));
        else
            profile.delimiter = char(d->unicode());
    }
    if (const auto d = oneCharacter(reader, o, QStringLiteral("decimal_separator"), QLatin1Char('.'), false))
        profile.settings.numbers.decimal = *d;
    if (const auto t = oneCharacter(reader, o, QStringLiteral("thousands_separator"), QLatin1Char(','), true))
        profile.settings.numbers.thousands = *t;
    if (profile.settings.numbers.decimal == profile.settings.numbers.thousands
        || profile.settings.numbers.decimal.isDigit() || profile.settings.numbers.thousands.isDigit())
        reader.error(JsonReader::child(kRoot, QStringLiteral("thousands_separator")),
            tr("the decimal and thousands separators must differ and not be digits"));

    if (const auto zone = reader.string(o, kRoot, QStringLiteral("timezone"), JsonReader::Need::Optional)) {
        const QTimeZone tz(zone->toUtf8());
        if (!tz.isValid())
            reader.error(JsonReader::child(kRoot, QStringLiteral("timezone")),
                tr("\"%1\" is not an IANA time zone").arg(*zone));
        else
            profile.settings.zone = tz;
    }
    profile.settings.dateFormats = reader.stringList(o, kRoot, QStringLiteral("date_formats"));
    readColumns(reader, o, profile);
    profile.ignored = reader.stringList(o, kRoot, QStringLiteral("ignore"));
    readValues(reader, o, profile);
    const QStringList required = reader.stringList(o, kRoot, QStringLiteral("required"));
    const QStringList fields = ImportField::names();
    for (qsizetype i = 0; i < required.size(); ++i) {
        if (!fields.contains(required.at(i)))
            reader.error(JsonReader::element(JsonReader::child(kRoot, QStringLiteral("required")), i),
                tr("\"%1\" is not a lead field").arg(required.at(i)));
    }
    profile.required = required;
    if (!reader.ok())
        return reader.problems();
    return profile;
}

Result<QList<MappingProfile>> MappingProfileFile::builtIns()
{
    QList<MappingProfile> profiles;
    Problems problems;
    const QDir dir(QStringLiteral(":/import"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        Result<MappingProfile> p = load(dir.filePath(name));
        if (p)
            profiles << *p;
        else
            problems << p.problems();
    }
    if (!problems.isEmpty())
        return problems;
    return profiles;
}

} // namespace sal::core
