// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QList>
#include <QString>
#include <QVariant>

namespace netzatlas::analysis {

enum class ColumnType {
    Text,
    Integer,
    Number, ///< floating point
    Boolean,
    Date,
};

/// A column of a result table: a stable key (for JSON/CSV and code) and a German title (for people).
struct ResultColumn
{
    QString key;
    QString title;
    ColumnType type = ColumnType::Text;
};

/// One row: the cells in column order, plus the actors and links behind it (for "show on map", for
/// selecting in the registry, and for the JSON/CSV references).
struct ResultRow
{
    QVariantList cells;
    QList<ActorId> actors;
    QList<LinkId> links;
};

/// A headline number of a table ("12 von 40 SCP-Schulen ohne Jugendhilfe-Partner").
struct KeyFigure
{
    QString key;
    QString label; ///< German
    QVariant value;
};

/// The result of one analysis step as a table that a GUI shows sortable, the CLI prints and the exporters
/// write. Plain data; copyable; safe to pass between threads.
struct ResultTable
{
    QString id;          ///< stable, unique in a report ("youth-welfare.schools")
    QString analysis;    ///< the analysis that produced it ("youth-welfare")
    QString title;       ///< German
    QString explanation; ///< German: what the numbers mean
    QString advice;      ///< German: what a coordinator can do about it
    QList<ResultColumn> columns;
    QList<ResultRow> rows;
    QList<KeyFigure> figures;

    [[nodiscard]] int columnIndex(const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key)
                return i;
        }
        return -1;
    }
    [[nodiscard]] QVariant figure(const QString &key) const
    {
        for (const KeyFigure &f : figures) {
            if (f.key == key)
                return f.value;
        }
        return {};
    }
};

} // namespace netzatlas::analysis
