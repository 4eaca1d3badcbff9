// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal building blocks of the layouts: canonical graph, progress/cancel monitor, deterministic
// random numbers, the multilevel force engine, overlap removal and rectangle packing.

#include <netzatlas/render/Layout.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <numeric>
#include <vector>

namespace netzatlas::render::detail {

struct Vec
{
    double x = 0;
    double y = 0;
};

/// Footprint of a node around its centre: shape plus label below (beside it in the cell layouts), with a
/// small margin.
struct Footprint
{
    double left = 0; ///< negative: distance from the centre to the left edge
    double top = 0;
    double right = 0;
    double bottom = 0;
    [[nodiscard]] double width() const { return right - left; }
    [[nodiscard]] double height() const { return bottom - top; }
    /// Radius of the circle around the centre that holds the whole footprint.
    [[nodiscard]] double radius() const;
};

Footprint footprintOf(const LayoutNode &node, double margin, bool labelBeside = false);

/// Splitmix64: small, fast and identical on every platform (std::shuffle and the std distributions
/// are implementation-defined, so they would break determinism across compilers).
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL)
    {}
    std::uint64_t next();
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); } ///< [0,1)
    template<typename T>
    void shuffle(std::vector<T> &values)
    {
        for (std::size_t i = values.size(); i > 1; --i)
            std::swap(values[i - 1], values[next() % i]);
    }

private:
    std::uint64_t m_state;
};

/// Forwards progress to the caller's callback (throttled) and remembers a cancellation.
class Monitor
{
public:
    explicit Monitor(const LayoutProgress &callback)
        : m_callback(callback)
    {}
    /// Reports `percent`; false once the caller asked to cancel.
    bool report(int percent);
    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    /// Maps 0…100 of a sub-step into [from, to] of the whole.
    struct Range
    {
        Monitor *monitor;
        int from;
        int to;
        bool report(double fraction) const;
        [[nodiscard]] Range sub(double a, double b) const;
    };
    Range range(int from, int to) { return Range{this, from, to}; }

private:
    const LayoutProgress &m_callback;
    bool m_cancelled = false;
    int m_last = -1;
    std::chrono::steady_clock::time_point m_lastTime{};
};

/// Undirected weighted graph in compressed form (neighbours of v: nbr[offs[v]] … nbr[offs[v+1]-1]).
struct CsrGraph
{
    int n = 0;
    std::vector<int> offs{0};
    std::vector<int> nbr;
    std::vector<double> wt;
    [[nodiscard]] int degree(int v) const { return offs[v + 1] - offs[v]; }
    /// From pairs (u, v, w) with u != v; duplicates are merged (weights summed).
    static CsrGraph build(int n, std::vector<std::pair<std::pair<int, int>, double>> edges);
};

struct ForceParams
{
    std::vector<double> radius; ///< footprint radius per node
    std::vector<char> pinned;   ///< pinned nodes stay at `start`
    std::vector<Vec> start;     ///< start positions (pinned ones are binding)
    bool useStart = false;      ///< refine from `start` instead of a multilevel layout from scratch
    double gravity = 0.0;       ///< pull towards the centre (used when components are not packed)
    std::uint64_t seed = 1;
    unsigned threads = 0; ///< 0 = hardware concurrency (capped)
};

/// Multilevel spring–electrical layout with Barnes–Hut repulsion. Returns false when cancelled.
bool forceLayout(const CsrGraph &graph, const ForceParams &params, std::vector<Vec> &positions,
                 Monitor::Range progress);

