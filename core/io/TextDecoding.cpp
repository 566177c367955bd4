#include "io/TextDecoding.h"

#include <array>

namespace sal::core {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes map to the C1
// controls of the same value, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> kHighControls { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
    0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C,
    0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

// Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}
} // namespace

std::optional<TextEncoding> textEncodingFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("utf-8") || t == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (t == QLatin1String("windows-1252") || t == QLatin1String("cp1252"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QString textEncodingToString(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? QStringLiteral("utf-8") : QStringLiteral("windows-1252");
}

std::optional<QString> TextDecoding::decode(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Windows1252)
        return fromWindows1252(bytes);
    if (firstInvalidUtf8(bytes) >= 0)
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

QString TextDecoding::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = c >= 0x80 && c <= 0x9F ? QChar(kHighControls[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

std::optional<QString> TextDecoding::utf8Problem(const QByteArray &bytes)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad < 0)
        return std::nullopt;
    const auto byte = static_cast<unsigned char>(bytes.at(bad));
    const QString hex = QStringLiteral("0x%1")
                            .arg(byte, 2, 16, QLatin1Char('0'))
                            .toUpper()
                            .replace(QStringLiteral("0X"), QStringLiteral("0x"));
    // A lone high byte between ASCII letters is the signature of an 8-bit Western code page.
    return tr("is not UTF-8 (byte %1 cannot start a UTF-8 character); it looks like Windows-1252, as Excel's "
              "plain \"CSV\" writes: save it as \"CSV UTF-8\", or import it with --encoding windows-1252")
        .arg(hex);
}

bool TextDecoding::startsWithWideBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4));
}

bool TextDecoding::startsWithUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

} // namespace sal::core
