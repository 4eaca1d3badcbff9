// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace netzatlas {

/// An amount in euro cents. Integer cents keep sums exact.
using Cents = qint64;

namespace Money {
/// "1.234,50 €" (German) formatting.
[[nodiscard]] QString format(Cents cents, bool withCurrency = true);
/// Parses "1.234,50", "1234.5", "1234,50 €", "-3" → cents. Rejects anything else.
[[nodiscard]] std::optional<Cents> parse(const QString &text);
} // namespace Money

/// A school year such as "2025/26", starting on 1 August.
struct SchoolYear
{
    int startYear = 0;

    [[nodiscard]] bool isValid() const { return startYear >= 1990 && startYear <= 2200; }
    [[nodiscard]] QString toString() const; ///< "2025/26"
    /// Accepts "2025/26", "2025/2026", "2025-26"; rejects "2025/27".
    [[nodiscard]] static std::optional<SchoolYear> parse(const QString &text);
    /// The school year a date falls into (1 August – 31 July).
    [[nodiscard]] static SchoolYear containing(int year, int month);
    auto operator<=>(const SchoolYear &) const = default;
};

} // namespace netzatlas
