#pragma once

#include <QObject>

namespace sal::core {

// Installs the program's translations (compiled into salcore under :/i18n). English ships too: it
// carries the plural forms of "%n lead(s)" messages, so counts read "1 lead" and "3 leads".
class AppTranslations
{
public:
    // Installs the best match for the system locale, English when there is none; `owner` keeps the
    // translators alive. Returns how many translators were installed.
    static int install(QObject *owner);
};

} // namespace sal::core
