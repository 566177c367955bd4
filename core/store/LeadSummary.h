#pragma once

#include "domain/Account.h"
#include "lifecycle/Stage.h"
#include "store/CachedLead.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace sal::core {

// What the queue shows of a cached lead: its row, the inputs of its SLA window and of its ICP fit,
// nothing more. The local store reads it from plain columns, so opening a queue of 100,000 leads
// never decodes their contexts (signals, talk tracks): the full CachedLead is read only for the lead
// the rep looks at.
struct LeadSummary
{
    QString id;
    Stage stage = Stage::Mql;
    QString ownerEmail;
    QString tier;
    QDateTime routedAt; // UTC; the SLA window starts here
    QDateTime mqlAt; // UTC; the start when the lead was never routed
    QString company;
    QString contactName;
    QString contactTitle;
    QString source;
    QString campaign;
    int score = 0;
    // Firmographics the ICP fit reads.
    QString industry;
    QString region;
    QString country;
    std::optional<int> employees;
    std::optional<qint64> annualRevenue;
    int version = 0;
    int attempts = 0; // logged contact attempts, the team store's and this device's
    QString pendingDecision; // as CachedLead::pendingDecision

    bool operator==(const LeadSummary &) const = default;

    // The account as far as the summary knows it: name and the ICP's firmographics.
    Account firmographics() const
    {
        Account a;
        a.name = company;
        a.industry = industry;
        a.region = region;
        a.country = country;
        a.employees = employees;
        a.annualRevenue = annualRevenue;
        return a;
    }

    // The summary of a lead already read in full (a lead pane's, a sync round's few leads).
    static LeadSummary of(const CachedLead &c)
    {
        const Lead &l = c.lead;
        return LeadSummary { l.id, l.stage, l.ownerEmail, l.tier, l.routedAt, l.mqlAt, l.account.name,
            l.contact.fullName(), l.contact.title, l.source, l.campaign, l.score.total(), l.account.industry,
            l.account.region, l.account.country, l.account.employees, l.account.annualRevenue, c.version,
            int(c.attempts.size()), c.pendingDecision };
    }
};

} // namespace sal::core
