// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DiagramExport.h"

#include "CommandSupport.h"

#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramExporter.h>
#include <netzatlas/render/ViewCache.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>

#include <sys/resource.h>

#include <algorithm>

namespace netzatlas::cli {

using namespace netzatlas::render;

namespace {

QString formatArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if ((a == u"--format" || a == u"-format") && i + 1 < arguments.size())
            return arguments[i + 1].toLower();
        if (a.startsWith(QStringLiteral("--format=")))
            return a.mid(9).toLower();
    }
    return {};
}

/// `--anonymize` takes an optional list of type codes, which QCommandLineParser cannot express: a bare flag is
/// rewritten to `--anonymize=` (default types); a following argument counts as the list only when it looks like
/// one (upper-case codes separated by commas), so that `--anonymize REGISTRY` keeps the registry.
QStringList normaliseAnonymize(const QStringList &arguments)
{
    static const QRegularExpression codes(QStringLiteral("^[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*$"));
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--anonymize") {
            if (i + 1 < arguments.size() && codes.match(arguments[i + 1]).hasMatch()) {
                out << QStringLiteral("--anonymize=") + arguments[i + 1];
                ++i;
            } else {
                out << QStringLiteral("--anonymize=");
            }
        } else {
            out << arguments[i];
        }
    }
    return out;
}

QString paperName(QPageSize::PageSizeId id)
{
    return id == QPageSize::A3 ? QStringLiteral("A3") : QStringLiteral("A4");
}

} // namespace

bool DiagramExport::handles(const QStringList &arguments)
{
    return exportFormatFromName(formatArgument(arguments)).has_value();
}

QString DiagramExport::usage()
{
    return QStringLiteral("netzatlas-cli export REGISTRY --format svg|pdf|png --out FILE [--view NAME] "
                          "[--layout kraefte|gebiete|bildungskette|ringe] [--center KEY] [--title TEXT] "
                          "[--paper A4|A3] [--landscape|--portrait] [--dpi N] [--anonymize [TYPES]] [--at DATE] "
                          "[--size-by degree|betweenness|budget|none] [--color-by type|pillar] [--pdfa]");
}

