#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableView;
class QTimer;
class QAction;
class QHBoxLayout;
class QToolButton;

namespace sal::ui {

class QueueFilterModel;
class QueueModel;

// The rep's open MQLs: search box, quick filters, group-by-account switch and the table. A timer
// repaints the countdown of the visible rows only, once a second.
class QueuePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePane)

public:
    QueuePane(QueueModel *model, int minContactAttempts, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QueueFilterModel *filter() const { return m_filter; }
    QString currentLeadId() const;
    void selectRow(int proxyRow);
    void moveSelection(int delta); // next / previous lead
    void focusSearch();
    // Shows `action` (checkable; declared in WorkbenchActions) as a toggle beside the filters and
    // sorts by likelihood within each SLA state while it is checked.
    void addLikelihoodSortToggle(QAction *action);
    // Shows only `email`'s leads, with a button that shows everyone's again (empty: everyone's).
    void showOwner(const QString &email, const QString &name);

Q_SIGNALS:
    void currentLeadChanged(const QString &leadId); // empty when nothing is selected

private:
    void updateQuickFilters();
    void repaintVisibleCountdowns();

    QueueModel *m_model;
    QueueFilterModel *m_filter;
    QLineEdit *m_search;
    QToolButton *m_breaching;
    QToolButton *m_hot;
    QToolButton *m_needsAttempts;
    QCheckBox *m_group;
    QHBoxLayout *m_filters = nullptr;
    QToolButton *m_owner; // "Only Jordan's leads ✕", visible while drilled down
    QTableView *m_view;
    QTimer *m_tick;
};

} // namespace sal::ui
