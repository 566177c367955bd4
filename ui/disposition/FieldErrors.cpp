#include "disposition/FieldErrors.h"

#include <QLabel>
#include <QPalette>
#include <QStringList>
#include <QWidget>

namespace sal::ui {

QLabel *FieldErrors::create(
    const QString &fieldId, const QString &objectName, QWidget *field, QWidget *parent, QWidget *fallback)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(tr("Problem with this field"));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    m_entries.insert(fieldId, Entry { label, field, fallback });
    return label;
}

QWidget *FieldErrors::focusTarget(const QString &fieldId) const
{
    const Entry entry = m_entries.value(fieldId);
    if (entry.field && !entry.field->isEnabled() && entry.fallback)
        return entry.fallback;
    return entry.field;
}

void FieldErrors::reset()
{
    m_touched.clear();
    m_showAll = false;
}

void FieldErrors::show(const core::Problems &problems)
{
    QHash<QString, QStringList> messages;
    for (const core::Problem &problem : problems)
        messages[problem.field] << tr("\u26a0 %1").arg(problem.message);

    QHash<QWidget *, QStringList> descriptions;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QStringList lines = messages.value(it.key());
        const bool visible = !lines.isEmpty() && (m_showAll || m_touched.contains(it.key()));
        const Entry &entry = it.value();
        entry.label->setText(visible ? lines.join(QLatin1Char('\n')) : QString());
        entry.label->setVisible(visible);
        if (entry.field) {
            QStringList &description = descriptions[entry.field]; // every field, so old text clears
            if (visible)
                description << lines;
        }
    }
    // The field's own description stays; its problems come first, so a screen reader says them first.
    static const char *const kBase = "salBaseAccessibleDescription";
    for (auto it = descriptions.cbegin(); it != descriptions.cend(); ++it) {
        QWidget *field = it.key();
        if (!field->property(kBase).isValid())
            field->setProperty(kBase, field->accessibleDescription());
        QStringList lines = it.value();
        const QString base = field->property(kBase).toString();
        if (!base.isEmpty())
            lines << base;
        field->setAccessibleDescription(lines.join(QLatin1Char('\n')));
    }
}

} // namespace sal::ui
