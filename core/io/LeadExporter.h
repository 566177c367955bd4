#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <functional>

class QIODevice;

namespace sal::core {

class TeamStore;

// Everything in a team store as JSON Lines, one lead per line: the lead document of our import schema
// (so the file imports again) plus what the team store manages — version, events, contact attempts
// and decisions.
class LeadExporter
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::LeadExporter)

public:
    explicit LeadExporter(TeamStore &store)
        : m_store(store)
    { }

    // Returns how many leads were written; `progress(done, total)` may cancel by returning false.
    Result<qint64> write(QIODevice &out, const std::function<bool(qint64, qint64)> &progress = {});

private:
    TeamStore &m_store;
};

} // namespace sal::core
