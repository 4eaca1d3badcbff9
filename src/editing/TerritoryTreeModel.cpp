// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/TerritoryTreeModel.h>

#include <netzatlas/core/Territory.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QCollator>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <map>
#include <vector>

namespace netzatlas {

struct TerritoryTreeModel::Node
{
    QString rs;
    QString name;
    QString qualifiedName;
    QString sortKey; ///< plain name, so "Landkreis Kaiserslautern" sorts beside "Stadt Kaiserslautern"
    int level = -1;  ///< TerritoryLevel, -1 for the "Alle Gebiete" item and the invisible root
    int count = 0;
    int row = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

QCollator nameCollator()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::German, QLocale::Germany);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

TerritoryTreeModel::TerritoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    rebuild();
}

TerritoryTreeModel::TerritoryTreeModel(RegistryDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
{
    setDocument(document);
}

TerritoryTreeModel::~TerritoryTreeModel() = default;

void TerritoryTreeModel::setDocument(RegistryDocument *document)
{
    if (m_document == document && m_root)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &RegistryDocument::territoriesReset, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
        connect(m_document, &RegistryDocument::actorsReset, this, [this] {
            recount();
            emitCountsChanged(m_root.get());
        });
        // QPointer is already null when destroyed() arrives, so setDocument(nullptr) would see no change.
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            beginResetModel();
            rebuild();
            endResetModel();
        });
    }
    beginResetModel();
    rebuild();
    endResetModel();
}

QModelIndex TerritoryTreeModel::allTerritoriesIndex() const
{
    return index(0, 0);
}

QModelIndex TerritoryTreeModel::indexForRs(const QString &rs) const
{
    if (rs.isEmpty())
        return allTerritoriesIndex();
    Node *node = m_byRs.value(rs);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
}

QModelIndex TerritoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!parentNode || row >= static_cast<int>(parentNode->children.size()))
        return {};
    return createIndex(row, 0, parentNode->children.at(static_cast<size_t>(row)).get());
}

QModelIndex TerritoryTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int TerritoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return node ? static_cast<int>(node->children.size()) : 0;
}

int TerritoryTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

bool TerritoryTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant TerritoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(node->name, QLocale().toString(node->count));
    case Qt::AccessibleTextRole:
        return tr("%1, %n Akteure", nullptr, node->count).arg(node->name);
    case Qt::ToolTipRole:
        if (node->rs.isEmpty())
            return tr("Alle Akteure der Registry");
        return tr("%1\nRegionalschlüssel %2\nAkteure mit Sitz hier: %3")
            .arg(node->qualifiedName, node->rs, QLocale().toString(node->count));
    case Qt::ForegroundRole:
        // Territories without actors recede; grey reads on light and dark backgrounds alike.
        return node->count == 0 ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case RegionalKeyRole:
        return node->rs;
    case ActorCountRole:
        return node->count;
    case LevelRole:
        return node->level;
    case NameRole:
        return node->name;
    default:
        return {};
    }
}

Qt::ItemFlags TerritoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (const Node *node = nodeOf(index); node && node->children.empty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant TerritoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Gebiet");
    return {};
}

QHash<int, QByteArray> TerritoryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RegionalKeyRole, "rs");
    names.insert(ActorCountRole, "actorCount");
    names.insert(LevelRole, "level");
    names.insert(NameRole, "name");
    return names;
}

TerritoryTreeModel::Node *TerritoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

