// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LayoutSupport.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace netzatlas::render::detail {

double Footprint::radius() const
{
    const double dx = std::max(-left, right);
    const double dy = std::max(-top, bottom);
    return std::sqrt(dx * dx + dy * dy);
}

Footprint footprintOf(const LayoutNode &node, double margin, bool labelBeside)
{
    const double w = std::max(1.0, node.size.width());
    const double h = std::max(1.0, node.size.height());
    Footprint f;
    f.left = -w / 2;
    f.right = w / 2;
    f.top = -h / 2;
    f.bottom = h / 2;
    if (labelBeside) {
        const QRectF label = layoutCellLabelRect(node, QPointF(0, 0));
        const double r = std::max(w, h) / 2 + node.ring;
        f.left = f.top = -r;
        f.right = f.bottom = r;
        if (!label.isEmpty()) {
            f.right = label.right();
            f.top = std::min(f.top, label.top());
            f.bottom = std::max(f.bottom, label.bottom());
        }
    } else if (!node.labelSize.isEmpty()) {
        f.left = std::min(f.left, -node.labelSize.width() / 2);
        f.right = std::max(f.right, node.labelSize.width() / 2);
        f.bottom = h / 2 + kLabelGap + node.labelSize.height();
    }
    f.left -= margin;
    f.right += margin;
    f.top -= margin;
    f.bottom += margin;
    return f;
}

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool Monitor::report(int percent)
{
    if (m_cancelled)
        return false;
    if (!m_callback)
        return true;
    percent = std::clamp(percent, 0, 100);
    const auto now = std::chrono::steady_clock::now();
    if (percent == m_last && now - m_lastTime < std::chrono::milliseconds(50))
        return true;
    m_last = percent;
    m_lastTime = now;
    if (!m_callback(percent))
        m_cancelled = true;
    return !m_cancelled;
}

bool Monitor::Range::report(double fraction) const
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    return monitor->report(from + static_cast<int>(std::lround((to - from) * fraction)));
}

Monitor::Range Monitor::Range::sub(double a, double b) const
{
    const double span = to - from;
    return Range{monitor, from + static_cast<int>(std::lround(span * a)),
                 from + static_cast<int>(std::lround(span * b))};
}

