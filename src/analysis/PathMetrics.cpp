// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// Betweenness (Brandes 2001), harmonic closeness and distance statistics from one sweep of breadth-first
// searches. Hot kernel, written for the CSR snapshot instead of Boost.Graph (see docs/performance.md):
//  - a private CSR copy relabelled in BFS order, so that neighbours sit close in memory;
//  - 16-bit vertex indices when the graph has fewer than 32,767 actors;
//  - the searches run 8 sources at a time (PathKernelImpl.h), in an AVX2 build when the processor has it;
//  - a leaf needs no search of its own: it is folded into its neighbour's;
//  - closeness and the distance sums come from the same searches;
//  - batches of sources are split over all cores with std::thread and a shared atomic counter.
#include <netzatlas/analysis/StructureMetrics.h>

#include "PathKernel.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <random>
#include <thread>

namespace netzatlas::analysis::Metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::analysis", text);
}

/// The graph relabelled in BFS order (roots by decreasing degree), neighbour lists sorted.
template<typename Index>
struct CompactGraph
{
    std::uint32_t n = 0;
    std::vector<std::uint32_t> offsets;
    std::vector<Index> adjacency;
    std::vector<std::uint32_t> oldOf;       ///< new → snapshot vertex
    std::vector<std::uint32_t> componentOf; ///< per new vertex
    std::vector<std::uint32_t> componentSize;
};

template<typename Index>
CompactGraph<Index> relabel(const GraphSnapshot &graph)
{
    CompactGraph<Index> g;
    const auto n = static_cast<std::uint32_t>(graph.vertexCount());
    g.n = n;
    const auto &off = graph.offsets();
    const auto &nb = graph.neighbours();
    std::vector<std::uint32_t> byDegree(n);
    std::iota(byDegree.begin(), byDegree.end(), 0u);
    std::stable_sort(byDegree.begin(), byDegree.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return off[a + 1] - off[a] > off[b + 1] - off[b]; });
    constexpr std::uint32_t unset = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> newOf(n, unset);
    g.oldOf.reserve(n);
    g.componentOf.resize(n);
    for (const std::uint32_t root : byDegree) {
        if (newOf[root] != unset)
            continue;
        const auto component = static_cast<std::uint32_t>(g.componentSize.size());
        const std::size_t first = g.oldOf.size();
        newOf[root] = static_cast<std::uint32_t>(g.oldOf.size());
        g.oldOf.push_back(root);
        for (std::size_t head = first; head < g.oldOf.size(); ++head) {
            const std::uint32_t v = g.oldOf[head];
            for (std::uint32_t a = off[v]; a < off[v + 1]; ++a) {
                const std::uint32_t u = nb[a];
                if (newOf[u] == unset) {
                    newOf[u] = static_cast<std::uint32_t>(g.oldOf.size());
                    g.oldOf.push_back(u);
                }
            }
        }
        for (std::size_t i = first; i < g.oldOf.size(); ++i)
            g.componentOf[i] = component;
        g.componentSize.push_back(static_cast<std::uint32_t>(g.oldOf.size() - first));
    }
    g.offsets.assign(n + 1, 0);
    g.adjacency.resize(nb.size());
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t v = g.oldOf[i];
        const std::uint32_t begin = g.offsets[i];
        std::uint32_t pos = begin;
        for (std::uint32_t a = off[v]; a < off[v + 1]; ++a)
            g.adjacency[pos++] = static_cast<Index>(newOf[nb[a]]);
        std::sort(g.adjacency.begin() + begin, g.adjacency.begin() + pos);
        g.offsets[i + 1] = pos;
    }
    return g;
}

/// The 0/1 rows that select lanes by a mask (see PathKernelImpl.h).
const kernel::LaneRow *laneSelect()
{
    static const std::vector<kernel::LaneRow> table = [] {
        std::vector<kernel::LaneRow> rows(256);
        for (int m = 0; m < 256; ++m)
            for (int k = 0; k < kernel::lanes; ++k)
                rows[static_cast<std::size_t>(m)].v[k] = ((m >> k) & 1) != 0 ? 1.0 : 0.0;
        return rows;
    }();
    return table.data();
}

