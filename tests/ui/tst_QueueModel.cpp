// The queue model and its filter: urgency order, live countdown from the injected clock,
// repaint of requested rows only, quick filters and account grouping.

#include "WorkbenchActions.h"
#include "models/QueueFilterModel.h"
#include "models/QueueModel.h"
#include "queue/QueuePane.h"
#include "sla/ManualClock.h"
#include "support/SyncFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSet>
#include <QSignalSpy>
#include <QToolButton>

using namespace sal::core;
using namespace sal::test;
using sal::ui::QueueFilterModel;
using sal::ui::QueueModel;
using sal::ui::QueuePane;
using sal::ui::WorkbenchActions;

class tst_QueueModel : public QObject
{
    Q_OBJECT

    PolicySet m_policy = PolicyLoader::loadDefaults().value();
    // Monday 2026-03-09, New York business hours.
    ManualClock m_clock { utc("2026-03-09T15:00:00Z") };
    SlaClock m_sla { m_policy.calendars.value(QStringLiteral("new_york")), m_policy.sla };

    CachedLead lead(
        const QString &id, const char *routed, const QString &tier, const QString &company, int attempts = 0)
    {
        CachedLead c;
        c.lead = makeLead(id, QStringLiteral("ana@example.com"), utc(routed));
        c.lead.tier = tier;
        c.lead.account.name = company;
        for (int i = 0; i < attempts; ++i)
            c.attempts << ContactAttempt { id, ContactChannel::Phone, QStringLiteral("no answer"),
                utc(routed), {} };
        return c;
    }

    QList<CachedLead> sample()
    {
        return {
            lead(QStringLiteral("standard-old"), "2026-03-06T15:00:00Z", QStringLiteral("standard"),
                QStringLiteral("Acme")),
            lead(QStringLiteral("hot-now"), "2026-03-09T14:00:00Z", QStringLiteral("hot"),
                QStringLiteral("Globex")),
            lead(QStringLiteral("low-new"), "2026-03-09T14:30:00Z", QStringLiteral("low"),
                QStringLiteral("Acme"), 3),
            lead(QStringLiteral("hot-older"), "2026-03-09T13:30:00Z", QStringLiteral("hot"),
                QStringLiteral("Initech"), 1),
        };
    }

    static QStringList ids(const QAbstractItemModel &m)
    {
        QStringList list;
        for (int r = 0; r < m.rowCount(); ++r)
            list << m.index(r, 0).data(QueueModel::LeadIdRole).toString();
        return list;
    }

    // A hand-made acceptance model: small companies count against acceptance, mid-sized for it.
    std::shared_ptr<const AcceptanceScorer> scorer() const
    {
        AcceptanceModel m;
        m.tokens = { QStringLiteral("employees=200-1999"), QStringLiteral("employees=<50") };
        m.weights = { 1.5, -2.0 };
        return std::make_shared<const AcceptanceScorer>(m, m_policy.icp, m_policy.checklist, 0.4);
    }

