#include "io/MappingPreviewModel.h"

#include <QBrush>
#include <QPalette>

namespace sal::ui {

MappingPreviewModel::MappingPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MappingPreviewModel::setMapping(
    const QStringList &header, const core::MappingProfile &profile, const QStringList &firstRow)
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().isEmpty())
            continue;
        Row row;
        row.column = header.at(i);
        row.field = profile.fieldFor(header.at(i)).value_or(QString());
        row.ignored = row.field.isEmpty() && profile.ignores(header.at(i));
        row.example = firstRow.value(i);
        m_rows << row;
    }
    endResetModel();
}

void MappingPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MappingPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileColumn:
            return row.column;
        case LeadField:
            return !row.field.isEmpty() ? row.field
                : row.ignored           ? tr("(ignored by the profile)")
                                        : tr("(not imported)");
        case Example:
            return row.example.left(80);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == LeadField && row.field.isEmpty())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == Example)
        return row.example;
    return {};
}

QVariant MappingPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("Column in the file");
    case LeadField:
        return tr("Lead field");
    case Example:
        return tr("First row");
    default:
        return {};
    }
}

} // namespace sal::ui