int DiagramExport::run(const QStringList &rawArguments, const Command &command, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("Format: svg, pdf oder png"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Zieldatei"), QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"), tr("gespeicherte Ansicht"), QStringLiteral("NAME"));
    const QCommandLineOption layout(QStringLiteral("layout"), tr("kraefte, gebiete, bildungskette oder ringe"),
                                    QStringLiteral("LAYOUT"));
    const QCommandLineOption center(QStringLiteral("center"), tr("Schlüssel des Akteurs in der Mitte (ringe)"),
                                    QStringLiteral("KEY"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Titel"), QStringLiteral("TEXT"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("A4 (Standard) oder A3"), QStringLiteral("SIZE"));
    const QCommandLineOption landscape(QStringLiteral("landscape"), tr("Querformat (Standard)"));
    const QCommandLineOption portrait(QStringLiteral("portrait"), tr("Hochformat"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Auflösung des PNG (Standard 300)"), QStringLiteral("N"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"),
                                       tr("Pseudonyme für diese Akteurstypen (Standard: Schulen, Kitas, "
                                          "Kindertagespflege, Familienzentren)"),
                                       QStringLiteral("TYPES"));
    const QCommandLineOption at(QStringLiteral("at"), tr("Stichtag JJJJ-MM-TT"), QStringLiteral("DATE"));
    const QCommandLineOption sizeBy(QStringLiteral("size-by"), tr("Symbolgröße nach degree, betweenness, budget, none"),
                                    QStringLiteral("MEASURE"));
    const QCommandLineOption colorBy(QStringLiteral("color-by"), tr("Füllfarbe nach type oder pillar"),
                                     QStringLiteral("MODE"));
    const QCommandLineOption pdfA(QStringLiteral("pdfa"), tr("PDF/A-1b zur Archivierung"));
    parser.addOptions({format, out, view, layout, center, title, paper, landscape, portrait, dpi, anonymize, at, sizeBy,
                       colorBy, pdfA});
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("Registry-Datei"));
    if (!parseArguments(parser, normaliseAnonymize(rawArguments), command, context))
        return Usage;
    auto usageError = [&](const QString &message) {
        context.err << message << Qt::endl << tr("Aufruf: %1").arg(usage()) << Qt::endl;
        return Usage;
    };
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out))
        return usageError(tr("Fehler: REGISTRY, --format und --out sind nötig."));

    ExportOptions options;
    options.format = *exportFormatFromName(parser.value(format));
    if (parser.isSet(paper)) {
        const QString p = parser.value(paper).toUpper();
        if (p == u"A4")
            options.page.paper = QPageSize::A4;
        else if (p == u"A3")
            options.page.paper = QPageSize::A3;
        else
            return usageError(tr("Fehler: --paper erwartet A4 oder A3, nicht „%1“.").arg(parser.value(paper)));
    }
    if (parser.isSet(landscape) && parser.isSet(portrait))
        return usageError(tr("Fehler: --landscape und --portrait schließen einander aus."));
    options.page.landscape = !parser.isSet(portrait);
    if (parser.isSet(dpi)) {
        bool ok = false;
        const int value = parser.value(dpi).toInt(&ok);
        if (!ok || value < 50 || value > 1200)
            return usageError(
                tr("Fehler: --dpi erwartet eine Zahl von 50 bis 1200, nicht „%1“.").arg(parser.value(dpi)));
        options.dpi = value;
    }
    options.pdfA = parser.isSet(pdfA);

    const QString target = parser.value(out);
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return usageError(tr("Fehler: --out „%1“ ist ein Ordner; bitte einen Dateinamen angeben.").arg(target));
    if (!targetInfo.absoluteDir().exists()) {
        context.err << tr("Fehler: Der Ordner „%1“ für --out existiert nicht.").arg(targetInfo.absolutePath())
                    << Qt::endl;
        return Rejected;
    }

    auto registry = openRegistry(parser.positionalArguments().constFirst(), context, true);
    if (!registry)
        return Rejected;

    DiagramSpec spec;
    if (parser.isSet(view)) {
        auto views = registry->views();
        if (!views.ok()) {
            printError(context, views.error());
            return Rejected;
        }
        const SavedView *found = nullptr;
        QStringList names;
        for (const SavedView &v : *views) {
            names << v.name;
            if (v.name.compare(parser.value(view), Qt::CaseInsensitive) == 0)
                found = &v;
        }
        if (!found) {
            context.err << (names.isEmpty()
                                ? tr("Fehler: Die Registry hat keine gespeicherten Ansichten; „%1“ gibt es nicht.")
                                      .arg(parser.value(view))
                                : tr("Fehler: Die Ansicht „%1“ gibt es nicht (vorhanden: %2).")
                                      .arg(parser.value(view), names.join(QStringLiteral(", "))))
                        << Qt::endl;
            return Rejected;
        }
        auto positions = registry->positions(found->id);
        if (!positions.ok()) {
            printError(context, positions.error());
            return Rejected;
        }
        auto parsed = DiagramSpec::fromSavedView(*found, *positions);
        if (!parsed.ok()) {
            printError(context, parsed.error());
            return Rejected;
        }
        spec = std::move(parsed).value();
    }
    if (parser.isSet(layout)) {
        const auto kind = layoutKindFromName(parser.value(layout).toLower());
        if (!kind)
            return usageError(tr("Fehler: Unbekanntes Layout „%1“ (kraefte, gebiete, bildungskette, ringe).")
                                  .arg(parser.value(layout)));
        if (*kind != spec.layout)
            spec.positions.clear(); // positions of a view belong to its own layout
        spec.layout = *kind;
    }
    if (parser.isSet(center))
        spec.filter.centerKey = parser.value(center);
    if (parser.isSet(title))
        spec.title = parser.value(title);
    if (parser.isSet(at)) {
        const QDate day = QDate::fromString(parser.value(at), Qt::ISODate);
        if (!day.isValid())
            return usageError(tr("Fehler: --at erwartet ein Datum JJJJ-MM-TT, nicht „%1“.").arg(parser.value(at)));
        spec.filter.at = day;
    }
    if (parser.isSet(sizeBy)) {
        const auto measure = sizeMeasureFromName(parser.value(sizeBy));
        if (!measure)
            return usageError(tr("Fehler: --size-by erwartet degree, betweenness, budget oder none, nicht „%1“.")
                                  .arg(parser.value(sizeBy)));
        spec.style.sizeBy = *measure;
    }
    if (parser.isSet(colorBy)) {
        const QString mode = parser.value(colorBy).toLower();
        if (mode != u"type" && mode != u"pillar")
            return usageError(
                tr("Fehler: --color-by erwartet type oder pillar, nicht „%1“.").arg(parser.value(colorBy)));
        spec.style.colorBy = mode == u"pillar" ? ColorMode::Pillar : ColorMode::ActorType;
    }

    auto source = DiagramSource::load(*registry);
    if (!source.ok()) {
        printError(context, source.error());
        return Rejected;
    }
    if (parser.isSet(anonymize)) {
        spec.style.anonymize = true;
        const QString list = parser.value(anonymize).trimmed();
        spec.style.anonymizeTypes = list.isEmpty() ? defaultAnonymizedTypes() : list.split(QLatin1Char(','));
        QStringList known;
        for (const CatalogueEntry &e : source->actorTypes)
            known << e.code;
        for (const QString &code : std::as_const(spec.style.anonymizeTypes))
            if (!known.contains(code))
                return usageError(tr("Fehler: --anonymize: Den Akteurstyp „%1“ gibt es nicht (z. B. %2).")
                                      .arg(code, known.mid(0, 6).join(QStringLiteral(", "))));
    }
    if (spec.layout == LayoutKind::ConcentricRings && spec.filter.centerKey.isEmpty())
        return usageError(tr("Fehler: --layout ringe braucht --center SCHLÜSSEL (Akteur in der Mitte)."));

    auto diagram = buildLaidOutDiagram(*source, spec);
    if (!diagram.ok()) {
        printError(context, diagram.error());
        return Rejected;
    }
    auto report = exportDiagram(*diagram, target, options);
    if (!report.ok()) {
        printError(context, report.error());
        return Rejected;
    }
    context.out << tr("geschrieben: %1 (%2 %3, %4 Akteure, %5 Verbindungen)")
                       .arg(target, paperName(options.page.paper), options.page.landscape ? tr("quer") : tr("hoch"))
                       .arg(report->nodes)
                       .arg(report->links)
                << Qt::endl;
    if (report->labelsShortened > 0 || report->labelsHidden > 0)
        context.out << tr("Beschriftungen: %1 gekürzt, %2 aus Platzgründen ausgeblendet (größeres Papier oder "
                          "Filter helfen).")
                           .arg(report->labelsShortened)
                           .arg(report->labelsHidden)
                    << Qt::endl;
    return Success;
}

} // namespace netzatlas::cli

