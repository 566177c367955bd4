#include "queue/QueuePane.h"

#include "models/QueueFilterModel.h"
#include "models/QueueModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sal::ui {

namespace {
QToolButton *quickFilterButton(
    const QString &text, const QString &name, const QString &description, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setCheckable(true);
    button->setObjectName(name);
    button->setAccessibleName(text);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}
} // namespace

QueuePane::QueuePane(QueueModel *model, int minContactAttempts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QueueFilterModel(minContactAttempts, this))
    , m_search(new QLineEdit(this))
    , m_breaching(quickFilterButton(tr("Breaching < 1 h"), QStringLiteral("breachingFilter"),
          tr("Show only leads that are breached or breach within the next business hour"), this))
    , m_hot(quickFilterButton(
          tr("Hot"), QStringLiteral("hotFilter"), tr("Show only hot leads (the shortest SLA)"), this))
    , m_needsAttempts(quickFilterButton(tr("Needs attempts"), QStringLiteral("needsAttemptsFilter"),
          tr("Show only leads with fewer contact attempts than a rejection may need"), this))
    , m_group(new QCheckBox(tr("Group by account"), this))
    , m_owner(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_tick(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Filter by name, company or source  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter the queue"));
    m_group->setObjectName(QStringLiteral("groupByAccount"));
    m_group->setAccessibleDescription(
        tr("Keep the leads of one account together, the most urgent account first"));
    m_search->setAccessibleDescription(
        tr("Shows only the leads whose name, company or source contains this text"));

    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setAccessibleName(tr("Open MQLs, most urgent first"));
    m_view->setAccessibleDescription(
        tr("One lead per row; the first column says the SLA state and the business "
           "hours left. J and K move to the next and previous lead."));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::Name, QHeaderView::Stretch);
    m_view->setColumnWidth(QueueModel::Countdown, 90);
    m_view->setColumnWidth(QueueModel::Tier, 72);
    m_view->setColumnWidth(QueueModel::Company, 170);
    m_view->setColumnWidth(QueueModel::IcpFit, 80);
    m_view->setColumnWidth(QueueModel::Score, 50);
    m_view->setColumnWidth(QueueModel::Source, 110);
    m_view->setColumnWidth(QueueModel::Age, 50);
    m_view->setColumnWidth(QueueModel::Likelihood, 56);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_breaching);
    filters->addWidget(m_hot);
    filters->addWidget(m_needsAttempts);
    filters->addWidget(m_group);
    m_filters = filters;
    filters->addWidget(m_owner);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->hide();
    connect(m_owner, &QToolButton::clicked, this, [this] { showOwner({}, {}); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_view);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QueueFilterModel::setSearchText);
    for (QToolButton *b : { m_breaching, m_hot, m_needsAttempts })
        connect(b, &QToolButton::toggled, this, &QueuePane::updateQuickFilters);
    connect(m_group, &QCheckBox::toggled, m_filter, &QueueFilterModel::setGroupByAccount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { Q_EMIT currentLeadChanged(currentLeadId()); });
    connect(m_filter, &QAbstractItemModel::modelReset, this,
        [this] { Q_EMIT currentLeadChanged(currentLeadId()); });

    // The countdown changes every second; only what is on screen is repainted.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &QueuePane::repaintVisibleCountdowns);
    m_tick->start();
}

QString QueuePane::currentLeadId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(QueueModel::LeadIdRole).toString() : QString();
}

void QueuePane::selectRow(int proxyRow)
{
    if (m_filter->rowCount() == 0) {
        m_view->selectionModel()->clearCurrentIndex();
        Q_EMIT currentLeadChanged({});
        return;
    }
    const int row = std::clamp(proxyRow, 0, m_filter->rowCount() - 1);
    const QModelIndex index = m_filter->index(row, QueueModel::Name);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void QueuePane::moveSelection(int delta)
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    selectRow(current.isValid() ? current.row() + delta : 0);
}

void QueuePane::addLikelihoodSortToggle(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("sortByLikelihood"));
    // The button shows the action's short icon text; menus keep its full name.
    action->setIconText(tr("Likeliest first"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filters->addWidget(button);
    connect(action, &QAction::toggled, m_filter, &QueueFilterModel::setSortByLikelihood);
}

void QueuePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueuePane::updateQuickFilters()
{
    QueueFilterModel::QuickFilters f;
    f.setFlag(QueueFilterModel::BreachingWithinHour, m_breaching->isChecked());
    f.setFlag(QueueFilterModel::HotOnly, m_hot->isChecked());
    f.setFlag(QueueFilterModel::NeedsAttempts, m_needsAttempts->isChecked());
    m_filter->setQuickFilters(f);
}

void QueuePane::repaintVisibleCountdowns()
{
    if (!isVisible() || m_filter->rowCount() == 0)
        return;
    const int top = m_view->rowAt(0);
    int bottom = m_view->rowAt(m_view->viewport()->height() - 1);
    if (top < 0)
        return;
    if (bottom < 0)
        bottom = m_filter->rowCount() - 1;
    for (int row = top; row <= bottom; ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        m_model->refreshCountdown(source, source);
    }
}

void QueuePane::showOwner(const QString &email, const QString &name)
{
    m_filter->setOwner(email);
    m_owner->setVisible(!email.isEmpty());
    m_owner->setText(tr("Only %1's leads  ✕").arg(name.isEmpty() ? email : name));
    m_owner->setAccessibleName(tr("Show every rep's leads again"));
    m_owner->setToolTip(tr("Show every rep's leads again"));
    selectRow(0);
}

} // namespace sal::ui
