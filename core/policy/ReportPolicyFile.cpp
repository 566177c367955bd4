#include "policy/ReportPolicyFile.h"

namespace sal::core {

ReportPolicy ReportPolicyFile::read(const QJsonObject &root, JsonReader &reader)
{
    const QString top = QStringLiteral("$");
    const QString bandsKey = QStringLiteral("acceptance_bands");
    reader.rejectUnknownKeys(root, top,
        { bandsKey, QStringLiteral("sla_compliance_target"), QStringLiteral("late_sync_minutes") });
    ReportPolicy policy;
    policy.slaComplianceTarget
        = reader
              .number(root, top, QStringLiteral("sla_compliance_target"), JsonReader::Need::Optional, 0, 100)
              .value_or(policy.slaComplianceTarget);
    policy.lateSyncMinutes = reader
                                 .integer(root, top, QStringLiteral("late_sync_minutes"),
                                     JsonReader::Need::Optional, 0, 60 * 24 * 30)
                                 .value_or(policy.lateSyncMinutes);

    const QJsonObject bands = reader.object(root, top, bandsKey, JsonReader::Need::Optional);
    const QString at = JsonReader::child(top, bandsKey);
    reader.rejectUnknownKeys(bands, at,
        { QStringLiteral("red_below"), QStringLiteral("amber_below"), QStringLiteral("bar_too_low_above") });
    const auto percent = [&](const char *key, double fallback) {
        return reader.number(bands, at, QLatin1String(key), JsonReader::Need::Optional, 0, 100)
            .value_or(fallback);
    };
    policy.redBelow = percent("red_below", policy.redBelow);
    policy.amberBelow = percent("amber_below", policy.amberBelow);
    policy.barTooLowAbove = percent("bar_too_low_above", policy.barTooLowAbove);
    // Reported where the author has to look: the band that breaks the order.
    if (policy.amberBelow < policy.redBelow)
        reader.error(JsonReader::child(at, QStringLiteral("amber_below")),
            tr("must be at least red_below (%1)").arg(policy.redBelow));
    if (policy.barTooLowAbove < policy.amberBelow)
        reader.error(JsonReader::child(at, QStringLiteral("bar_too_low_above")),
            tr("must be at least amber_below (%1)").arg(policy.amberBelow));
    return policy;
}

} // namespace sal::core
