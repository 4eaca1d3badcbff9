// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Validation of one SCP measure and of its status history (domain.md §1.3, §1.4, §5.4).
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/MeasurePlanning.h>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::MeasurePlanning", text);
}

/// Upper bound of the VZÄ of one measure: a sanity check against typing errors (450 instead of 4,50), not a
/// programme rule; a team of more than 40 full-time posts is entered as several measures.
constexpr double MaxFte = 40.0;

class Collector
{
public:
    void add(const QString &field, const QString &message) { errors.append(Error{message, {}, 0, field, {}}); }
    QList<Error> errors;
};

void checkAmount(Collector &c, const QString &field, Cents amount)
{
    if (amount < 0)
        c.add(field, tr("Der Betrag %1 ist negativ; Beträge müssen 0 oder größer sein.").arg(Money::format(amount)));
}

void checkVocabulary(Collector &c, Vocabulary vocabulary, const QString &field, const QString &code, bool required,
                     const QString &what)
{
    if (code.trimmed().isEmpty()) {
        if (required)
            c.add(field, tr("%1 fehlt.").arg(what));
        return;
    }
    if (!DomainCatalogue::isVocabularyCode(vocabulary, code))
        c.add(field, tr("%1 „%2“ ist unbekannt.").arg(what, code));
}

void checkSchoolYear(Collector &c, const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        c.add(field, tr("Das Schuljahr fehlt (Form „2025/26“)."));
        return;
    }
    const auto year = SchoolYear::parse(text);
    if (!year)
        c.add(
            field,
            tr("„%1“ ist kein Schuljahr; erwartet wird die Form „2025/26“ mit aufeinanderfolgenden Jahren.").arg(text));
    else if (year->toString() != text)
        c.add(field, tr("Das Schuljahr „%1“ ist in der Form „%2“ einzutragen.").arg(text, year->toString()));
}

} // namespace

QStringList measureStatusOrder()
{
    static const QStringList order = [] {
        QStringList codes;
        for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(Vocabulary::MeasureStatus))
            codes.append(entry.code);
        return codes;
    }();
    return order;
}

int measureStatusRank(const QString &status)
{
    return static_cast<int>(measureStatusOrder().indexOf(status));
}

Status validateStatusHistory(const QList<MeasureStatusStep> &history)
{
    const QString field = tr("Statusverlauf");
    for (qsizetype i = 0; i < history.size(); ++i) {
        const MeasureStatusStep &step = history[i];
        const int number = static_cast<int>(i + 1);
        const int rank = measureStatusRank(step.status);
        if (rank < 0)
            return Error{
                tr("Schritt %1: Der Status „%2“ ist unbekannt.").arg(number).arg(step.status), {}, 0, field, {}};
        if (!step.date.isValid())
            return Error{tr("Schritt %1 („%2“): Das Datum fehlt.")
                             .arg(number)
                             .arg(DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, step.status)),
                         {},
                         0,
                         field,
                         {}};
        if (i == 0)
            continue;
        const MeasureStatusStep &previous = history[i - 1];
        if (step.date < previous.date)
            return Error{tr("Schritt %1 („%2“) ist auf den %3 datiert, vor den vorherigen Schritt (%4).")
                             .arg(number)
                             .arg(DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, step.status),
                                  step.date.toString(QStringLiteral("dd.MM.yyyy")),
                                  previous.date.toString(QStringLiteral("dd.MM.yyyy"))),
                         {},
                         0,
                         field,
                         {}};
        if (rank < measureStatusRank(previous.status) && step.note.trimmed().isEmpty())
            return Error{tr("Schritt %1 geht von „%2“ zurück auf „%3“; ein Rückschritt braucht eine Notiz mit der "
                            "Begründung.")
                             .arg(number)
                             .arg(DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, previous.status),
                                  DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, step.status)),
                         {},
                         0,
                         field,
                         {}};
    }
    return {};
}

