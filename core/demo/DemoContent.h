#pragma once

#include "domain/TalkTrack.h"

#include <QString>
#include <QStringList>

namespace sal::core {

// What marketing and sales say in the demo workspace: the product lines and campaigns, webinars,
// assets, events and partners behind the signals, the tech the accounts run, customer stories and
// discovery questions for talk tracks, and the words reps use when rejecting or disqualifying.
class DemoContent
{
public:
    static QStringList techStack();
    static QStringList productLines();
    static QStringList campaigns(const QString &source); // by lead source
    static QStringList webinars();
    static QStringList assets();
    static QStringList events(const QString &region);
    static QStringList partners(const QString &region);
    static QStringList intentTopics();
    static QStringList emailSubjects();

    static QList<ProofPoint> proofPoints(const QString &industry);
    static QStringList discoveryQuestions(const QString &industry); // general ones, then one for the industry
    static QStringList otherRejectionTexts(); // "other": what reps write, each ≥ 10 characters
    static QStringList disqualificationReasons(); // after contact: SAL/SQL → Disqualified
};

} // namespace sal::core
