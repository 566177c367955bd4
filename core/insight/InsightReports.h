#pragma once

#include "insight/AcceptanceModel.h"
#include "insight/HoldoutEvaluation.h"
#include "insight/InsightTable.h"
#include "insight/ScoringFeedbackReport.h"

#include <QCoreApplication>

namespace sal::core {

// The insight reports as printable tables: what `salctl insight …` prints, and what `salctl report
// acceptance-model | scoring-feedback` can print through the same InsightTableWriter.
class InsightReports
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::InsightReports)

public:
    // The model in use (training date, decisions, vocabulary size, strongest coefficients).
    static QList<InsightTable> model(const AcceptanceModel &model, int coefficients = 15);
    // Hold-out quality: AUC, Brier, the lead-score baseline, and the calibration deciles.
    static QList<InsightTable> quality(const HoldoutReport &report);
    static QList<InsightTable> scoringFeedback(const ScoringFeedbackReport &report);
};

} // namespace sal::core
