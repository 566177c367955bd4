#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

// Forrester's three kinds of rejection: the lead went to the wrong person (procedural), its data is
// wrong (clerical), or it is not a buyer we serve (definitional). Each points at a different fix.
enum class ReasonCategory { Procedural, Clerical, Definitional };

QString reasonCategoryToString(ReasonCategory category);
std::optional<ReasonCategory> reasonCategoryFromString(const QString &text);
QStringList allReasonCategoryNames();

// What happens to a rejected lead.
enum class RecycleAction { Reroute, Enrich, Nurture, Exclude };

QString recycleActionToString(RecycleAction action);
std::optional<RecycleAction> recycleActionFromString(const QString &text);
QStringList allRecycleActionNames();

// One entry of the rejection picklist.
struct RejectionReason
{
    QString code; // "wrong_territory"
    QString label; // "Wrong territory"
    ReasonCategory category = ReasonCategory::Definitional;
    bool needsAttempts = false; // only after the minimum logged contact attempts
    bool needsText = false; // the rep must spell it out ("other")
    RecycleAction recycle = RecycleAction::Nurture;
    QString nurtureTrack; // for RecycleAction::Nurture: the track's name

    bool operator==(const RejectionReason &) const = default;
};

} // namespace sal::core
