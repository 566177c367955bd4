#include "io/ImportField.h"

#include <cmath>
#include <limits>

namespace sal::core {

ImportField::ImportField(const char *name, Type type, Setter setter, Copier copier)
    : m_name(QLatin1String(name))
    , m_type(type)
    , m_set(setter)
    , m_copy(copier)
{ }

namespace {
QList<ScoreContribution> part(const ScoreBreakdown &score, ScoreContribution::Part which)
{
    QList<ScoreContribution> lines;
    for (const ScoreContribution &c : score.contributions) {
        if (c.part == which)
            lines << c;
    }
    return lines;
}
} // namespace

// One line per field: its name, its type, how a parsed value is stored and how it is copied.
#define SAL_TEXT_FIELD(name, member)                                                                         \
    ImportField(                                                                                             \
        name, Type::Text, [](Lead &l, const QVariant &v) { l.member = v.toString(); },                       \
        [](const Lead &f, Lead &t) { t.member = f.member; })

const QList<ImportField> &ImportField::all()
{
    static const QList<ImportField> fields {
        SAL_TEXT_FIELD("external_id", externalId),
        SAL_TEXT_FIELD("source", source),
        SAL_TEXT_FIELD("campaign", campaign),
        SAL_TEXT_FIELD("product_line", productLine),
        ImportField(
            "created_at", Type::DateTime, [](Lead &l, const QVariant &v) { l.createdAt = v.toDateTime(); },
            [](const Lead &f, Lead &t) { t.createdAt = f.createdAt; }),
        ImportField(
            "mql_at", Type::DateTime, [](Lead &l, const QVariant &v) { l.mqlAt = v.toDateTime(); },
            [](const Lead &f, Lead &t) { t.mqlAt = f.mqlAt; }),
        SAL_TEXT_FIELD("contact.first_name", contact.firstName),
        SAL_TEXT_FIELD("contact.last_name", contact.lastName),
        SAL_TEXT_FIELD("contact.title", contact.title),
        ImportField(
            "contact.seniority", Type::Text,
            [](Lead &l, const QVariant &v) { l.contact.seniority = seniorityFromString(v.toString()); },
            [](const Lead &f, Lead &t) { t.contact.seniority = f.contact.seniority; }),
        ImportField(
            "contact.email", Type::Email, [](Lead &l, const QVariant &v) { l.contact.email = v.toString(); },
            [](const Lead &f, Lead &t) { t.contact.email = f.contact.email; }),
        SAL_TEXT_FIELD("contact.phone", contact.phone),
        SAL_TEXT_FIELD("contact.linkedin_url", contact.linkedInUrl),
        SAL_TEXT_FIELD("account.name", account.name),
        ImportField(
            "account.domain", Type::Domain,
            [](Lead &l, const QVariant &v) { l.account.domain = v.toString(); },
            [](const Lead &f, Lead &t) { t.account.domain = f.account.domain; }),
        SAL_TEXT_FIELD("account.industry", account.industry),
        ImportField(
            "account.employees", Type::Integer,
            [](Lead &l, const QVariant &v) { l.account.employees = int(v.toLongLong()); },
            [](const Lead &f, Lead &t) { t.account.employees = f.account.employees; }),
        ImportField(
            "account.annual_revenue", Type::Money,
            [](Lead &l, const QVariant &v) { l.account.annualRevenue = v.toLongLong(); },
            [](const Lead &f, Lead &t) { t.account.annualRevenue = f.account.annualRevenue; }),
        SAL_TEXT_FIELD("account.currency", account.currency),
        SAL_TEXT_FIELD("account.region", account.region),
        SAL_TEXT_FIELD("account.country", account.country),
        SAL_TEXT_FIELD("account.state", account.state),
        ImportField(
            "account.existing_customer", Type::Boolean,
            [](Lead &l, const QVariant &v) { l.account.existingCustomer = v.toBool(); },
            [](const Lead &f, Lead &t) { t.account.existingCustomer = f.account.existingCustomer; }),
        ImportField(
            "account.competitor", Type::Boolean,
            [](Lead &l, const QVariant &v) { l.account.competitor = v.toBool(); },
            [](const Lead &f, Lead &t) { t.account.competitor = f.account.competitor; }),
        // A CRM's own lead score becomes the fit half of the breakdown, so the rep still sees it.
        ImportField(
            "score", Type::Score,
            [](Lead &l, const QVariant &v) {
                l.score.contributions = { ScoreContribution {
                    ScoreContribution::Part::Fit, tr("CRM score"), int(v.toLongLong()), QDateTime() } };
            },
            [](const Lead &f, Lead &t) {
                // Fit lines first, then engagement: the order LeadCodec reads them back in.
                t.score.contributions = part(f.score, ScoreContribution::Part::Fit)
                    + part(t.score, ScoreContribution::Part::Engagement);
            }),
        // Only in JSON Lines: whole structures.
        ImportField("signals", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) {
                t.engagement = f.engagement;
                t.score.contributions = part(t.score, ScoreContribution::Part::Fit);
                t.score.addSignals(t.engagement);
            }),
        ImportField("talk_track", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) { t.talkTrack = f.talkTrack; }),
        ImportField("account.funding_stage", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) { t.account.fundingStage = f.account.fundingStage; }),
        ImportField("account.funding_date", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) { t.account.fundingDate = f.account.fundingDate; }),
        ImportField("account.open_roles", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) { t.account.openRoles = f.account.openRoles; }),
        ImportField("account.tech_stack", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) { t.account.techStack = f.account.techStack; }),
        ImportField("contact.email_verified", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) { t.contact.emailVerified = f.contact.emailVerified; }),
        ImportField("contact.known_disqualified", Type::Structured, nullptr,
            [](const Lead &f, Lead &t) { t.contact.knownDisqualified = f.contact.knownDisqualified; }),
    };
    return fields;
}