CsrGraph CsrGraph::build(int n, std::vector<std::pair<std::pair<int, int>, double>> edges)
{
    std::vector<std::pair<std::pair<int, int>, double>> arcs;
    arcs.reserve(edges.size() * 2);
    for (const auto &[uv, w] : edges) {
        if (uv.first == uv.second)
            continue;
        arcs.push_back({{uv.first, uv.second}, w});
        arcs.push_back({{uv.second, uv.first}, w});
    }
    std::sort(arcs.begin(), arcs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    CsrGraph g;
    g.n = n;
    g.offs.assign(static_cast<std::size_t>(n) + 1, 0);
    for (std::size_t i = 0; i < arcs.size();) {
        std::size_t j = i;
        double w = 0;
        while (j < arcs.size() && arcs[j].first == arcs[i].first)
            w += arcs[j++].second;
        g.nbr.push_back(arcs[i].first.second);
        g.wt.push_back(w);
        ++g.offs[static_cast<std::size_t>(arcs[i].first.first) + 1];
        i = j;
    }
    for (int v = 0; v < n; ++v)
        g.offs[v + 1] += g.offs[v];
    return g;
}

// Overlap removal in two phases. First a few rounds of local pushes: each overlapping pair is pushed apart
// along the axis of the smaller penetration (half each; all of it for the free one of a pinned pair), which
// settles sparse overlaps without changing the picture. Where nodes are jammed (pushes cancel out), the
// nodes still overlapping are taken out and put back one by one, nearest to the centre first, at the free
// spot nearest to where they were (spiral search over a spatial hash of the placed footprints). That
// always finishes and moves only the jammed nodes. Written by hand because neither Qt nor Boost offers
// rectangle overlap removal (Graphviz' prism lives in its own C library that we do not link).
bool removeOverlaps(std::vector<Vec> &positions, const std::vector<Footprint> &footprints,
                    const std::vector<char> &pinned, Monitor::Range progress)
{
    const std::size_t n = positions.size();
    if (n < 2)
        return true;
    std::vector<int> order(n);
    std::vector<Vec> delta(n);
    auto centreOf = [&](int i) {
        return Vec{positions[i].x + (footprints[i].left + footprints[i].right) / 2,
                   positions[i].y + (footprints[i].top + footprints[i].bottom) / 2};
    };
    constexpr int pushRounds = 25;
    std::vector<char> overlapping(n, 0);
    for (int round = 0; round <= pushRounds; ++round) {
        std::fill(delta.begin(), delta.end(), Vec{});
        std::fill(overlapping.begin(), overlapping.end(), 0);
        std::size_t overlaps = 0;
        forOverlaps(positions, footprints, order, [&](int i, int j) {
            if (pinned[i] && pinned[j])
                return true;
            ++overlaps;
            overlapping[i] = overlapping[j] = 1;
            const Vec ci = centreOf(i), cj = centreOf(j);
            const double ox = (footprints[i].width() + footprints[j].width()) / 2 + 0.01 - std::abs(cj.x - ci.x);
            const double oy = (footprints[i].height() + footprints[j].height()) / 2 + 0.01 - std::abs(cj.y - ci.y);
            const double wi = pinned[i] ? 0.0 : (pinned[j] ? 1.0 : 0.5);
            const double wj = 1.0 - wi;
            if (ox <= oy) {
                const double dir = cj.x > ci.x || (cj.x == ci.x && i < j) ? 1.0 : -1.0;
                delta[i].x -= dir * ox * wi;
                delta[j].x += dir * ox * wj;
            } else {
                const double dir = cj.y > ci.y || (cj.y == ci.y && i < j) ? 1.0 : -1.0;
                delta[i].y -= dir * oy * wi;
                delta[j].y += dir * oy * wj;
            }
            return true;
        });
        if (overlaps == 0)
            return true;
        if (round == pushRounds)
            break;
        // Several pushes on one node add up; damping keeps the Jacobi step from overshooting.
        for (std::size_t i = 0; i < n; ++i) {
            if (pinned[i])
                continue;
            positions[i].x += delta[i].x * 0.6;
            positions[i].y += delta[i].y * 0.6;
        }
        if (!progress.report(0.5 * static_cast<double>(round + 1) / pushRounds))
            return false;
    }

    // Phase 2: greedy re-placement of the free nodes that still overlap.
    double cellW = 0, cellH = 0;
    for (std::size_t i = 0; i < n; ++i) {
        cellW += footprints[i].width();
        cellH += footprints[i].height();
    }
    cellW = std::max(1.0, cellW / static_cast<double>(n));
    cellH = std::max(1.0, cellH / static_cast<double>(n));
    std::unordered_map<std::uint64_t, std::vector<int>> grid;
    auto cellKey = [](std::int64_t cx, std::int64_t cy) {
        return (static_cast<std::uint64_t>(cx) << 32) ^ (static_cast<std::uint64_t>(cy) & 0xffffffffULL);
    };
    auto forCells = [&](int i, Vec p, const auto &f) {
        const auto x0 = static_cast<std::int64_t>(std::floor((p.x + footprints[i].left) / cellW));
        const auto x1 = static_cast<std::int64_t>(std::floor((p.x + footprints[i].right) / cellW));
        const auto y0 = static_cast<std::int64_t>(std::floor((p.y + footprints[i].top) / cellH));
        const auto y1 = static_cast<std::int64_t>(std::floor((p.y + footprints[i].bottom) / cellH));
        for (auto cx = x0; cx <= x1; ++cx)
            for (auto cy = y0; cy <= y1; ++cy)
                if (!f(cellKey(cx, cy)))
                    return false;
        return true;
    };
    auto isFree = [&](int i, Vec p) {
        return forCells(i, p, [&](std::uint64_t key) {
            auto it = grid.find(key);
            if (it == grid.end())
                return true;
            for (int j : it->second) {
                if (p.x + footprints[i].left < positions[j].x + footprints[j].right &&
                    positions[j].x + footprints[j].left < p.x + footprints[i].right &&
                    p.y + footprints[i].top < positions[j].y + footprints[j].bottom &&
                    positions[j].y + footprints[j].top < p.y + footprints[i].bottom)
                    return false;
            }
            return true;
        });
    };
    auto insert = [&](int i) {
        forCells(i, positions[i], [&](std::uint64_t key) {
            grid[key].push_back(i);
            return true;
        });
    };
    Vec centroid;
    for (std::size_t i = 0; i < n; ++i) {
        centroid.x += positions[i].x;
        centroid.y += positions[i].y;
    }
    centroid.x /= static_cast<double>(n);
    centroid.y /= static_cast<double>(n);
    std::vector<int> jammed;
    for (std::size_t i = 0; i < n; ++i) {
        if (overlapping[i] && !pinned[i])
            jammed.push_back(static_cast<int>(i));
        else
            insert(static_cast<int>(i));
    }
    auto dist2 = [&](int i) {
        const double dx = positions[i].x - centroid.x, dy = positions[i].y - centroid.y;
        return dx * dx + dy * dy;
    };
    std::sort(jammed.begin(), jammed.end(), [&](int a, int b) {
        const double da = dist2(a), db = dist2(b);
        return da < db || (da == db && a < b);
    });
    const double step = std::min(cellW, cellH) / 3;
    for (std::size_t k = 0; k < jammed.size(); ++k) {
        const int i = jammed[k];
        const Vec want = positions[i];
        Vec found = want;
        bool ok = isFree(i, want);
        for (int ring = 1; !ok; ++ring) {
            // The radius grows faster than the ring count, so that a node far inside a large jam (Land
            // scale) reaches the free border in a few dozen rings instead of hundreds.
            const int samples = 8 * std::min(ring, 24);
            const double r = step * ring * (1.0 + ring / 12.0);
            for (int s = 0; s < samples && !ok; ++s) {
                const double a = 6.283185307179586 * s / samples;
                const Vec p{want.x + r * std::cos(a), want.y + r * std::sin(a)};
                if (isFree(i, p)) {
                    found = p;
                    ok = true;
                }
            }
        }
        positions[i] = found;
        insert(i);
        if (k % 256 == 0 && !progress.report(0.5 + 0.5 * static_cast<double>(k) / static_cast<double>(jammed.size())))
            return false;
    }
    return true;
}

std::vector<Vec> packShelves(const std::vector<Vec> &sizes, double targetWidth, double gap)
{
    std::vector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sizes[a].y > sizes[b].y; });
    std::vector<Vec> out(sizes.size());
    double x = 0, y = 0, rowHeight = 0;
    for (int i : order) {
        if (x > 0 && x + sizes[i].x > targetWidth) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        out[i] = Vec{x, y};
        x += sizes[i].x + gap;
        rowHeight = std::max(rowHeight, sizes[i].y);
    }
    return out;
}

