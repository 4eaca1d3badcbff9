// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The Chancenbudget plan as PDF: QTextDocument (HTML tables, paginated with page numbers) printed to a
// QPdfWriter. The bar chart is drawn with QPainter into an image: Qt Charts needs Qt Widgets
// (QGraphicsScene/QChartView), and this library must stay free of Widgets so that the CLI can use it.
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/io/PlanReport.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::PlanReport", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Amounts in the tables without the euro sign (the headers say "in €"): "1.877.000,00" fits a narrow column.
QString money(Cents cents)
{
    return Money::format(cents, false);
}

QString shortPillar(const QString &pillar)
{
    if (pillar == u"I")
        return tr("Säule I");
    if (pillar == u"II_SCHULE")
        return tr("Säule II Schule");
    if (pillar == u"II_TRAEGER")
        return tr("Säule II Träger");
    return tr("Säule III");
}

/// Grouped bars per pillar: budget, planned, approved, spent. Amounts in euros; the axis is scaled to the largest.
QImage barChart(const ChancenbudgetPlan &plan)
{
    const QSize size(1800, 820);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(26);
    p.setFont(font);
    const QFontMetrics fm(font);

    struct Series
    {
        QString name;
        QColor color;
        Cents PlanSection::*value;
    };
    const Series series[] = {{tr("Budget"), QColor(0x4e, 0x79, 0xa7), &PlanSection::budget},
                             {tr("Geplant"), QColor(0xf2, 0x8e, 0x2b), &PlanSection::planned},
                             {tr("Bewilligt"), QColor(0x59, 0xa1, 0x4f), &PlanSection::approved},
                             {tr("Ausgegeben"), QColor(0xe1, 0x57, 0x59), &PlanSection::spent}};
    Cents maximum = 1;
    for (const PlanSection &section : plan.sections) {
        for (const Series &s : series)
            maximum = std::max(maximum, section.*(s.value));
    }
    // A "nice" axis maximum: 1, 2 or 5 times a power of ten (in euros).
    double top = 1.0;
    const double maxEuro = static_cast<double>(maximum) / 100.0;
    while (top < maxEuro) {
        if (top * 2 >= maxEuro) {
            top *= 2;
            break;
        }
        if (top * 5 >= maxEuro) {
            top *= 5;
            break;
        }
        top *= 10;
    }
    const QRect plot(230, 40, size.width() - 270, size.height() - 200);
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    const QLocale german(QLocale::German, QLocale::Germany);
    for (int i = 0; i <= 5; ++i) {
        const int y = plot.bottom() - plot.height() * i / 5;
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::black);
        const QString tick = german.toString(top * i / 5, 'f', 0) + QStringLiteral("\u00a0€");
        p.drawText(QRect(0, y - 20, plot.left() - 12, 40), Qt::AlignRight | Qt::AlignVCenter, tick);
    }
    const int groups = static_cast<int>(plan.sections.size());
    const int groupWidth = groups > 0 ? plot.width() / groups : plot.width();
    const int barWidth = groupWidth / 6;
    for (int g = 0; g < groups; ++g) {
        const PlanSection &section = plan.sections[g];
        const int x0 = plot.left() + g * groupWidth + barWidth;
        for (int s = 0; s < 4; ++s) {
            const double value = static_cast<double>(section.*(series[s].value)) / 100.0;
            const int h = static_cast<int>(plot.height() * value / top);
            p.fillRect(QRect(x0 + s * barWidth, plot.bottom() - h, barWidth - 6, h), series[s].color);
        }
        p.setPen(Qt::black);
        p.drawText(QRect(plot.left() + g * groupWidth, plot.bottom() + 8, groupWidth, 40), Qt::AlignCenter,
                   shortPillar(section.pillar));
    }
    p.setPen(Qt::black);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Legend
    int x = plot.left();
    const int y = size.height() - 60;
    for (const Series &s : series) {
        p.fillRect(QRect(x, y, 30, 30), s.color);
        p.drawText(QPoint(x + 40, y + 25), s.name);
        x += 60 + fm.horizontalAdvance(s.name) + 40;
    }
    return image;
}

