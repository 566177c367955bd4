#include "i18n/AppTranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace sal::core {

int AppTranslations::install(QObject *owner)
{
    auto *translator = new QTranslator(owner);
    // Prefer the user's language; fall back to English for the plural forms.
    if (translator->load(QLocale(), QStringLiteral("salbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/salbench_en.qm"))) {
        QCoreApplication::installTranslator(translator);
        return 1;
    }
    delete translator;
    return 0;
}

} // namespace sal::core
