#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

enum class Role { Rep, Manager, Marketing };

QString roleToString(Role role);
std::optional<Role> roleFromString(const QString &text);

// A person on the team: a rep dispositions leads, a manager watches the SLA, marketing gets feedback.
struct Rep
{
    QString email; // the identity everywhere (and the PostgreSQL role name)
    QString name;
    QString teamId;
    Role role = Role::Rep;
    QString territoryId;
    int dailyCapacity = 25; // new MQLs per business day the rep can work
    bool active = true;
    bool partner = false; // a channel partner's user

    bool operator==(const Rep &) const = default;
};

} // namespace sal::core
