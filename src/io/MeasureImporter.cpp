// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Import of SCP measures from a spreadsheet table (docs/cli.md, "Maßnahmen importieren").
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/MeasurePlanning.h>
#include <netzatlas/core/Text.h>
#include <netzatlas/io/MeasureImporter.h>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <map>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::MeasureImporter", text);
}

/// Column id → accepted header spellings (compared by Text::headerKey). The first one is the documented name.
struct ColumnSpec
{
    const char *id;
    QStringList names;
};

const QList<ColumnSpec> &specs()
{
    static const QList<ColumnSpec> all = {
        {"key",
         {QStringLiteral("Schlüssel"), QStringLiteral("id"), QStringLiteral("Nr"), QStringLiteral("Maßnahmen-Nr")}},
        {"pillar", {QStringLiteral("Säule"), QStringLiteral("Saeule")}},
        {"year", {QStringLiteral("Schuljahr")}},
        {"title", {QStringLiteral("Titel"), QStringLiteral("Maßnahme"), QStringLiteral("Bezeichnung")}},
        {"area", {QStringLiteral("Maßnahmenbereich"), QStringLiteral("Bereich")}},
        {"fields", {QStringLiteral("Handlungsfelder"), QStringLiteral("Handlungsfeld")}},
        {"goal", {QStringLiteral("Ziel"), QStringLiteral("Zielvereinbarung")}},
        {"schools",
         {QStringLiteral("Schulen"), QStringLiteral("Schule"), QStringLiteral("Beteiligte Schulen"),
          QStringLiteral("Einsatzschulen")}},
        {"partners", {QStringLiteral("Partner")}},
        {"provider",
         {QStringLiteral("Durchführung"), QStringLiteral("Träger der Durchführung"), QStringLiteral("Anbieter")}},
        {"planned", {QStringLiteral("Kosten geplant"), QStringLiteral("Plankosten"), QStringLiteral("geplant")}},
        {"approved", {QStringLiteral("Bewilligt"), QStringLiteral("Betrag bewilligt")}},
        {"called", {QStringLiteral("Abgerufen"), QStringLiteral("Mittel abgerufen")}},
        {"spent", {QStringLiteral("Ausgegeben"), QStringLiteral("Kosten Ist"), QStringLiteral("Ist-Kosten")}},
        {"status", {QStringLiteral("Status")}},
        {"start", {QStringLiteral("Beginn"), QStringLiteral("Start")}},
        {"end", {QStringLiteral("Ende")}},
        {"applied", {QStringLiteral("Antrag"), QStringLiteral("Antragsdatum")}},
        {"approvedDate", {QStringLiteral("Bewilligung"), QStringLiteral("Bewilligungsdatum")}},
        {"approvedBy", {QStringLiteral("Bewilligt durch")}},
        {"proof", {QStringLiteral("Nachweis"), QStringLiteral("Verwendungsnachweis")}},
        {"investmentKind", {QStringLiteral("Investitionsart")}},
        {"roomType", {QStringLiteral("Raumtyp")}},
        {"fundingRate", {QStringLiteral("Förderquote")}},
        {"ownShare", {QStringLiteral("Eigenanteil")}},
        {"maintenance", {QStringLiteral("Nur Instandhaltung"), QStringLiteral("Instandhaltung")}},
        {"pot", {QStringLiteral("Budgettopf")}},
        {"recommended",
         {QStringLiteral("Empfohlen"), QStringLiteral("Empfohlene Maßnahme"), QStringLiteral("Orientierungspapier")}},
        {"adminPost", {QStringLiteral("Verwaltungsstelle")}},
        {"group", {QStringLiteral("Berufsgruppe")}},
        {"tasks", {QStringLiteral("Aufgaben")}},
        {"form", {QStringLiteral("Beschäftigungsform")}},
        {"fte", {QStringLiteral("VZÄ"), QStringLiteral("VZAE")}},
        {"staffPlanYear", {QStringLiteral("Stellenplanjahr"), QStringLiteral("Stellenplan")}},
        {"notes", {QStringLiteral("Notizen"), QStringLiteral("Bemerkungen")}},
    };
    return all;
}

