#include "lead/LeadContextRows.h"

#include "lead/LeadDisplayText.h"

#include <QBrush>
#include <QStandardItemModel>
#include <algorithm>

namespace sal::ui {

using namespace sal::core;

namespace {

QStandardItem *textItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QStandardItem *numberItem(int value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setEditable(false);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *timeItem(const QDateTime &utc)
{
    QStandardItem *item = textItem(LeadDisplayText::localTime(utc));
    item->setData(utc, Qt::UserRole);
    return item;
}

QBrush outcomeBrush(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass:
        return QBrush(QColor(0x1b, 0x7f, 0x3a));
    case CheckOutcome::Fail:
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    case CheckOutcome::Unknown:
        break;
    }
    return QBrush(QColor(0x8a, 0x6d, 0x00));
}

std::optional<FunnelStage> funnelOf(const Lead &lead, const ScoreContribution &line)
{
    for (const EngagementSignal &signal : lead.engagement) {
        if (signal.label == line.label && signal.at == line.at)
            return signal.stage;
    }
    return std::nullopt;
}

QDateTime lastEngaged(const Lead &lead)
{
    QDateTime last;
    for (const EngagementSignal &signal : lead.engagement) {
        if (!last.isValid() || signal.at > last)
            last = signal.at;
    }
    return last;
}

} // namespace

void LeadContextRows::clearRows(QStandardItemModel *model)
{
    if (model->rowCount() > 0)
        model->removeRows(0, model->rowCount());
}

void LeadContextRows::setUpChecklist(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels({ tr("Item"), tr("Kind"), tr("Result"), tr("Evidence") });
}

void LeadContextRows::setUpScore(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels(
        { tr("Part"), tr("Contribution"), tr("Points"), tr("When"), tr("Stage") });
}

void LeadContextRows::setUpTimeline(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels({ tr("When"), tr("Stage"), tr("Activity"), tr("Points"), tr("URL") });
}

void LeadContextRows::setUpProofPoints(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels({ tr("Customer"), tr("Result"), tr("URL") });
}

void LeadContextRows::setUpContacts(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels(
        { tr("Name"), tr("Title"), tr("Seniority"), tr("Score"), tr("Last engaged") });
}

void LeadContextRows::setUpAttempts(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels({ tr("When"), tr("Channel"), tr("Outcome"), tr("By") });
}

void LeadContextRows::setUpEvents(QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels({ tr("When"), tr("Event"), tr("Stage"), tr("By"), tr("Reason") });
}

void LeadContextRows::fillChecklist(QStandardItemModel *model, const QList<ChecklistItem> &items)
{
    clearRows(model);
    QList<ChecklistItem> ordered = items;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const ChecklistItem &a, const ChecklistItem &b) { return a.required && !b.required; });
    for (const ChecklistItem &item : std::as_const(ordered)) {
        QStandardItem *label = textItem(item.label);
        label->setData(item.id, Qt::UserRole);
        QStandardItem *kind = textItem(item.required ? tr("Required") : tr("Preferred"));
        kind->setData(item.required, Qt::UserRole);
        QStandardItem *result = textItem(LeadDisplayText::outcome(item.outcome));
        result->setData(checkOutcomeToString(item.outcome), Qt::UserRole);
        result->setForeground(outcomeBrush(item.outcome));
        model->appendRow({ label, kind, result, textItem(item.evidence) });
    }
}

void LeadContextRows::fillScore(QStandardItemModel *model, const Lead &lead, const QDateTime &nowUtc)
{
    clearRows(model);
    QList<ScoreContribution> lines = lead.score.contributions;
    std::stable_sort(lines.begin(), lines.end(), [](const ScoreContribution &a, const ScoreContribution &b) {
        if (a.part != b.part)
            return a.part == ScoreContribution::Part::Fit;
        return a.at > b.at;
    });
    for (const ScoreContribution &line : std::as_const(lines)) {
        const bool fit = line.part == ScoreContribution::Part::Fit;
        const std::optional<FunnelStage> funnel = fit ? std::nullopt : funnelOf(lead, line);
        const int days = line.recencyDays(nowUtc);
        QStandardItem *when
            = textItem(fit ? tr("—") : LeadDisplayText::daysAgo(days), LeadDisplayText::localTime(line.at));
        when->setData(days, Qt::UserRole);
        model->appendRow(
            { textItem(fit ? tr("Fit") : tr("Engagement")), textItem(line.label), numberItem(line.points),
                when, textItem(funnel ? LeadDisplayText::funnelStage(*funnel) : tr("—")) });
    }
}

