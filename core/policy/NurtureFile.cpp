#include "policy/NurtureFile.h"

#include <QSet>

namespace sal::core {

NurtureTracks NurtureFile::read(const QJsonObject &root, JsonReader &reader)
{
    const QString top = QStringLiteral("$");
    reader.rejectUnknownKeys(root, top, { QStringLiteral("tracks") });
    NurtureTracks tracks;
    QSet<QString> ids;
    for (const auto &[at, o] :
        reader.objectList(root, top, QStringLiteral("tracks"), JsonReader::Need::Required)) {
        reader.rejectUnknownKeys(o, at,
            { QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("re_engage_after_days"),
                QStringLiteral("deprioritised"), QStringLiteral("description") });
        NurtureTrack t;
        t.id = reader.string(o, at, QStringLiteral("id"), JsonReader::Need::Required).value_or(QString());
        t.label = reader.string(o, at, QStringLiteral("label"), JsonReader::Need::Optional).value_or(t.id);
        t.reEngageAfterDays
            = reader
                  .integer(o, at, QStringLiteral("re_engage_after_days"), JsonReader::Need::Required, 1, 3650)
                  .value_or(90);
        t.deprioritised = reader.boolean(o, at, QStringLiteral("deprioritised"), false);
        if (!t.id.isEmpty() && ids.contains(t.id))
            reader.error(JsonReader::child(at, QStringLiteral("id")), tr("\"%1\" is listed twice").arg(t.id));
        ids.insert(t.id);
        tracks.tracks << t;
    }
    return tracks;
}

} // namespace sal::core