QList<Error> measureErrors(const Measure &m, const QList<Actor> &actors)
{
    Collector c;
    QHash<ActorId, const Actor *> byId;
    for (const Actor &actor : actors)
        byId.insert(actor.id, &actor);

    if (m.title.trimmed().isEmpty())
        c.add(tr("Titel"), tr("Der Titel fehlt."));
    checkVocabulary(c, Vocabulary::Pillar, tr("Säule"), m.pillar, true, tr("Die Säule"));
    checkSchoolYear(c, tr("Schuljahr"), m.schoolYear);
    const bool pillarTwo = m.pillar == u"II_SCHULE" || m.pillar == u"II_TRAEGER";
    checkVocabulary(c, Vocabulary::MeasureArea, tr("Maßnahmenbereich"), m.measureArea, pillarTwo,
                    tr("Der Maßnahmenbereich"));
    checkVocabulary(c, Vocabulary::MeasureStatus, tr("Status"), m.status, true, tr("Der Status"));

    // Schools and partners
    if (m.schools.isEmpty())
        c.add(tr("Beteiligte Schulen"), tr("Die Maßnahme braucht mindestens eine beteiligte Schule."));
    QSet<ActorId> seen;
    for (const ActorId school : m.schools) {
        const Actor *actor = byId.value(school);
        if (!actor)
            c.add(tr("Beteiligte Schulen"),
                  tr("Eine beteiligte Schule (Nr. %1) ist nicht in der Registry.").arg(school.value));
        else if (!actor->isSchool())
            c.add(tr("Beteiligte Schulen"), tr("„%1“ ist keine Schule.").arg(actor->name));
        else if (seen.contains(school))
            c.add(tr("Beteiligte Schulen"), tr("„%1“ ist doppelt eingetragen.").arg(actor->name));
        seen.insert(school);
    }
    QSet<ActorId> partners;
    for (const ActorId partner : m.partners) {
        const Actor *actor = byId.value(partner);
        if (!actor)
            c.add(tr("Partner"), tr("Ein Partner (Nr. %1) ist nicht in der Registry.").arg(partner.value));
        else if (partners.contains(partner))
            c.add(tr("Partner"), tr("„%1“ ist doppelt eingetragen.").arg(actor->name));
        partners.insert(partner);
    }
    if (m.provider.isValid() && !byId.contains(m.provider))
        c.add(tr("Träger der Durchführung"),
              tr("Der durchführende Akteur (Nr. %1) ist nicht in der Registry.").arg(m.provider.value));

    // Amounts
    checkAmount(c, tr("Kosten geplant"), m.plannedCost);
    checkAmount(c, tr("Kosten Ist"), m.actualCost);
    checkAmount(c, tr("Eigenanteil"), m.ownShare);
    QSet<QString> costYears;
    for (const MeasureYearCost &cost : m.yearCosts) {
        const QString prefix = tr("Kosten %1").arg(cost.schoolYear);
        checkSchoolYear(c, tr("Kosten je Schuljahr"), cost.schoolYear);
        if (costYears.contains(cost.schoolYear))
            c.add(tr("Kosten je Schuljahr"), tr("Das Schuljahr %1 ist doppelt eingetragen.").arg(cost.schoolYear));
        costYears.insert(cost.schoolYear);
        checkAmount(c, prefix + tr(" – geplant"), cost.planned);
        checkAmount(c, prefix + tr(" – bewilligt"), cost.approved);
        checkAmount(c, prefix + tr(" – abgerufen"), cost.called);
        checkAmount(c, prefix + tr(" – ausgegeben"), cost.spent);
    }

    // Dates
    if (m.start.isValid() && m.end.isValid() && m.end < m.start)
        c.add(tr("Ende"),
              tr("Das Ende (%1) liegt vor dem Beginn (%2).")
                  .arg(m.end.toString(QStringLiteral("dd.MM.yyyy")), m.start.toString(QStringLiteral("dd.MM.yyyy"))));
    if (m.appliedDate.isValid() && m.approvedDate.isValid() && m.approvedDate < m.appliedDate)
        c.add(tr("Bewilligungsdatum"), tr("Die Bewilligung (%1) liegt vor dem Antrag (%2).")
                                           .arg(m.approvedDate.toString(QStringLiteral("dd.MM.yyyy")),
                                                m.appliedDate.toString(QStringLiteral("dd.MM.yyyy"))));
    if (m.approvedDate.isValid() && m.proofDate.isValid() && m.proofDate < m.approvedDate)
        c.add(tr("Verwendungsnachweis"), tr("Der Verwendungsnachweis (%1) liegt vor der Bewilligung (%2).")
                                             .arg(m.proofDate.toString(QStringLiteral("dd.MM.yyyy")),
                                                  m.approvedDate.toString(QStringLiteral("dd.MM.yyyy"))));
    if (const Status history = validateStatusHistory(m.history); !history.ok())
        c.add(history.error().field, history.error().message);
    else if (!m.history.isEmpty() && m.history.constLast().status != m.status)
        c.add(tr("Status"),
              tr("Der Status „%1“ stimmt nicht mit dem letzten Schritt des Verlaufs („%2“) überein.")
                  .arg(DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, m.status),
                       DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, m.history.constLast().status)));

    // Pillar-specific fields
    if (m.pillar == u"I") {
        checkVocabulary(c, Vocabulary::InvestmentKind, tr("Investitionsart"), m.investmentKind, true,
                        tr("Die Investitionsart"));
        checkVocabulary(c, Vocabulary::RoomType, tr("Raumtyp"), m.roomType, false, tr("Der Raumtyp"));
        if (m.fundingRatePermille < 0 || m.fundingRatePermille > 1000)
            c.add(tr("Förderquote"), tr("Die Förderquote muss zwischen 0 und 100 % liegen (eingetragen: %1 %).")
                                         .arg(m.fundingRatePermille / 10.0, 0, 'f', 1));
        if (m.ownShare > 0 && m.plannedCost >= 0 && m.ownShare > m.plannedCost)
            c.add(tr("Eigenanteil"), tr("Der Eigenanteil (%1) ist höher als die geplanten Kosten (%2).")
                                         .arg(Money::format(m.ownShare), Money::format(m.plannedCost)));
    } else if (pillarTwo) {
        const QString expectedPot =
            m.pillar == u"II_SCHULE" ? QStringLiteral("SCHULE") : QStringLiteral("SCHULTRAEGER");
        if (!m.budgetPot.isEmpty() && m.budgetPot != expectedPot)
            c.add(tr("Budgettopf"),
                  tr("Der Budgettopf „%1“ passt nicht zur Säule; erwartet wird „%2“.").arg(m.budgetPot, expectedPot));
    } else if (m.pillar == u"III") {
        checkVocabulary(c, Vocabulary::OccupationGroup, tr("Berufsgruppe"), m.occupationGroup, true,
                        tr("Die Berufsgruppe"));
        checkVocabulary(c, Vocabulary::EmploymentForm, tr("Beschäftigungsform"), m.employmentForm, true,
                        tr("Die Beschäftigungsform"));
        if (m.tasks.isEmpty())
            c.add(tr("Aufgaben"), tr("Mindestens eine Aufgabe des multiprofessionellen Teams ist anzugeben."));
        for (const QString &task : m.tasks)
            checkVocabulary(c, Vocabulary::MptTask, tr("Aufgaben"), task, true, tr("Die Aufgabe"));
        if (!std::isfinite(m.fte))
            c.add(tr("VZÄ"), tr("Die VZÄ sind keine Zahl."));
        else if (m.fte <= 0.0 || m.fte > MaxFte)
            c.add(tr("VZÄ"), tr("Die VZÄ müssen größer als 0 und höchstens %1 sein (eingetragen: %2).")
                                 .arg(MaxFte, 0, 'f', 0)
                                 .arg(QLocale(QLocale::German).toString(m.fte, 'f', 2)));
        if (m.staffPlanYear != 0 && (m.staffPlanYear < 2000 || m.staffPlanYear > 2100))
            c.add(tr("Stellenplanjahr"), tr("Das Stellenplanjahr %1 ist kein gültiges Jahr.").arg(m.staffPlanYear));
    }
    return c.errors;
}

Status validateMeasure(const Measure &measure, const QList<Actor> &actors)
{
    const QList<Error> errors = measureErrors(measure, actors);
    if (errors.isEmpty())
        return {};
    Error first = errors.first();
    for (const Error &error : errors)
        first.details.append(QStringLiteral("%1: %2").arg(error.field, error.message));
    return first;
}

} // namespace netzatlas
