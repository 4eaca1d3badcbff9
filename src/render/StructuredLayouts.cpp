// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Temporary: the grouped, lane and ring layouts follow in the next commits.
#include "Layouts.h"

namespace netzatlas::render::detail {

Result<Placement> groupedLayout(const Canonical &, const LayoutOptions &, Monitor &)
{
    return Error::make(tr("Dieses Layout ist noch nicht verfügbar."));
}
Result<Placement> lanesLayout(const Canonical &, const LayoutOptions &, Monitor &)
{
    return Error::make(tr("Dieses Layout ist noch nicht verfügbar."));
}
Result<Placement> ringsLayout(const Canonical &, const LayoutOptions &, Monitor &)
{
    return Error::make(tr("Dieses Layout ist noch nicht verfügbar."));
}

} // namespace netzatlas::render::detail
