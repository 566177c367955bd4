#include "disposition/DispositionCodec.h"

#include <QJsonArray>

namespace sal::core {

QJsonObject DispositionCodec::toJson(const Disposition &d)
{
    QJsonObject o { { QStringLiteral("kind"), dispositionKindToString(d.kind) } };
    switch (d.kind) {
    case DispositionKind::Accept:
        o.insert(QStringLiteral("next_step"), d.nextStep ? nextStepKindToString(*d.nextStep) : QString());
        o.insert(QStringLiteral("due"), d.nextStepDueUtc.isValid() ? d.nextStepDueUtc.toUTC().toString(Qt::ISODate) : QString());
        o.insert(QStringLiteral("note"), d.note);
        break;
    case DispositionKind::Reject:
        o.insert(QStringLiteral("reason"), d.reasonCode);
        o.insert(QStringLiteral("text"), d.reasonText);
        break;
    case DispositionKind::NeedsInfo:
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(d.missingItems));
        o.insert(QStringLiteral("note"), d.note);
        break;
    }
    return o;
}

Disposition DispositionCodec::dispositionFromJson(const QJsonObject &o)
{
    Disposition d;
    d.kind = dispositionKindFromString(o.value(QStringLiteral("kind")).toString()).value_or(DispositionKind::Accept);
    d.nextStep = nextStepKindFromString(o.value(QStringLiteral("next_step")).toString());
    const QString due = o.value(QStringLiteral("due")).toString();
    if (!due.isEmpty())
        d.nextStepDueUtc = QDateTime::fromString(due, Qt::ISODate).toUTC();
    d.note = o.value(QStringLiteral("note")).toString();
    d.reasonCode = o.value(QStringLiteral("reason")).toString();
    d.reasonText = o.value(QStringLiteral("text")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("missing")).toArray())
        d.missingItems << v.toString();
    return d;
}

QJsonObject DispositionCodec::toJson(const ContactAttempt &a)
{
    return { { QStringLiteral("channel"), contactChannelToString(a.channel) },
             { QStringLiteral("outcome"), a.outcome } };
}

ContactAttempt DispositionCodec::attemptFromJson(const QJsonObject &o)
{
    ContactAttempt a;
    a.channel = contactChannelFromString(o.value(QStringLiteral("channel")).toString()).value_or(ContactChannel::Other);
    a.outcome = o.value(QStringLiteral("outcome")).toString();
    return a;
}

} // namespace sal::core
