#include "manager/ReviewExporter.h"

#include "manager/TeamCharts.h"
#include "reports/ReportFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

namespace sal::ui {

using namespace sal::core;

namespace {
QString stamp(const ReviewExporter::Review &review)
{
    return review.startUtc.date().toString(Qt::ISODate);
}

Result<bool> save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Problem::at(path, {}, ReviewExporter::tr("cannot write: %1").arg(file.errorString()));
    return true;
}

QString htmlTable(const ReportTable &t)
{
    QString html = QStringLiteral(
        "<h2>%1</h2><table class=\"report\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
        "width=\"100%\"><tr>")
                       .arg(t.title().toHtmlEscaped());
    for (const ReportColumn &c : t.columns())
        html += QStringLiteral("<th bgcolor=\"#e5e7eb\">%1</th>").arg(c.title.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QVariantList &row : t.rows()) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            html += QStringLiteral("<td>%1</td>")
                        .arg(ReportFormat::display(row.at(i), t.columns().at(i).type).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (t.rowCount() == 0)
        html
            += QStringLiteral("<p>%1</p>").arg(ReviewExporter::tr("Nothing in this period.").toHtmlEscaped());
    for (const QString &note : t.notes())
        html += QStringLiteral("<p><small>%1</small></p>").arg(note.toHtmlEscaped());
    return html;
}
} // namespace

QString ReviewExporter::pdfName(const Review &review)
{
    return QStringLiteral("sal-monthly-review-%1.pdf").arg(stamp(review));
}

Result<QStringList> ReviewExporter::write(
    const QString &folder, const Review &review, const TeamCharts &charts)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return Problem::at(folder, {}, tr("no such folder"));
    QStringList written;
    for (const ReportTable &t : review.tables) {
        const QString path = dir.filePath(QStringLiteral("%1-%2.csv").arg(t.id(), stamp(review)));
        if (auto r = save(path, ReportFormat::csv(t)); !r)
            return r.problems();
        written << path;
    }

    QTextDocument document;
    // A rep table has seventeen columns: at the body's size they broke e-mail addresses and
    // "breached" letter by letter across a landscape page. Cells keep to one line; headers wrap
    // between words only.
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap); // never inside a word ("Breac / hed")
    document.setDefaultTextOption(wrapping);
    document.setDefaultStyleSheet(QStringLiteral("table.report { font-size: 7pt; } "
                                                 "table.report td { white-space: nowrap; }"));
    QString html
        = QStringLiteral("<h1>%1</h1><p>%2</p>")
              .arg(tr("Monthly SLA review: %1").arg(review.teamName).toHtmlEscaped(),
                  tr("%1 (%2 to %3 UTC); generated %4 UTC")
                      .arg(review.periodLabel, review.startUtc.toString(Qt::ISODate),
                          review.endUtc.toString(Qt::ISODate), review.generatedUtc.toString(Qt::ISODate))
                      .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\"><tr>");
    for (int i = 0; i < charts.chartCount(); ++i) {
        const QUrl url(QStringLiteral("chart:%1").arg(i));
        const QImage image = charts.renderChart(i);
        document.addResource(QTextDocument::ImageResource, url, image);
        if (i > 0 && i % 2 == 0)
            html += QStringLiteral("</tr><tr>");
        const int height = image.width() > 0 ? 460 * image.height() / image.width() : 260;
        html += QStringLiteral("<td><img src=\"%1\" width=\"460\" height=\"%2\"></td>")
                    .arg(url.toString())
                    .arg(height);
    }
    html += QStringLiteral("</tr></table>");
    for (const ReportTable &t : review.tables)
        html += htmlTable(t);
    document.setHtml(html);

    const QString pdfPath = dir.filePath(pdfName(review));
    const QString partial = pdfPath + QStringLiteral(".part");
    {
        QPdfWriter pdf(partial);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
        pdf.setTitle(tr("Monthly SLA review"));
        pdf.setCreator(QStringLiteral("SAL Workbench"));
        document.print(&pdf);
    }
    QFile::remove(pdfPath);
    if (QFileInfo(partial).size() == 0 || !QFile::rename(partial, pdfPath)) {
        QFile::remove(partial);
        return Problem::at(pdfPath, {}, tr("cannot write the PDF"));
    }
    written << pdfPath;
    return written;
}

} // namespace sal::ui
