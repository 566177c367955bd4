#include "policy/DisqualificationFile.h"

#include <QRegularExpression>
#include <QSet>

namespace sal::core {

DisqualificationReasons DisqualificationFile::read(const QJsonObject &root, JsonReader &reader)
{
    const QString top = QStringLiteral("$");
    reader.rejectUnknownKeys(root, top, { QStringLiteral("reasons") });
    DisqualificationReasons picklist;
    QSet<QString> codes;
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const auto &[at, o] :
        reader.objectList(root, top, QStringLiteral("reasons"), JsonReader::Need::Required)) {
        reader.rejectUnknownKeys(o, at,
            { QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("needs_text"),
                QStringLiteral("track"), QStringLiteral("description") });
        DisqualificationReason r;
        r.code = reader.string(o, at, QStringLiteral("code"), JsonReader::Need::Required).value_or(QString());
        if (!r.code.isEmpty() && !codePattern.match(r.code).hasMatch())
            reader.error(JsonReader::child(at, QStringLiteral("code")),
                tr("\"%1\" must be lower_case_with_underscores").arg(r.code));
        r.label
            = reader.string(o, at, QStringLiteral("label"), JsonReader::Need::Required).value_or(QString());
        r.needsText = reader.boolean(o, at, QStringLiteral("needs_text"), r.code == QLatin1String("other"));
        r.track
            = reader.string(o, at, QStringLiteral("track"), JsonReader::Need::Optional).value_or(QString());
        if (!r.code.isEmpty() && codes.contains(r.code))
            reader.error(
                JsonReader::child(at, QStringLiteral("code")), tr("\"%1\" is listed twice").arg(r.code));
        codes.insert(r.code);
        picklist.reasons << r;
    }
    return picklist;
}

} // namespace sal::core
