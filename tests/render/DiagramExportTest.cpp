// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramExporter.h>
#include <netzatlas/render/DiagramRenderer.h>

#include "ImageDiff.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace netzatlas;
using namespace netzatlas::render;

namespace {

struct DemoDiagram
{
    test::TempDir dir;
    std::unique_ptr<RegistryRepository> registry;
    DiagramSource source;

    DemoDiagram()
    {
        registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
        auto loaded = DiagramSource::load(*registry);
        REQUIRE(loaded.ok());
        source = std::move(loaded).value();
    }

    Diagram laidOut(LayoutKind kind, const DiagramStyle &style = {})
    {
        DiagramSpec spec;
        spec.layout = kind;
        spec.style = style;
        auto d = buildLaidOutDiagram(source, spec);
        if (!d.ok())
            FAIL(d.error().toString().toStdString());
        return std::move(d).value();
    }
};

/// All text of an SVG in document order, joined by single spaces; fails on malformed XML.
QString svgText(const QByteArray &svg, QString *title = nullptr)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    QString current;
    bool inText = false;
    bool inTitle = false;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            sawSvg = sawSvg || xml.name() == u"svg";
            inText = xml.name() == u"text";
            inTitle = xml.name() == u"title";
        } else if (xml.isCharacters()) {
            if (inText)
                texts << xml.text().toString().simplified();
            if (inTitle && title)
                *title += xml.text().toString();
        } else if (xml.isEndElement()) {
            inText = inTitle = false;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(sawSvg);
    texts.removeAll(QString());
    return texts.join(QLatin1Char(' '));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        FAIL((program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError())).toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void checkPageSize(const QString &pdf, double w, double h)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression re(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const auto m = re.match(info);
    INFO(info.toStdString());
    REQUIRE(m.hasMatch());
    CHECK(std::abs(m.captured(1).toDouble() - w) < 0.5);
    CHECK(std::abs(m.captured(2).toDouble() - h) < 0.5);
}

} // namespace

TEST_CASE("SVG export parses as XML and has text as text and every label and every legend entry", "[render][export]")
{
    DemoDiagram demo;
    const Diagram d = demo.laidOut(LayoutKind::GroupedByTerritory);
    ExportOptions options;
    options.format = ExportFormat::Svg;
    PageReport report;
    auto svg = renderDiagram(d, options, &report);
    REQUIRE(svg.ok());
    QString title;
    const QString text = svgText(*svg, &title);
    CHECK(title == d.title);
    CHECK(text.contains(d.title));
    CHECK(text.contains(QStringLiteral("Demo-Daten, fiktiv")));
    CHECK(report.labelsHidden == 0);
    for (const DiagramNode &n : d.nodes) {
        INFO(n.label.toStdString());
        CHECK((text.contains(n.label) || text.contains(n.shortLabel)));
    }
    int legendEntries = 0;
    for (const LegendSection &s : d.legend) {
        CHECK(text.contains(s.title));
        for (const LegendEntry &e : s.entries) {
            INFO(e.label.toStdString());
            CHECK(text.contains(e.label));
            ++legendEntries;
        }
    }
    CHECK(legendEntries > 10);
    // Explicit pens and fills: every drawn element says its colour.
    CHECK(svg->contains("fill=\"#"));
    CHECK(svg->contains("stroke=\"#"));
    CHECK(svg->contains("font-family=\"Lato\""));
}

TEST_CASE("label overlap count is 0 for the demo registry in the grouped layout", "[render][export]")
{
    DemoDiagram demo;
    const Diagram d = demo.laidOut(LayoutKind::GroupedByTerritory);
    for (bool landscape : {true, false}) {
        ExportOptions options;
        options.format = ExportFormat::Svg;
        options.page.landscape = landscape;
        PageReport report;
        REQUIRE(renderDiagram(d, options, &report).ok());
        INFO("landscape " << landscape << ", shown " << report.labelsShown << ", shortened " << report.labelsShortened
                          << ", hidden " << report.labelsHidden);
        CHECK(report.labelOverlaps == 0);
        CHECK(report.labelsShown + report.labelsHidden == report.nodes);
    }
    // The counter itself sees overlaps when they exist.
    LabelLayout layout;
    layout.labels.push_back(PlacedLabel{0, QRectF(0, 0, 20, 8), {QStringLiteral("a")}, false});
    layout.labels.push_back(PlacedLabel{1, QRectF(10, 4, 20, 8), {QStringLiteral("b")}, false});
    CHECK(countLabelOverlaps(layout, {QRectF(100, 100, 5, 5)}) == 1);
    CHECK(countLabelOverlaps(layout, {QRectF(0, 0, 5, 5)}) == 2);
}

