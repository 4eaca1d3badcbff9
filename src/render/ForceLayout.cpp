// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2

// Multilevel spring–electrical layout (after Hu 2005, "Efficient and high quality force-directed graph
// drawing", the scheme of Graphviz sfdp): the graph is coarsened by heavy-edge matching (unmatched
// vertices join a neighbour's cluster, so that stars collapse too), the coarsest graph is laid out from
// seeded random positions, and each finer level starts from its parent's position and is refined.
// Repulsion uses a Barnes–Hut quadtree (O(n log n) per step), attraction runs along the edges.
//
// Written by hand because Boost.Graph offers only fruchterman_reingold_force_directed_layout, whose
// repulsion is all-pairs O(n²) per step unless one supplies a grid force pairs functor, and it has no
// multilevel scheme and no pinned vertices; at Land scale (25,000 actors) that misses the 20 s target by
// far. Everything runs in canonical (key-sorted) order with our own random numbers, so a seed gives the
// same picture on every platform and for every input order; the threads only split the per-node force
// sums, which does not change any result.

#include "LayoutSupport.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace netzatlas::render::detail {

namespace {

constexpr double kRepulsion = 0.2; // C in Hu's model
constexpr double kTheta = 1.0;     // Barnes–Hut opening criterion (cell width / distance)
constexpr int kLeafSize = 8;
// Natural spring length in units of the mean footprint radius (the layout then needs little overlap removal).
constexpr double kSpringFactor = 3.0;

class QuadTree
{
public:
    struct Cell
    {
        double cx = 0, cy = 0, mass = 0;
        double width = 0;
        int child[4] = {-1, -1, -1, -1};
        int first = 0;
        int count = 0;
        bool leaf = true;
    };

    void build(const std::vector<Vec> &pos, const std::vector<double> &mass)
    {
        const int n = static_cast<int>(pos.size());
        m_order.resize(static_cast<std::size_t>(n));
        std::iota(m_order.begin(), m_order.end(), 0);
        m_cells.clear();
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const Vec &p : pos) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        const double half = std::max({maxX - minX, maxY - minY, 1e-6}) / 2 * 1.0001;
        buildCell(pos, mass, 0, n, (minX + maxX) / 2, (minY + maxY) / 2, half, 0);
    }

    /// Repulsive force on body i (mass m at p) from all others.
    [[nodiscard]] Vec repulsion(int i, Vec p, double m, double k2, const std::vector<Vec> &pos,
                                const std::vector<double> &mass) const
    {
        Vec f;
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell &c = m_cells[static_cast<std::size_t>(stack[--top])];
            if (c.leaf) {
                for (int k = c.first; k < c.first + c.count; ++k) {
                    const int j = m_order[static_cast<std::size_t>(k)];
                    if (j == i)
                        continue;
                    double dx = p.x - pos[j].x;
                    double dy = p.y - pos[j].y;
                    double d2 = dx * dx + dy * dy;
                    if (d2 < 1e-9) {
                        // coincident: a fixed direction from the pair's indices
                        const double a = static_cast<double>((i * 7919 + j * 104729) % 6283) / 1000.0;
                        dx = std::cos(a) * 1e-3;
                        dy = std::sin(a) * 1e-3;
                        d2 = 1e-6;
                    }
                    const double s = kRepulsion * k2 * m * mass[j] / d2;
                    f.x += s * dx;
                    f.y += s * dy;
                }
                continue;
            }
            const double dx = p.x - c.cx;
            const double dy = p.y - c.cy;
            const double d2 = dx * dx + dy * dy;
            if (c.width * c.width < kTheta * kTheta * d2) {
                const double s = kRepulsion * k2 * m * c.mass / d2;
                f.x += s * dx;
                f.y += s * dy;
                continue;
            }
            for (int ch : c.child)
                if (ch >= 0 && top < 255)
                    stack[top++] = ch;
        }
        return f;
    }

