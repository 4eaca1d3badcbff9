// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Committee.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace netzatlas {

/// The committees (Gremien) of a RegistryDocument as a table, in the document's id order. A committee is an
/// actor of type GREMIUM plus its committee record; the row shows both. Follows committeeAdded / Changed /
/// Removed precisely, relabels on actor and catalogue changes, resets on committeesReset().
class CommitteeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, MembersColumn, SeatColumn, RhythmColumn, MandateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        SeatRsRole = Qt::UserRole + 2,
        SearchTextRole = Qt::UserRole + 3,
        CommitteeIdRole = Qt::UserRole + 10, ///< CommitteeId::value
        ActorIdRole,                         ///< ActorId::value of the actor that represents the committee
        KindRole,                            ///< committee kind code
    };
    Q_ENUM(Role)

    explicit CommitteeTableModel(QObject *parent = nullptr);
    explicit CommitteeTableModel(RegistryDocument *document, QObject *parent = nullptr);
    ~CommitteeTableModel() override;

    void setDocument(RegistryDocument *document);
    [[nodiscard]] const Committee *committeeAt(int row) const;
    [[nodiscard]] int rowOf(CommitteeId id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Committee committee;
        QString name;
        QString kind;
        QString seat;
        QString seatRs;
        QString members; ///< tooltip: names and roles
        QString searchText;
    };

    void reload();
    void relabel();
    void onAdded(CommitteeId id);
    void onChanged(CommitteeId id);
    void onRemoved(CommitteeId id);
    void onActorChanged(ActorId id);
    [[nodiscard]] Row makeRow(const Committee &committee) const;
    [[nodiscard]] QVariant displayText(const Row &row, int column) const;

    QPointer<RegistryDocument> m_document;
    QList<Row> m_rows;
};

} // namespace netzatlas
