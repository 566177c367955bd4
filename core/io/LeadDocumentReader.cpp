#include "io/LeadDocumentReader.h"

#include "io/ImportField.h"
#include "store/LeadCodec.h"

#include <QJsonArray>
#include <limits>

namespace sal::core {

namespace {
const QString kRoot = QStringLiteral("$");

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QLatin1String(n);
    return list;
}

// A scalar field named "section.key" (or "key"), checked by its ImportField.
void readScalar(JsonReader &reader, const QJsonObject &doc, const ImportField &field, ImportRecord &record)
{
    const QStringList parts = field.name().split(QLatin1Char('.'));
    const QJsonObject holder = parts.size() == 2 ? doc.value(parts.first()).toObject() : doc;
    const QString key = parts.last();
    const QString path = parts.size() == 2 ? JsonReader::child(JsonReader::child(kRoot, parts.first()), key)
                                           : JsonReader::child(kRoot, key);
    if (!holder.contains(key) || holder.value(key).isNull())
        return;
    const QJsonValue v = holder.value(key);
    QString text;
    switch (field.type()) {
    case ImportField::Type::Integer:
    case ImportField::Type::Money:
        if (!v.isDouble()) {
            reader.error(path, LeadDocumentReader::tr("must be a number"));
            return;
        }
        text = QString::number(v.toDouble(), 'f', 2);
        break;
    case ImportField::Type::Boolean:
        if (!v.isBool()) {
            reader.error(path, LeadDocumentReader::tr("must be true or false"));
            return;
        }
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    default:
        if (!v.isString()) {
            reader.error(path, LeadDocumentReader::tr("must be a string"));
            return;
        }
        text = v.toString();
        if (text.trimmed().isEmpty())
            return; // an empty value fills nothing, as an empty CSV cell
        break;
    }
    QString why;
    if (field.assign(text, ImportSettings {}, record.lead, &why))
        record.fields << field.name();
    else
        reader.error(path, why);
}

void readSignals(JsonReader &reader, const QJsonObject &doc, ImportRecord &record)
{
    const QJsonArray items = reader.array(doc, kRoot, QStringLiteral("signals"), JsonReader::Need::Optional);
    const QString path = JsonReader::child(kRoot, QStringLiteral("signals"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = JsonReader::element(path, i);
        if (!items.at(i).isObject()) {
            reader.error(at, LeadDocumentReader::tr("must be an object"));
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        reader.rejectUnknownKeys(o, at, keys({ "kind", "label", "points", "at", "stage", "url" }));
        EngagementSignal s;
        s.kind = reader.string(o, at, QStringLiteral("kind"), JsonReader::Need::Required).value_or(QString());
        s.label
            = reader.string(o, at, QStringLiteral("label"), JsonReader::Need::Optional).value_or(QString());
        s.points = reader.integer(o, at, QStringLiteral("points"), JsonReader::Need::Optional, -1000, 1000)
                       .value_or(0);
        s.url = reader.string(o, at, QStringLiteral("url"), JsonReader::Need::Optional).value_or(QString());
        if (const auto when = reader.string(o, at, QStringLiteral("at"), JsonReader::Need::Required)) {
            QString why;
            if (const auto t = ImportValueParser::dateTime(*when, {}, QTimeZone::utc(), &why))
                s.at = *t;
            else
                reader.error(JsonReader::child(at, QStringLiteral("at")), why);
        }
        if (const auto stage = reader.string(o, at, QStringLiteral("stage"), JsonReader::Need::Optional)) {
            if (const auto f = funnelStageFromString(*stage))
                s.stage = *f;
            else
                reader.error(JsonReader::child(at, QStringLiteral("stage")),
                    LeadDocumentReader::tr("must be tofu, mofu or bofu"));
        }
        record.lead.engagement << s;
    }
    if (doc.contains(QStringLiteral("signals")))
        record.fields << QStringLiteral("signals");
    record.lead.score.addSignals(record.lead.engagement);
}

void readFit(JsonReader &reader, const QJsonObject &doc, ImportRecord &record)
{
    const QJsonArray items = reader.array(doc, kRoot, QStringLiteral("fit"), JsonReader::Need::Optional);
    const QString path = JsonReader::child(kRoot, QStringLiteral("fit"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = JsonReader::element(path, i);
        const QJsonObject o = items.at(i).toObject();
        if (!items.at(i).isObject()) {
            reader.error(at, LeadDocumentReader::tr("must be an object"));
            continue;
        }
        reader.rejectUnknownKeys(o, at, keys({ "label", "points" }));
        record.lead.score.contributions << ScoreContribution { ScoreContribution::Part::Fit,
            reader.string(o, at, QStringLiteral("label"), JsonReader::Need::Required).value_or(QString()),
            reader.integer(o, at, QStringLiteral("points"), JsonReader::Need::Required, -1000, 1000)
                .value_or(0),
            QDateTime() };
    }
    if (doc.contains(QStringLiteral("fit")))
        record.fields << QStringLiteral("score");
}

void readExtras(JsonReader &reader, const QJsonObject &doc, ImportRecord &record)
{
    // Whole structures with no CSV column: checked for shape, then decoded by the shared codec.
    const QJsonObject account = doc.value(QStringLiteral("account")).toObject();
    const QString accountPath = JsonReader::child(kRoot, QStringLiteral("account"));
    const QJsonObject contact = doc.value(QStringLiteral("contact")).toObject();
    const QString contactPath = JsonReader::child(kRoot, QStringLiteral("contact"));
    const Lead decoded = LeadCodec::fromJson(doc);
    Lead &lead = record.lead;
    if (reader.string(account, accountPath, QStringLiteral("funding_stage"), JsonReader::Need::Optional)) {
        lead.account.fundingStage = decoded.account.fundingStage;
        record.fields << QStringLiteral("account.funding_stage");
    }
    if (const auto date
        = reader.string(account, accountPath, QStringLiteral("funding_date"), JsonReader::Need::Optional)) {
        if (decoded.account.fundingDate && decoded.account.fundingDate->isValid()) {
            lead.account.fundingDate = decoded.account.fundingDate;
            record.fields << QStringLiteral("account.funding_date");
        } else {
            reader.error(JsonReader::child(accountPath, QStringLiteral("funding_date")),
                LeadDocumentReader::tr("must be a date, YYYY-MM-DD"));
        }
    }
    if (reader.integer(
            account, accountPath, QStringLiteral("open_roles"), JsonReader::Need::Optional, 0, 1000000)) {
        lead.account.openRoles = decoded.account.openRoles;
        record.fields << QStringLiteral("account.open_roles");
    }
    if (account.contains(QStringLiteral("tech_stack"))) {
        lead.account.techStack = reader.stringList(account, accountPath, QStringLiteral("tech_stack"));
        record.fields << QStringLiteral("account.tech_stack");
    }
    for (const char *flag : { "email_verified", "known_disqualified" }) {
        const QString key = QLatin1String(flag);
        if (contact.contains(key)) {
            const bool value = reader.boolean(contact, contactPath, key, false);
            (key == QLatin1String("email_verified") ? lead.contact.emailVerified
                                                    : lead.contact.knownDisqualified)
                = value;
            record.fields << QStringLiteral("contact.") + key;
        }
    }
    if (doc.contains(QStringLiteral("talk_track"))) {
        const QJsonObject track
            = reader.object(doc, kRoot, QStringLiteral("talk_track"), JsonReader::Need::Optional);
        const QString trackPath = JsonReader::child(kRoot, QStringLiteral("talk_track"));
        reader.rejectUnknownKeys(track, trackPath, keys({ "opener", "discovery_questions", "proof_points" }));
        (void)reader.string(track, trackPath, QStringLiteral("opener"), JsonReader::Need::Optional);
        (void)reader.stringList(track, trackPath, QStringLiteral("discovery_questions"));
        const QJsonArray proof
            = reader.array(track, trackPath, QStringLiteral("proof_points"), JsonReader::Need::Optional);
        for (qsizetype i = 0; i < proof.size(); ++i) {
            if (!proof.at(i).isObject())
                reader.error(
                    JsonReader::element(JsonReader::child(trackPath, QStringLiteral("proof_points")), i),
                    LeadDocumentReader::tr("must be an object"));
        }
        lead.talkTrack = decoded.talkTrack;
        record.fields << QStringLiteral("talk_track");
    }
}
} // namespace

void LeadDocumentReader::read(const QJsonObject &doc, const QString &fileName, ImportRecord &record)
{
    JsonReader reader(fileName);
    reader.rejectUnknownKeys(doc, kRoot,
        keys({ "id", "external_id", "stage", "source", "campaign", "product_line", "owner", "team", "tier",
            "created_at", "mql_at", "routed_at", "account", "contact", "signals", "fit", "talk_track",
            "duplicate_of", "suggested_reason", "version", "events", "attempts", "decisions" }));
    const QJsonObject account
        = reader.object(doc, kRoot, QStringLiteral("account"), JsonReader::Need::Optional);
    reader.rejectUnknownKeys(account, JsonReader::child(kRoot, QStringLiteral("account")),
        keys({ "id", "name", "domain", "industry", "employees", "annual_revenue", "currency", "region",
            "country", "state", "funding_stage", "funding_date", "open_roles", "tech_stack",
            "existing_customer", "competitor" }));
    const QJsonObject contact
        = reader.object(doc, kRoot, QStringLiteral("contact"), JsonReader::Need::Optional);
    reader.rejectUnknownKeys(contact, JsonReader::child(kRoot, QStringLiteral("contact")),
        keys({ "id", "first_name", "last_name", "title", "seniority", "email", "email_verified", "phone",
            "linkedin_url", "known_disqualified" }));
    for (const ImportField &field : ImportField::all()) {
        if (field.type() != ImportField::Type::Structured && field.type() != ImportField::Type::Score)
            readScalar(reader, doc, field, record);
    }
    readSignals(reader, doc, record);
    readFit(reader, doc, record);
    readExtras(reader, doc, record);
    for (Problem p : reader.problems()) {
        p.line = int(qMin<qint64>(record.line, std::numeric_limits<int>::max()));
        record.problems << p;
    }
}

} // namespace sal::core
