// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace netzatlas::Text {

/// Search key: lower case, umlauts spelled out (ä → ae, ß → ss), other diacritics removed,
/// whitespace collapsed. "Rüdesheim" → "ruedesheim".
[[nodiscard]] QString fold(const QString &text);
/// Search key without umlaut spelling: "Rüdesheim" → "rudesheim".
[[nodiscard]] QString base(const QString &text);
/// True when `needle` occurs in `haystack`, case- and umlaut-insensitively ("rudesheim", "Ruedesheim"
/// and "RÜDESHEIM" all find "Rüdesheim").
[[nodiscard]] bool containsFolded(const QString &haystack, const QString &needle);
/// Header key for column mapping: fold() without any space, dot, hyphen, underscore or slash.
[[nodiscard]] QString headerKey(const QString &text);

} // namespace netzatlas::Text
