#include "help/ShortcutListModel.h"

#include <QAction>

namespace sal::ui {

ShortcutListModel::ShortcutListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString ShortcutListModel::plainText(const QAction &action)
{
    QString text = action.text().section(QLatin1Char('\t'), 0, 0);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString ShortcutListModel::keysText(const QAction &action)
{
    QStringList keys;
    for (const QKeySequence &key : action.shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    if (keys.isEmpty())
        return action.text().section(QLatin1Char('\t'), 1);
    return keys.join(QStringLiteral(", "));
}

void ShortcutListModel::setActions(const QList<QAction *> &actions)
{
    beginResetModel();
    m_actions.clear();
    for (QAction *action : actions) {
        if (action && !keysText(*action).isEmpty() && !m_actions.contains(action))
            m_actions.append(action);
    }
    endResetModel();
}

int ShortcutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ShortcutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QAction *action = m_actions.at(index.row());
    if (!action || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    if (index.column() == Action)
        return plainText(*action);
    return keysText(*action);
}

QVariant ShortcutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Action ? tr("Action") : tr("Keys");
}

} // namespace sal::ui
