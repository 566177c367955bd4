// The lead state machine: every (stage, event) pair, checked against the lifecycle in DESIGN.md
// (Lead → MQL → SAL → SQL → Opportunity; Rejected, NeedsInfo and Disqualified on the side).

#include "lifecycle/LeadLifecycle.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <map>

using namespace sal::core;

namespace sal::core {
// Readable QCOMPARE failures for the enums under test.
char *toString(const Stage &stage)
{
    return qstrdup(qPrintable(stageToString(stage)));
}
char *toString(const EventKind &kind)
{
    return qstrdup(qPrintable(eventKindToString(kind)));
}
} // namespace sal::core

namespace {

constexpr Stage kAllStages[] = { Stage::Lead, Stage::Mql, Stage::Sal, Stage::Sql, Stage::Opportunity,
    Stage::Rejected, Stage::NeedsInfo, Stage::Disqualified };

constexpr EventKind kAllKinds[] = {
    EventKind::Qualified,
    EventKind::Routed,
    EventKind::FirstOpened,
    EventKind::ContactAttempt,
    EventKind::AtRiskWarned,
    EventKind::Escalated,
    EventKind::Rerouted,
    EventKind::Accepted,
    EventKind::Rejected,
    EventKind::Returned,
    EventKind::Enriched,
    EventKind::Recycled,
    EventKind::FirstOutreach,
    EventKind::ConvertedToSql,
    EventKind::Disqualified,
    EventKind::OpportunityCreated,
    EventKind::Redirected,
    EventKind::QueuedForEnrichment,
    EventKind::Nurtured,
    EventKind::Excluded,
    EventKind::Disputed,
    EventKind::DisputeUpheld,
    EventKind::DisputeOverturned,
};

// Touches: recorded, but the lead stays where it is.
constexpr EventKind kTouches[]
    = { EventKind::Routed, EventKind::FirstOpened, EventKind::ContactAttempt, EventKind::AtRiskWarned,
          EventKind::Escalated, EventKind::Rerouted, EventKind::FirstOutreach, EventKind::QueuedForEnrichment,
          EventKind::Nurtured, EventKind::Excluded, EventKind::Disputed, EventKind::DisputeUpheld };

// The lifecycle as DESIGN.md describes it, written out independently of LeadLifecycle.cpp so that a
// change to either shows up here.
std::map<std::pair<Stage, EventKind>, Stage> documentedTransitions()
{
    std::map<std::pair<Stage, EventKind>, Stage> t;
    // Main line.
    t[{ Stage::Lead, EventKind::Qualified }] = Stage::Mql;
    t[{ Stage::Mql, EventKind::Accepted }] = Stage::Sal;
    t[{ Stage::Sal, EventKind::ConvertedToSql }] = Stage::Sql;
    t[{ Stage::Sql, EventKind::OpportunityCreated }] = Stage::Opportunity;
    // Side states: rejected (recycled to nurture), back with marketing, disqualified after contact.
    t[{ Stage::Mql, EventKind::Rejected }] = Stage::Rejected;
    t[{ Stage::Mql, EventKind::Returned }] = Stage::NeedsInfo;
    t[{ Stage::NeedsInfo, EventKind::Enriched }] = Stage::Mql;
    t[{ Stage::Rejected, EventKind::Recycled }] = Stage::Mql;
    t[{ Stage::Disqualified, EventKind::Recycled }] = Stage::Mql;
    t[{ Stage::Sal, EventKind::Disqualified }] = Stage::Disqualified;
    t[{ Stage::Sql, EventKind::Disqualified }] = Stage::Disqualified;
    // Touches of the decision SLA (routing to decision) on an MQL.
    for (EventKind k : { EventKind::Routed, EventKind::FirstOpened, EventKind::ContactAttempt,
             EventKind::AtRiskWarned, EventKind::Escalated, EventKind::Rerouted })
        t[{ Stage::Mql, k }] = Stage::Mql;
    // Touches of the follow-up SLA (acceptance to first outreach) on a SAL.
    for (EventKind k : { EventKind::ContactAttempt, EventKind::FirstOpened, EventKind::FirstOutreach,
             EventKind::AtRiskWarned, EventKind::Escalated })
        t[{ Stage::Sal, k }] = Stage::Sal;
    // Recycle paths of a rejection: re-routed to the right rep, enriched by marketing, nurtured,
    // excluded, disputed (upheld stays rejected, overturned is an MQL again).
    t[{ Stage::Rejected, EventKind::Redirected }] = Stage::Mql;
    t[{ Stage::Rejected, EventKind::Enriched }] = Stage::Mql;
    t[{ Stage::Rejected, EventKind::DisputeOverturned }] = Stage::Mql;
    for (EventKind k : { EventKind::QueuedForEnrichment, EventKind::Nurtured, EventKind::Excluded,
             EventKind::Disputed, EventKind::DisputeUpheld })
        t[{ Stage::Rejected, k }] = Stage::Rejected;
    t[{ Stage::Disqualified, EventKind::Nurtured }] = Stage::Disqualified;
    return t;
}

const QDateTime kAt(QDate(2026, 3, 6), QTime(14, 30), QTimeZone::utc());
const QString kActor = QStringLiteral("sdr@example.com");

} // namespace

