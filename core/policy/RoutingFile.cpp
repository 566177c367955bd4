#include "policy/RoutingFile.h"

#include <QRegularExpression>
#include <QSet>

namespace sal::core {

namespace {
const QString kTop = QStringLiteral("$");

QList<WeightedRep> readReps(const QJsonObject &o, const QString &path, JsonReader &reader)
{
    QList<WeightedRep> reps;
    for (const auto &[at, rep] :
        reader.objectList(o, path, QStringLiteral("reps"), JsonReader::Need::Optional)) {
        reader.rejectUnknownKeys(rep, at, { QStringLiteral("email"), QStringLiteral("weight") });
        WeightedRep r;
        r.email = reader.string(rep, at, QStringLiteral("email"), JsonReader::Need::Required)
                      .value_or(QString())
                      .toLower();
        r.weight = reader.number(rep, at, QStringLiteral("weight"), JsonReader::Need::Optional, 0.01, 1000)
                       .value_or(1.0);
        reps << r;
    }
    return reps;
}

} // namespace

RoutingRule RoutingFile::readRule(const QJsonObject &o, const QString &path, JsonReader &reader)
{
    reader.rejectUnknownKeys(o, path,
        { QStringLiteral("id"), QStringLiteral("regions"), QStringLiteral("countries"),
            QStringLiteral("segments"), QStringLiteral("product_lines"), QStringLiteral("accounts"),
            QStringLiteral("sources"), QStringLiteral("territory"), QStringLiteral("team"),
            QStringLiteral("reps"), QStringLiteral("description") });
    RoutingRule rule;
    rule.id = reader.string(o, path, QStringLiteral("id"), JsonReader::Need::Required).value_or(QString());
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!rule.id.isEmpty() && !idPattern.match(rule.id).hasMatch())
        reader.error(JsonReader::child(path, QStringLiteral("id")),
            RoutingFile::tr("\"%1\" must be lower-case letters, digits, '-' or '_'").arg(rule.id));
    rule.regions = reader.stringList(o, path, QStringLiteral("regions"));
    rule.countries = reader.stringList(o, path, QStringLiteral("countries"));
    rule.segments = reader.stringList(o, path, QStringLiteral("segments"));
    for (const QString &segment : std::as_const(rule.segments)) {
        if (segment != QLatin1String("smb") && segment != QLatin1String("mid")
            && segment != QLatin1String("enterprise"))
            reader.error(JsonReader::child(path, QStringLiteral("segments")),
                RoutingFile::tr("\"%1\" is not one of smb, mid, enterprise").arg(segment));
    }
    rule.productLines = reader.stringList(o, path, QStringLiteral("product_lines"));
    rule.accounts = reader.stringList(o, path, QStringLiteral("accounts"));
    rule.sources = reader.stringList(o, path, QStringLiteral("sources"));
    rule.territory
        = reader.string(o, path, QStringLiteral("territory"), JsonReader::Need::Optional).value_or(QString());
    rule.team
        = reader.string(o, path, QStringLiteral("team"), JsonReader::Need::Optional).value_or(QString());
    rule.reps = readReps(o, path, reader);
    const int targets
        = int(!rule.territory.isEmpty()) + int(!rule.team.isEmpty()) + int(!rule.reps.isEmpty());
    if (targets != 1)
        reader.error(
            path, RoutingFile::tr("must name exactly one target: \"territory\", \"team\" or \"reps\""));
    return rule;
}

RoutingPolicy RoutingFile::read(const QJsonObject &root, JsonReader &reader)
{
    reader.rejectUnknownKeys(
        root, kTop, { QStringLiteral("segments"), QStringLiteral("default_team"), QStringLiteral("rules") });
    RoutingPolicy policy;
    const QString segmentsPath = JsonReader::child(kTop, QStringLiteral("segments"));
    const QJsonObject segments
        = reader.object(root, kTop, QStringLiteral("segments"), JsonReader::Need::Optional);
    reader.rejectUnknownKeys(segments, segmentsPath,
        { QStringLiteral("mid_from_employees"), QStringLiteral("enterprise_from_employees") });
    policy.midFromEmployees = reader
                                  .integer(segments, segmentsPath, QStringLiteral("mid_from_employees"),
                                      JsonReader::Need::Optional, 1, 10'000'000)
                                  .value_or(policy.midFromEmployees);
    policy.enterpriseFromEmployees
        = reader
              .integer(segments, segmentsPath, QStringLiteral("enterprise_from_employees"),
                  JsonReader::Need::Optional, 1, 10'000'000)
              .value_or(policy.enterpriseFromEmployees);
    if (policy.enterpriseFromEmployees <= policy.midFromEmployees)
        reader.error(segmentsPath, tr("enterprise_from_employees must be above mid_from_employees"));
    policy.defaultTeam = reader.string(root, kTop, QStringLiteral("default_team"), JsonReader::Need::Required)
                             .value_or(QString());

    QSet<QString> ids;
    for (const auto &[at, o] :
        reader.objectList(root, kTop, QStringLiteral("rules"), JsonReader::Need::Required)) {
        const RoutingRule rule = RoutingFile::readRule(o, at, reader);
        if (!rule.id.isEmpty() && ids.contains(rule.id))
            reader.error(
                JsonReader::child(at, QStringLiteral("id")), tr("\"%1\" is listed twice").arg(rule.id));
        ids.insert(rule.id);
        policy.rules << rule;
    }
    return policy;
}

} // namespace sal::core
