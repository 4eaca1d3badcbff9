// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// Betweenness (Brandes 2001), harmonic closeness and distance statistics from one sweep of breadth-first
// searches. Hot kernel, written for the CSR snapshot instead of Boost.Graph (see docs/performance.md):
//  - a private CSR copy relabelled in BFS order, so that neighbours sit close in memory;
//  - 16-bit vertex and level types when the graph has fewer than 32,767 actors;
//  - the forward pass pulls σ from the previous level when a vertex leaves the queue, so discovery and
//    path counting share one scan of the adjacency; level and σ sit in one 8-byte record per vertex (one
//    cache access per neighbour), σ as an exact 32-bit count; the predecessors found on the way are
//    written to a flat list (branch-free: every neighbour is written, the cursor moves on predecessors);
//  - the backward pass walks only those predecessor arcs (about a third of all arcs on the benchmark
//    networks) and pushes c(w) = (1 + δ(w)) / σ(w) to them: one division per vertex, none per arc;
//  - a search whose path counts exceed 2³² − 1 (possible on lattice-like networks, never seen on
//    registries) is repeated with σ in double precision and without predecessor lists (`runWide`);
//  - closeness and the distance sums come from the same searches;
//  - sources are split over all cores with std::thread and a shared atomic counter.
#include <netzatlas/analysis/StructureMetrics.h>

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>
#include <mutex>
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

/// `value` when `keep`, else 0, without a branch.
inline double masked(double value, bool keep)
{
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(value) &
                                 (std::uint64_t{0} - static_cast<std::uint64_t>(keep)));
}

/// Per-thread state of the sweep.
template<typename Index, typename Level>
class Sweeper
{
public:
    Sweeper(const CompactGraph<Index> &graph, bool sampled)
        : m_g(graph)
        , m_level(graph.n, Level(-1))
        , m_value(graph.n, 0.0)
        , m_queue(graph.n + 1) // the branch-free discovery writes one slot past the last vertex
        , m_bc(graph.n, 0.0)
        , m_inverse(graph.n + 2, 0.0)
        , m_record(graph.n, Record{0, -1})
        , m_accumulated(graph.n, 0.0)
        , m_predecessors(graph.offsets[graph.n] + 1) // written one slot ahead of the cursor
        , m_predecessorStart(graph.n + 2, 0)
    {
        for (std::uint32_t d = 1; d <= graph.n + 1; ++d)
            m_inverse[d] = 1.0 / d;
        if (sampled) {
            m_bcSquares.assign(graph.n, 0.0);
            m_harmonicIn.assign(graph.n, 0.0);
        }
    }

