#pragma once

#include <QDateTime>
#include <QString>

namespace sal::core {

// The acceptance model as the team store keeps it (core/insight reads and writes the document):
// one row per training, the newest is the one in use. Pull carries it to every rep's device.
struct StoredAcceptanceModel
{
    QDateTime trainedAtUtc;
    int decisions = 0; // accepted + rejected decisions it learnt from
    QString trainedBy; // who ran the training
    QString document; // JSON, see AcceptanceModel::toJson

    bool operator==(const StoredAcceptanceModel &) const = default;
};

} // namespace sal::core
