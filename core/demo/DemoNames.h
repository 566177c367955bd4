#pragma once

#include "domain/Contact.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sal::core {

// A job title and the seniority the CRM would give it.
struct DemoTitle
{
    QString title;
    Seniority seniority = Seniority::Unknown;
};

// The word pools of the demo workspace for people and companies: names by country, company names,
// legal forms, domains, phone codes, currencies, titles. Only data and the small rules that combine
// it; DemoCompanyFactory decides which to use. Marketing's words are in DemoContent.
class DemoNames
{
public:
    static QStringList firstNames(const QString &country);
    static QStringList lastNames(const QString &country);

    static QStringList icpIndustries(); // matches resources/policy/icp.json
    static QList<double> icpIndustryWeights();
    static QStringList otherIndustries(); // outside the ICP
    static QStringList companyStems();
    static QStringList companyNouns(const QString &industry);
    static QString legalSuffix(const QString &country, int pick);
    static QString topLevelDomain(const QString &country);
    static QString dialingCode(const QString &country);
    static QString currency(const QString &country);
    static double perUsd(const QString &currency); // rough exchange rate, for revenue figures
    static QStringList statesOf(const QString &country); // US states, Canadian provinces; else empty
    static QStringList competitors(); // companies that sell what we sell

    static QList<DemoTitle> buyerTitles(const QString &segment);
    static QList<DemoTitle> nonBuyerTitles(); // wrong persona: no role in buying
    static QList<DemoTitle> noAuthorityTitles(); // plausible users without budget or influence

    // "José Müller" → "jose.muller": letters and digits only, words joined by `separator` (a null
    // QChar joins them without one), for e-mail addresses, domains and URLs.
    static QString asciiSlug(const QString &text, QChar separator = QLatin1Char('.'));
};

} // namespace sal::core
