// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Translations.h"

#include <netzatlas/core/Log.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace netzatlas::Translations {

void install()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    // German until the English translation exists: the UI must not mix languages.
    const QLocale german(QLocale::German, QLocale::Germany);

    auto *qt = new QTranslator(app);
    if (qt->load(german, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(german, QStringLiteral("netzatlas"), QStringLiteral("_"), QStringLiteral(":/netzatlas/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
        Log::warning("widgets", QStringLiteral("netzatlas_de translation not found"));
    }
}

} // namespace netzatlas::Translations
