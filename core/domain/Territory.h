#pragma once

#include <QString>
#include <QStringList>

namespace sal::core {

// A slice of the market owned by a group of reps: region + company-size segment.
struct Territory
{
    QString id; // "na-mid"
    QString name; // "North America — mid-market"
    QString region; // "NA"
    QString segment; // "smb", "mid", "enterprise"
    QStringList countries; // ISO codes; empty = the whole region

    bool operator==(const Territory &) const = default;
};

} // namespace sal::core
