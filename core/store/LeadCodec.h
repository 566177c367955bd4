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
    // The same document as compact text, written directly (what the local cache stores on every
    // pull; several times cheaper than StoreRows::json(toJson(lead))). fromJson() reads both alike.
    static QByteArray toJsonText(const Lead &lead);
    static Lead fromJson(const QJsonObject &json);

    // "2026-03-09T15:00:00Z" (Qt::ISODate of the UTC time), "" for an invalid time. Both run for
    // every timestamp a pull writes or a queue reads, so the common form skips Qt's general parser.
    static QString isoUtc(const QDateTime &t);
    static QDateTime parseUtc(const QString &text); // invalid for ""
};

} // namespace sal::core
