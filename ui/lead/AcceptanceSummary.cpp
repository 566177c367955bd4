#include "lead/AcceptanceSummary.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sal::ui {

namespace {
QLabel *line(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

AcceptanceSummary::AcceptanceSummary(QWidget *parent)
    : QWidget(parent)
    , m_likelihood(line(QStringLiteral("acceptanceLikelihood"), tr("Acceptance likelihood"), this))
    , m_for(line(QStringLiteral("acceptanceFor"), tr("Reasons for acceptance"), this))
    , m_against(line(QStringLiteral("acceptanceAgainst"), tr("Reasons against acceptance"), this))
    , m_rejection(line(QStringLiteral("acceptanceRejectionReason"), tr("Likeliest rejection reason"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_likelihood);
    layout->addWidget(m_for);
    layout->addWidget(m_against);
    layout->addWidget(m_rejection);
}

QString AcceptanceSummary::percent(double likelihood)
{
    return tr("%1 %").arg(qRound(likelihood * 100));
}

QString AcceptanceSummary::contributionText(const core::FeatureContribution &c)
{
    // U+2212 minus: a sign the eye does not mistake for a hyphen in "50-199".
    const QString sign = c.logit >= 0 ? QStringLiteral("+") : QStringLiteral("\u2212");
    return tr("%1 %2%3").arg(c.label, sign, QString::number(std::abs(c.logit), 'f', 2));
}

void AcceptanceSummary::setEstimate(
    const std::optional<core::AcceptanceEstimate> &estimate, bool low, const QString &reasonLabel)
{
    if (!estimate) {
        m_likelihood->setText(
            tr("No acceptance model on this device yet: a manager trains one from the team's "
               "decisions (salctl insight train) and the next sync brings it."));
        m_for->clear();
        m_against->clear();
        m_rejection->clear();
        m_for->hide();
        m_against->hide();
        m_rejection->hide();
        return;
    }
    m_likelihood->setText(
        tr("%1 of leads like this were accepted by the team (learnt from its own decisions; "
           "it informs, you decide).")
            .arg(percent(estimate->likelihood)));
    const auto join = [](const QList<core::FeatureContribution> &list) {
        QStringList parts;
        for (const core::FeatureContribution &c : list)
            parts << contributionText(c);
        return parts.join(QStringLiteral(", "));
    };
    const QList<core::FeatureContribution> pro = estimate->strongestFor(3);
    const QList<core::FeatureContribution> con = estimate->strongestAgainst(3);
    m_for->setText(pro.isEmpty() ? tr("For: nothing stands out.") : tr("For: %1").arg(join(pro)));
    m_against->setText(con.isEmpty() ? tr("Against: nothing stands out.") : tr("Against: %1").arg(join(con)));
    m_for->show();
    m_against->show();
    const bool showReason = low && !estimate->likeliestReason.isEmpty();
    m_rejection->setVisible(showReason);
    m_rejection->setText(showReason
            ? tr("Likeliest rejection reason: %1 (%2 of similar rejections)")
                  .arg(reasonLabel.isEmpty() ? estimate->likeliestReason : reasonLabel,
                      percent(estimate->reasonProbability))
            : QString());
}

QString AcceptanceSummary::likelihoodText() const
{
    return m_likelihood->text();
}
QString AcceptanceSummary::forText() const
{
    return m_for->text();
}
QString AcceptanceSummary::againstText() const
{
    return m_against->text();
}
QString AcceptanceSummary::rejectionText() const
{
    return m_rejection->isVisible() || !m_rejection->text().isEmpty() ? m_rejection->text() : QString();
}

} // namespace sal::ui
