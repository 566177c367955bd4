#pragma once

#include "demo/DemoLeadPlan.h"
#include "domain/Account.h"
#include "domain/Contact.h"
#include "domain/Territory.h"

#include <QDateTime>

namespace sal::core {

class DemoRandom;

// Makes up the account and the contact behind a demo lead: firmographics that fit the owner's
// territory (or, for a lead that will be rejected, the reason it will be rejected for) and a person
// with a name, title, e-mail, phone and LinkedIn profile that fit the country and the persona.
class DemoCompanyFactory
{
public:
    DemoCompanyFactory(DemoRandom &random, const QDateTime &nowUtc);

    Account account(const Territory &ownerTerritory, const DemoFate &fate);
    Contact contact(const Account &account, const DemoFate &fate);

    // The company-size segment ("smb", "mid", "enterprise") of a head count.
    static QString segmentOf(int employees);

private:
    QString countryIn(const QString &region);
    int employeesIn(const QString &segment);
    QString fundingStage(const QString &segment);
    QString phone(const QString &country);

    DemoRandom &m_random;
    QDateTime m_now;
};

} // namespace sal::core
