#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class QAction;

namespace sal::ui {

// The keyboard shortcuts of a set of actions, read from the actions themselves each time, so the
// list cannot drift from what the keys do. An action whose key is owned by a widget (Submit's
// Ctrl+Enter) shows the key its menu text names after a tab.
class ShortcutListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutListModel)

public:
    enum Column { Action, Keys, ColumnCount };

    explicit ShortcutListModel(QObject *parent = nullptr);

    // Keeps the actions that have a shortcut, in the given order, each once.
    void setActions(const QList<QAction *> &actions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString plainText(const QAction &action); // "&Accept…\tCtrl+A" → "Accept…"
    static QString keysText(const QAction &action); // "J", "/, Ctrl+F"; empty without a shortcut

private:
    QList<QPointer<QAction>> m_actions;
};

} // namespace sal::ui
