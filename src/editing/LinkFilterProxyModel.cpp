// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/LinkFilterProxyModel.h>

#include <netzatlas/editing/LinkTableModel.h>

namespace netzatlas {

LinkFilterProxyModel::LinkFilterProxyModel(QObject *parent)
    : RecordFilterProxyModel(parent)
{
    setSortRole(LinkTableModel::SortRole);
    setSearchRole(LinkTableModel::SearchTextRole);
}

void LinkFilterProxyModel::setTypeFilter(const QString &typeCode)
{
    setValueFilter(LinkTableModel::TypeCodeRole, typeCode);
}

void LinkFilterProxyModel::setActionFieldFilter(const QString &actionField)
{
    setValueFilter(LinkTableModel::ActionFieldRole, actionField);
}

void LinkFilterProxyModel::setStatusFilter(const QString &status)
{
    setValueFilter(LinkTableModel::StatusRole, status);
}

void LinkFilterProxyModel::setValidAt(const QDate &day)
{
    setDateFilter(LinkTableModel::ValidFromRole, LinkTableModel::ValidUntilRole, day);
}

void LinkFilterProxyModel::setTerritoryFilter(const QString &rsPrefix)
{
    setPrefixFilter({LinkTableModel::SourceSeatRole, LinkTableModel::TargetSeatRole}, rsPrefix);
}

} // namespace netzatlas