TEST_CASE("grouped and Bildungskette pages of the demo registry on A4 show every label legibly without overlap",
          "[render][export]")
{
    DemoDiagram demo;
    for (LayoutKind kind : {LayoutKind::GroupedByTerritory, LayoutKind::BildungsketteLanes}) {
        const Diagram d = demo.laidOut(kind);
        for (bool landscape : {true, false}) {
            ExportOptions options;
            options.format = ExportFormat::Svg;
            options.page.landscape = landscape;
            PageReport report;
            auto svg = renderDiagram(d, options, &report);
            REQUIRE(svg.ok());
            INFO(layoutKindName(kind).toStdString()
                 << ", landscape " << landscape << ", label font " << report.labelFont << " pt, zoom " << report.zoom);
            CHECK(report.labelOverlaps == 0);
            CHECK(report.labelsHidden == 0);
            CHECK(report.labelsShown == report.nodes);
            CHECK(report.labelFont >= 4.5); // legible in print; the layout shrinks no further
            const QString text = svgText(*svg);
            for (const DiagramNode &n : d.nodes) {
                INFO(n.label.toStdString());
                CHECK((text.contains(n.label) || text.contains(n.shortLabel)));
            }
            for (const LayoutGroup &g : d.groups)
                CHECK(text.contains(g.label));
        }
    }
}

TEST_CASE("grouped layout of the demo registry: boxes apart, every actor and its label inside its box",
          "[render][export]")
{
    DemoDiagram demo;
    const Diagram d = demo.laidOut(LayoutKind::GroupedByTerritory);
    REQUIRE(d.groups.size() > 5);
    // Boxes of one level never overlap; each inner box lies inside an outer one.
    for (const LayoutGroup &a : d.groups) {
        CHECK(a.shape == LayoutGroup::Shape::Box);
        for (const LayoutGroup &b : d.groups)
            if (&a != &b && a.level == b.level) {
                INFO(a.label.toStdString() << " / " << b.label.toStdString());
                CHECK_FALSE(a.rect.intersects(b.rect));
            }
        if (a.level == 2) {
            bool contained = false;
            for (const LayoutGroup &k : d.groups)
                contained = contained || (k.level == 1 && k.rect.contains(a.rect));
            CHECK(contained);
        }
    }
    // Every symbol inside its innermost box; the labels as placed at the page's scale inside that box too.
    DiagramRenderer renderer(d);
    RenderOptions options;
    options.fontSize = kDiagramLabelFont * 0.8;
    options.symbolScale = 0.8;
    Viewport viewport;
    viewport.zoom = 0.8;
    viewport.center = d.bounds.center();
    viewport.size = d.bounds.size() * 0.8;
    const LabelLayout &labels = renderer.labels(viewport, options);
    CHECK(labels.hidden == 0);
    CHECK(labels.overlaps == 0);
    std::vector<QRectF> innermost(d.nodes.size());
    for (size_t i = 0; i < d.nodes.size(); ++i) {
        const DiagramNode &n = d.nodes[i];
        const double r = n.size / 2 + (n.scp ? 3.4 : 0.0);
        const QRectF symbol(n.position - QPointF(r, r), QSizeF(2 * r, 2 * r));
        for (const LayoutGroup &g : d.groups)
            if (g.rect.contains(n.position) &&
                (innermost[i].isNull() ||
                 g.rect.width() * g.rect.height() < innermost[i].width() * innermost[i].height()))
                innermost[i] = g.rect;
        INFO(n.label.toStdString());
        REQUIRE_FALSE(innermost[i].isNull());
        CHECK(innermost[i].contains(symbol));
    }
    for (const PlacedLabel &l : labels.labels) {
        const QRectF box(innermost[l.node].topLeft() * viewport.zoom, innermost[l.node].size() * viewport.zoom);
        INFO(d.nodes[l.node].label.toStdString());
        CHECK(box.contains(l.rect));
    }
}

