// The demo workspace generator (DESIGN.md, "The embedded default"): the same seed and "now" give the
// same database, the history went through the team store's real path, and the result looks like a
// team at work: every decision kind and reason, open queues on track, at risk and breached.

#include "demo/DemoWorkspace.h"
#include "policy/PolicyLoader.h"
#include "sla/SlaClock.h"
#include "store/SqliteTeamStore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sal::core;

namespace {

const QDateTime kNow(QDate(2026, 3, 18), QTime(15, 30, 12), QTimeZone::utc()); // a Wednesday afternoon
constexpr int kLeads = 400;
constexpr quint32 kSeed = 42;

const QStringList kTables { QStringLiteral("teams"), QStringLiteral("territories"), QStringLiteral("people"),
    QStringLiteral("calendars"), QStringLiteral("leads"), QStringLiteral("operations"),
    QStringLiteral("decisions"), QStringLiteral("contact_attempts"), QStringLiteral("events"),
    QStringLiteral("changes") };

// Every row of `table`, each as its column values joined by a unit separator.
QStringList dump(SqliteTeamStore &store, const QString &table)
{
    // Table names come from the constant list above, never from input.
    Result<QSqlQuery> q = store.database().exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
    if (!q)
        return { joinProblems(q.problems()) };
    QStringList rows;
    while (q.value().next()) {
        QStringList values;
        for (int c = 0; c < q.value().record().count(); ++c) {
            const QVariant v = q.value().value(c);
            values << (v.isNull() ? QStringLiteral("<null>") : v.toString());
        }
        rows << values.join(QChar(0x1f));
    }
    return rows;
}

qint64 number(SqliteTeamStore &store, const QString &sql, const QVariantList &binds = {})
{
    Result<QVariant> v = store.database().scalar(sql, binds);
    return v ? v->toLongLong() : -1;
}

QSet<QString> column(SqliteTeamStore &store, const QString &sql)
{
    QSet<QString> values;
    Result<QSqlQuery> q = store.database().exec(sql);
    while (q && q.value().next())
        values << q.value().value(0).toString();
    return values;
}

} // namespace

class tst_DemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedAndNowGiveIdenticalDatabases();
    void differentSeedGivesDifferentWorkspace();
    void summaryMatchesTheStore();
    void countsAreInRange();
    void everyRepHasOpenMqls();
    void openQueuesAreOnTrackAtRiskAndBreached();
    void historyHasEveryDecisionKindAndReason();
    void rejectionsThatNeedAttemptsHaveThem();
    void historyHasLateSyncsLadderAndFollowUp();
    void refusesBadInput();
    void fullSizeWorkspace();

private:
    std::unique_ptr<SqliteTeamStore> generate(
        const QString &name, quint32 seed, int leads, DemoSummary *summary);

    QTemporaryDir m_dir;
    PolicySet m_policy;
    std::unique_ptr<SqliteTeamStore> m_store; // seed kSeed, kLeads leads: shared by the read-only checks
    DemoSummary m_summary;
};

std::unique_ptr<SqliteTeamStore> tst_DemoWorkspace::generate(
    const QString &name, quint32 seed, int leads, DemoSummary *summary)
{
    Result<std::unique_ptr<SqliteTeamStore>> store
        = SqliteTeamStore::open(m_dir.filePath(name), DispositionValidator(m_policy.reasons));
    if (!store) {
        qWarning().noquote() << joinProblems(store.problems());
        return {};
    }
    DemoOptions options;
    options.leads = leads;
    options.seed = seed;
    options.nowUtc = kNow;
    Result<DemoSummary> generated = DemoWorkspace::generate(**store, m_policy, options);
    if (!generated) {
        qWarning().noquote() << joinProblems(generated.problems());
        return {};
    }
    if (summary)
        *summary = *generated;
    return std::move(store).value();
}

void tst_DemoWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<PolicySet> policy = PolicyLoader::loadDefaults();
    QVERIFY2(policy.ok(), qPrintable(joinProblems(policy.problems())));
    m_policy = *policy;
    m_store = generate(QStringLiteral("seed42.db"), kSeed, kLeads, &m_summary);
    QVERIFY(m_store);
}

