#pragma once

#include "domain/Problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

class QLabel;
class QWidget;

namespace sal::ui {

// The error labels of a form, one per validator field id ("next_step", "reason_text"…). Shows a
// field's messages only once the rep touched that field or tried to submit, so a fresh form is not
// a wall of red. The text carries the warning; colour only repeats it.
class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(sal::ui::FieldErrors)

public:
    // A hidden label for `fieldId` named `objectName`, placed by the caller under `field`. The field's
    // accessible description mirrors the message for screen readers.
    // `fallback` takes the focus for this field while `field` is disabled.
    QLabel *create(const QString &fieldId, const QString &objectName, QWidget *field, QWidget *parent,
        QWidget *fallback = nullptr);

    void touch(const QString &fieldId)
    {
        if (!fieldId.isEmpty())
            m_touched.insert(fieldId);
    }
    bool isTouched(const QString &fieldId) const { return m_touched.contains(fieldId); }
    void setShowAll(bool showAll) { m_showAll = showAll; }
    bool showAll() const { return m_showAll; }
    void reset(); // untouched, not showing all: as on a fresh form

    void show(const core::Problems &problems);
    QWidget *focusTarget(const QString &fieldId) const; // where to send the rep to fix it

private:
    struct Entry
    {
        QLabel *label = nullptr;
        QWidget *field = nullptr;
        QWidget *fallback = nullptr;
    };

    QHash<QString, Entry> m_entries;
    QSet<QString> m_touched;
    bool m_showAll = false;
};

} // namespace sal::ui
