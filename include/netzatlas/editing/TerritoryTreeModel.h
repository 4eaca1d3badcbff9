// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/RegistryDocument.h>

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>

namespace netzatlas {

/// The territories of a RegistryDocument as a tree for choosing where to look:
///
///     Alle Gebiete (412)
///     Landkreis Bad Kreuznach (412)
///         Stadt Bad Kreuznach (120)                  ← verbandsfreie Gemeinde, a leaf
///         Verbandsgemeinde Rüdesheim (23)
///             Hargesheim (4)
///     Stadt Koblenz (0)                              ← kreisfreie Stadt, a leaf
///
/// Each item shows the number of actors seated inside. When the registry holds territories of more than one
/// Land, the Länder form the level above the Kreise. Built eagerly (Rhineland-Palatinate: 36 Kreise,
/// 171 Gemeindeverbände, 2302 Gemeinden). Rebuilt on territoriesReset(), counts updated in place (dataChanged)
/// on actorsReset().
class TerritoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        RegionalKeyRole = Qt::UserRole + 1, ///< Regionalschlüssel (QString, empty for "Alle Gebiete")
        ActorCountRole,                     ///< actors seated inside (int)
        LevelRole,                          ///< TerritoryLevel as int; -1 for "Alle Gebiete"
        NameRole,                           ///< name without the count (QString)
    };
    Q_ENUM(Role)

    explicit TerritoryTreeModel(QObject *parent = nullptr);
    explicit TerritoryTreeModel(RegistryDocument *document, QObject *parent = nullptr);
    ~TerritoryTreeModel() override;

    /// Shows the territories of `document` (nullptr: only "Alle Gebiete"). The model does not own it.
    void setDocument(RegistryDocument *document);
    [[nodiscard]] RegistryDocument *document() const { return m_document; }

    /// The "Alle Gebiete" item (always row 0 of the top level).
    [[nodiscard]] QModelIndex allTerritoriesIndex() const;
    /// The item of a Regionalschlüssel; invalid when the tree does not show it.
    [[nodiscard]] QModelIndex indexForRs(const QString &rs) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    void rebuild();
    void recount();
    void emitCountsChanged(Node *parent);
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;

    QPointer<RegistryDocument> m_document;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byRs;
};

} // namespace netzatlas
