// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Money.h>

#include <QLineEdit>

#include <optional>

namespace netzatlas {

/// A line edit for euro amounts in German notation: shows "1.234,50 €", accepts "1234,5", "1.234,50 €",
/// "1234.50" (Money::parse) and reformats when editing ends. Text that is no amount stays as typed so that the
/// editor can name it in its message; cents() is then empty.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    /// The amount; std::nullopt when the text is no amount. An empty field is 0.
    [[nodiscard]] std::optional<Cents> cents() const;
    void setCents(Cents cents);
};

/// Persisted thresholds of the planning rules (QSettings group "planning").
struct PlanningSettings;
namespace PlanningSettingsStore {
[[nodiscard]] PlanningSettings load();
void save(const PlanningSettings &settings);
} // namespace PlanningSettingsStore

} // namespace netzatlas
