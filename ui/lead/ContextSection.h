#pragma once

#include <QWidget>

class QToolButton;

namespace sal::ui {

// One titled part of the lead pane that the rep can fold away: a flat header button with an arrow
// and a body below it.
class ContextSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextSection)

public:
    explicit ContextSection(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // Takes ownership; call once.
    void setBody(QWidget *body);
    QWidget *body() const { return m_body; }

    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace sal::ui
