// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettingsDialog.h"

#include "DialogSupport.h"
#include "MoneyEdit.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include <netzatlas/core/MeasurePlanning.h>

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
    // Thresholds of the SCP planning rules: settings, never constants (issue 6).
    const PlanningSettings planning = PlanningSettingsStore::load();
    auto *rules = new QGroupBox(tr("Planungsregeln der Startchancen-Maßnahmen"), this);
    m_recommendedShare = new QDoubleSpinBox(rules);
    m_recommendedShare->setObjectName(QStringLiteral("recommendedShareSpin"));
    m_recommendedShare->setRange(0, 100);
    m_recommendedShare->setDecimals(1);
    m_recommendedShare->setSuffix(QStringLiteral(" %"));
    m_recommendedShare->setValue(planning.recommendedShareMin * 100);
    m_traegerMinSchools = new QSpinBox(rules);
    m_traegerMinSchools->setObjectName(QStringLiteral("traegerMinSchoolsSpin"));
    m_traegerMinSchools->setRange(1, 50);
    m_traegerMinSchools->setValue(planning.traegerMinSchools);
    m_partnerSuffices = new QCheckBox(tr("ein Partner aus dem Sozialraum genügt statt mehrerer Schulen"), rules);
    m_partnerSuffices->setObjectName(QStringLiteral("partnerSufficesCheck"));
    m_partnerSuffices->setChecked(planning.traegerPartnerSuffices);
    m_tolerance = new QDoubleSpinBox(rules);
    m_tolerance->setObjectName(QStringLiteral("toleranceSpin"));
    m_tolerance->setRange(0, 100);
    m_tolerance->setDecimals(1);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setValue(planning.overBudgetTolerance * 100);
    m_blockOverBudget = new QCheckBox(tr("Ausgaben über dem Budget verhindern das Speichern"), rules);
    m_blockOverBudget->setObjectName(QStringLiteral("blockOverBudgetCheck"));
    m_blockOverBudget->setChecked(planning.blockOverBudget);
    auto *rulesForm = new QFormLayout(rules);
    rulesForm->addRow(tr("Mindestanteil empfohlener &Maßnahmen je Schule:"), m_recommendedShare);
    rulesForm->addRow(tr("Trägerbudget: mindestens &Schulen je Maßnahme:"), m_traegerMinSchools);
    rulesForm->addRow(QString(), m_partnerSuffices);
    rulesForm->addRow(tr("&Toleranz über dem Budget:"), m_tolerance);
    rulesForm->addRow(QString(), m_blockOverBudget);
    DialogSupport::nameFieldsFromLabels(rulesForm);
    m_partnerSuffices->setAccessibleName(m_partnerSuffices->text());
    m_blockOverBudget->setAccessibleName(m_blockOverBudget->text());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(rules);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, 420);
}

void SettingsDialog::accept()
{
    const auto chosen = static_cast<Translations::Language>(m_language->currentData().toInt());
    const bool changed = chosen != Translations::configuredLanguage();
    Translations::setConfiguredLanguage(chosen);
    PlanningSettings planning = PlanningSettingsStore::load();
    planning.recommendedShareMin = m_recommendedShare->value() / 100.0;
    planning.traegerMinSchools = m_traegerMinSchools->value();
    planning.traegerPartnerSuffices = m_partnerSuffices->isChecked();
    planning.overBudgetTolerance = m_tolerance->value() / 100.0;
    planning.blockOverBudget = m_blockOverBudget->isChecked();
    PlanningSettingsStore::save(planning);
    if (changed && chosen != Translations::installedLanguage())
        QMessageBox::information(this, windowTitle(),
                                 chosen == Translations::Language::English
                                     ? QStringLiteral("Netzatlas will be shown in English after a restart.")
                                     : QStringLiteral("Netzatlas erscheint nach einem Neustart auf Deutsch."));
    QDialog::accept();
}

} // namespace netzatlas
