// salctl as a user runs it: the real binary through QProcess, checking exit codes (0 ok, 2 bad
// input), what goes to stdout and what to stderr.

#include "policy/PolicyLoader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sal::core;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The repository root, so the command lines read exactly as in the README.
QString sourceDir()
{
    QDir dir(QStringLiteral(SAL_POLICY_DIR));
    dir.cdUp();
    dir.cdUp();
    return dir.absolutePath();
}

const QString kNewYork = QStringLiteral("resources/policy/calendars/new_york.json");

bool writeFile(const QString &fileName, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class tst_SalctlCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void helpExitsZero();
    void versionExitsZero();
    void noArgumentsIsBadUsage();
    void unknownCommandIsBadUsage();
    void subcommandHelp_data();
    void subcommandHelp();
    void missingVerbIsBadUsage_data();
    void missingVerbIsBadUsage();

    void slaDeadline_data();
    void slaDeadline();
    void slaRemaining_data();
    void slaRemaining();
    void slaDeadlineAndRemainingAgree();
    void missingRequiredOptions_data();
    void missingRequiredOptions();
    void badHours_data();
    void badHours();
    void badStartOrDeadline_data();
    void badStartOrDeadline();
    void unknownOptionIsBadUsage();
    void missingCalendarFile();
    void badCalendarFile();

    void policyCheckValidDirectory();
    void policyCheckTeamOverride();
    void policyCheckListsEveryProblem();
    void policyCheckInvalidJsonNamesLine();
    void policyCheckBadUsage_data();
    void policyCheckBadUsage();

private:
    Run salctl(const QStringList &args) const;
};

Run tst_SalctlCli::salctl(const QStringList &args) const
{
    QProcess process;
    process.setWorkingDirectory(sourceDir());
    process.start(QStringLiteral(SALCTL_PATH), args);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("salctl did not finish normally: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_SalctlCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SALCTL_PATH)).isExecutable(), SALCTL_PATH);
    QVERIFY(QFileInfo::exists(sourceDir() + QLatin1Char('/') + kNewYork));
}

void tst_SalctlCli::helpExitsZero()
{
    for (const QString &flag : { QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help") }) {
        const Run r = salctl({ flag });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: salctl COMMAND")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("  sla ")));
        QVERIFY(r.out.contains(QLatin1String("  policy ")));
        QVERIFY(r.out.contains(QLatin1String("Exit codes")));
        QCOMPARE(r.err, QString());
    }
}

void tst_SalctlCli::versionExitsZero()
{
    const Run r = salctl({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("salctl " SALBENCH_VERSION "\n"));
    QCOMPARE(r.err, QString());
}

void tst_SalctlCli::noArgumentsIsBadUsage()
{
    const Run r = salctl({});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString()); // nothing a script could mistake for a result
    QVERIFY2(r.err.startsWith(QLatin1String("Usage: salctl COMMAND")), qPrintable(r.err));
}

void tst_SalctlCli::unknownCommandIsBadUsage()
{
    const Run r = salctl({ QStringLiteral("frobnicate"), QStringLiteral("--now") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QLatin1String("salctl: unknown command \"frobnicate\"\n")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Usage: salctl COMMAND")));
}

void tst_SalctlCli::subcommandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage"); // how the help text starts

    QTest::newRow("sla --help") << QStringList { QStringLiteral("sla"), QStringLiteral("--help") }
                                << QStringLiteral("Usage: salctl sla deadline");
    QTest::newRow("sla -h") << QStringList { QStringLiteral("sla"), QStringLiteral("-h") }
                            << QStringLiteral("Usage: salctl sla deadline");
    QTest::newRow("sla deadline --help") << QStringList { QStringLiteral("sla"), QStringLiteral("deadline"),
        QStringLiteral("--help") } << QStringLiteral("Usage: salctl sla deadline");
    QTest::newRow("sla remaining --help") << QStringList { QStringLiteral("sla"), QStringLiteral("remaining"),
        QStringLiteral("--help") } << QStringLiteral("Usage: salctl sla remaining");
    QTest::newRow("policy --help") << QStringList { QStringLiteral("policy"), QStringLiteral("--help") }
                                   << QStringLiteral("Usage: salctl policy check");
    QTest::newRow("policy check --help") << QStringList { QStringLiteral("policy"), QStringLiteral("check"),
        QStringLiteral("--help") } << QStringLiteral("Usage: salctl policy check");
}

void tst_SalctlCli::subcommandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const Run r = salctl(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
    QCOMPARE(r.err, QString());
}

void tst_SalctlCli::missingVerbIsBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("sla") << QStringList { QStringLiteral("sla") };
    QTest::newRow("sla frobnicate") << QStringList { QStringLiteral("sla"), QStringLiteral("frobnicate") };
    QTest::newRow("policy") << QStringList { QStringLiteral("policy") };
    QTest::newRow("policy lint") << QStringList { QStringLiteral("policy"), QStringLiteral("lint") };
}

void tst_SalctlCli::missingVerbIsBadUsage()
{
    QFETCH(QStringList, args);
    const Run r = salctl(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QLatin1String("Usage: salctl ") + args.constFirst()), qPrintable(r.err));
}

void tst_SalctlCli::slaDeadline_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("deadline");

    // Friday 14:00 in New York: 3 h left that day, the 4th on Monday (after the DST switch, so
    // 10:00 EDT is 14:00Z).
    QTest::newRow("across the weekend and DST")
        << QStringLiteral("2026-03-06T14:00:00-05:00") << QStringLiteral("4")
        << QStringLiteral("2026-03-09T14:00:00Z");
    QTest::newRow("same instant in UTC") << QStringLiteral("2026-03-06T19:00:00Z") << QStringLiteral("4")
                                         << QStringLiteral("2026-03-09T14:00:00Z");
    QTest::newRow("no offset: calendar's zone")
        << QStringLiteral("2026-03-06T14:00:00") << QStringLiteral("4")
        << QStringLiteral("2026-03-09T14:00:00Z");
    QTest::newRow("fractional hours") << QStringLiteral("2026-03-06T14:00:00-05:00") << QStringLiteral("0.5")
                                      << QStringLiteral("2026-03-06T19:30:00Z");
    QTest::newRow("zero hours in working time")
        << QStringLiteral("2026-03-06T14:00:00-05:00") << QStringLiteral("0")
        << QStringLiteral("2026-03-06T19:00:00Z");
    QTest::newRow("start on Saturday") << QStringLiteral("2026-03-07T11:00:00-05:00") << QStringLiteral("1")
                                       << QStringLiteral("2026-03-09T14:00:00Z");
    // Thanksgiving and the day after are holidays in the New York calendar.
    QTest::newRow("over Thanksgiving") << QStringLiteral("2026-11-25T16:00:00-05:00") << QStringLiteral("2")
                                       << QStringLiteral("2026-11-30T15:00:00Z");
    QTest::newRow("standard tier, 24 h") << QStringLiteral("2026-03-02T09:00:00-05:00")
                                         << QStringLiteral("24") << QStringLiteral("2026-03-04T22:00:00Z");
}

