// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ActorTableModel.h>

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/RegistryDocument.h>

namespace netzatlas {

namespace {

/// A check mark reads better than "ja" in a narrow column; screen readers get "ja"/"nein".
constexpr char16_t CheckMark[] = u"\u2713";

} // namespace

ActorTableModel::ActorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ActorTableModel::ActorTableModel(RegistryDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
{
    setDocument(document);
}

ActorTableModel::~ActorTableModel() = default;

void ActorTableModel::setDocument(RegistryDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &RegistryDocument::actorsReset, this, &ActorTableModel::reload);
        connect(m_document, &RegistryDocument::territoriesReset, this, &ActorTableModel::reload);
        connect(m_document, &RegistryDocument::cataloguesReset, this, &ActorTableModel::reload);
        // QPointer is already null when destroyed() arrives, so setDocument(nullptr) would see no change.
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            reload();
        });
    }
    reload();
}

const Actor *ActorTableModel::actorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).actor : nullptr;
}

int ActorTableModel::rowOf(ActorId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).actor.id == id)
            return row;
    }
    return -1;
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return row.actor.shortName.isEmpty() ? row.actor.name
                                                 : tr("%1 (kurz: %2)").arg(row.actor.name, row.actor.shortName);
        case ScpColumn:
            if (!row.actor.scp)
                return {};
            return row.actor.scpCohort > 0 ? tr("Startchancen-Schule seit %1").arg(row.actor.scpCohort)
                                           : tr("Startchancen-Schule");
        case TypeColumn:
            return row.typeLabel;
        case SchoolKindColumn:
            return row.schoolKindLabel;
        case RegionColumn:
            return row.regionToolTip;
        case GemeindeColumn:
            return row.actor.seatRs.isEmpty() ? QVariant() : tr("Regionalschlüssel %1").arg(row.actor.seatRs);
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (column == ScpColumn)
            return row.actor.scp ? tr("ja") : tr("nein");
        return displayText(row, column);
    case Qt::DecorationRole:
        if (column == NameColumn)
            return row.typeColor;
        return {};
    case Qt::TextAlignmentRole:
        if (column == ScpColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case SortRole:
        if (column == ScpColumn)
            return row.actor.scp ? 1 : 0;
        return displayText(row, column);
    case SeatRsRole:
        return row.actor.seatRs;
    case SearchTextRole:
        return row.searchText;
    case ActorIdRole:
        return row.actor.id.value;
    case TypeCodeRole:
        return row.actor.typeCode;
    default:
        return {};
    }
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case NameColumn:
            return tr("Name");
        case TypeColumn:
            return tr("Typ");
        case SchoolKindColumn:
            return tr("Schulart");
        case ScpColumn:
            return tr("SCP");
        case GemeindeColumn:
            return tr("Gemeinde");
        case RegionColumn:
            return tr("Verbandsgemeinde/Kreis");
        case SchoolNumberColumn:
            return tr("Schulnummer");
        case KeyColumn:
            return tr("Schlüssel");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case ScpColumn:
            return tr("Schule im Startchancen-Programm");
        case GemeindeColumn:
            return tr("Gemeinde, in der der Akteur seinen Sitz hat");
        case RegionColumn:
            return tr("Verbandsgemeinde des Sitzes, bei verbandsfreien Gemeinden der Kreis");
        case SchoolNumberColumn:
            return tr("Schulnummer des Landes");
        case KeyColumn:
            return tr("Fester Schlüssel des Akteurs für Import und Export");
        default:
            return {};
        }
    }
    return {};
}

QHash<int, QByteArray> ActorTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(SeatRsRole, "seatRs");
    names.insert(SearchTextRole, "searchText");
    names.insert(ActorIdRole, "actorId");
    names.insert(TypeCodeRole, "typeCode");
    return names;
}

void ActorTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        const QList<Actor> &actors = m_document->actors();
        m_rows.reserve(actors.size());
        for (const Actor &actor : actors)
            m_rows.append(makeRow(actor));
    }
    endResetModel();
}

ActorTableModel::Row ActorTableModel::makeRow(const Actor &actor) const
{
    Row row;
    row.actor = actor;
    row.typeLabel = m_document->actorTypeLabel(actor.typeCode);
    row.typeColor = m_document->actorTypeColor(actor.typeCode);
    row.schoolKindLabel = m_document->vocabularyLabel(Vocabulary::SchoolKind, actor.schoolKind);

    const QString &rs = actor.seatRs;
    const Territory *seat = rs.isEmpty() ? nullptr : m_document->territory(rs);
    if (seat && seat->level == TerritoryLevel::Gemeinde)
        row.gemeinde = seat->displayName();
    else if (!seat && !rs.isEmpty())
        row.gemeinde = rs; // a key the registry does not know: show it rather than hide it

    const Territory *association = m_document->territory(RegionalKey::gemeindeverbandOf(rs));
    const Territory *kreis = m_document->territory(RegionalKey::kreisOf(rs));
    if (association && association->typeCode == TerritoryType::Verbandsgemeinde)
        row.region = tr("VG %1").arg(association->displayName()); // the usual short form in Rhineland-Palatinate
    else if (kreis)
        row.region = kreis->qualifiedName();
    QStringList path;
    for (const Territory *t : {association, kreis}) {
        if (t)
            path << t->qualifiedName();
    }
    row.regionToolTip = path.join(QStringLiteral(", "));

    const QStringList fields = {actor.name,
                                actor.shortName,
                                actor.key,
                                row.typeLabel,
                                row.schoolKindLabel,
                                actor.schoolKind,
                                actor.schoolNumber,
                                actor.street,
                                actor.postcode,
                                actor.city,
                                row.gemeinde,
                                row.region,
                                actor.tags.join(u' '),
                                actor.notes};
    const QString text = fields.join(u' ');
    // Both spellings of umlauts, so that Text::containsFolded finds "Rüdesheim" for "Rudesheim" and "Ruedesheim".
    row.searchText = Text::fold(text) + QStringLiteral(" | ") + Text::base(text);
    return row;
}

QVariant ActorTableModel::displayText(const Row &row, int column) const
{
    switch (static_cast<Column>(column)) {
    case NameColumn:
        return row.actor.name;
    case TypeColumn:
        return row.typeLabel;
    case SchoolKindColumn:
        return row.schoolKindLabel;
    case ScpColumn:
        return row.actor.scp ? QString::fromUtf16(CheckMark) : QString();
    case GemeindeColumn:
        return row.gemeinde;
    case RegionColumn:
        return row.region;
    case SchoolNumberColumn:
        return row.actor.schoolNumber;
    case KeyColumn:
        return row.actor.key;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace netzatlas