class tst_LeadLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void tablesCoverEveryEnumValue();

    void everyPair_data();
    void everyPair();

    void mainLineFollowsDesign();
    void needsInfoReEntersAsMql();
    void rejectedAndDisqualifiedRecycleToMql();
    void disqualifiedOnlyAfterAcceptance();
    void opportunityAndLeadAreNarrow();
    void touchesNeverChangeStage();
    void stagesAllowingMatchesTarget();

    void eventCarriesUtcTimeActorAndReason();
    void eventKeepsTheInstant_data();
    void eventKeepsTheInstant();
    void invalidTimeRefused();
    void emptyActorRefused_data();
    void emptyActorRefused();
    void illegalTransitionReportedBeforeOtherMistakes();

    void stageNamesRoundTrip();
    void eventKindNamesRoundTrip();
    void unknownNamesAreRejected_data();
    void unknownNamesAreRejected();
};

void tst_LeadLifecycle::tablesCoverEveryEnumValue()
{
    // The loops below are only exhaustive if these arrays list every value.
    QCOMPARE(allStageNames().size(), qsizetype(std::size(kAllStages)));
    QCOMPARE(allEventKindNames().size(), qsizetype(std::size(kAllKinds)));
    QSet<QString> stages;
    for (Stage s : kAllStages)
        stages.insert(stageToString(s));
    QCOMPARE(stages.size(), qsizetype(std::size(kAllStages)));
    QSet<QString> kinds;
    for (EventKind k : kAllKinds)
        kinds.insert(eventKindToString(k));
    QCOMPARE(kinds.size(), qsizetype(std::size(kAllKinds)));
}

void tst_LeadLifecycle::everyPair_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<EventKind>("kind");
    QTest::addColumn<bool>("legal");
    QTest::addColumn<Stage>("to");

    const auto documented = documentedTransitions();
    for (Stage from : kAllStages) {
        for (EventKind kind : kAllKinds) {
            const auto it = documented.find({ from, kind });
            const bool legal = it != documented.end();
            QTest::addRow("%s/%s", qPrintable(stageToString(from)), qPrintable(eventKindToString(kind)))
                << from << kind << legal << (legal ? it->second : from);
        }
    }
}

void tst_LeadLifecycle::everyPair()
{
    QFETCH(Stage, from);
    QFETCH(EventKind, kind);
    QFETCH(bool, legal);
    QFETCH(Stage, to);

    QCOMPARE(LeadLifecycle::allows(from, kind), legal);
    const std::optional<Stage> target = LeadLifecycle::target(from, kind);
    QCOMPARE(target.has_value(), legal);

    const Result<StageEvent> event
        = LeadLifecycle::apply(QStringLiteral("L-42"), from, kind, kAt, kActor, QStringLiteral("why"));
    if (legal) {
        QCOMPARE(*target, to);
        QVERIFY2(event.ok(), qPrintable(joinProblems(event.problems())));
        QCOMPARE(event->from, from);
        QCOMPARE(event->to, to);
        QCOMPARE(event->kind, kind);
        QCOMPARE(event->changesStage(), from != to);
        QVERIFY(event.problems().isEmpty());
        return;
    }
    QVERIFY(!event.ok());
    QCOMPARE(event.problems().size(), 1);
    const Problem &problem = event.problems().constFirst();
    QCOMPARE(problem.field, QStringLiteral("stage"));
    // The message names the lead, the stage it is in, the event, and where the event would be possible.
    QVERIFY2(problem.message.contains(QLatin1String("L-42")), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(QStringLiteral("stage %1").arg(stageDisplayName(from))),
        qPrintable(problem.message));
    QVERIFY2(problem.message.contains(eventKindToString(kind)), qPrintable(problem.message));
    for (Stage allowed : LeadLifecycle::stagesAllowing(kind))
        QVERIFY2(problem.message.contains(stageDisplayName(allowed)), qPrintable(problem.message));
}

