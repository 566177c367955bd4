#include "domain/Rep.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<Role> kRoleNames[] = {
    { Role::Rep, "rep" },
    { Role::Manager, "manager" },
    { Role::Marketing, "marketing" },
};
} // namespace

QString roleToString(Role role)
{
    return enumToString(kRoleNames, role);
}

std::optional<Role> roleFromString(const QString &text)
{
    return enumFromString(kRoleNames, text);
}

} // namespace sal::core