QString tableStyle()
{
    return QStringLiteral("border-collapse: collapse;");
}

QString th(const QString &text, bool right = false, int widthPercent = 0)
{
    return QStringLiteral("<th style=\"background-color:#dce6f1; text-align:%1;\"%2>%3</th>")
        .arg(right ? QStringLiteral("right") : QStringLiteral("left"),
             widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(widthPercent) : QString(), esc(text));
}

QString td(const QString &html, bool right = false, bool bold = false)
{
    return QStringLiteral("<td style=\"text-align:%1;%2\">%3</td>")
        .arg(right ? QStringLiteral("right") : QStringLiteral("left"),
             bold ? QStringLiteral(" font-weight:bold;") : QString(), html);
}

int pillarOrder(const QString &pillar)
{
    static const QStringList order = {QStringLiteral("I"), QStringLiteral("II_SCHULE"), QStringLiteral("II_TRAEGER"),
                                      QStringLiteral("III")};
    return static_cast<int>(order.indexOf(pillar));
}

QString titlePage(const ChancenbudgetPlan &plan)
{
    QString html;
    html += QStringLiteral("<p style=\"margin-top:120px; font-size:28pt; font-weight:bold;\">%1</p>")
                .arg(esc(tr("Chancenbudget-Plan")));
    html += QStringLiteral("<p style=\"font-size:18pt;\">%1</p>").arg(esc(tr("Schuljahr %1").arg(plan.schoolYear)));
    html += QStringLiteral("<p style=\"font-size:14pt; margin-top:30px;\">%1</p>")
                .arg(esc(tr("Schulträger: %1").arg(plan.traegerName)));
    if (!plan.traeger.isValid() && !plan.traegerNames.isEmpty())
        html += QStringLiteral("<p style=\"font-size:10pt;\">%1</p>")
                    .arg(esc(plan.traegerNames.join(QStringLiteral(", "))));
    html += QStringLiteral("<p style=\"font-size:12pt; margin-top:20px;\">%1</p>")
                .arg(esc(tr("Stand: %1").arg(plan.date.toString(QStringLiteral("dd.MM.yyyy")))));
    if (!plan.registryTitle.isEmpty())
        html +=
            QStringLiteral("<p style=\"font-size:10pt;\">%1</p>").arg(esc(tr("Registry: %1").arg(plan.registryTitle)));
    if (!plan.demoNote.isEmpty())
        html += QStringLiteral("<p style=\"font-size:10pt; color:#7f0000; margin-top:20px;\">%1</p>")
                    .arg(esc(plan.demoNote));
    int measures = 0;
    for (const PlanSection &section : plan.sections)
        measures += static_cast<int>(section.lines.size());
    html +=
        QStringLiteral("<p style=\"font-size:10pt; margin-top:40px;\">%1</p>")
            .arg(esc(tr("Inhalt: Budget und Planung je Säule, %1 Maßnahmen mit ihren Kosten im Schuljahr, %2 Hinweise "
                        "der Regelprüfung. Beträge in Euro; Budgets wie eingetragen, Summen aus den Kosten der "
                        "Maßnahmen abgeleitet.")
                         .arg(measures)
                         .arg(plan.findings.size())));
    html += QStringLiteral("<p style=\"font-size:9pt; color:#555555;\">%1</p>")
                .arg(esc(tr("Erstellt mit Netzatlas. Enthält keine Ansprechpersonen.")));
    return html;
}

