// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettingsDialog.h"

#include "DialogSupport.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace netzatlas {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Einstellungen"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (Translations::Language language : {Translations::Language::German, Translations::Language::English})
        m_language->addItem(Translations::nativeName(language), static_cast<int>(language));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(Translations::configuredLanguage())));
    auto *form = new QFormLayout;
    form->addRow(tr("&Sprache der Oberfläche:"), m_language);
    DialogSupport::nameFieldsFromLabels(form);
    auto *hint = new QLabel(tr("Die Sprache wechselt beim nächsten Start von Netzatlas. Die Daten der Registry "
                               "bleiben, wie sie sind; Katalogbezeichnungen erscheinen in der gewählten Sprache, "
                               "soweit sie übersetzt sind."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 220);
}

void SettingsDialog::accept()
{
    const auto chosen = static_cast<Translations::Language>(m_language->currentData().toInt());
    const bool changed = chosen != Translations::configuredLanguage();
    Translations::setConfiguredLanguage(chosen);
    if (changed && chosen != Translations::installedLanguage())
        QMessageBox::information(this, windowTitle(),
                                 chosen == Translations::Language::English
                                     ? QStringLiteral("Netzatlas will be shown in English after a restart.")
                                     : QStringLiteral("Netzatlas erscheint nach einem Neustart auf Deutsch."));
    QDialog::accept();
}

} // namespace netzatlas
