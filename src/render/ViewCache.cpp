// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/render/ViewCache.h>

#include <QElapsedTimer>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace netzatlas::render {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

ViewCache::ViewCache(DiagramRenderer *renderer)
    : m_renderer(renderer)
{}

ViewCache::~ViewCache() = default;

void ViewCache::setRenderer(DiagramRenderer *renderer)
{
    m_renderer = renderer;
    invalidate();
}

void ViewCache::invalidate()
{
    m_snapshot = QImage();
    m_staleSnapshot = QImage();
    m_tiles.clear();
    m_stale.clear();
    m_generation.valid = false;
    m_staleGeneration.valid = false;
}

bool ViewCache::sameGeneration(const Generation &a, const Generation &b)
{
    const RenderOptions &x = a.options;
    const RenderOptions &y = b.options;
    return a.valid && b.valid && a.zoom == b.zoom && a.dpr == b.dpr && a.dpiX == b.dpiX && a.dpiY == b.dpiY &&
           x.symbolScale == y.symbolScale && x.fontSize == y.fontSize && x.labels == y.labels && x.groups == y.groups &&
           x.antialias == y.antialias && x.background == y.background && x.selectedNodes == y.selectedNodes &&
           x.highlightedNodes == y.highlightedNodes && x.highlightedLinks == y.highlightedLinks &&
           x.dimOthers == y.dimOthers && x.labelBounds == y.labelBounds;
}

Viewport ViewCache::snapped(const Viewport &viewport, double devicePixelRatio)
{
    // Pan offset: where the scene origin lands in the view (see DiagramRenderer::paint).
    Viewport v = viewport;
    const QPointF half(v.size.width() / 2.0, v.size.height() / 2.0);
    const QPointF offset = half - v.center * v.zoom;
    const QPointF device(std::round(offset.x() * devicePixelRatio), std::round(offset.y() * devicePixelRatio));
    v.center = (half - device / devicePixelRatio) / v.zoom;
    return v;
}

QPoint ViewCache::viewOrigin(const Viewport &viewport) const
{
    const double dpr = m_generation.dpr;
    const QPointF offset =
        QPointF(viewport.size.width() / 2.0, viewport.size.height() / 2.0) - viewport.center * viewport.zoom;
    return QPoint(static_cast<int>(std::llround(-offset.x() * dpr)), static_cast<int>(std::llround(-offset.y() * dpr)));
}

ViewCache::Range ViewCache::visibleRange() const
{
    return rangeAround(0.0);
}

ViewCache::Range ViewCache::marginRange() const
{
    return rangeAround(m_marginScreens);
}

ViewCache::Range ViewCache::rangeAround(double marginScreens) const
{
    const double dpr = m_generation.dpr;
    const qint64 w = static_cast<qint64>(std::ceil(m_viewport.size.width() * dpr));
    const qint64 h = static_cast<qint64>(std::ceil(m_viewport.size.height() * dpr));
    Range r;
    if (w <= 0 || h <= 0)
        return r;
    const qint64 mx = static_cast<qint64>(std::ceil(static_cast<double>(w) * marginScreens));
    const qint64 my = static_cast<qint64>(std::ceil(static_cast<double>(h) * marginScreens));
    r.x0 = floorDiv(m_origin.x() - mx, TileSize);
    r.y0 = floorDiv(m_origin.y() - my, TileSize);
    r.x1 = floorDiv(m_origin.x() + w + mx - 1, TileSize);
    r.y1 = floorDiv(m_origin.y() + h + my - 1, TileSize);
    return r;
}

int ViewCache::maxTiles() const
{
    const Range m = marginRange();
    const qint64 n = (m.x1 - m.x0 + 1) * (m.y1 - m.y0 + 1);
    return static_cast<int>(std::max<qint64>(24, n + n / 4)); // the view and its margin, and a little history
}

QImage ViewCache::renderTile(qint64 x, qint64 y)
{
    const Generation &g = m_generation;
    QImage image(TileSize, TileSize, QImage::Format_ARGB32_Premultiplied);
    // Same logical dpi as the target device: the renderer sizes its fonts by it.
    image.setDotsPerMeterX(qRound(g.dpiX / 0.0254));
    image.setDotsPerMeterY(qRound(g.dpiY / 0.0254));
    image.setDevicePixelRatio(g.dpr);
    image.fill(g.options.background);
    if (m_renderer) {
        // A viewport that shows exactly this tile: its top left is device pixel (x, y) × TileSize of the grid.
        Viewport tile;
        tile.zoom = g.zoom;
        tile.size = QSizeF(TileSize / g.dpr, TileSize / g.dpr);
        const QPointF topLeft(static_cast<double>(x * TileSize) / g.dpr, static_cast<double>(y * TileSize) / g.dpr);
        tile.center = (topLeft + QPointF(tile.size.width() / 2.0, tile.size.height() / 2.0)) / g.zoom;
        QPainter painter(&image);
        m_renderer->paint(painter, tile, g.options);
    }
    ++m_renderedTotal;
    return image;
}