namespace netzatlas::cli {

QJsonObject DiagramExport::bench(std::shared_ptr<const analysis::AnalysisInput> input, const QString &dir,
                                 const std::function<void(const QString &, double, double)> &log)
{
    QJsonObject figures;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return figures;
    QElapsedTimer timer;
    // CPU seconds beside the wall clock: on a shared machine they are what an idle one would show.
    auto cpuNow = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    double cpuMark = cpuNow();
    double lastCpu = 0.0;
    auto lap = [&] {
        const double s = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const double c = cpuNow();
        lastCpu = c - cpuMark;
        cpuMark = c;
        return s;
    };
    timer.start();
    DiagramSource source = DiagramSource::fromInput(std::move(input), tr("Benchmark"));
    source.today = QDate(2025, 3, 1);
    DiagramSpec spec;
    auto built = buildDiagram(source, spec);
    if (!built.ok())
        return figures;
    Diagram diagram = std::move(built).value();
    const double buildSeconds = lap();
    log(tr("Diagramm aufbauen (Filter, Größen, Legende)"), buildSeconds, lastCpu);
    LayoutOptions layoutOptions;
    auto layout = computeLayout(toLayoutGraph(diagram), layoutOptions);
    if (!layout.ok())
        return figures;
    applyLayout(diagram, *layout);
    const double layoutSeconds = lap();
    log(tr("Layout kraefte (Kräfte)"), layoutSeconds, lastCpu);
    figures.insert(QStringLiteral("layoutForceCpuSeconds"), lastCpu);
    figures.insert(QStringLiteral("diagramBuildSeconds"), buildSeconds);
    figures.insert(QStringLiteral("layoutForceSeconds"), layoutSeconds);

    for (ExportFormat format : {ExportFormat::Svg, ExportFormat::Pdf}) {
        ExportOptions options;
        options.format = format;
        const bool svg = format == ExportFormat::Svg;
        const QString path = QDir(dir).filePath(svg ? QStringLiteral("bench.svg") : QStringLiteral("bench.pdf"));
        lap();
        auto written = exportDiagram(diagram, path, options);
        const double seconds = lap();
        if (!written.ok())
            continue;
        log(svg ? tr("Export SVG (A4 quer)") : tr("Export PDF (A4 quer)"), seconds, lastCpu);
        figures.insert(svg ? QStringLiteral("exportSvgSeconds") : QStringLiteral("exportPdfSeconds"), seconds);
        figures.insert(svg ? QStringLiteral("exportSvgCpuSeconds") : QStringLiteral("exportPdfCpuSeconds"), lastCpu);
    }

    // Panning: a full-HD view at twice (and four times) the zoom that shows the whole network, dragged by 6 px right
    // and 3 px down
    // per frame for 120 frames, painted exactly as MapView paints it: through a ViewCache (tiles), with the
    // missing tiles of a drag left to the background and rendered after the drag (MapView renders them once the
    // mouse pauses or is released). The frames are timed alone and, honestly, together with the tiles the cache
    // renders when the drag leaves the cached area (all of them counted and timed, whether they are rendered in
    // a frame or afterwards at rest). The full re-render of a frame (what every frame cost before the cache) is
    // measured as its own line.
    auto pan = [&](double zoomFactor, const QString &suffix) {
        DiagramRenderer renderer(diagram);
        QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        Viewport viewport = Viewport::fitting(diagram.bounds, QSizeF(frame.size()), 20);
        viewport.zoom *= zoomFactor;
        // The drag (720 × 360 px) crosses the middle of the network.
        viewport.center -= QPointF(360.0, 180.0) / viewport.zoom;
        viewport = ViewCache::snapped(viewport, 1.0);
        RenderOptions options;
        options.fontSize = 11.0;
        lap();
        (void)renderer.labels(viewport, options);
        const double placement = lap();
        const double placementCpu = lastCpu;
        // Full re-render (the time of every frame without the cache, and of the first picture after a change).
        constexpr int fullFrames = 5;
        for (int i = 0; i < fullFrames; ++i) {
            frame.fill(options.background);
            QPainter painter(&frame);
            Viewport v = viewport;
            v.center += QPointF(6.0 * i / v.zoom, 3.0 * i / v.zoom);
            renderer.paint(painter, v, options);
        }
        const double fullMs = lap() * 1000.0 / fullFrames;
        const double fullCpuMs = lastCpu * 1000.0 / fullFrames;
        // The first picture at rest (rendered directly, as the cache does when most tiles are missing), then the tiles
        // of the view and of the margin rendered ahead at idle time.
        ViewCache cache(&renderer);
        {
            QPainter painter(&frame);
            (void)cache.paint(painter, viewport, options, ViewCache::Missing::Render);
        }
        const double restMs = lap() * 1000.0;
        const double restCpuMs = lastCpu * 1000.0;
        while (cache.prefetch(1000.0) > 0) {
        }
        const double marginMs = lap() * 1000.0;
        const double marginCpuMs = lastCpu * 1000.0;
        const qint64 tilesBeforeDrag = cache.tilesRenderedTotal();
        constexpr int frames = 120;
        double worstFrameMs = 0.0;
        int framesWithGaps = 0;
        QElapsedTimer frameTimer;
        for (int i = 0; i < frames; ++i) {
            frameTimer.start();
            viewport.center += QPointF(6.0 / viewport.zoom, 3.0 / viewport.zoom);
            viewport = ViewCache::snapped(viewport, 1.0);
            QPainter painter(&frame);
            const ViewCache::FrameStats stats = cache.paint(painter, viewport, options, ViewCache::Missing::Background);
            painter.end();
            if (stats.tilesMissing > 0)
                ++framesWithGaps;
            worstFrameMs = std::max(worstFrameMs, static_cast<double>(frameTimer.nsecsElapsed()) / 1e6);
        }
        const double dragSeconds = lap();
        const double dragCpu = lastCpu;
        // What the drag uncovered and the new margin, rendered at rest as MapView does after the drag.
        while (cache.prefetch(1000.0) > 0) {
        }
        const double refillSeconds = lap();
        const double refillCpu = lastCpu;
        const qint64 tilesForDrag = cache.tilesRenderedTotal() - tilesBeforeDrag;
        const double msPerFrame = dragSeconds * 1000.0 / frames;
        const double cpuMsPerFrame = dragCpu * 1000.0 / frames;
        const double withRendersMs = (dragSeconds + refillSeconds) * 1000.0 / frames;
        const double withRendersCpuMs = (dragCpu + refillCpu) * 1000.0 / frames;
        auto fps = [](double ms) { return 1000.0 / std::max(0.001, ms); };
        const QString z = QStringLiteral("[%1×] ").arg(zoomFactor);
        log(z + tr("Beschriftungen platzieren (1920×1080, einmal je Zoomstufe)"), placement, placementCpu);
        log(z + tr("Voll neu zeichnen 1920×1080 (ohne Cache; %1 fps)").arg(fps(fullMs), 0, 'f', 1), fullMs / 1000.0,
            fullCpuMs / 1000.0);
        log(z + tr("erstes Bild nach einer Änderung (direkt gezeichnet)"), restMs / 1000.0, restCpuMs / 1000.0);
        log(z + tr("Kacheln im Leerlauf: Bild und Rand (%1 Kacheln)").arg(tilesBeforeDrag), marginMs / 1000.0,
            marginCpuMs / 1000.0);
        log(z + tr("Verschieben: Zeit pro Bild (%1 fps; CPU: %2 fps; langsamstes Bild %3 ms)")
                    .arg(fps(msPerFrame), 0, 'f', 0)
                    .arg(fps(cpuMsPerFrame), 0, 'f', 0)
                    .arg(worstFrameMs, 0, 'f', 1),
            msPerFrame / 1000.0, cpuMsPerFrame / 1000.0);
        log(z + tr("Verschieben mit Nachrendern: %1 Kacheln, pro Bild (%2 fps)")
                    .arg(tilesForDrag)
                    .arg(fps(withRendersMs), 0, 'f', 0),
            withRendersMs / 1000.0, withRendersCpuMs / 1000.0);
        figures.insert(QStringLiteral("labelPlacementSeconds") + suffix, placement);
        figures.insert(QStringLiteral("fullFrameMilliseconds") + suffix, fullMs);
        figures.insert(QStringLiteral("fullFrameCpuMilliseconds") + suffix, fullCpuMs);
        figures.insert(QStringLiteral("restFrameMilliseconds") + suffix, restMs);
        figures.insert(QStringLiteral("tilesPrefetchMilliseconds") + suffix, marginMs);
        figures.insert(QStringLiteral("tilesPrefetched") + suffix, static_cast<double>(tilesBeforeDrag));
        figures.insert(QStringLiteral("panFrames") + suffix, frames);
        figures.insert(QStringLiteral("panFramesWithGaps") + suffix, framesWithGaps);
        figures.insert(QStringLiteral("panWorstFrameMilliseconds") + suffix, worstFrameMs);
        figures.insert(QStringLiteral("panTilesRendered") + suffix, static_cast<double>(tilesForDrag));
        figures.insert(QStringLiteral("panRefillSeconds") + suffix, refillSeconds);
        figures.insert(QStringLiteral("panFrameCpuMilliseconds") + suffix, cpuMsPerFrame);
        figures.insert(QStringLiteral("panFrameMilliseconds") + suffix, msPerFrame);
        figures.insert(QStringLiteral("panFramesPerSecond") + suffix, fps(msPerFrame));
        figures.insert(QStringLiteral("panFrameWithRendersMilliseconds") + suffix, withRendersMs);
        figures.insert(QStringLiteral("panFramesPerSecondWithRenders") + suffix, fps(withRendersMs));
    };
    pan(2.0, QString());
    pan(4.0, QStringLiteral("Zoom4"));
    return figures;
}

} // namespace netzatlas::cli
