#pragma once

#include "disposition/ReasonTaxonomy.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class QIODevice;

namespace sal::core {

class TeamStore;

// Feedback for marketing: the reps' decisions since a moment, in a shape a CRM re-import accepts.
// CSV: the CRM's record id (`Id`, the Salesforce Lead Id or HubSpot Record ID we imported) and
// `Email` to match on, then custom fields `SAL_*__c` (Salesforce's naming; HubSpot's import maps
// any header) with the decision, reason code, category, label, text, decided-at and rep.
// JSON Lines: one decision per line with everything, for scripts.
class DecisionExporter
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::DecisionExporter)

public:
    enum class Format { Csv, JsonLines };

    DecisionExporter(TeamStore &store, ReasonTaxonomy reasons);

    static QStringList csvHeader();
    // Writes the decisions that reached the team store at or after `sinceUtc`; returns how many.
    Result<qint64> write(QIODevice &out, Format format, const QDateTime &sinceUtc);

private:
    TeamStore &m_store;
    ReasonTaxonomy m_reasons;
};

} // namespace sal::core
