// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QComboBox;

namespace netzatlas {

/// Program settings: the language of the user interface (takes effect at the next start; the dialog says so).
/// Object names: languageCombo.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace netzatlas
