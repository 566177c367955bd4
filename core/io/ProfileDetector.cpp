#include "io/ProfileDetector.h"

#include <algorithm>

namespace sal::core {

ProfileDetector::Fit ProfileDetector::fit(const QStringList &header, const MappingProfile &profile)
{
    Fit f { profile, {}, {} };
    for (const QString &column : header) {
        if (column.trimmed().isEmpty())
            continue;
        if (profile.fieldFor(column))
            f.mapped << column;
        else if (!profile.ignores(column))
            f.unmapped << column;
    }
    return f;
}

QList<ProfileDetector::Fit> ProfileDetector::rank(
    const QStringList &header, const QList<MappingProfile> &profiles)
{
    QList<Fit> fits;
    for (const MappingProfile &p : profiles) {
        if (p.format == MappingProfile::Format::Csv)
            fits << fit(header, p);
    }
    std::stable_sort(fits.begin(), fits.end(), [](const Fit &a, const Fit &b) {
        if (a.score() != b.score())
            return a.score() > b.score();
        return a.unmapped.size() < b.unmapped.size();
    });
    return fits;
}

bool ProfileDetector::looksLikeJsonLines(const QByteArray &start)
{
    QByteArray bytes = start;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return bytes.trimmed().startsWith('{');
}

} // namespace sal::core
