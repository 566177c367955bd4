#include "sync/SyncStatus.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<SyncStatus::State> kNames[] = {
    { SyncStatus::State::Offline, "offline" },
    { SyncStatus::State::Online, "online" },
    { SyncStatus::State::Syncing, "syncing" },
};
} // namespace

QString syncStateToString(SyncStatus::State state)
{
    return enumToString(kNames, state);
}

} // namespace sal::core
