// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <tuple>

/// Workbooks built with minizip: well-formed ones with exactly the XML a test needs, and a corpus of
/// malformed ones (truncated ZIP, ZIP bomb, XML bomb, wrong sheet, binary garbage, a 10 MB cell).
namespace netzatlas::test::xlsx {

/// A ZIP archive of the given entries.
QByteArray zip(const QList<QPair<QString, QByteArray>> &entries);
/// A workbook of sheets (name, sheet XML) with optional shared strings and styles parts.
QByteArray workbook(const QList<QPair<QString, QByteArray>> &sheets, const QByteArray &sharedStrings = {},
                    const QByteArray &styles = {}, bool date1904 = false);
/// One sheet "Tabelle1" of inline strings, row by row.
QByteArray simpleWorkbook(const QList<QStringList> &rows);
/// (file name, bytes, part of the expected message) for each malformed input.
QList<std::tuple<QString, QByteArray, QString>> malformedCorpus();

} // namespace netzatlas::test::xlsx
