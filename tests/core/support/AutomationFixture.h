#pragma once

// A team store for the automation tests: the default policy (routing.json's territories exist), a
// North American team on the New York calendar with three mid-market reps of equal capacity and a
// manager, an EMEA team with one mid-market rep, and marketing. Leads are built in code.

#include "SyncFixture.h"
#include "lifecycle/LeadLifecycle.h"

namespace sal::test {

struct AutomationFixture : SyncFixture
{
    QString repC = QStringLiteral("cy@example.com");
    QString emeaRep = QStringLiteral("eva@example.com");
    QString emeaManager = QStringLiteral("max@example.com");
    QString marketer = QStringLiteral("rae@example.com");

    bool initAutomation(int capacity = 25)
    {
        if (!init()) {
            qWarning("the sync fixture did not start");
            return false;
        }
        QList<Result<bool>> writes;
        writes << team->putTeam(Team {
            QStringLiteral("emea"), QStringLiteral("EMEA"), emeaManager, QStringLiteral("berlin"), false })
               << team->putPerson(Rep { emeaManager, QStringLiteral("Max"), QStringLiteral("emea"),
                      Role::Manager, {}, 0, true, false })
               << team->putPerson(Rep { marketer, QStringLiteral("Rae"), QStringLiteral("na"),
                      Role::Marketing, {}, 0, true, false });
        for (const char *region : { "na", "emea" }) {
            for (const char *segment : { "smb", "mid", "enterprise" }) {
                const QString id = QLatin1String(region) + QLatin1Char('-') + QLatin1String(segment);
                writes << team->putTerritory(
                    Territory { id, id, QString::fromLatin1(region).toUpper(), QLatin1String(segment), {} });
            }
        }
        // Ana and Ben exist from SyncFixture; put all three reps in na-mid with the same capacity.
        for (const auto &[email, name] :
            { std::pair { repA, "Ana" }, std::pair { repB, "Ben" }, std::pair { repC, "Cy" } })
            writes << team->putPerson(Rep { email, QLatin1String(name), QStringLiteral("na"), Role::Rep,
                QStringLiteral("na-mid"), capacity, true, false });
        writes << team->putPerson(Rep { emeaRep, QStringLiteral("Eva"), QStringLiteral("emea"), Role::Rep,
            QStringLiteral("emea-mid"), capacity, true, false });
        for (const Result<bool> &w : writes) {
            if (!w) {
                qWarning("%s", qPrintable(joinProblems(w.problems())));
                return false;
            }
        }
        return true;
    }

    // A North American mid-market MQL (250 employees), owned by `owner` from `routedAt`.
    static Lead midMarketLead(const QString &id, const QString &owner, const QDateTime &routedAt,
        const QString &tier = QStringLiteral("standard"))
    {
        Lead lead = makeLead(id, owner, routedAt);
        lead.tier = tier;
        lead.account.region = QStringLiteral("NA");
        lead.account.country = QStringLiteral("US");
        lead.account.employees = 250;
        return lead;
    }

    // Stores `lead` with its history so far: qualified, then routed to its owner.
    bool put(const Lead &lead)
    {
        QList<StageEvent> events;
        events << LeadLifecycle::apply(
            lead.id, Stage::Lead, EventKind::Qualified, lead.mqlAt, QStringLiteral("system:scoring"))
                      .value();
        if (!lead.ownerEmail.isEmpty())
            events << LeadLifecycle::apply(lead.id, Stage::Mql, EventKind::Routed, lead.routedAt,
                QStringLiteral("system:routing"), QStringLiteral("test"))
                          .value();
        const Result<bool> stored = team->putLead(lead, events);
        if (!stored)
            qWarning("putLead %s: %s", qPrintable(lead.id), qPrintable(joinProblems(stored.problems())));
        return stored.ok();
    }

    // The rep decides on the device at `at` and the team store receives it at once.
    OperationResult decideAndPush(const QString &leadId, const QString &actor, const Disposition &d,
        const QDateTime &at, int seenVersion = -1)
    {
        const LeadSnapshot s = team->lead(leadId).value().value();
        LeadState state { leadId, s.lead.stage, seenVersion < 0 ? s.version : seenVersion, s.lead.ownerEmail,
            s.attempts };
        const Operation op = maker().decide(state, d, actor, at).value().operation();
        return team->push({ op }, at).value().constFirst();
    }

    OperationResult attemptAndPush(
        const QString &leadId, const QString &actor, ContactChannel channel, const QDateTime &at)
    {
        const LeadSnapshot s = team->lead(leadId).value().value();
        LeadState state { leadId, s.lead.stage, s.version, s.lead.ownerEmail, s.attempts };
        const Operation op
            = maker().attempt(state, channel, QStringLiteral("spoke briefly"), actor, at).value().operation();
        return team->push({ op }, at).value().constFirst();
    }

    LeadSnapshot snapshot(const QString &leadId) { return team->lead(leadId).value().value(); }

    int count(const QString &leadId, EventKind kind)
    {
        int n = 0;
        for (const StageEvent &e : snapshot(leadId).events)
            n += e.kind == kind ? 1 : 0;
        return n;
    }
};

} // namespace sal::test
