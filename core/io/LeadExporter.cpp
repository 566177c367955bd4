#include "io/LeadExporter.h"

#include "disposition/DispositionCodec.h"
#include "store/LeadCodec.h"
#include "store/TeamStore.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sal::core {

Result<qint64> LeadExporter::write(QIODevice &out, const std::function<bool(qint64, qint64)> &progress)
{
    const Result<QStringList> ids = m_store.leadIds();
    if (!ids)
        return ids.problems();
    // Decisions come from one query, grouped by lead.
    const Result<QList<RecordedDecision>> decisions = m_store.decisions({});
    if (!decisions)
        return decisions.problems();
    QHash<QString, QJsonArray> decisionsByLead;
    for (const RecordedDecision &d : *decisions) {
        QJsonObject o = DispositionCodec::toJson(d.disposition);
        o.insert(QStringLiteral("operation_id"), d.operationId);
        o.insert(QStringLiteral("rep"), d.repEmail);
        o.insert(QStringLiteral("decided_at"), LeadCodec::isoUtc(d.decidedAtUtc));
        o.insert(QStringLiteral("synced_at"), LeadCodec::isoUtc(d.syncedAtUtc));
        decisionsByLead[d.leadId].append(o);
    }
    qint64 written = 0;
    for (const QString &id : *ids) {
        if (progress && !progress(written, ids->size()))
            return Problem::at({}, {}, tr("export cancelled"));
        Result<std::optional<LeadSnapshot>> snapshot = m_store.lead(id);
        if (!snapshot)
            return snapshot.problems();
        if (!snapshot->has_value())
            continue;
        const LeadSnapshot &s = **snapshot;
        QJsonObject doc = LeadCodec::toJson(s.lead);
        doc.insert(QStringLiteral("version"), s.version);
        QJsonArray events;
        for (const StageEvent &e : s.events)
            events.append(QJsonObject { { QStringLiteral("kind"), eventKindToString(e.kind) },
                { QStringLiteral("from"), stageToString(e.from) },
                { QStringLiteral("to"), stageToString(e.to) },
                { QStringLiteral("at"), LeadCodec::isoUtc(e.at) }, { QStringLiteral("actor"), e.actor },
                { QStringLiteral("reason"), e.reason } });
        doc.insert(QStringLiteral("events"), events);
        QJsonArray attempts;
        for (const ContactAttempt &a : s.attempts)
            attempts.append(DispositionCodec::toJson(a));
        doc.insert(QStringLiteral("attempts"), attempts);
        doc.insert(QStringLiteral("decisions"), decisionsByLead.value(id));
        if (out.write(QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n') < 0)
            return Problem::at({}, {}, tr("cannot write the export: %1").arg(out.errorString()));
        ++written;
    }
    return written;
}

} // namespace sal::core
