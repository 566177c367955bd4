#include "manager/ReportTableModel.h"

#include "reports/ReportFormat.h"

#include <QBrush>
#include <QColor>

namespace sal::ui {

using namespace sal::core;

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_statusColumn = m_table.columnIndex(QStringLiteral("status"));
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowCount());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns().size());
}

QString ReportTableModel::valueAt(int row, const QString &columnId) const
{
    const int column = m_table.columnIndex(columnId);
    if (row < 0 || row >= rowCount() || column < 0)
        return {};
    return ReportFormat::display(m_table.rows().at(row).at(column), m_table.columns().at(column).type);
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportColumn &column = m_table.columns().at(index.column());
    const QVariant &value = m_table.rows().at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportFormat::display(value, column.type);
    case SortRole:
        return value;
    case ColumnIdRole:
        return column.id;
    case Qt::TextAlignmentRole:
        return column.type == ColumnType::Integer || column.type == ColumnType::Percent
                || column.type == ColumnType::Hours || column.type == ColumnType::Decimal
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        if (m_statusColumn < 0)
            return {};
        // Colours follow the status text: breached or over SLA three weeks red, at risk amber.
        const QString status = m_table.rows().at(index.row()).at(m_statusColumn).toString();
        const int breachedColumn = m_table.columnIndex(QStringLiteral("breached"));
        const int atRiskColumn = m_table.columnIndex(QStringLiteral("at_risk"));
        const QVariantList &row = m_table.rows().at(index.row());
        const bool flagged = row.value(m_table.columnIndex(QStringLiteral("over_sla_3_weeks"))).toBool();
        if (flagged || (breachedColumn >= 0 && row.at(breachedColumn).toLongLong() > 0))
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (atRiskColumn >= 0 && row.at(atRiskColumn).toLongLong() > 0)
            return QBrush(QColor(0xfe, 0xf3, 0xc7));
        return status.isEmpty() ? QVariant() : QBrush(QColor(0xe6, 0xf4, 0xea));
    }
    case Qt::ForegroundRole:
        return m_statusColumn >= 0 ? QVariant(QBrush(QColor(0x1f, 0x29, 0x37))) : QVariant();
    case Qt::ToolTipRole: {
        // A rep's name tells their email too (the panel hides that column).
        const int email = m_table.columnIndex(QStringLiteral("rep"));
        if (column.id == QLatin1String("name") && email >= 0)
            return m_table.rows().at(index.row()).at(email).toString();
        return column.title + QStringLiteral(": ") + ReportFormat::display(value, column.type);
    }
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.columns().at(section).title;
    if (role == Qt::ToolTipRole)
        return m_table.columns().at(section).id;
    return {};
}

} // namespace sal::ui
