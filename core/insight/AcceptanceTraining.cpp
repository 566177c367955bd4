#include "insight/AcceptanceTraining.h"

#include "insight/DecisionHistory.h"
#include "store/StoreRows.h"

namespace sal::core {

AcceptanceTraining::AcceptanceTraining(
    TeamStore &teamStore, SqlDatabase &database, const PolicySet &policy, AcceptanceTrainer::Options options)
    : m_store(teamStore)
    , m_db(database)
    , m_features(policy.icp, policy.checklist)
    , m_trainer(options)
{ }

Result<QList<TrainingExample>> AcceptanceTraining::examples()
{
    Result<QList<DecidedLead>> decided = DecisionHistory(m_db).decided();
    if (!decided)
        return decided.problems();
    return DecisionHistory::examples(*decided, m_features);
}

Result<AcceptanceModel> AcceptanceTraining::train(const QString &who, const QDateTime &nowUtc)
{
    Result<QList<TrainingExample>> all = examples();
    if (!all)
        return all.problems();
    Result<AcceptanceModel> model = m_trainer.train(*all, nowUtc);
    if (!model)
        return model;
    const StoredAcceptanceModel stored { model->trainedAtUtc, model->decisions, who,
        StoreRows::json(model->toJson()) };
    if (auto r = m_store.putAcceptanceModel(stored); !r)
        return r.problems();
    return model;
}

Result<std::optional<AcceptanceModel>> AcceptanceTraining::current()
{
    Result<std::optional<StoredAcceptanceModel>> stored = m_store.latestAcceptanceModel({});
    if (!stored)
        return stored.problems();
    if (!stored->has_value())
        return std::optional<AcceptanceModel> {};
    Result<AcceptanceModel> model = AcceptanceModel::fromJson(StoreRows::object((*stored)->document));
    if (!model)
        return model.problems();
    return std::optional<AcceptanceModel> { *model };
}

Result<int> AcceptanceTraining::decisionsSinceModel()
{
    Result<int> total = DecisionHistory(m_db).count();
    if (!total)
        return total;
    Result<std::optional<StoredAcceptanceModel>> stored = m_store.latestAcceptanceModel({});
    if (!stored)
        return stored.problems();
    return *total - (stored->has_value() ? (*stored)->decisions : 0);
}

Result<std::optional<AcceptanceModel>> AcceptanceTraining::trainIfDue(
    const QString &who, const QDateTime &nowUtc, int threshold)
{
    Result<std::optional<StoredAcceptanceModel>> stored = m_store.latestAcceptanceModel({});
    if (!stored)
        return stored.problems();
    Result<int> fresh = decisionsSinceModel();
    if (!fresh)
        return fresh.problems();
    if (stored->has_value() && *fresh < threshold)
        return std::optional<AcceptanceModel> {};
    Result<AcceptanceModel> model = train(who, nowUtc);
    if (!model)
        return model.problems();
    return std::optional<AcceptanceModel> { *model };
}

Result<HoldoutReport> AcceptanceTraining::evaluate(double trainShare)
{
    Result<QList<TrainingExample>> all = examples();
    if (!all)
        return all.problems();
    return HoldoutEvaluation::run(*all, m_trainer, trainShare);
}

} // namespace sal::core
