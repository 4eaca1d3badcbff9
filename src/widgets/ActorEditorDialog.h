// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace netzatlas {

class RegistryDocument;
class TerritoryPicker;

/// Creates or edits an actor with every field of the model. For schools it suggests the Schulträger (§ 76 SchulG)
/// and the responsible Jugendamt from the seat and the registry's territorial data; the suggestion follows seat and
/// Schulart until the user picks something else. Saving validates first (errors block, probable duplicates are
/// warnings the user can accept) and then pushes one command onto the document's undo stack.
///
/// Object names for tests: typeCombo, nameEdit, shortNameEdit, keyEdit, seatPicker, streetEdit, postcodeEdit,
/// cityEdit, schoolKindCombo, schoolNumberEdit, scpCheck, cohortSpin, allDayCombo, legalStatusCombo,
/// specialNeedsEdit, authorityPicker, youthOfficePicker, kitaOperatorCombo, tagsEdit, notesEdit.
class ActorEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `actor` with an invalid id creates a new actor.
    ActorEditorDialog(RegistryDocument *document, const Actor &actor, QWidget *parent = nullptr);

    /// The actor as the fields describe it now.
    [[nodiscard]] Actor actor() const;
    /// The stored actor after a successful save.
    [[nodiscard]] ActorId savedActor() const { return m_saved; }

    void accept() override;

private:
    void typeChanged();
    void updateSuggestions();
    void applyAuthoritySuggestion();
    void applyYouthOfficeSuggestion();
    [[nodiscard]] bool save();

    RegistryDocument *m_document;
    Actor m_original;
    ActorId m_saved;
    QString m_authoritySuggestion;
    QString m_youthOfficeSuggestion;
    bool m_authorityFollows = true;
    bool m_youthOfficeFollows = true;
    bool m_updating = false;

    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QLineEdit *m_key;
    TerritoryPicker *m_seat;
    QLineEdit *m_street;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QGroupBox *m_schoolGroup;
    QComboBox *m_schoolKind;
    QLineEdit *m_schoolNumber;
    QCheckBox *m_scp;
    QSpinBox *m_cohort;
    QComboBox *m_allDay;
    QComboBox *m_legalStatus;
    QLineEdit *m_specialNeeds;
    QGroupBox *m_responsibilityGroup;
    TerritoryPicker *m_authority;
    QLabel *m_authorityHint;
    QPushButton *m_authorityApply;
    TerritoryPicker *m_youthOffice;
    QLabel *m_youthOfficeHint;
    QPushButton *m_youthOfficeApply;
    QGroupBox *m_kitaGroup;
    QComboBox *m_kitaOperator;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace netzatlas