void TerritoryTreeModel::rebuild()
{
    m_byRs.clear();
    m_root = std::make_unique<Node>();
    auto all = std::make_unique<Node>();
    all->name = tr("Alle Gebiete");
    all->qualifiedName = all->name;
    m_root->add(std::move(all));
    if (!m_document) {
        recount();
        return;
    }

    // Children of each territory, so the tree can be built top-down in one pass over the list.
    QHash<QString, QList<const Territory *>> childrenOf;
    QList<const Territory *> lands;
    QList<const Territory *> kreise;
    for (const Territory &t : m_document->territories()) {
        switch (t.level) {
        case TerritoryLevel::Land:
            lands << &t;
            break;
        case TerritoryLevel::Regierungsbezirk:
            break;
        case TerritoryLevel::Kreis:
            kreise << &t;
            break;
        case TerritoryLevel::Gemeindeverband:
        case TerritoryLevel::Gemeinde:
            childrenOf[t.parentRs] << &t;
            break;
        }
    }

    const auto makeNode = [](const Territory &territory, const QString &name) {
        auto node = std::make_unique<Node>();
        node->rs = territory.rs;
        node->name = name;
        node->qualifiedName = territory.qualifiedName();
        node->sortKey = territory.displayName();
        node->level = static_cast<int>(territory.level);
        return node;
    };
    const QCollator collator = nameCollator();
    const auto sortByName = [&collator](std::vector<std::unique_ptr<Node>> &nodes) {
        std::stable_sort(nodes.begin(), nodes.end(), [&collator](const auto &a, const auto &b) {
            const int byKey = collator.compare(a->sortKey, b->sortKey);
            return byKey != 0 ? byKey < 0 : collator.compare(a->name, b->name) < 0;
        });
    };
    const auto adopt = [this](Node *parent, std::vector<std::unique_ptr<Node>> nodes) {
        for (auto &node : nodes) {
            Node *added = parent->add(std::move(node));
            if (!added->rs.isEmpty())
                m_byRs.insert(added->rs, added);
        }
    };

    const auto buildKreis = [&](const Territory &kreis) {
        auto kreisNode = makeNode(kreis, kreis.qualifiedName());
        if (kreis.typeCode == TerritoryType::KreisfreieStadtKreis)
            return kreisNode; // one Gemeinde, nothing to choose below it
        std::vector<std::unique_ptr<Node>> associations;
        for (const Territory *association : childrenOf.value(kreis.rs)) {
            if (association->level != TerritoryLevel::Gemeindeverband)
                continue;
            const QList<const Territory *> gemeinden = childrenOf.value(association->rs);
            if (association->typeCode != TerritoryType::Verbandsgemeinde && gemeinden.size() == 1) {
                // A verbandsfreie Gemeinde is its own Gemeindeverband: one leaf named like the Gemeinde.
                auto leaf = makeNode(*association, gemeinden.first()->qualifiedName());
                leaf->qualifiedName = gemeinden.first()->qualifiedName();
                associations.push_back(std::move(leaf));
                continue;
            }
            auto associationNode = makeNode(*association, association->qualifiedName());
            std::vector<std::unique_ptr<Node>> members;
            for (const Territory *gemeinde : gemeinden)
                members.push_back(makeNode(*gemeinde, gemeinde->displayName()));
            sortByName(members);
            adopt(associationNode.get(), std::move(members));
            associations.push_back(std::move(associationNode));
        }
        sortByName(associations);
        adopt(kreisNode.get(), std::move(associations));
        return kreisNode;
    };

    std::map<QString, std::vector<std::unique_ptr<Node>>> kreiseByLand;
    for (const Territory *kreis : kreise)
        kreiseByLand[RegionalKey::landOf(kreis->rs)].push_back(buildKreis(*kreis));
    for (auto &[land, nodes] : kreiseByLand)
        sortByName(nodes);

    if (kreiseByLand.size() <= 1) {
        for (auto &[land, nodes] : kreiseByLand)
            adopt(m_root.get(), std::move(nodes));
    } else {
        std::vector<std::unique_ptr<Node>> landNodes;
        for (auto &[landRs, nodes] : kreiseByLand) {
            const auto land =
                std::find_if(lands.cbegin(), lands.cend(), [&](const Territory *t) { return t->rs == landRs; });
            Territory fallback;
            fallback.rs = landRs;
            fallback.level = TerritoryLevel::Land;
            fallback.name = landRs;
            const Territory &territory = land != lands.cend() ? **land : fallback;
            auto landNode = makeNode(territory, territory.displayName());
            adopt(landNode.get(), std::move(nodes));
            landNodes.push_back(std::move(landNode));
        }
        sortByName(landNodes);
        adopt(m_root.get(), std::move(landNodes));
    }
    recount();
}

void TerritoryTreeModel::recount()
{
    QHash<QString, int> counts;
    int total = 0;
    if (m_document) {
        for (const Actor &actor : m_document->actors()) {
            ++total;
            const QString &rs = actor.seatRs;
            // Every level's key is a prefix of the seat key (domain §2.2).
            for (const qsizetype length : {2, 5, 9, 12}) {
                if (rs.size() >= length)
                    ++counts[rs.left(length)];
            }
        }
    }
    for (auto it = m_byRs.cbegin(); it != m_byRs.cend(); ++it)
        it.value()->count = counts.value(it.key());
    m_root->children.front()->count = total;
}

void TerritoryTreeModel::emitCountsChanged(Node *parent)
{
    if (parent->children.empty())
        return;
    const QModelIndex parentIndex = parent == m_root.get() ? QModelIndex() : createIndex(parent->row, 0, parent);
    Q_EMIT dataChanged(index(0, 0, parentIndex), index(static_cast<int>(parent->children.size()) - 1, 0, parentIndex),
                       {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, Qt::ForegroundRole, ActorCountRole});
    for (const auto &child : parent->children)
        emitCountsChanged(child.get());
}

} // namespace netzatlas
