#include "policy/ChecklistFile.h"

namespace sal::core {

ChecklistThresholds ChecklistFile::read(const QJsonObject &root, JsonReader &reader)
{
    const QString top = QStringLiteral("$");
    reader.rejectUnknownKeys(root, top, { QStringLiteral("recent_engagement_days"), QStringLiteral("min_engaged_contacts"),
                                          QStringLiteral("growth_funding_days"), QStringLiteral("growth_open_roles"),
                                          QStringLiteral("intent_signal_kinds") });
    ChecklistThresholds t;
    const auto optionalInt = [&](const char *key, int min, int max, int fallback) {
        return reader.integer(root, top, QLatin1String(key), JsonReader::Need::Optional, min, max).value_or(fallback);
    };
    t.recentEngagementDays = optionalInt("recent_engagement_days", 1, 365, t.recentEngagementDays);
    t.minEngagedContacts = optionalInt("min_engaged_contacts", 1, 100, t.minEngagedContacts);
    t.growthFundingDays = optionalInt("growth_funding_days", 1, 3650, t.growthFundingDays);
    t.growthOpenRoles = optionalInt("growth_open_roles", 1, 100000, t.growthOpenRoles);
    if (root.contains(QStringLiteral("intent_signal_kinds")))
        t.intentSignalKinds = reader.stringList(root, top, QStringLiteral("intent_signal_kinds"));
    return t;
}

} // namespace sal::core
