#pragma once

#include "domain/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sal::ui {

class TeamCharts;

// "Export for the monthly review": one CSV per report (core's ReportFormat, the same bytes as
// `salctl report NAME --format csv`) and one PDF with the charts and every table, written by Qt's
// own PDF writer (QPdfWriter, painted through QTextDocument's paged layout) into `folder`.
class ReviewExporter
{
    Q_DECLARE_TR_FUNCTIONS(sal::ui::ReviewExporter)

public:
    struct Review
    {
        QString teamName;
        QString periodLabel;
        QDateTime startUtc, endUtc, generatedUtc;
        QList<core::ReportTable> tables;
    };

    // The files written, CSVs first and the PDF last; nothing is left half-written on failure.
    static core::Result<QStringList> write(
        const QString &folder, const Review &review, const TeamCharts &charts);
    static QString pdfName(const Review &review); // "sal-monthly-review-2026-11-01.pdf"
};

} // namespace sal::ui
