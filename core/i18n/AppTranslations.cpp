#include "i18n/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sal::core {

QLocale AppTranslations::localeFor(const QString &languageCode)
{
    const QLocale system = QLocale::system();
    if (languageCode.isEmpty() || !languageCodes().contains(languageCode))
        return system;
    const QLocale chosen(languageCode);
    if (chosen.language() == system.language())
        return system;
    return chosen;
}

int AppTranslations::install(QObject *owner, const QLocale &locale)
{
    QLocale::setDefault(locale);
    int installed = 0;
    auto *ours = new QTranslator(owner);
    // Prefer the user's language; fall back to English for the plural forms.
    if (ours->load(locale, QStringLiteral("salbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/salbench_en.qm"))) {
        QCoreApplication::installTranslator(ours);
        ++installed;
    } else {
        delete ours;
    }
    // Qt's own strings ("Cancel", "OK", the file dialog); absent for English, which needs none.
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        ++installed;
    } else {
        delete qt;
    }
    return installed;
}

} // namespace sal::core
