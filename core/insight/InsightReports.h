#pragma once

#include "insight/AcceptanceModel.h"
#include "insight/HoldoutEvaluation.h"
#include "insight/ScoringFeedbackReport.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>

namespace sal::core {

// The insight reports as ReportTables, so `salctl insight …` and `salctl report acceptance-model |
// scoring-feedback` print them through ReportFormat like every other report (table, CSV, JSON).
class InsightReports
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::InsightReports)

public:
    // The model in use (training date, decisions, vocabulary size, strongest coefficients).
    static QList<ReportTable> model(const AcceptanceModel &model, int coefficients = 15);
    // Hold-out quality: AUC and Brier against their baselines, and the calibration deciles.
    static QList<ReportTable> quality(const HoldoutReport &report);
    static QList<ReportTable> scoringFeedback(const ScoringFeedbackReport &report);
};

} // namespace sal::core
