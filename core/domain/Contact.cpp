#include "domain/Contact.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<Seniority> kSeniorityNames[] = {
    { Seniority::Unknown, "unknown" },
    { Seniority::Individual, "individual" },
    { Seniority::Manager, "manager" },
    { Seniority::Director, "director" },
    { Seniority::VicePresident, "vp" },
    { Seniority::CLevel, "c_level" },
    { Seniority::Owner, "owner" },
};
} // namespace

QString seniorityToString(Seniority seniority)
{
    return enumToString(kSeniorityNames, seniority);
}

Seniority seniorityFromString(const QString &text)
{
    return enumFromString(kSeniorityNames, text).value_or(Seniority::Unknown);
}

QString Contact::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

} // namespace sal::core