const QStringList RequiredColumns = {QStringLiteral("pillar"), QStringLiteral("year"), QStringLiteral("title"),
                                     QStringLiteral("schools")};

/// Splits a cell with several entries: "|", ";", line breaks or "," (names with a comma are written with "|").
QStringList splitList(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral(R"([|;\n]|,(?!\d))"));
    QStringList parts;
    for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts;
}

QString resolvePillar(const QString &text)
{
    const QString code = DomainCatalogue::resolveVocabulary(Vocabulary::Pillar, text);
    if (!code.isEmpty())
        return code;
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("1"), QStringLiteral("I")},
        {QStringLiteral("saeulei"), QStringLiteral("I")},
        {QStringLiteral("investitionsprogramm"), QStringLiteral("I")},
        {QStringLiteral("iischule"), QStringLiteral("II_SCHULE")},
        {QStringLiteral("saeuleiischule"), QStringLiteral("II_SCHULE")},
        {QStringLiteral("schulbudget"), QStringLiteral("II_SCHULE")},
        {QStringLiteral("chancenbudgetschule"), QStringLiteral("II_SCHULE")},
        {QStringLiteral("iitraeger"), QStringLiteral("II_TRAEGER")},
        {QStringLiteral("iischultraeger"), QStringLiteral("II_TRAEGER")},
        {QStringLiteral("saeuleiitraeger"), QStringLiteral("II_TRAEGER")},
        {QStringLiteral("saeuleiischultraeger"), QStringLiteral("II_TRAEGER")},
        {QStringLiteral("traegerbudget"), QStringLiteral("II_TRAEGER")},
        {QStringLiteral("chancenbudgetschultraeger"), QStringLiteral("II_TRAEGER")},
        {QStringLiteral("3"), QStringLiteral("III")},
        {QStringLiteral("saeuleiii"), QStringLiteral("III")},
        {QStringLiteral("mpt"), QStringLiteral("III")},
        {QStringLiteral("multiprofessionelleteams"), QStringLiteral("III")},
    };
    return synonyms.value(Text::headerKey(text));
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString key = Text::headerKey(text);
    if (key.isEmpty() || key == u"nein" || key == u"n" || key == u"0" || key == u"false" || key == u"no")
        return false;
    if (key == u"ja" || key == u"j" || key == u"x" || key == u"1" || key == u"true" || key == u"yes")
        return true;
    return std::nullopt;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    for (const QString &format : {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yy")}) {
        QDate date = QDate::fromString(t, format);
        if (date.isValid()) {
            if (format == u"dd.MM.yy" && date.year() < 2000)
                date = date.addYears(100);
            return date;
        }
    }
    return std::nullopt;
}

/// "4,5" / "4.5" → 4.5; nullopt for anything else.
std::optional<double> parseDecimal(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u'%');
    t = t.trimmed();
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+([.,]\d+)?$)"));
    if (!number.match(t).hasMatch())
        return std::nullopt;
    t.replace(u',', u'.');
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

class RowReader
{
public:
    RowReader(const Table &table, const TableRow &row, const QHash<QString, int> &columns, QList<Error> &errors)
        : m_table(table)
        , m_row(row)
        , m_columns(columns)
        , m_errors(errors)
    {}

    [[nodiscard]] bool has(const char *id) const { return m_columns.contains(QLatin1String(id)); }
    [[nodiscard]] QString header(const char *id) const
    {
        const int index = m_columns.value(QLatin1String(id), -1);
        return index >= 0 ? m_table.header.value(index) : QString();
    }
    [[nodiscard]] QString text(const char *id) const
    {
        const int index = m_columns.value(QLatin1String(id), -1);
        return index >= 0 ? m_row.cells.value(index).trimmed() : QString();
    }
    void error(const char *id, const QString &message)
    {
        m_errors.append(Error::at(m_table.file, m_row.line, header(id), message));
    }
    void errorField(const QString &field, const QString &message)
    {
        m_errors.append(Error::at(m_table.file, m_row.line, field, message));
    }

