// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Territory.h>
#include <netzatlas/core/Text.h>
#include <netzatlas/core/Validation.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace netzatlas::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::Validation", text);
}

bool hasCode(const QList<CatalogueEntry> &entries, const QString &code)
{
    for (const CatalogueEntry &entry : entries) {
        if (entry.code == code)
            return true;
    }
    return false;
}

void error(QList<ValidationIssue> &issues, const QString &field, const QString &message)
{
    issues.append(ValidationIssue{ValidationIssue::Severity::Error, field, message});
}

void warning(QList<ValidationIssue> &issues, const QString &field, const QString &message)
{
    issues.append(ValidationIssue{ValidationIssue::Severity::Warning, field, message});
}

} // namespace

QList<ValidationIssue> checkActor(const Actor &actor, const QList<CatalogueEntry> &actorTypes)
{
    QList<ValidationIssue> issues;
    if (actor.name.trimmed().isEmpty())
        error(issues, tr("Name"), tr("Der Name fehlt."));
    if (actor.name.size() > 500)
        error(issues, tr("Name"), tr("Der Name ist länger als 500 Zeichen."));
    if (actor.typeCode.isEmpty())
        error(issues, tr("Typ"), tr("Der Akteurstyp fehlt."));
    else if (!hasCode(actorTypes, actor.typeCode))
        error(issues, tr("Typ"), tr("Der Akteurstyp „%1“ ist nicht im Katalog.").arg(actor.typeCode));
    if (!actor.seatRs.isEmpty() && !RegionalKey::isValid(actor.seatRs))
        error(issues, tr("Sitz"), tr("„%1“ ist kein gültiger Regionalschlüssel (2, 5, 9 oder 12 Ziffern).")
                                      .arg(actor.seatRs));
    if (!actor.schoolAuthorityRs.isEmpty() && !RegionalKey::isValid(actor.schoolAuthorityRs))
        error(issues, tr("Schulträger"), tr("„%1“ ist kein gültiger Regionalschlüssel.").arg(actor.schoolAuthorityRs));
    if (!actor.youthOfficeRs.isEmpty() && !RegionalKey::isValid(actor.youthOfficeRs))
        error(issues, tr("Jugendamt"), tr("„%1“ ist kein gültiger Regionalschlüssel.").arg(actor.youthOfficeRs));
    if (!actor.schoolKind.isEmpty() && !DomainCatalogue::isVocabularyCode(Vocabulary::SchoolKind, actor.schoolKind))
        error(issues, tr("Schulart"), tr("Die Schulart „%1“ ist unbekannt.").arg(actor.schoolKind));
    if (!actor.isSchool()) {
        if (actor.scp)
            error(issues, tr("SCP"), tr("Nur Schulen können Startchancen-Schulen sein."));
        if (!actor.schoolKind.isEmpty())
            error(issues, tr("Schulart"), tr("Eine Schulart ist nur bei Schulen möglich."));
    }
    if (!actor.allDay.isEmpty() && !DomainCatalogue::isVocabularyCode(Vocabulary::AllDay, actor.allDay))
        error(issues, tr("Ganztag"), tr("Die Ganztagsform „%1“ ist unbekannt.").arg(actor.allDay));
    if (!actor.kitaOperator.isEmpty()
        && !DomainCatalogue::isVocabularyCode(Vocabulary::KitaOperator, actor.kitaOperator))
        error(issues, tr("Kita-Träger"), tr("Die Trägerart „%1“ ist unbekannt.").arg(actor.kitaOperator));
    if (actor.scpCohort != 0 && (actor.scpCohort < 2024 || actor.scpCohort > 2034))
        error(issues, tr("SCP-Kohorte"), tr("Das Startjahr muss zwischen 2024 und 2034 liegen."));
    for (const QString &rs : actor.responsibleFor) {
        if (!RegionalKey::isValid(rs))
            error(issues, tr("Zuständigkeit"), tr("„%1“ ist kein gültiger Regionalschlüssel.").arg(rs));
    }
    return issues;
}

