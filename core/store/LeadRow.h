#pragma once

#include "lifecycle/Stage.h"

#include <QString>

namespace sal::core {

// What the team store's guards judge an operation against: a lead's columns that change after
// it is created.
struct LeadRow
{
    Stage stage = Stage::Mql;
    QString owner;
    QString teamId;
    int version = 0;
};

} // namespace sal::core
