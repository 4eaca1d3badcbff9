// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Raster cache of the interactive map, so that panning is a blit instead of a repaint of the whole network.
//
// Scheme: square tiles of TileSize device pixels on a grid that is fixed in "zoomed scene" device coordinates
// (scene × zoom × device pixel ratio), i.e. independent of the pan position. A tile is rendered once by the one
// DiagramRenderer (a viewport that shows exactly that tile) and stays valid while zoom, device pixel ratio, the
// render options (selection, highlights, fonts, labels …) and the diagram are unchanged. Panning moves the view
// over the grid: the visible tiles are blitted, and only tiles that come into view for the first time need
// rendering. A fixed grid (rather than one big image around the view) means that a pan never re-renders what is
// already there, and that filling a new area can be cut into small slices of work (one tile each), so that the
// event loop keeps running between them.
//
// The widget keeps a margin of half a screen in every direction rendered ahead (prefetch() at idle time), so a
// drag of up to half a screen shows only cached tiles. Outside the cache the view shows the background (paint()
// with Missing::Background) until the widget renders the missing tiles at rest. After a zoom change the tiles of
// the previous zoom are kept as a "stale" layer and drawn scaled until the new tiles exist (like map
// applications). At most maxTiles() tiles are kept: those of the view and its margin plus a quarter more (about 2 × 2
// screens of pixels, 4 bytes each), least recently used dropped first.
//
// The first picture after a change (zoom, selection, diagram) needs most visible tiles at once; rendering them
// would cost more than a direct render of the view, because whole tiles reach beyond the view's edges. So when at
// least half of the visible tiles are missing, paint() renders the view directly into a snapshot image (exactly
// the picture the tiles would give), and the tiles follow at idle time (prefetch()); until then the snapshot
// stands in for them, also while the view is dragged.
//
// The picture is the same as a direct DiagramRenderer::paint of the view, provided the view's pan offset lies on
// the device pixel grid (snapped()) and RenderOptions::labelBounds is empty (label placement must not depend on
// the pan position; true for the screen).

#include <netzatlas/render/DiagramRenderer.h>

#include <QHash>
#include <QImage>

#include <memory>

class QPainter;

namespace netzatlas::render {

class ViewCache
{
public:
    static constexpr int TileSize = 512; ///< device pixels

    /// What paint() does with visible tiles that are not cached yet.
    enum class Missing {
        Render,     ///< render them now (the picture at rest is complete)
        Background, ///< show the stale layer or the background (during a drag or a wheel zoom)
    };

    struct FrameStats
    {
        int tilesRendered = 0; ///< tiles rendered by this call
        int tilesMissing = 0;  ///< visible tiles left uncached (Missing::Background)
        bool staleShown = false;
        bool directRender = false; ///< the view was rendered directly into the snapshot (first picture)
    };

    explicit ViewCache(DiagramRenderer *renderer = nullptr);
    ~ViewCache();
    ViewCache(const ViewCache &) = delete;
    ViewCache &operator=(const ViewCache &) = delete;

    /// Renderer to draw tiles with (nullptr: none); drops every tile.
    void setRenderer(DiagramRenderer *renderer);
    /// Drops every tile and the stale layer: call after the diagram changed (positions, labels, groups). Changes of
    /// zoom, device pixel ratio or render options are detected by paint() itself.
    void invalidate();

    /// Paints `viewport` (snapped) into the painter, whose device determines pixel ratio and logical dpi; origin
    /// at the top left of the view.
    FrameStats paint(QPainter &painter, const Viewport &viewport, const RenderOptions &options, Missing missing);

    /// Renders uncached tiles of the view of the last paint() and of the margin around it, visible ones first, then
    /// by distance from the view centre, until `budgetMs` is spent (at least one tile). Returns the number of
    /// tiles rendered; `visibleRendered` gets how many of them are visible.
    int prefetch(double budgetMs, int *visibleRendered = nullptr);
    /// Uncached tiles of the view of the last paint() (`withMargin`: and of the margin).
    [[nodiscard]] int missingTiles(bool withMargin) const;

    /// The viewport moved by less than one device pixel so that its pan offset lies on the device pixel grid: a
    /// blit of tiles then equals a direct render.
    [[nodiscard]] static Viewport snapped(const Viewport &viewport, double devicePixelRatio);

    /// Margin rendered ahead around the view, in screens per side (default 0.5).
    void setMarginScreens(double screens) { m_marginScreens = screens; }
    [[nodiscard]] int tileCount() const { return static_cast<int>(m_tiles.size()); }
    [[nodiscard]] int maxTiles() const;
    /// Tiles rendered since construction (statistics for the benchmark and the tests).
    [[nodiscard]] qint64 tilesRenderedTotal() const { return m_renderedTotal; }

private:
    struct Tile
    {
        QImage image;
        quint64 used = 0;
    };
    struct Generation
    {
        double zoom = 0.0;
        double dpr = 0.0;
        int dpiX = 0;
        int dpiY = 0;
        RenderOptions options;
        bool valid = false;
    };
    struct Range
    {
        qint64 x0 = 0, y0 = 0, x1 = -1, y1 = -1; ///< inclusive tile indices
        [[nodiscard]] bool contains(qint64 x, qint64 y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
    };

    [[nodiscard]] static bool sameGeneration(const Generation &a, const Generation &b);
    [[nodiscard]] static qint64 tileKey(qint64 x, qint64 y) { return (x << 32) ^ (y & 0xffffffff); }
    [[nodiscard]] QPoint viewOrigin(const Viewport &viewport) const; ///< device pixel of the view's top left
    [[nodiscard]] Range visibleRange() const;
    [[nodiscard]] Range marginRange() const;
    /// Tiles of the view widened by `marginScreens` screen sizes on every side.
    [[nodiscard]] Range rangeAround(double marginScreens) const;
    QImage renderTile(qint64 x, qint64 y);
    void evict();

    DiagramRenderer *m_renderer = nullptr;
    double m_marginScreens = 0.5;
    Generation m_generation;
    QHash<qint64, Tile> m_tiles;
    // The tiles of the previous generation, drawn scaled while the new ones are missing (zoom).
    Generation m_staleGeneration;
    QHash<qint64, Tile> m_stale;
    QImage m_staleSnapshot; ///< the snapshot of the previous generation, also drawn scaled
    QPoint m_staleSnapshotOrigin;
    // The view rendered directly (current generation) and the device pixel of its top left on the grid.
    QImage m_snapshot;
    QPoint m_snapshotOrigin;
    // The view of the last paint().
    Viewport m_viewport;
    QPoint m_origin;
    quint64 m_clock = 0;
    qint64 m_renderedTotal = 0;
};

} // namespace netzatlas::render
