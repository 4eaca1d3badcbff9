// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// The batched Brandes kernel (betweenness, harmonic closeness, distance statistics). Included by
// PathKernelGeneric.cpp and PathKernelAvx2.cpp only, each with its own NETZATLAS_KERNEL_NS, so that the two
// builds (different instruction sets) never merge under the one-definition rule. Raw pointers and plain
// loops only: no library template may be instantiated here (see SweepView).
//
// Why batches: one breadth-first search per source scans every arc once per source; on registry networks
// that costs about 4 ns per arc, as much as a bare BFS, so a faster single-source kernel is out of reach.
// Searching from 8 sources at once (multi-source BFS, Then et al., VLDB 2015) scans the adjacency of a
// vertex once per distinct level it has among the 8 searches. The sources of a batch are neighbours in BFS
// order, so a vertex mostly sits on 2 or 3 distinct levels: about 3 scans instead of 8. Per vertex, the 8
// path counts σ and the 8 dependency terms sit in one 64-byte row, which the compiler turns into vector
// instructions (4 SSE2 or 2 AVX operations per row).
//
// Forward, level by level: a vertex w on level d for the sources in mask F pushes to each neighbour u the
// sources m = F \ seen(u) (u is one level deeper for them) and adds σ(w) to σ(u) in those lanes. The
// (vertex, mask) pairs of each level are kept in one flat list.
// Backward, deepest level first: w on level d for the sources F pulls c(u) = 1/σ(u) + Σ c(successors of u)
// from the neighbours u one level deeper (the masks of level d + 1 are scattered to `below` for that);
// then δ(w) = σ(w) · Σ c(u) and c(w) = 1/σ(w) + Σ c(u) in the lanes of F. No division per arc.
// σ is a double: exact up to 2⁵³ paths, enough for lattices whose counts overflow 32 bits.
// Lanes are selected by a mask through a table of 0/1 rows (multiplying finite values by 0 or 1 is exact):
// branch-free, and vectorised by every compiler.

#include "PathKernel.h"

#ifndef NETZATLAS_KERNEL_NS
#error "define NETZATLAS_KERNEL_NS before including PathKernelImpl.h"
#endif

