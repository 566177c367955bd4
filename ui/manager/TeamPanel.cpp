#include "manager/TeamPanel.h"

#include "manager/ReportTableModel.h"
#include "manager/ReviewExporter.h"
#include "manager/TeamCharts.h"
#include "session/RepWorkspace.h"
#include "sla/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sal::ui {

using namespace sal::core;

namespace {
const QString kRepSla = QStringLiteral("rep-sla");
} // namespace

TeamPanel::TeamPanel(RepWorkspace &workspace, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_export(new QPushButton(tr("Export for the &monthly review…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_repModel(new ReportTableModel(this))
    , m_repSort(new QSortFilterProxyModel(this))
    , m_repView(new QTableView(this))
    , m_charts(new TeamCharts(this))
{
    setObjectName(QStringLiteral("teamPanel"));
    setAccessibleName(tr("Team SLA panel"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Report period"));
    m_period->addItems({ tr("This week"), tr("Last 4 weeks"), tr("This quarter"), tr("Custom range") });
    m_period->setCurrentIndex(LastFourWeeks);
    const QDate today = clock.nowUtc().date();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("First day of the custom range"));
    m_from->setDate(today.addDays(-30));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("Last day of the custom range"));
    m_to->setDate(today);
    m_refresh->setObjectName(QStringLiteral("refreshReports"));
    m_refresh->setToolTip(tr("Read the reports again (Ctrl+R)"));
    m_export->setObjectName(QStringLiteral("exportReview"));
    m_export->setToolTip(tr("A CSV per report and a PDF with the charts and tables (Ctrl+Shift+M)"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Reports read so far"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_summary->setObjectName(QStringLiteral("teamSummary"));
    m_summary->setWordWrap(true);

    m_repSort->setSourceModel(m_repModel);
    m_repSort->setSortRole(ReportTableModel::SortRole);
    m_repView->setObjectName(QStringLiteral("repSlaView"));
    m_repView->setAccessibleName(tr("Reps against the SLA; Enter shows the rep's leads"));
    m_repView->setModel(m_repSort);
    m_repView->setSortingEnabled(true);
    m_repView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_repView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_repView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_repView->setAlternatingRowColors(false);
    m_repView->verticalHeader()->hide();
    m_repView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_repView->horizontalHeader()->setStretchLastSection(true);
    m_charts->setObjectName(QStringLiteral("teamCharts"));

    auto *bar = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("teamSplitter"));
    split->addWidget(m_repView);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 250, 550 }); // a team of up to seven reps without scrolling; the splitter moves
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    // The manager's own team; the team store's row-level security limits a real server further.
    if (SqlTeamStore *team = workspace.team()) {
        if (const auto me = team->person(workspace.user()).value_or(std::nullopt))
            m_teamId = me->teamId;
        for (const Team &t : team->teams().value_or({})) {
            if (t.id == m_teamId)
                m_teamName = t.name;
        }
        m_service = new ReportService(
            workspace.teamStoreFactory(), workspace.policy(), standardReportCatalog(), clock, this);
        connect(m_service, &ReportService::progress, this, &TeamPanel::onProgress);
        connect(m_service, &ReportService::finished, this, &TeamPanel::onFinished);
    } else {
        m_status->setText(tr("Working offline: the team reports need the team store."));
        m_refresh->setEnabled(false);
        m_export->setEnabled(false);
        m_period->setEnabled(false);
    }

    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_from->setEnabled(index == Custom);
        m_to->setEnabled(index == Custom);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentIndex() == Custom)
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentIndex() == Custom)
            refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &TeamPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &TeamPanel::exportReview);
    connect(m_repView, &QAbstractItemView::activated, this, &TeamPanel::activateRep);
    connect(m_repView, &QAbstractItemView::doubleClicked, this, &TeamPanel::activateRep);
    m_chooseFolder
        = [this] { return QFileDialog::getExistingDirectory(this, tr("Folder for the monthly review")); };
}

TeamPanel::~TeamPanel() = default;

void TeamPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_everShown) {
        m_everShown = true;
        refresh();
    }
}

void TeamPanel::setPeriod(Period period)
{
    if (m_period->currentIndex() == period)
        refresh();
    else
        m_period->setCurrentIndex(period); // refreshes
}

void TeamPanel::setCustomRange(const QDate &first, const QDate &last)
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(first);
    m_to->setDate(last);
    setPeriod(Custom);
}

