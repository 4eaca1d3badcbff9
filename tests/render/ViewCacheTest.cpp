// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramRenderer.h>
#include <netzatlas/render/ViewCache.h>

#include "ImageDiff.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

#include <algorithm>

using namespace netzatlas;
using namespace netzatlas::render;

namespace {

Diagram demoDiagram()
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    auto source = DiagramSource::load(*registry);
    REQUIRE(source.ok());
    auto d = buildLaidOutDiagram(*source, DiagramSpec{});
    if (!d.ok())
        FAIL(d.error().toString().toStdString());
    return std::move(d).value();
}

QImage blank(QSize size, double dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    return image;
}

/// What the view shows without any cache.
QImage direct(DiagramRenderer &renderer, const Viewport &viewport, const RenderOptions &options, double dpr)
{
    QImage image = blank(viewport.size.toSize(), dpr);
    QPainter painter(&image);
    renderer.paint(painter, viewport, options);
    return image;
}

QImage cached(ViewCache &cache, const Viewport &viewport, const RenderOptions &options, double dpr,
              ViewCache::Missing missing, ViewCache::FrameStats *stats = nullptr)
{
    QImage image(viewport.size.toSize() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::red); // every pixel must be painted by the cache
    QPainter painter(&image);
    const ViewCache::FrameStats s = cache.paint(painter, viewport, options, missing);
    if (stats)
        *stats = s;
    return image;
}

/// Blitted tiles against a direct render: the same picture. Anti-aliased edges of a line cut at a tile border
/// may differ by a few levels (floating point of the clipped geometry), nothing more.
void requireSame(const QImage &actual, const QImage &expected)
{
    const test::ImageDiff diff = test::compareImages(actual, expected, 24);
    INFO(diff.describe().toStdString());
    REQUIRE(diff.sameSize);
    CHECK(diff.differingShare < 0.0002);
    CHECK(diff.meanDifference < 0.05);
}

Viewport viewFor(const Diagram &d, double dpr, double zoomFactor = 2.0)
{
    Viewport v = Viewport::fitting(d.bounds, QSizeF(700, 500), 20);
    v.zoom *= zoomFactor;
    return ViewCache::snapped(v, dpr);
}

} // namespace

TEST_CASE("A view panned within the cached margin is blitted from tiles and equals a direct render",
          "[render][viewcache]")
{
    const double dpr = GENERATE(1.0, 2.0);
    INFO("device pixel ratio " << dpr);
    const Diagram d = demoDiagram();
    DiagramRenderer renderer(d);
    RenderOptions options;
    options.fontSize = 9.0;
    ViewCache cache(&renderer);
    Viewport v = viewFor(d, dpr);

    ViewCache::FrameStats stats;
    // The first picture: the view rendered directly, the tiles are still to come.
    const QImage first = cached(cache, v, options, dpr, ViewCache::Missing::Render, &stats);
    CHECK(stats.directRender);
    CHECK(stats.tilesRendered == 0);
    const QImage expected = direct(renderer, v, options, dpr);
    requireSame(first, expected);

    // The visible tiles and the margin rendered ahead (as the widget does at idle time): the same picture from tiles.
    while (cache.prefetch(1000.0) > 0) {
    }
    CHECK(cache.missingTiles(true) == 0);
    requireSame(cached(cache, v, options, dpr, ViewCache::Missing::Background, &stats), expected);
    CHECK(stats.tilesMissing == 0);
    CHECK_FALSE(stats.directRender);

    // Then a pan of a few dozen pixels per step.
    const qint64 rendered = cache.tilesRenderedTotal();
    for (const QPointF step : {QPointF(37, -23), QPointF(-110, 64), QPointF(6, 3)}) {
        v.center += step / v.zoom;
        v = ViewCache::snapped(v, dpr);
        const QImage panned = cached(cache, v, options, dpr, ViewCache::Missing::Background, &stats);
        CHECK(stats.tilesMissing == 0);
        CHECK(stats.tilesRendered == 0);
        requireSame(panned, direct(renderer, v, options, dpr));
    }
    CHECK(cache.tilesRenderedTotal() == rendered); // blits only
}

