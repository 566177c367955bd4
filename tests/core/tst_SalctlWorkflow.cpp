// A rep's day through the real salctl binary: create the demo workspace, read the queue, decide
// offline, sync, meet a conflict and see it. Every step checks what the rep would see.

#include "support/SyncFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace sal::core;
using namespace sal::test;

class tst_SalctlWorkflow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_team;
    QString m_rep;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run salctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))); // no real home touched
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SALCTL_PATH), args);
        p.waitForFinished(120000);
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QStringList as(const QString &email) const
    {
        return { QStringLiteral("--team-store"), m_team, QStringLiteral("--as"), email };
    }

    QJsonArray queue(const QString &email, bool offline = false)
    {
        QStringList args = QStringList { QStringLiteral("queue"), QStringLiteral("--json") } + as(email);
        if (offline)
            args << QStringLiteral("--offline");
        const Run r = salctl(args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_team = m_dir.filePath(QStringLiteral("team.sqlite"));
        const Run demo = salctl({ QStringLiteral("demo"), QStringLiteral("--out"), m_team, QStringLiteral("--leads"),
                                  QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QStringLiteral("400 leads")));
        const Run again = salctl({ QStringLiteral("demo"), QStringLiteral("--out"), m_team });
        QCOMPARE(again.exitCode, 2); // never overwrites a workspace
        const Run reps = salctl({ QStringLiteral("reps"), QStringLiteral("--json"), QStringLiteral("--team-store"), m_team });
        QCOMPARE(reps.exitCode, 0);
        for (const QJsonValue &v : QJsonDocument::fromJson(reps.out.toUtf8()).array()) {
            if (v[QLatin1String("role")].toString() == QLatin1String("rep") && m_rep.isEmpty())
                m_rep = v[QLatin1String("email")].toString();
        }
        QVERIFY(!m_rep.isEmpty());
    }

    void queueIsSortedByDeadlineWithTheDocumentedFields()
    {
        const QJsonArray q = queue(m_rep);
        QVERIFY(q.size() > 0);
        QString previous;
        for (const QJsonValue &v : q) {
            for (const char *key : { "id", "name", "company", "tier", "deadline", "remaining_seconds", "state" })
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
            const QString deadline = v[QLatin1String("deadline")].toString();
            QVERIFY(deadline.endsWith(QLatin1Char('Z')));
            QVERIFY(previous <= deadline);
            previous = deadline;
            const QString state = v[QLatin1String("state")].toString();
            QVERIFY(state == QLatin1String("on_track") || state == QLatin1String("at_risk") || state == QLatin1String("breached"));
            QCOMPARE(state == QLatin1String("breached"), v[QLatin1String("remaining_seconds")].toDouble() <= 0);
        }
    }

    void invalidDecisionExitsTwoListingEveryFieldAndStoresNothing()
    {
        const QString lead = queue(m_rep).first()[QLatin1String("id")].toString();
        const Run r = salctl(QStringList { QStringLiteral("decide"), lead, QStringLiteral("accept"), QStringLiteral("--offline") } + as(m_rep));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("next_step")));
        QVERIFY(r.err.contains(QStringLiteral("due")));
        QVERIFY(r.err.contains(QStringLiteral("note")));
        const Run other = salctl(QStringList { QStringLiteral("decide"), lead, QStringLiteral("reject"), QStringLiteral("--reason"),
                                               QStringLiteral("other"), QStringLiteral("--text"), QStringLiteral("meh"),
                                               QStringLiteral("--offline") }
                                 + as(m_rep));
        QCOMPARE(other.exitCode, 2);
        QVERIFY(other.err.contains(QStringLiteral("reason_text")));
        QVERIFY(other.err.contains(QStringLiteral("attempts")));
        // Nothing stored: the lead is still first in the queue, nothing pending.
        QCOMPARE(queue(m_rep, true).first()[QLatin1String("id")].toString(), lead);
    }

    void offlineDecisionsSyncLaterAndConflictsAreShown()
    {
        const QJsonArray q = queue(m_rep);
        QVERIFY(q.size() >= 2);
        const QString keep = q.at(0)[QLatin1String("id")].toString();
        const QString lost = q.at(1)[QLatin1String("id")].toString();
        const QString due = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
        Run r = salctl(QStringList { QStringLiteral("decide"), keep, QStringLiteral("accept"), QStringLiteral("--next-step"),
                                     QStringLiteral("meeting"), QStringLiteral("--due"), due, QStringLiteral("--note"),
                                     QStringLiteral("Demo booked with the team lead"), QStringLiteral("--offline") }
                       + as(m_rep));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = salctl(QStringList { QStringLiteral("decide"), lost, QStringLiteral("reject"), QStringLiteral("--reason"),
                                 QStringLiteral("wrong_territory"), QStringLiteral("--offline") }
                   + as(m_rep));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Both left the rep's queue at once, though nothing reached the team store.
        const QJsonArray offlineQueue = queue(m_rep, true);
        for (const QJsonValue &v : offlineQueue)
            QVERIFY(v[QLatin1String("id")].toString() != keep && v[QLatin1String("id")].toString() != lost);

        // Meanwhile the manager re-routes one of them to somebody else.
        const Result<PolicySet> policy = PolicyLoader::loadDefaults();
        {
            auto team = SqliteTeamStore::open(m_team, DispositionValidator(policy->reasons), false);
            QVERIFY_OK(team);
            const auto people = (*team)->people().value();
            QString other;
            for (const Rep &p : people) {
                if (p.role == Role::Rep && p.email != m_rep)
                    other = p.email;
            }
            QVERIFY_OK((*team)->assign(lost, other, QStringLiteral("manager@example.com"), QStringLiteral("rebalance"),
                                       QDateTime::currentDateTimeUtc()));
        }

        r = salctl(QStringList { QStringLiteral("sync") } + as(m_rep));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1 applied")) && r.out.contains(QStringLiteral("1 conflict")), qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("conflicts")));

        r = salctl(QStringList { QStringLiteral("conflicts") } + as(m_rep));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(lost) && r.out.contains(QStringLiteral("rerouted")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("1 open conflict")));

        r = salctl(QStringList { QStringLiteral("events"), keep } + as(m_rep));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("accepted")) && r.out.contains(QStringLiteral("mql -> sal")), qPrintable(r.out));

        // Discarding it clears the list.
        const Run list = salctl(QStringList { QStringLiteral("conflicts") } + as(m_rep));
        const QString operationId = list.out.section(QLatin1Char(' '), 0, 0);
        r = salctl(QStringList { QStringLiteral("conflicts"), QStringLiteral("--discard"), operationId } + as(m_rep));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = salctl(QStringList { QStringLiteral("conflicts") } + as(m_rep));
        QVERIFY(r.out.contains(QStringLiteral("0 open conflict")));
    }

    void unknownPersonIsRefused()
    {
        const Run r = salctl(QStringList { QStringLiteral("queue") } + as(QStringLiteral("nobody@example.com")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("nobody@example.com")));
    }
};

QTEST_GUILESS_MAIN(tst_SalctlWorkflow)
#include "tst_SalctlWorkflow.moc"
