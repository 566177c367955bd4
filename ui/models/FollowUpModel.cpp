#include "models/FollowUpModel.h"

#include "models/QueueModel.h"
#include "sla/Clock.h"

#include <QLocale>

#include <algorithm>

namespace sal::ui {

using namespace sal::core;

FollowUpModel::FollowUpModel(const SlaClock &sla, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sla(sla)
    , m_clock(clock)
{
}

void FollowUpModel::setLeads(const QList<std::pair<CachedLead, QList<StageEvent>>> &leads)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[cached, events] : leads) {
        Row row { cached.lead, {}, {} };
        QDateTime outreach;
        for (const StageEvent &e : events) {
            if (e.kind == EventKind::Accepted)
                row.acceptedAtUtc = e.at;
            if (e.kind == EventKind::FirstOutreach && !outreach.isValid())
                outreach = e.at;
        }
        if (!row.acceptedAtUtc.isValid())
            continue;
        const SlaTier tier = m_sla.policy().tier(cached.lead.tier).value_or(m_sla.policy().chooseTier({}));
        row.window = m_sla.openFollowUp(row.acceptedAtUtc, tier);
        if (outreach.isValid())
            row.window = m_sla.meet(row.window, outreach);
        m_rows << row;
    }
    // Open follow-ups first, most urgent first; done ones after.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.window.isMet() != b.window.isMet())
            return !a.window.isMet();
        return a.window.deadlineUtc < b.window.deadlineUtc;
    });
    endResetModel();
}

SlaStatus FollowUpModel::statusAt(int row) const
{
    return m_sla.status(m_rows.at(row).window, m_clock.nowUtc());
}

QString FollowUpModel::leadIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).lead.id : QString();
}

void FollowUpModel::refreshCountdown()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Countdown), index(int(m_rows.size()) - 1, Countdown), { Qt::DisplayRole });
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case Countdown: {
        const SlaStatus s = statusAt(index.row());
        if (s.state == SlaState::Met)
            return tr("✔ reached out");
        return QueueModel::stateSymbol(s.state) + QLatin1Char(' ') + QueueModel::formatRemaining(s.remainingSeconds);
    }
    case Name:
        return row.lead.contact.fullName();
    case Company:
        return row.lead.account.name;
    case AcceptedAt:
        return QLocale().toString(row.acceptedAtUtc.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Countdown:
        return tr("First outreach due");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case AcceptedAt:
        return tr("Accepted");
    default:
        return {};
    }
}

} // namespace sal::ui
