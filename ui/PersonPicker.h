#pragma once

#include "domain/Rep.h"

#include <QDialog>

class QListView;
class QStandardItemModel;

namespace sal::ui {

// "Who are you?" on first start: the people of the team store, reps and managers.
class PersonPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonPicker)

public:
    explicit PersonPicker(const QList<core::Rep> &people, QWidget *parent = nullptr);
    QString chosenEmail() const;

private:
    QListView *m_list;
    QStandardItemModel *m_model;
};

} // namespace sal::ui