private:
    int buildCell(const std::vector<Vec> &pos, const std::vector<double> &mass, int first, int last, double x, double y,
                  double half, int depth)
    {
        const int id = static_cast<int>(m_cells.size());
        m_cells.emplace_back();
        Cell cell;
        cell.first = first;
        cell.count = last - first;
        cell.width = 2 * half;
        for (int k = first; k < last; ++k) {
            const int j = m_order[static_cast<std::size_t>(k)];
            cell.mass += mass[j];
            cell.cx += mass[j] * pos[j].x;
            cell.cy += mass[j] * pos[j].y;
        }
        if (cell.mass > 0) {
            cell.cx /= cell.mass;
            cell.cy /= cell.mass;
        }
        if (cell.count > kLeafSize && depth < 40) {
            cell.leaf = false;
            auto begin = m_order.begin() + first;
            auto end = m_order.begin() + last;
            auto midY = std::partition(begin, end, [&](int j) { return pos[j].y < y; });
            auto q0 = std::partition(begin, midY, [&](int j) { return pos[j].x < x; });
            auto q2 = std::partition(midY, end, [&](int j) { return pos[j].x < x; });
            const int b0 = first, b1 = static_cast<int>(q0 - m_order.begin()),
                      b2 = static_cast<int>(midY - m_order.begin()), b3 = static_cast<int>(q2 - m_order.begin());
            const double h = half / 2;
            const int ranges[5] = {b0, b1, b2, b3, last};
            const double xs[4] = {x - h, x + h, x - h, x + h};
            const double ys[4] = {y - h, y - h, y + h, y + h};
            for (int q = 0; q < 4; ++q)
                if (ranges[q + 1] > ranges[q])
                    cell.child[q] = buildCell(pos, mass, ranges[q], ranges[q + 1], xs[q], ys[q], h, depth + 1);
        }
        m_cells[static_cast<std::size_t>(id)] = cell;
        return id;
    }

    std::vector<Cell> m_cells;
    std::vector<int> m_order;
};

struct Level
{
    CsrGraph graph;
    std::vector<double> mass;
    std::vector<char> pinned;
    std::vector<Vec> anchor;
    std::vector<int> parent; ///< index of the cluster in the next coarser level
};

Level coarsen(Level &fine, Rng &rng)
{
    const CsrGraph &g = fine.graph;
    const int n = g.n;
    std::vector<int> cluster(static_cast<std::size_t>(n), -1);
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    rng.shuffle(order);
    int nc = 0;
    for (int v : order) {
        if (cluster[v] >= 0)
            continue;
        int best = -1;
        double bestScore = -1;
        for (int k = g.offs[v]; k < g.offs[v + 1]; ++k) {
            const int u = g.nbr[k];
            if (cluster[u] >= 0 || (fine.pinned[u] && fine.pinned[v]))
                continue;
            const double score = g.wt[k] / (fine.mass[u] * fine.mass[v]);
            if (score > bestScore || (score == bestScore && u < best)) {
                best = u;
                bestScore = score;
            }
        }
        if (best >= 0)
            cluster[v] = cluster[best] = nc++;
    }
    // Unmatched vertices (leaves of a star, say) join the cluster of their heaviest neighbour.
    std::vector<char> clusterPinned(static_cast<std::size_t>(n), 0);
    for (int v = 0; v < n; ++v)
        if (cluster[v] >= 0 && fine.pinned[v])
            clusterPinned[cluster[v]] = 1;
    for (int v : order) {
        if (cluster[v] >= 0)
            continue;
        int best = -1;
        double bestW = -1;
        for (int k = g.offs[v]; k < g.offs[v + 1]; ++k) {
            const int u = g.nbr[k];
            const bool pinConflict =
                fine.pinned[v] && (cluster[u] >= 0 ? clusterPinned[cluster[u]] != 0 : fine.pinned[u] != 0);
            if (pinConflict)
                continue;
            if (g.wt[k] > bestW || (g.wt[k] == bestW && u < best)) {
                best = u;
                bestW = g.wt[k];
            }
        }
        if (best < 0) {
            cluster[v] = nc++;
        } else {
            if (cluster[best] < 0)
                cluster[best] = nc++;
            cluster[v] = cluster[best];
        }
        if (fine.pinned[v])
            clusterPinned[cluster[v]] = 1;
    }
    Level coarse;
    coarse.mass.assign(static_cast<std::size_t>(nc), 0.0);
    coarse.pinned.assign(static_cast<std::size_t>(nc), 0);
    coarse.anchor.assign(static_cast<std::size_t>(nc), Vec{});
    std::vector<int> pinnedCount(static_cast<std::size_t>(nc), 0);
    for (int v = 0; v < n; ++v) {
        const int c = cluster[v];
        coarse.mass[c] += fine.mass[v];
        if (fine.pinned[v]) {
            coarse.pinned[c] = 1;
            coarse.anchor[c].x += fine.anchor[v].x;
            coarse.anchor[c].y += fine.anchor[v].y;
            ++pinnedCount[c];
        }
    }
    for (int c = 0; c < nc; ++c)
        if (pinnedCount[c] > 0) {
            coarse.anchor[c].x /= pinnedCount[c];
            coarse.anchor[c].y /= pinnedCount[c];
        }
    std::vector<std::pair<std::pair<int, int>, double>> edges;
    edges.reserve(g.nbr.size() / 2);
    for (int v = 0; v < n; ++v)
        for (int k = g.offs[v]; k < g.offs[v + 1]; ++k)
            if (v < g.nbr[k] && cluster[v] != cluster[g.nbr[k]])
                edges.push_back({{cluster[v], cluster[g.nbr[k]]}, g.wt[k]});
    coarse.graph = CsrGraph::build(nc, std::move(edges));
    fine.parent = std::move(cluster);
    return coarse;
}

