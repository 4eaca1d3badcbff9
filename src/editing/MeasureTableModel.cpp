// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/MeasureTableModel.h>

#include <netzatlas/core/Money.h>
#include <netzatlas/core/Text.h>

#include <algorithm>

namespace netzatlas {

namespace {

int statusOrder(const QString &status)
{
    const QList<VocabularyEntry> &steps = DomainCatalogue::vocabulary(Vocabulary::MeasureStatus);
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).code == status)
            return i + 1;
    }
    return 99;
}

} // namespace

MeasureTableModel::MeasureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

MeasureTableModel::MeasureTableModel(RegistryDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
{
    setDocument(document);
}

void MeasureTableModel::setDocument(RegistryDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &RegistryDocument::measuresReset, this, &MeasureTableModel::reload);
        connect(m_document, &RegistryDocument::actorsReset, this, &MeasureTableModel::relabel);
        connect(m_document, &RegistryDocument::actorChanged, this, &MeasureTableModel::relabel);
        connect(m_document, &RegistryDocument::cataloguesReset, this, &MeasureTableModel::relabel);
        connect(m_document, &RegistryDocument::measureAdded, this, &MeasureTableModel::onAdded);
        connect(m_document, &RegistryDocument::measureChanged, this, &MeasureTableModel::onChanged);
        connect(m_document, &RegistryDocument::measureRemoved, this, &MeasureTableModel::onRemoved);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            reload();
        });
    }
    reload();
}

const Measure *MeasureTableModel::measureAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).measure : nullptr;
}

int MeasureTableModel::rowOf(MeasureId id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Row &row, MeasureId value) { return row.measure.id < value; });
    return it != m_rows.cend() && it->measure.id == id ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

int MeasureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeasureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Measure &m = row.measure;
    const int column = index.column();
    auto text = [&]() -> QString {
        switch (static_cast<Column>(column)) {
        case TitleColumn:
            return m.title;
        case PillarColumn:
            return row.pillar;
        case SchoolYearColumn:
            return m.schoolYear;
        case StatusColumn:
            return row.status;
        case AreaColumn:
            return row.area;
        case SchoolsColumn:
            return row.schools;
        case ProviderColumn:
            return row.provider;
        case PlannedColumn:
            return Money::format(m.plannedCost);
        case ActualColumn:
            return m.actualCost > 0 ? Money::format(m.actualCost) : QString();
        case ColumnCount:
            break;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text();
    case Qt::ToolTipRole:
        if (column == AreaColumn || column == SchoolsColumn || column == TitleColumn)
            return text();
        return {};
    case Qt::TextAlignmentRole:
        if (column == PlannedColumn || column == ActualColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        if (column == PlannedColumn)
            return m.plannedCost;
        if (column == ActualColumn)
            return m.actualCost;
        if (column == StatusColumn) // workflow order, not alphabetical
            return statusOrder(m.status);
        return text();
    case SearchTextRole:
        return row.searchText;
    case MeasureIdRole:
        return m.id.value;
    case PillarRole:
        return m.pillar;
    case SchoolYearRole:
        return m.schoolYear;
    case StatusRole:
        return m.status;
    case AreaRole:
        return m.measureArea;
    case SchoolIdsRole: {
        QVariantList ids;
        for (ActorId id : m.schools)
            ids.append(id.value);
        return ids;
    }
    case ActorIdsRole: {
        QVariantList ids;
        for (ActorId id : m.schools)
            ids.append(id.value);
        for (ActorId id : m.partners)
            ids.append(id.value);
        if (m.provider.isValid())
            ids.append(m.provider.value);
        return ids;
    }
    default:
        return {};
    }
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case TitleColumn:
        return tr("Titel");
    case PillarColumn:
        return tr("Säule");
    case SchoolYearColumn:
        return tr("Schuljahr");
    case StatusColumn:
        return tr("Status");
    case AreaColumn:
        return tr("Maßnahmenbereich");
    case SchoolsColumn:
        return tr("Schulen");
    case ProviderColumn:
        return tr("Durchführung");
    case PlannedColumn:
        return tr("Kosten (Plan)");
    case ActualColumn:
        return tr("Kosten (Ist)");
    case ColumnCount:
        break;
    }
    return {};
}

void MeasureTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        for (const Measure &m : m_document->measures())
            m_rows.append(makeRow(m));
    }
    endResetModel();
}

void MeasureTableModel::relabel()
{
    if (!m_document || m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        row = makeRow(row.measure);
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

void MeasureTableModel::onAdded(MeasureId id)
{
    const Measure *m = m_document ? m_document->measure(id) : nullptr;
    if (!m || rowOf(id) >= 0)
        return;
    const int row = std::clamp(m_document->measureIndex(id), 0, static_cast<int>(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, makeRow(*m));
    endInsertRows();
}

void MeasureTableModel::onChanged(MeasureId id)
{
    const int row = rowOf(id);
    const Measure *m = m_document ? m_document->measure(id) : nullptr;
    if (row < 0 || !m)
        return;
    m_rows[row] = makeRow(*m);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MeasureTableModel::onRemoved(MeasureId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

MeasureTableModel::Row MeasureTableModel::makeRow(const Measure &measure) const
{
    Row row;
    row.measure = measure;
    row.pillar = m_document->vocabularyLabel(Vocabulary::Pillar, measure.pillar);
    row.status = m_document->vocabularyLabel(Vocabulary::MeasureStatus, measure.status);
    row.area =
        measure.measureArea.isEmpty()
            ? QString()
            : QStringLiteral("%1 – %2").arg(measure.measureArea,
                                            m_document->vocabularyLabel(Vocabulary::MeasureArea, measure.measureArea));
    QStringList schools;
    for (ActorId id : measure.schools)
        schools << m_document->actorName(id);
    row.schools = schools.join(QStringLiteral(", "));
    row.provider = measure.provider.isValid() ? m_document->actorName(measure.provider) : QString();
    QStringList partners;
    for (ActorId id : measure.partners)
        partners << m_document->actorName(id);
    const QString text = QStringList{measure.title, measure.key,   row.pillar,         row.status,
                                     row.area,      row.schools,   row.provider,       partners.join(u' '),
                                     measure.goal,  measure.notes, measure.schoolYear, measure.actionFields.join(u' ')}
                             .join(u' ');
    row.searchText = Text::fold(text) + QStringLiteral(" | ") + Text::base(text);
    return row;
}

// ------------------------------------------------------------------------------------------------ proxy

MeasureFilterProxyModel::MeasureFilterProxyModel(QObject *parent)
    : RecordFilterProxyModel(parent)
{
    setSearchRole(MeasureTableModel::SearchTextRole);
}

void MeasureFilterProxyModel::setPillarFilter(const QString &pillar)
{
    if (pillar == m_pillar)
        return;
    m_pillar = pillar;
    refilter();
}

void MeasureFilterProxyModel::setSchoolYearFilter(const QString &schoolYear)
{
    setValueFilter(MeasureTableModel::SchoolYearRole, schoolYear);
}

void MeasureFilterProxyModel::setStatusFilter(const QString &status)
{
    setValueFilter(MeasureTableModel::StatusRole, status);
}

void MeasureFilterProxyModel::setAreaFilter(const QString &area)
{
    setValueFilter(MeasureTableModel::AreaRole, area);
}

void MeasureFilterProxyModel::setSchoolFilter(ActorId school)
{
    if (school == m_school)
        return;
    m_school = school;
    refilter();
}

bool MeasureFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_pillar.isEmpty()) {
        const QString pillar = index.data(MeasureTableModel::PillarRole).toString();
        const bool match = m_pillar == u"II" ? pillar.startsWith(QStringLiteral("II_")) : pillar == m_pillar;
        if (!match)
            return false;
    }
    if (m_school.isValid() && !index.data(MeasureTableModel::SchoolIdsRole).toList().contains(QVariant(m_school.value)))
        return false;
    return RecordFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace netzatlas