namespace {

constexpr double kCellGapX = 5.0;
constexpr double kCellGapY = 2.0;

/// Skyline bottom-left packing into a strip `width` wide; sizes already include the gap.
std::vector<Vec> skyline(const std::vector<Vec> &sizes, const std::vector<int> &order, double width)
{
    struct Segment
    {
        double x, y, w;
    };
    std::vector<Segment> line{{0, 0, std::max(width, 1.0)}};
    std::vector<Vec> out(sizes.size());
    for (int i : order) {
        const double w = sizes[i].x;
        const double h = sizes[i].y;
        double bestY = 1e300, bestX = 0;
        for (std::size_t s = 0; s < line.size(); ++s) {
            const double x = line[s].x;
            if (x > 0 && x + w > width + 1e-9)
                break;
            double y = 0;
            for (std::size_t t = s; t < line.size() && line[t].x < x + w - 1e-9; ++t)
                y = std::max(y, line[t].y);
            if (y < bestY - 1e-9) {
                bestY = y;
                bestX = x;
            }
        }
        out[i] = Vec{bestX, bestY};
        // Raise the skyline over [bestX, bestX + w) to bestY + h.
        std::vector<Segment> next;
        const double end = bestX + w;
        for (const Segment &seg : line) {
            const double segEnd = seg.x + seg.w;
            if (segEnd <= bestX + 1e-9 || seg.x >= end - 1e-9) {
                next.push_back(seg);
                continue;
            }
            if (seg.x < bestX)
                next.push_back(Segment{seg.x, seg.y, bestX - seg.x});
            if (segEnd > end)
                next.push_back(Segment{end, seg.y, segEnd - end});
        }
        next.push_back(Segment{bestX, bestY + h, w});
        std::sort(next.begin(), next.end(), [](const Segment &a, const Segment &b) { return a.x < b.x; });
        // Merge neighbours of equal height.
        line.clear();
        for (const Segment &seg : next) {
            if (!line.empty() && std::abs(line.back().y - seg.y) < 1e-9 &&
                std::abs(line.back().x + line.back().w - seg.x) < 1e-9)
                line.back().w += seg.w;
            else
                line.push_back(seg);
        }
    }
    return out;
}

} // namespace

