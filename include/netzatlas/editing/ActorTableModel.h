// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/RegistryDocument.h>

#include <netzatlas/core/Actor.h>

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QPointer>

namespace netzatlas {

/// The actors of a RegistryDocument as a table, one row per actor in the document's order.
///
/// Display texts are German catalogue labels and territory names resolved once per reset; the model
/// follows the document's actorsReset() / territoriesReset() / cataloguesReset() signals with a model reset.
/// Read-only for now (edits will be undo commands on the document).
class ActorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SchoolKindColumn,
        ScpColumn,
        GemeindeColumn,
        RegionColumn, ///< Verbandsgemeinde, else Kreis
        SchoolNumberColumn,
        KeyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< key for sorting the column (strings, SCP as int)
        SeatRsRole,                  ///< Regionalschlüssel of the actor's seat (QString)
        SearchTextRole,              ///< folded text of all text fields for quick filtering (any column)
        ActorIdRole,                 ///< ActorId::value (qint64)
        TypeCodeRole,                ///< actor type code (QString)
    };
    Q_ENUM(Role)

    explicit ActorTableModel(QObject *parent = nullptr);
    explicit ActorTableModel(RegistryDocument *document, QObject *parent = nullptr);
    ~ActorTableModel() override;

    /// Shows the actors of `document` (nullptr: an empty table). The model does not own the document.
    void setDocument(RegistryDocument *document);
    [[nodiscard]] RegistryDocument *document() const { return m_document; }

    /// The actor shown in `row`; nullptr when out of range.
    [[nodiscard]] const Actor *actorAt(int row) const;
    /// Row of the actor, -1 when not shown.
    [[nodiscard]] int rowOf(ActorId id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Actor actor;
        QString typeLabel;
        QString schoolKindLabel;
        QString gemeinde;
        QString region;
        QString regionToolTip;
        QString searchText;
        QColor typeColor;
    };

    void reload();
    [[nodiscard]] Row makeRow(const Actor &actor) const;
    [[nodiscard]] QVariant displayText(const Row &row, int column) const;

    QPointer<RegistryDocument> m_document;
    QList<Row> m_rows;
};

} // namespace netzatlas