    /// One source. `weight` is its multiplicity in a sample (1 for exact runs). Returns the harmonic sum
    /// from the source.
    double run(std::uint32_t s, double weight, double statWeight)
    {
        const std::uint32_t *off = m_g.offsets.data();
        const Index *adj = m_g.adjacency.data();
        Record *record = m_record.data();
        Index *queue = m_queue.data();
        Index *predecessors = m_predecessors.data();
        std::uint32_t *predecessorStart = m_predecessorStart.data();

        record[s] = Record{1, 0};
        queue[0] = static_cast<Index>(s);
        std::uint32_t tail = 1;
        std::uint32_t cursor = 0;
        std::uint64_t overflow = 0;
        predecessorStart[0] = 0;
        for (std::uint32_t head = 0; head < tail; ++head) {
            const Index w = queue[head];
            const std::int32_t lw = record[w].level;
            const std::int32_t up = lw - 1;
            const std::int32_t down = lw + 1;
            std::uint64_t sigma = 0;
            std::uint32_t t = tail;
            for (std::uint32_t a = off[w]; a < off[w + 1]; ++a) {
                const Index u = adj[a];
                const Record r = record[u];
                // Masks instead of branches: whether a neighbour sits one level up is unpredictable.
                const bool isUp = r.level == up;
                sigma += r.sigma & (0u - static_cast<std::uint32_t>(isUp));
                predecessors[cursor] = u;
                cursor += isUp;
                const bool fresh = r.level < 0;
                queue[t] = u;
                t += fresh;
                record[u].level = fresh ? down : r.level;
            }
            tail = t;
            if (head > 0) {
                record[w].sigma = static_cast<std::uint32_t>(sigma);
                overflow |= sigma >> 32;
            }
            predecessorStart[head + 1] = cursor;
        }
        if (overflow != 0) {
            for (std::uint32_t i = 0; i < tail; ++i)
                record[queue[i]] = Record{0, -1};
            ++m_wideRuns;
            return runWide(s, weight, statWeight);
        }

        double harmonic = 0.0;
        double harmonicShifted = 0.0; // Σ 1/(d + 1): the harmonic sum of a leaf hanging at the source
        double distanceSum = 0.0;
        double *accumulated = m_accumulated.data();
        for (std::uint32_t i = 1; i < tail; ++i) {
            const std::int32_t level = record[queue[i]].level;
            harmonic += m_inverse[static_cast<std::size_t>(level)];
            harmonicShifted += m_inverse[static_cast<std::size_t>(level) + 1];
            distanceSum += static_cast<double>(level);
            accumulated[queue[i]] = 0.0;
        }
        const std::uint32_t reached = tail - 1;
        const int eccentricity = tail > 1 ? static_cast<int>(record[queue[tail - 1]].level) : 0;

        // Backward: with c(w) = 1/σ(w) + Σ_{successors u} c(u), δ(w) = σ(w) · Σ_{successors u} c(u); each
        // vertex pushes its c to its predecessors once all its successors (deeper levels) have pushed theirs.
        double *bc = m_bc.data();
        for (std::uint32_t i = tail - 1; i >= 1; --i) {
            const Index w = queue[i];
            const double sigma = record[w].sigma;
            const double sum = accumulated[w];
            const double delta = sigma * sum;
            bc[w] += weight * delta;
            if (!m_bcSquares.empty())
                m_bcSquares[w] += weight * delta * delta;
            const double c = 1.0 / sigma + sum;
            for (std::uint32_t k = predecessorStart[i]; k < predecessorStart[i + 1]; ++k)
                accumulated[predecessors[k]] += c;
        }
        if (!m_harmonicIn.empty()) {
            for (std::uint32_t i = 1; i < tail; ++i)
                m_harmonicIn[queue[i]] += weight * m_inverse[static_cast<std::size_t>(record[queue[i]].level)];
        }
        for (std::uint32_t i = 0; i < tail; ++i)
            record[queue[i]] = Record{0, -1};

        recordSource(statWeight, distanceSum, reached, eccentricity, harmonicShifted);
        return harmonic;
    }

