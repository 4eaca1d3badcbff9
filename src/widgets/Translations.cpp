// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Translations.h"

#include "SourceTextTranslator.h"

#include <netzatlas/core/Log.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace netzatlas::Translations {

namespace {

const QString LanguageKey = QStringLiteral("General/language");
QPointer<QTranslator> qtTranslator;
QPointer<QTranslator> ownTranslator;
Language installed = Language::German;

QLocale localeOf(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                         : QLocale(QLocale::German, QLocale::Germany);
}

} // namespace

Language configuredLanguage()
{
    return QSettings().value(LanguageKey).toString() == u"en" ? Language::English : Language::German;
}

void setConfiguredLanguage(Language language)
{
    QSettings().setValue(LanguageKey, language == Language::English ? QStringLiteral("en") : QStringLiteral("de"));
}

void install()
{
    install(configuredLanguage());
}

void install(Language language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return;
    for (QPointer<QTranslator> *old : {&qtTranslator, &ownTranslator}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    const QLocale locale = localeOf(language);
    QLocale::setDefault(locale);
    installed = language;

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
        Log::warning("widgets", QStringLiteral("Qt's own translation not found"));
    }

    auto *own = new SourceTextTranslator(app);
    const bool loaded =
        own->load(locale, QStringLiteral("netzatlas"), QStringLiteral("_"), QStringLiteral(":/netzatlas/i18n"));
    if (language == Language::English)
        own->loadSourceTexts(QStringLiteral(":/netzatlas/i18n/netzatlas_en.ts"));
    if (loaded) {
        QCoreApplication::installTranslator(own);
        ownTranslator = own;
    } else {
        delete own;
        Log::warning("widgets", QStringLiteral("netzatlas translation not found"));
    }
}

Language installedLanguage()
{
    return installed;
}

QString nativeName(Language language)
{
    return language == Language::English ? QStringLiteral("English") : QStringLiteral("Deutsch");
}

} // namespace netzatlas::Translations
