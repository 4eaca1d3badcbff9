// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/CooperationLink.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QPointer>

namespace netzatlas {

/// The cooperation links of a RegistryDocument as a table, one row per link (several links between the same
/// pair are separate rows), in the document's id order.
///
/// Follows the document precisely: linkAdded / linkChanged / linkRemoved become row inserts, dataChanged and
/// removals; a renamed actor or a changed catalogue relabels the affected rows; linksReset() and
/// territoriesReset() reset the model. Read-only: edits are commands on the document.
class LinkTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SourceColumn,
        DirectionColumn,
        TargetColumn,
        TypeColumn,
        ActionFieldColumn,
        FormalityColumn,
        IntensityColumn,
        ValidFromColumn,
        ValidUntilColumn,
        StatusColumn,
        MeasureColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< key for sorting the column
        SearchTextRole = Qt::UserRole + 3,
        LinkIdRole = Qt::UserRole + 10, ///< LinkId::value (qint64)
        TypeCodeRole,                   ///< link type code
        ActionFieldRole,                ///< Handlungsfeld code
        StatusRole,                     ///< status code
        ValidFromRole,                  ///< QDate (null = since ever)
        ValidUntilRole,                 ///< QDate (null = open-ended)
        SourceSeatRole,                 ///< Regionalschlüssel of the source actor's seat
        TargetSeatRole,                 ///< Regionalschlüssel of the target actor's seat
        SourceIdRole,                   ///< ActorId::value of the source
        TargetIdRole,                   ///< ActorId::value of the target
    };
    Q_ENUM(Role)

    explicit LinkTableModel(QObject *parent = nullptr);
    explicit LinkTableModel(RegistryDocument *document, QObject *parent = nullptr);
    ~LinkTableModel() override;

    void setDocument(RegistryDocument *document);
    [[nodiscard]] RegistryDocument *document() const { return m_document; }

    [[nodiscard]] const CooperationLink *linkAt(int row) const;
    [[nodiscard]] int rowOf(LinkId id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CooperationLink link;
        QString source;
        QString target;
        QString sourceSeat;
        QString targetSeat;
        QString typeLabel;
        QString actionFieldLabel;
        QString formalityLabel;
        QString statusLabel;
        QString measureTitle;
        QString searchText;
        QColor typeColor;
    };

    void reload();
    void relabel();
    void onLinkAdded(LinkId id);
    void onLinkChanged(LinkId id);
    void onLinkRemoved(LinkId id);
    void onActorChanged(ActorId id);
    [[nodiscard]] Row makeRow(const CooperationLink &link) const;
    [[nodiscard]] QVariant displayText(const Row &row, int column) const;

    QPointer<RegistryDocument> m_document;
    QList<Row> m_rows;
};

} // namespace netzatlas
