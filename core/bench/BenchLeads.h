#pragma once

#include "domain/Lead.h"
#include "domain/Result.h"
#include "sync/ChangeBatch.h"

#include <QCoreApplication>

namespace sal::core {

class LocalStore;

// The leads every benchmark works on: one rep's open MQLs with a realistic context (signals, fit
// lines, a talk track: about the size a real lead caches), routed over the last days, numbered so
// each run builds the same rows.
class BenchLeads
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::BenchLeads)

public:
    static QString repEmail() { return QStringLiteral("ana.bench@lumenflow.example"); }
    static QString teamId() { return QStringLiteral("na"); }
    static QString calendarId() { return QStringLiteral("new_york"); }

    static Lead lead(int index, const QDateTime &nowUtc);
    // Leads `first` … `first + count - 1` as the team store hands them over (version 1, their events).
    static QList<LeadSnapshot> snapshots(int first, int count, const QDateTime &nowUtc);

    // Caches `count` open leads in `store` through the product's pull path (LocalStore::applyPull),
    // with fsync off while preparing (it is not what is measured), and marks the file as the rep's.
    static Result<bool> fillLocalStore(LocalStore &store, int count, const QDateTime &nowUtc);
};

} // namespace sal::core
