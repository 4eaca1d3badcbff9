// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The portable build of the batched Brandes kernel (SSE2 on x86-64), and the run-time choice of the AVX2 one.
#define NETZATLAS_KERNEL_NS portable
#include "PathKernelImpl.h"

namespace netzatlas::analysis::Metrics::kernel {

#ifdef NETZATLAS_AVX2_KERNEL
namespace avx2 {
template<typename Index>
void runBatch(const SweepView<Index> &, const std::uint32_t *, const double *, int, SourceStats *);
}
#endif

template<typename Index>
BatchFunction<Index> portableKernel()
{
    return &portable::runBatch<Index>;
}

template<typename Index>
BatchFunction<Index> avx2Kernel()
{
#ifdef NETZATLAS_AVX2_KERNEL
    static const bool available = __builtin_cpu_supports("avx2");
    if (available)
        return &avx2::runBatch<Index>;
#endif
    return nullptr;
}

template BatchFunction<std::uint16_t> portableKernel<std::uint16_t>();
template BatchFunction<std::uint32_t> portableKernel<std::uint32_t>();
template BatchFunction<std::uint16_t> avx2Kernel<std::uint16_t>();
template BatchFunction<std::uint32_t> avx2Kernel<std::uint32_t>();

} // namespace netzatlas::analysis::Metrics::kernel