ViewCache::FrameStats ViewCache::paint(QPainter &painter, const Viewport &viewport, const RenderOptions &options,
                                       Missing missing)
{
    FrameStats stats;
    const QPaintDevice *device = painter.device();
    Generation next;
    next.valid = true;
    next.zoom = viewport.zoom;
    next.dpr = device ? device->devicePixelRatio() : 1.0;
    next.dpiX = device ? device->logicalDpiX() : 96;
    next.dpiY = device ? device->logicalDpiY() : 96;
    next.options = options;
    if (!sameGeneration(next, m_generation)) {
        // Keep the old tiles as the stale layer while the new ones are missing; a generation without tiles (two
        // changes in a row) does not replace a useful stale layer.
        if (m_generation.valid && (!m_tiles.isEmpty() || !m_snapshot.isNull())) {
            m_stale = std::move(m_tiles);
            m_staleSnapshot = std::move(m_snapshot);
            m_staleSnapshotOrigin = m_snapshotOrigin;
            m_staleGeneration = m_generation;
        }
        m_tiles.clear();
        m_snapshot = QImage();
        m_generation = next;
    }
    m_viewport = viewport;
    m_origin = viewOrigin(viewport);
    const Range visible = visibleRange();
    const double dpr = m_generation.dpr;
    ++m_clock;

    int visibleMissing = 0;
    for (qint64 y = visible.y0; y <= visible.y1; ++y)
        for (qint64 x = visible.x0; x <= visible.x1; ++x)
            if (!m_tiles.contains(tileKey(x, y)))
                ++visibleMissing;
    const qint64 visibleCount = (visible.x1 - visible.x0 + 1) * (visible.y1 - visible.y0 + 1);
    const QSize viewPixels(static_cast<int>(std::ceil(viewport.size.width() * dpr)),
                           static_cast<int>(std::ceil(viewport.size.height() * dpr)));
    bool snapshotIsView = !m_snapshot.isNull() && m_snapshotOrigin == m_origin && m_snapshot.size() == viewPixels;
    if (missing == Missing::Render && visibleMissing > 0 && snapshotIsView) {
        // The snapshot is this very view: nothing to render, the tiles follow at idle time.
    } else if (missing == Missing::Render && visibleMissing > 0 && 2 * visibleMissing >= visibleCount && m_renderer) {
        // First picture: the view directly (cheaper than whole tiles); the tiles follow at idle time.
        QImage image(viewPixels, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(m_generation.dpiX / 0.0254));
        image.setDotsPerMeterY(qRound(m_generation.dpiY / 0.0254));
        image.setDevicePixelRatio(dpr);
        image.fill(options.background);
        {
            QPainter direct(&image);
            m_renderer->paint(direct, viewport, options);
        }
        m_snapshot = std::move(image);
        m_snapshotOrigin = m_origin;
        snapshotIsView = true;
        stats.directRender = true;
    } else if (missing == Missing::Render) {
        for (qint64 y = visible.y0; y <= visible.y1; ++y)
            for (qint64 x = visible.x0; x <= visible.x1; ++x) {
                const qint64 key = tileKey(x, y);
                if (!m_tiles.contains(key)) {
                    m_tiles.insert(key, Tile{renderTile(x, y), m_clock});
                    ++stats.tilesRendered;
                }
            }
    }
    for (qint64 y = visible.y0; y <= visible.y1; ++y)
        for (qint64 x = visible.x0; x <= visible.x1; ++x)
            if (!m_tiles.contains(tileKey(x, y)))
                ++stats.tilesMissing;

    const QRectF view(QPointF(0, 0), viewport.size);
    painter.save();
    if (stats.tilesMissing > 0) {
        painter.fillRect(view, options.background);
        if (m_staleGeneration.valid && !snapshotIsView) {
            // Device pixel W of the stale grid shows scene point W / (zoom' × dpr'), now at W × k − origin.
            const double k = (viewport.zoom * dpr) / (m_staleGeneration.zoom * m_staleGeneration.dpr);
            const QPointF offset =
                QPointF(viewport.size.width() / 2.0, viewport.size.height() / 2.0) - viewport.center * viewport.zoom;
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.setClipRect(view);
            for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it) {
                const qint64 tx = it.key() >> 32;
                const qint64 ty = static_cast<qint32>(it.key() & 0xffffffff);
                const QRectF target(QPointF(static_cast<double>(tx * TileSize) * k / dpr + offset.x(),
                                            static_cast<double>(ty * TileSize) * k / dpr + offset.y()),
                                    QSizeF(TileSize * k / dpr, TileSize * k / dpr));
                if (!target.intersects(view))
                    continue;
                painter.drawImage(target, it->image, QRectF(0, 0, TileSize, TileSize));
                stats.staleShown = true;
            }
            if (!m_staleSnapshot.isNull()) {
                const QSizeF pixels = QSizeF(m_staleSnapshot.size());
                const QRectF target(QPointF(m_staleSnapshotOrigin.x() * k / dpr + offset.x(),
                                            m_staleSnapshotOrigin.y() * k / dpr + offset.y()),
                                    pixels * k / dpr);
                if (target.intersects(view)) {
                    painter.drawImage(target, m_staleSnapshot, QRectF(QPointF(0, 0), pixels));
                    stats.staleShown = true;
                }
            }
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        }
        if (!m_snapshot.isNull())
            painter.drawImage(QPointF(static_cast<double>(m_snapshotOrigin.x() - m_origin.x()) / dpr,
                                      static_cast<double>(m_snapshotOrigin.y() - m_origin.y()) / dpr),
                              m_snapshot);
    } else {
        // Every visible tile is current: the stale layer and the snapshot are no longer needed.
        m_stale.clear();
        m_staleSnapshot = QImage();
        m_staleGeneration.valid = false;
        m_snapshot = QImage();
    }
    // Blits at whole device pixels: the tile's device position minus the view's.
    for (qint64 y = visible.y0; y <= visible.y1; ++y)
        for (qint64 x = visible.x0; x <= visible.x1; ++x) {
            const auto it = m_tiles.find(tileKey(x, y));
            if (it == m_tiles.end())
                continue;
            it->used = m_clock;
            const QPointF at(static_cast<double>(x * TileSize - m_origin.x()) / dpr,
                             static_cast<double>(y * TileSize - m_origin.y()) / dpr);
            painter.drawImage(at, it->image);
        }
    painter.restore();
    evict();
    return stats;
}