void tst_SalctlCli::slaDeadline()
{
    QFETCH(QString, start);
    QFETCH(QString, hours);
    QFETCH(QString, deadline);
    const Run r = salctl({ QStringLiteral("sla"), QStringLiteral("deadline"), QStringLiteral("--calendar"),
        kNewYork, QStringLiteral("--start"), start, QStringLiteral("--hours"), hours });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, deadline + QLatin1Char('\n'));
    QCOMPARE(r.err, QString());
}

void tst_SalctlCli::slaRemaining_data()
{
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("seconds");

    const QString deadline = QStringLiteral("2026-03-09T14:00:00Z"); // Monday 10:00 EDT
    QTest::newRow("Friday afternoon")
        << deadline << QStringLiteral("2026-03-06T14:00:00-05:00") << qint64(4 * 3600);
    QTest::newRow("weekend does not count")
        << deadline << QStringLiteral("2026-03-08T12:00:00Z") << qint64(3600);
    QTest::newRow("Monday 09:30") << deadline << QStringLiteral("2026-03-09T09:30:00-04:00") << qint64(1800);
    QTest::newRow("at the deadline") << deadline << deadline << qint64(0);
    QTest::newRow("breached by 90 minutes")
        << deadline << QStringLiteral("2026-03-09T15:30:00Z") << qint64(-5400);
    QTest::newRow("breached, the night does not count")
        << deadline << QStringLiteral("2026-03-10T10:00:00-04:00") << qint64(-(7 * 3600 + 3600));
    QTest::newRow("no offset: calendar's zone")
        << deadline << QStringLiteral("2026-03-09T09:00:00") << qint64(3600);
}

void tst_SalctlCli::slaRemaining()
{
    QFETCH(QString, deadline);
    QFETCH(QString, now);
    QFETCH(qint64, seconds);
    const Run r = salctl({ QStringLiteral("sla"), QStringLiteral("remaining"), QStringLiteral("--calendar"),
        kNewYork, QStringLiteral("--deadline"), deadline, QStringLiteral("--now"), now });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString::number(seconds) + QLatin1Char('\n'));
    QCOMPARE(r.err, QString());
}

