#pragma once

#include "domain/EngagementSignal.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sal::core {

// One line of "why is this lead scored 82": a fit attribute or an engagement signal.
struct ScoreContribution
{
    enum class Part { Fit, Engagement };

    Part part = Part::Engagement;
    QString label; // "Industry: Software" or the signal's label
    int points = 0;
    QDateTime at; // when the signal happened; invalid for fit attributes

    // Whole days between `at` and `now`; -1 for fit attributes, which do not age.
    int recencyDays(const QDateTime &now) const;

    bool operator==(const ScoreContribution &) const = default;
};

// The lead score split into fit and engagement, with each contribution, so a rep can see why a lead
// is hot instead of trusting one number.
struct ScoreBreakdown
{
    QList<ScoreContribution> contributions;

    int fitPoints() const;
    int engagementPoints() const;
    int total() const { return fitPoints() + engagementPoints(); }

    // Builds the engagement half from signals, keeping the fit lines already present.
    void addSignals(const QList<EngagementSignal> &engagement);

    bool operator==(const ScoreBreakdown &) const = default;
};

} // namespace sal::core