QString TeamPanel::periodText() const
{
    switch (m_period->currentIndex()) {
    case ThisWeek:
        return QStringLiteral("this-week");
    case Quarter:
        return QStringLiteral("quarter");
    case Custom:
        return m_from->date().toString(Qt::ISODate) + QStringLiteral("..")
            + std::max(m_from->date(), m_to->date()).toString(Qt::ISODate);
    default:
        return QStringLiteral("last-4-weeks");
    }
}

bool TeamPanel::isRefreshing() const
{
    return m_pending;
}

void TeamPanel::refresh()
{
    if (!m_service)
        return;
    m_pending = true;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Reading the reports…"));
    m_service->run({ periodText(), m_teamId, {} });
}

void TeamPanel::onProgress(int done, int total, const QString &title)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m reports"));
    if (!title.isEmpty())
        m_status->setText(tr("Reading %1…").arg(title));
}

void TeamPanel::onFinished(const ReportService::Outcome &outcome)
{
    m_pending = false;
    m_progress->hide();
    if (!outcome.error.isEmpty()) {
        m_status->setText(tr("⚠ The reports could not be read: %1").arg(outcome.error));
        return;
    }
    m_last = outcome;
    m_tables = outcome.tables;
    for (const ReportTable &t : m_tables) {
        if (t.id() == kRepSla)
            m_repModel->setTable(t);
    }
    // The name says who; the email (the tooltip of the name) and a single team need no column.
    for (const auto &[column, hide] : { std::pair { QStringLiteral("rep"), true },
             std::pair { QStringLiteral("team"), !m_teamId.isEmpty() } }) {
        const int index = m_repModel->table().columnIndex(column);
        if (index >= 0)
            m_repView->setColumnHidden(index, hide);
    }
    m_charts->setTables(m_tables);
    m_status->setText(
        tr("%1: %2 to %3")
            .arg(outcome.periodLabel,
                QLocale().toString(outcome.startUtc.toLocalTime().date(), QLocale::ShortFormat),
                QLocale().toString(outcome.endUtc.addSecs(-1).toLocalTime().date(), QLocale::ShortFormat)));
    qint64 open = 0, breached = 0, atRisk = 0, flagged = 0;
    for (int r = 0; r < m_repModel->rowCount(); ++r) {
        const ReportTable &t = m_repModel->table();
        open += t.value(r, QStringLiteral("open")).toLongLong();
        breached += t.value(r, QStringLiteral("breached")).toLongLong();
        atRisk += t.value(r, QStringLiteral("at_risk")).toLongLong();
        flagged += t.value(r, QStringLiteral("over_sla_3_weeks")).toBool() ? 1 : 0;
    }
    m_summary->setText(tr("%1 — %n rep(s): ", nullptr, m_repModel->rowCount())
                           .arg(m_teamName.isEmpty() ? tr("All teams") : m_teamName)
        + tr("%1 open MQLs, %2 at risk, %3 breached; %4 rep(s) over the SLA three weeks in a row. "
             "Double-click a rep or press Enter to see their leads.")
              .arg(open)
              .arg(atRisk)
              .arg(breached)
              .arg(flagged));
    Q_EMIT refreshed();
}

void TeamPanel::activateRep(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int row = m_repSort->mapToSource(proxyIndex).row();
    Q_EMIT repActivated(
        m_repModel->valueAt(row, QStringLiteral("rep")), m_repModel->valueAt(row, QStringLiteral("name")));
}

void TeamPanel::exportReview()
{
    if (m_tables.isEmpty()) {
        m_status->setText(tr("Nothing to export yet: wait for the reports."));
        return;
    }
    const QString folder = m_chooseFolder ? m_chooseFolder() : QString();
    if (folder.isEmpty())
        return;
    const ReviewExporter::Review review { m_teamName.isEmpty() ? tr("All teams") : m_teamName,
        m_last.periodLabel, m_last.startUtc, m_last.endUtc, m_clock.nowUtc(), m_tables };
    const Result<QStringList> files = ReviewExporter::write(folder, review, *m_charts);
    if (!files) {
        m_status->setText(tr("⚠ Export failed: %1").arg(joinProblems(files.problems())));
        return;
    }
    m_status->setText(tr("Exported %n file(s) to %1", nullptr, int(files->size())).arg(folder));
    Q_EMIT exported(*files);
}

} // namespace sal::ui
