#pragma once

#include "disposition/Disposition.h"

#include <QWidget>

class QListView;
class QPlainTextEdit;
class QStandardItemModel;

namespace sal::ui {

class FieldErrors;

// The "needs more info" page of the disposition form: what marketing has to find out (a checkable
// list of MissingInfo items) and an optional note.
class NeedsInfoPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeedsInfoPage)

public:
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit NeedsInfoPage(FieldErrors &errors, QWidget *parent = nullptr);

    void fill(core::Disposition &disposition) const;
    void clear();
    QWidget *firstField() const;
    QStandardItemModel *missingModel() const { return m_model; }

Q_SIGNALS:
    void touched(const QString &fieldId);

private:
    QStandardItemModel *m_model;
    QListView *m_list;
    QPlainTextEdit *m_note;
    bool m_clearing = false;
};

} // namespace sal::ui
