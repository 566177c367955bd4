#include "store/JsonTextWriter.h"

namespace sal::core {

void JsonTextWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false; // the key already placed the comma
        return;
    }
    if (!m_first)
        m_text += ',';
    m_first = false;
}

JsonTextWriter &JsonTextWriter::beginObject()
{
    separate();
    m_text += '{';
    m_first = true;
    return *this;
}

JsonTextWriter &JsonTextWriter::endObject()
{
    m_text += '}';
    m_first = false;
    return *this;
}

JsonTextWriter &JsonTextWriter::beginArray()
{
    separate();
    m_text += '[';
    m_first = true;
    return *this;
}

JsonTextWriter &JsonTextWriter::endArray()
{
    m_text += ']';
    m_first = false;
    return *this;
}

JsonTextWriter &JsonTextWriter::key(QLatin1StringView name)
{
    separate();
    // Keys are the codec's own ASCII literals: nothing to escape.
    m_text += '"';
    m_text += QByteArrayView(name.data(), name.size());
    m_text += "\":";
    m_afterKey = true;
    return *this;
}

void JsonTextWriter::string(QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_text += '"';
    qsizetype plainFrom = 0; // ASCII that needs no escape is copied in runs
    const auto flushPlain = [&](qsizetype upTo) {
        if (upTo > plainFrom)
            m_text += text.sliced(plainFrom, upTo - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        m_text += '\\';
        switch (c) {
        case u'"':
            m_text += '"';
            break;
        case u'\\':
            m_text += '\\';
            break;
        case u'\b':
            m_text += 'b';
            break;
        case u'\f':
            m_text += 'f';
            break;
        case u'\n':
            m_text += 'n';
            break;
        case u'\r':
            m_text += 'r';
            break;
        case u'\t':
            m_text += 't';
            break;
        default:
            m_text += "u00";
            m_text += kHex[c >> 4];
            m_text += kHex[c & 0xf];
        }
    }
    flushPlain(text.size());
    m_text += '"';
}

JsonTextWriter &JsonTextWriter::value(const QString &text)
{
    separate();
    string(text);
    return *this;
}

JsonTextWriter &JsonTextWriter::value(qint64 number)
{
    separate();
    m_text += QByteArray::number(number);
    return *this;
}

JsonTextWriter &JsonTextWriter::value(bool flag)
{
    separate();
    m_text += flag ? "true" : "false";
    return *this;
}

JsonTextWriter &JsonTextWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &t : texts)
        value(t);
    return endArray();
}

} // namespace sal::core