void tst_DemoWorkspace::sameSeedAndNowGiveIdenticalDatabases()
{
    std::unique_ptr<SqliteTeamStore> again
        = generate(QStringLiteral("seed42-again.db"), kSeed, kLeads, nullptr);
    QVERIFY(again);
    for (const QString &table : kTables) {
        const QStringList first = dump(*m_store, table);
        const QStringList second = dump(*again, table);
        QVERIFY2(!first.isEmpty(), qPrintable(table));
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i)
            QVERIFY2(first.at(i) == second.at(i),
                qPrintable(QStringLiteral("%1 row %2 differs").arg(table).arg(i)));
    }
}

void tst_DemoWorkspace::differentSeedGivesDifferentWorkspace()
{
    std::unique_ptr<SqliteTeamStore> other
        = generate(QStringLiteral("seed43.db"), kSeed + 1, kLeads, nullptr);
    QVERIFY(other);
    for (const QString &table :
        { QStringLiteral("leads"), QStringLiteral("operations"), QStringLiteral("events") })
        QVERIFY2(dump(*m_store, table) != dump(*other, table), qPrintable(table));
    // The people are fixed, so the README can name them.
    QCOMPARE(dump(*other, QStringLiteral("people")), dump(*m_store, QStringLiteral("people")));
}

void tst_DemoWorkspace::summaryMatchesTheStore()
{
    SqliteTeamStore &s = *m_store;
    QCOMPARE(m_summary.teams, int(number(s, QStringLiteral("SELECT count(*) FROM teams"))));
    QCOMPARE(m_summary.people, int(number(s, QStringLiteral("SELECT count(*) FROM people"))));
    QCOMPARE(m_summary.leads, int(number(s, QStringLiteral("SELECT count(*) FROM leads"))));
    QCOMPARE(m_summary.openLeads,
        int(number(s, QStringLiteral("SELECT count(*) FROM leads WHERE stage = 'mql'"))));
    QCOMPARE(m_summary.decisions, int(number(s, QStringLiteral("SELECT count(*) FROM decisions"))));
    QCOMPARE(
        m_summary.contactAttempts, int(number(s, QStringLiteral("SELECT count(*) FROM contact_attempts"))));
    QCOMPARE(m_summary.events, int(number(s, QStringLiteral("SELECT count(*) FROM events"))));
    // Everything went through push() and was applied: no conflicts, nothing refused.
    QCOMPARE(number(s, QStringLiteral("SELECT count(*) FROM operations WHERE status <> 'applied'")), 0);
    QCOMPARE(number(s, QStringLiteral("SELECT count(*) FROM operations")),
        qint64(m_summary.decisions + m_summary.contactAttempts));
    QCOMPARE(number(s, QStringLiteral("SELECT count(*) FROM calendars")), 2);
}

void tst_DemoWorkspace::countsAreInRange()
{
    QCOMPARE(m_summary.teams, 2);
    QCOMPARE(m_summary.people, 13); // 2 × (manager + 5 reps) + marketing
    QCOMPARE(m_summary.leads, kLeads);
    QVERIFY2(m_summary.openLeads >= 20 && m_summary.openLeads <= 50,
        qPrintable(QString::number(m_summary.openLeads)));
    const int decided = kLeads - m_summary.openLeads;
    // One decision per decided lead, plus a second one for some leads marketing enriched.
    QVERIFY(m_summary.decisions >= decided && m_summary.decisions <= decided * 110 / 100);
    QVERIFY(m_summary.events > kLeads * 4);
    QCOMPARE(m_summary.teams, int(m_store->teams()->size()));
    QCOMPARE(number(*m_store, QStringLiteral("SELECT count(*) FROM people WHERE role = 'rep'")), 10);
    QCOMPARE(number(*m_store, QStringLiteral("SELECT count(*) FROM people WHERE role = 'manager'")), 2);
    QCOMPARE(number(*m_store, QStringLiteral("SELECT count(*) FROM people WHERE role = 'marketing'")), 1);
    QCOMPARE(number(*m_store, QStringLiteral("SELECT count(*) FROM territories")), 6);
}

void tst_DemoWorkspace::everyRepHasOpenMqls()
{
    Result<QList<Rep>> people = m_store->people();
    QVERIFY(people.ok());
    int reps = 0;
    for (const Rep &p : *people) {
        if (p.role != Role::Rep)
            continue;
        ++reps;
        const qint64 open = number(*m_store,
            QStringLiteral("SELECT count(*) FROM leads WHERE owner_email = ? AND stage = 'mql'"),
            { p.email });
        QVERIFY2(open >= 1, qPrintable(p.email));
    }
    QCOMPARE(reps, 10);
}

