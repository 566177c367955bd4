#pragma once

#include "disposition/RejectionReason.h"

#include <QList>

#include <optional>

namespace sal::core {

// The rejection picklist of a team and the contact-attempt rule that guards some of its reasons.
struct ReasonTaxonomy
{
    QList<RejectionReason> reasons;
    int minContactAttempts = 3;
    int minAttemptChannels = 2;

    std::optional<RejectionReason> reason(const QString &code) const;

    bool operator==(const ReasonTaxonomy &) const = default;
};

} // namespace sal::core
