// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/RecordFilterProxyModel.h>

#include <netzatlas/core/Text.h>

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
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()) ||
           (value.typeId() == QMetaType::QDate && !value.toDate().isValid());
}

bool isOff(const QVariant &value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(makeCollator())
{
    setSortRole(Qt::UserRole + 1);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RecordFilterProxyModel::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

void RecordFilterProxyModel::setQuickFilter(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    m_quickFilter = text;
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void RecordFilterProxyModel::setValueFilter(int role, const QVariant &value)
{
    if (isOff(value)) {
        if (m_values.remove(role) > 0)
            refilter();
        return;
    }
    if (m_values.value(role) == value)
        return;
    m_values.insert(role, value);
    refilter();
}

void RecordFilterProxyModel::setPrefixFilter(const QList<int> &roles, const QString &prefix)
{
    if (roles == m_prefixRoles && prefix == m_prefix)
        return;
    m_prefixRoles = roles;
    m_prefix = prefix;
    refilter();
}

void RecordFilterProxyModel::setDateFilter(int fromRole, int untilRole, const QDate &day)
{
    if (fromRole == m_fromRole && untilRole == m_untilRole && day == m_day)
        return;
    m_fromRole = fromRole;
    m_untilRole = untilRole;
    m_day = day;
    refilter();
}

bool RecordFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_values.isEmpty() || !m_prefix.isEmpty() || m_day.isValid();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (index.data(it.key()) != it.value())
            return false;
    }
    if (!m_prefix.isEmpty()) {
        bool inside = false;
        for (int role : m_prefixRoles)
            inside = inside || index.data(role).toString().startsWith(m_prefix);
        if (!inside)
            return false;
    }
    if (m_day.isValid()) {
        const QDate from = index.data(m_fromRole).toDate();
        const QDate until = index.data(m_untilRole).toDate();
        if ((from.isValid() && from > m_day) || (until.isValid() && until < m_day))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString searchText = index.data(m_searchRole).toString();
    for (const QString &word : m_words) {
        if (!Text::containsFolded(searchText, word))
            return false;
    }
    return true;
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
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