    /// The same search with σ in double precision and level comparisons instead of predecessor lists, for
    /// networks whose path counts do not fit 32 bits.
    double runWide(std::uint32_t s, double weight, double statWeight)
    {
        const std::uint32_t *off = m_g.offsets.data();
        const Index *adj = m_g.adjacency.data();
        Level *level = m_level.data();
        double *value = m_value.data();
        Index *queue = m_queue.data();

        level[s] = 0;
        value[s] = 1.0;
        queue[0] = static_cast<Index>(s);
        std::uint32_t tail = 1;
        double harmonic = 0.0;
        double harmonicShifted = 0.0; // Σ 1/(d + 1): the harmonic sum of a leaf hanging at the source
        double distanceSum = 0.0;
        // Forward: discover the next level and pull σ from the previous one in the same scan.
        {
            const Index w = queue[0];
            for (std::uint32_t a = off[w]; a < off[w + 1]; ++a) {
                const Index u = adj[a];
                level[u] = 1;
                queue[tail++] = u;
            }
        }
        for (std::uint32_t head = 1; head < tail; ++head) {
            const Index w = queue[head];
            const Level lw = level[w];
            const Level up = static_cast<Level>(lw - 1);
            const Level down = static_cast<Level>(lw + 1);
            // Two accumulators break the chain of dependent additions; masks instead of branches, because
            // whether a neighbour sits one level up is unpredictable.
            double sigma0 = 0.0;
            double sigma1 = 0.0;
            std::uint32_t t = tail;
            std::uint32_t a = off[w];
            const std::uint32_t end = off[w + 1];
            for (; a + 1 < end; a += 2) {
                const Index u0 = adj[a];
                const Index u1 = adj[a + 1];
                const Level l0 = level[u0];
                const Level l1 = level[u1];
                sigma0 += masked(value[u0], l0 == up);
                sigma1 += masked(value[u1], l1 == up);
                const bool fresh0 = l0 < 0;
                queue[t] = u0;
                t += fresh0;
                level[u0] = fresh0 ? down : l0;
                const bool fresh1 = l1 < 0;
                queue[t] = u1;
                t += fresh1;
                level[u1] = fresh1 ? down : l1;
            }
            if (a < end) {
                const Index u = adj[a];
                const Level lu = level[u];
                sigma0 += masked(value[u], lu == up);
                const bool fresh = lu < 0;
                queue[t] = u;
                t += fresh;
                level[u] = fresh ? down : lu;
            }
            const double sigma = sigma0 + sigma1;
            tail = t;
            value[w] = sigma;
            harmonic += m_inverse[static_cast<std::size_t>(lw)];
            harmonicShifted += m_inverse[static_cast<std::size_t>(lw) + 1];
            distanceSum += static_cast<double>(lw);
        }
        const std::uint32_t reached = tail - 1;
        const int eccentricity = tail > 1 ? static_cast<int>(level[queue[tail - 1]]) : 0;

        // Backward: δ(w) = σ(w) · Σ_{successors u} c(u), c(w) = 1/σ(w) + Σ c(u).
        double *bc = m_bc.data();
        for (std::uint32_t i = tail - 1; i >= 1; --i) {
            const Index w = queue[i];
            const std::uint32_t begin = off[w];
            const std::uint32_t end = off[w + 1];
            const double sigma = value[w];
            if (end - begin == 1) { // a leaf has no successors
                value[w] = 1.0 / sigma;
                continue;
            }
            const Level down = static_cast<Level>(level[w] + 1);
            double sum0 = 0.0;
            double sum1 = 0.0;
            std::uint32_t a = begin;
            for (; a + 1 < end; a += 2) {
                const Index u0 = adj[a];
                const Index u1 = adj[a + 1];
                sum0 += masked(value[u0], level[u0] == down);
                sum1 += masked(value[u1], level[u1] == down);
            }
            if (a < end)
                sum0 += masked(value[adj[a]], level[adj[a]] == down);
            const double sum = sum0 + sum1;
            const double delta = sigma * sum;
            bc[w] += weight * delta;
            if (!m_bcSquares.empty())
                m_bcSquares[w] += weight * delta * delta;
            value[w] = 1.0 / sigma + sum;
        }
        if (!m_harmonicIn.empty()) {
            for (std::uint32_t i = 1; i < tail; ++i)
                m_harmonicIn[queue[i]] += weight * m_inverse[static_cast<std::size_t>(level[queue[i]])];
        }
        for (std::uint32_t i = 0; i < tail; ++i)
            level[queue[i]] = Level(-1);

        recordSource(statWeight, distanceSum, reached, eccentricity, harmonicShifted);
        return harmonic;
    }

