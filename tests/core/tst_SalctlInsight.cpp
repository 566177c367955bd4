// `salctl insight` through the real binary on a small demo workspace: train stores a model and
// --if-due then waits, acceptance-model prints the hold-out figures in every format, scoring-feedback
// prints its proposals, and bad options are refused with exit code 2.

#include "insight/AcceptanceTraining.h"
#include "policy/PolicyLoader.h"
#include "store/SqliteTeamStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sal::core;

class tst_SalctlInsight : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_team;
    const QString kDemoNow = QStringLiteral("2026-03-10T15:00:00Z");

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run salctl(QStringList args)
    {
        args << QStringLiteral("--team-store") << m_team << QStringLiteral("--now") << kDemoNow;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SALCTL_PATH), args);
        p.waitForFinished(120000);
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_team = m_dir.filePath(QStringLiteral("team.sqlite"));
        QProcess demo;
        demo.start(QStringLiteral(SALCTL_PATH),
            { QStringLiteral("demo"), QStringLiteral("--out"), m_team, QStringLiteral("--leads"),
                QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("11"),
                QStringLiteral("--now"), kDemoNow });
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);
    }

    void trainStoresTheModelAndIfDueWaits()
    {
        const Run train = salctl({ QStringLiteral("insight"), QStringLiteral("train"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(train.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(train.out.toUtf8()).object();
        const QJsonObject model = out.value(QStringLiteral("model"))
                                      .toObject()
                                      .value(QStringLiteral("rows"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QVERIFY(model.value(QStringLiteral("decisions")).toInteger() > 100);
        QCOMPARE(model.value(QStringLiteral("trained_at")).toString(), kDemoNow);
        const Run again
            = salctl({ QStringLiteral("insight"), QStringLiteral("train"), QStringLiteral("--if-due") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("Not due: 0 new decisions")), qPrintable(again.err));
        const PolicySet policy = PolicyLoader::loadDefaults().value();
        auto team = SqliteTeamStore::open(m_team, DispositionValidator(policy.reasons), false).value();
        QCOMPARE(team->latestAcceptanceModel({}).value()->decisions,
            model.value(QStringLiteral("decisions")).toInteger());
    }

    void acceptanceModelPrintsTheHoldOutFigures()
    {
        const Run table = salctl({ QStringLiteral("insight"), QStringLiteral("acceptance-model") });
        QCOMPARE(table.exitCode, 0);
        for (const char *line : { "auc", "brier", "the lead score alone", "Calibration" })
            QVERIFY2(table.out.contains(QLatin1String(line)), qPrintable(table.out));
        const Run json = salctl({ QStringLiteral("insight"), QStringLiteral("acceptance-model"),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const auto rowsOf = [&o](const char *tableId) {
            return o.value(QLatin1String(tableId)).toObject().value(QStringLiteral("rows")).toArray();
        };
        QCOMPARE(rowsOf("calibration").size(), 10);
        double auc = 0;
        for (const QJsonValue &row : rowsOf("quality")) {
            if (row.toObject().value(QStringLiteral("metric")).toString() == QLatin1String("auc"))
                auc = row.toObject().value(QStringLiteral("model")).toDouble();
        }
        QVERIFY2(auc > 0.5 && auc <= 1.0, qPrintable(json.out));
        const Run csv = salctl({ QStringLiteral("insight"), QStringLiteral("acceptance-model"),
            QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(
            csv.out.startsWith(QStringLiteral("metric,model,baseline,baseline_is\r\n")), qPrintable(csv.out));
    }

    void scoringFeedbackAndBadOptions()
    {
        const Run feedback = salctl({ QStringLiteral("insight"), QStringLiteral("scoring-feedback") });
        QCOMPARE(feedback.exitCode, 0);
        QVERIFY2(feedback.out.contains(QStringLiteral("Rejections by reason")), qPrintable(feedback.out));
        QVERIFY2(feedback.out.contains(QStringLiteral("company_too_small")), qPrintable(feedback.out));
        const Run badFormat = salctl({ QStringLiteral("insight"), QStringLiteral("scoring-feedback"),
            QStringLiteral("--format"), QStringLiteral("xml") });
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains(QStringLiteral("--format")));
        const Run badDays = salctl({ QStringLiteral("insight"), QStringLiteral("scoring-feedback"),
            QStringLiteral("--days"), QStringLiteral("-3") });
        QCOMPARE(badDays.exitCode, 2);
        QCOMPARE(salctl({ QStringLiteral("insight"), QStringLiteral("nonsense") }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_SalctlInsight)
#include "tst_SalctlInsight.moc"
