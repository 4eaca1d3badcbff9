// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace netzatlas {

/// Program settings: the language of the user interface (takes effect at the next start; the dialog says so) and
/// the thresholds of the SCP planning rules (PlanningSettings, stored in QSettings group "planning").
/// Object names: languageCombo, recommendedShareSpin, traegerMinSchoolsSpin, partnerSufficesCheck, toleranceSpin,
/// blockOverBudgetCheck.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QDoubleSpinBox *m_recommendedShare = nullptr;
    QSpinBox *m_traegerMinSchools = nullptr;
    QCheckBox *m_partnerSuffices = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QCheckBox *m_blockOverBudget = nullptr;
};

} // namespace netzatlas