void tst_DemoWorkspace::openQueuesAreOnTrackAtRiskAndBreached()
{
    Result<QList<Team>> teams = m_store->teams();
    QVERIFY(teams.ok());
    QMap<SlaState, int> states;
    for (const QString &id : column(*m_store, QStringLiteral("SELECT id FROM leads WHERE stage = 'mql'"))) {
        Result<std::optional<LeadSnapshot>> snapshot = m_store->lead(id);
        QVERIFY(snapshot.ok() && snapshot->has_value());
        const Lead &lead = (*snapshot)->lead;
        QString calendar;
        for (const Team &t : *teams) {
            if (t.id == lead.teamId)
                calendar = t.calendarId;
        }
        const SlaClock clock(m_policy.calendars.value(calendar), m_policy.sla);
        const std::optional<SlaTier> tier = m_policy.sla.tier(lead.tier);
        QVERIFY2(tier.has_value(), qPrintable(lead.tier));
        QVERIFY(lead.routedAt.isValid() && lead.routedAt < kNow);
        QVERIFY(lead.mqlAt <= lead.routedAt && lead.createdAt <= lead.mqlAt);
        for (const EngagementSignal &s : lead.engagement)
            QVERIFY(s.at <= lead.mqlAt);
        ++states[clock.status(clock.open(lead.routedAt, *tier), kNow).state];
    }
    QVERIFY2(states.value(SlaState::OnTrack) > 0, "no open lead on track");
    QVERIFY2(states.value(SlaState::AtRisk) > 0, "no open lead at risk");
    QVERIFY2(states.value(SlaState::Breached) > 0, "no open lead breached");
    QVERIFY(states.value(SlaState::OnTrack) > states.value(SlaState::Breached));
}

void tst_DemoWorkspace::historyHasEveryDecisionKindAndReason()
{
    SqliteTeamStore &s = *m_store;
    const QSet<QString> kinds = column(s, QStringLiteral("SELECT DISTINCT kind FROM decisions"));
    QCOMPARE(kinds,
        (QSet<QString> { QStringLiteral("accept"), QStringLiteral("reject"), QStringLiteral("needs_info") }));
    QSet<QString> codes;
    for (const RejectionReason &r : m_policy.reasons.reasons)
        codes << r.code;
    QCOMPARE(codes.size(), 11);
    QCOMPARE(
        column(s, QStringLiteral("SELECT DISTINCT reason_code FROM decisions WHERE kind = 'reject'")), codes);

    const double all = double(number(s, QStringLiteral("SELECT count(*) FROM decisions")));
    const auto share = [&](const char *kind) {
        return double(number(s, QStringLiteral("SELECT count(*) FROM decisions WHERE kind = ?"),
                   { QLatin1String(kind) }))
            / all;
    };
    QVERIFY2(
        share("accept") >= 0.62 && share("accept") <= 0.74, qPrintable(QString::number(share("accept"))));
    QVERIFY2(
        share("reject") >= 0.19 && share("reject") <= 0.27, qPrintable(QString::number(share("reject"))));
    QVERIFY2(share("needs_info") >= 0.05 && share("needs_info") <= 0.11,
        qPrintable(QString::number(share("needs_info"))));
    // `other` always comes with an explanation; accepts always with a next step, due time and note.
    QCOMPARE(
        number(s,
            QStringLiteral(
                "SELECT count(*) FROM decisions WHERE reason_code = 'other' AND length(reason_text) < 10")),
        0);
    QCOMPARE(
        number(s,
            QStringLiteral("SELECT count(*) FROM decisions WHERE kind = 'accept' AND (next_step IS NULL OR "
                           "note IS NULL OR next_step_due IS NULL OR next_step_due < decided_at)")),
        0);
    QCOMPARE(
        number(s, QStringLiteral("SELECT count(*) FROM decisions WHERE decided_at >= ? OR synced_at >= ?"),
            { kNow.toString(Qt::ISODate), kNow.toString(Qt::ISODate) }),
        0);
}

void tst_DemoWorkspace::rejectionsThatNeedAttemptsHaveThem()
{
    SqliteTeamStore &s = *m_store;
    const QString sql = QStringLiteral("SELECT count(*) FROM decisions d WHERE d.reason_code IN "
                                       "('bad_contact_data', 'no_authority', 'other') AND "
                                       "((SELECT count(*) FROM contact_attempts a WHERE a.lead_id = "
                                       "d.lead_id AND a.at <= d.decided_at) < 3 OR "
                                       "(SELECT count(DISTINCT channel) FROM contact_attempts a WHERE "
                                       "a.lead_id = d.lead_id AND a.at <= d.decided_at) < 2)");
    QCOMPARE(number(s, sql), 0);
    QVERIFY(number(s,
                QStringLiteral("SELECT count(*) FROM decisions WHERE reason_code IN ('bad_contact_data', "
                               "'no_authority', 'other')"))
        > 0);
}

