// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace netzatlas::analysis {

/// Progress and cancellation for long analyses. Both are optional.
///
/// `progress` is called from the thread that runs the analysis (not from the worker threads of a kernel),
/// with a fraction in [0, 1] and a German description of the step; a GUI forwards it with a queued signal.
/// `cancel` is polled often; when it becomes true the analysis stops soon and reports "abgebrochen".
struct JobControl
{
    std::function<void(double fraction, const QString &step)> progress;
    const std::atomic<bool> *cancel = nullptr;

    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction, const QString &step) const
    {
        if (progress)
            progress(fraction, step);
    }
};

} // namespace netzatlas::analysis
