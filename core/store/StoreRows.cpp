#include "store/StoreRows.h"

#include "store/LeadCodec.h"

#include <QJsonDocument>

namespace sal::core {

QString StoreRows::json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject StoreRows::object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant StoreRows::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

StageEvent StoreRows::stageEvent(const QSqlQuery &row, const QString &leadId, int first)
{
    StageEvent e;
    e.leadId = leadId;
    e.kind = eventKindFromString(row.value(first).toString()).value_or(EventKind::Routed);
    e.from = stageFromString(row.value(first + 1).toString()).value_or(Stage::Mql);
    e.to = stageFromString(row.value(first + 2).toString()).value_or(Stage::Mql);
    e.at = LeadCodec::parseUtc(row.value(first + 3).toString());
    e.actor = row.value(first + 4).toString();
    e.reason = row.value(first + 5).toString();
    return e;
}

ContactAttempt StoreRows::attempt(const QSqlQuery &row, const QString &leadId, int first)
{
    return ContactAttempt { leadId,
                            contactChannelFromString(row.value(first).toString()).value_or(ContactChannel::Other),
                            row.value(first + 1).toString(), LeadCodec::parseUtc(row.value(first + 2).toString()),
                            row.value(first + 3).toString() };
}

} // namespace sal::core
