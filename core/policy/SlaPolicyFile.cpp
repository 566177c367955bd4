#include "policy/SlaPolicyFile.h"

#include <QSet>

namespace sal::core {

namespace {
const QString kTop = QStringLiteral("$");
constexpr double kHoursInAYear = 24.0 * 366;

SlaTier readTier(const QJsonObject &o, const QString &path, double maxHours, JsonReader &reader)
{
    reader.rejectUnknownKeys(o, path, { QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("response_hours"),
                                        QStringLiteral("follow_up_hours") });
    SlaTier tier;
    tier.id = reader.string(o, path, QStringLiteral("id"), JsonReader::Need::Required).value_or(QString());
    tier.label = reader.string(o, path, QStringLiteral("label"), JsonReader::Need::Optional).value_or(tier.id);
    tier.responseHours
        = reader.number(o, path, QStringLiteral("response_hours"), JsonReader::Need::Required, 0.25, maxHours).value_or(24);
    tier.followUpHours
        = reader.number(o, path, QStringLiteral("follow_up_hours"), JsonReader::Need::Optional, 0.25, maxHours).value_or(24);
    return tier;
}

TierRule readRule(const QJsonObject &o, const QString &path, JsonReader &reader)
{
    reader.rejectUnknownKeys(o, path, { QStringLiteral("tier"), QStringLiteral("min_score"), QStringLiteral("max_score"),
                                        QStringLiteral("min_fit"), QStringLiteral("require_icp_fit"),
                                        QStringLiteral("any_signal"), QStringLiteral("signal_within_days"),
                                        QStringLiteral("sources"), QStringLiteral("description") });
    TierRule rule;
    rule.tier = reader.string(o, path, QStringLiteral("tier"), JsonReader::Need::Required).value_or(QString());
    rule.minScore = reader.integer(o, path, QStringLiteral("min_score"), JsonReader::Need::Optional, -1000, 1000);
    rule.maxScore = reader.integer(o, path, QStringLiteral("max_score"), JsonReader::Need::Optional, -1000, 1000);
    rule.minFit = reader.integer(o, path, QStringLiteral("min_fit"), JsonReader::Need::Optional, -1000, 1000);
    rule.requireIcpFit = reader.boolean(o, path, QStringLiteral("require_icp_fit"), false);
    rule.anySignal = reader.stringList(o, path, QStringLiteral("any_signal"));
    rule.signalWithinDays
        = reader.integer(o, path, QStringLiteral("signal_within_days"), JsonReader::Need::Optional, 0, 3650);
    rule.sources = reader.stringList(o, path, QStringLiteral("sources"));
    if (rule.minScore && rule.maxScore && *rule.minScore > *rule.maxScore)
        reader.error(path, SlaPolicyFile::tr("min_score is above max_score: the rule can never match"));
    return rule;
}
} // namespace

SlaPolicy SlaPolicyFile::read(const QJsonObject &root, JsonReader &reader)
{
    reader.rejectUnknownKeys(root, kTop, { QStringLiteral("max_hours"), QStringLiteral("at_risk_share"),
                                           QStringLiteral("reroute_after_share"), QStringLiteral("default_tier"),
                                           QStringLiteral("tiers"), QStringLiteral("tier_rules") });
    SlaPolicy policy;
    policy.maxHours
        = reader.number(root, kTop, QStringLiteral("max_hours"), JsonReader::Need::Optional, 1, kHoursInAYear).value_or(48);
    policy.atRiskShare
        = reader.number(root, kTop, QStringLiteral("at_risk_share"), JsonReader::Need::Optional, 0, 1).value_or(0.25);
    policy.rerouteAfterShare
        = reader.number(root, kTop, QStringLiteral("reroute_after_share"), JsonReader::Need::Optional, 0, 10).value_or(0.5);
    policy.defaultTier
        = reader.string(root, kTop, QStringLiteral("default_tier"), JsonReader::Need::Required).value_or(QString());

    const QString tiersPath = JsonReader::child(kTop, QStringLiteral("tiers"));
    const QJsonArray tiers = reader.array(root, kTop, QStringLiteral("tiers"), JsonReader::Need::Required);
    QSet<QString> ids;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString path = JsonReader::element(tiersPath, i);
        const SlaTier tier = readTier(tiers.at(i).toObject(), path, policy.maxHours, reader);
        if (!tier.id.isEmpty() && ids.contains(tier.id))
            reader.error(JsonReader::child(path, QStringLiteral("id")), tr("\"%1\" is listed twice").arg(tier.id));
        ids.insert(tier.id);
        policy.tiers << tier;
    }
    if (root.contains(QStringLiteral("tiers")) && tiers.isEmpty())
        reader.error(tiersPath, tr("must name at least one tier"));
    if (!policy.defaultTier.isEmpty() && !tiers.isEmpty() && !ids.contains(policy.defaultTier))
        reader.error(JsonReader::child(kTop, QStringLiteral("default_tier")),
                     tr("\"%1\" is not one of the tiers").arg(policy.defaultTier));

    const QString rulesPath = JsonReader::child(kTop, QStringLiteral("tier_rules"));
    const QJsonArray rules = reader.array(root, kTop, QStringLiteral("tier_rules"), JsonReader::Need::Optional);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString path = JsonReader::element(rulesPath, i);
        const TierRule rule = readRule(rules.at(i).toObject(), path, reader);
        if (!rule.tier.isEmpty() && !ids.contains(rule.tier))
            reader.error(JsonReader::child(path, QStringLiteral("tier")), tr("\"%1\" is not one of the tiers").arg(rule.tier));
        policy.tierRules << rule;
    }
    return policy;
}

} // namespace sal::core
