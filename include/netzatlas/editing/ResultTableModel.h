// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/ResultTable.h>
#include <netzatlas/core/Ids.h>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace netzatlas {

/// One result table of an analysis (analysis::ResultTable) as a read-only table model.
///
/// Display texts use German notation (decimal comma, at most three decimals, "ja"/"nein", TT.MM.JJJJ); SortRole
/// gives typed keys, so that numbers sort as numbers and dates as dates (for a QSortFilterProxyModel with
/// `setSortRole(ResultTableModel::SortRole)`); empty number cells sort before every number. ActorIdsRole and
/// LinkIdsRole give the actors and links behind a row (any column), for "show on the map" and for selecting
/// them in the registry.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< typed key: double (numbers), int (booleans), QDate or Text::fold()ed text
        ActorIdsRole,                ///< QList<qint64>: ActorId values behind the row
        LinkIdsRole,                 ///< QList<qint64>: LinkId values behind the row
        ColumnKeyRole,               ///< QString: the stable key of the column (header data, too)
        RawValueRole,                ///< the cell's value as the analysis produced it
    };
    Q_ENUM(Role)

    explicit ResultTableModel(QObject *parent = nullptr);

    /// Shows `table` (resets the model).
    void setTable(const analysis::ResultTable &table);
    /// Shows nothing.
    void clear();
    [[nodiscard]] const analysis::ResultTable &table() const { return m_table; }

    /// Notation of numbers and dates; German unless set otherwise (an English UI sets the English locale).
    void setLocale(const QLocale &locale);
    [[nodiscard]] QLocale locale() const { return m_locale; }

    /// The row of the table; nullptr when out of range.
    [[nodiscard]] const analysis::ResultRow *rowAt(int row) const;
    [[nodiscard]] QList<ActorId> actorsAt(int row) const;
    [[nodiscard]] QList<LinkId> linksAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    [[nodiscard]] QString displayText(const QVariant &value) const;
    [[nodiscard]] QVariant sortKey(const QVariant &value, analysis::ColumnType type) const;
    [[nodiscard]] QString toolTip(int row, int column) const;

    analysis::ResultTable m_table;
    QLocale m_locale{QLocale::German};
};

} // namespace netzatlas
