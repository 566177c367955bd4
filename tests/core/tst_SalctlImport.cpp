// `salctl import` and `salctl export` as a new user runs them: detect, import in one command with a
// clear report, a broken file refused with exact lines and nothing stored, export for the CRM.

#include "support/SyncFixture.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace sal::core;
using namespace sal::test;

class tst_SalctlImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_team;

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
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SALCTL_PATH), args);
        p.waitForFinished(120000);
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    QString data(const char *name) const
    {
        return QStringLiteral(SAL_TEST_DATA_DIR "/import/") + QLatin1String(name);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    qint64 leadCount()
    {
        auto store = SqliteTeamStore::open(
            m_team, DispositionValidator(PolicyLoader::loadDefaults()->reasons), false);
        return store
            ? (*store)->database().scalar(QStringLiteral("SELECT count(*) FROM leads")).value().toLongLong()
            : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_team = m_dir.filePath(QStringLiteral("team.sqlite"));
        const Run demo
            = salctl({ QStringLiteral("demo"), QStringLiteral("--out"), m_team, QStringLiteral("--leads"),
                QStringLiteral("40"), QStringLiteral("--now"), QStringLiteral("2026-11-23T12:00:00Z") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void detectNamesTheProfileAndUnmappedColumns()
    {
        const QString path = write(QStringLiteral("extra.csv"),
            "Record ID,First Name,Email,Company Name,Shoe Size\n1,A,a@x.example,X,42\n");
        const Run r = salctl({ QStringLiteral("import"), QStringLiteral("--detect"), path });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(
                     "Profile: hubspot-contacts (HubSpot contacts export), maps 4 of 5 columns")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Unmapped columns: Shoe Size")), qPrintable(r.out));
        QCOMPARE(leadCount(), 40);
    }

    void importInOneCommandThenAgain()
    {
        const QStringList args { QStringLiteral("import"), QStringLiteral("--team-store"), m_team,
            data("salesforce_dataloader.csv") };
        const Run first = salctl(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral(
                     "with profile salesforce-dataloader: 3 rows, 3 new, 0 updated, 0 unchanged.")),
            qPrintable(first.out));
        QCOMPARE(leadCount(), 43);
        const Run again = salctl(args);
        QVERIFY2(again.out.contains(QStringLiteral("3 rows, 0 new, 0 updated, 3 unchanged.")),
            qPrintable(again.out));
        QCOMPARE(leadCount(), 43);
    }

    void brokenFileIsRefusedWithExactLines()
    {
        const QString path = write(QStringLiteral("broken.csv"),
            "Record ID,Email,Number of Employees,Create Date\n"
            "71,ok@x.example,10,2026-11-01 10:00\n"
            "72,bad-address,ten,2026-11-01 10:00\n"
            "73,c@x.example,\"1,5\",31.11.2026\n");
        const qint64 before = leadCount();
        const Run r = salctl({ QStringLiteral("import"), QStringLiteral("--team-store"), m_team, path });
        QCOMPARE(r.exitCode, 2);
        const QStringList expected {
            path + QStringLiteral(":3: Email: \"bad-address\" is not an email address"),
            path + QStringLiteral(":3: Number of Employees: \"ten\" is not a number"),
            path + QStringLiteral(":4: Number of Employees: \"1,5\" has misplaced thousands separators"),
            path
                + QStringLiteral(":4: Create Date: \"31.11.2026\" is not an ISO 8601 date nor in any of: "
                                 "yyyy-MM-dd HH:mm, yyyy-MM-dd HH:mm:ss, yyyy-MM-dd"),
            QStringLiteral("Nothing was imported: 2 rows of 3 have problems (listed above). Fix them, or use "
                           "--skip-bad to import the other rows."),
        };
        QCOMPARE(r.err.trimmed().split(QLatin1Char('\n')), expected);
        QCOMPARE(leadCount(), before);

        const Run skip = salctl({ QStringLiteral("import"), QStringLiteral("--team-store"), m_team,
            QStringLiteral("--skip-bad"), path });
        QCOMPARE(skip.exitCode, 0);
        QVERIFY2(skip.out.contains(QStringLiteral("2 rows rejected, written with their problems to ") + path
                     + QStringLiteral(".rejected.csv")),
            qPrintable(skip.out));
        QCOMPARE(leadCount(), before + 1);
        QVERIFY(QFile::exists(path + QStringLiteral(".rejected.csv")));
    }

    void windows1252IsRefusedWithAdvice()
    {
        const Run r = salctl({ QStringLiteral("import"), QStringLiteral("--team-store"), m_team,
            data("hubspot_windows1252.csv") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("hubspot_windows1252.csv:2: is not UTF-8 (byte 0xFC")),
            qPrintable(r.err));
        const Run ok = salctl({ QStringLiteral("import"), QStringLiteral("--team-store"), m_team,
            QStringLiteral("--encoding"), QStringLiteral("windows-1252"), data("hubspot_windows1252.csv") });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    }

    void exportDecisionsForTheCrm()
    {
        const QString out = m_dir.filePath(QStringLiteral("feedback.csv"));
        const Run r = salctl({ QStringLiteral("export"), QStringLiteral("decisions"),
            QStringLiteral("--since"), QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("--team-store"),
            m_team, QStringLiteral("--out"), out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("Id,Email,SAL_Decision__c,SAL_Reason_Code__c"));
        QVERIFY2(lines.size() > 3, "the demo has decisions");
        QVERIFY(r.err.contains(QStringLiteral("Wrote %1 records to ").arg(lines.size() - 2)));
        const Run jsonl = salctl(
            { QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--team-store"), m_team });
        QCOMPARE(jsonl.exitCode, 0);
        QCOMPARE(jsonl.out.count(QLatin1Char('\n')), leadCount());
        const Run bad = salctl({ QStringLiteral("export"), QStringLiteral("decisions"),
            QStringLiteral("--since"), QStringLiteral("yesterday"), QStringLiteral("--team-store"), m_team });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--since: \"yesterday\" is not an ISO 8601 date-time")));
    }
};

QTEST_GUILESS_MAIN(tst_SalctlImport)
#include "tst_SalctlImport.moc"
