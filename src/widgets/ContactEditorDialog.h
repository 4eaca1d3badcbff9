// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/ContactPerson.h>

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace netzatlas {

class OptionalDateEdit;
class RegistryDocument;

/// Creates or edits a contact person of an actor: name, function, e-mail, phone, purpose of storage and review
/// date (DSGVO: minimal data with a purpose and a date by which the entry is checked). Contact persons never
/// appear in diagrams or exports unless the user asks for them explicitly; the dialog says so.
///
/// Object names: nameEdit, functionEdit, emailEdit, phoneEdit, purposeEdit, reviewDateEdit, notesEdit.
class ContactEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ContactEditorDialog(RegistryDocument *document, const ContactPerson &contact, QWidget *parent = nullptr);

    [[nodiscard]] ContactPerson contact() const;
    void accept() override;

private:
    RegistryDocument *m_document;
    ContactPerson m_original;
    QLineEdit *m_name;
    QLineEdit *m_function;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_purpose;
    OptionalDateEdit *m_review;
    QPlainTextEdit *m_notes;
};

} // namespace netzatlas
