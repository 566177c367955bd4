#include "store/LeadCodec.h"

#include <QJsonArray>

namespace sal::core {

QString LeadCodec::isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime LeadCodec::parseUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate).toUTC();
}

namespace {
QJsonObject accountToJson(const Account &a)
{
    QJsonObject o { { QStringLiteral("id"), a.id },
                    { QStringLiteral("name"), a.name },
                    { QStringLiteral("domain"), a.domain },
                    { QStringLiteral("industry"), a.industry },
                    { QStringLiteral("currency"), a.currency },
                    { QStringLiteral("region"), a.region },
                    { QStringLiteral("country"), a.country },
                    { QStringLiteral("state"), a.state },
                    { QStringLiteral("funding_stage"), a.fundingStage },
                    { QStringLiteral("open_roles"), a.openRoles },
                    { QStringLiteral("tech_stack"), QJsonArray::fromStringList(a.techStack) },
                    { QStringLiteral("existing_customer"), a.existingCustomer },
                    { QStringLiteral("competitor"), a.competitor } };
    if (a.employees)
        o.insert(QStringLiteral("employees"), *a.employees);
    if (a.annualRevenue)
        o.insert(QStringLiteral("annual_revenue"), double(*a.annualRevenue));
    if (a.fundingDate)
        o.insert(QStringLiteral("funding_date"), a.fundingDate->toString(Qt::ISODate));
    return o;
}

Account accountFromJson(const QJsonObject &o)
{
    Account a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.name = o.value(QStringLiteral("name")).toString();
    a.domain = o.value(QStringLiteral("domain")).toString();
    a.industry = o.value(QStringLiteral("industry")).toString();
    a.currency = o.value(QStringLiteral("currency")).toString(QStringLiteral("USD"));
    a.region = o.value(QStringLiteral("region")).toString();
    a.country = o.value(QStringLiteral("country")).toString();
    a.state = o.value(QStringLiteral("state")).toString();
    a.fundingStage = o.value(QStringLiteral("funding_stage")).toString();
    a.openRoles = o.value(QStringLiteral("open_roles")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("tech_stack")).toArray())
        a.techStack << v.toString();
    a.existingCustomer = o.value(QStringLiteral("existing_customer")).toBool();
    a.competitor = o.value(QStringLiteral("competitor")).toBool();
    if (o.contains(QStringLiteral("employees")))
        a.employees = o.value(QStringLiteral("employees")).toInt();
    if (o.contains(QStringLiteral("annual_revenue")))
        a.annualRevenue = qint64(o.value(QStringLiteral("annual_revenue")).toDouble());
    if (o.contains(QStringLiteral("funding_date")))
        a.fundingDate = QDate::fromString(o.value(QStringLiteral("funding_date")).toString(), Qt::ISODate);
    return a;
}

QJsonObject contactToJson(const Contact &c)
{
    return { { QStringLiteral("id"), c.id },
             { QStringLiteral("first_name"), c.firstName },
             { QStringLiteral("last_name"), c.lastName },
             { QStringLiteral("title"), c.title },
             { QStringLiteral("seniority"), seniorityToString(c.seniority) },
             { QStringLiteral("email"), c.email },
             { QStringLiteral("email_verified"), c.emailVerified },
             { QStringLiteral("phone"), c.phone },
             { QStringLiteral("linkedin_url"), c.linkedInUrl },
             { QStringLiteral("known_disqualified"), c.knownDisqualified } };
}

Contact contactFromJson(const QJsonObject &o)
{
    Contact c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.firstName = o.value(QStringLiteral("first_name")).toString();
    c.lastName = o.value(QStringLiteral("last_name")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    c.seniority = seniorityFromString(o.value(QStringLiteral("seniority")).toString());
    c.email = o.value(QStringLiteral("email")).toString();
    c.emailVerified = o.value(QStringLiteral("email_verified")).toBool();
    c.phone = o.value(QStringLiteral("phone")).toString();
    c.linkedInUrl = o.value(QStringLiteral("linkedin_url")).toString();
    c.knownDisqualified = o.value(QStringLiteral("known_disqualified")).toBool();
    return c;
}

QJsonObject signalToJson(const EngagementSignal &s)
{
    return { { QStringLiteral("kind"), s.kind },
             { QStringLiteral("label"), s.label },
             { QStringLiteral("points"), s.points },
             { QStringLiteral("at"), LeadCodec::isoUtc(s.at) },
             { QStringLiteral("stage"), funnelStageToString(s.stage) },
             { QStringLiteral("url"), s.url } };
}

EngagementSignal signalFromJson(const QJsonObject &o)
{
    EngagementSignal s;
    s.kind = o.value(QStringLiteral("kind")).toString();
    s.label = o.value(QStringLiteral("label")).toString();
    s.points = o.value(QStringLiteral("points")).toInt();
    s.at = LeadCodec::parseUtc(o.value(QStringLiteral("at")).toString());
    s.stage = funnelStageFromString(o.value(QStringLiteral("stage")).toString()).value_or(FunnelStage::Tofu);
    s.url = o.value(QStringLiteral("url")).toString();
    return s;
}

QJsonArray fitToJson(const ScoreBreakdown &score)
{
    QJsonArray fit;
    for (const ScoreContribution &c : score.contributions) {
        if (c.part == ScoreContribution::Part::Fit)
            fit.append(QJsonObject { { QStringLiteral("label"), c.label }, { QStringLiteral("points"), c.points } });
    }
    return fit;
}

QJsonObject talkTrackToJson(const TalkTrack &t)
{
    QJsonArray proof;
    for (const ProofPoint &p : t.proofPoints)
        proof.append(QJsonObject { { QStringLiteral("customer"), p.customer },
                                   { QStringLiteral("claim"), p.claim },
                                   { QStringLiteral("url"), p.url } });
    return { { QStringLiteral("opener"), t.opener },
             { QStringLiteral("discovery_questions"), QJsonArray::fromStringList(t.discoveryQuestions) },
             { QStringLiteral("proof_points"), proof } };
}

TalkTrack talkTrackFromJson(const QJsonObject &o)
{
    TalkTrack t;
    t.opener = o.value(QStringLiteral("opener")).toString();
    for (const QJsonValue &q : o.value(QStringLiteral("discovery_questions")).toArray())
        t.discoveryQuestions << q.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("proof_points")).toArray()) {
        const QJsonObject p = v.toObject();
        t.proofPoints << ProofPoint { p.value(QStringLiteral("customer")).toString(),
                                      p.value(QStringLiteral("claim")).toString(),
                                      p.value(QStringLiteral("url")).toString() };
    }
    return t;
}
} // namespace