    /// The distance statistics of the source just searched (kept for the leaves hanging at it).
    void recordSource(double statWeight, double distanceSum, std::uint32_t reached, int eccentricity,
                      double harmonicShifted)
    {
        m_distanceSum += statWeight * distanceSum;
        m_reachedPairs += statWeight * reached;
        m_maxEccentricity = std::max(m_maxEccentricity, eccentricity);
        m_lastEccentricity = eccentricity;
        m_lastReached = reached;
        m_lastDistanceSum = distanceSum;
        m_lastHarmonicShifted = harmonicShifted;
    }

    /// Adds what a leaf hanging at the last source contributes (see the comment in sweep()).
    double addLeaf(std::uint32_t parent)
    {
        m_bc[parent] += static_cast<double>(m_lastReached) - 1.0;
        m_distanceSum += m_lastDistanceSum + static_cast<double>(m_lastReached) - 1.0;
        m_reachedPairs += m_lastReached;
        const int eccentricity = m_lastEccentricity >= 2 ? m_lastEccentricity + 1 : (m_lastReached >= 2 ? 2 : 1);
        m_maxEccentricity = std::max(m_maxEccentricity, eccentricity);
        return 1.0 + m_lastHarmonicShifted - 0.5;
    }

    [[nodiscard]] const std::vector<double> &bc() const { return m_bc; }
    [[nodiscard]] const std::vector<double> &bcSquares() const { return m_bcSquares; }
    [[nodiscard]] const std::vector<double> &harmonicIn() const { return m_harmonicIn; }
    [[nodiscard]] double distanceSum() const { return m_distanceSum; }
    [[nodiscard]] double reachedPairs() const { return m_reachedPairs; }
    [[nodiscard]] int maxEccentricity() const { return m_maxEccentricity; }
    [[nodiscard]] int lastEccentricity() const { return m_lastEccentricity; }
    [[nodiscard]] std::uint64_t wideRuns() const { return m_wideRuns; }

private:
    /// Level and path count of one vertex in one cache access.
    struct Record
    {
        std::uint32_t sigma;
        std::int32_t level;
    };

    const CompactGraph<Index> &m_g;
    std::vector<Level> m_level;
    std::vector<double> m_value;
    std::vector<Index> m_queue;
    std::vector<double> m_bc;
    std::vector<double> m_bcSquares;
    std::vector<double> m_harmonicIn;
    std::vector<double> m_inverse;
    double m_distanceSum = 0.0;
    double m_reachedPairs = 0.0;
    int m_maxEccentricity = 0;
    int m_lastEccentricity = 0;
    std::uint32_t m_lastReached = 0;
    double m_lastDistanceSum = 0.0;
    double m_lastHarmonicShifted = 0.0;
    std::vector<Record> m_record;
    std::vector<double> m_accumulated;
    std::vector<Index> m_predecessors;
    std::vector<std::uint32_t> m_predecessorStart;
    std::uint64_t m_wideRuns = 0;
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

template<typename Index, typename Level>
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
    std::vector<std::unique_ptr<Sweeper<Index, Level>>> sweepers;
    for (unsigned t = 0; t < threads; ++t)
        sweepers.push_back(std::make_unique<Sweeper<Index, Level>>(g, sampled));
    std::vector<double> harmonicOut(n, 0.0);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    const std::size_t chunk = std::clamp<std::size_t>(sources.size() / (threads * 64) + 1, 1, 256);
    auto work = [&](unsigned t, bool reporter) {
        Sweeper<Index, Level> &sweeper = *sweepers[t];
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
            for (std::size_t i = begin; i < end; ++i) {
                const std::uint32_t source = sources[i];
                harmonicOut[source] = sweeper.run(source, weights[i], sampled ? weights[i] : 1.0);
                if (!sampled) {
                    for (const std::uint32_t leaf : leavesOf[source])
                        harmonicOut[leaf] = sweeper.addLeaf(source);
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
        return sweep<std::uint16_t, std::int16_t>(graph, options, control);
    return sweep<std::uint32_t, std::int32_t>(graph, options, control);
}

} // namespace netzatlas::analysis::Metrics