std::vector<Vec> packToAspect(const std::vector<Vec> &sizes, double aspect, double gap)
{
    if (sizes.empty())
        return {};
    std::vector<Vec> padded(sizes.size());
    double widest = 0, total = 0;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        padded[i] = Vec{sizes[i].x + gap, sizes[i].y + gap};
        widest = std::max(widest, padded[i].x);
        total += padded[i].x;
    }
    std::vector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (padded[a].y != padded[b].y)
            return padded[a].y > padded[b].y;
        return padded[a].x > padded[b].x;
    });
    std::vector<Vec> best;
    double bestScale = 1e300, bestArea = 1e300;
    constexpr int steps = 48;
    for (int k = 0; k <= steps; ++k) {
        // Strip widths from the widest box to all boxes in one row, spaced geometrically.
        const double width = widest * std::pow(std::max(1.0, total / widest), static_cast<double>(k) / steps);
        std::vector<Vec> pos = skyline(padded, order, width);
        double w = 0, h = 0;
        for (std::size_t i = 0; i < pos.size(); ++i) {
            w = std::max(w, pos[i].x + padded[i].x - gap);
            h = std::max(h, pos[i].y + padded[i].y - gap);
        }
        // The page scale this packing needs: the smaller, the larger it can be drawn.
        const double scale = std::max(w / aspect, h);
        if (scale < bestScale - 1e-9 || (scale < bestScale + 1e-9 && w * h < bestArea)) {
            bestScale = scale;
            bestArea = w * h;
            best = std::move(pos);
        }
    }
    return best;
}

Vec cellSizeOf(const LayoutNode &node)
{
    const double symbol = std::max(node.size.width(), node.size.height()) + 2 * node.ring;
    const QSizeF label = layoutCellLabelSize(node);
    if (label.isEmpty())
        return Vec{symbol + kCellGapX, symbol + kCellGapY};
    return Vec{symbol + kRenderLabelGap + label.width() + kCellGapX, std::max(symbol, label.height()) + kCellGapY};
}

CellBlock cellBlock(const std::vector<const LayoutNode *> &nodes, int columns, bool byColumns)
{
    CellBlock block;
    const int n = static_cast<int>(nodes.size());
    if (n == 0)
        return block;
    columns = std::clamp(columns, 1, n);
    int rows = (n + columns - 1) / columns;
    if (byColumns)
        columns = (n + rows - 1) / rows; // full columns of `rows`, the last one shorter
    std::vector<int> colOf(nodes.size()), rowOf(nodes.size());
    for (int i = 0; i < n; ++i) {
        colOf[i] = byColumns ? i / rows : i % columns;
        rowOf[i] = byColumns ? i % rows : i / columns;
    }
    std::vector<double> colWidth(static_cast<std::size_t>(columns), 0), rowHeight(static_cast<std::size_t>(rows), 0);
    std::vector<double> symbolWidth(static_cast<std::size_t>(columns), 0);
    auto symbolOf = [](const LayoutNode &node) {
        return std::max(node.size.width(), node.size.height()) + 2 * node.ring;
    };
    for (int i = 0; i < n; ++i) {
        symbolWidth[colOf[i]] = std::max(symbolWidth[colOf[i]], symbolOf(*nodes[i]));
        rowHeight[rowOf[i]] = std::max(rowHeight[rowOf[i]], cellSizeOf(*nodes[i]).y);
    }
    // Symbols of a column share one vertical axis; a smaller symbol's label starts further left.
    for (int i = 0; i < n; ++i) {
        const double own = symbolOf(*nodes[i]);
        colWidth[colOf[i]] = std::max(colWidth[colOf[i]], (symbolWidth[colOf[i]] - own) / 2 + cellSizeOf(*nodes[i]).x);
    }
    std::vector<double> colLeft(static_cast<std::size_t>(columns) + 1, 0),
        rowTop(static_cast<std::size_t>(rows) + 1, 0);
    for (int c = 0; c < columns; ++c)
        colLeft[c + 1] = colLeft[c] + colWidth[c];
    for (int r = 0; r < rows; ++r)
        rowTop[r + 1] = rowTop[r] + rowHeight[r];
    block.centres.resize(nodes.size());
    for (int i = 0; i < n; ++i) {
        const int c = colOf[i];
        const int r = rowOf[i];
        block.centres[i] = Vec{colLeft[c] + symbolWidth[c] / 2, rowTop[r] + (rowHeight[r] - kCellGapY) / 2};
    }
    block.size = Vec{colLeft[columns] - kCellGapX, rowTop[rows] - kCellGapY};
    return block;
}

