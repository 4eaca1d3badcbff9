// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/ResultTable.h>

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace netzatlas::analysis {

/// Number of decimals people see (summaries, tables on screen).
inline constexpr int DisplayDecimals = 3;
/// Number of decimals written to files (CSV), enough for further calculation.
inline constexpr int FileDecimals = 6;

/// A number with at most `maxDecimals` decimals in the locale's notation, trailing zeros dropped
/// ("0,333", "2", "12,5" in German); empty for NaN and infinity.
[[nodiscard]] QString formatNumber(double value, const QLocale &locale, int maxDecimals = DisplayDecimals);

/// A result cell as text: numbers through formatNumber(), integers in the locale's notation, booleans as
/// "ja"/"nein", dates as TT.MM.JJJJ; empty for a null value.
[[nodiscard]] QString formatResultValue(const QVariant &value, const QLocale &locale,
                                        int maxDecimals = DisplayDecimals);

/// A result table as CSV records, the format of `netzatlas-cli analyze --csv` and of the GUI's export: a header
/// with the column titles plus "Akteur-IDs" and "Verbindungs-IDs", then one record per row with the cells
/// (German notation, no digit grouping, FileDecimals decimals) and the ids behind the row, space-separated.
[[nodiscard]] QList<QStringList> resultTableRecords(const ResultTable &table);

} // namespace netzatlas::analysis
