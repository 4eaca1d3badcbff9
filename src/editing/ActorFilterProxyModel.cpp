// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ActorFilterProxyModel.h>

#include <netzatlas/editing/ActorTableModel.h>

namespace netzatlas {

ActorFilterProxyModel::ActorFilterProxyModel(QObject *parent)
    : RecordFilterProxyModel(parent)
{
    setSortRole(ActorTableModel::SortRole);
    setSearchRole(ActorTableModel::SearchTextRole);
}

void ActorFilterProxyModel::setTerritoryFilter(const QString &rsPrefix)
{
    setPrefixFilter({ActorTableModel::SeatRsRole}, rsPrefix);
}

void ActorFilterProxyModel::setTypeFilter(const QString &typeCode)
{
    setValueFilter(ActorTableModel::TypeCodeRole, typeCode);
}

void ActorFilterProxyModel::setScpOnly(bool scpOnly)
{
    setValueFilter(ActorTableModel::ScpRole, scpOnly ? QVariant(true) : QVariant());
}

} // namespace netzatlas