/// Per-thread state of the sweep: the kernel's buffers and the distance statistics.
template<typename Index>
class Sweeper
{
public:
    Sweeper(const CompactGraph<Index> &graph, bool sampled, kernel::BatchFunction<Index> batch)
        : m_batch(batch)
        , m_sigma(graph.n)
        , m_c(graph.n)
        , m_seen(graph.n, 0)
        , m_next(graph.n, 0)
        , m_below(graph.n, 0)
        , m_listVertex(static_cast<std::size_t>(kernel::lanes) * graph.n + 1, 0)
        , m_listMask(static_cast<std::size_t>(kernel::lanes) * graph.n + 1, 0)
        , m_levelStart(graph.n + 2, 0)
        , m_bc(graph.n, 0.0)
    {
        if (sampled) {
            m_bcSquares.assign(graph.n, 0.0);
            m_harmonicIn.assign(graph.n, 0.0);
        }
        m_view.offsets = graph.offsets.data();
        m_view.adjacency = graph.adjacency.data();
        m_view.select = laneSelect();
        m_view.sigma = m_sigma.data();
        m_view.c = m_c.data();
        m_view.seen = m_seen.data();
        m_view.next = m_next.data();
        m_view.below = m_below.data();
        m_view.listVertex = m_listVertex.data();
        m_view.listMask = m_listMask.data();
        m_view.levelStart = m_levelStart.data();
        m_view.betweenness = m_bc.data();
        m_view.betweennessSquares = sampled ? m_bcSquares.data() : nullptr;
        m_view.harmonicIn = sampled ? m_harmonicIn.data() : nullptr;
    }

    /// Searches from up to kernel::lanes sources; `weight` is each one's multiplicity in a sample (1 for
    /// exact runs), `statWeight` its weight in the distance statistics.
    void run(const std::uint32_t *sources, const double *weight, const double *statWeight, int count,
             kernel::SourceStats *stats)
    {
        m_batch(m_view, sources, weight, count, stats);
        for (int k = 0; k < count; ++k) {
            m_distanceSum += statWeight[k] * stats[k].distanceSum;
            m_reachedPairs += statWeight[k] * stats[k].reached;
            m_maxEccentricity = std::max(m_maxEccentricity, stats[k].eccentricity);
        }
    }

    /// Adds what a leaf hanging at `parent` contributes (see the comment in sweep()); `stats` is the
    /// parent's search. Returns the leaf's harmonic sum.
    double addLeaf(std::uint32_t parent, const kernel::SourceStats &stats)
    {
        m_bc[parent] += static_cast<double>(stats.reached) - 1.0;
        m_distanceSum += stats.distanceSum + static_cast<double>(stats.reached) - 1.0;
        m_reachedPairs += stats.reached;
        const int eccentricity = stats.eccentricity >= 2 ? stats.eccentricity + 1 : (stats.reached >= 2 ? 2 : 1);
        m_maxEccentricity = std::max(m_maxEccentricity, eccentricity);
        return 1.0 + stats.harmonicShifted - 0.5;
    }

    [[nodiscard]] const std::vector<double> &bc() const { return m_bc; }
    [[nodiscard]] const std::vector<double> &bcSquares() const { return m_bcSquares; }
    [[nodiscard]] const std::vector<double> &harmonicIn() const { return m_harmonicIn; }
    [[nodiscard]] double distanceSum() const { return m_distanceSum; }
    [[nodiscard]] double reachedPairs() const { return m_reachedPairs; }
    [[nodiscard]] int maxEccentricity() const { return m_maxEccentricity; }

private:
    kernel::BatchFunction<Index> m_batch;
    kernel::SweepView<Index> m_view;
    std::vector<kernel::LaneRow> m_sigma;
    std::vector<kernel::LaneRow> m_c;
    std::vector<std::uint8_t> m_seen;
    std::vector<std::uint8_t> m_next;
    std::vector<std::uint8_t> m_below;
    std::vector<Index> m_listVertex;
    std::vector<std::uint8_t> m_listMask;
    std::vector<std::uint32_t> m_levelStart;
    std::vector<double> m_bc;
    std::vector<double> m_bcSquares;
    std::vector<double> m_harmonicIn;
    double m_distanceSum = 0.0;
    double m_reachedPairs = 0.0;
    int m_maxEccentricity = 0;
};

/// Breadth-first levels from one source (for the diameter search); returns the eccentricity.
template<typename Index>
int bfsLevels(const CompactGraph<Index> &g, std::uint32_t s, std::vector<int> &level, std::vector<std::uint32_t> &queue,
              std::uint64_t &arcs)
{
    queue.clear();
    queue.push_back(s);
    level[s] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t w = queue[head];
        arcs += g.offsets[w + 1] - g.offsets[w];
        for (std::uint32_t a = g.offsets[w]; a < g.offsets[w + 1]; ++a) {
            const std::uint32_t u = g.adjacency[a];
            if (level[u] < 0) {
                level[u] = level[w] + 1;
                queue.push_back(u);
            }
        }
    }
    return level[queue.back()];
}

