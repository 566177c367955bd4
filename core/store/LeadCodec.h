#pragma once

#include "domain/Lead.h"

#include <QJsonObject>

namespace sal::core {

// The whole context of a lead as one JSON document: what the team store sends on pull, what the
// local cache keeps, and (documented in the README) what the JSON Lines importer reads.
class LeadCodec
{
public:
    static QJsonObject toJson(const Lead &lead);
    static Lead fromJson(const QJsonObject &json);

    static QString isoUtc(const QDateTime &t); // "" for an invalid time
    static QDateTime parseUtc(const QString &text); // invalid for ""
};

} // namespace sal::core
