#pragma once

#include "disposition/ContactAttempt.h"
#include "disposition/Disposition.h"

#include <QJsonObject>

namespace sal::core {

// Dispositions and contact attempts as JSON: the payload of outbox operations and of the team
// store's decision rows.
class DispositionCodec
{
public:
    static QJsonObject toJson(const Disposition &d);
    static Disposition dispositionFromJson(const QJsonObject &o);
    static QJsonObject toJson(const ContactAttempt &a);
    static ContactAttempt attemptFromJson(const QJsonObject &o);
};

} // namespace sal::core
