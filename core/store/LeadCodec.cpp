#include "store/LeadCodec.h"

#include "store/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sal::core {

QString LeadCodec::isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000; // floor: Qt drops the milliseconds
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400; // floor
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1000 || date.year() > 9999)
        return t.toUTC().toString(Qt::ISODate); // rare: Qt writes those its own way
    const int second = int(secs - days * 86400);
    char text[20];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, second / 3600, 2);
    text[13] = ':';
    put(14, second / 60 % 60, 2);
    text[16] = ':';
    put(17, second % 60, 2);
    text[19] = 'Z';
    return QString::fromLatin1(text, 20);
}

QDateTime LeadCodec::parseUtc(const QString &text)
{
    if (text.isEmpty())
        return {};
    // The form isoUtc() writes, read field by field; anything else goes to Qt's ISO parser.
    static constexpr char kPattern[] = "dddd-dd-ddTdd:dd:ddZ";
    bool plain = text.size() == 20;
    for (qsizetype i = 0; plain && i < 20; ++i) {
        const QChar c = text.at(i);
        plain = kPattern[i] == 'd' ? (c >= u'0' && c <= u'9') : c == QLatin1Char(kPattern[i]);
    }
    if (plain) {
        const auto number = [&text](int at, int width) {
            int n = 0;
            for (int i = 0; i < width; ++i)
                n = n * 10 + (text.at(at + i).unicode() - u'0');
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

namespace {
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

TalkTrack talkTrackFromJson(const QJsonObject &o)
{
    TalkTrack t;
    t.opener = o.value(QStringLiteral("opener")).toString();
    for (const QJsonValue &q : o.value(QStringLiteral("discovery_questions")).toArray())
        t.discoveryQuestions << q.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("proof_points")).toArray()) {
        const QJsonObject p = v.toObject();
        t.proofPoints << ProofPoint { p.value(QStringLiteral("customer")).toString(),
            p.value(QStringLiteral("claim")).toString(), p.value(QStringLiteral("url")).toString() };
    }
    return t;
}
} // namespace

namespace {
void writeAccount(JsonTextWriter &w, const Account &a)
{
    w.beginObject()
        .member(QLatin1StringView("id"), a.id)
        .member(QLatin1StringView("name"), a.name)
        .member(QLatin1StringView("domain"), a.domain)
        .member(QLatin1StringView("industry"), a.industry)
        .member(QLatin1StringView("currency"), a.currency)
        .member(QLatin1StringView("region"), a.region)
        .member(QLatin1StringView("country"), a.country)
        .member(QLatin1StringView("state"), a.state)
        .member(QLatin1StringView("funding_stage"), a.fundingStage)
        .member(QLatin1StringView("open_roles"), a.openRoles)
        .member(QLatin1StringView("tech_stack"), a.techStack)
        .member(QLatin1StringView("existing_customer"), a.existingCustomer)
        .member(QLatin1StringView("competitor"), a.competitor);
    if (a.employees)
        w.member(QLatin1StringView("employees"), *a.employees);
    if (a.annualRevenue)
        w.member(QLatin1StringView("annual_revenue"), *a.annualRevenue);
    if (a.fundingDate)
        w.member(QLatin1StringView("funding_date"), a.fundingDate->toString(Qt::ISODate));
    w.endObject();
}

void writeContact(JsonTextWriter &w, const Contact &c)
{
    w.beginObject()
        .member(QLatin1StringView("id"), c.id)
        .member(QLatin1StringView("first_name"), c.firstName)
        .member(QLatin1StringView("last_name"), c.lastName)
        .member(QLatin1StringView("title"), c.title)
        .member(QLatin1StringView("seniority"), seniorityToString(c.seniority))
        .member(QLatin1StringView("email"), c.email)
        .member(QLatin1StringView("email_verified"), c.emailVerified)
        .member(QLatin1StringView("phone"), c.phone)
        .member(QLatin1StringView("linkedin_url"), c.linkedInUrl)
        .member(QLatin1StringView("known_disqualified"), c.knownDisqualified)
        .endObject();
}

void writeTalkTrack(JsonTextWriter &w, const TalkTrack &t)
{
    w.beginObject()
        .member(QLatin1StringView("opener"), t.opener)
        .member(QLatin1StringView("discovery_questions"), t.discoveryQuestions)
        .key(QLatin1StringView("proof_points"))
        .beginArray();
    for (const ProofPoint &p : t.proofPoints)
        w.beginObject()
            .member(QLatin1StringView("customer"), p.customer)
            .member(QLatin1StringView("claim"), p.claim)
            .member(QLatin1StringView("url"), p.url)
            .endObject();
    w.endArray().endObject();
}
} // namespace

QByteArray LeadCodec::toJsonText(const Lead &lead)
{
    // The one list of the document's fields: toJson() reads this text back.
    JsonTextWriter w;
    w.beginObject()
        .member(QLatin1StringView("id"), lead.id)
        .member(QLatin1StringView("external_id"), lead.externalId)
        .member(QLatin1StringView("stage"), stageToString(lead.stage))
        .member(QLatin1StringView("source"), lead.source)
        .member(QLatin1StringView("campaign"), lead.campaign)
        .member(QLatin1StringView("product_line"), lead.productLine)
        .member(QLatin1StringView("owner"), lead.ownerEmail)
        .member(QLatin1StringView("team"), lead.teamId)
        .member(QLatin1StringView("tier"), lead.tier)
        .member(QLatin1StringView("created_at"), isoUtc(lead.createdAt))
        .member(QLatin1StringView("mql_at"), isoUtc(lead.mqlAt))
        .member(QLatin1StringView("routed_at"), isoUtc(lead.routedAt))
        .key(QLatin1StringView("account"));
    writeAccount(w, lead.account);
    w.key(QLatin1StringView("contact"));
    writeContact(w, lead.contact);
    w.key(QLatin1StringView("signals")).beginArray();
    for (const EngagementSignal &s : lead.engagement)
        w.beginObject()
            .member(QLatin1StringView("kind"), s.kind)
            .member(QLatin1StringView("label"), s.label)
            .member(QLatin1StringView("points"), s.points)
            .member(QLatin1StringView("at"), isoUtc(s.at))
            .member(QLatin1StringView("stage"), funnelStageToString(s.stage))
            .member(QLatin1StringView("url"), s.url)
            .endObject();
    w.endArray().key(QLatin1StringView("fit")).beginArray();
    for (const ScoreContribution &c : lead.score.contributions) {
        if (c.part == ScoreContribution::Part::Fit)
            w.beginObject()
                .member(QLatin1StringView("label"), c.label)
                .member(QLatin1StringView("points"), c.points)
                .endObject();
    }
    w.endArray().key(QLatin1StringView("talk_track"));
    writeTalkTrack(w, lead.talkTrack);
    w.member(QLatin1StringView("duplicate_of"), lead.duplicateOfLeadId)
        .member(QLatin1StringView("suggested_reason"), lead.suggestedReason)
        .endObject();
    return w.text();
}

QJsonObject LeadCodec::toJson(const Lead &lead)
{
    // Parsed from the text so the field list lives once; only the export, which adds members of
    // its own, and tests need the object (what is stored or sent uses toJsonText()).
    return QJsonDocument::fromJson(toJsonText(lead)).object();
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
            f.value(QStringLiteral("label")).toString(), f.value(QStringLiteral("points")).toInt(),
            QDateTime() };
    }
    lead.score.addSignals(lead.engagement);
    lead.talkTrack = talkTrackFromJson(json.value(QStringLiteral("talk_track")).toObject());
    lead.duplicateOfLeadId = json.value(QStringLiteral("duplicate_of")).toString();
    lead.suggestedReason = json.value(QStringLiteral("suggested_reason")).toString();
    return lead;
}

} // namespace sal::core