unsigned threadCount(unsigned wanted, int n)
{
    if (n < 3000)
        return 1;
    unsigned t = wanted == 0 ? std::thread::hardware_concurrency() : wanted;
    return std::clamp(t, 1u, 8u);
}

/// Hu's adaptive-step iterations on one level. Returns false when cancelled.
bool refine(const Level &level, std::vector<Vec> &pos, double k, int iterations, double step, double gravity,
            unsigned threads, Monitor::Range progress)
{
    const CsrGraph &g = level.graph;
    const int n = g.n;
    const double k2 = k * k;
    std::vector<Vec> force(static_cast<std::size_t>(n));
    QuadTree tree;
    double energy0 = 1e300;
    int improved = 0;
    const unsigned t = threadCount(threads, n);
    for (int it = 0; it < iterations; ++it) {
        tree.build(pos, level.mass);
        Vec centre;
        if (gravity > 0) {
            double m = 0;
            for (int v = 0; v < n; ++v) {
                centre.x += level.mass[v] * pos[v].x;
                centre.y += level.mass[v] * pos[v].y;
                m += level.mass[v];
            }
            centre.x /= m;
            centre.y /= m;
        }
        auto work = [&](int from, int to) {
            for (int v = from; v < to; ++v) {
                Vec f = tree.repulsion(v, pos[v], level.mass[v], k2, pos, level.mass);
                for (int e = g.offs[v]; e < g.offs[v + 1]; ++e) {
                    const int u = g.nbr[e];
                    const double dx = pos[u].x - pos[v].x;
                    const double dy = pos[u].y - pos[v].y;
                    const double s = g.wt[e] * std::sqrt(dx * dx + dy * dy) / k;
                    f.x += s * dx;
                    f.y += s * dy;
                }
                if (gravity > 0) {
                    f.x += gravity * level.mass[v] * (centre.x - pos[v].x);
                    f.y += gravity * level.mass[v] * (centre.y - pos[v].y);
                }
                force[v] = f;
            }
        };
        if (t <= 1) {
            work(0, n);
        } else {
            std::vector<std::thread> pool;
            const int chunk = (n + static_cast<int>(t) - 1) / static_cast<int>(t);
            for (unsigned w = 1; w < t; ++w) {
                const int from = std::min(n, static_cast<int>(w) * chunk);
                const int to = std::min(n, from + chunk);
                pool.emplace_back(work, from, to);
            }
            work(0, std::min(n, chunk));
            for (auto &th : pool)
                th.join();
        }
        double energy = 0;
        for (int v = 0; v < n; ++v) {
            const double len = std::sqrt(force[v].x * force[v].x + force[v].y * force[v].y);
            energy += len * len;
            if (level.pinned[v] || len <= 0)
                continue;
            pos[v].x += step * force[v].x / len;
            pos[v].y += step * force[v].y / len;
        }
        if (energy < energy0) {
            if (++improved >= 5) {
                improved = 0;
                step /= 0.9;
            }
        } else {
            improved = 0;
            step *= 0.9;
        }
        energy0 = energy;
        if (!progress.report(static_cast<double>(it + 1) / iterations))
            return false;
        if (step < k * 0.005)
            break;
    }
    return true;
}

} // namespace

