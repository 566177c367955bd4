#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sal::core {

// Why an accepted lead did not become an SQL after the discovery conversation (disqualification.json):
// its own picklist, separate from the rejection reasons, and the nurture track it goes to.
struct DisqualificationReason
{
    QString code; // "bad_timing"
    QString label;
    bool needsText = false; // "other" must be spelled out
    QString track; // nurture track id; empty: not recycled

    bool operator==(const DisqualificationReason &) const = default;
};

struct DisqualificationReasons
{
    QList<DisqualificationReason> reasons;

    std::optional<DisqualificationReason> reason(const QString &code) const
    {
        for (const DisqualificationReason &r : reasons) {
            if (r.code == code)
                return r;
        }
        return std::nullopt;
    }

    bool operator==(const DisqualificationReasons &) const = default;
};

} // namespace sal::core