void tst_LeadLifecycle::mainLineFollowsDesign()
{
    // Lead → MQL → SAL → SQL → Opportunity, one event at a time, each starting where the last ended.
    Stage stage = Stage::Lead;
    const std::pair<EventKind, Stage> steps[] = {
        { EventKind::Qualified, Stage::Mql },
        { EventKind::Accepted, Stage::Sal },
        { EventKind::ConvertedToSql, Stage::Sql },
        { EventKind::OpportunityCreated, Stage::Opportunity },
    };
    for (const auto &[kind, expected] : steps) {
        const Result<StageEvent> event
            = LeadLifecycle::apply(QStringLiteral("L-1"), stage, kind, kAt, kActor);
        QVERIFY2(event.ok(), qPrintable(joinProblems(event.problems())));
        QCOMPARE(event->from, stage);
        QCOMPARE(event->to, expected);
        QVERIFY(event->changesStage());
        stage = event->to;
    }
    QCOMPARE(stage, Stage::Opportunity);

    // No skipping ahead.
    QVERIFY(!LeadLifecycle::allows(Stage::Lead, EventKind::Accepted));
    QVERIFY(!LeadLifecycle::allows(Stage::Mql, EventKind::ConvertedToSql));
    QVERIFY(!LeadLifecycle::allows(Stage::Mql, EventKind::OpportunityCreated));
    QVERIFY(!LeadLifecycle::allows(Stage::Sal, EventKind::OpportunityCreated));
    // No going back on a decision by the same event.
    QVERIFY(!LeadLifecycle::allows(Stage::Sal, EventKind::Accepted));
    QVERIFY(!LeadLifecycle::allows(Stage::Sal, EventKind::Rejected));
    QVERIFY(!LeadLifecycle::allows(Stage::Rejected, EventKind::Accepted));
}

void tst_LeadLifecycle::needsInfoReEntersAsMql()
{
    QCOMPARE(LeadLifecycle::target(Stage::Mql, EventKind::Returned), std::optional<Stage>(Stage::NeedsInfo));
    QCOMPARE(LeadLifecycle::target(Stage::NeedsInfo, EventKind::Enriched), std::optional<Stage>(Stage::Mql));
    // Marketing's side cannot decide for the rep, nor be worked while it is away.
    for (EventKind k : { EventKind::Accepted, EventKind::Rejected, EventKind::ContactAttempt,
             EventKind::Escalated, EventKind::Returned })
        QVERIFY2(!LeadLifecycle::allows(Stage::NeedsInfo, k), qPrintable(eventKindToString(k)));
    // Enriched only makes sense for a lead that is with marketing: sent back for information, or
    // rejected for bad data and waiting in the enrichment queue.
    QCOMPARE(LeadLifecycle::stagesAllowing(EventKind::Enriched),
        (QList<Stage> { Stage::NeedsInfo, Stage::Rejected }));
}

void tst_LeadLifecycle::rejectedAndDisqualifiedRecycleToMql()
{
    QCOMPARE(LeadLifecycle::target(Stage::Mql, EventKind::Rejected), std::optional<Stage>(Stage::Rejected));
    QCOMPARE(LeadLifecycle::target(Stage::Rejected, EventKind::Recycled), std::optional<Stage>(Stage::Mql));
    QCOMPARE(
        LeadLifecycle::target(Stage::Disqualified, EventKind::Recycled), std::optional<Stage>(Stage::Mql));
    QCOMPARE(LeadLifecycle::stagesAllowing(EventKind::Recycled),
        QList<Stage>({ Stage::Rejected, Stage::Disqualified }));
}

