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
    // Room for the worst case (every unit a \u00XX escape: 6 bytes), written through a pointer and
    // cut back after: appending byte by byte costs more than the text.
    const qsizetype start = m_text.size();
    m_text.resize(start + 6 * text.size() + 2);
    char *out = m_text.data() + start;
    *out++ = '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *out++ = char(c);
        } else if (c < 0x20 || c == u'"' || c == u'\\') {
            *out++ = '\\';
            switch (c) {
            case u'"':
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                break;
            case u'\b':
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = 'f';
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = kHex[c >> 4];
                *out++ = kHex[c & 0xf];
            }
        } else {
            // UTF-8; a surrogate pair is one code point, a lone surrogate becomes U+FFFD.
            char32_t cp = c;
            if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                && QChar::isLowSurrogate(text[i + 1].unicode()))
                cp = QChar::surrogateToUcs4(c, text[++i].unicode());
            else if (QChar::isSurrogate(c))
                cp = 0xfffd;
            if (cp < 0x800) {
                *out++ = char(0xc0 | (cp >> 6));
            } else if (cp < 0x10000) {
                *out++ = char(0xe0 | (cp >> 12));
                *out++ = char(0x80 | ((cp >> 6) & 0x3f));
            } else {
                *out++ = char(0xf0 | (cp >> 18));
                *out++ = char(0x80 | ((cp >> 12) & 0x3f));
                *out++ = char(0x80 | ((cp >> 6) & 0x3f));
            }
            *out++ = char(0x80 | (cp & 0x3f));
        }
    }
    *out++ = '"';
    m_text.resize(out - m_text.constData());
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