QString summary(const ChancenbudgetPlan &plan)
{
    QString html =
        QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(tr("Budget und Planung je Säule")));
    html += QStringLiteral("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" style=\"%1\">").arg(tableStyle());
    html += QStringLiteral("<tr>") + th(tr("Säule")) + th(tr("Budget (€)"), true) + th(tr("Geplant (€)"), true) +
            th(tr("Bewilligt (€)"), true) + th(tr("Abgerufen (€)"), true) + th(tr("Ausgegeben (€)"), true) + th(tr("Rest (€)"), true) +
            QStringLiteral("</tr>");
    PlanSection total;
    for (const PlanSection &s : plan.sections) {
        html += QStringLiteral("<tr>") + td(esc(shortPillar(s.pillar))) + td(money(s.budget), true) +
                td(money(s.planned), true) + td(money(s.approved), true) + td(money(s.called), true) +
                td(money(s.spent), true) + td(money(s.budget - s.spent), true) + QStringLiteral("</tr>");
        total.budget += s.budget;
        total.planned += s.planned;
        total.approved += s.approved;
        total.called += s.called;
        total.spent += s.spent;
    }
    html += QStringLiteral("<tr>") + td(esc(tr("Summe")), false, true) + td(money(total.budget), true, true) +
            td(money(total.planned), true, true) + td(money(total.approved), true, true) +
            td(money(total.called), true, true) + td(money(total.spent), true, true) +
            td(money(total.budget - total.spent), true, true) + QStringLiteral("</tr></table>");
    html += QStringLiteral("<p><img src=\"netzatlas://chart/budget\" width=\"620\"></p>");
    html += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>")
                .arg(esc(tr("Diagramm: Budget, geplante, bewilligte und ausgegebene Mittel je Säule im Schuljahr %1.")
                             .arg(plan.schoolYear)));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Budgetlinien je Budgetträger")));
    html += QStringLiteral("<table border=\"1\" cellpadding=\"2\" cellspacing=\"0\" width=\"100%\" style=\"%1\">")
                .arg(tableStyle());
    html += QStringLiteral("<tr>") + th(tr("Budgetträger"), false, 40) + th(tr("Säule")) + th(tr("Budget (€)"), true) +
            th(tr("Geplant (€)"), true) + th(tr("Ausgegeben (€)"), true) + th(tr("Rest (€)"), true) + QStringLiteral("</tr>");
    std::vector<const BudgetFigures *> lines;
    for (const BudgetFigures &f : plan.figures)
        lines.push_back(&f);
    std::stable_sort(lines.begin(), lines.end(), [&](const BudgetFigures *a, const BudgetFigures *b) {
        return std::make_pair(pillarOrder(a->pillar), plan.nameOf(a->holder)) <
               std::make_pair(pillarOrder(b->pillar), plan.nameOf(b->holder));
    });
    for (const BudgetFigures *f : lines) {
        const bool over = f->hasBudget && f->spent > f->budget;
        html += QStringLiteral("<tr>") + td(esc(plan.nameOf(f->holder))) + td(esc(shortPillar(f->pillar))) +
                td(f->hasBudget ? money(f->budget) : esc(tr("kein Budget")), true) + td(money(f->planned), true) +
                td(money(f->spent), true, over) + td(money(f->budget - f->spent), true, over) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString section(const PlanSection &s)
{
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(s.label));
    if (s.lines.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("Keine Maßnahmen mit Kosten in diesem Schuljahr.")));
    html += QStringLiteral("<table border=\"1\" cellpadding=\"2\" cellspacing=\"0\" width=\"100%\" style=\"%1\">")
                .arg(tableStyle());
    html += QStringLiteral("<tr>") + th(tr("Maßnahme"), false, 29) + th(tr("Budgetträger / Schulen"), false, 22) +
            th(tr("Status"), false, 10) + th(tr("Geplant (€)"), true, 13) + th(tr("Bewilligt (€)"), true, 13) +
            th(tr("Ausgegeben (€)"), true, 13) + QStringLiteral("</tr>");
    for (const PlanLine &l : s.lines) {
        QString what =
            esc(l.measure.title) + QStringLiteral("<br><span style=\"color:#555555;\">%1</span>")
                                       .arg(esc(QStringLiteral("%1 · %2").arg(l.measure.key, l.measure.measureArea)));
        if (s.pillar == u"III")
            what += QStringLiteral("<br><span style=\"color:#555555;\">%1</span>")
                        .arg(esc(QStringLiteral("%1 · %2 VZÄ")
                                     .arg(DomainCatalogue::vocabularyLabel(Vocabulary::OccupationGroup,
                                                                           l.measure.occupationGroup),
                                          QLocale(QLocale::German).toString(l.measure.fte, 'f', 2))));
        const QString who = esc(l.holders.join(QStringLiteral(", "))) +
                            (l.schools.isEmpty() || l.schools == l.holders
                                 ? QString()
                                 : QStringLiteral("<br><span style=\"color:#555555;\">%1</span>")
                                       .arg(esc(l.schools.join(QStringLiteral(", ")))));
        html += QStringLiteral("<tr>") + td(what) + td(who) +
                td(esc(DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, l.measure.status))) +
                td(money(l.cost.planned), true) + td(money(l.cost.approved), true) + td(money(l.cost.spent), true) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>") + td(esc(tr("Summe")), false, true) + td(QString()) + td(QString()) +
            td(money(s.planned), true, true) + td(money(s.approved), true, true) + td(money(s.spent), true, true) +
            QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + td(esc(tr("Budget (eingetragen)"))) + td(QString()) + td(QString()) +
            td(money(s.budget), true) + td(QString()) + td(QString()) + QStringLiteral("</tr></table>");
    return html;
}

