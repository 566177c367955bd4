#pragma once

#include "domain/Lead.h"

#include <QJsonObject>

namespace sal::core {

// The whole context of a lead as one JSON document: what the team store sends on pull, what the
// local cache keeps, and (documented in the README) what the JSON Lines importer reads.
class LeadCodec
{
public:
    // The document as compact text, written directly: what both stores keep and the pull sends
    // (several times cheaper than building a QJsonObject and serialising it).
    static QByteArray toJsonText(const Lead &lead);
    // The same document as an object, for callers that add members of their own (the export).
    static QJsonObject toJson(const Lead &lead);
    static Lead fromJson(const QJsonObject &json);

    // "2026-03-09T15:00:00Z" (Qt::ISODate of the UTC time), "" for an invalid time. Both run for
    // every timestamp a pull writes or a queue reads, so the common form skips Qt's general parser.
    static QString isoUtc(const QDateTime &t);
    static QDateTime parseUtc(const QString &text); // invalid for ""
};

} // namespace sal::core
