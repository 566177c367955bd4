#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sal::core {

// A customer story the rep can cite on the first call.
struct ProofPoint
{
    QString customer; // "Northwind Logistics"
    QString claim; // "cut onboarding time by 40 %"
    QString url;

    bool operator==(const ProofPoint &) const = default;
};

// What to say on the first touch: the opener, the questions to qualify and the stories to cite.
struct TalkTrack
{
    QString opener;
    QStringList discoveryQuestions;
    QList<ProofPoint> proofPoints;

    bool operator==(const TalkTrack &) const = default;
};

} // namespace sal::core
