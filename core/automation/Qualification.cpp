#include "automation/Qualification.h"

#include <QStringList>

namespace sal::core {

QString BantEvidence::toText() const
{
    const auto word = [](const std::optional<bool> &v) {
        return !v ? QStringLiteral("unknown") : *v ? QStringLiteral("yes") : QStringLiteral("no");
    };
    return QStringList { QStringLiteral("budget:") + word(budget),
        QStringLiteral("authority:") + word(authority), QStringLiteral("need:") + word(need),
        QStringLiteral("timeline:") + word(timeline) }
        .join(QLatin1Char(' '));
}

} // namespace sal::core
