#include "disposition/MissingInfo.h"

namespace sal::core {

QStringList MissingInfo::knownItems()
{
    return { QStringLiteral("email"),    QStringLiteral("phone"),        QStringLiteral("company"),
             QStringLiteral("title"),    QStringLiteral("industry"),     QStringLiteral("company_size"),
             QStringLiteral("revenue"),  QStringLiteral("region"),       QStringLiteral("use_case"),
             QStringLiteral("budget"),   QStringLiteral("timeline") };
}

QString MissingInfo::displayName(const QString &item)
{
    if (item == QLatin1String("email"))
        return tr("Valid email address");
    if (item == QLatin1String("phone"))
        return tr("Phone number");
    if (item == QLatin1String("company"))
        return tr("Company");
    if (item == QLatin1String("title"))
        return tr("Job title");
    if (item == QLatin1String("industry"))
        return tr("Industry");
    if (item == QLatin1String("company_size"))
        return tr("Company size");
    if (item == QLatin1String("revenue"))
        return tr("Annual revenue");
    if (item == QLatin1String("region"))
        return tr("Region / country");
    if (item == QLatin1String("use_case"))
        return tr("Use case");
    if (item == QLatin1String("budget"))
        return tr("Budget");
    if (item == QLatin1String("timeline"))
        return tr("Buying timeline");
    return item;
}

} // namespace sal::core
