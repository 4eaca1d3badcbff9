// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace netzatlas::analysis {
struct AnalysisInput;
}

namespace netzatlas::cli {

/// `export REGISTRY --format svg|pdf|png …`: the diagram exports of the export command (docs/cli.md).
namespace DiagramExport {
/// True when the arguments ask for a diagram format (svg, pdf, png).
[[nodiscard]] bool handles(const QStringList &arguments);
[[nodiscard]] QString usage();
int run(const QStringList &arguments, const Command &command, CliContext &context);
/// `bench`: force-directed layout, SVG and PDF export of the whole network, and the frame time of panning over
/// it in a 1920 × 1080 view. `log(step, seconds, cpuSeconds)` prints one line; returns the figures for the JSON
/// report.
QJsonObject bench(std::shared_ptr<const analysis::AnalysisInput> input, const QString &dir,
                  const std::function<void(const QString &, double, double)> &log);
} // namespace DiagramExport

} // namespace netzatlas::cli