    Cents amount(const char *id)
    {
        const QString t = text(id);
        if (t.isEmpty())
            return 0;
        const auto cents = Money::parse(t);
        if (!cents) {
            error(id, tr("„%1“ ist kein Betrag (erwartet z. B. „1.234,50“).").arg(t));
            return 0;
        }
        if (*cents < 0) {
            error(id, tr("Der Betrag %1 ist negativ.").arg(t));
            return 0;
        }
        return *cents;
    }
    QDate date(const char *id)
    {
        const QString t = text(id);
        const auto day = parseDate(t);
        if (!day) {
            error(id, tr("„%1“ ist kein Datum (erwartet TT.MM.JJJJ).").arg(t));
            return {};
        }
        return *day;
    }
    bool flag(const char *id)
    {
        const QString t = text(id);
        const auto value = parseFlag(t);
        if (!value) {
            error(id, tr("„%1“ ist weder „ja“ noch „nein“.").arg(t));
            return false;
        }
        return *value;
    }
    QString vocabulary(const char *id, Vocabulary vocabulary, const QString &what)
    {
        const QString t = text(id);
        if (t.isEmpty())
            return {};
        const QString code = DomainCatalogue::resolveVocabulary(vocabulary, t);
        if (code.isEmpty()) {
            QStringList known;
            for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(vocabulary))
                known.append(entry.code);
            error(id, tr("%1 „%2“ ist unbekannt (bekannt: %3).").arg(what, t, known.join(QStringLiteral(", "))));
        }
        return code;
    }
    [[nodiscard]] int line() const { return m_row.line; }

private:
    const Table &m_table;
    const TableRow &m_row;
    const QHash<QString, int> &m_columns;
    QList<Error> &m_errors;
};

/// Finds actors by key, Schulnummer or exact (case-insensitive) name.
class ActorLookup
{
public:
    explicit ActorLookup(const QList<Actor> &actors)
    {
        for (const Actor &actor : actors) {
            m_byKey.insert(actor.key, actor.id);
            if (!actor.schoolNumber.isEmpty())
                m_bySchoolNumber.insert(actor.schoolNumber, actor.id);
            const QString name = Text::fold(actor.name);
            m_byName.insert(name, m_byName.contains(name) ? ActorId() : actor.id); // ambiguous names resolve to none
        }
    }
    /// nullopt: not found; an invalid id: ambiguous name.
    [[nodiscard]] std::optional<ActorId> find(const QString &text) const
    {
        if (const auto it = m_byKey.constFind(text); it != m_byKey.constEnd())
            return *it;
        if (const auto it = m_bySchoolNumber.constFind(text); it != m_bySchoolNumber.constEnd())
            return *it;
        if (const auto it = m_byName.constFind(Text::fold(text)); it != m_byName.constEnd())
            return *it;
        return std::nullopt;
    }

private:
    QHash<QString, ActorId> m_byKey;
    QHash<QString, ActorId> m_bySchoolNumber;
    QHash<QString, ActorId> m_byName;
};

QList<ActorId> actorList(RowReader &r, const char *id, const ActorLookup &lookup)
{
    QList<ActorId> result;
    for (const QString &entry : splitList(r.text(id))) {
        const auto found = lookup.find(entry);
        if (!found)
            r.error(id, tr("„%1“ ist kein Akteur der Registry (Schlüssel, Schulnummer oder genauer Name).").arg(entry));
        else if (!found->isValid())
            r.error(
                id,
                tr("Der Name „%1“ passt auf mehrere Akteure; bitte Schlüssel oder Schulnummer angeben.").arg(entry));
        else if (!result.contains(*found))
            result.append(*found);
    }
    return result;
}

/// The date of a status step from the matching date column, else the start, else today.
QDate stepDate(const Measure &m)
{
    if (m.status == u"BEANTRAGT" && m.appliedDate.isValid())
        return m.appliedDate;
    if (m.status == u"BEWILLIGT" && m.approvedDate.isValid())
        return m.approvedDate;
    if (m.status == u"NACHWEIS" && m.proofDate.isValid())
        return m.proofDate;
    return QDate::currentDate();
}

} // namespace

