// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// Degree, density, eigenvector centrality, clustering, Burt's constraint and the cut analysis
// (articulation points and bridges with what their loss cuts off), on the CSR snapshot.
#include <netzatlas/analysis/StructureMetrics.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace netzatlas::analysis::Metrics {

namespace {

std::vector<double> arcWeights(const GraphSnapshot &graph)
{
    std::vector<double> w(graph.arcEdges().size());
    for (std::size_t a = 0; a < w.size(); ++a)
        w[a] = graph.edges()[graph.arcEdges()[a]].weight;
    return w;
}

} // namespace

Degrees degrees(const GraphSnapshot &graph)
{
    Degrees d;
    const auto n = static_cast<std::size_t>(graph.vertexCount());
    d.degree.assign(n, 0);
    d.linkCount.assign(n, 0);
    d.weightedDegree.assign(n, 0.0);
    for (std::size_t v = 0; v < n; ++v)
        d.degree[v] = graph.degree(static_cast<int>(v));
    for (const SnapshotLink &l : graph.links()) {
        if (l.source == l.target)
            continue;
        for (const int v : {l.source, l.target}) {
            ++d.linkCount[static_cast<std::size_t>(v)];
            d.weightedDegree[static_cast<std::size_t>(v)] += l.intensity;
        }
    }
    return d;
}

double density(const GraphSnapshot &graph)
{
    const double n = graph.vertexCount();
    if (n < 2)
        return 0.0;
    return 2.0 * graph.edgeCount() / (n * (n - 1.0));
}

std::vector<double> eigenvectorCentrality(const GraphSnapshot &graph, int maxIterations, double tolerance)
{
    const auto n = static_cast<std::size_t>(graph.vertexCount());
    std::vector<double> x(n, 1.0);
    if (graph.edgeCount() == 0) {
        std::fill(x.begin(), x.end(), 0.0);
        return x;
    }
    const auto &off = graph.offsets();
    const auto &nb = graph.neighbours();
    const std::vector<double> w = arcWeights(graph);
    std::vector<double> y(n);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        double norm = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            double sum = x[v]; // (A + I) x
            for (std::uint32_t a = off[v]; a < off[v + 1]; ++a)
                sum += w[a] * x[nb[a]];
            y[v] = sum;
            norm = std::max(norm, sum);
        }
        double change = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            const double value = y[v] / norm;
            change = std::max(change, std::abs(value - x[v]));
            x[v] = value;
        }
        if (change < tolerance)
            break;
    }
    // Actors without links keep only the identity's share of the start vector: they have no centrality.
    for (std::size_t v = 0; v < n; ++v) {
        if (off[v + 1] == off[v])
            x[v] = 0.0;
    }
    const double top = *std::max_element(x.begin(), x.end());
    if (top > 0) {
        for (double &value : x)
            value /= top;
    }
    return x;
}

Clustering clustering(const GraphSnapshot &graph)
{
    Clustering result;
    const auto n = static_cast<std::size_t>(graph.vertexCount());
    result.local.assign(n, 0.0);
    result.triangles.assign(n, 0);
    if (n == 0)
        return result;
    const auto &off = graph.offsets();
    const auto &nb = graph.neighbours();
    // Orient every edge towards the higher (degree, index) rank; each triangle is found once.
    auto rankLess = [&](std::uint32_t a, std::uint32_t b) {
        const auto da = off[a + 1] - off[a];
        const auto db = off[b + 1] - off[b];
        return da != db ? da < db : a < b;
    };
    std::vector<std::uint32_t> mark(n, std::numeric_limits<std::uint32_t>::max());
    for (std::uint32_t v = 0; v < n; ++v) {
        for (std::uint32_t a = off[v]; a < off[v + 1]; ++a) {
            if (rankLess(v, nb[a]))
                mark[nb[a]] = v;
        }
        for (std::uint32_t a = off[v]; a < off[v + 1]; ++a) {
            const std::uint32_t u = nb[a];
            if (!rankLess(v, u))
                continue;
            for (std::uint32_t b = off[u]; b < off[u + 1]; ++b) {
                const std::uint32_t w = nb[b];
                if (rankLess(u, w) && mark[w] == v) {
                    ++result.triangles[v];
                    ++result.triangles[u];
                    ++result.triangles[w];
                }
            }
        }
    }
    double triples = 0.0;
    double closed = 0.0;
    double sumLocal = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        const double d = off[v + 1] - off[v];
        const double pairs = d * (d - 1.0) / 2.0;
        if (pairs > 0)
            result.local[v] = static_cast<double>(result.triangles[v]) / pairs;
        triples += std::max(0.0, pairs);
        closed += static_cast<double>(result.triangles[v]);
        sumLocal += result.local[v];
    }
    result.averageLocal = sumLocal / static_cast<double>(n);
    result.transitivity = triples > 0 ? closed / triples : 0.0;
    return result;
}