TEST_CASE("A pan beyond the cached area shows the background until the tiles are rendered", "[render][viewcache]")
{
    const Diagram d = demoDiagram();
    DiagramRenderer renderer(d);
    RenderOptions options;
    ViewCache cache(&renderer);
    Viewport v = viewFor(d, 1.0, 4.0);
    (void)cached(cache, v, options, 1.0, ViewCache::Missing::Render);

    // Beyond the rendered tiles (no margin rendered ahead here): the drag shows the background there.
    const auto rightmost = std::max_element(
        d.nodes.begin(), d.nodes.end(), [](const auto &a, const auto &b) { return a.position.x() < b.position.x(); });
    REQUIRE((rightmost->position.x() - v.center.x()) * v.zoom > 700); // beyond the tiles of the first view
    v.center = rightmost->position;
    v = ViewCache::snapped(v, 1.0);
    ViewCache::FrameStats stats;
    const QImage during = cached(cache, v, options, 1.0, ViewCache::Missing::Background, &stats);
    CHECK(stats.tilesMissing > 0);
    CHECK(cache.missingTiles(false) == stats.tilesMissing);
    const QImage expected = direct(renderer, v, options, 1.0);
    CHECK(test::compareImages(during, expected, 24).differingShare > 0.001);

    // At rest: rendered in slices by prefetch, then a blit equals the direct render.
    int visible = 0;
    int total = 0;
    while (cache.missingTiles(false) > 0) {
        int n = 0;
        REQUIRE(cache.prefetch(1.0, &n) > 0);
        visible += n;
        ++total;
    }
    CHECK(visible == stats.tilesMissing);
    CHECK(total >= 1);
    const QImage after = cached(cache, v, options, 1.0, ViewCache::Missing::Background, &stats);
    CHECK(stats.tilesMissing == 0);
    requireSame(after, expected);
}

TEST_CASE("The view cache renders again after a selection, highlight, zoom or diagram change", "[render][viewcache]")
{
    Diagram d = demoDiagram();
    DiagramRenderer renderer(d);
    RenderOptions options;
    ViewCache cache(&renderer);
    const Viewport v = viewFor(d, 1.0);
    const QImage plain = cached(cache, v, options, 1.0, ViewCache::Missing::Render);
    ViewCache::FrameStats stats;

    SECTION("selection")
    {
        options.selectedNodes = {0, 3};
        const QImage selected = cached(cache, v, options, 1.0, ViewCache::Missing::Render, &stats);
        CHECK((stats.tilesRendered > 0 || stats.directRender));
        const QImage expected = direct(renderer, v, options, 1.0);
        CHECK(test::compareImages(plain, expected, 24).differingShare > 0.001); // the selection shows
        requireSame(selected, expected);
        // Back to no selection: rendered again, not the selected tiles.
        options.selectedNodes.clear();
        requireSame(cached(cache, v, options, 1.0, ViewCache::Missing::Render), plain);
    }
    SECTION("highlight")
    {
        options.highlightedNodes = {1, 2};
        options.dimOthers = true;
        const QImage highlighted = cached(cache, v, options, 1.0, ViewCache::Missing::Render, &stats);
        CHECK((stats.tilesRendered > 0 || stats.directRender));
        requireSame(highlighted, direct(renderer, v, options, 1.0));
    }
    SECTION("zoom: the scaled old tiles during the wheel, the new ones at rest")
    {
        Viewport zoomed = v;
        zoomed.zoom *= 1.25;
        zoomed = ViewCache::snapped(zoomed, 1.0);
        const QImage during = cached(cache, zoomed, options, 1.0, ViewCache::Missing::Background, &stats);
        CHECK(stats.staleShown);
        CHECK(stats.tilesMissing > 0);
        const QImage expected = direct(renderer, zoomed, options, 1.0);
        requireSame(cached(cache, zoomed, options, 1.0, ViewCache::Missing::Render, &stats), expected);
        CHECK((stats.tilesRendered > 0 || stats.directRender));
        CHECK_FALSE(stats.staleShown);
        CHECK(test::compareImages(during, expected, 24).differingShare > 0.001); // scaled, not the final picture
        CHECK(test::compareImages(during, blank(QSize(700, 500), 1.0), 24).differingShare > 0.01); // not blank
    }
    SECTION("diagram: moved nodes after invalidate()")
    {
        for (DiagramNode &n : d.nodes)
            n.position += QPointF(25, 10);
        renderer.invalidate();
        cache.invalidate();
        const QImage moved = cached(cache, v, options, 1.0, ViewCache::Missing::Render, &stats);
        CHECK((stats.tilesRendered > 0 || stats.directRender));
        const QImage expected = direct(renderer, v, options, 1.0);
        CHECK(test::compareImages(plain, expected, 24).differingShare > 0.001);
        requireSame(moved, expected);
    }
}

TEST_CASE("Snapping puts the pan offset on the device pixel grid and moves by less than a pixel", "[render][viewcache]")
{
    Viewport v;
    v.size = QSizeF(801, 603);
    v.zoom = 1.37;
    v.center = QPointF(123.456, -78.9);
    for (double dpr : {1.0, 1.5, 2.0}) {
        const Viewport s = ViewCache::snapped(v, dpr);
        const QPointF offset = QPointF(s.size.width() / 2, s.size.height() / 2) - s.center * s.zoom;
        CHECK(std::abs(offset.x() * dpr - std::round(offset.x() * dpr)) < 1e-6);
        CHECK(std::abs(offset.y() * dpr - std::round(offset.y() * dpr)) < 1e-6);
        const QPointF moved = (s.center - v.center) * v.zoom * dpr;
        CHECK(std::abs(moved.x()) <= 0.5 + 1e-9);
        CHECK(std::abs(moved.y()) <= 0.5 + 1e-9);
    }
}