/// Diameter of one component by iFUB (Crescenzi et al. 2013) starting from a central vertex found by a
/// double sweep. Exact unless the arc budget runs out; then [lower, upper] bounds.
template<typename Index>
std::uint64_t componentDiameter(const CompactGraph<Index> &g, std::uint32_t first, std::uint64_t budget,
                                std::vector<int> &level, std::vector<std::uint32_t> &queue, int &lower, int &upper,
                                bool &exact)
{
    std::uint64_t arcs = 0;
    auto clear = [&]() {
        for (const std::uint32_t v : queue)
            level[v] = -1;
    };
    // 4-sweep (Crescenzi et al.): two double sweeps, the second from the middle of the first path, give a
    // good lower bound and a central start vertex. In BFS order the component's first vertex has the
    // highest degree.
    int lb = 0;
    std::uint32_t start = first;
    for (int round = 0; round < 2; ++round) {
        bfsLevels(g, start, level, queue, arcs);
        const std::uint32_t a = queue.back();
        clear();
        lb = std::max(lb, bfsLevels(g, a, level, queue, arcs));
        // Walk back from the far end to the middle of the a–b path.
        std::uint32_t mid = queue.back();
        for (int steps = level[mid] / 2; steps > 0; --steps) {
            for (std::uint32_t e = g.offsets[mid]; e < g.offsets[mid + 1]; ++e) {
                const std::uint32_t u = g.adjacency[e];
                if (level[u] == level[mid] - 1) {
                    mid = u;
                    break;
                }
            }
        }
        clear();
        start = mid;
    }
    const std::uint32_t mid = start;
    const int eccU = bfsLevels(g, mid, level, queue, arcs);
    lb = std::max(lb, eccU);
    int ub = 2 * eccU;
    std::vector<std::vector<std::uint32_t>> fringe(static_cast<std::size_t>(eccU) + 1);
    for (const std::uint32_t v : queue)
        fringe[static_cast<std::size_t>(level[v])].push_back(v);
    clear();
    for (int i = eccU; i >= 1 && ub > lb; --i) {
        int bi = 0;
        for (const std::uint32_t v : fringe[static_cast<std::size_t>(i)]) {
            if (arcs > budget) {
                lower = lb;
                upper = ub;
                exact = false;
                return arcs;
            }
            bi = std::max(bi, bfsLevels(g, v, level, queue, arcs));
            clear();
        }
        if (std::max(lb, bi) > 2 * (i - 1)) {
            lb = std::max(lb, bi);
            ub = lb;
            break;
        }
        lb = std::max(lb, bi);
        ub = 2 * (i - 1);
    }
    lower = lb;
    upper = std::max(lb, ub);
    exact = lower == upper;
    return arcs;
}