#undef SAL_TEXT_FIELD

std::optional<ImportField> ImportField::find(const QString &name)
{
    for (const ImportField &f : all()) {
        if (f.name() == name)
            return f;
    }
    return std::nullopt;
}

QStringList ImportField::names()
{
    QStringList list;
    for (const ImportField &f : all()) {
        if (f.type() != Type::Structured)
            list << f.name();
    }
    return list;
}

bool ImportField::assign(const QString &text, const ImportSettings &settings, Lead &lead, QString *why) const
{
    QVariant value;
    switch (m_type) {
    case Type::Text:
        value = text.trimmed();
        break;
    case Type::Email:
        if (const auto v = ImportValueParser::email(text, why))
            value = *v;
        break;
    case Type::Domain:
        if (const auto v = ImportValueParser::domain(text, why))
            value = *v;
        break;
    case Type::DateTime:
        if (const auto v = ImportValueParser::dateTime(text, settings.dateFormats, settings.zone, why))
            value = *v;
        break;
    case Type::Integer:
        if (const auto v
            = ImportValueParser::integer(text, settings.numbers, 0, std::numeric_limits<int>::max(), why))
            value = *v;
        break;
    case Type::Money:
        if (const auto v = ImportValueParser::number(text, settings.numbers, why)) {
            if (*v < 0 || *v > 1e15) {
                if (why)
                    *why = tr("\"%1\" is out of range (0 to 10^15)").arg(text.trimmed());
            } else {
                value = qint64(std::llround(*v));
            }
        }
        break;
    case Type::Score:
        if (const auto v = ImportValueParser::integer(text, settings.numbers, -1000, 1000, why))
            value = *v;
        break;
    case Type::Boolean:
        if (const auto v = ImportValueParser::boolean(text, why))
            value = *v;
        break;
    case Type::Structured:
        if (why)
            *why = tr("cannot be filled from a CSV column");
        return false;
    }
    if (!value.isValid())
        return false;
    m_set(lead, value);
    return true;
}

} // namespace sal::core
