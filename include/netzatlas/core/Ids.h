// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>
#include <functional>

namespace netzatlas {

/// A strongly typed row id. 0 means "not stored yet".
template<typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v)
        : value(v)
    {
    }
    [[nodiscard]] constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template<typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using ActorId = Id<struct ActorTag>;
using LinkId = Id<struct LinkTag>;
using ContactId = Id<struct ContactTag>;
using CommitteeId = Id<struct CommitteeTag>;
using MembershipId = Id<struct MembershipTag>;
using MeasureId = Id<struct MeasureTag>;
using BudgetId = Id<struct BudgetTag>;
using ViewId = Id<struct ViewTag>;

} // namespace netzatlas

template<typename Tag>
struct std::hash<netzatlas::Id<Tag>>
{
    size_t operator()(netzatlas::Id<Tag> id) const noexcept { return std::hash<qint64>{}(id.value); }
};
