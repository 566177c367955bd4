#include "models/QueueModel.h"

#include "lead/LeadDisplayText.h"
#include "sla/Clock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>

namespace sal::ui {

using namespace sal::core;

QueueModel::QueueModel(const SlaClock &sla, IcpDefinition icp, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sla(sla)
    , m_icp(std::move(icp))
    , m_clock(clock)
{ }

void QueueModel::setLeads(const QList<CachedLead> &leads)
{
    setRows(QueueRow::makeSorted(leads, m_sla, m_icp, m_scorer.get(), m_clock.nowUtc()));
}

void QueueModel::setRows(QList<QueueRowPtr> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    reindex();
    endResetModel();
}

void QueueModel::updateLeads(const QStringList &leadIds, const QList<CachedLead> &current)
{
    // Removals first, from the bottom so earlier row numbers stay valid, then one reindex.
    QList<int> gone;
    for (const QString &id : leadIds) {
        if (const int row = rowOf(id); row >= 0)
            gone << row;
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (const int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const CachedLead &lead : current) {
        QueueRowPtr row = QueueRow::make(lead, m_sla, m_icp, m_scorer.get(), m_clock.nowUtc());
        const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), row, &QueueRow::moreUrgent);
        const int position = int(at - m_rows.begin());
        beginInsertRows({}, position, position);
        m_rows.insert(position, std::move(row));
        endInsertRows();
    }
    if (!gone.isEmpty() || !current.isEmpty())
        reindex();
}

void QueueModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    m_openWindows = true;
    m_longestWindow = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QueueRow &row = *m_rows.at(i);
        m_rowById.insert(row.lead.id, i);
        m_openWindows = m_openWindows && !row.window.isPaused() && !row.window.isMet();
        m_longestWindow = std::max(m_longestWindow, row.window.windowSeconds);
    }
}

bool QueueModel::removeLead(const QString &leadId)
{
    const int row = rowOf(leadId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
    return true;
}

const LeadSummary *QueueModel::leadAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row)->lead : nullptr;
}

int QueueModel::rowOf(const QString &leadId) const
{
    return m_rowById.value(leadId, -1);
}

SlaStatus QueueModel::statusAt(int row) const
{
    // A view asks one cell for several roles in a row (text, colour, tooltip, accessible text):
    // the calendar walk behind a status is done once for them, not once per role.
    const QueueRowPtr &key = m_rows.at(row);
    const QDateTime now = m_clock.nowUtc();
    if (m_lastStatus.row != key || m_lastStatus.nowUtc != now)
        m_lastStatus = { key, now, m_sla.status(key->window, now) };
    return m_lastStatus.status;
}

const SlaWindow &QueueModel::windowAt(int row) const
{
    return m_rows.at(row)->window;
}

QList<std::pair<QString, SlaState>> QueueModel::states() const
{
    QList<std::pair<QString, SlaState>> states;
    states.reserve(m_rows.size());
    const QDateTime now = m_clock.nowUtc();
    // Past a row with this much left, every later row (a later deadline, so no less left, and a
    // window no longer than the longest) is on track.
    const double surelyOnTrack = m_sla.policy().atRiskShare * double(m_longestWindow);
    bool onTrackFromHere = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QueueRow &row = *m_rows.at(i);
        SlaState state = SlaState::OnTrack;
        if (!deadlineOrderDecides()) {
            state = statusAt(i).state;
        } else if (row.window.deadlineUtc <= now) {
            state = SlaState::Breached; // what status() says of an open window past its deadline
        } else if (!onTrackFromHere) {
            const SlaStatus status = statusAt(i);
            state = status.state;
            onTrackFromHere = double(status.remainingSeconds) >= surelyOnTrack;
        }
        states.append({ row.lead.id, state });
    }
    return states;
}

int QueueModel::dueWithin(qint64 businessSeconds) const
{
    const QDateTime now = m_clock.nowUtc();
    const auto due = [&](const QueueRowPtr &row) {
        return row->window.deadlineUtc <= now
            || m_sla.status(row->window, now).remainingSeconds <= businessSeconds;
    };
    if (!deadlineOrderDecides()) {
        int count = 0;
        for (const QueueRowPtr &row : m_rows)
            count += !row->window.isPaused() && due(row);
        return count;
    }
    // Business time left grows with the deadline, and the rows are sorted by deadline.
    return int(std::partition_point(m_rows.cbegin(), m_rows.cend(), due) - m_rows.cbegin());
}

