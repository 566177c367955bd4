#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sal::core {

// Writes compact JSON text straight into a buffer, with commas placed for the caller. What the
// local cache stores for every pulled lead: building a QJsonObject and serialising it costs several
// times more than the text itself (callgrind: 71 % of a pull was spent there).
class JsonTextWriter
{
public:
    JsonTextWriter() { m_text.reserve(4096); } // a lead's context fits: no regrowth on the way
    JsonTextWriter &beginObject();
    JsonTextWriter &endObject();
    JsonTextWriter &beginArray();
    JsonTextWriter &endArray();
    JsonTextWriter &key(QLatin1StringView name); // inside an object, before its value

    JsonTextWriter &value(const QString &text);
    JsonTextWriter &value(qint64 number);
    JsonTextWriter &value(int number) { return value(qint64(number)); }
    JsonTextWriter &value(bool flag);
    JsonTextWriter &value(const QStringList &texts); // an array of strings

    // A member in one call: key(name).value(v).
    template<typename T> JsonTextWriter &member(QLatin1StringView name, const T &v)
    {
        return key(name).value(v);
    }

    const QByteArray &text() const { return m_text; }

private:
    void separate(); // a comma before every value but the first of its container
    void string(QStringView text);

    QByteArray m_text;
    bool m_first = true; // nothing written yet in the current container
    bool m_afterKey = false;
};

} // namespace sal::core
