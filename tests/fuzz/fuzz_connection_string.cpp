// libFuzzer target: `--team-store` values — postgresql:// addresses and file paths — through the
// parsers that turn them into a connection (nothing is opened).

#include "FuzzInput.h"
#include "store/PgConnectionInfo.h"
#include "store/TeamStoreLocation.h"

using namespace sal::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sal::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(sal::fuzz::bytes(data, size));
    for (const QString &address : { text, QStringLiteral("postgresql://") + text }) {
        const Result<PgConnectionInfo> info = PgConnectionInfo::parse(address);
        if (info) {
            // What is shown or handed to the driver never carries a password from the address.
            (void)info->display();
            (void)info->connectOptions();
            if (!info->password.isEmpty())
                __builtin_trap();
        }
        const Result<TeamStoreLocation> location = TeamStoreLocation::parse(address);
        if (location)
            (void)location->display();
    }
    return 0;
}
