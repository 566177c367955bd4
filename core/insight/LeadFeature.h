#pragma once

#include <QList>
#include <QString>

namespace sal::core {

// One fact about a lead as the acceptance model reads it. A numeric feature ("fit_points") keeps its
// raw value and is standardised by the model; a categorical one is a token ("source=webinar") whose
// value is 1. The label is what a rep reads next to the feature's contribution ("8 employees").
struct LeadFeature
{
    QString key; // numeric name, or the categorical token
    double value = 1;
    bool categorical = true;
    QString label;

    bool operator==(const LeadFeature &) const = default;
};

using LeadFeatures = QList<LeadFeature>;

} // namespace sal::core