void tst_DemoWorkspace::historyHasLateSyncsLadderAndFollowUp()
{
    SqliteTeamStore &s = *m_store;
    // Offline reps: decisions that reached the team store more than an hour after they were made.
    QVERIFY(number(s,
                QStringLiteral("SELECT count(*) FROM decisions WHERE julianday(synced_at) - "
                               "julianday(decided_at) > 1.0 / 24"))
        > 0);
    QVERIFY(number(s,
                QStringLiteral(
                    "SELECT count(*) FROM events WHERE kind = 'escalated' AND actor = 'system:escalation'"))
        > 0);
    QVERIFY(number(s, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'rerouted'")) > 0);
    for (const char *kind : { "first_opened", "contact_attempt", "at_risk_warned", "first_outreach",
             "converted_to_sql", "opportunity_created", "disqualified", "returned", "enriched" })
        QVERIFY2(
            number(s, QStringLiteral("SELECT count(*) FROM events WHERE kind = ?"), { QLatin1String(kind) })
                > 0,
            kind);
    // Roughly half the accepted leads became SQLs (fewer among the most recent ones).
    const double accepted = double(
        number(s, QStringLiteral("SELECT count(DISTINCT lead_id) FROM decisions WHERE kind = 'accept'")));
    const double sql = double(number(
        s, QStringLiteral("SELECT count(DISTINCT lead_id) FROM events WHERE kind = 'converted_to_sql'")));
    QVERIFY2(sql / accepted > 0.35 && sql / accepted < 0.6, qPrintable(QString::number(sql / accepted)));
    // A re-routed lead is decided by its new owner.
    QCOMPARE(number(s,
                 QStringLiteral("SELECT count(*) FROM decisions d JOIN leads l ON l.id = d.lead_id "
                                "WHERE d.rep_email <> l.owner_email")),
        0);
    // Every event of a lead is recorded in the order it happened, except what offline reps synced late.
    QCOMPARE(number(s,
                 QStringLiteral(
                     "SELECT count(*) FROM events e JOIN events f ON f.lead_id = e.lead_id AND f.id > e.id "
                     "WHERE f.at < e.at AND f.operation_id IS NULL AND e.operation_id IS NULL")),
        0);
}

void tst_DemoWorkspace::refusesBadInput()
{
    DemoOptions options;
    options.nowUtc = kNow;
    options.leads = -1;
    QVERIFY(!DemoWorkspace::generate(*m_store, m_policy, options).ok());
    options.leads = 10;
    options.nowUtc = {};
    QVERIFY(!DemoWorkspace::generate(*m_store, m_policy, options).ok());
    // Not into a store that already holds a team.
    options.nowUtc = kNow;
    const Result<DemoSummary> again = DemoWorkspace::generate(*m_store, m_policy, options);
    QVERIFY(!again.ok());
    QCOMPARE(again.problems().constFirst().field, QStringLiteral("store"));
}

void tst_DemoWorkspace::fullSizeWorkspace()
{
    // The default size: every rep's queue holds a realistic 15–40 open MQLs.
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    std::unique_ptr<SqliteTeamStore> store = generate(QStringLiteral("full.db"), 7, 3000, &summary);
    QVERIFY(store);
    qInfo("3000 leads: %lld ms, %d decisions, %d attempts, %d events", timer.elapsed(), summary.decisions,
        summary.contactAttempts, summary.events);
    Result<QSqlQuery> q = store->database().exec(QStringLiteral(
        "SELECT p.email, (SELECT count(*) FROM leads l WHERE l.owner_email = p.email AND l.stage = 'mql') "
        "FROM people p WHERE p.role = 'rep'"));
    QVERIFY(q.ok());
    while (q.value().next()) {
        const qint64 open = q.value().value(1).toLongLong();
        QVERIFY2(open >= 15 && open <= 40,
            qPrintable(q.value().value(0).toString() + QLatin1Char(' ') + QString::number(open)));
    }
}

QTEST_GUILESS_MAIN(tst_DemoWorkspace)

#include "tst_DemoWorkspace.moc"