std::vector<double> burtConstraint(const GraphSnapshot &graph)
{
    const auto n = static_cast<std::size_t>(graph.vertexCount());
    std::vector<double> constraint(n, std::numeric_limits<double>::quiet_NaN());
    const auto &off = graph.offsets();
    const auto &nb = graph.neighbours();
    const std::vector<double> w = arcWeights(graph);
    std::vector<double> strength(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        for (std::uint32_t a = off[v]; a < off[v + 1]; ++a)
            strength[v] += w[a];
    }
    // p[q] holds p_iq for the neighbours q of the current i (stamped by `owner`).
    std::vector<double> p(n, 0.0);
    std::vector<std::uint32_t> owner(n, std::numeric_limits<std::uint32_t>::max());
    auto weightBetween = [&](std::uint32_t a, std::uint32_t b) {
        const auto begin = nb.begin() + off[a];
        const auto end = nb.begin() + off[a + 1];
        const auto it = std::lower_bound(begin, end, b);
        return it != end && *it == b ? w[static_cast<std::size_t>(it - nb.begin())] : 0.0;
    };
    for (std::uint32_t i = 0; i < n; ++i) {
        if (off[i + 1] == off[i])
            continue;
        for (std::uint32_t a = off[i]; a < off[i + 1]; ++a) {
            p[nb[a]] = w[a] / strength[i];
            owner[nb[a]] = i;
        }
        double c = 0.0;
        for (std::uint32_t a = off[i]; a < off[i + 1]; ++a) {
            const std::uint32_t j = nb[a];
            double indirect = 0.0;
            const std::uint32_t degI = off[i + 1] - off[i];
            const std::uint32_t degJ = off[j + 1] - off[j];
            if (degJ <= degI) {
                // q runs over N(j) ∩ N(i): p_iq · p_qj with p_qj = w_qj / s_q.
                for (std::uint32_t b = off[j]; b < off[j + 1]; ++b) {
                    const std::uint32_t q = nb[b];
                    if (q != i && owner[q] == i)
                        indirect += p[q] * w[b] / strength[q];
                }
            } else {
                for (std::uint32_t b = off[i]; b < off[i + 1]; ++b) {
                    const std::uint32_t q = nb[b];
                    if (q == j)
                        continue;
                    const double wqj = weightBetween(q, j);
                    if (wqj > 0)
                        indirect += p[q] * wqj / strength[q];
                }
            }
            const double total = p[j] + indirect;
            c += total * total;
        }
        constraint[i] = c;
    }
    return constraint;
}

