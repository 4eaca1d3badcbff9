// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A minimal LayoutGraph builder for the layout tests (the production one lives with the diagram model).

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/render/Layout.h>

namespace netzatlas::test {

/// One node per actor (label sized from its short name or name), one edge per link with intensity as
/// weight, territory path and names from the actor's seat, Bildungskette stage from type and Schulart.
render::LayoutGraph layoutGraphFromRegistry(RegistryRepository &registry);

/// Counts the pairs of the nodes' shapes and labels that overlap (render::countLayoutOverlaps).
inline int countOverlaps(const render::LayoutGraph &graph, const render::LayoutResult &result, bool withGroupLabels,
                         render::LayoutKind kind = render::LayoutKind::ForceDirected)
{
    return render::countLayoutOverlaps(graph, result, kind, withGroupLabels);
}

} // namespace netzatlas::test
