// insight.json through the PolicyLoader: the defaults (band off), a valid confidence band, and bad
// files reported with file and JSON path.

#include "policy/PolicyLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sal::core;

class tst_InsightFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &json)
    {
        const QString path = m_dir.filePath(QStringLiteral("insight.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(json);
        return path;
    }

private slots:
    void defaultsHaveTheBandOff()
    {
        const PolicySet policy = PolicyLoader::loadDefaults().value();
        QVERIFY(!policy.insight.band);
        QCOMPARE(policy.insight.retrainAfterDecisions, 200);
    }

    void aBandWithItsGroupsLoads()
    {
        write(
            R"({"retrain_after_decisions": 50, "confidence_band": {"fast_lane_from": 0.75, "sdr_review_below": 0.25,
                  "fast_lane": {"id": "fast-lane", "team": "na"},
                  "sdr_review": {"id": "sdr-review", "territory": "na-smb"}}})");
        const Result<PolicySet> policy
            = PolicyLoader::loadDirectory(m_dir.path(), PolicyLoader::loadDefaults().value());
        QVERIFY2(policy.ok(), qPrintable(joinProblems(policy.problems())));
        QCOMPARE(policy->insight.retrainAfterDecisions, 50);
        QVERIFY(policy->insight.band);
        QCOMPARE(policy->insight.band->fastLaneFrom, 0.75);
        QCOMPARE(policy->insight.band->fastLane.team, QStringLiteral("na"));
        QCOMPARE(policy->insight.band->sdrReview.territory, QStringLiteral("na-smb"));
    }

    void badFilesNameTheFileAndThePath()
    {
        const QString path = write(R"({"confidence_band": {"fast_lane_from": 0.2, "sdr_review_below": 0.4,
                  "fast_lane": {"id": "fast-lane"}, "sdr_review": {"id": "x", "team": "na"}, "extra": 1}})");
        const Problems problems = PolicyLoader::check(path);
        QStringList text;
        for (const Problem &p : problems) {
            QCOMPARE(p.file, path);
            text << p.path;
        }
        QVERIFY2(text.contains(QStringLiteral("$.confidence_band.sdr_review_below")),
            qPrintable(text.join(QLatin1Char(' '))));
        QVERIFY2(text.contains(QStringLiteral("$.confidence_band.fast_lane")),
            qPrintable(text.join(QLatin1Char(' '))));
        QVERIFY2(text.contains(QStringLiteral("$.confidence_band.extra"))
                || text.contains(QStringLiteral("$.confidence_band")),
            qPrintable(text.join(QLatin1Char(' '))));
        // The health band lives in reports.json alone: here it is an unknown key, named.
        const Problems health
            = PolicyLoader::check(write(R"({"health_band": {"red_below": 70, "amber_below": 60}})"));
        QCOMPARE(health.size(), 1);
        QCOMPARE(health.constFirst().path, QStringLiteral("$.health_band"));
    }
};

QTEST_GUILESS_MAIN(tst_InsightFile)
#include "tst_InsightFile.moc"
