#pragma once

#include "io/ProfileDetector.h"

#include <QAbstractTableModel>

namespace sal::ui {

// What an import will do with each column of the file: the lead field it fills, or that it is
// ignored or unknown to the profile, with the first row's value as an example.
class MappingPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPreviewModel)

public:
    enum Column { FileColumn, LeadField, Example, ColumnCount };

    explicit MappingPreviewModel(QObject *parent = nullptr);

    void setMapping(
        const QStringList &header, const core::MappingProfile &profile, const QStringList &firstRow);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString column;
        QString field; // empty: not imported
        bool ignored = false;
        QString example;
    };
    QList<Row> m_rows;
};

} // namespace sal::ui
