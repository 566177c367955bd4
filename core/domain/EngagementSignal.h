#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sal::core {

enum class FunnelStage { Tofu, Mofu, Bofu };

QString funnelStageToString(FunnelStage stage);
std::optional<FunnelStage> funnelStageFromString(const QString &text);

// One thing the contact did that marketing scored: a demo request, a pricing-page visit, a webinar.
struct EngagementSignal
{
    QString kind; // machine name: "demo_request", "pricing_page", "webinar", "content_download", "intent", ...
    QString label; // what the rep reads: "Requested a demo of Workflow Cloud"
    int points = 0;
    QDateTime at; // UTC
    FunnelStage stage = FunnelStage::Tofu;
    QString url;

    bool operator==(const EngagementSignal &) const = default;
};

} // namespace sal::core
