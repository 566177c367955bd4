// The bench suite: which sizes `salctl bench NAME` and `bench all` run each item at (the issue's
// size, then the scaling runs), and that a failing item is reported while the others still run.
// The items here only record.

#include "bench/BenchSuite.h"

#include <QTest>

using namespace sal::core;

namespace {
class RecordingItem final : public BenchItem
{
public:
    RecordingItem(QString name, int base, bool scales, QList<int> &sizes, bool fails = false)
        : m_name(std::move(name))
        , m_base(base)
        , m_scales(scales)
        , m_fails(fails)
        , m_sizes(sizes)
    { }
    QString name() const override { return m_name; }
    QString summary() const override { return m_name; }
    int baseSize() const override { return m_base; }
    bool scales() const override { return m_scales; }
    Result<BenchOutcome> run(int size) override
    {
        m_sizes << size;
        if (m_fails)
            return Problem::at(m_name, {}, QStringLiteral("no server"));
        BenchOutcome outcome;
        outcome.figures << BenchFigure { m_name, QStringLiteral("%1 at %2").arg(m_name).arg(size), 1.0,
            QStringLiteral("ms"), {}, {}, {}, {} };
        return outcome;
    }

private:
    QString m_name;
    int m_base;
    bool m_scales, m_fails;
    QList<int> &m_sizes;
};
} // namespace

class tst_BenchSuite : public QObject
{
    Q_OBJECT

    QList<int> queueSizes, reportSizes, commitSizes;

    BenchSuite suite(bool reportsFail = false)
    {
        queueSizes.clear();
        reportSizes.clear();
        commitSizes.clear();
        BenchSuite s;
        s.add(std::make_unique<RecordingItem>(QStringLiteral("queue"), 100'000, true, queueSizes));
        s.add(std::make_unique<RecordingItem>(QStringLiteral("commit"), 5'000, false, commitSizes));
        s.add(std::make_unique<RecordingItem>(
            QStringLiteral("reports"), 1'000'000, true, reportSizes, reportsFail));
        return s;
    }
    static const BenchSuite::Progress quiet()
    {
        return [](const QString &) {};
    }

private Q_SLOTS:
    void namedItemRunsAtTheIssuesSize()
    {
        const BenchTable table = suite().run(QStringLiteral("reports"), BenchScale::Base, quiet());
        QCOMPARE(reportSizes, QList<int>({ 1'000'000 }));
        QVERIFY(queueSizes.isEmpty());
        QVERIFY(commitSizes.isEmpty());
        QCOMPARE(table.figures().size(), 1);
    }

    void allRunsTheIssuesSizesAndTheScalingRuns()
    {
        const BenchTable table = suite().run(QStringLiteral("all"), BenchScale::Base, quiet());
        QCOMPARE(queueSizes, QList<int>({ 100'000, 1'000, 10'000 }));
        QCOMPARE(commitSizes, QList<int>({ 5'000 })); // does not scale
        QCOMPARE(reportSizes, QList<int>({ 1'000'000, 10'000, 100'000 }));
        QCOMPARE(table.figures().size(), 7);
    }

    void largeScaleMultipliesTheMainRuns()
    {
        suite().run(QStringLiteral("all"), BenchScale::Large, quiet());
        QCOMPARE(queueSizes, QList<int>({ 1'000'000, 1'000, 10'000 }));
        QCOMPARE(reportSizes, QList<int>({ 10'000'000, 10'000, 100'000 }));
    }

    void aFailingItemIsReportedAndTheRestRuns()
    {
        const BenchTable table = suite(true).run(QStringLiteral("all"), BenchScale::Base, quiet());
        QCOMPARE(table.failures().size(), 3); // the reports' three sizes
        QVERIFY2(table.failures().constFirst().contains(QStringLiteral("no server")),
            qPrintable(table.failures().constFirst()));
        QCOMPARE(queueSizes.size(), 3);
        QCOMPARE(commitSizes.size(), 1);
        QCOMPARE(table.figures().size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_BenchSuite)
#include "tst_BenchSuite.moc"
