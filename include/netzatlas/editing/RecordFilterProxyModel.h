// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCollator>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariant>

namespace netzatlas {

/// Filters and sorts one of the record tables (actors, links, committees).
///
/// - Quick filter: every word of the text must occur in the row's search text (searchRole(), folded text of all
///   text fields), case- and umlaut-insensitively ("rudesheim", "Ruedesheim" and "RÜDESHEIM" all find "Rüdesheim").
/// - Value filters: only rows whose data for a role equals a value (type, SCP, Handlungsfeld, status).
/// - Prefix filter: only rows where one of some roles starts with a prefix (a territory subtree by
///   Regionalschlüssel).
/// - Date filter: only rows valid on a day (from ≤ day ≤ until, a null date is open).
/// - Sorting: by sortRole() with a locale-aware, case-insensitive, numeric-aware collator (German when the
///   system locale is "C"); empty cells sort last in both directions, like Excel.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    /// Role that holds the folded search text of a row (column 0).
    void setSearchRole(int role) { m_searchRole = role; }

    void setQuickFilter(const QString &text);
    [[nodiscard]] QString quickFilter() const { return m_quickFilter; }

    /// Only rows whose `role` data (column 0) equals `value`; an invalid or empty value switches the filter off.
    void setValueFilter(int role, const QVariant &value);
    [[nodiscard]] QVariant valueFilter(int role) const { return m_values.value(role); }

    /// Only rows where the data of one of `roles` starts with `prefix`; empty = no filter.
    void setPrefixFilter(const QList<int> &roles, const QString &prefix);
    [[nodiscard]] QString prefixFilter() const { return m_prefix; }

    /// Only rows valid on `day` (roles hold QDate; null dates are open); a null day switches the filter off.
    void setDateFilter(int fromRole, int untilRole, const QDate &day);
    [[nodiscard]] QDate dateFilter() const { return m_day; }

    /// True when any filter besides sorting is active.
    [[nodiscard]] bool isFiltering() const;

Q_SIGNALS:
    /// A filter changed (after the rows were re-filtered).
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    void refilter();

private:
    int m_searchRole = Qt::UserRole + 3;
    QString m_quickFilter;
    QStringList m_words;
    QHash<int, QVariant> m_values;
    QList<int> m_prefixRoles;
    QString m_prefix;
    int m_fromRole = -1;
    int m_untilRole = -1;
    QDate m_day;
    QCollator m_collator;
};

} // namespace netzatlas
