// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace netzatlas {

/// The application's languages. The source strings are German; netzatlas_de.qm carries only the German plural
/// forms ("%n Akteure" → "1 Akteur"), netzatlas_en.qm the English translation. Qt's own dialogs and buttons get
/// qtbase_de or qtbase_en. Catalogue labels follow through QLocale's default language (RegistryDocument).
namespace Translations {

enum class Language {
    German,
    English,
};

/// The language chosen in the settings ("General/language": "de" or "en"); German when none is set.
[[nodiscard]] Language configuredLanguage();
void setConfiguredLanguage(Language language);
/// Installs the translators of the configured language on the running application (call once it exists).
void install();
/// Installs the translators of `language`, replacing those installed before, and sets QLocale's default.
void install(Language language);
/// The language whose translators are installed.
[[nodiscard]] Language installedLanguage();
/// "Deutsch", "English" (each in its own language).
[[nodiscard]] QString nativeName(Language language);

} // namespace Translations

} // namespace netzatlas
