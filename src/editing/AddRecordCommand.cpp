// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/AddRecordCommand.h>

#include <netzatlas/editing/RegistryDocument.h>

#include <QCoreApplication>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::AddRecordCommand", text);
}

} // namespace

AddRecordCommand::AddRecordCommand(RegistryDocument *document, const Actor &actor)
    : RegistryCommand(document, tr("Akteur „%1“ anlegen").arg(actor.name))
{
    m_pending.actors.append(actor);
}

AddRecordCommand::AddRecordCommand(RegistryDocument *document, const CooperationLink &link)
    : RegistryCommand(
          document,
          tr("Verbindung %1 – %2 anlegen").arg(document->actorName(link.source), document->actorName(link.target)))
{
    m_pending.links.append(link);
}

AddRecordCommand::AddRecordCommand(RegistryDocument *document, const ContactPerson &contact)
    : RegistryCommand(document, tr("Ansprechperson „%1“ anlegen").arg(contact.name))
{
    m_pending.contacts.append(contact);
}

AddRecordCommand::AddRecordCommand(RegistryDocument *document, const Actor &actor, const Committee &committee)
    : RegistryCommand(document, tr("Gremium „%1“ anlegen").arg(actor.name))
{
    m_pending.actors.append(actor);
    m_pending.committees.append(committee);
}

Status AddRecordCommand::apply()
{
    if (m_inserted)
        return document()->applyRestore(m_created);
    if (!m_pending.committees.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(created, document()->applyInsertCommittee(m_pending.actors.constFirst(),
                                                                       m_pending.committees.constFirst()));
        m_created = created;
    } else if (!m_pending.actors.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(actor, document()->applyInsertActor(m_pending.actors.constFirst()));
        m_created.actors.append(actor);
    } else if (!m_pending.links.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(link, document()->applyInsertLink(m_pending.links.constFirst()));
        m_created.links.append(link);
    } else if (!m_pending.contacts.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(contact, document()->applyInsertContact(m_pending.contacts.constFirst()));
        m_created.contacts.append(contact);
    }
    m_inserted = true;
    return {};
}

Status AddRecordCommand::revert()
{
    return document()->applyRemove(m_created);
}

} // namespace netzatlas
