#include "insight/DecisionHistory.h"

#include "store/LeadCodec.h"
#include "store/StoreRows.h"

namespace sal::core {

DecisionHistory::DecisionHistory(SqlDatabase &teamStore)
    : m_db(teamStore)
{ }

Result<QList<DecidedLead>> DecisionHistory::decided(const QDateTime &sinceUtc)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT d.lead_id, d.kind, d.reason_code, d.rep_email, d.decided_at, l.context "
                       "FROM decisions d JOIN leads l ON l.id = d.lead_id "
                       "WHERE d.kind IN ('accept', 'reject') AND d.decided_at >= ? "
                       "ORDER BY d.decided_at, d.operation_id"),
        // '' (not NULL: nothing compares to NULL) sorts before every ISO time: all decisions.
        { sinceUtc.isValid() ? LeadCodec::isoUtc(sinceUtc) : QStringLiteral("") });
    if (!q)
        return q.problems();
    QList<DecidedLead> out;
    while (q.value().next()) {
        DecidedLead d;
        d.lead = LeadCodec::fromJson(StoreRows::object(q.value().value(5).toString()));
        d.lead.id = q.value().value(0).toString();
        d.accepted = q.value().value(1).toString() == QLatin1String("accept");
        d.reasonCode = q.value().value(2).toString();
        d.repEmail = q.value().value(3).toString();
        d.decidedAtUtc = LeadCodec::parseUtc(q.value().value(4).toString());
        out << d;
    }
    return out;
}

Result<int> DecisionHistory::count()
{
    Result<QVariant> n
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE kind IN ('accept', 'reject')"));
    if (!n)
        return n.problems();
    return n->toInt();
}

QList<TrainingExample> DecisionHistory::examples(
    const QList<DecidedLead> &decided, const AcceptanceFeatures &features)
{
    QList<TrainingExample> out;
    out.reserve(decided.size());
    for (const DecidedLead &d : decided)
        out << TrainingExample { features.of(d.lead, d.decidedAtUtc), int(d.accepted), d.reasonCode,
            d.decidedAtUtc, double(d.lead.score.total()) };
    return out;
}

} // namespace sal::core