void tst_LeadLifecycle::disqualifiedOnlyAfterAcceptance()
{
    // Disqualification happens after contact: from SAL or SQL, never straight from an MQL (that is a
    // rejection).
    QCOMPARE(
        LeadLifecycle::stagesAllowing(EventKind::Disqualified), QList<Stage>({ Stage::Sal, Stage::Sql }));
    QVERIFY(!LeadLifecycle::allows(Stage::Mql, EventKind::Disqualified));
    QVERIFY(!LeadLifecycle::allows(Stage::Opportunity, EventKind::Disqualified));
}

void tst_LeadLifecycle::opportunityAndLeadAreNarrow()
{
    for (EventKind k : kAllKinds) {
        QVERIFY2(!LeadLifecycle::allows(Stage::Opportunity, k), qPrintable(eventKindToString(k)));
        QCOMPARE(LeadLifecycle::allows(Stage::Lead, k), k == EventKind::Qualified);
    }
}

void tst_LeadLifecycle::touchesNeverChangeStage()
{
    for (EventKind k : kTouches) {
        const QList<Stage> stages = LeadLifecycle::stagesAllowing(k);
        QVERIFY2(!stages.isEmpty(), qPrintable(eventKindToString(k)));
        for (Stage s : stages)
            QCOMPARE(LeadLifecycle::target(s, k), std::optional<Stage>(s));
    }
    // And everything that is not a touch moves the lead.
    for (EventKind k : kAllKinds) {
        if (std::find(std::begin(kTouches), std::end(kTouches), k) != std::end(kTouches))
            continue;
        for (Stage s : LeadLifecycle::stagesAllowing(k))
            QVERIFY2(*LeadLifecycle::target(s, k) != s, qPrintable(eventKindToString(k)));
    }
}

void tst_LeadLifecycle::stagesAllowingMatchesTarget()
{
    for (EventKind k : kAllKinds) {
        QList<Stage> expected;
        for (Stage s : kAllStages) {
            if (LeadLifecycle::allows(s, k))
                expected << s;
        }
        QList<Stage> actual = LeadLifecycle::stagesAllowing(k);
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        // Every event is possible somewhere.
        QVERIFY2(!actual.isEmpty(), qPrintable(eventKindToString(k)));
    }
}

void tst_LeadLifecycle::eventCarriesUtcTimeActorAndReason()
{
    const Result<StageEvent> event = LeadLifecycle::apply(QStringLiteral("L-7"), Stage::Mql,
        EventKind::Rejected, kAt, QStringLiteral("ana@example.com"), QStringLiteral("wrong_territory"));
    QVERIFY(event.ok());
    const StageEvent expected { QStringLiteral("L-7"), EventKind::Rejected, Stage::Mql, Stage::Rejected, kAt,
        QStringLiteral("ana@example.com"), QStringLiteral("wrong_territory") };
    QCOMPARE(*event, expected);
    QCOMPARE(event->at.timeSpec(), Qt::UTC);

    // The reason is optional: automation and touches often have none.
    const Result<StageEvent> touch = LeadLifecycle::apply(
        QStringLiteral("L-7"), Stage::Mql, EventKind::Escalated, kAt, QStringLiteral("system:escalate"));
    QVERIFY(touch.ok());
    QVERIFY(touch->reason.isEmpty());
    QCOMPARE(touch->actor, QStringLiteral("system:escalate"));
    QVERIFY(!touch->changesStage());
}

void tst_LeadLifecycle::eventKeepsTheInstant_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::newRow("utc") << kAt;
    QTest::newRow("offset -05:00") << kAt.toOffsetFromUtc(-5 * 3600);
    QTest::newRow("offset +05:30") << kAt.toOffsetFromUtc(5 * 3600 + 1800);
    QTest::newRow("Europe/Berlin") << kAt.toTimeZone(QTimeZone("Europe/Berlin"));
    QTest::newRow("America/New_York") << kAt.toTimeZone(QTimeZone("America/New_York"));
}

