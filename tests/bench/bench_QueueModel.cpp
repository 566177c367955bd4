// How the queue behaves with 100,000 leads: loading them (each lead's SLA window is computed once),
// filtering, and the once-a-second repaint of the visible countdowns. Prints figures; asserts only
// that the work was really done, never how fast.

#include "bench/BenchTable.h"
#include "bench/QueueLoadBench.h"
#include "bench/ReferenceCommand.h"
#include "bench/ReferenceScript.h"
#include "models/QueueFilterModel.h"
#include "models/QueueLoader.h"
#include "models/QueueModel.h"
#include "queue/QueuePane.h"
#include "sla/ManualClock.h"
#include "support/SyncFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>

using namespace sal::core;
using namespace sal::test;
using sal::ui::QueueFilterModel;
using sal::ui::QueueModel;

class bench_QueueModel : public QObject
{
    Q_OBJECT

    static constexpr int kLeads = 100'000;

private Q_SLOTS:
    void hundredThousandLeads()
    {
        const PolicySet policy = PolicyLoader::loadDefaults().value();
        ManualClock clock(utc("2026-03-09T15:00:00Z"));
        const SlaClock sla(policy.calendars.value(QStringLiteral("new_york")), policy.sla);
        QList<CachedLead> leads;
        leads.reserve(kLeads);
        const QString tiers[] = { QStringLiteral("hot"), QStringLiteral("standard"), QStringLiteral("low") };
        for (int i = 0; i < kLeads; ++i) {
            CachedLead c;
            // Routed over the last ten days, every few seconds.
            c.lead = makeLead(QStringLiteral("L%1").arg(i, 6, 10, QLatin1Char('0')),
                QStringLiteral("ana@example.com"), clock.nowUtc().addSecs(-qint64(i) * 9));
            c.lead.tier = tiers[i % 3];
            c.lead.account.name = QStringLiteral("Account %1").arg(i % 7000);
            leads << c;
        }

        QueueModel model(sla, policy.icp, clock);
        QElapsedTimer timer;
        timer.start();
        model.setLeads(leads);
        const qint64 loadMs = timer.elapsed();
        QCOMPARE(model.rowCount(), kLeads);

        sal::ui::QueuePane pane(&model, policy.reasons.minContactAttempts);
        pane.resize(900, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        timer.restart();
        pane.filter()->setSearchText(QStringLiteral("Account 42"));
        const qint64 filterMs = timer.elapsed();
        QVERIFY(pane.filter()->rowCount() > 0);
        pane.filter()->setSearchText({});

        timer.restart();
        pane.filter()->setGroupByAccount(true);
        const qint64 groupMs = timer.elapsed();
        pane.filter()->setGroupByAccount(false);

        // One tick: the countdowns of the visible rows are recomputed and repainted.
        QTableView *view = pane.view();
        const int visible = view->rowAt(view->viewport()->height() - 1) - view->rowAt(0) + 1;
        timer.restart();
        constexpr int kTicks = 20;
        for (int t = 0; t < kTicks; ++t) {
            clock.advance(1);
            for (int row = view->rowAt(0); row < view->rowAt(0) + visible; ++row)
                model.refreshCountdown(row, row);
            view->viewport()->repaint();
        }
        const double tickMs = double(timer.elapsed()) / kTicks;

        // What a reload after a sync round costs at this size: the local store's read of the queue.
        QTemporaryDir dir;
        auto local = LocalStore::open(dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY_OK(local);
        ChangeBatch batch;
        for (const CachedLead &c : leads)
            batch.upserts << LeadSnapshot { c.lead, 1, {}, {} };
        timer.restart();
        QVERIFY_OK((*local)->applyPull(batch, clock.nowUtc()));
        const qint64 pullMs = timer.elapsed();
        timer.restart();
        const qsizetype read = (*local)->openQueueSummaries().value().size();
        const qint64 readMs = timer.elapsed();
        QCOMPARE(read, qsizetype(kLeads));

        // The window's reload: read + prepare on the loader's thread, then one swap on the UI thread.
        sal::ui::QueueLoader loader(sla, policy.icp);
        QSignalSpy loaded(&loader, &sal::ui::QueueLoader::loaded);
        timer.restart();
        loader.load(
            { dir.filePath(QStringLiteral("local.sqlite")), QStringLiteral("ana@example.com"), Role::Rep });
        QVERIFY(loaded.wait(120'000));
        const qint64 loaderMs = timer.elapsed();
        const auto rows = loaded.constFirst().constFirst().value<QList<sal::ui::QueueRowPtr>>();
        QCOMPARE(rows.size(), qsizetype(kLeads));
        timer.restart();
        model.setRows(rows);
        // The first screen of rows as the view asks for them.
        int cells = 0;
        for (int row = 0; row < qMin(40, model.rowCount()); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                cells += model.data(model.index(row, column)).isValid();
        }
        const qint64 swapMs = timer.elapsed();
        QVERIFY(cells > 0);

        // Item 1 of salctl bench, the window's part, against the sqlite3 shell reading the same rows.
        ReferenceScript script(dir.filePath(QStringLiteral("queue.sql")));
        for (const QString &q : QueueLoadBench::referenceQueries())
            script.line(q);
        script.close();
        const Result<double> reference
            = ReferenceCommand::sqlite3(dir.filePath(QStringLiteral("local.sqlite"))).time(script.path());
        QVERIFY_OK(reference);

        // A typical sync round touches a few leads: re-read those and move their rows.
        QStringList touched;
        for (int i = 0; i < 100; ++i)
            touched << QStringLiteral("L%1").arg(i * 997, 6, 10, QLatin1Char('0'));
        timer.restart();
        QList<CachedLead> current = (*local)->openQueue(touched).value();
        const qint64 touchedReadMs = timer.elapsed();
        model.updateLeads(touched, std::move(current));
        const qint64 incrementalMs = timer.elapsed();
        qInfo("100 touched leads: read %lld ms", touchedReadMs);
        QCOMPARE(model.rowCount(), kLeads);

        qInfo("100,000 leads: local store pull %lld ms, queue read %lld ms", pullMs, readMs);
        qInfo("100,000 leads: reload on the loader thread %lld ms, then %lld ms on the UI thread; a round "
              "touching "
              "100 leads %lld ms on the UI thread",
            loaderMs, swapMs, incrementalMs);
        qInfo("100,000 leads: load %lld ms, filter %lld ms, group by account %lld ms, countdown tick (%d "
              "visible rows) "
              "%.2f ms",
            loadMs, filterMs, groupMs, visible, tickMs);

        BenchTable table;
        table.add(BenchFigure { QStringLiteral("queue"),
            QStringLiteral("window: 100,000 leads to model + first screen"), double(loaderMs + swapMs),
            QStringLiteral("ms"), *reference * 1000, QStringLiteral("sqlite3 SELECT to /dev/null"), 3.0,
            {} });
        table.add(BenchFigure { QStringLiteral("window"),
            QStringLiteral("repaint of the %1 visible countdowns").arg(visible), tickMs, QStringLiteral("ms"),
            {}, {}, {}, {} });
        table.addNote(
            QStringLiteral("Wall-clock figures on a shared machine are noisy; the ratio to the reference "
                           "measured in the same run is the point."));
        for (const QString &line : table.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            qInfo("%s", qPrintable(line));
    }
};

QTEST_MAIN(bench_QueueModel)
#include "bench_QueueModel.moc"
