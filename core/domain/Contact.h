#pragma once

#include <QString>

namespace sal::core {

enum class Seniority { Unknown, Individual, Manager, Director, VicePresident, CLevel, Owner };

QString seniorityToString(Seniority seniority);
Seniority seniorityFromString(const QString &text); // Unknown for anything unrecognised

// The person behind a lead.
struct Contact
{
    QString id;
    QString firstName;
    QString lastName;
    QString title;
    Seniority seniority = Seniority::Unknown;
    QString email;
    bool emailVerified = false;
    QString phone;
    QString linkedInUrl;
    bool knownDisqualified = false; // marked earlier as not a buyer (student, vendor, job seeker)

    QString fullName() const;

    bool operator==(const Contact &) const = default;
};

} // namespace sal::core
