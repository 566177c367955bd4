#pragma once

// Shared set-up for the store and sync tests: a policy, a team store file with a small team, and
// leads built in code so each test states exactly what it starts from.

#include "policy/PolicyLoader.h"
#include "store/LocalStore.h"
#include "store/SqliteTeamStore.h"
#include "sync/DecisionMaker.h"

#include <QTemporaryDir>
#include <QTest>

namespace sal::test {

using namespace sal::core;

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

inline Lead makeLead(const QString &id, const QString &owner, const QDateTime &routedAt)
{
    Lead lead;
    lead.id = id;
    lead.stage = Stage::Mql;
    lead.source = QStringLiteral("webinar");
    lead.ownerEmail = owner;
    lead.teamId = QStringLiteral("na");
    lead.tier = QStringLiteral("standard");
    lead.createdAt = routedAt.addDays(-1);
    lead.mqlAt = routedAt;
    lead.routedAt = routedAt;
    lead.account.name = QStringLiteral("Company ") + id;
    lead.account.industry = QStringLiteral("Software");
    lead.account.employees = 250;
    lead.contact.firstName = QStringLiteral("Pat");
    lead.contact.lastName = id;
    lead.contact.email = id + QStringLiteral("@example.com");
    lead.contact.emailVerified = true;
    return lead;
}

inline Disposition acceptDisposition(const QDateTime &due)
{
    Disposition d;
    d.kind = DispositionKind::Accept;
    d.nextStep = NextStepKind::Call;
    d.nextStepDueUtc = due;
    d.note = QStringLiteral("Discovery call booked");
    return d;
}

inline Disposition rejectDisposition(const QString &code, const QString &text = {})
{
    Disposition d;
    d.kind = DispositionKind::Reject;
    d.reasonCode = code;
    d.reasonText = text;
    return d;
}

struct SyncFixture
{
    QTemporaryDir dir;
    PolicySet policy;
    std::unique_ptr<SqliteTeamStore> team;
    QString repA = QStringLiteral("ana@example.com");
    QString repB = QStringLiteral("ben@example.com");
    QString manager = QStringLiteral("mia@example.com");

    bool init()
    {
        const Result<PolicySet> loaded = PolicyLoader::loadDefaults();
        if (!loaded || !dir.isValid())
            return false;
        policy = *loaded;
        auto opened = SqliteTeamStore::open(teamPath(), validator());
        if (!opened)
            return false;
        team = std::move(opened).value();
        return team->putTeam(Team { QStringLiteral("na"), QStringLiteral("North America"), manager, QStringLiteral("new_york"), false })
            && team->putPerson(Rep { repA, QStringLiteral("Ana"), QStringLiteral("na"), Role::Rep, {}, 25, true, false })
            && team->putPerson(Rep { repB, QStringLiteral("Ben"), QStringLiteral("na"), Role::Rep, {}, 25, true, false })
            && team->putPerson(Rep { manager, QStringLiteral("Mia"), QStringLiteral("na"), Role::Manager, {}, 0, true, false });
    }

    QString teamPath() const { return dir.filePath(QStringLiteral("team.sqlite")); }
    DispositionValidator validator() const { return DispositionValidator(policy.reasons); }
    DecisionMaker maker() const { return DecisionMaker(validator()); }

    std::unique_ptr<LocalStore> openLocal(const QString &name)
    {
        auto opened = LocalStore::open(dir.filePath(name + QStringLiteral(".sqlite")));
        return opened ? std::move(opened).value() : nullptr;
    }

    // Another connection to the same team store file (a second device, another thread's view).
    std::unique_ptr<SqliteTeamStore> openTeamAgain()
    {
        auto opened = SqliteTeamStore::open(teamPath(), validator(), false);
        return opened ? std::move(opened).value() : nullptr;
    }
};

} // namespace sal::test

// QVERIFY for a Result, printing its problems when it failed.
#define QVERIFY_OK(expr)                                                                                              \
    do {                                                                                                              \
        const auto &result_ = (expr);                                                                                 \
        QVERIFY2(result_.ok(), qPrintable(sal::core::joinProblems(result_.problems())));                              \
    } while (false)
