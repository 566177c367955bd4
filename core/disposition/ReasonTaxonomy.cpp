#include "disposition/ReasonTaxonomy.h"

namespace sal::core {

std::optional<RejectionReason> ReasonTaxonomy::reason(const QString &code) const
{
    for (const RejectionReason &r : reasons) {
        if (r.code == code)
            return r;
    }
    return std::nullopt;
}

} // namespace sal::core
