// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/LinkTableModel.h>

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <algorithm>

namespace netzatlas {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

LinkTableModel::LinkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

LinkTableModel::LinkTableModel(RegistryDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
{
    setDocument(document);
}

LinkTableModel::~LinkTableModel() = default;

void LinkTableModel::setDocument(RegistryDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &RegistryDocument::linksReset, this, &LinkTableModel::reload);
        connect(m_document, &RegistryDocument::territoriesReset, this, &LinkTableModel::reload);
        connect(m_document, &RegistryDocument::actorsReset, this, &LinkTableModel::relabel);
        connect(m_document, &RegistryDocument::cataloguesReset, this, &LinkTableModel::relabel);
        connect(m_document, &RegistryDocument::linkAdded, this, &LinkTableModel::onLinkAdded);
        connect(m_document, &RegistryDocument::linkChanged, this, &LinkTableModel::onLinkChanged);
        connect(m_document, &RegistryDocument::linkRemoved, this, &LinkTableModel::onLinkRemoved);
        connect(m_document, &RegistryDocument::actorChanged, this, &LinkTableModel::onActorChanged);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            reload();
        });
    }
    reload();
}

const CooperationLink *LinkTableModel::linkAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).link : nullptr;
}

int LinkTableModel::rowOf(LinkId id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Row &row, LinkId value) { return row.link.id < value; });
    return it != m_rows.cend() && it->link.id == id ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

int LinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::AccessibleTextRole:
        if (column == DirectionColumn)
            return row.link.direction == LinkDirection::Directed ? tr("gerichtet") : tr("ungerichtet");
        return displayText(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case SourceColumn:
            return row.sourceSeat;
        case TargetColumn:
            return row.targetSeat;
        case DirectionColumn:
            return row.link.direction == LinkDirection::Directed ? tr("gerichtet: von → nach")
                                                                 : tr("ungerichtet: beide Seiten");
        case IntensityColumn:
            return tr("Intensität 1 (gering) bis 3 (hoch)");
        case NoteColumn:
            return row.link.note.left(1000);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == TypeColumn)
            return row.typeColor;
        return {};
    case Qt::TextAlignmentRole:
        if (column == DirectionColumn || column == IntensityColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case SortRole:
        switch (column) {
        case IntensityColumn:
            return row.link.intensity;
        case ValidFromColumn:
            return row.link.validFrom;
        case ValidUntilColumn:
            return row.link.validUntil;
        default:
            return displayText(row, column);
        }
    case SearchTextRole:
        return row.searchText;
    case LinkIdRole:
        return row.link.id.value;
    case TypeCodeRole:
        return row.link.typeCode;
    case ActionFieldRole:
        return row.link.actionField;
    case StatusRole:
        return row.link.status;
    case ValidFromRole:
        return row.link.validFrom;
    case ValidUntilRole:
        return row.link.validUntil;
    case SourceSeatRole:
        return m_document && m_document->actor(row.link.source) ? m_document->actor(row.link.source)->seatRs
                                                                : QString();
    case TargetSeatRole:
        return m_document && m_document->actor(row.link.target) ? m_document->actor(row.link.target)->seatRs
                                                                : QString();
    case SourceIdRole:
        return row.link.source.value;
    case TargetIdRole:
        return row.link.target.value;
    default:
        return {};
    }
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case SourceColumn:
            return tr("Von");
        case DirectionColumn:
            return tr("Richtung");
        case TargetColumn:
            return tr("Nach");
        case TypeColumn:
            return tr("Typ");
        case ActionFieldColumn:
            return tr("Handlungsfeld");
        case FormalityColumn:
            return tr("Formalität");
        case IntensityColumn:
            return tr("Intensität");
        case ValidFromColumn:
            return tr("gültig ab");
        case ValidUntilColumn:
            return tr("gültig bis");
        case StatusColumn:
            return tr("Status");
        case MeasureColumn:
            return tr("Maßnahme");
        case NoteColumn:
            return tr("Notiz");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case DirectionColumn:
            return tr("→ gerichtet, ↔ ungerichtet");
        case IntensityColumn:
            return tr("1 (gering) bis 3 (hoch)");
        case ValidUntilColumn:
            return tr("letzter Tag der Gültigkeit; leer = unbefristet");
        default:
            return {};
        }
    }
    return {};
}

void LinkTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        const QList<CooperationLink> &links = m_document->links();
        m_rows.reserve(links.size());
        for (const CooperationLink &link : links)
            m_rows.append(makeRow(link));
    }
    endResetModel();
}

void LinkTableModel::relabel()
{
    if (!m_document || m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        row = makeRow(row.link);
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

void LinkTableModel::onLinkAdded(LinkId id)
{
    const CooperationLink *link = m_document ? m_document->link(id) : nullptr;
    if (!link || rowOf(id) >= 0)
        return;
    const int row = std::clamp(m_document->linkIndex(id), 0, static_cast<int>(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(*link));
    endInsertRows();
}

void LinkTableModel::onLinkChanged(LinkId id)
{
    const int row = rowOf(id);
    const CooperationLink *link = m_document ? m_document->link(id) : nullptr;
    if (row < 0 || !link)
        return;
    m_rows[row] = makeRow(*link);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LinkTableModel::onLinkRemoved(LinkId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void LinkTableModel::onActorChanged(ActorId id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (r.link.source == id || r.link.target == id) {
            r = makeRow(r.link);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

LinkTableModel::Row LinkTableModel::makeRow(const CooperationLink &link) const
{
    Row row;
    row.link = link;
    row.source = m_document->actorName(link.source);
    row.target = m_document->actorName(link.target);
    if (const Actor *a = m_document->actor(link.source); a && !a->seatRs.isEmpty())
        row.sourceSeat = m_document->territoryPath(a->seatRs);
    if (const Actor *a = m_document->actor(link.target); a && !a->seatRs.isEmpty())
        row.targetSeat = m_document->territoryPath(a->seatRs);
    row.typeLabel = m_document->catalogueLabel(CatalogueKind::LinkType, link.typeCode);
    row.typeColor = m_document->catalogueColor(CatalogueKind::LinkType, link.typeCode);
    row.actionFieldLabel = m_document->catalogueLabel(CatalogueKind::ActionField, link.actionField);
    row.formalityLabel = m_document->vocabularyLabel(Vocabulary::Formality, link.formality);
    row.statusLabel = m_document->vocabularyLabel(Vocabulary::LinkStatus, link.status);
    if (link.measure.isValid()) {
        for (const Measure &m : m_document->measures()) {
            if (m.id == link.measure) {
                row.measureTitle = m.title;
                break;
            }
        }
    }
    const QString text =
        QStringList{row.source,      row.target,       row.typeLabel, row.actionFieldLabel, row.formalityLabel,
                    row.statusLabel, row.measureTitle, link.note,     row.sourceSeat,       row.targetSeat}
            .join(u' ');
    row.searchText = Text::fold(text) + QStringLiteral(" | ") + Text::base(text);
    return row;
}

QVariant LinkTableModel::displayText(const Row &row, int column) const
{
    switch (static_cast<Column>(column)) {
    case SourceColumn:
        return row.source;
    case DirectionColumn:
        return row.link.direction == LinkDirection::Directed ? QStringLiteral("\u2192") : QStringLiteral("\u2194");
    case TargetColumn:
        return row.target;
    case TypeColumn:
        return row.typeLabel;
    case ActionFieldColumn:
        return row.actionFieldLabel;
    case FormalityColumn:
        return row.formalityLabel;
    case IntensityColumn:
        return QString::number(row.link.intensity);
    case ValidFromColumn:
        return dateText(row.link.validFrom);
    case ValidUntilColumn:
        return dateText(row.link.validUntil);
    case StatusColumn:
        return row.statusLabel;
    case MeasureColumn:
        return row.measureTitle;
    case NoteColumn: {
        // One line in the table; the tooltip and the editor show all of it.
        QString note = row.link.note.left(200);
        note.replace(u'\n', u' ');
        return note;
    }
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace netzatlas
