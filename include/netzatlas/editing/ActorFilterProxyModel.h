// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace netzatlas {

/// Filters and sorts an ActorTableModel for the actor table.
///
/// - Quick filter: every word of the text must occur in the row's ActorTableModel::SearchTextRole,
///   case- and umlaut-insensitively ("rudesheim", "Ruedesheim" and "RÜDESHEIM" all find "Rüdesheim").
/// - Territory filter: only actors whose seat Regionalschlüssel starts with the given prefix.
/// - Sorting: by ActorTableModel::SortRole with a locale-aware, case-insensitive, numeric-aware collator
///   (German when the system locale is "C"); empty cells sort last in both directions, like Excel.
class ActorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActorFilterProxyModel(QObject *parent = nullptr);

    void setQuickFilter(const QString &text);
    [[nodiscard]] QString quickFilter() const { return m_quickFilter; }

    /// Regionalschlüssel prefix (Kreis, Verbandsgemeinde, Gemeinde …); empty = all territories.
    void setTerritoryFilter(const QString &rsPrefix);
    [[nodiscard]] QString territoryFilter() const { return m_territoryPrefix; }

Q_SIGNALS:
    /// The quick or territory filter changed (after the rows were re-filtered).
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_quickFilter;
    QStringList m_words;
    QString m_territoryPrefix;
    QCollator m_collator;
};

} // namespace netzatlas
