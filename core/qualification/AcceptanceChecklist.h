#pragma once

#include "domain/Lead.h"
#include "qualification/ChecklistItem.h"
#include "qualification/ChecklistThresholds.h"
#include "qualification/IcpDefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace sal::core {

// Required items (real person, company inside the ICP, buying influence, not excluded) and
// preferred ones (several contacts engaged, recent engagement, MOFU/BOFU content, growth, intent),
// each judged pass / fail / unknown from the lead's own data, with the evidence.
class AcceptanceChecklist
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::AcceptanceChecklist)

public:
    AcceptanceChecklist(IcpDefinition icp, ChecklistThresholds thresholds);

    // `engagedContactsAtAccount` counts the account's contacts with engagement, this one included.
    QList<ChecklistItem> evaluate(const Lead &lead, int engagedContactsAtAccount, const QDateTime &nowUtc) const;

    // True when no required item failed.
    static bool requiredItemsHold(const QList<ChecklistItem> &items);

private:
    ChecklistItem realPerson(const Contact &contact) const;
    ChecklistItem icpCompany(const Account &account) const;
    ChecklistItem buyingInfluence(const Contact &contact) const;
    ChecklistItem notExcluded(const Lead &lead) const;
    ChecklistItem severalContacts(int engagedContacts) const;
    ChecklistItem recentEngagement(const Lead &lead, const QDateTime &nowUtc) const;
    ChecklistItem midFunnelContent(const Lead &lead) const;
    ChecklistItem growthSignals(const Account &account, const QDateTime &nowUtc) const;
    ChecklistItem intentData(const Lead &lead) const;

    IcpDefinition m_icp;
    ChecklistThresholds m_thresholds;
};

} // namespace sal::core
