#include "policy/JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace sal::core {

JsonReader::JsonReader(QString fileName)
    : m_fileName(std::move(fileName))
{
}

Result<QJsonObject> JsonReader::parseFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Problem::at(fileName, {}, tr("cannot be read: %1").arg(file.errorString()));
    return parse(file.readAll(), fileName);
}

Result<QJsonObject> JsonReader::parse(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        Problem p = Problem::at(fileName, {}, tr("column %1: invalid JSON: %2").arg(column).arg(error.errorString()));
        p.line = line;
        return p;
    }
    if (!doc.isObject())
        return Problem::at(fileName, QStringLiteral("$"), tr("the file must hold a JSON object"));
    return doc.object();
}

void JsonReader::error(const QString &path, const QString &message)
{
    m_problems << Problem::at(m_fileName, path, message);
}

bool JsonReader::present(const QJsonObject &o, const QString &path, const QString &key, Need need)
{
    if (o.contains(key) && !o.value(key).isNull())
        return true;
    if (need == Need::Required)
        error(child(path, key), tr("is required"));
    return false;
}

std::optional<QString> JsonReader::string(const QJsonObject &o, const QString &path, const QString &key, Need need)
{
    if (!present(o, path, key, need))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isString() || (need == Need::Required && v.toString().trimmed().isEmpty())) {
        error(child(path, key), tr("must be a non-empty string"));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<double> JsonReader::number(const QJsonObject &o, const QString &path, const QString &key, Need need,
                                         double min, double max)
{
    if (!present(o, path, key, need))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        error(child(path, key), tr("must be a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        error(child(path, key), tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(d));
        return std::nullopt;
    }
    return d;
}

std::optional<int> JsonReader::integer(const QJsonObject &o, const QString &path, const QString &key, Need need,
                                       int min, int max)
{
    const std::optional<double> d = number(o, path, key, need, min, max);
    if (!d)
        return std::nullopt;
    if (std::floor(*d) != *d) {
        error(child(path, key), tr("must be a whole number, not %1").arg(*d));
        return std::nullopt;
    }
    return int(*d);
}

bool JsonReader::boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
{
    if (!present(o, path, key, Need::Optional))
        return fallback;
    const QJsonValue v = o.value(key);
    if (!v.isBool()) {
        error(child(path, key), tr("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &path, const QString &key, Need need)
{
    if (!present(o, path, key, need))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        error(child(path, key), tr("must be a list"));
        return {};
    }
    return v.toArray();
}

QList<std::pair<QString, QJsonObject>> JsonReader::objectList(const QJsonObject &o, const QString &path,
                                                              const QString &key, Need need)
{
    const QJsonArray list = array(o, path, key, need);
    const QString listPath = child(path, key);
    if (need == Need::Required && list.isEmpty() && o.value(key).isArray())
        error(listPath, tr("must not be empty"));
    QList<std::pair<QString, QJsonObject>> objects;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = element(listPath, i);
        if (list.at(i).isObject())
            objects.append({ at, list.at(i).toObject() });
        else
            error(at, tr("must be an object"));
    }
    return objects;
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &path, const QString &key, Need need)
{
    if (!present(o, path, key, need))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        error(child(path, key), tr("must be an object"));
        return {};
    }
    return v.toObject();
}

QStringList JsonReader::stringList(const QJsonObject &o, const QString &path, const QString &key)
{
    QStringList list;
    const QJsonArray items = array(o, path, key, Need::Optional);
    const QString listPath = child(path, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty())
            error(element(listPath, i), tr("must be a non-empty string"));
        else
            list << items.at(i).toString();
    }
    return list;
}

void JsonReader::rejectUnknownKeys(const QJsonObject &o, const QString &path, const QStringList &known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            error(child(path, it.key()), tr("is not a known key (known: %1)").arg(known.join(QStringLiteral(", "))));
    }
}

} // namespace sal::core
