#include "sync/SnapshotDiff.h"

#include <QJsonArray>

namespace sal::core {

namespace {

QHash<QString, QString> checklistOutcomes(const QJsonObject &snapshot)
{
    QHash<QString, QString> outcomes;
    for (const QJsonValue &item : snapshot.value(QStringLiteral("checklist")).toArray())
        outcomes.insert(item[QStringLiteral("id")].toString(), item[QStringLiteral("outcome")].toString());
    return outcomes;
}

} // namespace

QStringList SnapshotDiff::describe(const QJsonObject &before, const QJsonObject &after)
{
    // The fields a rep decides on, in the order they read them; the SLA countdown moves by itself
    // and is left out.
    const std::pair<const char *, QString> fields[] = {
        { "score", tr("Score") },
        { "fit", tr("Fit points") },
        { "tier", tr("Tier") },
        { "attempts", tr("Contact attempts") },
    };
    QStringList changes;
    for (const auto &[key, label] : fields) {
        const QJsonValue was = before.value(QLatin1String(key));
        const QJsonValue is = after.value(QLatin1String(key));
        if (!was.isUndefined() && !is.isUndefined() && was != is)
            changes << tr("%1 %2 → %3").arg(label, was.toVariant().toString(), is.toVariant().toString());
    }
    const QHash<QString, QString> wasItems = checklistOutcomes(before);
    const QHash<QString, QString> isItems = checklistOutcomes(after);
    for (const QJsonValue &item : after.value(QStringLiteral("checklist")).toArray()) {
        const QString id = item[QStringLiteral("id")].toString();
        const QString was = wasItems.value(id);
        if (!was.isEmpty() && was != isItems.value(id))
            changes << tr("Checklist %1: %2 → %3").arg(id, was, isItems.value(id));
    }
    return changes;
}

} // namespace sal::core
