#pragma once

#include "disposition/ReasonTaxonomy.h"
#include "domain/Result.h"
#include "io/LeadSource.h"
#include "lifecycle/StageEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <functional>

namespace sal::core {

class TeamStore;

struct ImportOptions
{
    // Default: all or nothing — one bad row and nothing is stored. With skipBad the good rows are
    // stored and the bad ones written, with their problems, to `rejectedPath`.
    bool skipBad = false;
    QString rejectedPath;
    QStringList required; // fields a new lead must fill (the profile's "required")
    QString fileName; // the file imported: named in problems and in each new lead's first event
    QString actor = QStringLiteral("system:import");
    QDateTime nowUtc; // default created/MQL time of rows that carry none
};

struct ImportSummary
{
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0; // rows with problems
    qint64 duplicates = 0; // new leads flagged as a duplicate of an existing one
    qint64 existingCustomers = 0; // leads flagged as an existing customer's
    bool fatal = false; // the file could not be read to the end
    bool cancelled = false;
    bool committed = false; // false: nothing was stored
};

// Imports leads from a LeadSource into a team store in one transaction. A row is the same lead as a
// stored one when the external id matches, else the email; only the fields the row fills replace
// stored values, and an unchanged lead is not written at all, so importing a file twice changes
// nothing. A new lead whose email belongs to a lead of another CRM record is flagged as its duplicate;
// one at an existing customer's domain is flagged too; both pre-suggest the taxonomy's rejection
// reason ("duplicate", "existing_customer"). Every problem goes to the sink as it is found.
class LeadImporter
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::LeadImporter)

public:
    using ProblemSink = std::function<void(const Problem &)>;
    // Called every few hundred rows; returning false cancels (nothing is stored).
    using Progress = std::function<bool(qint64 bytesRead, qint64 rows)>;

    LeadImporter(TeamStore &store, ReasonTaxonomy reasons);

    // Fails only when the store fails; bad input is in the summary (committed false) and the sink.
    Result<ImportSummary> run(LeadSource &source, const ImportOptions &options, const ProblemSink &sink,
        const Progress &progress = {});

private:
    enum class Outcome { Created, Updated, Unchanged };
    Result<Outcome> store(const ImportRecord &record, const ImportOptions &options, LeadSource &source,
        bool write, Problems &problems, ImportSummary &summary);
    void flag(Lead &lead, const QString &duplicateOf);
    // New leads are written in chunks (TeamStore::putNewLeads), not one by one. A row that could
    // match a lead still waiting here flushes the chunk first, so every lookup sees every lead the
    // import made before it, as if each had been written at once.
    bool mayMatchPending(const Lead &imported) const;
    Result<bool> flushNew();
    void forgetNew(); // the waiting new leads, unwritten

    TeamStore &m_store;
    ReasonTaxonomy m_reasons;
    QSet<QString> m_customerDomains;
    QList<Lead> m_newLeads;
    QList<QList<StageEvent>> m_newEvents;
    QSet<QString> m_newExternalIds;
    QSet<QString> m_newEmails; // lower case
};

} // namespace sal::core
