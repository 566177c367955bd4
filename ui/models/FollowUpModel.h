#pragma once

#include "lifecycle/StageEvent.h"
#include "sla/SlaClock.h"
#include "store/CachedLead.h"

#include <QAbstractTableModel>

namespace sal::core {
class Clock;
}

namespace sal::ui {

// Accepted leads and their follow-up SLA (first outreach: 4 h for hot, else 24 h), most urgent
// first; met once a first-outreach event is recorded.
class FollowUpModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpModel)

public:
    enum Column { Countdown, Name, Company, AcceptedAt, ColumnCount };

    FollowUpModel(const core::SlaClock &sla, const core::Clock &clock, QObject *parent = nullptr);

    // Each accepted lead with its history (to find the acceptance and the first outreach).
    void setLeads(const QList<std::pair<core::CachedLead, QList<core::StageEvent>>> &leads);
    void refreshCountdown();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    core::SlaStatus statusAt(int row) const;
    QString leadIdAt(int row) const; // empty for a row that does not exist

private:
    struct Row
    {
        core::Lead lead;
        QDateTime acceptedAtUtc;
        core::SlaWindow window;
    };
    const core::SlaClock &m_sla;
    const core::Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace sal::ui
