#pragma once

#include "insight/AcceptanceFeatures.h"
#include "insight/AcceptanceTrainer.h"
#include "insight/HoldoutEvaluation.h"
#include "policy/PolicySet.h"
#include "store/SqlDatabase.h"
#include "store/TeamStore.h"

#include <QCoreApplication>

namespace sal::core {

// The acceptance model's life in the team store: trains it on every accept and reject there and
// stores it (coefficients, vocabulary, training date, number of decisions), retrains when enough
// new decisions arrived since the stored one, reads the one in use, and measures it on a
// time-ordered hold-out.
class AcceptanceTraining
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::AcceptanceTraining)

public:
    // `teamStore` and `database` are the same store (SqlTeamStore::database()).
    AcceptanceTraining(TeamStore &teamStore, SqlDatabase &database, const PolicySet &policy,
        AcceptanceTrainer::Options options = {});

    // Trains on all decisions and stores the model as trained by `who` at `nowUtc`.
    Result<AcceptanceModel> train(const QString &who, const QDateTime &nowUtc);
    // Trains only when there is no model yet or at least `threshold` decisions arrived since the
    // stored one (insight.json's retrain_after_decisions); nothing otherwise.
    Result<std::optional<AcceptanceModel>> trainIfDue(
        const QString &who, const QDateTime &nowUtc, int threshold);
    // How many new decisions the stored model has not seen (all of them without a model).
    Result<int> decisionsSinceModel();
    Result<std::optional<AcceptanceModel>> current();
    Result<HoldoutReport> evaluate(double trainShare = 0.8);

    const AcceptanceFeatures &features() const { return m_features; }

private:
    Result<QList<TrainingExample>> examples();

    TeamStore &m_store;
    SqlDatabase &m_db;
    AcceptanceFeatures m_features;
    AcceptanceTrainer m_trainer;
};

} // namespace sal::core
