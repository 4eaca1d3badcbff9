// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/CommitteeTableModel.h>

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <algorithm>

namespace netzatlas {

CommitteeTableModel::CommitteeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CommitteeTableModel::CommitteeTableModel(RegistryDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
{
    setDocument(document);
}

CommitteeTableModel::~CommitteeTableModel() = default;

void CommitteeTableModel::setDocument(RegistryDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &RegistryDocument::committeesReset, this, &CommitteeTableModel::reload);
        connect(m_document, &RegistryDocument::territoriesReset, this, &CommitteeTableModel::reload);
        connect(m_document, &RegistryDocument::actorsReset, this, &CommitteeTableModel::relabel);
        connect(m_document, &RegistryDocument::cataloguesReset, this, &CommitteeTableModel::relabel);
        connect(m_document, &RegistryDocument::committeeAdded, this, &CommitteeTableModel::onAdded);
        connect(m_document, &RegistryDocument::committeeChanged, this, &CommitteeTableModel::onChanged);
        connect(m_document, &RegistryDocument::committeeRemoved, this, &CommitteeTableModel::onRemoved);
        connect(m_document, &RegistryDocument::actorChanged, this, &CommitteeTableModel::onActorChanged);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            reload();
        });
    }
    reload();
}

const Committee *CommitteeTableModel::committeeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).committee : nullptr;
}

int CommitteeTableModel::rowOf(CommitteeId id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Row &row, CommitteeId value) { return row.committee.id < value; });
    return it != m_rows.cend() && it->committee.id == id ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

int CommitteeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CommitteeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitteeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MembersColumn)
            return row.members;
        if (index.column() == MandateColumn)
            return row.committee.mandate.left(1000);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        if (index.column() == MembersColumn)
            return static_cast<int>(row.committee.members.size());
        return displayText(row, index.column());
    case SeatRsRole:
        return row.seatRs;
    case SearchTextRole:
        return row.searchText;
    case CommitteeIdRole:
        return row.committee.id.value;
    case ActorIdRole:
        return row.committee.actor.value;
    case KindRole:
        return row.committee.kind;
    default:
        return {};
    }
}

QVariant CommitteeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Art");
    case MembersColumn:
        return tr("Mitglieder");
    case SeatColumn:
        return tr("Sitz");
    case RhythmColumn:
        return tr("Sitzungsrhythmus");
    case MandateColumn:
        return tr("Auftrag");
    case ColumnCount:
        break;
    }
    return {};
}

void CommitteeTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        for (const Committee &c : m_document->committees())
            m_rows.append(makeRow(c));
    }
    endResetModel();
}

void CommitteeTableModel::relabel()
{
    if (!m_document || m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        row = makeRow(row.committee);
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

void CommitteeTableModel::onAdded(CommitteeId id)
{
    const Committee *c = m_document ? m_document->committee(id) : nullptr;
    if (!c || rowOf(id) >= 0)
        return;
    const int row = std::clamp(m_document->committeeIndex(id), 0, static_cast<int>(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(*c));
    endInsertRows();
}

void CommitteeTableModel::onChanged(CommitteeId id)
{
    const int row = rowOf(id);
    const Committee *c = m_document ? m_document->committee(id) : nullptr;
    if (row < 0 || !c)
        return;
    m_rows[row] = makeRow(*c);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CommitteeTableModel::onRemoved(CommitteeId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void CommitteeTableModel::onActorChanged(ActorId id)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        bool affected = r.committee.actor == id;
        for (const CommitteeMembership &m : r.committee.members)
            affected = affected || m.member == id;
        if (affected) {
            r = makeRow(r.committee);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

CommitteeTableModel::Row CommitteeTableModel::makeRow(const Committee &committee) const
{
    Row row;
    row.committee = committee;
    row.name = m_document->actorName(committee.actor);
    row.kind = m_document->vocabularyLabel(Vocabulary::CommitteeKind, committee.kind);
    if (const Actor *a = m_document->actor(committee.actor); a && !a->seatRs.isEmpty()) {
        row.seatRs = a->seatRs;
        const Territory *t = m_document->territory(a->seatRs);
        row.seat = t ? t->qualifiedName() : a->seatRs;
    }
    QStringList members;
    for (const CommitteeMembership &m : committee.members)
        members << (m.role.isEmpty() ? m_document->actorName(m.member)
                                     : QStringLiteral("%1 (%2)").arg(m_document->actorName(m.member), m.role));
    row.members = members.join(u'\n');
    const QString text =
        QStringList{row.name, row.kind, row.seat, committee.mandate, committee.meetingRhythm, members.join(u' ')}.join(
            u' ');
    row.searchText = Text::fold(text) + QStringLiteral(" | ") + Text::base(text);
    return row;
}

QVariant CommitteeTableModel::displayText(const Row &row, int column) const
{
    switch (static_cast<Column>(column)) {
    case NameColumn:
        return row.name;
    case KindColumn:
        return row.kind;
    case MembersColumn:
        return QString::number(row.committee.members.size());
    case SeatColumn:
        return row.seat;
    case RhythmColumn:
        return row.committee.meetingRhythm;
    case MandateColumn: {
        QString mandate = row.committee.mandate.left(200);
        mandate.replace(u'\n', u' ');
        return mandate;
    }
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace netzatlas
