#pragma once

#include <QDialog>

class QAction;
class QTableView;

namespace sal::ui {

class ShortcutListModel;

// Help → Keyboard shortcuts: every action of the window that has a key, generated from the actions.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    ShortcutListModel *model() const { return m_model; }

private:
    ShortcutListModel *m_model;
    QTableView *m_view;
};

} // namespace sal::ui