void tst_SalctlCli::slaDeadlineAndRemainingAgree()
{
    // What `deadline` prints, `remaining` measures back as the same number of business seconds.
    const QString start = QStringLiteral("2026-12-23T15:15:00-05:00"); // before Christmas and New Year
    const Run due = salctl({ QStringLiteral("sla"), QStringLiteral("deadline"), QStringLiteral("--calendar"),
        kNewYork, QStringLiteral("--start"), start, QStringLiteral("--hours"), QStringLiteral("48") });
    QCOMPARE(due.exitCode, 0);
    const Run left
        = salctl({ QStringLiteral("sla"), QStringLiteral("remaining"), QStringLiteral("--calendar"), kNewYork,
            QStringLiteral("--deadline"), due.out.trimmed(), QStringLiteral("--now"), start });
    QCOMPARE(left.exitCode, 0);
    QCOMPARE(left.out, QStringLiteral("172800\n"));
}

void tst_SalctlCli::missingRequiredOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("deadline: nothing")
        << QStringList { QStringLiteral("sla"), QStringLiteral("deadline") }
        << QStringList { QStringLiteral("calendar"), QStringLiteral("start"), QStringLiteral("hours") };
    QTest::newRow("deadline: no hours")
        << QStringList { QStringLiteral("sla"), QStringLiteral("deadline"), QStringLiteral("--calendar"),
               kNewYork, QStringLiteral("--start"), QStringLiteral("2026-03-06T14:00:00Z") }
        << QStringList { QStringLiteral("hours") };
    QTest::newRow("remaining: nothing")
        << QStringList { QStringLiteral("sla"), QStringLiteral("remaining") }
        << QStringList { QStringLiteral("calendar"), QStringLiteral("deadline") };
    QTest::newRow("remaining: no calendar") << QStringList { QStringLiteral("sla"),
        QStringLiteral("remaining"), QStringLiteral("--deadline"), QStringLiteral("2026-03-09T14:00:00Z") }
                                            << QStringList { QStringLiteral("calendar") };
}

void tst_SalctlCli::missingRequiredOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, missing);
    const Run r = salctl(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    // Every missing option at once, one line each, then a pointer to --help.
    const QString command = QStringLiteral("salctl sla ") + args.at(1);
    QStringList expected;
    for (const QString &option : missing)
        expected << command + QStringLiteral(": --") + option + QStringLiteral(" is required");
    expected << QStringLiteral("Try '%1 --help'.").arg(command);
    QCOMPARE(lines(r.err), expected);
}

void tst_SalctlCli::badHours_data()
{
    QTest::addColumn<QString>("hours");
    QTest::newRow("word") << QStringLiteral("four");
    QTest::newRow("unit") << QStringLiteral("4h");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("empty") << QString();
    QTest::newRow("not a number") << QStringLiteral("nan");
    QTest::newRow("infinite") << QStringLiteral("inf");
}

void tst_SalctlCli::badHours()
{
    QFETCH(QString, hours);
    const Run r = salctl({ QStringLiteral("sla"), QStringLiteral("deadline"), QStringLiteral("--calendar"),
        kNewYork, QStringLiteral("--start"), QStringLiteral("2026-03-06T14:00:00Z"),
        QStringLiteral("--hours=") + hours });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QLatin1String("salctl sla deadline: --hours: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1Char('"') + hours + QLatin1Char('"')), qPrintable(r.err));
}

void tst_SalctlCli::badStartOrDeadline_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");

    QTest::newRow("deadline --start") << QStringList { QStringLiteral("sla"), QStringLiteral("deadline"),
        QStringLiteral("--calendar"), kNewYork, QStringLiteral("--start"), QStringLiteral("next friday"),
        QStringLiteral("--hours"), QStringLiteral("4") }
                                      << QStringLiteral("start");
    QTest::newRow("remaining --deadline")
        << QStringList { QStringLiteral("sla"), QStringLiteral("remaining"), QStringLiteral("--calendar"),
               kNewYork, QStringLiteral("--deadline"), QStringLiteral("2026-13-01T00:00:00Z") }
        << QStringLiteral("deadline");
    QTest::newRow("remaining --now") << QStringList { QStringLiteral("sla"), QStringLiteral("remaining"),
        QStringLiteral("--calendar"), kNewYork, QStringLiteral("--deadline"),
        QStringLiteral("2026-03-09T14:00:00Z"), QStringLiteral("--now"), QStringLiteral("yesterday") }
                                     << QStringLiteral("now");
}

