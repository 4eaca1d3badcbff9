// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ActorFilterProxyModel.h>

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/ActorTableModel.h>

#include <QLocale>

namespace netzatlas {

namespace {

QCollator makeCollator()
{
    // The UI is German; a machine without a locale ("C", CI, containers) still sorts Ä with A.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::German, QLocale::Germany);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

bool isEmptyKey(const QVariant &value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

ActorFilterProxyModel::ActorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(makeCollator())
{
    setSortRole(ActorTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ActorFilterProxyModel::setQuickFilter(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    m_quickFilter = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void ActorFilterProxyModel::setTerritoryFilter(const QString &rsPrefix)
{
    if (rsPrefix == m_territoryPrefix)
        return;
    m_territoryPrefix = rsPrefix;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool ActorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_territoryPrefix.isEmpty() &&
        !index.data(ActorTableModel::SeatRsRole).toString().startsWith(m_territoryPrefix))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString searchText = index.data(ActorTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!Text::containsFolded(searchText, word))
            return false;
    }
    return true;
}

bool ActorFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool leftEmpty = isEmptyKey(l);
    const bool rightEmpty = isEmptyKey(r);
    if (leftEmpty || rightEmpty) {
        if (leftEmpty && rightEmpty)
            return false;
        // Keep empty cells at the bottom whichever way the column is sorted.
        return leftEmpty ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
    }
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace netzatlas
