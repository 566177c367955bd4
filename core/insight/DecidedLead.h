#pragma once

#include "domain/Lead.h"

#include <QDateTime>

namespace sal::core {

// A past accept or reject with the lead it was about, as the team store has it.
struct DecidedLead
{
    Lead lead;
    bool accepted = false;
    QString reasonCode;
    QString repEmail;
    QDateTime decidedAtUtc;
};

} // namespace sal::core
