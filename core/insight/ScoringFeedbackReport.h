#pragma once

#include "reports/HealthBand.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sal::core {

// How often one reason was given among the rejections of the period.
struct ReasonShare
{
    QString code;
    int rejections = 0;
    double share = 0; // of all rejections, 0..1
};

// A concrete change to the scoring or the ICP with its effect measured on the period: how many
// rejected and accepted MQLs it would have kept out.
struct ScoringProposal
{
    QString reasonCode; // the rejection reason it answers
    int reasonRejections = 0;
    double reasonShare = 0; // of all rejections
    QString condition; // what the leads it removes have in common: "< 50 employees"
    double conditionShare = 0; // of the reason's rejections that meet the condition
    int rejectedRemoved = 0; // rejections of any reason that meet it
    int acceptedRemoved = 0; // acceptances that meet it
    QString text; // the whole proposal in words
};

// A source or campaign and where its acceptance rate sits in the health band.
struct ChannelHealth
{
    QString dimension; // "source" or "campaign"
    QString name;
    int accepted = 0;
    int rejected = 0;
    double acceptanceRate = 0; // percent
    HealthBand state = HealthBand::Healthy;
};

// A rep who accepts more than the team but converts fewer of those to SQL: a coaching signal about
// the rep's qualification, not about marketing's leads.
struct CoachingSignal
{
    QString repEmail;
    int accepted = 0;
    int rejected = 0;
    double acceptanceRate = 0; // percent
    int convertedToSql = 0;
    double salToSqlRate = 0; // percent of accepted
};

struct ScoringFeedbackReport
{
    QDateTime fromUtc;
    QDateTime toUtc;
    int accepted = 0;
    int rejected = 0;
    double teamAcceptanceRate = 0; // percent
    double teamSalToSqlRate = 0; // percent
    QList<ReasonShare> reasons;
    QList<ScoringProposal> proposals;
    QList<ChannelHealth> channels; // only those outside the healthy band
    QList<CoachingSignal> coaching;
};

} // namespace sal::core