void QueueModel::refreshCountdown(int first, int last)
{
    first = std::max(0, first);
    last = std::min(int(m_rows.size()) - 1, last);
    if (first > last)
        return;
    Q_EMIT dataChanged(index(first, Countdown), index(last, Countdown),
        { Qt::DisplayRole, Qt::DecorationRole, Qt::ForegroundRole, Qt::ToolTipRole, SlaStateRole,
            RemainingSecondsRole });
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::formatRemaining(qint64 seconds)
{
    const qint64 a = qAbs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("-") : QString())
        .arg(a / 3600)
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString QueueModel::stateSymbol(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QStringLiteral("●");
    case SlaState::AtRisk:
        return QStringLiteral("▲");
    case SlaState::Breached:
        return QStringLiteral("✖");
    case SlaState::Paused:
        return QStringLiteral("❚❚");
    case SlaState::Met:
        return QStringLiteral("✔");
    }
    return {};
}

namespace {
QString stateName(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QueueModel::tr("On track");
    case SlaState::AtRisk:
        return QueueModel::tr("At risk");
    case SlaState::Breached:
        return QueueModel::tr("Breached");
    case SlaState::Paused:
        return QueueModel::tr("Paused (needs info)");
    case SlaState::Met:
        return QueueModel::tr("Met");
    }
    return {};
}

QColor stateColor(SlaState state)
{
    switch (state) {
    case SlaState::AtRisk:
        return QColor(0xb3, 0x6b, 0x00);
    case SlaState::Breached:
        return QColor(0xc6, 0x28, 0x28);
    case SlaState::Met:
    case SlaState::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case SlaState::Paused:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

QString ageText(const QDateTime &since, const QDateTime &now)
{
    const qint64 hours = since.isValid() ? since.secsTo(now) / 3600 : 0;
    return hours >= 48 ? QueueModel::tr("%1 d").arg(hours / 24) : QueueModel::tr("%1 h").arg(hours);
}
} // namespace

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &row = *m_rows.at(index.row());
    const LeadSummary &lead = row.lead;
    switch (role) {
    case LeadIdRole:
        return lead.id;
    case DeadlineRole:
        return row.window.deadlineUtc;
    case AccountRole:
        return lead.company;
    case AttemptsRole:
        return lead.attempts;
    case TierRole:
        return lead.tier;
    case OwnerRole:
        return lead.ownerEmail;
    case SearchTextRole:
        return QStringList { lead.contactName, lead.company, lead.source, lead.campaign }.join(
            QLatin1Char(' '));
    case SlaStateRole:
        return int(statusAt(index.row()).state);
    case RemainingSecondsRole:
        return statusAt(index.row()).remainingSeconds;
    case LikelihoodRole:
        return row.likelihood ? QVariant(*row.likelihood) : QVariant();
    default:
        break;
    }
    const int column = index.column();
    if (column == Countdown) {
        // Only the roles that show the countdown compute it (a view also asks for fonts, sizes…).
        if (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole
            && role != Qt::AccessibleTextRole)
            return {};
        const SlaStatus status = statusAt(index.row());
        if (role == Qt::DisplayRole)
            return stateSymbol(status.state) + QLatin1Char(' ') + formatRemaining(status.remainingSeconds);
        if (role == Qt::ForegroundRole)
            return QBrush(stateColor(status.state));
        if (role == Qt::ToolTipRole)
            return tr("%1 — deadline %2")
                .arg(stateName(status.state),
                    QLocale().toString(row.window.deadlineUtc.toLocalTime(), QLocale::ShortFormat));
        if (role == Qt::AccessibleTextRole)
            return tr("%1, %2 business hours left")
                .arg(stateName(status.state), formatRemaining(status.remainingSeconds));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == Score || column == Age || column == Likelihood))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Name)
        return lead.contactTitle;
    if (role == Qt::ToolTipRole && column == Likelihood)
        return tr("Acceptance likelihood learnt from the team's decisions: it informs, you decide.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Tier:
        return LeadDisplayText::tier(lead.tier);
    case Name:
        return lead.contactTitle.isEmpty() ? lead.contactName
                                           : tr("%1 — %2").arg(lead.contactName, lead.contactTitle);
    case Company:
        return lead.company;
    case IcpFit:
        return row.icpFit ? tr("✓ fit") : tr("✗ outside");
    case Score:
        return lead.score;
    case Source:
        return lead.source;
    case Age:
        return ageText(lead.routedAt.isValid() ? lead.routedAt : lead.mqlAt, m_clock.nowUtc());
    case Likelihood:
        return row.likelihood ? tr("%1 %").arg(qRound(*row.likelihood * 100)) : tr("—");
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Countdown:
        return tr("SLA left");
    case Tier:
        return tr("Tier");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case IcpFit:
        return tr("ICP");
    case Score:
        return tr("Score");
    case Source:
        return tr("Source");
    case Age:
        return tr("Age");
    case Likelihood:
        return tr("Likely");
    default:
        return {};
    }
}

} // namespace sal::ui
