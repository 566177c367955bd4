#include "io/DecisionExporter.h"

#include "io/CsvWriter.h"
#include "store/LeadCodec.h"
#include "store/TeamStore.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sal::core {

DecisionExporter::DecisionExporter(TeamStore &store, ReasonTaxonomy reasons)
    : m_store(store)
    , m_reasons(std::move(reasons))
{ }

QStringList DecisionExporter::csvHeader()
{
    return { QStringLiteral("Id"), QStringLiteral("Email"), QStringLiteral("SAL_Decision__c"),
        QStringLiteral("SAL_Reason_Code__c"), QStringLiteral("SAL_Reason_Category__c"),
        QStringLiteral("SAL_Reason_Label__c"), QStringLiteral("SAL_Reason_Text__c"),
        QStringLiteral("SAL_Decided_At__c"), QStringLiteral("SAL_Rep__c"), QStringLiteral("SAL_Lead_Id__c") };
}

Result<qint64> DecisionExporter::write(QIODevice &out, Format format, const QDateTime &sinceUtc)
{
    const Result<QList<RecordedDecision>> decisions = m_store.decisions(sinceUtc);
    if (!decisions)
        return decisions.problems();
    const auto failed
        = [&out]() { return Problem::at({}, {}, tr("cannot write the export: %1").arg(out.errorString())); };
    if (format == Format::Csv && out.write(CsvWriter::line(csvHeader())) < 0)
        return failed();
    QHash<QString, Lead> leads; // a lead decided twice (re-applied) is read once
    for (const RecordedDecision &d : *decisions) {
        if (!leads.contains(d.leadId)) {
            Result<std::optional<LeadSnapshot>> snapshot = m_store.lead(d.leadId);
            if (!snapshot)
                return snapshot.problems();
            leads.insert(d.leadId, snapshot->has_value() ? (*snapshot)->lead : Lead {});
        }
        const Lead &lead = leads.value(d.leadId);
        const std::optional<RejectionReason> reason = m_reasons.reason(d.disposition.reasonCode);
        const QString category = reason ? reasonCategoryToString(reason->category) : QString();
        const QString label = reason ? reason->label : QString();
        // The rep's explanation: the rejection text, the acceptance note or the missing items.
        const QString text = d.disposition.kind == DispositionKind::Reject ? d.disposition.reasonText
            : d.disposition.kind == DispositionKind::Accept
            ? d.disposition.note
            : d.disposition.missingItems.join(QLatin1Char(','));
        QByteArray line;
        if (format == Format::Csv) {
            line = CsvWriter::line({ lead.externalId, lead.contact.email,
                dispositionKindToString(d.disposition.kind), d.disposition.reasonCode, category, label, text,
                LeadCodec::isoUtc(d.decidedAtUtc), d.repEmail, d.leadId });
        } else {
            QJsonObject o { { QStringLiteral("operation_id"), d.operationId },
                { QStringLiteral("lead_id"), d.leadId }, { QStringLiteral("external_id"), lead.externalId },
                { QStringLiteral("email"), lead.contact.email },
                { QStringLiteral("decision"), dispositionKindToString(d.disposition.kind) },
                { QStringLiteral("reason_code"), d.disposition.reasonCode },
                { QStringLiteral("reason_category"), category }, { QStringLiteral("reason_label"), label },
                { QStringLiteral("reason_text"), d.disposition.reasonText },
                { QStringLiteral("note"), d.disposition.note },
                { QStringLiteral("next_step"),
                    d.disposition.nextStep ? nextStepKindToString(*d.disposition.nextStep) : QString() },
                { QStringLiteral("next_step_due"), LeadCodec::isoUtc(d.disposition.nextStepDueUtc) },
                { QStringLiteral("missing_items"), QJsonArray::fromStringList(d.disposition.missingItems) },
                { QStringLiteral("decided_at"), LeadCodec::isoUtc(d.decidedAtUtc) },
                { QStringLiteral("synced_at"), LeadCodec::isoUtc(d.syncedAtUtc) },
                { QStringLiteral("rep"), d.repEmail } };
            line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        if (out.write(line) < 0)
            return failed();
    }
    return qint64(decisions->size());
}

} // namespace sal::core