namespace netzatlas::analysis::Metrics::kernel::NETZATLAS_KERNEL_NS {

template<typename Index>
void runBatch(const SweepView<Index> &view, const std::uint32_t *sources, const double *weight, int count,
              SourceStats *stats)
{
    using Mask = std::uint8_t;
    constexpr int K = lanes;
    const std::uint32_t *off = view.offsets;
    const Index *adj = view.adjacency;
    const LaneRow *select = view.select;
    LaneRow *sigma = view.sigma;
    LaneRow *c = view.c;
    Mask *seen = view.seen;
    Mask *next = view.next;
    Mask *below = view.below;
    Index *listVertex = view.listVertex;
    Mask *listMask = view.listMask;
    std::uint32_t *levelStart = view.levelStart;

    LaneRow weights{};
    for (int k = 0; k < count; ++k)
        weights.v[k] = weight[k];
    levelStart[0] = 0;
    for (int k = 0; k < count; ++k) {
        listVertex[k] = static_cast<Index>(sources[k]);
        listMask[k] = static_cast<Mask>(1u << k);
        seen[sources[k]] = static_cast<Mask>(1u << k);
        sigma[sources[k]].v[k] = 1.0;
    }
    levelStart[1] = static_cast<std::uint32_t>(count);

    LaneRow harmonic{};
    LaneRow harmonicShifted{};
    LaneRow distanceSum{};
    LaneRow reached{};
    int eccentricity[K] = {};
    std::uint32_t levels = 1; // levels 0 … levels − 1 are in the list
    for (;; ++levels) {
        const std::uint32_t begin = levelStart[levels - 1];
        const std::uint32_t end = levelStart[levels];
        std::uint32_t tail = end;
        for (std::uint32_t i = begin; i < end; ++i) {
            const Index w = listVertex[i];
            const Mask from = listMask[i];
            const LaneRow sw = sigma[w];
            for (std::uint32_t a = off[w]; a < off[w + 1]; ++a) {
                const Index u = adj[a];
                const Mask m = static_cast<Mask>(from & ~seen[u]);
                // Branch-free: whether u is new for some source of the batch is unpredictable.
                listVertex[tail] = u;
                tail += static_cast<std::uint32_t>((next[u] == 0) & (m != 0));
                next[u] = static_cast<Mask>(next[u] | m);
                const LaneRow &s = select[m];
                LaneRow &su = sigma[u];
                for (int k = 0; k < K; ++k)
                    su.v[k] += sw.v[k] * s.v[k];
            }
        }
        if (tail == end)
            break;
        levelStart[levels + 1] = tail;
        const double level = static_cast<double>(levels);
        LaneRow found{};
        for (std::uint32_t i = end; i < tail; ++i) {
            const Index u = listVertex[i];
            const Mask m = next[u];
            listMask[i] = m;
            seen[u] = static_cast<Mask>(seen[u] | m);
            next[u] = 0;
            const LaneRow &s = select[m];
            for (int k = 0; k < K; ++k)
                found.v[k] += s.v[k];
            if (view.harmonicIn != nullptr) {
                double in = 0.0;
                for (int k = 0; k < K; ++k)
                    in += s.v[k] * weights.v[k];
                view.harmonicIn[u] += in / level;
            }
        }
        for (int k = 0; k < K; ++k) {
            harmonic.v[k] += found.v[k] / level;
            harmonicShifted.v[k] += found.v[k] / (level + 1.0);
            distanceSum.v[k] += found.v[k] * level;
            reached.v[k] += found.v[k];
            if (found.v[k] > 0.0)
                eccentricity[k] = static_cast<int>(levels);
        }
    }

    double *bc = view.betweenness;
    for (std::uint32_t d = levels - 1; d >= 1; --d) {
        const bool deeper = d + 1 < levels;
        if (deeper) {
            for (std::uint32_t i = levelStart[d + 1]; i < levelStart[d + 2]; ++i)
                below[listVertex[i]] = listMask[i];
        }
        for (std::uint32_t i = levelStart[d]; i < levelStart[d + 1]; ++i) {
            const Index w = listVertex[i];
            const Mask at = listMask[i];
            LaneRow sum{};
            if (deeper) {
                for (std::uint32_t a = off[w]; a < off[w + 1]; ++a) {
                    const Index u = adj[a];
                    const LaneRow &s = select[at & below[u]];
                    const LaneRow &cu = c[u];
                    for (int k = 0; k < K; ++k)
                        sum.v[k] += cu.v[k] * s.v[k];
                }
            }
            const LaneRow &f = select[at];
            const LaneRow &sw = sigma[w];
            LaneRow &cw = c[w];
            double dependency = 0.0;
            double squares = 0.0;
            for (int k = 0; k < K; ++k) {
                // Lanes outside `at` have sum 0 and keep their c; σ is replaced by 1 there so 1/σ stays finite.
                const double delta = sw.v[k] * sum.v[k];
                dependency += weights.v[k] * delta;
                squares += weights.v[k] * delta * delta;
                const double safe = sw.v[k] + (1.0 - f.v[k]);
                cw.v[k] = f.v[k] * (1.0 / safe + sum.v[k]) + (1.0 - f.v[k]) * cw.v[k];
            }
            bc[w] += dependency;
            if (view.betweennessSquares != nullptr)
                view.betweennessSquares[w] += squares;
        }
        if (deeper) {
            for (std::uint32_t i = levelStart[d + 1]; i < levelStart[d + 2]; ++i)
                below[listVertex[i]] = 0;
        }
    }
    // c needs no reset: each lane of a row is written on the vertex's level before it is read.
    for (std::uint32_t i = 0; i < levelStart[levels]; ++i) {
        seen[listVertex[i]] = 0;
        sigma[listVertex[i]] = LaneRow{};
    }
    for (int k = 0; k < count; ++k) {
        stats[k].harmonic = harmonic.v[k];
        stats[k].harmonicShifted = harmonicShifted.v[k];
        stats[k].distanceSum = distanceSum.v[k];
        stats[k].reached = static_cast<std::uint32_t>(reached.v[k]);
        stats[k].eccentricity = eccentricity[k];
    }
}

} // namespace netzatlas::analysis::Metrics::kernel::NETZATLAS_KERNEL_NS