void tst_LeadLifecycle::eventKeepsTheInstant()
{
    QFETCH(QDateTime, at);
    QVERIFY(at.isValid());
    const Result<StageEvent> event
        = LeadLifecycle::apply(QStringLiteral("L-1"), Stage::Mql, EventKind::Accepted, at, kActor);
    QVERIFY(event.ok());
    // Stored in UTC, as the same instant: the wall-clock fields are those of 14:30Z.
    QCOMPARE(event->at.timeSpec(), Qt::UTC);
    QCOMPARE(event->at.toMSecsSinceEpoch(), kAt.toMSecsSinceEpoch());
    QCOMPARE(event->at.time(), QTime(14, 30));
    QCOMPARE(event->at.date(), QDate(2026, 3, 6));
}

void tst_LeadLifecycle::invalidTimeRefused()
{
    const Result<StageEvent> event
        = LeadLifecycle::apply(QStringLiteral("L-1"), Stage::Mql, EventKind::Accepted, QDateTime(), kActor);
    QVERIFY(!event.ok());
    QCOMPARE(event.problems().size(), 1);
    QCOMPARE(event.problems().constFirst().field, QStringLiteral("at"));
    QVERIFY(!event.problems().constFirst().message.isEmpty());
}

void tst_LeadLifecycle::emptyActorRefused_data()
{
    QTest::addColumn<QString>("actor");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab") << QStringLiteral("\t");
}

void tst_LeadLifecycle::emptyActorRefused()
{
    QFETCH(QString, actor);
    const Result<StageEvent> event
        = LeadLifecycle::apply(QStringLiteral("L-1"), Stage::Lead, EventKind::Qualified, kAt, actor);
    QVERIFY(!event.ok());
    QCOMPARE(event.problems().size(), 1);
    QCOMPARE(event.problems().constFirst().field, QStringLiteral("actor"));
    QVERIFY(!event.problems().constFirst().message.isEmpty());
}

void tst_LeadLifecycle::illegalTransitionReportedBeforeOtherMistakes()
{
    // An event that is not allowed is refused as such, whatever else is wrong with it.
    const Result<StageEvent> event = LeadLifecycle::apply(
        QStringLiteral("L-1"), Stage::Opportunity, EventKind::Accepted, QDateTime(), QString());
    QVERIFY(!event.ok());
    QCOMPARE(event.problems().constFirst().field, QStringLiteral("stage"));
}

void tst_LeadLifecycle::stageNamesRoundTrip()
{
    for (Stage s : kAllStages) {
        const QString name = stageToString(s);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toLower()); // stored names are stable lower-case machine names
        QCOMPARE(stageFromString(name), std::optional<Stage>(s));
        QVERIFY(allStageNames().contains(name));
        QVERIFY(!stageDisplayName(s).isEmpty());
    }
    QCOMPARE(stageToString(Stage::NeedsInfo), QStringLiteral("needs_info"));
    QCOMPARE(stageToString(Stage::Mql), QStringLiteral("mql"));
    QCOMPARE(stageDisplayName(Stage::Mql), QStringLiteral("MQL"));
}

void tst_LeadLifecycle::eventKindNamesRoundTrip()
{
    for (EventKind k : kAllKinds) {
        const QString name = eventKindToString(k);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toLower());
        QCOMPARE(eventKindFromString(name), std::optional<EventKind>(k));
        QVERIFY(allEventKindNames().contains(name));
    }
    QCOMPARE(eventKindToString(EventKind::ConvertedToSql), QStringLiteral("converted_to_sql"));
}

void tst_LeadLifecycle::unknownNamesAreRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("display name") << QStringLiteral("MQL");
    QTest::newRow("padded") << QStringLiteral(" mql");
    QTest::newRow("made up") << QStringLiteral("won");
}

void tst_LeadLifecycle::unknownNamesAreRejected()
{
    QFETCH(QString, text);
    QCOMPARE(stageFromString(text), std::optional<Stage>());
    QCOMPARE(eventKindFromString(text), std::optional<EventKind>());
}

QTEST_GUILESS_MAIN(tst_LeadLifecycle)
#include "tst_LeadLifecycle.moc"
