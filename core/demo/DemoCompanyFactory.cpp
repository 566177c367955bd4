#include "demo/DemoCompanyFactory.h"

#include "demo/DemoContent.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"

#include <cmath>

namespace sal::core {

namespace {
const QStringList kSegments { QStringLiteral("smb"), QStringLiteral("mid"), QStringLiteral("enterprise") };

bool is(const DemoFate &fate, const char *reason)
{
    return fate.kind == DispositionKind::Reject && fate.reasonCode == QLatin1String(reason);
}

// Revenue per employee and year in USD, by industry: enough to make the figures plausible.
qint64 revenuePerEmployee(const QString &industry)
{
    if (industry == QLatin1String("Software"))
        return 260'000;
    if (industry == QLatin1String("Financial Services"))
        return 420'000;
    if (industry == QLatin1String("Manufacturing"))
        return 210'000;
    if (industry == QLatin1String("Logistics"))
        return 190'000;
    if (industry == QLatin1String("Retail"))
        return 150'000;
    return 140'000;
}
} // namespace

DemoCompanyFactory::DemoCompanyFactory(DemoRandom &random, const QDateTime &nowUtc)
    : m_random(random)
    , m_now(nowUtc)
{ }

QString DemoCompanyFactory::segmentOf(int employees)
{
    return employees < 200 ? kSegments.at(0) : employees < 2000 ? kSegments.at(1) : kSegments.at(2);
}

QString DemoCompanyFactory::countryIn(const QString &region)
{
    struct Weighted
    {
        const char *country;
        double weight;
    };
    static const QList<Weighted> na { { "US", 85 }, { "CA", 15 } };
    static const QList<Weighted> emea { { "GB", 24 }, { "DE", 21 }, { "FR", 11 }, { "NL", 9 }, { "SE", 6 },
        { "CH", 5 }, { "ES", 5 }, { "IT", 4 }, { "IE", 3 }, { "AT", 3 }, { "BE", 2 }, { "DK", 2 },
        { "NO", 1 }, { "FI", 2 }, { "PL", 2 } };
    static const QList<Weighted> apac { { "AU", 40 }, { "SG", 25 }, { "JP", 15 }, { "IN", 20 } };
    static const QList<Weighted> latam { { "BR", 45 }, { "MX", 30 }, { "AR", 15 }, { "CL", 10 } };
    const QList<Weighted> &table = region == QLatin1String("NA") ? na
        : region == QLatin1String("EMEA")                        ? emea
        : region == QLatin1String("APAC")                        ? apac
                                                                 : latam;
    QList<double> weights;
    for (const Weighted &w : table)
        weights << w.weight;
    return QLatin1String(table.at(m_random.weighted(weights)).country);
}

int DemoCompanyFactory::employeesIn(const QString &segment)
{
    // Log-uniform inside the band: many small companies, few large ones, like a real database.
    const auto logUniform = [this](double low, double high) {
        return int(std::lround(std::exp(m_random.between(std::log(low), std::log(high)))));
    };
    if (segment == QLatin1String("smb"))
        return logUniform(50, 199);
    if (segment == QLatin1String("mid"))
        return logUniform(200, 1999);
    return m_random.chance(0.15) ? logUniform(10'500, 60'000) : logUniform(2000, 9800);
}

QString DemoCompanyFactory::fundingStage(const QString &segment)
{
    static const QStringList stages { {}, QStringLiteral("seed"), QStringLiteral("series_a"),
        QStringLiteral("series_b"), QStringLiteral("series_c"), QStringLiteral("series_d"),
        QStringLiteral("private_equity"), QStringLiteral("public") };
    if (segment == QLatin1String("smb"))
        return stages.at(m_random.weighted({ 35, 20, 25, 10, 0, 0, 10, 0 }));
    if (segment == QLatin1String("mid"))
        return stages.at(m_random.weighted({ 15, 0, 3, 25, 20, 10, 22, 5 }));
    return stages.at(m_random.weighted({ 12, 0, 0, 0, 3, 5, 30, 50 }));
}

QString DemoCompanyFactory::phone(const QString &country)
{
    const QString code = DemoNames::dialingCode(country);
    if (country == QLatin1String("US") || country == QLatin1String("CA"))
        // 555-01xx is reserved for fiction.
        return QStringLiteral("%1 (%2) 555-01%3")
            .arg(code)
            .arg(m_random.between(201, 989))
            .arg(m_random.between(0, 99), 2, 10, QLatin1Char('0'));
    if (country == QLatin1String("GB"))
        return QStringLiteral("+44 20 7946 0%1").arg(m_random.between(0, 999), 3, 10, QLatin1Char('0'));
    return QStringLiteral("%1 %2 %3 %4")
        .arg(code)
        .arg(m_random.between(10, 99))
        .arg(m_random.between(100, 999))
        .arg(m_random.between(1000, 9999));
}

Account DemoCompanyFactory::account(const Territory &ownerTerritory, const DemoFate &fate)
{
    Account a;
    a.id = QStringLiteral("001") + m_random.base62(15);
    a.region = ownerTerritory.region;
    QString segment = ownerTerritory.segment;
    bool icpIndustry = true;
    if (is(fate, "wrong_territory")) {
        // Either the router missed the company size or the company sits in the other region.
        if (m_random.chance(0.5)) {
            QStringList others = kSegments;
            others.removeAll(segment);
            segment = m_random.pick(others);
        } else {
            a.region = a.region == QLatin1String("NA") ? QStringLiteral("EMEA") : QStringLiteral("NA");
        }
    } else if (is(fate, "outside_icp")) {
        if (m_random.chance(0.5))
            a.region = m_random.chance(0.5) ? QStringLiteral("APAC") : QStringLiteral("LATAM");
        else
            icpIndustry = false;
    }
    a.country = countryIn(a.region);
    a.state = m_random.chance(0.9) && !DemoNames::statesOf(a.country).isEmpty()
        ? m_random.pick(DemoNames::statesOf(a.country))
        : QString();
    a.currency = DemoNames::currency(a.country);

    if (is(fate, "competitor"))
        a.industry = QStringLiteral("Software");
    else if (icpIndustry)
        a.industry = DemoNames::icpIndustries().at(m_random.weighted(DemoNames::icpIndustryWeights()));
    else
        a.industry = m_random.pick(DemoNames::otherIndustries());

    // Noise, so the acceptance model learns tendencies rather than a rule: a few accepted leads are
    // small companies a rep took anyway (a fast-growing start-up), as real teams do.
    // Only on the SMB desk, where such leads are routed.
    const bool acceptedSmall = fate.kind == DispositionKind::Accept
        && ownerTerritory.segment == QLatin1String("smb") && m_random.chance(0.05);
    const int employees = is(fate, "company_too_small") ? m_random.between(4, 45)
        : acceptedSmall                                 ? m_random.between(15, 49)
                                                        : employeesIn(segment);
    a.employees = employees;
    if (m_random.chance(0.92)) {
        const double usd
            = double(employees) * double(revenuePerEmployee(a.industry)) * m_random.between(0.7, 1.3);
        const double local = usd * DemoNames::perUsd(a.currency);
        const qint64 step = local < 10e6 ? 50'000 : 1'000'000;
        a.annualRevenue = std::max<qint64>(step, qint64(std::llround(local / double(step))) * step);
    }

    if (is(fate, "competitor")) {
        a.name = m_random.pick(DemoNames::competitors()) + QLatin1Char(' ')
            + DemoNames::legalSuffix(a.country, 0);
        a.domain
            = DemoNames::asciiSlug(a.name.section(QLatin1Char(' '), 0, 0), QChar()) + QStringLiteral(".com");
    } else {
        const QString stem = m_random.pick(DemoNames::companyStems());
        const QString noun = m_random.pick(DemoNames::companyNouns(a.industry));
        const QString core = stem + QLatin1Char(' ') + noun;
        a.name = m_random.chance(0.7)
            ? core + QLatin1Char(' ') + DemoNames::legalSuffix(a.country, m_random.between(0, 5))
            : core;
        a.domain
            = DemoNames::asciiSlug(core, QChar()) + QLatin1Char('.') + DemoNames::topLevelDomain(a.country);
    }

    a.fundingStage = fundingStage(DemoCompanyFactory::segmentOf(employees));
    if (a.fundingStage == QLatin1String("private_equity"))
        a.fundingDate = m_now.date().addDays(-m_random.between(200, 1800));
    else if (!a.fundingStage.isEmpty() && a.fundingStage != QLatin1String("public"))
        a.fundingDate = m_now.date().addDays(-m_random.between(20, 900));

    const int maxRoles = employees < 200 ? 6 : employees < 2000 ? 30 : 150;
    a.openRoles = int(std::lround(double(maxRoles) * m_random.unit() * m_random.unit()));

    QStringList pool = DemoContent::techStack();
    const int tools = m_random.between(2, 5);
    for (int i = 0; i < tools && !pool.isEmpty(); ++i)
        a.techStack << pool.takeAt(m_random.between(0, int(pool.size()) - 1));
    if (m_random.chance(0.08))
        a.techStack << m_random.pick(DemoNames::competitors()); // a rival's product is installed
    a.existingCustomer = is(fate, "existing_customer");
    if (a.existingCustomer)
        a.techStack << QStringLiteral("Lumenflow Workflow Cloud");
    a.competitor = is(fate, "competitor");
    return a;
}

Contact DemoCompanyFactory::contact(const Account &account, const DemoFate &fate)
{
    Contact c;
    c.id = QStringLiteral("003") + m_random.base62(15);
    c.firstName = m_random.pick(DemoNames::firstNames(account.country));
    c.lastName = m_random.pick(DemoNames::lastNames(account.country));

    DemoTitle title;
    // Noise again: now and then an accepted lead is a junior contact who brought a real project.
    const bool acceptedJunior = fate.kind == DispositionKind::Accept && m_random.chance(0.04);
    if (is(fate, "wrong_persona") || (is(fate, "other") && m_random.chance(0.5)) || acceptedJunior)
        title = m_random.pick(DemoNames::nonBuyerTitles());
    else if (is(fate, "no_authority"))
        title = m_random.pick(DemoNames::noAuthorityTitles());
    else
        title = m_random.pick(DemoNames::buyerTitles(segmentOf(account.employees.value_or(100))));
    c.title = title.title;
    // Some CRMs leave the seniority blank and keep only the title.
    c.seniority = m_random.chance(0.06) ? Seniority::Unknown : title.seniority;
    c.knownDisqualified = is(fate, "wrong_persona") && m_random.chance(0.2);

    const QString first = DemoNames::asciiSlug(c.firstName, QChar());
    const QString last = DemoNames::asciiSlug(c.lastName, QChar());
    const int pattern = m_random.weighted({ 60, 25, 15 });
    const QString local = pattern == 0 ? first + QLatin1Char('.') + last
        : pattern == 1                 ? first.left(1) + last
                                       : first;
    const bool badData = is(fate, "bad_contact_data");
    if (badData) {
        // A typo in the domain or a shared inbox: the kind of address that bounces or goes nowhere.
        c.email = m_random.chance(0.5) ? local + QLatin1Char('@') + account.domain.mid(1)
                                       : QStringLiteral("info@") + account.domain;
        c.emailVerified = false;
        c.phone = m_random.chance(0.5)
            ? QString()
            : DemoNames::dialingCode(account.country) + QStringLiteral(" 000 000 000");
    } else {
        const bool personal = m_random.chance(0.06);
        c.email = local + QLatin1Char('@')
            + (personal ? (m_random.chance(0.6) ? QStringLiteral("gmail.com") : QStringLiteral("outlook.com"))
                        : account.domain);
        c.emailVerified = !personal && m_random.chance(0.9);
        c.phone = m_random.chance(0.85) ? phone(account.country) : QString();
    }
    if (m_random.chance(badData ? 0.3 : 0.78))
        c.linkedInUrl
            = QStringLiteral("https://www.linkedin.com/in/%1-%2")
                  .arg(DemoNames::asciiSlug(c.firstName + QLatin1Char(' ') + c.lastName, QLatin1Char('-')),
                      m_random.base62(6).toLower());
    return c;
}

} // namespace sal::core
