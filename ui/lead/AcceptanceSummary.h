#pragma once

#include "insight/AcceptanceEstimate.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace sal::ui {

// The body of the lead pane's "Acceptance likelihood" section: the likelihood learnt from the
// team's own decisions, the three strongest reasons for and against it (the lead's own facts with
// their exact share of the log-odds), and the likeliest rejection reason when it is low. It informs
// the rep; the decision stays theirs.
class AcceptanceSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptanceSummary)

public:
    explicit AcceptanceSummary(QWidget *parent = nullptr);

    // `reasonLabel` is the taxonomy label of the likeliest rejection reason; `low` says to show it.
    void setEstimate(
        const std::optional<core::AcceptanceEstimate> &estimate, bool low, const QString &reasonLabel);

    QString likelihoodText() const;
    QString forText() const;
    QString againstText() const;
    QString rejectionText() const;

    // "72 %", for the section title and the queue column.
    static QString percent(double likelihood);
    // "ICP industry match (Software) +0.84"
    static QString contributionText(const core::FeatureContribution &c);

private:
    QLabel *m_likelihood;
    QLabel *m_for;
    QLabel *m_against;
    QLabel *m_rejection;
};

} // namespace sal::ui
