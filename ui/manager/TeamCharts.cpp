#include "manager/TeamCharts.h"

#include "reports/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace sal::ui {

using namespace sal::core;

namespace {
const QString kAcceptance = QStringLiteral("acceptance-by-source");
const QString kTrend = QStringLiteral("rejection-trend-weekly");
const QString kViolations = QStringLiteral("sla-violations");
const QString kResponse = QStringLiteral("response-times");

QString weekLabel(const QVariant &date)
{
    return QLocale().toString(date.toDate(), QStringLiteral("d MMM"));
}

// Bars of `sets` over `categories`, a value axis from 0 (to `max` when given), legend below.
void fill(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max = -1)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis hands it back
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setLabelsAngle(categories.size() > 6 ? -30 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    // The top of the data: stacked bars add up, grouped bars stand side by side.
    double top = 0;
    const bool stacked = qobject_cast<QStackedBarSeries *>(series) != nullptr;
    for (int i = 0; i < int(categories.size()); ++i) {
        double here = 0;
        for (QBarSet *set : series->barSets())
            here = stacked ? here + set->at(i) : std::max(here, set->at(i));
        top = std::max(top, here);
    }
    y->setRange(0, max > 0 ? max : std::max(top, 1.0)); // an empty period still has an axis
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (max <= 0 && top > 0)
        y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(series->count() > 1);
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    return set;
}
} // namespace

struct TeamCharts::Views
{
    QList<QChartView *> views;
};

TeamCharts::TeamCharts(QWidget *parent)
    : QWidget(parent)
    , m_views(std::make_unique<Views>())
{
    const QList<std::pair<QString, QString>> charts {
        { QStringLiteral("acceptanceChart"), tr("Acceptance by source (%)") },
        { QStringLiteral("rejectionTrendChart"), tr("Rejection reasons per week") },
        { QStringLiteral("violationsChart"), tr("SLA violations per week") },
        { QStringLiteral("responseTimeChart"), tr("Business hours to decision") },
    };
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (const auto &[name, title] : charts) {
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setVisible(false);
        auto *view = new QChartView(chart, this);
        view->setObjectName(name);
        view->setAccessibleName(title);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 200);
        const int i = int(m_views->views.size());
        grid->addWidget(view, i / 2, i % 2);
        m_views->views << view;
    }
}

TeamCharts::~TeamCharts() = default;

QStringList TeamCharts::reportIds()
{
    return { kAcceptance, kTrend, kViolations, kResponse };
}

int TeamCharts::chartCount() const
{
    return int(m_views->views.size());
}

QString TeamCharts::chartTitle(int index) const
{
    return m_views->views.at(index)->chart()->title();
}

QImage TeamCharts::renderChart(int index) const
{
    // What the manager sees on screen, so the PDF and the panel never disagree.
    return m_views->views.at(index)->grab().toImage();
}

void TeamCharts::setTables(const QList<ReportTable> &tables)
{
    for (const ReportTable &t : tables) {
        if (t.id() == kAcceptance) {
            auto *set = barSet(tr("Acceptance"), QColor(0x2b, 0x6c, 0xb0));
            QStringList sources;
            for (qsizetype r = 0; r < t.rowCount() && r < 8; ++r) {
                // A line per word: axis labels are rich text, and "content<br>download" fits under
                // its bar where "content_download" was cut short.
                sources << t.value(r, QStringLiteral("source"))
                               .toString()
                               .toHtmlEscaped()
                               .replace(QLatin1Char('_'), QStringLiteral("<br>"))
                               .prepend(QStringLiteral("<div align=\"center\">"))
                               .append(QStringLiteral("</div>"));
                *set << t.value(r, QStringLiteral("acceptance_pct")).toDouble();
            }
            auto *series = new QBarSeries;
            series->append(set);
            series->setLabelsVisible(true);
            series->setLabelsFormat(QStringLiteral("@value %"));
            series->setLabelsPrecision(3);
            fill(m_views->views.at(0)->chart(), series, sources, 100);
        } else if (t.id() == kTrend) {
            auto *series = new QStackedBarSeries;
            const QList<std::tuple<QString, QString, QColor>> categories {
                { QStringLiteral("procedural"), tr("Procedural"), QColor(0x6b, 0x72, 0x80) },
                { QStringLiteral("clerical"), tr("Clerical"), QColor(0xd9, 0x77, 0x06) },
                { QStringLiteral("definitional"), tr("Definitional"), QColor(0xb9, 0x1c, 0x1c) },
            };
            QStringList weeks;
            for (qsizetype r = 0; r < t.rowCount(); ++r)
                weeks << weekLabel(t.value(r, QStringLiteral("week")));
            for (const auto &[id, label, colour] : categories) {
                auto *set = barSet(label, colour);
                for (qsizetype r = 0; r < t.rowCount(); ++r)
                    *set << t.value(r, id).toDouble();
                series->append(set);
            }
            fill(m_views->views.at(1)->chart(), series, weeks);
        } else if (t.id() == kViolations) {
            // Every team together, per week, in the report's order of weeks.
            QStringList weeks;
            QList<double> violations, escalations;
            for (qsizetype r = 0; r < t.rowCount(); ++r) {
                const QString week = weekLabel(t.value(r, QStringLiteral("week")));
                if (weeks.isEmpty() || weeks.constLast() != week) {
                    weeks << week;
                    violations << 0;
                    escalations << 0;
                }
                violations.last() += t.value(r, QStringLiteral("violations")).toDouble();
                escalations.last() += t.value(r, QStringLiteral("escalations")).toDouble();
            }
            auto *v = barSet(tr("Violations"), QColor(0xb9, 0x1c, 0x1c));
            auto *e = barSet(tr("Escalations"), QColor(0xf5, 0x9e, 0x0b));
            for (qsizetype i = 0; i < weeks.size(); ++i) {
                *v << violations.at(i);
                *e << escalations.at(i);
            }
            auto *series = new QBarSeries;
            series->append(v);
            series->append(e);
            fill(m_views->views.at(2)->chart(), series, weeks);
        } else if (t.id() == kResponse) {
            auto *all = barSet(tr("Decisions"), QColor(0x2b, 0x6c, 0xb0));
            auto *inSla = barSet(tr("In SLA"), QColor(0x15, 0x80, 0x3d));
            QStringList bins;
            for (qsizetype r = 0; r < t.rowCount(); ++r) {
                bins << t.value(r, QStringLiteral("bin")).toString();
                *all << t.value(r, QStringLiteral("decisions")).toDouble();
                *inSla << t.value(r, QStringLiteral("in_sla")).toDouble();
            }
            auto *series = new QBarSeries;
            series->append(all);
            series->append(inSla);
            fill(m_views->views.at(3)->chart(), series, bins);
        }
    }
}

} // namespace sal::ui