QJsonObject LeadCodec::toJson(const Lead &lead)
{
    QJsonArray engagement;
    for (const EngagementSignal &s : lead.engagement)
        engagement.append(signalToJson(s));
    return { { QStringLiteral("id"), lead.id },
             { QStringLiteral("external_id"), lead.externalId },
             { QStringLiteral("stage"), stageToString(lead.stage) },
             { QStringLiteral("source"), lead.source },
             { QStringLiteral("campaign"), lead.campaign },
             { QStringLiteral("product_line"), lead.productLine },
             { QStringLiteral("owner"), lead.ownerEmail },
             { QStringLiteral("team"), lead.teamId },
             { QStringLiteral("tier"), lead.tier },
             { QStringLiteral("created_at"), isoUtc(lead.createdAt) },
             { QStringLiteral("mql_at"), isoUtc(lead.mqlAt) },
             { QStringLiteral("routed_at"), isoUtc(lead.routedAt) },
             { QStringLiteral("account"), accountToJson(lead.account) },
             { QStringLiteral("contact"), contactToJson(lead.contact) },
             { QStringLiteral("signals"), engagement },
             { QStringLiteral("fit"), fitToJson(lead.score) },
             { QStringLiteral("talk_track"), talkTrackToJson(lead.talkTrack) },
             { QStringLiteral("duplicate_of"), lead.duplicateOfLeadId },
             { QStringLiteral("suggested_reason"), lead.suggestedReason } };
}

Lead LeadCodec::fromJson(const QJsonObject &json)
{
    Lead lead;
    lead.id = json.value(QStringLiteral("id")).toString();
    lead.externalId = json.value(QStringLiteral("external_id")).toString();
    lead.stage = stageFromString(json.value(QStringLiteral("stage")).toString()).value_or(Stage::Mql);
    lead.source = json.value(QStringLiteral("source")).toString();
    lead.campaign = json.value(QStringLiteral("campaign")).toString();
    lead.productLine = json.value(QStringLiteral("product_line")).toString();
    lead.ownerEmail = json.value(QStringLiteral("owner")).toString();
    lead.teamId = json.value(QStringLiteral("team")).toString();
    lead.tier = json.value(QStringLiteral("tier")).toString();
    lead.createdAt = parseUtc(json.value(QStringLiteral("created_at")).toString());
    lead.mqlAt = parseUtc(json.value(QStringLiteral("mql_at")).toString());
    lead.routedAt = parseUtc(json.value(QStringLiteral("routed_at")).toString());
    lead.account = accountFromJson(json.value(QStringLiteral("account")).toObject());
    lead.contact = contactFromJson(json.value(QStringLiteral("contact")).toObject());
    for (const QJsonValue &v : json.value(QStringLiteral("signals")).toArray())
        lead.engagement << signalFromJson(v.toObject());
    for (const QJsonValue &v : json.value(QStringLiteral("fit")).toArray()) {
        const QJsonObject f = v.toObject();
        lead.score.contributions << ScoreContribution { ScoreContribution::Part::Fit,
                                                        f.value(QStringLiteral("label")).toString(),
                                                        f.value(QStringLiteral("points")).toInt(), QDateTime() };
    }
    lead.score.addSignals(lead.engagement);
    lead.talkTrack = talkTrackFromJson(json.value(QStringLiteral("talk_track")).toObject());
    lead.duplicateOfLeadId = json.value(QStringLiteral("duplicate_of")).toString();
    lead.suggestedReason = json.value(QStringLiteral("suggested_reason")).toString();
    return lead;
}

} // namespace sal::core
