#pragma once

#include "insight/DecidedLead.h"
#include "insight/ScoringFeedbackReport.h"
#include "qualification/IcpDefinition.h"
#include "reports/HealthBand.h"
#include "store/SqlDatabase.h"

#include <QCoreApplication>

namespace sal::core {

// Marketing's feedback from the team's rejections over the last `days` days: which reasons
// dominate and what change to the ICP or the scoring would have removed them (and how many
// accepted leads with them), which sources and campaigns sit outside the acceptance health band,
// and which reps accept much but convert little. Counts by column are SQL aggregations; the
// proposals read the firmographics inside each lead's context document, so they count in C++.
class ScoringFeedback
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ScoringFeedback)

public:
    // `bands`: reports.json's acceptance bands (PolicySet::reports), the Team panel's too.
    ScoringFeedback(SqlDatabase &teamStore, IcpDefinition icp, ReportPolicy bands);

    Result<ScoringFeedbackReport> compute(const QDateTime &nowUtc, int days = 90);

    // The proposals alone, from decided leads already read (tested against a hand count).
    QList<ScoringProposal> proposals(
        const QList<DecidedLead> &decided, const QList<ReasonShare> &reasons) const;
    HealthBand stateOf(double acceptanceRatePercent) const;

    static constexpr int kMinDecisionsPerChannel = 10;
    static constexpr int kMinAcceptsPerRep = 10;

private:
    Result<bool> readReasons(ScoringFeedbackReport &report, const QString &since);
    Result<bool> readChannels(ScoringFeedbackReport &report, const QString &since, const QString &column);
    Result<bool> readCoaching(ScoringFeedbackReport &report, const QString &since);

    SqlDatabase &m_db;
    IcpDefinition m_icp;
    ReportPolicy m_bands;
};

} // namespace sal::core
