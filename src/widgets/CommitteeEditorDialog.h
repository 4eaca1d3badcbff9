// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Committee.h>

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace netzatlas {

class ActorPicker;
class RegistryDocument;
class TerritoryPicker;

/// Creates or edits a committee (Gremium): name, kind, seat, meeting rhythm, mandate and the members with their
/// role and dates. A committee is an actor of type GREMIUM with a committee record; both are saved in one command.
///
/// Object names: nameEdit, kindCombo, seatPicker, rhythmEdit, mandateEdit, memberPicker, addMemberButton,
/// removeMemberButton, membersTable.
class CommitteeEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `committee` with an invalid id creates a new committee; `actor` is the actor that represents it.
    CommitteeEditorDialog(RegistryDocument *document, const Actor &actor, const Committee &committee,
                          QWidget *parent = nullptr);

    [[nodiscard]] Actor actor() const;
    [[nodiscard]] Committee committee() const;
    void accept() override;

private:
    void addMember();
    void removeMembers();
    void appendMemberRow(const CommitteeMembership &membership);
    [[nodiscard]] bool save();

    RegistryDocument *m_document;
    Actor m_originalActor;
    Committee m_original;
    QLineEdit *m_name;
    QComboBox *m_kind;
    TerritoryPicker *m_seat;
    QLineEdit *m_rhythm;
    QPlainTextEdit *m_mandate;
    ActorPicker *m_memberPicker;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableWidget *m_members;
};

} // namespace netzatlas
