#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace sal::core {

// What the rep learnt in the discovery conversation: each BANT item confirmed or not.
struct BantEvidence
{
    std::optional<bool> budget;
    std::optional<bool> authority;
    std::optional<bool> need;
    std::optional<bool> timeline;

    // "budget:yes authority:no need:yes timeline:yes" (the ConvertedToSql event's reason).
    QString toText() const;
    bool operator==(const BantEvidence &) const = default;
};

// The rep's verdict on an accepted lead after contact: SQL (with the evidence) or disqualified
// (with a reason from disqualification.json; bad timing comes back on a date).
struct Qualification
{
    enum class Verdict { Sql, Disqualify };

    Verdict verdict = Verdict::Sql;
    BantEvidence bant; // Sql: every item stated
    QString note;
    QString reasonCode; // Disqualify
    QString reasonText; // Disqualify: "other" must be explained
    QDate reEngageOn; // Disqualify: when its nurture track hands it back (default: the track's delay)
};

} // namespace sal::core
