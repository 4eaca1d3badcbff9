// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace netzatlas {

/// Writes CSV for German Excel: UTF-8 with BOM, `;` separator, CRLF line ends, quotes where needed.
/// Text cells that Excel would run as a formula (starting with = + - @ tab or CR) are neutralised with a
/// leading apostrophe, unless they are plain numbers ("-5", "+3,5"), which stay numbers.
class CsvWriter
{
public:
    explicit CsvWriter(QChar separator = u';');

    void addRow(const QStringList &cells);
    /// The whole file (BOM + rows).
    [[nodiscard]] QByteArray bytes() const;
    /// Writes atomically through QSaveFile: an interrupted write leaves an existing file intact.
    [[nodiscard]] Status save(const QString &path) const;

    /// The cell as written (neutralised and quoted as needed).
    [[nodiscard]] static QString encodeCell(const QString &cell, QChar separator = u';');
    /// True when Excel would interpret the text as a formula.
    [[nodiscard]] static bool looksLikeFormula(const QString &cell);
    /// Reverses the neutralisation on import ("'=SUMME(A1)" → "=SUMME(A1)").
    [[nodiscard]] static QString unneutralize(const QString &cell);

private:
    QChar m_separator;
    QString m_text;
};

/// Atomic write of bytes (QSaveFile); the message names the file on failure.
[[nodiscard]] Status saveFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace netzatlas
