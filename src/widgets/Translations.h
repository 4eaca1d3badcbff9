// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace netzatlas {

/// Loading the application's translations. The source strings are German; netzatlas_de.qm carries only the
/// German plural forms ("%n Akteure" → "1 Akteur"). Qt's own dialogs get qtbase_de so that buttons and file
/// dialogs speak German as well.
namespace Translations {

/// Installs the translators on the running QCoreApplication (call once, after it exists).
void install();

} // namespace Translations

} // namespace netzatlas
