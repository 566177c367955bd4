#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

namespace sal::core {

// Installs the program's translations (compiled into salcore under :/i18n) and Qt's own (the
// buttons of standard dialogs, from the Debian package qt6-translations-l10n). English ships too:
// it carries the plural forms of "%n lead(s)" messages, so counts read "1 lead" and "3 leads".
class AppTranslations
{
public:
    // The languages a user can choose; "" follows the system locale (LANGUAGE, LC_ALL, LANG).
    static QStringList languageCodes() { return { QString(), QStringLiteral("en"), QStringLiteral("de") }; }

    // The locale the program speaks: `languageCode` ("en", "de"), or the system's when empty or unknown.
    // Keeps the system's territory where the language matches, so de_AT stays Austrian.
    static QLocale localeFor(const QString &languageCode);

    // Makes `locale` the default (dates, times and numbers follow it), installs the best matching
    // catalogue, English when there is none, and Qt's own; `owner` keeps the translators alive.
    // Returns how many translators were installed.
    static int install(QObject *owner, const QLocale &locale = QLocale::system());
};

} // namespace sal::core