QList<ValidationIssue> checkLink(const CooperationLink &link, const QList<CatalogueEntry> &linkTypes,
                                 const QList<CatalogueEntry> &actionFields)
{
    QList<ValidationIssue> issues;
    if (!link.source.isValid())
        error(issues, tr("Von"), tr("Der Ausgangsakteur fehlt."));
    if (!link.target.isValid())
        error(issues, tr("Nach"), tr("Der Zielakteur fehlt."));
    if (link.source.isValid() && link.source == link.target)
        error(issues, tr("Nach"), tr("Eine Verbindung muss zwei verschiedene Akteure verbinden."));
    if (link.typeCode.isEmpty())
        error(issues, tr("Typ"), tr("Der Verbindungstyp fehlt."));
    else if (!hasCode(linkTypes, link.typeCode))
        error(issues, tr("Typ"), tr("Der Verbindungstyp „%1“ ist nicht im Katalog.").arg(link.typeCode));
    if (!link.actionField.isEmpty() && !hasCode(actionFields, link.actionField))
        error(issues, tr("Handlungsfeld"), tr("Das Handlungsfeld „%1“ ist nicht im Katalog.").arg(link.actionField));
    if (link.intensity < 1 || link.intensity > 3)
        error(issues, tr("Intensität"), tr("Die Intensität muss 1, 2 oder 3 sein."));
    if (!DomainCatalogue::isVocabularyCode(Vocabulary::Formality, link.formality))
        error(issues, tr("Formalität"), tr("Die Formalität „%1“ ist unbekannt.").arg(link.formality));
    if (!DomainCatalogue::isVocabularyCode(Vocabulary::LinkStatus, link.status))
        error(issues, tr("Status"), tr("Der Status „%1“ ist unbekannt.").arg(link.status));
    if (link.validFrom.isValid() && link.validUntil.isValid() && link.validUntil < link.validFrom)
        error(issues, tr("gültig bis"), tr("Das Ende (%1) liegt vor dem Beginn (%2).")
                                            .arg(link.validUntil.toString(QStringLiteral("dd.MM.yyyy")),
                                                 link.validFrom.toString(QStringLiteral("dd.MM.yyyy"))));
    return issues;
}

QList<ValidationIssue> findProbableDuplicates(const Actor &actor, const QList<Actor> &others)
{
    QList<ValidationIssue> issues;
    const QString number = actor.schoolNumber.trimmed();
    const QString name = Text::fold(actor.name);
    for (const Actor &other : others) {
        if (actor.id.isValid() && other.id == actor.id)
            continue;
        if (!number.isEmpty() && other.schoolNumber.trimmed() == number) {
            warning(issues, tr("Schulnummer"),
                    tr("Die Schulnummer %1 hat bereits „%2“ (%3).").arg(number, other.name, other.key));
        } else if (!name.isEmpty() && !actor.seatRs.isEmpty() && other.seatRs == actor.seatRs
                   && Text::fold(other.name) == name) {
            warning(issues, tr("Name"),
                    tr("In derselben Gemeinde gibt es bereits „%1“ (%2).").arg(other.name, other.key));
        }
    }
    return issues;
}

QList<ValidationIssue> checkContact(const ContactPerson &contact)
{
    QList<ValidationIssue> issues;
    if (contact.name.trimmed().isEmpty())
        error(issues, tr("Name"), tr("Der Name fehlt."));
    if (!contact.actor.isValid())
        error(issues, tr("Akteur"), tr("Die Ansprechperson gehört zu keinem Akteur."));
    static const QRegularExpression mail(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!contact.email.trimmed().isEmpty() && !mail.match(contact.email.trimmed()).hasMatch())
        error(issues, tr("E-Mail"), tr("„%1“ ist keine gültige E-Mail-Adresse.").arg(contact.email));
    if (contact.purpose.trimmed().isEmpty())
        warning(issues, tr("Zweck"), tr("Der Zweck der Speicherung fehlt (DSGVO Art. 5)."));
    if (!contact.reviewDate.isValid())
        warning(issues, tr("Prüfen bis"), tr("Ohne Prüfdatum wird der Eintrag nie zur Überprüfung vorgelegt."));
    return issues;
}

QList<ValidationIssue> checkCommittee(const Committee &committee)
{
    QList<ValidationIssue> issues;
    if (committee.kind.isEmpty())
        error(issues, tr("Art"), tr("Die Art des Gremiums fehlt."));
    else if (!DomainCatalogue::isVocabularyCode(Vocabulary::CommitteeKind, committee.kind))
        error(issues, tr("Art"), tr("Die Gremienart „%1“ ist unbekannt.").arg(committee.kind));
    QSet<qint64> seen;
    for (const CommitteeMembership &member : committee.members) {
        if (!member.member.isValid()) {
            error(issues, tr("Mitglieder"), tr("Eine Mitgliedschaft hat keinen Akteur."));
            continue;
        }
        if (committee.actor.isValid() && member.member == committee.actor)
            error(issues, tr("Mitglieder"), tr("Ein Gremium kann nicht Mitglied in sich selbst sein."));
        if (seen.contains(member.member.value))
            error(issues, tr("Mitglieder"), tr("Ein Akteur ist mehrfach als Mitglied eingetragen."));
        seen.insert(member.member.value);
        if (member.since.isValid() && member.until.isValid() && member.until < member.since)
            error(issues, tr("Mitglieder"), tr("Eine Mitgliedschaft endet vor ihrem Beginn."));
    }
    return issues;
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}

QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << (issue.field.isEmpty() ? issue.message : QStringLiteral("%1: %2").arg(issue.field, issue.message));
    return lines.join(u'\n');
}

} // namespace netzatlas::Validation
