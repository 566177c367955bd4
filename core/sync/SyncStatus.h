#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sal::core {

// What the status bar shows about sync.
struct SyncStatus
{
    enum class State { Offline, Online, Syncing };

    State state = State::Offline;
    int pending = 0; // operations not yet confirmed by the team store
    int openConflicts = 0;
    QDateTime lastSuccessUtc;
    QString lastError;
    int retryInSeconds = 0; // while offline: when the next try happens

    bool operator==(const SyncStatus &) const = default;
};

QString syncStateToString(SyncStatus::State state); // "offline", "online", "syncing"

// The outcome of one sync round.
struct SyncReport
{
    int pushed = 0;
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
    int pulledLeads = 0;
    int removedLeads = 0;
    qint64 checkpoint = 0;
    // Leads whose cached row or local state this round changed (pulled, removed, or refused), so a
    // view can update just those instead of reading the whole queue again.
    QStringList changedLeadIds;
    bool modelUpdated = false; // a newer acceptance model came with the pull
};

} // namespace sal::core

Q_DECLARE_METATYPE(sal::core::SyncStatus)
