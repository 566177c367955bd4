#pragma once

#include "lead/LeadContext.h"

#include <QCoreApplication>

class QStandardItemModel;

namespace sal::ui {

// Fills the lead pane's tables. Each model keeps its columns (set once by setUp*) and gets its rows
// replaced by fill*; rows carry the machine value in Qt::UserRole where a test or a sort needs it.
class LeadContextRows
{
    Q_DECLARE_TR_FUNCTIONS(sal::ui::LeadContextRows)

public:
    enum ChecklistColumn { ChecklistItemColumn, ChecklistKind, ChecklistResult, ChecklistEvidence };
    enum ScoreColumn { ScorePart, ScoreLabel, ScorePoints, ScoreWhen, ScoreFunnel };
    enum TimelineColumn { TimelineWhen, TimelineFunnel, TimelineActivity, TimelinePoints, TimelineUrl };
    enum ProofColumn { ProofCustomer, ProofClaim, ProofUrl };
    enum ContactColumn { ContactName, ContactTitle, ContactSeniority, ContactScore, ContactLastEngaged };
    enum AttemptColumn { AttemptWhen, AttemptChannel, AttemptOutcome, AttemptActor };
    enum EventColumn { EventWhen, EventKindColumn, EventStages, EventActor, EventReason };

    static void setUpChecklist(QStandardItemModel *model);
    static void setUpScore(QStandardItemModel *model);
    static void setUpTimeline(QStandardItemModel *model);
    static void setUpProofPoints(QStandardItemModel *model);
    static void setUpContacts(QStandardItemModel *model);
    static void setUpAttempts(QStandardItemModel *model);
    static void setUpEvents(QStandardItemModel *model);

    // Required items first, each group in the checklist's order.
    static void fillChecklist(QStandardItemModel *model, const QList<core::ChecklistItem> &items);
    // Fit lines, then engagement lines newest first; engagement lines name the signal's funnel stage.
    static void fillScore(QStandardItemModel *model, const core::Lead &lead, const QDateTime &nowUtc);
    static void fillTimeline(QStandardItemModel *model, const core::Lead &lead, const QDateTime &nowUtc);
    static void fillProofPoints(QStandardItemModel *model, const core::TalkTrack &talkTrack);
    static void fillContacts(
        QStandardItemModel *model, const QList<core::Lead> &contacts, const QDateTime &nowUtc);
    static void fillAttempts(QStandardItemModel *model, const QList<core::ContactAttempt> &attempts);
    static void fillEvents(QStandardItemModel *model, const QList<core::StageEvent> &events);

    static void clearRows(QStandardItemModel *model);
};

} // namespace sal::ui