/// Calls `visit(i, j)` for every pair of overlapping footprints (a sweep over the left edges) until `visit`
/// returns false. `order` is scratch space.
template<typename Visit>
void forOverlaps(const std::vector<Vec> &positions, const std::vector<Footprint> &footprints, std::vector<int> &order,
                 const Visit &visit)
{
    const std::size_t n = positions.size();
    order.resize(n);
    std::iota(order.begin(), order.end(), 0);
    auto left = [&](int i) { return positions[i].x + footprints[i].left; };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const double la = left(a), lb = left(b);
        return la < lb || (la == lb && a < b);
    });
    for (std::size_t oi = 0; oi < n; ++oi) {
        const int i = order[oi];
        const double ri = positions[i].x + footprints[i].right;
        const double ti = positions[i].y + footprints[i].top;
        const double bi = positions[i].y + footprints[i].bottom;
        for (std::size_t oj = oi + 1; oj < n; ++oj) {
            const int j = order[oj];
            if (left(j) >= ri)
                break;
            const double tj = positions[j].y + footprints[j].top;
            const double bj = positions[j].y + footprints[j].bottom;
            if (tj >= bi || ti >= bj)
                continue;
            if (!visit(i, j))
                return;
        }
    }
}

/// Scales the positions about their centroid (the footprints keep their size) by the smallest factor ≥ 1,
/// found by bisection, at which at most n / 50 pairs of footprints overlap, when more than n / 10 pairs
/// overlap at the start; returns the factor. For a layout that came out far denser than its labels allow
/// (a force layout at Land scale): what is left for removeOverlaps is then local. No pinned nodes allowed.
double expandToFit(std::vector<Vec> &positions, const std::vector<Footprint> &footprints);

/// Pushes footprints apart until no two overlap (pinned nodes do not move). Returns false when cancelled.
bool removeOverlaps(std::vector<Vec> &positions, const std::vector<Footprint> &footprints,
                    const std::vector<char> &pinned, Monitor::Range progress);

/// Shelf packing of rectangles (sizes in, top-left positions out), rows about `targetWidth` wide,
/// the tallest first (ties in input order).
std::vector<Vec> packShelves(const std::vector<Vec> &sizes, double targetWidth, double gap);

/// Skyline bottom-left packing (rectangles sorted tallest first, each put where its top is lowest, then
/// leftmost) into a strip; the strip width is searched so that the packed bounding box best fits a page of
/// width/height `aspect`. Returns top-left positions, `gap` apart. Hand-written: Qt and Boost have no
/// rectangle packer, and the input is small (boxes of one level, at most a few hundred).
std::vector<Vec> packToAspect(const std::vector<Vec> &sizes, double aspect, double gap);

/// Size of a node's cell in the cell layouts (grouped, Bildungskette): the shape with its ring on the left,
/// its one-line label right of it, and the spacing to the next cell.
Vec cellSizeOf(const LayoutNode &node);

/// Cells of the nodes in a table of `columns` columns, row by row in the given order (column by column with
/// `byColumns`): the block's size and each node's centre relative to the block's top-left (columns as wide
/// as their widest cell, rows as high as their highest).
struct CellBlock
{
    Vec size;
    std::vector<Vec> centres;
};
CellBlock cellBlock(const std::vector<const LayoutNode *> &nodes, int columns, bool byColumns = false);

/// Cells of the nodes flowing left to right in rows at most `maxWidth` wide (a row takes at least one cell),
/// rows as high as their highest cell: denser than a table when the labels differ in length.
CellBlock cellFlow(const std::vector<const LayoutNode *> &nodes, double maxWidth);

/// The flow width whose block, at least `minWidth` wide, comes closest to width/height `aspect`.
CellBlock bestFlow(const std::vector<const LayoutNode *> &nodes, double aspect, double minWidth);

/// Rough width of a label text in scene units (the layouts have no fonts; the renderer elides if needed).
double estimateTextWidth(const QString &text);

/// Force layout of a (sub)graph with components packed, overlaps removed, result centred on the origin
/// with its footprint bounds. Used by the force-directed and grouped layouts.
bool compactLayout(const CsrGraph &graph, const std::vector<Footprint> &footprints, std::uint64_t seed,
                   std::vector<Vec> &positions, Monitor::Range progress);

/// Bounding rectangle of the footprints at the positions.
QRectF footprintBounds(const std::vector<Vec> &positions, const std::vector<Footprint> &footprints,
                       const std::vector<int> &members);

} // namespace netzatlas::render::detail
