#pragma once

#include "domain/EngagementSignal.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sal::core {

// What the tier rules look at.
struct TierInput
{
    int score = 0;
    int fitPoints = 0;
    bool icpFit = false;
    QString source;
    QList<EngagementSignal> engagement;
    QDateTime nowUtc;
};

// "If these conditions hold, the lead is this tier." Every condition that is set must hold; an
// empty rule matches everything (useful as the last line).
struct TierRule
{
    QString tier;
    std::optional<int> minScore;
    std::optional<int> maxScore;
    std::optional<int> minFit;
    bool requireIcpFit = false;
    QStringList anySignal; // at least one signal of these kinds…
    std::optional<int> signalWithinDays; // …no older than this many days
    QStringList sources; // lead source is one of these

    bool matches(const TierInput &input) const;

    bool operator==(const TierRule &) const = default;
};

} // namespace sal::core
