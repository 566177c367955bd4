#pragma once

#include "store/LocalStore.h"

#include <QAbstractTableModel>

namespace sal::ui {

// The rep's recent decisions and attempts with where each stands: waiting to be sent, synced
// ("decided offline at T1, synced at T2"), or in conflict.
class DecisionLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionLogModel)

public:
    enum Column { DecidedAt, Lead, Decision, SyncState, ColumnCount };

    explicit DecisionLogModel(QObject *parent = nullptr);

    void setEntries(QList<core::LocalStore::OutboxEntry> entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::LocalStore::OutboxEntry> m_entries;
};

} // namespace sal::ui
