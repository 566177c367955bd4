#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sal::core {

// The text encodings an import file may be in. UTF-8 (with or without a byte order mark) is what
// Salesforce, HubSpot and "CSV UTF-8" in Excel write; Windows-1252 is what Excel's plain "CSV" writes
// on a Western Windows. The latter cannot be told apart from other 8-bit code pages by its bytes,
// so it is converted only when the user says so (`--encoding windows-1252`).
enum class TextEncoding { Utf8, Windows1252 };

std::optional<TextEncoding> textEncodingFromString(const QString &text); // "utf-8", "windows-1252"
QString textEncodingToString(TextEncoding encoding);

class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::TextDecoding)

public:
    // Decodes `bytes`; std::nullopt when they are not valid in `encoding` (only UTF-8 can fail).
    static std::optional<QString> decode(const QByteArray &bytes, TextEncoding encoding);
    static QString fromWindows1252(const QByteArray &bytes);

    // Why `bytes` (the first part of a file) cannot be read as UTF-8, or nothing when they can. Names
    // the offending byte, and Windows-1252 when the bytes look like it.
    static std::optional<QString> utf8Problem(const QByteArray &bytes);
    // A UTF-16 or UTF-32 byte order mark at the start: those are refused with advice.
    static bool startsWithWideBom(const QByteArray &bytes);
    static bool startsWithUtf8Bom(const QByteArray &bytes);
};

} // namespace sal::core
