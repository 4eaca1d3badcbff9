// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ResultTableModel.h>

#include <netzatlas/analysis/ResultFormat.h>
#include <netzatlas/core/Text.h>

#include <QDate>

#include <limits>

namespace netzatlas {

using namespace netzatlas::analysis;

namespace {

QString typeDescription(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return ResultTableModel::tr("Text");
    case ColumnType::Integer:
        return ResultTableModel::tr("ganze Zahl");
    case ColumnType::Number:
        return ResultTableModel::tr("Zahl");
    case ColumnType::Boolean:
        return ResultTableModel::tr("ja/nein");
    case ColumnType::Date:
        return ResultTableModel::tr("Datum");
    }
    return {};
}

template<typename Id>
QList<qint64> idValues(const QList<Id> &ids)
{
    QList<qint64> values;
    values.reserve(ids.size());
    for (const Id id : ids)
        values.append(id.value);
    return values;
}

} // namespace

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultTableModel::setTable(const ResultTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void ResultTableModel::clear()
{
    setTable(ResultTable());
}

void ResultTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_table.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

const ResultRow *ResultTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_table.rows.size() ? &m_table.rows.at(row) : nullptr;
}

QList<ActorId> ResultTableModel::actorsAt(int row) const
{
    const ResultRow *r = rowAt(row);
    return r ? r->actors : QList<ActorId>{};
}

QList<LinkId> ResultTableModel::linksAt(int row) const
{
    const ResultRow *r = rowAt(row);
    return r ? r->links : QList<LinkId>{};
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

QString ResultTableModel::displayText(const QVariant &value) const
{
    if (value.typeId() == QMetaType::Bool) // translated here: the analysis layer speaks German only
        return value.toBool() ? tr("ja") : tr("nein");
    return formatResultValue(value, m_locale, DisplayDecimals);
}

QVariant ResultTableModel::sortKey(const QVariant &value, ColumnType type) const
{
    const bool empty = !value.isValid() || value.isNull();
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Number:
        // QSortFilterProxyModel compares two doubles numerically; an empty cell sorts before every number.
        if (empty)
            return -std::numeric_limits<double>::infinity();
        if (value.typeId() == QMetaType::QString) { // a number stored as text: sort by its value where it has one
            bool ok = false;
            const double d = value.toString().toDouble(&ok);
            return ok ? d : -std::numeric_limits<double>::infinity();
        }
        return value.toDouble();
    case ColumnType::Boolean:
        return empty ? -1 : (value.toBool() ? 1 : 0);
    case ColumnType::Date:
        return empty ? QDate(1, 1, 1) : value.toDate();
    case ColumnType::Text:
        break;
    }
    // German dictionary order (ä as ae, ß as ss), independent of the system locale.
    return empty ? QString() : Text::fold(displayText(value));
}

QString ResultTableModel::toolTip(int row, int column) const
{
    const ResultRow &r = m_table.rows.at(row);
    const ResultColumn &c = m_table.columns.at(column);
    QString text = QStringLiteral("%1: %2").arg(c.title, displayText(r.cells.value(column)));
    const QVariant value = r.cells.value(column);
    if (value.typeId() == QMetaType::Double && !displayText(value).isEmpty()) {
        const QString exact = formatNumber(value.toDouble(), m_locale, FileDecimals);
        if (exact != displayText(value))
            text += tr(" (genau %1)").arg(exact);
    }
    QStringList behind;
    if (!r.actors.isEmpty())
        behind.append(tr("%Ln Akteure", nullptr, static_cast<int>(r.actors.size())));
    if (!r.links.isEmpty())
        behind.append(tr("%Ln Verbindungen", nullptr, static_cast<int>(r.links.size())));
    if (!behind.isEmpty())
        text += u'\n' + tr("Dahinter: %1 – Zeile auswählen, um sie zu sehen.").arg(behind.join(tr(" und ")));
    return text;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ResultRow &r = m_table.rows.at(index.row());
    const ResultColumn &c = m_table.columns.at(index.column());
    const QVariant value = r.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value);
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (c.type == ColumnType::Integer || c.type == ColumnType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortKey(value, c.type);
    case ActorIdsRole:
        return QVariant::fromValue(idValues(r.actors));
    case LinkIdsRole:
        return QVariant::fromValue(idValues(r.links));
    case ColumnKeyRole:
        return c.key;
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ResultColumn &c = m_table.columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return c.title;
    case Qt::ToolTipRole:
        return tr("%1 (%2) – zum Sortieren auf die Überschrift klicken").arg(c.title, typeDescription(c.type));
    case Qt::TextAlignmentRole:
        if (c.type == ColumnType::Integer || c.type == ColumnType::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ColumnKeyRole:
        return c.key;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(ActorIdsRole, "actorIds");
    names.insert(LinkIdsRole, "linkIds");
    names.insert(ColumnKeyRole, "columnKey");
    names.insert(RawValueRole, "rawValue");
    return names;
}

} // namespace netzatlas
