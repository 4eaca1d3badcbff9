// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ContactEditorDialog.h"

#include "DialogSupport.h"
#include "OptionalDateEdit.h"

#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace netzatlas {

ContactEditorDialog::ContactEditorDialog(RegistryDocument *document, const ContactPerson &contact, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(contact)
{
    setObjectName(QStringLiteral("contactEditor"));
    setWindowTitle(contact.id.isValid() ? tr("Ansprechperson bearbeiten") : tr("Neue Ansprechperson"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto edit = [this](const QString &name, const QString &text) {
        auto *e = new QLineEdit(text, this);
        e->setObjectName(name);
        return e;
    };
    m_name = edit(QStringLiteral("nameEdit"), contact.name);
    m_function = edit(QStringLiteral("functionEdit"), contact.function);
    m_function->setPlaceholderText(tr("z. B. Schulleitung, Jugendhilfeplanung"));
    m_email = edit(QStringLiteral("emailEdit"), contact.email);
    m_phone = edit(QStringLiteral("phoneEdit"), contact.phone);
    m_purpose = edit(QStringLiteral("purposeEdit"), contact.purpose);
    m_purpose->setPlaceholderText(tr("wofür die Angaben gespeichert werden"));
    m_review = new OptionalDateEdit(tr("prüfen bis"), this);
    m_review->setObjectName(QStringLiteral("reviewDateEdit"));
    m_review->setAccessibleNames(tr("Prüfen bis"));
    m_review->setDate(contact.reviewDate.isValid() || contact.id.isValid() ? contact.reviewDate
                                                                           : QDate::currentDate().addYears(2));
    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("&Name*:"), m_name);
    form->addRow(tr("&Funktion:"), m_function);
    form->addRow(tr("&E-Mail:"), m_email);
    form->addRow(tr("&Telefon:"), m_phone);
    form->addRow(tr("&Zweck der Speicherung:"), m_purpose);
    form->addRow(tr("&Wiedervorlage:"), m_review);
    form->addRow(tr("N&otizen:"), m_notes);
    DialogSupport::nameFieldsFromLabels(form);

    auto *privacy = new QLabel(tr("Ansprechpersonen erscheinen nie in Diagrammen, Berichten oder Exporten, außer Sie "
                                  "fordern sie dort ausdrücklich an. Speichern Sie nur, was für die Zusammenarbeit "
                                  "nötig ist."),
                               this);
    privacy->setObjectName(QStringLiteral("privacyNote"));
    privacy->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactEditorDialog::reject);
    // A read-only registry (open in another process) can be looked at, not changed.
    buttons->button(QDialogButtonBox::Save)->setEnabled(!document->isReadOnly());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(buttons);
    m_name->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 420)));
}

ContactPerson ContactEditorDialog::contact() const
{
    ContactPerson c = m_original;
    c.name = m_name->text();
    c.function = m_function->text();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text();
    c.purpose = m_purpose->text();
    c.reviewDate = m_review->date();
    c.notes = m_notes->toPlainText();
    return c;
}

void ContactEditorDialog::accept()
{
    ContactPerson next = contact();
    ContactPerson original = m_original;
    next.rowVersion = original.rowVersion = 0;
    if (m_original.id.isValid() && next == original) {
        QDialog::accept();
        return;
    }
    if (!DialogSupport::confirmIssues(this, windowTitle(), Validation::checkContact(next)))
        return;
    const Status status = m_original.id.isValid()
                              ? m_document->push(ChangeRecordsCommand::changeContact(m_document, m_original, next))
                              : m_document->push(new AddRecordCommand(m_document, next));
    if (!status.ok()) {
        DialogSupport::showError(this, windowTitle(), tr("Die Ansprechperson konnte nicht gespeichert werden."),
                                 status.error());
        return;
    }
    QDialog::accept();
}

} // namespace netzatlas
