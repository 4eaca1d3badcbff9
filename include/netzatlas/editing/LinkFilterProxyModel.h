// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/RecordFilterProxyModel.h>

namespace netzatlas {

/// Filters and sorts a LinkTableModel: quick filter over all text fields, link type, Handlungsfeld, status,
/// valid on a day, and a territory subtree (either end of the link seated inside). See RecordFilterProxyModel.
class LinkFilterProxyModel : public RecordFilterProxyModel
{
    Q_OBJECT

public:
    explicit LinkFilterProxyModel(QObject *parent = nullptr);

    void setTypeFilter(const QString &typeCode);
    void setActionFieldFilter(const QString &actionField);
    void setStatusFilter(const QString &status);
    /// Only links valid on `day`; a null date shows all.
    void setValidAt(const QDate &day);
    void setTerritoryFilter(const QString &rsPrefix);
};

} // namespace netzatlas
