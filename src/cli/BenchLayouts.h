// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/GraphSnapshot.h>
#include <netzatlas/render/Layout.h>

#include <QJsonObject>
#include <QString>

#include <functional>

namespace netzatlas::cli {

/// The layout graph of a snapshot as the benchmark sees it: 24 × 24 nodes with a label box estimated from
/// the short name, territory path from the seat, Bildungskette stage from type and Schulart.
render::LayoutGraph benchLayoutGraph(const analysis::GraphSnapshot &graph, const analysis::AnalysisInput &input);

/// Writes the graph as DOT with the same node footprints (fixed-size boxes), for Graphviz sfdp.
QByteArray layoutGraphToDot(const render::LayoutGraph &graph);

/// Times every layout on the snapshot (wall and CPU seconds, overlaps left) and, when `sfdp` is set,
/// Graphviz sfdp on the same graph written to `dotFile` (with and without its overlap removal).
/// `log(label, seconds, cpuSeconds)` prints one line.
QJsonObject benchLayouts(const analysis::GraphSnapshot &graph, const analysis::AnalysisInput &input,
                         const QString &dotFile, bool sfdp,
                         const std::function<void(const QString &, double, double)> &log);

} // namespace netzatlas::cli