CutAnalysis cutAnalysis(const GraphSnapshot &graph, const std::vector<char> &isSchool)
{
    constexpr std::size_t listLimit = 500;
    CutAnalysis result;
    const auto n = static_cast<std::size_t>(graph.vertexCount());
    const auto &off = graph.offsets();
    const auto &nb = graph.neighbours();
    const auto &arcEdge = graph.arcEdges();
    std::vector<int> disc(n, -1);
    std::vector<int> low(n, 0);
    std::vector<int> parent(n, -1);
    std::vector<int> parentEdge(n, -1);
    std::vector<int> size(n, 1);
    std::vector<int> schools(n, 0);
    std::vector<int> preorder; // disc → vertex: a DFS subtree is a contiguous range
    preorder.reserve(n);
    std::vector<std::uint32_t> cursor(n, 0);
    std::vector<int> root(n, -1);
    std::vector<int> stack;
    for (std::size_t r = 0; r < n; ++r) {
        if (disc[r] >= 0)
            continue;
        stack.push_back(static_cast<int>(r));
        disc[r] = low[r] = static_cast<int>(preorder.size());
        preorder.push_back(static_cast<int>(r));
        cursor[r] = off[r];
        while (!stack.empty()) {
            const auto v = static_cast<std::size_t>(stack.back());
            root[v] = static_cast<int>(r);
            if (cursor[v] < off[v + 1]) {
                const std::uint32_t a = cursor[v]++;
                const std::uint32_t u = nb[a];
                if (disc[u] < 0) {
                    parent[u] = static_cast<int>(v);
                    parentEdge[u] = static_cast<int>(arcEdge[a]);
                    disc[u] = low[u] = static_cast<int>(preorder.size());
                    preorder.push_back(static_cast<int>(u));
                    cursor[u] = off[u];
                    stack.push_back(static_cast<int>(u));
                } else if (static_cast<int>(arcEdge[a]) != parentEdge[v]) {
                    low[v] = std::min(low[v], disc[u]);
                }
            } else {
                stack.pop_back();
                if (v < isSchool.size() && isSchool[v])
                    ++schools[v];
                if (parent[v] >= 0) {
                    const auto p = static_cast<std::size_t>(parent[v]);
                    low[p] = std::min(low[p], low[v]);
                    size[p] += size[v];
                    schools[p] += schools[v];
                }
            }
        }
    }

    // Vertices of a subtree (preorder range), up to the list limit.
    auto appendSubtree = [&](int child, std::vector<int> &out) {
        const auto begin = static_cast<std::size_t>(disc[static_cast<std::size_t>(child)]);
        const auto end = begin + static_cast<std::size_t>(size[static_cast<std::size_t>(child)]);
        for (std::size_t i = begin; i < end && out.size() < listLimit; ++i)
            out.push_back(preorder[i]);
    };

    // Children of every vertex in the DFS tree.
    std::vector<int> childStart(n + 1, 0);
    for (std::size_t v = 0; v < n; ++v) {
        if (parent[v] >= 0)
            ++childStart[static_cast<std::size_t>(parent[v]) + 1];
    }
    for (std::size_t v = 0; v < n; ++v)
        childStart[v + 1] += childStart[v];
    std::vector<int> children(static_cast<std::size_t>(childStart[n]));
    {
        std::vector<int> fill(childStart.begin(), childStart.end() - 1);
        for (std::size_t v : preorder) {
            if (parent[v] >= 0)
                children[static_cast<std::size_t>(fill[static_cast<std::size_t>(parent[v])]++)] = static_cast<int>(v);
        }
    }

    for (std::size_t v = 0; v < n; ++v) {
        const bool isRoot = parent[v] < 0;
        const int componentSize = size[static_cast<std::size_t>(root[v])];
        const int componentSchools = schools[static_cast<std::size_t>(root[v])];
        // Pieces: separated child subtrees, plus (for a non-root) the rest of the component.
        std::vector<int> pieceChildren;
        int separated = 0;
        int separatedSchools = 0;
        for (int i = childStart[v]; i < childStart[v + 1]; ++i) {
            const int c = children[static_cast<std::size_t>(i)];
            if (isRoot || low[static_cast<std::size_t>(c)] >= disc[v]) {
                pieceChildren.push_back(c);
                separated += size[static_cast<std::size_t>(c)];
                separatedSchools += schools[static_cast<std::size_t>(c)];
            }
        }
        const bool articulation = isRoot ? pieceChildren.size() >= 2 : !pieceChildren.empty();
        if (!articulation)
            continue;
        const int selfSchool = v < isSchool.size() && isSchool[v] ? 1 : 0;
        const int restSize = isRoot ? 0 : componentSize - 1 - separated;
        const int restSchools = isRoot ? 0 : componentSchools - selfSchool - separatedSchools;
        // The largest piece stays "the network"; the others are cut off.
        int largestChild = -1;
        int largestSize = restSize;
        for (const int c : pieceChildren) {
            if (size[static_cast<std::size_t>(c)] > largestSize) {
                largestSize = size[static_cast<std::size_t>(c)];
                largestChild = c;
            }
        }
        CutImpact impact;
        impact.pieces = static_cast<int>(pieceChildren.size()) + (restSize > 0 ? 1 : 0);
        impact.cutOff = componentSize - 1 - largestSize;
        impact.schoolsCutOff = componentSchools - selfSchool -
                               (largestChild < 0 ? restSchools : schools[static_cast<std::size_t>(largestChild)]);
        for (const int c : pieceChildren) {
            if (c != largestChild)
                appendSubtree(c, impact.cutOffVertices);
        }
        if (largestChild >= 0 && restSize > 0) {
            // The rest of the component (outside v's subtree) is cut off: list it.
            const int r = root[v];
            const auto begin = static_cast<std::size_t>(disc[static_cast<std::size_t>(r)]);
            const auto end = begin + static_cast<std::size_t>(componentSize);
            const auto subBegin = static_cast<std::size_t>(disc[v]);
            const auto subEnd = subBegin + static_cast<std::size_t>(size[v]);
            for (std::size_t i = begin; i < end && impact.cutOffVertices.size() < listLimit; ++i) {
                if (i < subBegin || i >= subEnd)
                    impact.cutOffVertices.push_back(preorder[i]);
            }
        }
        result.articulationPoints.push_back(static_cast<int>(v));
        result.articulationImpact.push_back(std::move(impact));
    }

    std::vector<std::pair<int, CutImpact>> bridges;
    for (std::size_t c = 0; c < n; ++c) {
        if (parent[c] < 0 || low[c] <= disc[static_cast<std::size_t>(parent[c])])
            continue;
        const int componentSize = size[static_cast<std::size_t>(root[c])];
        const int componentSchools = schools[static_cast<std::size_t>(root[c])];
        CutImpact impact;
        impact.pieces = 2;
        const int below = size[c];
        if (below <= componentSize - below) {
            impact.cutOff = below;
            impact.schoolsCutOff = schools[c];
            appendSubtree(static_cast<int>(c), impact.cutOffVertices);
        } else {
            impact.cutOff = componentSize - below;
            impact.schoolsCutOff = componentSchools - schools[c];
            const int r = root[c];
            const auto begin = static_cast<std::size_t>(disc[static_cast<std::size_t>(r)]);
            const auto end = begin + static_cast<std::size_t>(componentSize);
            const auto subBegin = static_cast<std::size_t>(disc[c]);
            const auto subEnd = subBegin + static_cast<std::size_t>(below);
            for (std::size_t i = begin; i < end && impact.cutOffVertices.size() < listLimit; ++i) {
                if (i < subBegin || i >= subEnd)
                    impact.cutOffVertices.push_back(preorder[i]);
            }
        }
        bridges.emplace_back(parentEdge[c], std::move(impact));
    }
    std::sort(bridges.begin(), bridges.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[edge, impact] : bridges) {
        result.bridges.push_back(edge);
        result.bridgeImpact.push_back(std::move(impact));
    }
    return result;
}

double modularity(const GraphSnapshot &graph, const std::vector<int> &communityOf, double resolution)
{
    double total = 0.0;
    for (const SnapshotEdge &e : graph.edges())
        total += e.weight;
    if (total <= 0)
        return 0.0;
    const double m2 = 2.0 * total;
    int communities = 0;
    for (const int c : communityOf)
        communities = std::max(communities, c + 1);
    std::vector<double> inside(static_cast<std::size_t>(communities), 0.0);
    std::vector<double> strength(static_cast<std::size_t>(communities), 0.0);
    for (const SnapshotEdge &e : graph.edges()) {
        const auto cu = static_cast<std::size_t>(communityOf[static_cast<std::size_t>(e.u)]);
        const auto cv = static_cast<std::size_t>(communityOf[static_cast<std::size_t>(e.v)]);
        strength[cu] += e.weight;
        strength[cv] += e.weight;
        if (cu == cv)
            inside[cu] += 2.0 * e.weight;
    }
    double q = 0.0;
    for (std::size_t c = 0; c < inside.size(); ++c)
        q += inside[c] / m2 - resolution * (strength[c] / m2) * (strength[c] / m2);
    return q;
}

} // namespace netzatlas::analysis::Metrics
