#pragma once

#include "disposition/ContactAttempt.h"
#include "domain/Contact.h"
#include "domain/EngagementSignal.h"
#include "lifecycle/EventKind.h"
#include "qualification/ChecklistItem.h"
#include "sla/SlaClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace sal::ui {

// The translated words the lead pane shows for core's values: one place, so the header, the
// tables and the attempt row name things the same way.
class LeadDisplayText
{
    Q_DECLARE_TR_FUNCTIONS(sal::ui::LeadDisplayText)

public:
    static QString seniority(core::Seniority seniority);
    static QString channel(core::ContactChannel channel);
    static QString eventKind(core::EventKind kind);
    static QString funnelStage(core::FunnelStage stage); // "TOFU", "MOFU", "BOFU"
    static QString outcome(core::CheckOutcome outcome); // "✓ Pass", "✗ Fail", "? Unknown"
    static QString fundingStage(const QString &machineName); // "series_b" → "Series B"
    static QString tier(const QString &machineName); // the policy's "hot", "standard", "low", translated

    // Local time of the machine in the locale's short format without seconds; empty when invalid.
    static QString localTime(const QDateTime &utc);
    static QString daysAgo(int days); // "today", "yesterday", "12 days ago"; empty when negative
    static QString businessDuration(qint64 seconds); // "h:mm" of the magnitude
    static QString money(qint64 amount, const QString &currency); // "USD 48.5M"

    // "At risk — 0:42 left", "Breached — 1:05 over", "Paused — 3:00 left", "Met — 0:20 to spare".
    static QString slaLine(const core::SlaStatus &status);
};

} // namespace sal::ui