int ViewCache::missingTiles(bool withMargin) const
{
    if (!m_generation.valid)
        return 0;
    const Range r = withMargin ? marginRange() : visibleRange();
    int n = 0;
    for (qint64 y = r.y0; y <= r.y1; ++y)
        for (qint64 x = r.x0; x <= r.x1; ++x)
            if (!m_tiles.contains(tileKey(x, y)))
                ++n;
    return n;
}

int ViewCache::prefetch(double budgetMs, int *visibleRendered)
{
    if (visibleRendered)
        *visibleRendered = 0;
    if (!m_generation.valid || !m_renderer)
        return 0;
    const Range visible = visibleRange();
    const Range margin = marginRange();
    // Centre of the view in tile units: the nearest missing tiles first, the visible ones before all others.
    const double cx = (m_origin.x() + m_viewport.size.width() * m_generation.dpr / 2.0) / TileSize - 0.5;
    const double cy = (m_origin.y() + m_viewport.size.height() * m_generation.dpr / 2.0) / TileSize - 0.5;
    struct Candidate
    {
        qint64 x, y;
        bool visible;
        double distance;
    };
    std::vector<Candidate> todo;
    for (qint64 y = margin.y0; y <= margin.y1; ++y)
        for (qint64 x = margin.x0; x <= margin.x1; ++x)
            if (!m_tiles.contains(tileKey(x, y)))
                todo.push_back({x, y, visible.contains(x, y), std::hypot(double(x) - cx, double(y) - cy)});
    std::sort(todo.begin(), todo.end(), [](const Candidate &a, const Candidate &b) {
        if (a.visible != b.visible)
            return a.visible;
        return a.distance < b.distance;
    });
    QElapsedTimer timer;
    timer.start();
    int rendered = 0;
    for (const Candidate &c : todo) {
        if (rendered > 0 && static_cast<double>(timer.nsecsElapsed()) / 1e6 >= budgetMs)
            break;
        m_tiles.insert(tileKey(c.x, c.y), Tile{renderTile(c.x, c.y), m_clock});
        ++rendered;
        if (c.visible && visibleRendered)
            ++*visibleRendered;
    }
    evict();
    return rendered;
}

void ViewCache::evict()
{
    const int limit = maxTiles();
    if (m_tiles.size() <= limit)
        return;
    // Least recently used first, never a tile of the view and its margin.
    const Range keep = marginRange();
    std::vector<std::pair<quint64, qint64>> candidates;
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const qint64 x = it.key() >> 32;
        const qint64 y = static_cast<qint32>(it.key() & 0xffffffff);
        if (!keep.contains(x, y))
            candidates.emplace_back(it->used, it.key());
    }
    std::sort(candidates.begin(), candidates.end());
    for (const auto &[used, key] : candidates) {
        if (m_tiles.size() <= limit)
            break;
        m_tiles.remove(key);
    }
}

} // namespace netzatlas::render