    QList<CachedLead> sized()
    {
        const auto sizedLead = [this](const char *id, const char *routed, int employees) {
            CachedLead c = lead(QLatin1String(id), routed, QStringLiteral("standard"), QLatin1String(id));
            c.lead.account.employees = employees;
            return c;
        };
        return { sizedLead("a-small", "2026-03-09T14:00:00Z", 10),
            sizedLead("b-big", "2026-03-09T14:10:00Z", 500), sizedLead("c-small", "2026-03-09T14:20:00Z", 12),
            sizedLead("d-big", "2026-03-09T14:30:00Z", 600),
            sizedLead("breached-small", "2026-03-02T14:00:00Z", 10) };
    }

private Q_SLOTS:
    void likelihoodColumnAndSortWithinTheSlaState()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLeads(sized());
        QVERIFY(!model.index(0, 0).data(QueueModel::LikelihoodRole).isValid()); // no model yet
        QCOMPARE(model.index(0, QueueModel::Likelihood).data().toString(), QStringLiteral("—"));
        model.setScorer(scorer());
        model.setLeads(sized());
        const int big = model.rowOf(QStringLiteral("b-big"));
        QCOMPARE(
            model.index(big, QueueModel::Likelihood).data().toString(), QStringLiteral("82 %")); // σ(1.5)
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("a-small")), QueueModel::Likelihood).data().toString(),
            QStringLiteral("12 %")); // σ(-2)

        // The real toggle: the action declared in WorkbenchActions, shown as the pane's button.
        QWidget window;
        WorkbenchActions actions(&window);
        QCOMPARE(actions.sortByLikelihood->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QueuePane pane(&model, m_policy.reasons.minContactAttempts, &window);
        pane.addLikelihoodSortToggle(actions.sortByLikelihood);
        QAbstractItemModelTester filterTester(
            pane.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList urgency { QStringLiteral("breached-small"), QStringLiteral("a-small"),
            QStringLiteral("b-big"), QStringLiteral("c-small"), QStringLiteral("d-big") };
        QCOMPARE(ids(*pane.filter()), urgency);
        auto *button = pane.findChild<QToolButton *>(QStringLiteral("sortByLikelihood"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(actions.sortByLikelihood->isChecked());
        // The breached lead stays first however unlikely; within "on track" the likeliest lead first.
        QCOMPARE(ids(*pane.filter()),
            (QStringList { QStringLiteral("breached-small"), QStringLiteral("b-big"), QStringLiteral("d-big"),
                QStringLiteral("a-small"), QStringLiteral("c-small") }));
        actions.sortByLikelihood->trigger(); // what Ctrl+Shift+L does
        QCOMPARE(ids(*pane.filter()), urgency);
    }

    void sortedByDeadlineAndConsistent()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLeads(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
        // Deadlines: hot-older 13:30Z+4h = 17:30Z, hot-now 18:00Z, standard-old three days back + 24h, low
        // +48h.
        QCOMPARE(ids(model),
            (QStringList { QStringLiteral("hot-older"), QStringLiteral("hot-now"),
                QStringLiteral("standard-old"), QStringLiteral("low-new") }));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.windowAt(r - 1).deadlineUtc <= model.windowAt(r).deadlineUtc);
        QCOMPARE(model.rowOf(QStringLiteral("low-new")), 3);
        QCOMPARE(model.leadAt(1)->id, QStringLiteral("hot-now"));
        QVERIFY(model.leadAt(7) == nullptr);
    }

    void updateLeadsTouchesOnlyTheChangedRowsAndKeepsTheOrder()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLeads(sample());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // A sync round: hot-now was decided elsewhere (gone), standard-old was re-tiered hot (its
        // deadline moves up), a new lead arrived, and an id the queue never had is ignored.
        CachedLead retiered = lead(QStringLiteral("standard-old"), "2026-03-09T11:00:00Z",
            QStringLiteral("hot"), QStringLiteral("Acme"));
        CachedLead arrived = lead(QStringLiteral("new-one"), "2026-03-09T14:45:00Z",
            QStringLiteral("standard"), QStringLiteral("Umbrella"));
        model.updateLeads({ QStringLiteral("hot-now"), QStringLiteral("standard-old"),
                              QStringLiteral("new-one"), QStringLiteral("never-seen") },
            { retiered, arrived });
        QCOMPARE(resets.count(), 0);
        QCOMPARE(ids(model),
            (QStringList { QStringLiteral("standard-old"), QStringLiteral("hot-older"),
                QStringLiteral("new-one"), QStringLiteral("low-new") }));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.windowAt(r - 1).deadlineUtc <= model.windowAt(r).deadlineUtc);
        QCOMPARE(model.rowOf(QStringLiteral("new-one")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("hot-now")), -1);
        QCOMPARE(model.leadAt(0)->tier, QStringLiteral("hot"));
    }

    void countdownFollowsTheInjectedClock()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        model.setLeads(sample());
        const int row = model.rowOf(QStringLiteral("hot-now"));
        const QModelIndex cell = model.index(row, QueueModel::Countdown);
        // Routed 10:00 EDT, 4 business hours: at 11:00 EDT three hours are left.
        QCOMPARE(cell.data(QueueModel::RemainingSecondsRole).toLongLong(), 3 * 3600);
        QCOMPARE(SlaState(cell.data(QueueModel::SlaStateRole).toInt()), SlaState::OnTrack);
        QCOMPARE(cell.data().toString(), QStringLiteral("● 3:00"));
        m_clock.set(utc("2026-03-09T17:15:00Z")); // 45 minutes left: at risk
        QCOMPARE(SlaState(cell.data(QueueModel::SlaStateRole).toInt()), SlaState::AtRisk);
        QCOMPARE(cell.data().toString(), QStringLiteral("▲ 0:45"));
        m_clock.set(utc("2026-03-09T18:30:00Z")); // half an hour over
        QCOMPARE(SlaState(cell.data(QueueModel::SlaStateRole).toInt()), SlaState::Breached);
        QCOMPARE(cell.data().toString(), QStringLiteral("✖ -0:30"));
        QVERIFY(!cell.data(Qt::AccessibleTextRole).toString().isEmpty());
        m_clock.set(utc("2026-03-09T15:00:00Z"));
    }

    void wholeQueueStatesAgreeWithEachRowsStatus()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        QAbstractItemModelTester tester(&model);
        // Every tier, routed over three days: breached, at risk and on track at the moments below.
        QList<CachedLead> leads;
        const QString tiers[] = { QStringLiteral("hot"), QStringLiteral("standard"), QStringLiteral("low") };
        for (int i = 0; i < 60; ++i) {
            CachedLead c = lead(QStringLiteral("L%1").arg(i, 2, 10, QLatin1Char('0')), "2026-03-09T15:00:00Z",
                tiers[i % 3], QStringLiteral("Acme"));
            c.lead.routedAt = utc("2026-03-06T13:00:00Z").addSecs(qint64(i) * 4000);
            leads << c;
        }
        model.setLeads(leads);
        QSet<SlaState> seen;
        for (const char *now : { "2026-03-06T12:00:00Z", "2026-03-09T13:59:59Z", "2026-03-09T15:00:00Z",
                 "2026-03-10T21:00:00Z", "2026-03-13T12:00:00Z" }) {
            m_clock.set(utc(now));
            QList<std::pair<QString, SlaState>> expected;
            int due = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                const SlaStatus status = m_sla.status(model.windowAt(row), m_clock.nowUtc());
                expected.append({ model.leadAt(row)->id, status.state });
                seen << status.state;
                due += status.state != SlaState::Paused && status.remainingSeconds <= 3600;
            }
            QCOMPARE(model.states(), expected);
            QCOMPARE(model.dueWithin(3600), due);
        }
        QVERIFY(seen.contains(SlaState::OnTrack) && seen.contains(SlaState::AtRisk)
            && seen.contains(SlaState::Breached));
        m_clock.set(utc("2026-03-09T15:00:00Z"));
    }

    void refreshAnnouncesOnlyTheRequestedRows()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        model.setLeads(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshCountdown(1, 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, QueueModel::Countdown));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, QueueModel::Countdown));
        model.refreshCountdown(10, 20); // nothing there
        QCOMPARE(changed.size(), 1);
    }

    void removeLeadTakesItOutAtOnce()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLeads(sample());
        QVERIFY(model.removeLead(QStringLiteral("hot-now")));
        QVERIFY(!model.removeLead(QStringLiteral("hot-now")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("standard-old")), 1);
    }

    void filtersAndGrouping()
    {
        QueueModel model(m_sla, m_policy.icp, m_clock);
        model.setLeads(sample());
        QueueFilterModel filter(m_policy.reasons.minContactAttempts);
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 4);

        filter.setSearchText(QStringLiteral("acme"));
        QCOMPARE(ids(filter), (QStringList { QStringLiteral("standard-old"), QStringLiteral("low-new") }));
        filter.setSearchText({});

        filter.setQuickFilters(QueueFilterModel::HotOnly);
        QCOMPARE(ids(filter), (QStringList { QStringLiteral("hot-older"), QStringLiteral("hot-now") }));
        filter.setQuickFilters(QueueFilterModel::NeedsAttempts);
        QCOMPARE(filter.rowCount(), 3); // low-new has its 3 attempts
        filter.setQuickFilters(QueueFilterModel::BreachingWithinHour);
        QCOMPARE(filter.rowCount(), 0);
        m_clock.set(utc("2026-03-09T17:00:00Z")); // hot-older has 30 min left, hot-now 60 min
        filter.setQuickFilters(QueueFilterModel::BreachingWithinHour);
        QCOMPARE(ids(filter), (QStringList { QStringLiteral("hot-older"), QStringLiteral("hot-now") }));
        m_clock.set(utc("2026-03-09T15:00:00Z"));
        filter.setQuickFilters(QueueFilterModel::NoQuickFilter);

        // Grouped: Acme's two leads together, accounts in the order of their most urgent lead.
        filter.setGroupByAccount(true);
        QCOMPARE(ids(filter),
            (QStringList { QStringLiteral("hot-older"), QStringLiteral("hot-now"),
                QStringLiteral("standard-old"), QStringLiteral("low-new") }));
        model.removeLead(QStringLiteral("hot-older"));
        model.setLeads(sample()
            + QList<CachedLead> { lead(QStringLiteral("acme-hot"), "2026-03-09T13:00:00Z",
                QStringLiteral("hot"), QStringLiteral("Acme")) });
        QTRY_COMPARE(ids(filter),
            (QStringList { QStringLiteral("acme-hot"), QStringLiteral("standard-old"),
                QStringLiteral("low-new"), QStringLiteral("hot-older"), QStringLiteral("hot-now") }));
    }
};

QTEST_MAIN(tst_QueueModel)
#include "tst_QueueModel.moc"
