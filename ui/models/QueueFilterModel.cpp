#include "models/QueueFilterModel.h"

#include "models/QueueModel.h"
#include "sla/SlaClock.h"

namespace sal::ui {

namespace {
// Most urgent state first, as the source orders them.
int slaRank(core::SlaState state)
{
    switch (state) {
    case core::SlaState::Breached:
        return 0;
    case core::SlaState::AtRisk:
        return 1;
    case core::SlaState::OnTrack:
        return 2;
    case core::SlaState::Paused:
        return 3;
    case core::SlaState::Met:
        break;
    }
    return 4;
}
} // namespace

QueueFilterModel::QueueFilterModel(int minContactAttempts, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_minAttempts(minContactAttempts)
{
    // Rows keep the source's urgency order unless grouped (no sorting at all then: a 100,000-row
    // queue would otherwise be re-sorted on every reset); the countdown changing must not re-sort.
    setDynamicSortFilter(false);
    m_rankLater.setSingleShot(true);
    m_rankLater.setInterval(0);
    connect(&m_rankLater, &QTimer::timeout, this, &QueueFilterModel::rankAccounts);
}

void QueueFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void QueueFilterModel::setOwner(const QString &email)
{
    m_owner = email.trimmed().toLower();
    invalidateFilter();
}

void QueueFilterModel::setQuickFilters(QuickFilters filters)
{
    m_quick = filters;
    invalidateFilter();
}

void QueueFilterModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    // A sync round moves rows one by one: rank once after the round, not once per row.
    const auto rankLater = [this] {
        if (m_groupByAccount || m_byLikelihood)
            m_rankLater.start();
    };
    connect(model, &QAbstractItemModel::modelReset, this, rankLater);
    connect(model, &QAbstractItemModel::rowsRemoved, this, rankLater);
    connect(model, &QAbstractItemModel::rowsInserted, this, rankLater);
    rankLater();
}

void QueueFilterModel::rankAccounts()
{
    m_accountRank.clear();
    const QAbstractItemModel *model = sourceModel();
    for (int row = model ? model->rowCount() - 1 : -1; row >= 0; --row)
        m_accountRank.insert(model->index(row, 0).data(QueueModel::AccountRole).toString(), row);
    invalidate();
    sort(0);
}

void QueueFilterModel::setSortByLikelihood(bool on)
{
    m_byLikelihood = on;
    setGroupByAccount(m_groupByAccount); // re-sorts, or goes back to the source's order
}

void QueueFilterModel::setGroupByAccount(bool group)
{
    m_groupByAccount = group;
    if (group || m_byLikelihood) {
        rankAccounts();
    } else {
        m_rankLater.stop();
        m_accountRank.clear();
        sort(-1); // back to the source's urgency order
        invalidate();
    }
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_owner.isEmpty() && index.data(QueueModel::OwnerRole).toString().toLower() != m_owner)
        return false;
    if (!m_search.isEmpty()
        && !index.data(QueueModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    if (m_quick.testFlag(HotOnly) && index.data(QueueModel::TierRole).toString() != QLatin1String("hot"))
        return false;
    if (m_quick.testFlag(NeedsAttempts) && index.data(QueueModel::AttemptsRole).toInt() >= m_minAttempts)
        return false;
    if (m_quick.testFlag(BreachingWithinHour)) {
        const auto state = core::SlaState(index.data(QueueModel::SlaStateRole).toInt());
        if (state == core::SlaState::Paused
            || index.data(QueueModel::RemainingSecondsRole).toLongLong() > 3600)
            return false;
    }
    return true;
}

bool QueueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_groupByAccount) {
        // Accounts in the order of their most urgent lead, each account's leads together.
        const int l = m_accountRank.value(left.data(QueueModel::AccountRole).toString());
        const int r = m_accountRank.value(right.data(QueueModel::AccountRole).toString());
        if (l != r)
            return l < r;
    }
    if (m_byLikelihood) {
        const int ls = slaRank(core::SlaState(left.data(QueueModel::SlaStateRole).toInt()));
        const int rs = slaRank(core::SlaState(right.data(QueueModel::SlaStateRole).toInt()));
        if (ls != rs)
            return ls < rs;
        const QVariant lp = left.data(QueueModel::LikelihoodRole);
        const QVariant rp = right.data(QueueModel::LikelihoodRole);
        if (lp.isValid() != rp.isValid())
            return lp.isValid();
        if (lp.isValid() && lp.toDouble() != rp.toDouble())
            return lp.toDouble() > rp.toDouble();
    }
    return left.row() < right.row(); // the source is sorted by urgency
}

} // namespace sal::ui