QStringList MeasureImporter::columns()
{
    QStringList names;
    for (const ColumnSpec &spec : specs())
        names.append(spec.names.first());
    return names;
}

ImportReport MeasureImporter::run(RegistryRepository &registry, const Table &table, const ImportOptions &options)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    report.rows = static_cast<int>(table.rows.size());

    // ---- header
    QHash<QString, int> columns;
    for (int c = 0; c < table.header.size(); ++c) {
        const QString key = Text::headerKey(table.header[c]);
        const ColumnSpec *match = nullptr;
        for (const ColumnSpec &spec : specs()) {
            for (const QString &name : spec.names) {
                if (!match && Text::headerKey(name) == key)
                    match = &spec;
            }
        }
        if (match) {
            if (columns.contains(QLatin1String(match->id)))
                report.errors.append(
                    Error::at(table.file, 1, table.header[c], tr("Die Spalte ist doppelt vorhanden.")));
            columns.insert(QLatin1String(match->id), c);
        } else if (!key.isEmpty()) {
            report.warnings.append(Error::at(table.file, 1, table.header[c], tr("Unbekannte Spalte, wird ignoriert.")));
        }
    }
    for (const QString &required : RequiredColumns) {
        if (!columns.contains(required)) {
            for (const ColumnSpec &spec : specs()) {
                if (QLatin1String(spec.id) == required)
                    report.errors.append(Error::at(table.file, 1, spec.names.first(), tr("Die Pflichtspalte fehlt.")));
            }
        }
    }
    if (!report.errors.isEmpty())
        return report;

    auto actorsResult = registry.actors();
    auto measuresResult = registry.measures();
    auto fieldsResult = registry.catalogue(CatalogueKind::ActionField);
    for (const auto *failed :
         {actorsResult.ok() ? nullptr : &actorsResult.error(), measuresResult.ok() ? nullptr : &measuresResult.error(),
          fieldsResult.ok() ? nullptr : &fieldsResult.error()}) {
        if (failed) {
            report.errors.append(*failed);
            return report;
        }
    }
    const QList<Actor> &actors = *actorsResult;
    const ActorLookup lookup(actors);
    QHash<QString, Measure> stored;
    for (const Measure &m : *measuresResult)
        stored.insert(m.key, m);

    // ---- rows → measures (rows with the same key are one measure with several school years)
    struct Parsed
    {
        Measure measure;
        int line = 0;
        QString firstPillar;
        QString firstTitle;
    };
    std::map<QString, Parsed> byKey; // ordered for a stable generated order
    QStringList order;
    int generated = 0;
    for (const TableRow &row : table.rows) {
        bool empty = true;
        for (const QString &cell : row.cells)
            empty = empty && cell.trimmed().isEmpty();
        if (empty)
            continue;
        const qsizetype before = report.errors.size();
        RowReader r(table, row, columns, report.errors);
        Measure m;
        m.key = r.text("key");
        if (m.key.isEmpty())
            m.key = QStringLiteral("IMPORT-%1-%2")
                        .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))
                        .arg(++generated, 3, 10, QLatin1Char('0'));
        const QString pillarText = r.text("pillar");
        m.pillar = resolvePillar(pillarText);
        if (m.pillar.isEmpty())
            r.error("pillar", pillarText.isEmpty()
                                  ? tr("Die Säule fehlt.")
                                  : tr("„%1“ ist keine Säule (I, II Schule, II Schulträger, III).").arg(pillarText));
        const QString yearText = r.text("year");
        const auto year = SchoolYear::parse(yearText);
        if (!year)
            r.error("year", yearText.isEmpty()
                                ? tr("Das Schuljahr fehlt.")
                                : tr("„%1“ ist kein Schuljahr (erwartet z. B. „2025/26“).").arg(yearText));
        else
            m.schoolYear = year->toString();
        m.title = r.text("title");
        m.measureArea = r.vocabulary("area", Vocabulary::MeasureArea, tr("Der Maßnahmenbereich"));
        for (const QString &field : splitList(r.text("fields"))) {
            QString code;
            for (const CatalogueEntry &entry : *fieldsResult) {
                if (entry.code == field || Text::headerKey(entry.label) == Text::headerKey(field))
                    code = entry.code;
            }
            if (code.isEmpty())
                r.error("fields", tr("Das Handlungsfeld „%1“ ist nicht im Katalog.").arg(field));
            else if (!m.actionFields.contains(code))
                m.actionFields.append(code);
        }
        m.goal = r.text("goal");
        m.schools = actorList(r, "schools", lookup);
        m.partners = actorList(r, "partners", lookup);
        const QList<ActorId> provider = actorList(r, "provider", lookup);
        if (provider.size() > 1)
            r.error("provider", tr("Nur ein durchführender Akteur ist möglich."));
        m.provider = provider.value(0);
        MeasureYearCost cost;
        cost.schoolYear = m.schoolYear;
        cost.planned = r.amount("planned");
        cost.approved = r.amount("approved");
        cost.called = r.amount("called");
        cost.spent = r.amount("spent");
        m.plannedCost = cost.planned;
        m.actualCost = cost.spent;
        m.yearCosts = {cost};
        if (r.has("status") && !r.text("status").isEmpty())
            m.status = r.vocabulary("status", Vocabulary::MeasureStatus, tr("Der Status"));
        m.start = r.date("start");
        m.end = r.date("end");
        m.appliedDate = r.date("applied");
        m.approvedDate = r.date("approvedDate");
        m.approvedBy = r.text("approvedBy");
        m.proofDate = r.date("proof");
        m.investmentKind = r.vocabulary("investmentKind", Vocabulary::InvestmentKind, tr("Die Investitionsart"));
        m.roomType = r.vocabulary("roomType", Vocabulary::RoomType, tr("Der Raumtyp"));
        if (const QString rate = r.text("fundingRate"); !rate.isEmpty()) {
            const auto percent = parseDecimal(rate);
            if (!percent || *percent < 0 || *percent > 100)
                r.error("fundingRate", tr("„%1“ ist keine Förderquote zwischen 0 und 100 %.").arg(rate));
            else
                m.fundingRatePermille = static_cast<int>(std::lround(*percent * 10.0));
        }
        m.ownShare = r.amount("ownShare");
        m.maintenanceOnly = r.flag("maintenance");
        m.budgetPot = r.text("pot").isEmpty() ? QString() : Text::headerKey(r.text("pot")).toUpper();
        if (m.budgetPot == u"SCHULTRAGER" || m.budgetPot == u"SCHULTRAEGER" || m.budgetPot == u"TRAEGER")
            m.budgetPot = QStringLiteral("SCHULTRAEGER");
        if (m.budgetPot.isEmpty() && m.pillar == u"II_SCHULE")
            m.budgetPot = QStringLiteral("SCHULE");
        if (m.budgetPot.isEmpty() && m.pillar == u"II_TRAEGER")
            m.budgetPot = QStringLiteral("SCHULTRAEGER");
        m.recommended = r.flag("recommended");
        m.administrativePost = r.flag("adminPost");
        m.occupationGroup = r.vocabulary("group", Vocabulary::OccupationGroup, tr("Die Berufsgruppe"));
        for (const QString &task : splitList(r.text("tasks"))) {
            const QString code = DomainCatalogue::resolveVocabulary(Vocabulary::MptTask, task);
            if (code.isEmpty())
                r.error("tasks", tr("Die Aufgabe „%1“ ist unbekannt.").arg(task));
            else
                m.tasks.append(code);
        }
        m.employmentForm = r.vocabulary("form", Vocabulary::EmploymentForm, tr("Die Beschäftigungsform"));
        if (const QString fte = r.text("fte"); !fte.isEmpty()) {
            const auto value = parseDecimal(fte);
            if (!value)
                r.error("fte", tr("„%1“ ist keine Zahl (erwartet z. B. „1,5“).").arg(fte));
            else
                m.fte = *value;
        }
        if (const QString planYear = r.text("staffPlanYear"); !planYear.isEmpty()) {
            bool ok = false;
            m.staffPlanYear = planYear.toInt(&ok);
            if (!ok)
                r.error("staffPlanYear", tr("„%1“ ist keine Jahreszahl.").arg(planYear));
        }
        m.notes = r.text("notes");
        if (report.errors.size() > before)
            continue;

        auto existing = byKey.find(m.key);
        if (existing == byKey.end()) {
            byKey.emplace(m.key, Parsed{m, row.line, m.pillar, m.title});
            order.append(m.key);
            continue;
        }
        // A further school year of the same measure.
        Parsed &p = existing->second;
        if (m.pillar != p.firstPillar || m.title != p.firstTitle) {
            r.errorField(r.header("key"), tr("Der Schlüssel „%1“ steht schon in Zeile %2 für eine andere Maßnahme "
                                             "(Säule und Titel müssen gleich sein).")
                                              .arg(m.key)
                                              .arg(p.line));
            continue;
        }
        for (const MeasureYearCost &c : std::as_const(p.measure.yearCosts)) {
            if (c.schoolYear == cost.schoolYear)
                r.error(
                    "year",
                    tr("Das Schuljahr %1 steht für „%2“ schon in Zeile %3.").arg(cost.schoolYear, m.key).arg(p.line));
        }
        p.measure.yearCosts.append(cost);
        p.measure.plannedCost += cost.planned;
        p.measure.actualCost += cost.spent;
        if (m.schoolYear < p.measure.schoolYear)
            p.measure.schoolYear = m.schoolYear;
        if (m.end.isValid() && (!p.measure.end.isValid() || m.end > p.measure.end))
            p.measure.end = m.end;
    }

    // ---- validate whole measures, merge with stored ones
    QList<Measure> toInsert;
    QList<Measure> toUpdate;
    for (const QString &key : std::as_const(order)) {
        Parsed &p = byKey.at(key);
        Measure &m = p.measure;
        const auto known = stored.constFind(key);
        if (known != stored.constEnd()) {
            if (options.onConflict == OnConflict::Skip) {
                ++report.skipped;
                continue;
            }
            if (options.onConflict == OnConflict::Fail) {
                report.errors.append(Error::at(table.file, p.line, tr("Schlüssel"),
                                               tr("Die Maßnahme „%1“ ist schon in der Registry.").arg(key)));
                continue;
            }
            m.id = known->id;
            m.rowVersion = known->rowVersion;
            m.history = known->history;
            if (!m.history.isEmpty() && m.history.constLast().status != m.status)
                m.history.append(
                    MeasureStatusStep{m.status, std::max(stepDate(m), m.history.constLast().date), tr("Import")});
        } else {
            m.history = {MeasureStatusStep{m.status, stepDate(m), tr("Import")}};
        }
        for (const Error &e : measureErrors(m, actors))
            report.errors.append(Error::at(table.file, p.line, e.field, e.message));
        if (known != stored.constEnd()) {
            Measure compare = m;
            compare.history = known->history;
            if (compare == *known) {
                ++report.unchanged;
                continue;
            }
            toUpdate.append(m);
        } else {
            toInsert.append(m);
        }
    }
    if (report.errors.size() > options.maxReportedErrors)
        report.errors.resize(options.maxReportedErrors);
    if (!report.errors.isEmpty())
        return report;
    report.created = static_cast<int>(toInsert.size());
    report.updated = static_cast<int>(toUpdate.size());
    if (options.dryRun)
        return report;

    const Status status = registry.transact([&]() -> Status {
        for (const Measure &m : std::as_const(toInsert)) {
            const Result<MeasureId> id = registry.insertMeasure(m);
            if (!id.ok())
                return id.error();
        }
        for (const Measure &m : std::as_const(toUpdate))
            NETZATLAS_TRY(registry.updateMeasure(m));
        return {};
    });
    if (!status.ok()) {
        report.created = 0;
        report.updated = 0;
        report.errors.append(status.error());
    }
    return report;
}

} // namespace netzatlas
