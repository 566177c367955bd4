#pragma once

#include "reports/ReportTable.h"

#include <QWidget>

class QImage;

namespace sal::ui {

// The team panel's four charts (Qt Charts): acceptance by source, rejection reasons per week by
// category, SLA violations and escalations per week, and the response-time distribution. Built
// from the report tables the panel received; Qt Charts stays behind this class.
class TeamCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamCharts)

public:
    explicit TeamCharts(QWidget *parent = nullptr);
    ~TeamCharts() override;

    // Replaces every chart whose report is among `tables` (by report id).
    void setTables(const QList<core::ReportTable> &tables);

    static QStringList reportIds(); // the reports the charts are drawn from
    int chartCount() const;
    QString chartTitle(int index) const;
    // The chart as it is on screen (for the PDF).
    QImage renderChart(int index) const;

private:
    struct Views;
    std::unique_ptr<Views> m_views;
};

} // namespace sal::ui
