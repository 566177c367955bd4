#include "domain/EngagementSignal.h"

#include "domain/EnumNames.h"

namespace sal::core {

namespace {
constexpr EnumName<FunnelStage> kFunnelStageNames[] = {
    { FunnelStage::Tofu, "tofu" },
    { FunnelStage::Mofu, "mofu" },
    { FunnelStage::Bofu, "bofu" },
};
} // namespace

QString funnelStageToString(FunnelStage stage)
{
    return enumToString(kFunnelStageNames, stage);
}

std::optional<FunnelStage> funnelStageFromString(const QString &text)
{
    return enumFromString(kFunnelStageNames, text.toLower());
}

} // namespace sal::core
