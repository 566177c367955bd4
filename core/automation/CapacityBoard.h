#pragma once

#include "automation/RoutingRule.h"
#include "automation/TeamDirectory.h"
#include "sla/BusinessCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <optional>

namespace sal::core {

class TeamStore;

// Who can take another lead today, and who is next: the state of weighted round robin for one
// automation run. Loads come from the team store (leads routed to each rep since the start of their
// team's local day), so a run repeated the same day continues where the last one stopped.
class CapacityBoard
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::CapacityBoard)

public:
    struct Pick
    {
        std::optional<QString> email; // nobody when every candidate is unavailable
        QStringList skipped; // "Ana Ruiz: out of office (vacation) until 2026-11-27", in candidate order
    };

    static Result<CapacityBoard> load(TeamStore &store, const TeamDirectory &directory,
        const QMap<QString, BusinessCalendar> &calendars, const QDateTime &nowUtc);

    // Why `email` cannot take a lead now, in plain words; empty when they can.
    QString unavailability(const QString &email) const;
    int assignedToday(const QString &email) const { return m_today.value(email.toLower()); }

    // The available candidate whose load is lowest against their weight ((assigned + 1) / weight),
    // ties going to whoever waited longest since their last lead, then by email. With equal weights
    // this spreads any batch so no rep has more than one lead more than another.
    Pick pick(const QList<WeightedRep> &candidates, const QStringList &exclude) const;
    // Counts one more lead for `email` today.
    void record(const QString &email, const QDateTime &atUtc);

private:
    const TeamDirectory *m_directory = nullptr;
    QMap<QString, int> m_today; // by lower-case email
    QMap<QString, QDateTime> m_last;
    QMap<QString, QDate> m_localDay; // each person's "today" in their team's time zone
};

} // namespace sal::core