QString findings(const ChancenbudgetPlan &plan)
{
    QString html =
        QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(tr("Hinweise der Regelprüfung")));
    html += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>")
                .arg(esc(tr("Die Regeln sind Hinweise und Warnungen; sie blockieren nichts, außer die Einstellung "
                            "„Budgetüberschreitung blockiert“ ist gesetzt. Schwellen: empfohlene Maßnahmen mindestens "
                            "%1, Trägerbudget mit mindestens %2 Schulen, Toleranz über dem Budget %3.")
                             .arg(QLocale(QLocale::German).toString(plan.settings.recommendedShareMin * 100, 'f', 1) +
                                  QStringLiteral(" %"))
                             .arg(plan.settings.traegerMinSchools)
                             .arg(QLocale(QLocale::German).toString(plan.settings.overBudgetTolerance * 100, 'f', 1) +
                                  QStringLiteral(" %"))));
    if (plan.findings.empty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("Keine Befunde.")));
    for (const RuleFinding &f : plan.findings) {
        const QString color = f.severity == RuleFinding::Severity::Fehler    ? QStringLiteral("#b00020")
                              : f.severity == RuleFinding::Severity::Warnung ? QStringLiteral("#a05a00")
                                                                             : QStringLiteral("#1f5fa8");
        html += QStringLiteral("<p style=\"margin-bottom:2px;\"><b style=\"color:%1;\">%2</b> <b>%3</b><br>"
                               "<span style=\"color:#555555; font-size:8pt;\">%4</span></p>")
                    .arg(color, esc(findingSeverityLabel(f.severity) + QStringLiteral(":")), esc(f.title),
                         esc(planningRuleLabel(f.rule)));
        html += QStringLiteral("<p style=\"margin-top:0px; margin-left:12px;\">%1</p>").arg(esc(f.explanation));
    }
    return html;
}

} // namespace

Status writePlanPdf(const ChancenbudgetPlan &plan, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("Für die PDF-Ausgabe wird eine QGuiApplication benötigt."), path, 0, {}, {}};
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("Das Zielverzeichnis existiert nicht."), path, 0, {}, {}};
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error{
                tr("Die PDF-Datei kann nicht geschrieben werden: %1").arg(probe.errorString()), path, 0, {}, {}};
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Chancenbudget-Plan %1 – %2").arg(plan.schoolYear, plan.traegerName));
    writer.setCreator(QStringLiteral("Netzatlas"));

    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QStringLiteral("h2 { font-size: 14pt; } h3 { font-size: 11pt; } "
                                                 "th { font-size: 7.5pt; } td { font-size: 7.5pt; }"));
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("netzatlas://chart/budget")),
                         barChart(plan));
    QString html = QStringLiteral("<html><body>") + titlePage(plan) + summary(plan);
    for (const PlanSection &s : plan.sections)
        html += section(s);
    html += findings(plan) + QStringLiteral("</body></html>");
    document.setHtml(html);
    document.print(&writer); // no page size set on the document: default margins and page numbers
    if (QFileInfo(path).size() <= 0)
        return Error{tr("Die PDF-Datei ist leer geblieben."), path, 0, {}, {}};
    return {};
}

} // namespace netzatlas