void LeadContextRows::fillTimeline(QStandardItemModel *model, const Lead &lead, const QDateTime &nowUtc)
{
    clearRows(model);
    QList<EngagementSignal> signalList = lead.engagement;
    std::stable_sort(signalList.begin(), signalList.end(),
        [](const EngagementSignal &a, const EngagementSignal &b) { return a.at > b.at; });
    for (const EngagementSignal &signal : std::as_const(signalList)) {
        const int days
            = signal.at.isValid() ? int(std::max<qint64>(0, signal.at.secsTo(nowUtc) / 86400)) : -1;
        QStandardItem *when = timeItem(signal.at);
        when->setToolTip(LeadDisplayText::daysAgo(days));
        QStandardItem *activity = textItem(signal.label);
        activity->setData(signal.kind, Qt::UserRole);
        model->appendRow({ when, textItem(LeadDisplayText::funnelStage(signal.stage)), activity,
            numberItem(signal.points), textItem(signal.url) });
    }
}

void LeadContextRows::fillProofPoints(QStandardItemModel *model, const TalkTrack &talkTrack)
{
    clearRows(model);
    for (const ProofPoint &proof : talkTrack.proofPoints)
        model->appendRow({ textItem(proof.customer), textItem(proof.claim), textItem(proof.url) });
}

void LeadContextRows::fillContacts(
    QStandardItemModel *model, const QList<Lead> &contacts, const QDateTime &nowUtc)
{
    clearRows(model);
    for (const Lead &other : contacts) {
        const QDateTime last = lastEngaged(other);
        const int days = last.isValid() ? int(std::max<qint64>(0, last.secsTo(nowUtc) / 86400)) : -1;
        QStandardItem *name = textItem(other.contact.fullName(), other.contact.email);
        name->setData(other.id, Qt::UserRole);
        QStandardItem *when = textItem(LeadDisplayText::daysAgo(days), LeadDisplayText::localTime(last));
        model->appendRow({ name, textItem(other.contact.title),
            textItem(LeadDisplayText::seniority(other.contact.seniority)), numberItem(other.score.total()),
            when });
    }
}

void LeadContextRows::fillAttempts(QStandardItemModel *model, const QList<ContactAttempt> &attempts)
{
    clearRows(model);
    QList<ContactAttempt> ordered = attempts;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const ContactAttempt &a, const ContactAttempt &b) { return a.at > b.at; });
    for (const ContactAttempt &attempt : std::as_const(ordered)) {
        QStandardItem *channel = textItem(LeadDisplayText::channel(attempt.channel));
        channel->setData(contactChannelToString(attempt.channel), Qt::UserRole);
        model->appendRow(
            { timeItem(attempt.at), channel, textItem(attempt.outcome), textItem(attempt.actor) });
    }
}

void LeadContextRows::fillEvents(QStandardItemModel *model, const QList<StageEvent> &events)
{
    clearRows(model);
    QList<StageEvent> ordered = events;
    std::stable_sort(
        ordered.begin(), ordered.end(), [](const StageEvent &a, const StageEvent &b) { return a.at > b.at; });
    for (const StageEvent &event : std::as_const(ordered)) {
        QStandardItem *kind = textItem(LeadDisplayText::eventKind(event.kind));
        kind->setData(eventKindToString(event.kind), Qt::UserRole);
        const QString stages = event.changesStage()
            ? tr("%1 → %2").arg(stageDisplayName(event.from), stageDisplayName(event.to))
            : stageDisplayName(event.from);
        model->appendRow(
            { timeItem(event.at), kind, textItem(stages), textItem(event.actor), textItem(event.reason) });
    }
}

} // namespace sal::ui