TEST_CASE("PDF export has the requested page size and embedded fonts", "[render][export]")
{
    DemoDiagram demo;
    const Diagram d = demo.laidOut(LayoutKind::ForceDirected);
    test::TempDir out;
    struct Case
    {
        QPageSize::PageSizeId paper;
        bool landscape;
        double w, h;
    };
    for (const Case &c : {Case{QPageSize::A4, true, 841.89, 595.28}, Case{QPageSize::A3, false, 841.89, 1190.55},
                          Case{QPageSize::A4, false, 595.28, 841.89}}) {
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        options.page.paper = c.paper;
        options.page.landscape = c.landscape;
        const QString path = out.file(QStringLiteral("netz-%1-%2.pdf").arg(int(c.paper)).arg(c.landscape));
        REQUIRE(exportDiagram(d, path, options).ok());
        checkPageSize(path, c.w, c.h);
    }
    const QString fonts =
        run(QStringLiteral("pdffonts"), {out.file(QStringLiteral("netz-%1-1.pdf").arg(int(QPageSize::A4)))});
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QStringLiteral("Lato")));
    int fontLines = 0;
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        const QStringList cells = line.simplified().split(QLatin1Char(' '));
        if (cells.size() < 7 || !line.startsWith(QStringLiteral("Lato")))
            continue;
        ++fontLines;
        CHECK(cells.at(cells.size() - 5) == QStringLiteral("yes")); // the "emb" column
    }
    CHECK(fontLines == 2);

    ExportOptions archive;
    archive.format = ExportFormat::Pdf;
    archive.pdfA = true;
    const QString pdfa = out.file(QStringLiteral("archiv.pdf"));
    REQUIRE(exportDiagram(d, pdfa, archive).ok());
    CHECK(test::readAll(pdfa).contains("pdfaid:part"));
}

TEST_CASE("PNG export has the requested pixel size and resolution", "[render][export]")
{
    DemoDiagram demo;
    const Diagram d = demo.laidOut(LayoutKind::ForceDirected);
    test::TempDir out;
    ExportOptions options;
    options.format = ExportFormat::Png;
    options.dpi = 100;
    const QString path = out.file(QStringLiteral("netz.png"));
    REQUIRE(exportDiagram(d, path, options).ok());
    const QImage image(path);
    CHECK(image.size() == QSize(1169, 827)); // A4 landscape: 841.89 × 595.28 pt at 100 dpi
    CHECK(qRound(image.dotsPerMeterX() * 0.0254) == 100);
    options.dpi = 300;
    options.page.landscape = false;
    REQUIRE(exportDiagram(d, path, options).ok());
    CHECK(QImage(path).size() == QSize(2480, 3508));
    options.dpi = 20;
    auto rejected = exportDiagram(d, path, options);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().message.contains(QStringLiteral("dpi")));
    // Atomic: the failed export left the earlier file intact.
    CHECK(QImage(path).size() == QSize(2480, 3508));
    auto unwritable = exportDiagram(d, out.file(QStringLiteral("fehlt/netz.png")), ExportOptions{});
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().message.contains(QStringLiteral("kann nicht geschrieben werden")));
}

TEST_CASE("anonymised export: no names of the chosen types and no contact persons", "[render][export]")
{
    DemoDiagram demo;
    DiagramStyle style;
    style.anonymize = true;
    const Diagram d = demo.laidOut(LayoutKind::ForceDirected, style);
    ExportOptions options;
    options.format = ExportFormat::Svg;
    auto svg = renderDiagram(d, options);
    REQUIRE(svg.ok());
    const QString text = svgText(*svg);
    const QString raw = QString::fromUtf8(*svg);
    const auto actors = demo.registry->actors();
    REQUIRE(actors.ok());
    int checkedNames = 0;
    int contacts = 0;
    for (const Actor &a : *actors) {
        if (defaultAnonymizedTypes().contains(a.typeCode)) {
            INFO(a.name.toStdString());
            CHECK_FALSE(raw.contains(a.name.toHtmlEscaped()));
            CHECK_FALSE(text.contains(a.name));
            // A short name may be part of another actor's own, shown name ("Schulverein Freie Schule Am Weinberg
            // e. V." is a Verein, not pseudonymised): only a short name that no shown name contains must be absent.
            const bool partOfShownName = std::any_of(actors->cbegin(), actors->cend(), [&](const Actor &other) {
                return !defaultAnonymizedTypes().contains(other.typeCode) && other.name.contains(a.shortName);
            });
            if (!a.shortName.isEmpty() && a.shortName.size() > 4 && !partOfShownName)
                CHECK_FALSE(text.contains(a.shortName));
            ++checkedNames;
        }
        const auto people = demo.registry->contacts(a.id);
        REQUIRE(people.ok());
        for (const ContactPerson &p : *people) {
            ++contacts;
            for (const QString &value : {p.name, p.email, p.phone}) {
                if (value.size() < 4)
                    continue;
                INFO(value.toStdString());
                CHECK_FALSE(raw.contains(value.toHtmlEscaped()));
            }
        }
    }
    CHECK(checkedNames > 20);
    CHECK(contacts > 0);
    CHECK(text.contains(QStringLiteral("Kita 1")));
    CHECK(text.contains(QStringLiteral("pseudonymisiert")));
}

