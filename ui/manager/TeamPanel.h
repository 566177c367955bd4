#pragma once

#include "reports/ReportService.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sal::core {
class Clock;
class RepWorkspace;
} // namespace sal::core

namespace sal::ui {

class ReportTableModel;
class TeamCharts;

// The manager's Team tab: the rep table against the SLA (sortable, colour and text), four charts, a
// period selector, refresh on a worker thread (core's ReportService, its own connection) with
// progress, and "Export for the monthly review" (a CSV per report and a PDF). Activating a rep
// (double-click or Enter) asks the window to show that rep's leads.
class TeamPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPanel)

public:
    TeamPanel(core::RepWorkspace &workspace, const core::Clock &clock, QWidget *parent = nullptr);
    ~TeamPanel() override;

    enum Period { ThisWeek, LastFourWeeks, Quarter, Custom };

    void setPeriod(Period period);
    void setCustomRange(const QDate &first, const QDate &last); // and switches to Custom
    QString periodText() const; // as `salctl report --period` takes it

    // Reads every report again for the chosen period, off the UI thread.
    void refresh();
    bool isRefreshing() const;
    // Asks for a folder (or takes the test's answer) and writes the review there.
    void exportReview();
    void setFolderChooser(std::function<QString()> chooser) { m_chooseFolder = std::move(chooser); }

    ReportTableModel *repModel() const { return m_repModel; }
    QTableView *repView() const { return m_repView; }
    const QList<core::ReportTable> &tables() const { return m_tables; }
    QString teamId() const { return m_teamId; }

Q_SIGNALS:
    void repActivated(const QString &email, const QString &name);
    void refreshed(); // the tables and charts show the newest result
    void exported(const QStringList &files);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onProgress(int done, int total, const QString &title);
    void onFinished(const core::ReportService::Outcome &outcome);
    void activateRep(const QModelIndex &proxyIndex);

    core::RepWorkspace &m_workspace;
    const core::Clock &m_clock;
    core::ReportService *m_service = nullptr;
    QString m_teamId;
    QString m_teamName;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    ReportTableModel *m_repModel;
    QSortFilterProxyModel *m_repSort;
    QTableView *m_repView;
    TeamCharts *m_charts;
    QList<core::ReportTable> m_tables;
    core::ReportService::Outcome m_last;
    bool m_pending = false; // a refresh was asked for and has not come back
    bool m_everShown = false;
    std::function<QString()> m_chooseFolder;
};

} // namespace sal::ui