void tst_SalctlCli::badStartOrDeadline()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    const Run r = salctl(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral(": --") + option + QStringLiteral(": ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("ISO 8601")), qPrintable(r.err));
}

void tst_SalctlCli::unknownOptionIsBadUsage()
{
    const Run r = salctl({ QStringLiteral("sla"), QStringLiteral("deadline"), QStringLiteral("--calendar"),
        kNewYork, QStringLiteral("--start"), QStringLiteral("2026-03-06T14:00:00Z"),
        QStringLiteral("--hours"), QStringLiteral("4"), QStringLiteral("--tier"), QStringLiteral("hot") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QLatin1String("salctl sla deadline: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("tier")), qPrintable(r.err));
}

void tst_SalctlCli::missingCalendarFile()
{
    const QString missing = QStringLiteral("resources/policy/calendars/atlantis.json");
    const Run r = salctl({ QStringLiteral("sla"), QStringLiteral("deadline"), QStringLiteral("--calendar"),
        missing, QStringLiteral("--start"), QStringLiteral("2026-03-06T14:00:00Z"), QStringLiteral("--hours"),
        QStringLiteral("4") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(missing + QStringLiteral(": cannot be read")), qPrintable(r.err));
}

void tst_SalctlCli::badCalendarFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("mars.json"));
    QVERIFY(writeFile(file, R"({ "timezone": "Mars/Olympus_Mons",
                                 "hours": { "mon": [["17:00", "09:00"]], "tue": [["09:00", "17:00"]] } })"));
    const QStringList deadline { QStringLiteral("sla"), QStringLiteral("deadline"),
        QStringLiteral("--calendar"), file, QStringLiteral("--start"), QStringLiteral("2026-03-06T14:00:00Z"),
        QStringLiteral("--hours"), QStringLiteral("4") };
    const QStringList remaining { QStringLiteral("sla"), QStringLiteral("remaining"),
        QStringLiteral("--calendar"), file, QStringLiteral("--deadline"),
        QStringLiteral("2026-03-06T14:00:00Z"), QStringLiteral("--now"),
        QStringLiteral("2026-03-06T13:00:00Z") };
    for (const QStringList &args : { deadline, remaining }) {
        const Run r = salctl(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        // Both mistakes, each with the file and the JSON path.
        QCOMPARE(lines(r.err).size(), 2);
        QVERIFY2(r.err.contains(file + QStringLiteral(": $.timezone: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(": $.hours.mon[0]: ")), qPrintable(r.err));
    }
}

void tst_SalctlCli::policyCheckValidDirectory()
{
    const Run r
        = salctl({ QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("resources/policy") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("resources/policy: policy is valid\n"));
    QCOMPARE(r.err, QString());

    const Run file = salctl({ QStringLiteral("policy"), QStringLiteral("check"), kNewYork });
    QCOMPARE(file.exitCode, 0);
    QCOMPARE(file.err, QString());
}

void tst_SalctlCli::policyCheckTeamOverride()
{
    const Run r = salctl({ QStringLiteral("policy"), QStringLiteral("check"),
        QStringLiteral(SAL_TEST_DATA_DIR "/policy/team-override") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
}

void tst_SalctlCli::policyCheckListsEveryProblem()
{
    const QString file = QStringLiteral(SAL_TEST_DATA_DIR "/policy/several-problems/reasons.json");
    const Problems problems = PolicyLoader::check(file);
    QCOMPARE(problems.size(), 5);

    // The file and its directory both fail and list the same five problems, one line each.
    for (const QString &target : { file, QFileInfo(file).absolutePath() }) {
        const Run r = salctl({ QStringLiteral("policy"), QStringLiteral("check"), target });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QStringList expected;
        for (const Problem &p : problems)
            expected << p.toString();
        expected << QStringLiteral("5 problems found"); // salctl installs the English plural forms
        QCOMPARE(lines(r.err), expected);
        for (const QString &path : { QStringLiteral("$.reasons[0].category"),
                 QStringLiteral("$.reasons[1].recycle.track"), QStringLiteral("$.reasons[2].code"),
                 QStringLiteral("$.reasons[3].needs_text"), QStringLiteral("$.reasons[4].needs_atempts") })
            QVERIFY2(
                r.err.contains(file + QStringLiteral(": ") + path + QStringLiteral(": ")), qPrintable(path));
    }
}

void tst_SalctlCli::policyCheckInvalidJsonNamesLine()
{
    const QString file = QStringLiteral(SAL_TEST_DATA_DIR "/policy/truncated/reasons.json");
    const Run r = salctl({ QStringLiteral("policy"), QStringLiteral("check"), file });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(file + QStringLiteral(":6: column ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("invalid JSON")));
}

void tst_SalctlCli::policyCheckBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("no path") << QStringList { QStringLiteral("policy"), QStringLiteral("check") }
                             << QStringLiteral("expected 1 argument, got 0");
    QTest::newRow("two paths") << QStringList { QStringLiteral("policy"), QStringLiteral("check"),
        QStringLiteral("resources/policy"), QStringLiteral("resources") }
                               << QStringLiteral("expected 1 argument, got 2");
    QTest::newRow("no such path") << QStringList { QStringLiteral("policy"), QStringLiteral("check"),
        QStringLiteral("resources/no-such-policy") }
                                  << QStringLiteral("resources/no-such-policy: no such file or directory");
}

void tst_SalctlCli::policyCheckBadUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = salctl(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_SalctlCli)
#include "tst_SalctlCli.moc"
