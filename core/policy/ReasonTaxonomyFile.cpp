#include "policy/ReasonTaxonomyFile.h"

#include <QRegularExpression>
#include <QSet>

namespace sal::core {

namespace {
const QString kTop = QStringLiteral("$");

RejectionReason readReason(const QJsonObject &o, const QString &path, JsonReader &reader)
{
    reader.rejectUnknownKeys(o, path, { QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("category"),
                                        QStringLiteral("needs_attempts"), QStringLiteral("needs_text"),
                                        QStringLiteral("recycle"), QStringLiteral("description") });
    RejectionReason reason;
    reason.code = reader.string(o, path, QStringLiteral("code"), JsonReader::Need::Required).value_or(QString());
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!reason.code.isEmpty() && !codePattern.match(reason.code).hasMatch())
        reader.error(JsonReader::child(path, QStringLiteral("code")),
                     ReasonTaxonomyFile::tr("\"%1\" must be lower_case_with_underscores").arg(reason.code));
    reason.label = reader.string(o, path, QStringLiteral("label"), JsonReader::Need::Required).value_or(QString());
    if (const auto category = reader.string(o, path, QStringLiteral("category"), JsonReader::Need::Required)) {
        if (const auto c = reasonCategoryFromString(*category))
            reason.category = *c;
        else
            reader.error(JsonReader::child(path, QStringLiteral("category")),
                         ReasonTaxonomyFile::tr("\"%1\" is not one of %2")
                             .arg(*category, allReasonCategoryNames().join(QStringLiteral(", "))));
    }
    reason.needsAttempts = reader.boolean(o, path, QStringLiteral("needs_attempts"), false);
    reason.needsText = reader.boolean(o, path, QStringLiteral("needs_text"), reason.code == QLatin1String("other"));
    if (reason.code == QLatin1String("other") && !reason.needsText)
        reader.error(JsonReader::child(path, QStringLiteral("needs_text")),
                     ReasonTaxonomyFile::tr("\"other\" must be spelled out: needs_text cannot be false"));

    const QString recyclePath = JsonReader::child(path, QStringLiteral("recycle"));
    const QJsonObject recycle = reader.object(o, path, QStringLiteral("recycle"), JsonReader::Need::Required);
    reader.rejectUnknownKeys(recycle, recyclePath, { QStringLiteral("action"), QStringLiteral("track") });
    // A track is required only for an action that really is "nurture": RejectionReason's default
    // must not ask for one when the action is missing or misspelt (that is already reported).
    bool nurture = false;
    if (const auto action = reader.string(recycle, recyclePath, QStringLiteral("action"), JsonReader::Need::Required)) {
        if (const auto a = recycleActionFromString(*action)) {
            reason.recycle = *a;
            nurture = *a == RecycleAction::Nurture;
        } else {
            reader.error(JsonReader::child(recyclePath, QStringLiteral("action")),
                         ReasonTaxonomyFile::tr("\"%1\" is not one of %2")
                             .arg(*action, allRecycleActionNames().join(QStringLiteral(", "))));
        }
    }
    const auto track = reader.string(recycle, recyclePath, QStringLiteral("track"),
                                     nurture ? JsonReader::Need::Required : JsonReader::Need::Optional);
    reason.nurtureTrack = track.value_or(QString());
    return reason;
}
} // namespace

ReasonTaxonomy ReasonTaxonomyFile::read(const QJsonObject &root, JsonReader &reader)
{
    reader.rejectUnknownKeys(root, kTop, { QStringLiteral("min_contact_attempts"), QStringLiteral("min_attempt_channels"),
                                           QStringLiteral("reasons") });
    ReasonTaxonomy taxonomy;
    taxonomy.minContactAttempts
        = reader.integer(root, kTop, QStringLiteral("min_contact_attempts"), JsonReader::Need::Optional, 0, 20).value_or(3);
    taxonomy.minAttemptChannels
        = reader.integer(root, kTop, QStringLiteral("min_attempt_channels"), JsonReader::Need::Optional, 1, 4).value_or(2);
    if (taxonomy.minAttemptChannels > std::max(1, taxonomy.minContactAttempts))
        reader.error(JsonReader::child(kTop, QStringLiteral("min_attempt_channels")),
                     tr("cannot exceed min_contact_attempts (%1)").arg(taxonomy.minContactAttempts));

    const QString listPath = JsonReader::child(kTop, QStringLiteral("reasons"));
    const QJsonArray list = reader.array(root, kTop, QStringLiteral("reasons"), JsonReader::Need::Required);
    if (list.isEmpty() && root.contains(QStringLiteral("reasons")))
        reader.error(listPath, tr("must name at least one reason"));
    QSet<QString> codes;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::element(listPath, i);
        if (!list.at(i).isObject()) {
            reader.error(path, tr("must be an object"));
            continue;
        }
        RejectionReason reason = readReason(list.at(i).toObject(), path, reader);
        if (!reason.code.isEmpty() && codes.contains(reason.code))
            reader.error(JsonReader::child(path, QStringLiteral("code")), tr("\"%1\" is listed twice").arg(reason.code));
        codes.insert(reason.code);
        taxonomy.reasons << reason;
    }
    return taxonomy;
}

} // namespace sal::core
