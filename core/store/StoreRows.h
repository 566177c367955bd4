#pragma once

#include "disposition/ContactAttempt.h"
#include "lifecycle/StageEvent.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace sal::core {

// How both stores write and read the values they share, so the local cache and the team store
// can never disagree on a format.
class StoreRows
{
public:
    static QString json(const QJsonObject &object); // compact text
    static QJsonObject object(const QString &text);
    static QVariant textOrNull(const QString &text); // NULL for an empty string

    // Columns, from `first`: kind, from_stage, to_stage, at, actor, reason.
    static StageEvent stageEvent(const QSqlQuery &row, const QString &leadId, int first = 0);
    // Columns, from `first`: channel, outcome, at, actor.
    static ContactAttempt attempt(const QSqlQuery &row, const QString &leadId, int first = 0);
};

} // namespace sal::core
