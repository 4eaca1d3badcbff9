// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/CooperationLink.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace netzatlas {

class ActorPicker;
class OptionalDateEdit;
class RegistryDocument;

/// Creates or edits a cooperation link: two actors (searchable pickers), type, Handlungsfeld, direction,
/// formality, intensity 1–3, valid from/until, status, related measure and note. Several links between the same
/// pair are allowed; the dialog says how many the pair already has. Saving validates (date order, required
/// fields) and pushes one command.
///
/// Object names: sourcePicker, targetPicker (line edits: …Edit), typeCombo, actionFieldCombo, directionCombo,
/// formalityCombo, intensityCombo, validFromEdit, validUntilEdit, statusCombo, measureCombo, noteEdit, pairHint.
class LinkEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `link` with an invalid id creates a new link (source and target may be preset).
    LinkEditorDialog(RegistryDocument *document, const CooperationLink &link, QWidget *parent = nullptr);

    [[nodiscard]] CooperationLink link() const;
    [[nodiscard]] LinkId savedLink() const { return m_saved; }

    void accept() override;

private:
    void updatePairHint();
    void typeChanged();
    [[nodiscard]] bool save();

    RegistryDocument *m_document;
    CooperationLink m_original;
    LinkId m_saved;
    ActorPicker *m_source;
    ActorPicker *m_target;
    QLabel *m_pairHint;
    QComboBox *m_type;
    QComboBox *m_actionField;
    QComboBox *m_direction;
    QComboBox *m_formality;
    QComboBox *m_intensity;
    OptionalDateEdit *m_validFrom;
    OptionalDateEdit *m_validUntil;
    QComboBox *m_status;
    QComboBox *m_measure;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace netzatlas