bool forceLayout(const CsrGraph &graph, const ForceParams &params, std::vector<Vec> &positions, Monitor::Range progress)
{
    const int n = graph.n;
    positions.assign(static_cast<std::size_t>(n), Vec{});
    if (n == 0)
        return true;
    double meanRadius = 0;
    for (double r : params.radius)
        meanRadius += r;
    meanRadius /= n;
    meanRadius = std::max(meanRadius, 4.0);
    const double k = kSpringFactor * meanRadius;

    std::vector<Level> levels(1);
    levels[0].graph = graph;
    levels[0].mass.resize(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) {
        const double rel = params.radius[v] / meanRadius;
        levels[0].mass[v] = std::clamp(rel * rel, 0.25, 16.0);
    }
    levels[0].pinned = params.pinned;
    levels[0].anchor = params.start;
    Rng rng(params.seed);
    bool anyPinned = std::any_of(params.pinned.begin(), params.pinned.end(), [](char p) { return p != 0; });

    if (params.useStart) {
        positions = params.start;
        return refine(levels[0], positions, k, 150, k * 0.3, params.gravity, params.threads, progress);
    }
    while (levels.back().graph.n > 40 && levels.size() < 40) {
        Level coarse = coarsen(levels.back(), rng);
        if (coarse.graph.n > 0.9 * levels.back().graph.n) {
            levels.back().parent.clear();
            break;
        }
        levels.push_back(std::move(coarse));
    }
    // Work per level is about its size times its iterations: split the progress accordingly.
    double totalWork = 0;
    for (const Level &l : levels)
        totalWork += l.graph.n;
    double done = 0;

    const Level &coarsest = levels.back();
    std::vector<Vec> pos(static_cast<std::size_t>(coarsest.graph.n));
    double totalMass = 0;
    Vec centre;
    int pinnedCount = 0;
    for (int v = 0; v < coarsest.graph.n; ++v) {
        totalMass += coarsest.mass[v];
        if (coarsest.pinned[v]) {
            centre.x += coarsest.anchor[v].x;
            centre.y += coarsest.anchor[v].y;
            ++pinnedCount;
        }
    }
    if (pinnedCount > 0) {
        centre.x /= pinnedCount;
        centre.y /= pinnedCount;
    }
    const double side = k * std::sqrt(totalMass);
    for (int v = 0; v < coarsest.graph.n; ++v) {
        pos[v] = coarsest.pinned[v]
                     ? coarsest.anchor[v]
                     : Vec{centre.x + (rng.uniform() - 0.5) * side, centre.y + (rng.uniform() - 0.5) * side};
    }
    const double gravity = anyPinned ? std::max(params.gravity, 0.0) : params.gravity;
    auto levelRange = [&](const Level &l) {
        const double a = done / totalWork;
        done += l.graph.n;
        return progress.sub(a, done / totalWork);
    };
    if (!refine(coarsest, pos, k, 300, side / 5, gravity, params.threads, levelRange(coarsest)))
        return false;
    for (int li = static_cast<int>(levels.size()) - 2; li >= 0; --li) {
        const Level &fine = levels[static_cast<std::size_t>(li)];
        std::vector<Vec> finePos(static_cast<std::size_t>(fine.graph.n));
        for (int v = 0; v < fine.graph.n; ++v) {
            if (fine.pinned[v]) {
                finePos[v] = fine.anchor[v];
                continue;
            }
            const Vec &p = pos[fine.parent[v]];
            const double a = rng.uniform() * 6.283185307179586;
            const double r = k * 0.3 * std::sqrt(rng.uniform());
            finePos[v] = Vec{p.x + r * std::cos(a), p.y + r * std::sin(a)};
        }
        pos = std::move(finePos);
        const int iterations = li == 0 ? 80 : 50;
        if (!refine(fine, pos, k, iterations, k * 0.5, gravity, params.threads, levelRange(fine)))
            return false;
    }
    positions = std::move(pos);
    return true;
}

