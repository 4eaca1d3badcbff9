// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/RecordFilterProxyModel.h>

namespace netzatlas {

/// Filters and sorts an ActorTableModel for the actor table: quick filter over all text fields, territory
/// subtree (seat Regionalschlüssel prefix), actor type and SCP schools only. See RecordFilterProxyModel.
class ActorFilterProxyModel : public RecordFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActorFilterProxyModel(QObject *parent = nullptr);

    /// Regionalschlüssel prefix (Kreis, Verbandsgemeinde, Gemeinde …); empty = all territories.
    void setTerritoryFilter(const QString &rsPrefix);
    [[nodiscard]] QString territoryFilter() const { return prefixFilter(); }
    /// Actor type code; empty = all types.
    void setTypeFilter(const QString &typeCode);
    /// Only schools in the Startchancen-Programm.
    void setScpOnly(bool scpOnly);
};

} // namespace netzatlas
