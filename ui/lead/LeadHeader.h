#pragma once

#include "lead/LeadContext.h"

#include <QWidget>

class QLabel;

namespace sal::ui {

// The top of the lead pane: who (name, title, seniority, company), how to reach them, the badges
// that change the decision (hot, existing customer, competitor, duplicate) and the SLA countdown.
// Every badge and the SLA state are words; colour only repeats them.
class LeadHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadHeader)

public:
    explicit LeadHeader(QWidget *parent = nullptr);

    void setContext(const LeadContext &context);
    void clear();

    // The texts of the badges shown, left to right.
    QStringList badgeTexts() const;

private:
    QLabel *addBadge(const QString &text, const QString &objectName, const QColor &color);
    void setSla(const LeadContext &context);

    QLabel *m_name = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_reach = nullptr;
    QLabel *m_source = nullptr;
    QWidget *m_badges = nullptr;
    QLabel *m_hot = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_competitor = nullptr;
    QLabel *m_duplicate = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_slaDetail = nullptr;
};

} // namespace sal::ui
