// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The interface between the path-metrics driver (PathMetrics.cpp) and the batched Brandes kernel, which is
// compiled twice: once portable (PathKernelGeneric.cpp) and once for AVX2 (PathKernelAvx2.cpp), chosen at
// run time. Private to the analysis library.

#include <cstdint>

namespace netzatlas::analysis::Metrics::kernel {

/// What one source's search found, kept for the leaves folded into it.
struct SourceStats
{
    double harmonic = 0.0;        ///< Σ 1/d over the actors reached
    double harmonicShifted = 0.0; ///< Σ 1/(d + 1): the harmonic sum of a leaf hanging at the source
    double distanceSum = 0.0;
    std::uint32_t reached = 0; ///< actors reached, the source not counted
    int eccentricity = 0;
};

/// Sources searched at once by one call of the kernel.
constexpr int lanes = 8;

/// Eight values of a vertex, one per source of the batch: one cache line.
struct alignas(64) LaneRow
{
    double v[lanes];
};

/// The per-thread buffers of the sweep as raw pointers. The buffers are allocated in PathMetrics.cpp: the
/// AVX2 build of the kernel must not instantiate any library template (an AVX2 copy of, say,
/// std::fill<double *> could be chosen by the linker for the portable code too).
template<typename Index>
struct SweepView
{
    const std::uint32_t *offsets = nullptr; ///< CompactGraph::offsets
    const Index *adjacency = nullptr;
    const LaneRow *select = nullptr;      ///< 256 rows: lane k is 1 when bit k of the row's index is set, else 0
    LaneRow *sigma = nullptr;             ///< n rows, all zero between calls
    LaneRow *c = nullptr;                 ///< n rows
    std::uint8_t *seen = nullptr;         ///< n, all zero between calls
    std::uint8_t *next = nullptr;         ///< n, all zero between calls
    std::uint8_t *below = nullptr;        ///< n, all zero between calls
    Index *listVertex = nullptr;          ///< lanes · n + 1
    std::uint8_t *listMask = nullptr;     ///< lanes · n + 1
    std::uint32_t *levelStart = nullptr;  ///< n + 2
    double *betweenness = nullptr;        ///< n: Σ weight · δ_s(v)
    double *betweennessSquares = nullptr; ///< n or null: Σ weight · δ_s(v)² (sampled runs)
    double *harmonicIn = nullptr;         ///< n or null: Σ weight / d(s, v) (sampled runs)
};

/// Searches from sources[0 … count) at once (count ≤ lanes, all distinct). `weight` is each source's
/// multiplicity in a sample (1 for exact runs); stats[k] receives what the search from sources[k] found.
template<typename Index>
using BatchFunction = void (*)(const SweepView<Index> &view, const std::uint32_t *sources, const double *weight,
                               int count, SourceStats *stats);

/// The portable build of the kernel.
template<typename Index>
BatchFunction<Index> portableKernel();
/// The AVX2 build, or nullptr when this build has none or the processor lacks AVX2.
template<typename Index>
BatchFunction<Index> avx2Kernel();

} // namespace netzatlas::analysis::Metrics::kernel
