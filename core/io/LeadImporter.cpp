#include "io/LeadImporter.h"

#include "io/ImportField.h"
#include "lifecycle/LeadLifecycle.h"
#include "store/TeamStore.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <limits>

namespace sal::core {

namespace {
QString domainOf(const Lead &lead)
{
    if (!lead.account.domain.isEmpty())
        return lead.account.domain.toLower();
    const qsizetype at = lead.contact.email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : lead.contact.email.mid(at + 1).toLower();
}

// New leads per putNewLeads: big enough that statements cost little per lead, small enough that
// the chunk's text stays a few hundred KiB (memory stays flat in the file's size).
constexpr qsizetype kNewLeadChunk = 500;

Problem problemAt(const QString &file, qint64 line, const QString &column, const QString &message)
{
    Problem p = Problem::at(file, column, message);
    p.line = int(qMin<qint64>(line, std::numeric_limits<int>::max()));
    return p;
}
} // namespace

LeadImporter::LeadImporter(TeamStore &store, ReasonTaxonomy reasons)
    : m_store(store)
    , m_reasons(std::move(reasons))
{ }

void LeadImporter::flag(Lead &lead, const QString &duplicateOf)
{
    if (!duplicateOf.isEmpty())
        lead.duplicateOfLeadId = duplicateOf;
    const QString domain = domainOf(lead);
    if (!domain.isEmpty() && m_customerDomains.contains(domain))
        lead.account.existingCustomer = true;
    if (lead.account.existingCustomer && !domain.isEmpty())
        m_customerDomains.insert(domain);
    // Only reasons the team's taxonomy has can be suggested.
    if (lead.suggestedReason.isEmpty()) {
        if (!lead.duplicateOfLeadId.isEmpty() && m_reasons.reason(QStringLiteral("duplicate")))
            lead.suggestedReason = QStringLiteral("duplicate");
        else if (lead.account.existingCustomer && m_reasons.reason(QStringLiteral("existing_customer")))
            lead.suggestedReason = QStringLiteral("existing_customer");
    }
}

bool LeadImporter::mayMatchPending(const Lead &imported) const
{
    // findLeadIds matches external_id, else lower(contact_email): the same keys, lower-cased the
    // same way or more (so this may flush when the database would not match, never the reverse).
    return (!imported.externalId.isEmpty() && m_newExternalIds.contains(imported.externalId))
        || (!imported.contact.email.isEmpty() && m_newEmails.contains(imported.contact.email.toLower()));
}

Result<bool> LeadImporter::flushNew()
{
    if (m_newLeads.isEmpty())
        return true;
    Result<bool> written = m_store.putNewLeads(m_newLeads, m_newEvents);
    forgetNew();
    return written;
}

void LeadImporter::forgetNew()
{
    m_newLeads.clear();
    m_newEvents.clear();
    m_newExternalIds.clear();
    m_newEmails.clear();
}

Result<LeadImporter::Outcome> LeadImporter::store(const ImportRecord &record, const ImportOptions &options,
    LeadSource &source, bool write, Problems &problems, ImportSummary &summary)
{
    const Lead &imported = record.lead;
    if (mayMatchPending(imported)) {
        if (auto r = flushNew(); !r)
            return r.problems();
    }
    Result<QStringList> candidates = m_store.findLeadIds(imported.externalId, imported.contact.email);
    if (!candidates)
        return candidates.problems();

    // Which stored lead this row is: the external id decides; else the email, unless that lead is
    // another CRM record (a different external id): then the row is a new lead and its duplicate.
    std::optional<LeadSnapshot> target;
    QString duplicateOf;
    for (const QString &id : *candidates) {
        Result<std::optional<LeadSnapshot>> stored = m_store.lead(id);
        if (!stored)
            return stored.problems();
        if (!stored->has_value())
            continue;
        const Lead &lead = (*stored)->lead;
        if (!imported.externalId.isEmpty() && lead.externalId == imported.externalId) {
            target = **stored;
            break;
        }
        if (lead.contact.email.compare(imported.contact.email, Qt::CaseInsensitive) == 0) {
            if (imported.externalId.isEmpty() || lead.externalId.isEmpty()) {
                if (!target)
                    target = **stored;
            } else if (duplicateOf.isEmpty()) {
                duplicateOf = lead.id;
            }
        }
    }

    if (target) {
        Lead merged = target->lead;
        for (const QString &name : record.fields) {
            if (const auto field = ImportField::find(name))
                field->copy(imported, merged);
        }
        flag(merged, {});
        if (merged == target->lead)
            return Outcome::Unchanged;
        if (write) {
            // The new leads of earlier rows first: the change feed keeps the file's order.
            if (auto r = flushNew(); !r)
                return r.problems();
            if (auto r = m_store.putLead(merged, {}); !r)
                return r.problems();
        }
        summary.existingCustomers
            += merged.account.existingCustomer && !target->lead.account.existingCustomer;
        return Outcome::Updated;
    }

    for (const QString &field : options.required) {
        if (!record.fields.contains(field))
            problems << problemAt(
                QString(), record.line, source.columnOf(field), tr("is required for a new lead"));
    }
    if (!problems.isEmpty())
        return Outcome::Unchanged;

    Lead lead = imported;
    lead.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    lead.stage = Stage::Mql;
    if (!lead.createdAt.isValid())
        lead.createdAt = options.nowUtc;
    if (!lead.mqlAt.isValid())
        lead.mqlAt = qMax(lead.createdAt, options.nowUtc);
    flag(lead, duplicateOf);
    summary.duplicates += !lead.duplicateOfLeadId.isEmpty();
    summary.existingCustomers += lead.account.existingCustomer;
    if (!write)
        return Outcome::Created;
    Result<StageEvent> qualified = LeadLifecycle::apply(lead.id, Stage::Lead, EventKind::Qualified,
        lead.mqlAt, options.actor, QStringLiteral("import ") + QFileInfo(options.fileName).fileName());
    if (!qualified)
        return qualified.problems();
    m_newLeads << lead;
    m_newEvents << QList<StageEvent> { *qualified };
    if (!lead.externalId.isEmpty())
        m_newExternalIds.insert(lead.externalId);
    if (!lead.contact.email.isEmpty())
        m_newEmails.insert(lead.contact.email.toLower());
    if (m_newLeads.size() >= kNewLeadChunk) {
        if (auto r = flushNew(); !r)
            return r.problems();
    }
    return Outcome::Created;
}

Result<ImportSummary> LeadImporter::run(
    LeadSource &source, const ImportOptions &options, const ProblemSink &sink, const Progress &progress)
{
    ImportSummary summary;
    Result<QStringList> domains = m_store.customerDomains();
    if (!domains)
        return domains.problems();
    m_customerDomains = QSet<QString>(domains->cbegin(), domains->cend());

    std::unique_ptr<QFile> rejected;
    const auto reject = [&](const ImportRecord &record, const Problems &problems) -> Result<bool> {
        ++summary.rejected;
        for (const Problem &p : problems)
            sink(p);
        if (!options.skipBad)
            return true;
        if (!rejected) {
            rejected = std::make_unique<QFile>(options.rejectedPath);
            if (!rejected->open(QIODevice::WriteOnly | QIODevice::Truncate))
                return Problem::at(
                    options.rejectedPath, {}, tr("cannot be written: %1").arg(rejected->errorString()));
            rejected->write(source.rejectedHeader());
        }
        if (rejected->write(source.rejectedRow(record, problems)) < 0)
            return Problem::at(
                options.rejectedPath, {}, tr("cannot be written: %1").arg(rejected->errorString()));
        return true;
    };

    forgetNew(); // what a failed earlier import left behind
    if (auto r = m_store.beginBulk(); !r)
        return r.problems();
    ImportRecord record;
    while (source.next(record)) {
        ++summary.rows;
        if (progress && summary.rows % 256 == 0 && !progress(source.bytesRead(), summary.rows)) {
            summary.cancelled = true;
            break;
        }
        Problems problems = record.problems;
        if (problems.isEmpty() && record.lead.externalId.isEmpty() && record.lead.contact.email.isEmpty())
            problems << problemAt(QString(), record.line, {},
                tr("has neither an external id (%1) nor an email (%2): it could never be matched again")
                    .arg(source.columnOf(QStringLiteral("external_id")),
                        source.columnOf(QStringLiteral("contact.email"))));
        if (problems.isEmpty()) {
            // After the first bad row of an all-or-nothing import, rows are still checked, not written.
            const bool write = options.skipBad || summary.rejected == 0;
            Result<Outcome> outcome = store(record, options, source, write, problems, summary);
            if (!outcome) {
                m_store.rollbackBulk();
                return outcome.problems();
            }
            if (problems.isEmpty()) {
                summary.created += *outcome == Outcome::Created;
                summary.updated += *outcome == Outcome::Updated;
                summary.unchanged += *outcome == Outcome::Unchanged;
            }
        }
        if (!problems.isEmpty()) {
            for (Problem &p : problems) {
                if (p.file.isEmpty())
                    p.file = options.fileName;
            }
            if (auto r = reject(record, problems); !r) {
                m_store.rollbackBulk();
                return r.problems();
            }
        }
    }
    if (const std::optional<Problem> &fatal = source.fatal()) {
        summary.fatal = true;
        sink(*fatal);
    }
    if (rejected)
        rejected->close();
    if (summary.fatal || summary.cancelled || (!options.skipBad && summary.rejected > 0)) {
        m_store.rollbackBulk();
        summary.created = summary.updated = 0;
        return summary;
    }
    if (auto r = flushNew(); !r) {
        m_store.rollbackBulk();
        return r.problems();
    }
    if (auto r = m_store.commitBulk(); !r) {
        m_store.rollbackBulk();
        return r.problems();
    }
    summary.committed = true;
    return summary;
}

} // namespace sal::core
