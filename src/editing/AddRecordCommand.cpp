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

AddRecordCommand::AddRecordCommand(RegistryDocument *document, const Measure &measure)
    : RegistryCommand(document, tr("Maßnahme „%1“ anlegen").arg(measure.title))
{
    m_pending.removedMeasures.append(measure);
}

AddRecordCommand::AddRecordCommand(RegistryDocument *document, const Budget &budget)
    : RegistryCommand(document, tr("Budget %1 (%2) anlegen").arg(document->actorName(budget.holder), budget.schoolYear))
{
    m_pending.budgets.append(budget);
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
    } else if (!m_pending.removedMeasures.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(measure, document()->applyInsertMeasure(m_pending.removedMeasures.constFirst()));
        m_created.removedMeasures.append(measure);
    } else if (!m_pending.budgets.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(budget, document()->applyInsertBudget(m_pending.budgets.constFirst()));
        m_created.budgets.append(budget);
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
