// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace netzatlas {

/// One sheet of an exported workbook. Cell types decide the Excel type: QString → text (never a formula, even
/// when it starts with "="), int/qint64/double → number, QDate → date (TT.MM.JJJJ), bool → "ja"/"nein".
struct SheetData
{
    enum class NumberStyle { Plain, Integer, Decimal, Euro, Percent };
    QString name; ///< sheet name (shortened to Excel's 31 characters, made unique)
    QStringList header;
    QList<NumberStyle> styles; ///< per column, for numbers; missing = Plain
    QList<QVariantList> rows;
};

/// Writes Excel workbooks with libxlsxwriter: bold header row with autofilter, frozen header row, column widths,
/// German number and date formats. Atomic: the workbook is built in a temporary directory and saved through
/// QSaveFile, so an interrupted export leaves an existing file intact.
namespace XlsxExporter {

/// The registry as sheets: Akteure and Verbindungen (exchange columns, so that the workbook imports again),
/// Gremien, Mitgliedschaften, Maßnahmen; Kontaktpersonen only when `withContacts` is set.
[[nodiscard]] Result<QList<SheetData>> registrySheets(RegistryRepository &registry, bool withContacts);

/// Writes the sheets; `title` goes into the document properties.
[[nodiscard]] Status write(const QList<SheetData> &sheets, const QString &path, const QString &title = {});

} // namespace XlsxExporter

} // namespace netzatlas
