#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

enum class ContactChannel { Phone, Email, LinkedIn, Other };

QString contactChannelToString(ContactChannel channel);
std::optional<ContactChannel> contactChannelFromString(const QString &text);
QStringList allContactChannelNames();

// One logged try to reach the contact before deciding.
struct ContactAttempt
{
    QString leadId;
    ContactChannel channel = ContactChannel::Phone;
    QString outcome; // "voicemail", "no answer", "bounced"
    QDateTime at; // UTC
    QString actor;

    bool operator==(const ContactAttempt &) const = default;
};

} // namespace sal::core
