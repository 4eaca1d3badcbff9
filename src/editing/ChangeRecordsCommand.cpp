// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ChangeRecordsCommand.h>

#include <netzatlas/editing/RegistryDocument.h>

#include <QCoreApplication>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::ChangeRecordsCommand", text);
}

} // namespace

ChangeRecordsCommand::ChangeRecordsCommand(RegistryDocument *document, const QString &text, RecordSet before,
                                           RecordSet after)
    : RegistryCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

ChangeRecordsCommand *ChangeRecordsCommand::changeActor(RegistryDocument *document, const Actor &before,
                                                        const Actor &after)
{
    RecordSet b;
    b.actors.append(before);
    RecordSet a;
    a.actors.append(after);
    return new ChangeRecordsCommand(document, tr("Akteur „%1“ ändern").arg(after.name), b, a);
}

ChangeRecordsCommand *ChangeRecordsCommand::changeLink(RegistryDocument *document, const CooperationLink &before,
                                                       const CooperationLink &after)
{
    RecordSet b;
    b.links.append(before);
    RecordSet a;
    a.links.append(after);
    return new ChangeRecordsCommand(
        document,
        tr("Verbindung %1 – %2 ändern").arg(document->actorName(after.source), document->actorName(after.target)), b,
        a);
}

ChangeRecordsCommand *ChangeRecordsCommand::changeContact(RegistryDocument *document, const ContactPerson &before,
                                                          const ContactPerson &after)
{
    RecordSet b;
    b.contacts.append(before);
    RecordSet a;
    a.contacts.append(after);
    return new ChangeRecordsCommand(document, tr("Ansprechperson „%1“ ändern").arg(after.name), b, a);
}

ChangeRecordsCommand *ChangeRecordsCommand::changeCommittee(RegistryDocument *document, const Actor &actorBefore,
                                                            const Committee &before, const Actor &actorAfter,
                                                            const Committee &after)
{
    RecordSet b;
    b.actors.append(actorBefore);
    b.committees.append(before);
    RecordSet a;
    a.actors.append(actorAfter);
    a.committees.append(after);
    return new ChangeRecordsCommand(document, tr("Gremium „%1“ ändern").arg(actorAfter.name), b, a);
}

ChangeRecordsCommand *ChangeRecordsCommand::changeMeasure(RegistryDocument *document, const Measure &before,
                                                          const Measure &after)
{
    RecordSet b;
    b.measures.append(before);
    RecordSet a;
    a.measures.append(after);
    return new ChangeRecordsCommand(document, tr("Maßnahme „%1“ ändern").arg(after.title), b, a);
}

ChangeRecordsCommand *ChangeRecordsCommand::changeBudget(RegistryDocument *document, const Budget &before,
                                                         const Budget &after)
{
    RecordSet b;
    b.budgets.append(before);
    RecordSet a;
    a.budgets.append(after);
    return new ChangeRecordsCommand(
        document, tr("Budget %1 (%2) ändern").arg(document->actorName(after.holder), after.schoolYear), b, a);
}

Status ChangeRecordsCommand::apply()
{
    return document()->applyUpdate(m_after);
}

Status ChangeRecordsCommand::revert()
{
    return document()->applyUpdate(m_before);
}

} // namespace netzatlas
