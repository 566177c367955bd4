#include "demo/DemoRoster.h"

#include "policy/PolicySet.h"
#include "store/TeamStore.h"

#include <QFile>

namespace sal::core {

namespace {
const QString kDomain = QStringLiteral("@lumenflow.example");

QString emailOf(const QString &name)
{
    return name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + kDomain;
}

struct RepLine
{
    const char *name;
    const char *segment;
    int capacity;
    double pace;
};
} // namespace

DemoRoster DemoRoster::standard()
{
    DemoRoster roster;
    const QStringList na { QStringLiteral("US"), QStringLiteral("CA") };
    const QStringList emea { QStringLiteral("GB"), QStringLiteral("IE"), QStringLiteral("DE"),
        QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("FR"), QStringLiteral("BE"),
        QStringLiteral("NL"), QStringLiteral("SE"), QStringLiteral("DK"), QStringLiteral("NO"),
        QStringLiteral("FI"), QStringLiteral("ES"), QStringLiteral("IT"), QStringLiteral("PL") };
    struct TeamLine
    {
        const char *id;
        const char *name;
        const char *region;
        const char *regionName;
        const char *calendar;
        const char *manager;
        QStringList countries;
        QList<RepLine> reps;
    };
    const QList<TeamLine> lines {
        { "na", "North America", "NA", "North America", "new_york", "Dana Whitfield", na,
            { { "Marcus Reed", "smb", 30, 0.85 }, { "Priya Shah", "smb", 30, 1.0 },
                { "Jordan Ellis", "mid", 25, 0.9 }, { "Sofia Marquez", "mid", 22, 1.35 },
                { "Ethan Cole", "enterprise", 12, 1.1 } } },
        { "emea", "EMEA", "EMEA", "EMEA", "berlin", "Katrin Vogel", emea,
            { { "Lena Fischer", "smb", 28, 0.8 }, { "Tom Hughes", "smb", 28, 1.25 },
                { "Amelie Laurent", "mid", 24, 0.95 }, { "Jonas Berg", "mid", 20, 1.05 },
                { "Isabella Rossi", "enterprise", 12, 1.0 } } },
    };
    // Stored data, not user interface: never translated, so a seed gives the same file everywhere.
    const QList<QPair<QString, QString>> segments { { QStringLiteral("smb"), QStringLiteral("SMB") },
        { QStringLiteral("mid"), QStringLiteral("mid-market") },
        { QStringLiteral("enterprise"), QStringLiteral("enterprise") } };
    for (const TeamLine &line : lines) {
        const QString teamId = QLatin1String(line.id);
        const QString manager = QLatin1String(line.manager);
        roster.m_teams << Team { teamId, QLatin1String(line.name), emailOf(manager),
            QLatin1String(line.calendar), false };
        for (const auto &[segment, segmentName] : segments)
            roster.m_territories << Territory { teamId + QLatin1Char('-') + segment,
                QLatin1String(line.regionName) + QStringLiteral(" — ") + segmentName,
                QLatin1String(line.region), segment, line.countries };
        roster.m_people << Rep { emailOf(manager), manager, teamId, Role::Manager, {}, 0, true, false };
        for (const RepLine &rep : line.reps) {
            const QString name = QLatin1String(rep.name);
            roster.m_people << Rep { emailOf(name), name, teamId, Role::Rep,
                teamId + QLatin1Char('-') + QLatin1String(rep.segment), rep.capacity, true, false };
            roster.m_pace.insert(emailOf(name), rep.pace);
        }
    }
    // Marketing (RevOps) sits with the North American team and serves both.
    const QString marketer = QStringLiteral("Rachel Kim");
    roster.m_people << Rep { emailOf(marketer), marketer, QStringLiteral("na"), Role::Marketing, {}, 0, true,
        false };
    return roster;
}

QList<Rep> DemoRoster::reps() const
{
    QList<Rep> list;
    for (const Rep &p : m_people) {
        if (p.role == Role::Rep)
            list << p;
    }
    return list;
}

QList<Rep> DemoRoster::repsOf(const QString &teamId) const
{
    QList<Rep> list;
    for (const Rep &p : m_people) {
        if (p.role == Role::Rep && p.teamId == teamId)
            list << p;
    }
    return list;
}

Team DemoRoster::team(const QString &teamId) const
{
    for (const Team &t : m_teams) {
        if (t.id == teamId)
            return t;
    }
    return {};
}

Territory DemoRoster::territory(const QString &territoryId) const
{
    for (const Territory &t : m_territories) {
        if (t.id == territoryId)
            return t;
    }
    return {};
}

Rep DemoRoster::marketing() const
{
    for (const Rep &p : m_people) {
        if (p.role == Role::Marketing)
            return p;
    }
    return {};
}

Rep DemoRoster::person(const QString &email) const
{
    for (const Rep &p : m_people) {
        if (p.email == email)
            return p;
    }
    return {};
}

Result<bool> DemoRoster::writeTo(TeamStore &store, const PolicySet &policy) const
{
    for (const Team &t : m_teams) {
        if (!policy.calendars.contains(t.calendarId))
            return Problem::forField(QStringLiteral("calendar"),
                tr("The policy has no calendar \"%1\" for team %2.").arg(t.calendarId, t.name));
        QFile file(QStringLiteral(":/policy/calendars/%1.json").arg(t.calendarId));
        if (!file.open(QIODevice::ReadOnly))
            return Problem::at(
                file.fileName(), {}, tr("cannot read the calendar: %1").arg(file.errorString()));
        if (auto r = store.putCalendar(t.calendarId, file.readAll()); !r)
            return r;
        if (auto r = store.putTeam(t); !r)
            return r;
    }
    for (const Territory &t : m_territories) {
        if (auto r = store.putTerritory(t); !r)
            return r;
    }
    for (const Rep &p : m_people) {
        if (auto r = store.putPerson(p); !r)
            return r;
    }
    return true;
}

} // namespace sal::core
