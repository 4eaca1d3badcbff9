// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

namespace netzatlas::cli {

/// `bench [--scale vg|kreis|land|bund] [--seed N] [--json FILE] [--out DIR] [--exact|--sampled] [--memory]`:
/// generates a deterministic network (bench/NetworkGenerator), writes it into a temporary registry, and times
/// loading, every analysis and the peak memory. Writes the network as an edge list for bench/igraph_compare.py.
class BenchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace netzatlas::cli
