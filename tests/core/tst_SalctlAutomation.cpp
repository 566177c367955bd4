// The automation commands through the real salctl binary on a demo workspace: escalate --dry-run
// explains each planned action and changes nothing, escalate does it once, route, recycle, enrich,
// qualify and dispute, and bad input is refused with exit code 2.

#include "support/SyncFixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace sal::core;
using namespace sal::test;

class tst_SalctlAutomation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_team;
    const QString kDemoNow = QStringLiteral("2026-03-10T15:00:00Z");
    const QString kLater = QStringLiteral("2026-03-12T16:00:00Z"); // two business days on

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run salctl(QStringList args)
    {
        args << QStringLiteral("--team-store") << m_team;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SALCTL_PATH), args);
        p.waitForFinished(120000);
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    std::unique_ptr<SqliteTeamStore> openTeam()
    {
        const PolicySet policy = PolicyLoader::loadDefaults().value();
        return SqliteTeamStore::open(m_team, DispositionValidator(policy.reasons), false).value();
    }

    int eventCount()
    {
        return openTeam()->database().scalar(QStringLiteral("SELECT COUNT(*) FROM events")).value().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_team = m_dir.filePath(QStringLiteral("team.sqlite"));
        QProcess demo;
        demo.start(QStringLiteral(SALCTL_PATH),
            { QStringLiteral("demo"), QStringLiteral("--out"), m_team, QStringLiteral("--leads"),
                QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("11"),
                QStringLiteral("--now"), kDemoNow });
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);
    }

    void dryRunExplainsEachActionAndChangesNothing()
    {
        const int before = eventCount();
        const Run dry = salctl(
            { QStringLiteral("escalate"), QStringLiteral("--dry-run"), QStringLiteral("--now"), kLater });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("nothing was changed")), qPrintable(dry.out));
        // Two business days on, some open leads crossed each rung.
        QVERIFY2(dry.out.contains(QStringLiteral("[warn]  Warn ")), qPrintable(dry.out));
        QVERIFY2(
            dry.out.contains(QStringLiteral("[escalate]  Escalate to the manager ")), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QRegularExpression(
                     QStringLiteral("\\[reroute\\]  Re-route from .+ to .+ of business time"))),
            qPrintable(dry.out));
        QCOMPARE(eventCount(), before);
        // The same question gives the same answer.
        QCOMPARE(salctl({ QStringLiteral("escalate"), QStringLiteral("--dry-run"), QStringLiteral("--now"),
                            kLater })
                     .out,
            dry.out);
    }

    void escalateDoesItOnce()
    {
        const Run dry = salctl(
            { QStringLiteral("escalate"), QStringLiteral("--dry-run"), QStringLiteral("--now"), kLater });
        const qsizetype planned
            = dry.out.count(QStringLiteral("]  ")) - dry.out.count(QStringLiteral("[hold]"));
        const int before = eventCount();
        const Run done = salctl({ QStringLiteral("escalate"), QStringLiteral("--now"), kLater });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("%1 action(s) done").arg(planned))
                || done.out.contains(QStringLiteral("%1 actions done").arg(planned)),
            qPrintable(done.out.right(300)));
        QCOMPARE(eventCount(), before + int(planned));
        const Run again = salctl({ QStringLiteral("escalate"), QStringLiteral("--now"), kLater });
        QVERIFY2(again.out.contains(QStringLiteral(": 0 action")), qPrintable(again.out.right(300)));
        QCOMPARE(eventCount(), before + int(planned));
    }

    void recycleEnrichQualifyAndDispute()
    {
        const Run dry = salctl(
            { QStringLiteral("recycle"), QStringLiteral("--dry-run"), QStringLiteral("--now"), kLater });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("[nurture]")));
        QVERIFY(dry.out.contains(QStringLiteral("[exclude]")));
        const Run recycled = salctl({ QStringLiteral("recycle"), QStringLiteral("--now"), kLater });
        QCOMPARE(recycled.exitCode, 0);
        QVERIFY(salctl(
            { QStringLiteral("recycle"), QStringLiteral("--dry-run"), QStringLiteral("--now"), kLater })
                    .out.contains(QStringLiteral("0 rejected lead")));

        const Run queue = salctl({ QStringLiteral("enrich") });
        QCOMPARE(queue.exitCode, 0);
        const QString first = queue.out.section(QLatin1Char(' '), 0, 0);
        QVERIFY2(queue.out.contains(QStringLiteral("waiting for enrichment")) && !first.isEmpty(),
            qPrintable(queue.out));
        const Run enriched
            = salctl({ QStringLiteral("enrich"), first, QStringLiteral("--done"), QStringLiteral("--as"),
                QStringLiteral("rachel.kim@lumenflow.example"), QStringLiteral("--now"), kLater });
        QVERIFY2(enriched.exitCode == 0, qPrintable(enriched.err));
        QCOMPARE(openTeam()->lead(first).value()->lead.stage, Stage::Mql);

        // An accepted lead of the demo: its owner marks it SQL with the evidence.
        const LeadSnapshot accepted = openTeam()->leadsInStage(Stage::Sal).value().constFirst();
        const Run missing = salctl(
            { QStringLiteral("qualify"), accepted.lead.id, QStringLiteral("sql"), QStringLiteral("--as"),
                accepted.lead.ownerEmail, QStringLiteral("--budget"), QStringLiteral("yes") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("authority: Say whether authority was confirmed")),
            qPrintable(missing.err));
        const Run sql = salctl(
            { QStringLiteral("qualify"), accepted.lead.id, QStringLiteral("sql"), QStringLiteral("--as"),
                accepted.lead.ownerEmail, QStringLiteral("--budget"), QStringLiteral("yes"),
                QStringLiteral("--authority"), QStringLiteral("yes"), QStringLiteral("--need"),
                QStringLiteral("yes"), QStringLiteral("--timeline"), QStringLiteral("no") });
        QVERIFY2(sql.exitCode == 0, qPrintable(sql.err));
        QCOMPARE(openTeam()->lead(accepted.lead.id).value()->lead.stage, Stage::Sql);

        // Marketing disputes a rejection; the lead's manager overturns it.
        const LeadSnapshot rejected = openTeam()->leadsInStage(Stage::Rejected).value().constFirst();
        const QString manager = rejected.lead.teamId == QLatin1String("na")
            ? QStringLiteral("dana.whitfield@lumenflow.example")
            : QStringLiteral("katrin.vogel@lumenflow.example");
        const Run opened = salctl({ QStringLiteral("dispute"), rejected.lead.id, QStringLiteral("--text"),
            QStringLiteral("Fits the ICP after the data refresh"), QStringLiteral("--as"),
            QStringLiteral("rachel.kim@lumenflow.example") });
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        const Run settled = salctl({ QStringLiteral("dispute"), rejected.lead.id,
            QStringLiteral("--overturn"), QStringLiteral("--as"), manager });
        QVERIFY2(settled.exitCode == 0, qPrintable(settled.err));
        QCOMPARE(openTeam()->lead(rejected.lead.id).value()->lead.stage, Stage::Mql);
    }

    void routeAndAwayOnTheCommandLine()
    {
        const Run away = salctl({ QStringLiteral("away"), QStringLiteral("jordan.ellis@lumenflow.example"),
            QStringLiteral("--from"), QStringLiteral("2026-03-12"), QStringLiteral("--to"),
            QStringLiteral("2026-03-13"), QStringLiteral("--note"), QStringLiteral("vacation") });
        QVERIFY2(away.exitCode == 0, qPrintable(away.err));
        QVERIFY(salctl({ QStringLiteral("away") })
                    .out.contains(QStringLiteral("2026-03-12 .. 2026-03-13  vacation")));
        const Run bad
            = salctl({ QStringLiteral("away"), QStringLiteral("nobody@example.com"), QStringLiteral("--from"),
                QStringLiteral("2026-03-12"), QStringLiteral("--to"), QStringLiteral("2026-03-13") });
        QCOMPARE(bad.exitCode, 2);
        const Run route = salctl(
            { QStringLiteral("route"), QStringLiteral("--dry-run"), QStringLiteral("--now"), kLater });
        QVERIFY2(route.exitCode == 0, qPrintable(route.err));
        QVERIFY(route.out.contains(QStringLiteral("nothing was changed")));
    }

    void badInputIsRefused()
    {
        QCOMPARE(salctl({ QStringLiteral("escalate"), QStringLiteral("--now"), QStringLiteral("tomorrow") })
                     .exitCode,
            2);
        QCOMPARE(salctl({ QStringLiteral("qualify"), QStringLiteral("L-nope"), QStringLiteral("maybe"),
                            QStringLiteral("--as"), QStringLiteral("jordan.ellis@lumenflow.example") })
                     .exitCode,
            2);
        const Run noLead
            = salctl({ QStringLiteral("enrich"), QStringLiteral("L-nope"), QStringLiteral("--done"),
                QStringLiteral("--as"), QStringLiteral("rachel.kim@lumenflow.example") });
        QCOMPARE(noLead.exitCode, 2);
        QVERIFY2(noLead.err.contains(QStringLiteral("No lead L-nope")), qPrintable(noLead.err));
    }
};

QTEST_GUILESS_MAIN(tst_SalctlAutomation)
#include "tst_SalctlAutomation.moc"