namespace {

/// Number of overlapping footprint pairs with positions scaled by `factor` about `centre`, counted up to
/// `cap`.
std::size_t countOverlaps(const std::vector<Vec> &positions, const std::vector<Footprint> &footprints, Vec centre,
                          double factor, std::size_t cap, std::vector<int> &order)
{
    std::vector<Vec> scaled(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        scaled[i] =
            Vec{centre.x + (positions[i].x - centre.x) * factor, centre.y + (positions[i].y - centre.y) * factor};
    std::size_t count = 0;
    forOverlaps(scaled, footprints, order, [&](int, int) { return ++count <= cap; });
    return count;
}

} // namespace

double expandToFit(std::vector<Vec> &positions, const std::vector<Footprint> &footprints)
{
    const std::size_t n = positions.size();
    if (n < 50)
        return 1.0;
    Vec centre;
    for (const Vec &p : positions) {
        centre.x += p.x;
        centre.y += p.y;
    }
    centre.x /= static_cast<double>(n);
    centre.y /= static_cast<double>(n);
    std::vector<int> order;
    const std::size_t start = n / 10;
    const std::size_t tolerated = n / 50;
    if (countOverlaps(positions, footprints, centre, 1.0, start, order) <= start)
        return 1.0;
    // Double until few enough overlap, then bisect between the last two factors.
    double low = 1.0;
    double high = 2.0;
    while (high < 64.0 && countOverlaps(positions, footprints, centre, high, tolerated, order) > tolerated) {
        low = high;
        high *= 2.0;
    }
    for (int step = 0; step < 8; ++step) {
        const double mid = (low + high) / 2;
        if (countOverlaps(positions, footprints, centre, mid, tolerated, order) > tolerated)
            low = mid;
        else
            high = mid;
    }
    for (Vec &p : positions)
        p = Vec{centre.x + (p.x - centre.x) * high, centre.y + (p.y - centre.y) * high};
    return high;
}

bool compactLayout(const CsrGraph &graph, const std::vector<Footprint> &footprints, std::uint64_t seed,
                   std::vector<Vec> &positions, Monitor::Range progress)
{
    const int n = graph.n;
    positions.assign(static_cast<std::size_t>(n), Vec{});
    if (n == 0)
        return true;
    // Connected components in canonical order (by their smallest member).
    std::vector<int> comp(static_cast<std::size_t>(n), -1);
    std::vector<std::vector<int>> members;
    for (int s = 0; s < n; ++s) {
        if (comp[s] >= 0)
            continue;
        const int c = static_cast<int>(members.size());
        members.emplace_back();
        std::vector<int> stack{s};
        comp[s] = c;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            members[c].push_back(v);
            for (int k = graph.offs[v]; k < graph.offs[v + 1]; ++k)
                if (comp[graph.nbr[k]] < 0) {
                    comp[graph.nbr[k]] = c;
                    stack.push_back(graph.nbr[k]);
                }
        }
        std::sort(members[c].begin(), members[c].end());
    }
    std::vector<int> local(static_cast<std::size_t>(n));
    std::vector<Vec> sizes(members.size());
    std::vector<QRectF> bounds(members.size());
    double done = 0;
    for (std::size_t c = 0; c < members.size(); ++c) {
        const auto &m = members[c];
        const auto range = progress.sub(done / n, (done + static_cast<double>(m.size())) / n);
        done += static_cast<double>(m.size());
        if (m.size() > 1) {
            for (std::size_t i = 0; i < m.size(); ++i)
                local[m[i]] = static_cast<int>(i);
            std::vector<std::pair<std::pair<int, int>, double>> edges;
            for (int v : m)
                for (int k = graph.offs[v]; k < graph.offs[v + 1]; ++k)
                    if (v < graph.nbr[k])
                        edges.push_back({{local[v], local[graph.nbr[k]]}, graph.wt[k]});
            ForceParams params;
            params.seed = seed ^ (static_cast<std::uint64_t>(m.front()) * 0x9E3779B97F4A7C15ULL);
            params.radius.resize(m.size());
            params.pinned.assign(m.size(), 0);
            params.start.assign(m.size(), Vec{});
            std::vector<Footprint> fps(m.size());
            for (std::size_t i = 0; i < m.size(); ++i) {
                params.radius[i] = footprints[m[i]].radius();
                fps[i] = footprints[m[i]];
            }
            std::vector<Vec> pos;
            if (!forceLayout(CsrGraph::build(static_cast<int>(m.size()), std::move(edges)), params, pos,
                             range.sub(0, 0.8)))
                return false;
            expandToFit(pos, fps);
            if (!removeOverlaps(pos, fps, params.pinned, range.sub(0.8, 1)))
                return false;
            for (std::size_t i = 0; i < m.size(); ++i)
                positions[m[i]] = pos[i];
        } else {
            positions[m.front()] = Vec{};
        }
        bounds[c] = footprintBounds(positions, footprints, m);
        sizes[c] = Vec{bounds[c].width(), bounds[c].height()};
    }
    double area = 0, widest = 0;
    for (const Vec &s : sizes) {
        area += (s.x + 12) * (s.y + 12);
        widest = std::max(widest, s.x);
    }
    const auto origins = packShelves(sizes, std::max(widest, std::sqrt(area) * 1.4), 12.0);
    for (std::size_t c = 0; c < members.size(); ++c) {
        const double dx = origins[c].x - bounds[c].left();
        const double dy = origins[c].y - bounds[c].top();
        for (int v : members[c]) {
            positions[v].x += dx;
            positions[v].y += dy;
        }
    }
    return true;
}

} // namespace netzatlas::render::detail
