#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace sal::ui {

// What the rep narrows the queue to: a search over name, company and source, quick filters, and
// the account grouping. Urgency order comes from QueueModel; grouping keeps it inside each account.
class QueueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterModel)

public:
    enum QuickFilter {
        NoQuickFilter = 0,
        BreachingWithinHour = 1 << 0, // breached already or less than one business hour left
        HotOnly = 1 << 1,
        NeedsAttempts = 1 << 2, // fewer logged attempts than a rejection that needs them requires
    };
    Q_DECLARE_FLAGS(QuickFilters, QuickFilter)

    explicit QueueFilterModel(int minContactAttempts, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // Only this owner's leads (empty: everyone's); the manager drills into a rep from the team panel.
    void setOwner(const QString &email);
    const QString &owner() const { return m_owner; }
    void setQuickFilters(QuickFilters filters);
    QuickFilters quickFilters() const { return m_quick; }
    void setGroupByAccount(bool group);
    bool groupByAccount() const { return m_groupByAccount; }
    // Within the same SLA state (breached, at risk, on track…), likeliest to be accepted first;
    // off (the default): pure urgency. Rows without a likelihood come last in their state.
    void setSortByLikelihood(bool on);
    bool sortByLikelihood() const { return m_byLikelihood; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void rankAccounts();

    int m_minAttempts;
    QHash<QString, int> m_accountRank; // account → its most urgent lead's source row (while grouped)
    QTimer m_rankLater;
    QString m_search;
    QString m_owner;
    QuickFilters m_quick = NoQuickFilter;
    bool m_groupByAccount = false;
    bool m_byLikelihood = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QueueFilterModel::QuickFilters)

} // namespace sal::ui