CellBlock cellFlow(const std::vector<const LayoutNode *> &nodes, double maxWidth)
{
    CellBlock block;
    block.centres.resize(nodes.size());
    double x = 0, y = 0, rowHeight = 0, width = 0;
    std::size_t rowStart = 0;
    auto closeRow = [&](std::size_t end) {
        // Centre the row's symbols on the row's middle line.
        for (std::size_t k = rowStart; k < end; ++k)
            block.centres[k].y = y + (rowHeight - kCellGapY) / 2;
        y += rowHeight;
        rowHeight = 0;
        x = 0;
        rowStart = end;
    };
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Vec cell = cellSizeOf(*nodes[i]);
        if (x > 0 && x + cell.x - kCellGapX > maxWidth + 1e-9)
            closeRow(i);
        const double symbol = std::max(nodes[i]->size.width(), nodes[i]->size.height()) + 2 * nodes[i]->ring;
        block.centres[i].x = x + symbol / 2;
        x += cell.x;
        width = std::max(width, x - kCellGapX);
        rowHeight = std::max(rowHeight, cell.y);
    }
    if (rowStart < nodes.size())
        closeRow(nodes.size());
    block.size = Vec{width, std::max(0.0, y - kCellGapY)};
    return block;
}

CellBlock bestFlow(const std::vector<const LayoutNode *> &nodes, double aspect, double minWidth)
{
    // Candidate widths: the widest cell up to all cells in one row.
    std::vector<double> widths;
    double total = 0, widest = 0;
    for (const LayoutNode *node : nodes) {
        const double w = cellSizeOf(*node).x;
        total += w;
        widest = std::max(widest, w);
    }
    for (double w = widest; w < total + 1e-9; w *= 1.06)
        widths.push_back(w);
    widths.push_back(total);
    CellBlock best;
    double bestCost = 1e300;
    for (double w : widths) {
        CellBlock b = cellFlow(nodes, std::max(w, minWidth));
        const double bw = std::max(b.size.x, minWidth);
        const double bh = std::max(1.0, b.size.y);
        // Close to the aspect, and no larger than needed.
        const double cost = std::abs(std::log(bw / bh / aspect)) + 0.5 * std::log(bw * bh);
        if (cost < bestCost - 1e-9) {
            bestCost = cost;
            best = std::move(b);
        }
    }
    return best;
}

double estimateTextWidth(const QString &text)
{
    // About 0.6 em per character at the renderer's 11 pt group-label font, plus padding.
    return 6.8 * static_cast<double>(text.size()) + 12.0;
}

QRectF footprintBounds(const std::vector<Vec> &positions, const std::vector<Footprint> &footprints,
                       const std::vector<int> &members)
{
    if (members.empty())
        return {};
    double l = 1e300, t = 1e300, r = -1e300, b = -1e300;
    for (int i : members) {
        l = std::min(l, positions[i].x + footprints[i].left);
        t = std::min(t, positions[i].y + footprints[i].top);
        r = std::max(r, positions[i].x + footprints[i].right);
        b = std::max(b, positions[i].y + footprints[i].bottom);
    }
    return QRectF(QPointF(l, t), QPointF(r, b));
}

} // namespace netzatlas::render::detail
