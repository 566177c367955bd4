#include "disposition/ContactAttempt.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<ContactChannel> kChannelNames[] = {
    { ContactChannel::Phone, "phone" },
    { ContactChannel::Email, "email" },
    { ContactChannel::LinkedIn, "linkedin" },
    { ContactChannel::Other, "other" },
};
} // namespace

QString contactChannelToString(ContactChannel channel)
{
    return enumToString(kChannelNames, channel);
}

std::optional<ContactChannel> contactChannelFromString(const QString &text)
{
    return enumFromString(kChannelNames, text);
}

QStringList allContactChannelNames()
{
    return enumNames(kChannelNames);
}

} // namespace sal::core