namespace {

/// The diagram exported as an A4 landscape PDF and rendered back with pdftoppm at 60 dpi.
QImage pdfPageAt60Dpi(const Diagram &d, test::TempDir &out)
{
    ExportOptions pdf;
    pdf.format = ExportFormat::Pdf;
    const QString pdfPath = out.file(QStringLiteral("page.pdf"));
    REQUIRE(exportDiagram(d, pdfPath, pdf).ok());
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdfPath, out.file(QStringLiteral("pdf"))});
    QImage page(out.file(QStringLiteral("pdf.png")));
    REQUIRE(page.size() == QSize(702, 496));
    return page;
}

} // namespace

TEST_CASE("grouped page rendered back to PNG matches its golden image", "[render][export][golden]")
{
    DemoDiagram demo;
    const Diagram d = demo.laidOut(LayoutKind::GroupedByTerritory);
    test::TempDir out;
    const QImage fromPdf = pdfPageAt60Dpi(d, out);
    const QString result = test::checkGolden(fromPdf, QStringLiteral(NETZATLAS_GOLDEN_DIR "/demo-gebiete-pdf.png"),
                                             QStringLiteral(NETZATLAS_TEST_OUTPUT_DIR));
    INFO(result.toStdString());
    CHECK(result.isEmpty());
}

TEST_CASE("exported SVG and PDF rendered back to PNG match the golden images", "[render][export][golden]")
{
    DemoDiagram demo;
    const Diagram d = demo.laidOut(LayoutKind::ForceDirected);
    test::TempDir out;
    const QString golden = QStringLiteral(NETZATLAS_GOLDEN_DIR);
    const QString failures = QStringLiteral(NETZATLAS_TEST_OUTPUT_DIR);

    const QImage fromPdf = pdfPageAt60Dpi(d, out);
    const QString pdfResult = test::checkGolden(fromPdf, golden + QStringLiteral("/demo-kraefte-pdf.png"), failures);
    INFO(pdfResult.toStdString());
    CHECK(pdfResult.isEmpty());

    ExportOptions svg;
    svg.format = ExportFormat::Svg;
    const QString svgPath = out.file(QStringLiteral("gebiete.svg"));
    REQUIRE(exportDiagram(d, svgPath, svg).ok());
    run(QStringLiteral("rsvg-convert"),
        {QStringLiteral("-w"), QStringLiteral("702"), QStringLiteral("-h"), QStringLiteral("496"), QStringLiteral("-b"),
         QStringLiteral("white"), QStringLiteral("-o"), out.file(QStringLiteral("svg.png")), svgPath});
    const QImage fromSvg(out.file(QStringLiteral("svg.png")));
    const QString svgResult = test::checkGolden(fromSvg, golden + QStringLiteral("/demo-kraefte-svg.png"), failures);
    INFO(svgResult.toStdString());
    CHECK(svgResult.isEmpty());

    // SVG and PDF show the same page: compared with each other they differ only in rasteriser details.
    const test::ImageDiff across = test::compareImages(fromSvg, fromPdf);
    INFO(across.describe().toStdString());
    CHECK(across.sameSize);
    CHECK(across.differingShare < 0.06); // two rasterisers: anti-aliased edges differ, the page does not

    // The comparison is not blind: a page without its legend fails.
    Diagram noLegend = d;
    noLegend.legend.clear();
    test::TempDir outNoLegend;
    CHECK_FALSE(test::compareImages(pdfPageAt60Dpi(noLegend, outNoLegend), fromPdf).withinTolerance());
}