template<typename Index>
Result<PathMetrics> sweep(const GraphSnapshot &graph, const PathOptions &options, const JobControl &control)
{
    PathMetrics result;
    const auto g = relabel<Index>(graph);
    const std::uint32_t n = g.n;
    result.betweenness.assign(n, 0.0);
    result.betweennessRaw.assign(n, 0.0);
    result.closeness.assign(n, 0.0);
    double pairs = 0.0;
    for (const std::uint32_t size : g.componentSize)
        pairs += static_cast<double>(size) * (static_cast<double>(size) - 1.0);
    result.connectedPairs = pairs;
    if (n == 0)
        return result;

    const bool sampled = options.mode == PathMode::Sampled ||
                         (options.mode == PathMode::Auto && static_cast<int>(n) > options.exactLimit);
    result.exact = !sampled;

    // Sources: every vertex, or k draws with replacement (each distinct source searched once, weighted by
    // its multiplicity) so that the sample is i.i.d. and the bounds below apply.
    std::vector<std::uint32_t> sources;
    std::vector<double> weights;
    std::vector<std::vector<std::uint32_t>> leavesOf; // exact mode: leaves folded into their neighbour
    int draws = static_cast<int>(n);
    if (sampled) {
        draws = options.samples > 0 ? options.samples : 1000;
        std::mt19937_64 random(options.seed);
        std::vector<std::uint32_t> count(n, 0);
        for (int i = 0; i < draws; ++i)
            ++count[static_cast<std::uint32_t>(random() % n)];
        for (std::uint32_t v = 0; v < n; ++v) {
            if (count[v] > 0) {
                sources.push_back(v);
                weights.push_back(count[v]);
            }
        }
    } else {
        // A leaf s hanging at p needs no search of its own: every shortest path from s runs through p, so
        // δ_s(v) = δ_p(v) for v ∉ {s, p} and δ_s(p) = |component| − 2; its closeness and distance sums follow
        // from p's search too (Sweeper::addLeaf). p's search counts once more per leaf.
        leavesOf.assign(n, {});
        for (std::uint32_t v = 0; v < n; ++v) {
            const std::uint32_t degree = g.offsets[v + 1] - g.offsets[v];
            if (degree == 1) {
                const std::uint32_t p = g.adjacency[g.offsets[v]];
                if (g.offsets[p + 1] - g.offsets[p] > 1) {
                    leavesOf[p].push_back(v);
                    continue;
                }
            }
            sources.push_back(v);
        }
        for (const std::uint32_t v : sources)
            weights.push_back(1.0 + static_cast<double>(leavesOf[v].size()));
    }
    result.sources = sampled ? static_cast<int>(sources.size()) : static_cast<int>(n);

    unsigned threads = options.threads > 0 ? options.threads : defaultThreadCount();
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(sources.size())));
    kernel::BatchFunction<Index> batch = options.portableKernel ? nullptr : kernel::avx2Kernel<Index>();
    result.avx2Kernel = batch != nullptr;
    if (batch == nullptr)
        batch = kernel::portableKernel<Index>();
    std::vector<std::unique_ptr<Sweeper<Index>>> sweepers;
    for (unsigned t = 0; t < threads; ++t)
        sweepers.push_back(std::make_unique<Sweeper<Index>>(g, sampled, batch));
    std::vector<double> harmonicOut(n, 0.0);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    // Work is handed out in whole batches of kernel::lanes consecutive sources (neighbours in BFS order).
    constexpr std::size_t lanes = kernel::lanes;
    const std::size_t chunk = lanes * std::clamp<std::size_t>(sources.size() / (threads * lanes * 64) + 1, 1, 32);
    auto work = [&](unsigned t, bool reporter) {
        Sweeper<Index> &sweeper = *sweepers[t];
        kernel::SourceStats stats[lanes];
        double statWeight[lanes];
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            if (control.cancelled()) {
                stop = true;
                return;
            }
            const std::size_t begin = next.fetch_add(chunk);
            if (begin >= sources.size())
                return;
            const std::size_t end = std::min(sources.size(), begin + chunk);
            for (std::size_t i = begin; i < end; i += lanes) {
                const int count = static_cast<int>(std::min(lanes, end - i));
                for (int k = 0; k < count; ++k)
                    statWeight[k] = sampled ? weights[i + static_cast<std::size_t>(k)] : 1.0;
                sweeper.run(&sources[i], &weights[i], statWeight, count, stats);
                for (int k = 0; k < count; ++k) {
                    const std::uint32_t source = sources[i + static_cast<std::size_t>(k)];
                    harmonicOut[source] = stats[k].harmonic;
                    if (!sampled) {
                        for (const std::uint32_t leaf : leavesOf[source])
                            harmonicOut[leaf] = sweeper.addLeaf(source, stats[k]);
                    }
                }
            }
            const std::size_t total = done.fetch_add(end - begin) + (end - begin);
            if (reporter)
                control.report(static_cast<double>(total) / static_cast<double>(sources.size()),
                               sampled ? tr("Betweenness und Closeness (Stichprobe)")
                                       : tr("Betweenness und Closeness (exakt)"));
        }
    };
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t)
        workers.emplace_back(work, t, false);
    work(0, true);
    for (std::thread &w : workers)
        w.join();
    if (stop.load() || control.cancelled())
        return Error::make(tr("Die Analyse wurde abgebrochen."));

    std::vector<double> bc(n, 0.0);
    std::vector<double> bcSquares(sampled ? n : 0, 0.0);
    std::vector<double> harmonicIn(sampled ? n : 0, 0.0);
    double distanceSum = 0.0;
    double reachedPairs = 0.0;
    int maxEccentricity = 0;
    for (const auto &s : sweepers) {
        for (std::uint32_t v = 0; v < n; ++v)
            bc[v] += s->bc()[v];
        if (sampled) {
            for (std::uint32_t v = 0; v < n; ++v) {
                bcSquares[v] += s->bcSquares()[v];
                harmonicIn[v] += s->harmonicIn()[v];
            }
        }
        distanceSum += s->distanceSum();
        reachedPairs += s->reachedPairs();
        maxEccentricity = std::max(maxEccentricity, s->maxEccentricity());
    }

    const double nd = n;
    const double pairNorm = (nd - 1.0) * (nd - 2.0); // ordered pairs not involving v
    if (!sampled) {
        for (std::uint32_t i = 0; i < n; ++i) {
            const std::uint32_t v = g.oldOf[i];
            result.betweennessRaw[v] = bc[i] / 2.0;
            result.betweenness[v] = n > 2 ? bc[i] / pairNorm : 0.0;
            result.closeness[v] = n > 1 ? harmonicOut[i] / (nd - 1.0) : 0.0;
        }
        result.averagePathLength = reachedPairs > 0 ? distanceSum / reachedPairs : 0.0;
        result.diameter = maxEccentricity;
        result.diameterUpperBound = maxEccentricity;
        result.diameterExact = true;
        return result;
    }

    // Sampled: X_i = δ_{s_i}(v) / (n − 2) ∈ [0, 1], E[X] = (n−1)/n · normalised betweenness.
    const double k = draws;
    const double logTwoOverDelta = std::log(4.0 / options.delta); // two-sided, per actor
    const double scale = nd / (nd - 1.0);
    result.betweennessError.assign(n, 0.0);
    result.closenessError.assign(n, 0.0);
    result.confidence = 1.0 - options.delta;
    result.uniformBetweennessError = scale * std::sqrt(std::log(2.0 * nd / options.delta) / (2.0 * k));
    result.uniformClosenessError = result.uniformBetweennessError;
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t v = g.oldOf[i];
        const double norm = n > 2 ? nd - 2.0 : 1.0;
        const double mean = bc[i] / norm / k;
        const double meanSquares = bcSquares[i] / (norm * norm) / k;
        const double variance = k > 1 ? std::max(0.0, (meanSquares - mean * mean) * k / (k - 1.0)) : 0.25;
        // Empirical Bernstein bound (Maurer & Pontil 2009), never looser than Hoeffding.
        const double bernstein =
            std::sqrt(2.0 * variance * logTwoOverDelta / k) + 7.0 * logTwoOverDelta / (3.0 * std::max(1.0, k - 1.0));
        const double hoeffding = std::sqrt(logTwoOverDelta / (2.0 * k));
        result.betweenness[v] = n > 2 ? scale * mean : 0.0;
        result.betweennessRaw[v] = n > 2 ? result.betweenness[v] * pairNorm / 2.0 : 0.0;
        result.betweennessError[v] = n > 2 ? std::min(1.0, scale * std::min(bernstein, hoeffding)) : 0.0;
        result.closeness[v] = n > 1 ? scale * harmonicIn[i] / k : 0.0;
        result.closenessError[v] = n > 1 ? std::min(1.0, scale * hoeffding) : 0.0;
    }
    result.averagePathLength = reachedPairs > 0 ? distanceSum / reachedPairs : 0.0;

    // Diameter: iFUB per component, largest first, within a budget of searches.
    const std::uint64_t arcs = std::max<std::uint64_t>(1, g.offsets[n]);
    const std::uint64_t budget = static_cast<std::uint64_t>(std::max(1, options.diameterBudget)) * (arcs + n);
    std::uint64_t used = 0;
    int lower = maxEccentricity;
    int upper = 0;
    bool exact = true;
    std::uint32_t first = 0;
    std::vector<int> level(n, -1);
    std::vector<std::uint32_t> queue;
    for (std::size_t c = 0; c < g.componentSize.size(); ++c) {
        const std::uint32_t size = g.componentSize[c];
        if (size > 1) {
            int lo = 0;
            int hi = 0;
            bool ex = true;
            const std::uint64_t remaining = budget > used ? budget - used : 0;
            if (remaining == 0) {
                // Out of budget: bound by the component size.
                lo = 1;
                hi = static_cast<int>(size) - 1;
                ex = false;
            } else {
                used += componentDiameter(g, first, remaining, level, queue, lo, hi, ex);
            }
            lower = std::max(lower, lo);
            upper = std::max(upper, hi);
            exact = exact && ex;
        }
        first += size;
        if (control.cancelled())
            return Error::make(tr("Die Analyse wurde abgebrochen."));
    }
    result.diameter = lower;
    result.diameterUpperBound = std::max(lower, upper);
    result.diameterExact = exact && lower >= upper;
    return result;
}

} // namespace

unsigned defaultThreadCount()
{
    return std::max(1u, std::thread::hardware_concurrency());
}

Result<PathMetrics> pathMetrics(const GraphSnapshot &graph, const PathOptions &options, const JobControl &control)
{
    if (graph.vertexCount() < 32767)
        return sweep<std::uint16_t>(graph, options, control);
    return sweep<std::uint32_t>(graph, options, control);
}

} // namespace netzatlas::analysis::Metrics
