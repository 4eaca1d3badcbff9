// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The four layouts, each working on the canonical (key-sorted) form of the input graph.

#include "LayoutSupport.h"

#include <QCoreApplication>

namespace netzatlas::render::detail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::render", text);
}

/// The input in canonical order: node i here is graph.nodes[original[i]]; nodes sorted by key.
struct Canonical
{
    std::vector<int> original;
    std::vector<const LayoutNode *> nodes;
    CsrGraph graph;
    std::vector<Footprint> footprints; ///< with the spacing margin
    std::vector<char> pinned;
    std::vector<Vec> start;
    [[nodiscard]] int size() const { return graph.n; }
};

/// Positions in canonical order plus groups; a null optional means cancelled.
struct Placement
{
    std::vector<Vec> positions;
    std::vector<LayoutGroup> groups;
};

Result<Placement> forceDirectedLayout(const Canonical &input, const LayoutOptions &options, Monitor &monitor);
Result<Placement> groupedLayout(const Canonical &input, const LayoutOptions &options, Monitor &monitor);
Result<Placement> lanesLayout(const Canonical &input, const LayoutOptions &options, Monitor &monitor);
Result<Placement> ringsLayout(const Canonical &input, const LayoutOptions &options, Monitor &monitor);

/// The error every layout returns when the caller cancels.
Error cancelledError();

/// Puts pinned nodes back at their positions and pushes the others off them (structured layouts).
bool applyPins(const Canonical &input, std::vector<Vec> &positions, Monitor::Range progress);

} // namespace netzatlas::render::detail
