// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/ResultFormat.h>

#include "AnalysisContext.h"

#include <algorithm>
#include <cmath>

namespace netzatlas::analysis {

QString formatNumber(double value, const QLocale &locale, int maxDecimals)
{
    if (!std::isfinite(value))
        return {};
    // Fixed notation with at most maxDecimals decimals; QLocale has no "drop trailing zeros" option for 'f',
    // so they are cut here (the decimal point is the locale's, the digits are ASCII for German and English).
    QString text = locale.toString(value, 'f', std::max(0, maxDecimals));
    const QString point = locale.decimalPoint();
    if (maxDecimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    const QString minusZero = locale.negativeSign() + locale.zeroDigit();
    if (text == minusZero) // -0,0001 rounds to "-0"
        text = locale.zeroDigit();
    return text;
}

QString formatResultValue(const QVariant &value, const QLocale &locale, int maxDecimals)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? tr("ja") : tr("nein");
    case QMetaType::Double:
    case QMetaType::Float:
        return formatNumber(value.toDouble(), locale, maxDecimals);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QStringLiteral("dd.MM.yyyy"));
    default:
        return value.toString();
    }
}

namespace {

template<typename Id>
QString idList(const QList<Id> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const Id id : ids)
        parts.append(QString::number(id.value));
    return parts.join(u' ');
}

} // namespace

QList<QStringList> resultTableRecords(const ResultTable &table)
{
    QLocale german(QLocale::German);
    german.setNumberOptions(QLocale::OmitGroupSeparator);
    QList<QStringList> records;
    records.reserve(table.rows.size() + 1);
    QStringList header;
    for (const ResultColumn &c : table.columns)
        header.append(c.title);
    header << tr("Akteur-IDs") << tr("Verbindungs-IDs");
    records.append(header);
    for (const ResultRow &r : table.rows) {
        QStringList cells;
        cells.reserve(r.cells.size() + 2);
        for (const QVariant &v : r.cells)
            cells.append(formatResultValue(v, german, FileDecimals));
        cells << idList(r.actors) << idList(r.links);
        records.append(cells);
    }
    return records;
}

} // namespace netzatlas::analysis
