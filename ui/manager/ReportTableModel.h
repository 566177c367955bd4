#pragma once

#include "reports/ReportTable.h"

#include <QAbstractTableModel>

namespace sal::ui {

// Any report as a table: display text formatted by core's ReportFormat, the raw value under
// SortRole (numbers sort as numbers), numbers right-aligned. A report with a "status" column
// (rep-sla) colours its rows against the SLA, the text saying the same for those who cannot see it.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Role { SortRole = Qt::UserRole + 1, ColumnIdRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(core::ReportTable table);
    const core::ReportTable &table() const { return m_table; }
    QString valueAt(int row, const QString &columnId) const; // display text, empty outside

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::ReportTable m_table;
    int m_statusColumn = -1;
};

} // namespace sal::ui
