// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Catalogue.h>

namespace netzatlas {

bool Actor::isSchool() const
{
    return typeCode == DomainCatalogue::SchoolType;
}

bool Actor::sameContent(const Actor &other) const
{
    Actor a = *this;
    Actor b = other;
    a.id = b.id = ActorId{};
    a.rowVersion = b.rowVersion = 0;
    return a == b;
}

} // namespace netzatlas
