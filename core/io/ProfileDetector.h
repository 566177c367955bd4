#pragma once

#include "io/MappingProfile.h"

#include <QCoreApplication>
#include <optional>

namespace sal::core {

// Which mapping profile fits a file: for CSV, the profile that maps the most header columns (ties go
// to the one that leaves fewer unmapped); a file whose first non-blank byte is "{" is JSON Lines.
class ProfileDetector
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ProfileDetector)

public:
    struct Fit
    {
        MappingProfile profile;
        QStringList mapped; // header columns the profile maps
        QStringList unmapped; // header columns it neither maps nor knowingly ignores
        int score() const { return int(mapped.size()); }
    };

    // Every profile's fit to `header`, best first.
    static QList<Fit> rank(const QStringList &header, const QList<MappingProfile> &profiles);
    static Fit fit(const QStringList &header, const MappingProfile &profile);
    static bool looksLikeJsonLines(const QByteArray &start);
};

} // namespace sal::core
