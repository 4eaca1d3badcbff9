// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvWriter.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/TerritoryReference.h>

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Log.h>
#include <netzatlas/core/Text.h>
#include <netzatlas/core/Validation.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::ExchangeImporter", text);
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("netzatlas::ExchangeImporter", text, nullptr, n);
}

/// Marker error of a dry run: makes transact() roll back after a complete run.
const QString DryRunMarker = QStringLiteral("\x01dry-run");

struct LinkKey
{
    qint64 source = 0;
    qint64 target = 0;
    QString type;
    QString field;
    QString since;
    bool operator==(const LinkKey &) const = default;
};

size_t qHash(const LinkKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.source, key.target, key.type, key.field, key.since);
}

/// State of one import run: caches of what is stored, so that each row costs no extra queries.
class ImportRun
{
public:
    ImportRun(RegistryRepository &registry, const ImportOptions &options, ImportReport &report)
        : m_registry(registry)
        , m_options(options)
        , m_report(report)
    {
    }

    Status prepare();
    Status importActors(const ImportSource &source, const ExchangeImporter::Progress &progress, int &done, int total);
    Status importLinks(const ImportSource &source, const ExchangeImporter::Progress &progress, int &done, int total);

private:
    void reject(const QString &file, int line, const QString &field, const QString &message);
    void warn(const QString &file, int line, const QString &field, const QString &message);
    QString resolveActorType(const QString &text) const;
    QString resolveCatalogue(const QList<CatalogueEntry> &entries, const QString &text) const;
    /// Resolves a Regionalschlüssel or AGS; sets `error` when it is malformed or unknown.
    QString resolveTerritory(const QString &text, QString *error);
    QString resolveSeatFromPlace(const QString &city, const QString &postcode);
    const Actor *findActor(const QString &reference) const;
    void remember(const Actor &actor);

    RegistryRepository &m_registry;
    const ImportOptions &m_options;
    ImportReport &m_report;
    QList<CatalogueEntry> m_actorTypes;
    QList<CatalogueEntry> m_linkTypes;
    QList<CatalogueEntry> m_actionFields;
    QHash<qint64, Actor> m_actors;
    QHash<QString, qint64> m_byKey;
    QHash<QString, qint64> m_bySchoolNumber;
    QHash<QString, QList<qint64>> m_byName;
    QHash<LinkKey, CooperationLink> m_links;
    QHash<QString, QString> m_territoryCache;
};

void ImportRun::reject(const QString &file, int line, const QString &field, const QString &message)
{
    if (m_report.errors.size() < m_options.maxReportedErrors)
        m_report.errors.append(Error::at(file, line, field, message));
    else if (m_report.errors.size() == m_options.maxReportedErrors)
        m_report.errors.append(Error::make(tr("… weitere Fehler nicht aufgeführt.")));
}

void ImportRun::warn(const QString &file, int line, const QString &field, const QString &message)
{
    if (m_report.warnings.size() < m_options.maxReportedErrors)
        m_report.warnings.append(Error::at(file, line, field, message));
}

void ImportRun::remember(const Actor &actor)
{
    m_actors.insert(actor.id.value, actor);
    m_byKey.insert(actor.key, actor.id.value);
    if (!actor.schoolNumber.isEmpty())
        m_bySchoolNumber.insert(actor.schoolNumber, actor.id.value);
    auto &ids = m_byName[Text::fold(actor.name)];
    if (!ids.contains(actor.id.value))
        ids.append(actor.id.value);
}

Status ImportRun::prepare()
{
    NETZATLAS_TRY_ASSIGN(actorTypes, m_registry.catalogue(CatalogueKind::ActorType));
    NETZATLAS_TRY_ASSIGN(linkTypes, m_registry.catalogue(CatalogueKind::LinkType));
    NETZATLAS_TRY_ASSIGN(fields, m_registry.catalogue(CatalogueKind::ActionField));
    m_actorTypes = actorTypes;
    m_linkTypes = linkTypes;
    m_actionFields = fields;
    NETZATLAS_TRY_ASSIGN(actors, m_registry.actors());
    for (const Actor &a : actors)
        remember(a);
    NETZATLAS_TRY_ASSIGN(links, m_registry.links());
    for (const CooperationLink &l : links) {
        m_links.insert(LinkKey{l.source.value, l.target.value, l.typeCode, l.actionField,
                               l.validFrom.toString(Qt::ISODate)},
                       l);
    }
    return {};
}

QString ImportRun::resolveCatalogue(const QList<CatalogueEntry> &entries, const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString key = Text::headerKey(trimmed);
    for (const CatalogueEntry &e : entries) {
        if (e.code.compare(trimmed, Qt::CaseInsensitive) == 0)
            return e.code;
    }
    for (const CatalogueEntry &e : entries) {
        if (Text::headerKey(e.label) == key || Text::headerKey(e.labelEn) == key || Text::headerKey(e.code) == key)
            return e.code;
    }
    return {};
}

QString ImportRun::resolveActorType(const QString &text) const
{
    const QString code = resolveCatalogue(m_actorTypes, text);
    if (!code.isEmpty())
        return code;
    // Common short words for types.
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("kita"), QStringLiteral("KITA")},
        {QStringLiteral("kindergarten"), QStringLiteral("KITA")},
        {QStringLiteral("kindertagesstaette"), QStringLiteral("KITA")},
        {QStringLiteral("verein"), QStringLiteral("VEREIN")},
        {QStringLiteral("sportverein"), QStringLiteral("VEREIN_SPORT")},
        {QStringLiteral("freiertraeger"), QStringLiteral("FREIER_TRAEGER")},
        {QStringLiteral("schultraeger"), QStringLiteral("SCHULTRAEGER_VERW")},
        {QStringLiteral("beratungsstelle"), QStringLiteral("BERATUNGSSTELLE")},
        {QStringLiteral("gremium"), QStringLiteral("GREMIUM")},
        {QStringLiteral("netzwerk"), QStringLiteral("GREMIUM")},
        {QStringLiteral("schulsozialarbeit"), QStringLiteral("SSA_TEAM")},
        {QStringLiteral("jugendzentrum"), QStringLiteral("JUGENDEINRICHTUNG")},
        {QStringLiteral("betrieb"), QStringLiteral("BETRIEB")},
        {QStringLiteral("unternehmen"), QStringLiteral("BETRIEB")},
    };
    return synonyms.value(Text::headerKey(text));
}

QString ImportRun::resolveTerritory(const QString &text, QString *error)
{
    const QString key = ExchangeImporter::normalizeKey(text);
    if (key.isEmpty())
        return {};
    if (const auto it = m_territoryCache.constFind(key); it != m_territoryCache.constEnd())
        return *it;
    QString rs;
    if (RegionalKey::isAgs(key)) {
        auto stored = m_registry.territoryByAgs(key);
        if (stored.ok() && stored->has_value()) {
            rs = (*stored)->rs;
        } else {
            const QString bundled = TerritoryReference::rsForAgs(key);
            if (!bundled.isEmpty()) {
                auto loaded = TerritoryReference::ensureLoaded(m_registry, bundled);
                if (loaded.ok() && *loaded)
                    rs = bundled;
            }
        }
        if (rs.isEmpty()) {
            *error = tr("Der Gemeindeschlüssel (AGS) „%1“ ist unbekannt.").arg(key);
            return {};
        }
    } else if (RegionalKey::isValid(key)) {
        auto loaded = TerritoryReference::ensureLoaded(m_registry, key);
        if (!loaded.ok() || !*loaded) {
            *error = tr("Der Regionalschlüssel „%1“ ist unbekannt.").arg(key);
            return {};
        }
        rs = key;
    } else {
        *error = tr("„%1“ ist weder ein Regionalschlüssel (2, 5, 9 oder 12 Ziffern) noch ein AGS (8 Ziffern).")
                     .arg(text.trimmed());
        return {};
    }
    m_territoryCache.insert(key, rs);
    return rs;
}

QString ImportRun::resolveSeatFromPlace(const QString &city, const QString &postcode)
{
    // "55545 Bad Kreuznach" or "Bad Kreuznach, Stadt": the Gemeinde with that name, preferring the postcode.
    QString name = city.trimmed();
    if (name.isEmpty())
        return {};
    auto found = m_registry.findTerritories(name, 50);
    if (!found.ok())
        return {};
    QList<Territory> gemeinden;
    for (const Territory &t : *found) {
        if (t.level == TerritoryLevel::Gemeinde
            && (Text::fold(t.displayName()) == Text::fold(name) || Text::fold(t.name) == Text::fold(name)))
            gemeinden.append(t);
    }
    if (gemeinden.size() > 1 && !postcode.trimmed().isEmpty()) {
        QList<Territory> byPostcode;
        for (const Territory &t : gemeinden) {
            if (t.postcode == postcode.trimmed())
                byPostcode.append(t);
        }
        if (!byPostcode.isEmpty())
            gemeinden = byPostcode;
    }
    return gemeinden.size() == 1 ? gemeinden.first().rs : QString();
}

const Actor *ImportRun::findActor(const QString &reference) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return nullptr;
    auto byId = [this](qint64 id) -> const Actor * {
        const auto it = m_actors.constFind(id);
        return it == m_actors.constEnd() ? nullptr : &it.value();
    };
    if (const auto it = m_byKey.constFind(ref); it != m_byKey.constEnd())
        return byId(*it);
    if (const auto it = m_bySchoolNumber.constFind(ref); it != m_bySchoolNumber.constEnd())
        return byId(*it);
    const auto byName = m_byName.value(Text::fold(ref));
    if (byName.size() == 1)
        return byId(byName.first());
    return nullptr;
}

Status ImportRun::importActors(const ImportSource &source, const ExchangeImporter::Progress &progress, int &done,
                               int total)
{
    const Table &table = source.table;
    const ColumnMapping mapping = source.mapping.value_or(ColumnMapping::guess(ImportKind::Actors, table.header));
    const QString &file = table.file;
    auto has = [&](const char *field) { return mapping.column(QString::fromUtf8(field)) >= 0; };
    if (!has("name")) {
        reject(file, 1, QStringLiteral("name"),
               tr("Die Pflichtspalte „name“ fehlt (erkannt werden z. B. „Name“, „Bezeichnung“, „Schulname“). "
                  "Gefundene Spalten: %1")
                   .arg(table.header.join(QStringLiteral(", "))));
        return {};
    }
    if (!has("type") && !has("schulart")) {
        reject(file, 1, QStringLiteral("type"),
               tr("Die Spalte „type“ (Typ des Akteurs) fehlt; ohne sie braucht es eine Spalte „Schulart“. "
                  "Gefundene Spalten: %1")
                   .arg(table.header.join(QStringLiteral(", "))));
        return {};
    }
    QHash<QString, int> keyLines;
    QHash<QString, int> schoolNumberLines;
    for (const TableRow &row : table.rows) {
        ++done;
        ++m_report.rows;
        if (progress && !progress(done, total)) {
            m_report.cancelled = true;
            return {};
        }
        const int line = row.line;
        const int errorsBefore = static_cast<int>(m_report.errors.size());
        auto cell = [&](const char *field) -> QString {
            const int c = mapping.column(QString::fromUtf8(field));
            return c >= 0 && c < row.cells.size() ? CsvWriter::unneutralize(row.cells.at(c)).trimmed() : QString();
        };
        auto fail = [&](const char *field, const QString &message) {
            reject(file, line, QString::fromUtf8(field), message);
        };
        const QString key = cell("id");
        const QString schoolNumber = cell("schulnummer");
        if (!key.isEmpty()) {
            if (keyLines.contains(key)) {
                fail("id", tr("Der Schlüssel „%1“ kommt schon in Zeile %2 vor.").arg(key).arg(keyLines.value(key)));
                continue;
            }
            keyLines.insert(key, line);
        }
        if (!schoolNumber.isEmpty()) {
            if (schoolNumberLines.contains(schoolNumber)) {
                fail("schulnummer", tr("Die Schulnummer „%1“ kommt schon in Zeile %2 vor.")
                                        .arg(schoolNumber)
                                        .arg(schoolNumberLines.value(schoolNumber)));
                continue;
            }
            schoolNumberLines.insert(schoolNumber, line);
        }

        // Existing record: by key, else by Schulnummer.
        const Actor *existing = nullptr;
        if (!key.isEmpty() && m_byKey.contains(key))
            existing = &m_actors[m_byKey.value(key)];
        else if (!schoolNumber.isEmpty() && m_bySchoolNumber.contains(schoolNumber))
            existing = &m_actors[m_bySchoolNumber.value(schoolNumber)];
        if (existing && m_options.onConflict == OnConflict::Fail) {
            fail("id", tr("Den Akteur „%1“ gibt es schon (Schlüssel %2).").arg(existing->name, existing->key));
            continue;
        }
        if (existing && m_options.onConflict == OnConflict::Skip) {
            ++m_report.skipped;
            continue;
        }
        Actor actor = existing ? *existing : Actor{};
        if (!existing)
            actor.key = key;

        actor.name = cell("name");
        if (actor.name.isEmpty())
            fail("name", tr("Der Name fehlt."));

        QString schoolKind;
        if (has("schulart")) {
            const QString text = cell("schulart");
            schoolKind = DomainCatalogue::resolveSchoolKind(text);
            if (!text.isEmpty() && schoolKind.isEmpty())
                fail("schulart", tr("Die Schulart „%1“ ist unbekannt. Erwartet: z. B. Grundschule/GS, Realschule "
                                    "plus/RS+, IGS, Gymnasium/GYM, Förderschule/FÖS, BBS.")
                                     .arg(text));
        }
        if (has("type")) {
            const QString text = cell("type");
            if (text.isEmpty()) {
                if (!schoolKind.isEmpty())
                    actor.typeCode = DomainCatalogue::SchoolType;
                else if (!existing)
                    fail("type", tr("Der Typ fehlt."));
            } else {
                QString code = resolveActorType(text);
                if (code.isEmpty()) {
                    const QString kindFromType = DomainCatalogue::resolveSchoolKind(text);
                    if (!kindFromType.isEmpty()) {
                        code = DomainCatalogue::SchoolType;
                        if (schoolKind.isEmpty())
                            schoolKind = kindFromType;
                    }
                }
                if (code.isEmpty())
                    fail("type", tr("Der Typ „%1“ ist unbekannt. Erwartet: ein Katalogcode (SCHULE, KITA, JUGENDAMT …), "
                                    "eine Bezeichnung aus dem Katalog oder eine Schulart (GS, RS+ …).")
                                     .arg(text));
                actor.typeCode = code;
            }
        } else if (!schoolKind.isEmpty() || !existing) {
            actor.typeCode = DomainCatalogue::SchoolType;
        }
        if (has("schulart") || !schoolKind.isEmpty())
            actor.schoolKind = actor.typeCode == DomainCatalogue::SchoolType ? schoolKind : QString();

        if (has("rs")) {
            const QString text = cell("rs");
            QString error;
            const QString rs = resolveTerritory(text, &error);
            if (!error.isEmpty())
                fail("rs", error);
            actor.seatRs = rs;
        }
        if (has("strasse"))
            actor.street = cell("strasse");
        if (has("plz"))
            actor.postcode = cell("plz");
        if (has("ort"))
            actor.city = cell("ort");
        if (actor.seatRs.isEmpty() && !actor.city.isEmpty() && (!has("rs") || cell("rs").isEmpty())) {
            actor.seatRs = resolveSeatFromPlace(actor.city, actor.postcode);
            if (actor.seatRs.isEmpty())
                warn(file, line, QStringLiteral("ort"),
                     tr("Die Gemeinde „%1“ ist nicht eindeutig oder unbekannt; der Sitz bleibt leer.").arg(actor.city));
        }
        if (has("scp")) {
            const auto scp = ExchangeImporter::parseBool(cell("scp"));
            if (!scp)
                fail("scp", tr("„%1“ ist kein Ja/Nein-Wert (erwartet: ja, nein, x, 1, 0).").arg(cell("scp")));
            else
                actor.scp = *scp;
        }
        if (has("schulnummer"))
            actor.schoolNumber = schoolNumber;
        if (has("tags")) {
            actor.tags.clear();
            static const QRegularExpression tagSeparators(QStringLiteral("[,|]"));
            for (const QString &tag : cell("tags").split(tagSeparators, Qt::SkipEmptyParts)) {
                if (!tag.trimmed().isEmpty() && !actor.tags.contains(tag.trimmed()))
                    actor.tags << tag.trimmed();
            }
        }
        if (has("notiz"))
            actor.notes = cell("notiz");
        if (has("kurzname"))
            actor.shortName = cell("kurzname");
        for (const auto &[field, target] : {std::pair<const char *, QString *>{"schultraeger", &actor.schoolAuthorityRs},
                                            std::pair<const char *, QString *>{"jugendamt", &actor.youthOfficeRs}}) {
            if (!has(field))
                continue;
            QString error;
            *target = resolveTerritory(cell(field), &error);
            if (!error.isEmpty())
                fail(field, error);
        }
        if (has("ganztag")) {
            const QString text = cell("ganztag");
            actor.allDay = DomainCatalogue::resolveVocabulary(Vocabulary::AllDay, text);
            if (!text.isEmpty() && actor.allDay.isEmpty())
                fail("ganztag", tr("Die Ganztagsform „%1“ ist unbekannt (keine, offen, Angebotsform, verpflichtend).")
                                    .arg(text));
        }
        if (has("kita_traeger")) {
            const QString text = cell("kita_traeger");
            actor.kitaOperator = DomainCatalogue::resolveVocabulary(Vocabulary::KitaOperator, text);
            if (!text.isEmpty() && actor.kitaOperator.isEmpty())
                fail("kita_traeger", tr("Die Trägerart „%1“ ist unbekannt (kommunal, kirchlich, frei).").arg(text));
        }
        if (has("scp_kohorte")) {
            const QString text = cell("scp_kohorte");
            bool ok = true;
            actor.scpCohort = text.isEmpty() ? 0 : text.toInt(&ok);
            if (!ok)
                fail("scp_kohorte", tr("„%1“ ist keine Jahreszahl.").arg(text));
        }
        if (has("rechtsstatus"))
            actor.legalStatus = cell("rechtsstatus");
        if (has("foerderschwerpunkte"))
            actor.specialNeedsFocus = cell("foerderschwerpunkte");

        if (m_report.errors.size() > errorsBefore)
            continue;
        const auto issues = Validation::checkActor(actor, m_actorTypes);
        bool invalid = false;
        for (const ValidationIssue &issue : issues) {
            if (issue.isError()) {
                reject(file, line, issue.field, issue.message);
                invalid = true;
            }
        }
        if (invalid)
            continue;

        if (existing) {
            if (actor.sameContent(*existing)) {
                ++m_report.unchanged;
                continue;
            }
            if (auto s = m_registry.updateActor(actor); !s.ok()) {
                fail("id", s.error().message);
                continue;
            }
            ++actor.rowVersion;
            if (existing->key != actor.key)
                m_byKey.remove(existing->key);
            remember(actor);
            ++m_report.updated;
        } else {
            auto id = m_registry.insertActor(actor);
            if (!id.ok()) {
                fail(key.isEmpty() ? "name" : "id", id.error().message);
                continue;
            }
            auto stored = m_registry.actor(*id);
            if (!stored.ok() || !stored->has_value())
                return Error::make(tr("Der gerade angelegte Akteur „%1“ ist nicht lesbar.").arg(actor.name));
            remember(**stored);
            ++m_report.created;
        }
    }
    return {};
}

Status ImportRun::importLinks(const ImportSource &source, const ExchangeImporter::Progress &progress, int &done,
                              int total)
{
    const Table &table = source.table;
    const ColumnMapping mapping = source.mapping.value_or(ColumnMapping::guess(ImportKind::Links, table.header));
    const QString &file = table.file;
    const QStringList missing = mapping.missingRequired();
    if (!missing.isEmpty()) {
        reject(file, 1, missing.first(),
               tr("Die Pflichtspalte „%1“ fehlt (nötig sind source/Von, target/Nach und type/Typ). Gefundene Spalten: %2")
                   .arg(missing.join(QStringLiteral(", ")), table.header.join(QStringLiteral(", "))));
        return {};
    }
    auto has = [&](const char *field) { return mapping.column(QString::fromUtf8(field)) >= 0; };
    QHash<LinkKey, int> seenInFile;
    for (const TableRow &row : table.rows) {
        ++done;
        ++m_report.rows;
        if (progress && !progress(done, total)) {
            m_report.cancelled = true;
            return {};
        }
        const int line = row.line;
        const int errorsBefore = static_cast<int>(m_report.errors.size());
        auto cell = [&](const char *field) -> QString {
            const int c = mapping.column(QString::fromUtf8(field));
            return c >= 0 && c < row.cells.size() ? CsvWriter::unneutralize(row.cells.at(c)).trimmed() : QString();
        };
        auto fail = [&](const char *field, const QString &message) {
            reject(file, line, QString::fromUtf8(field), message);
        };
        CooperationLink link;
        const Actor *sourceActor = findActor(cell("source"));
        const Actor *targetActor = findActor(cell("target"));
        if (!sourceActor)
            fail("source", cell("source").isEmpty()
                               ? tr("Der Ausgangsakteur fehlt.")
                               : tr("Der Akteur „%1“ ist nicht bekannt (weder Schlüssel noch Schulnummer noch "
                                    "eindeutiger Name).")
                                     .arg(cell("source")));
        if (!targetActor)
            fail("target", cell("target").isEmpty()
                               ? tr("Der Zielakteur fehlt.")
                               : tr("Der Akteur „%1“ ist nicht bekannt (weder Schlüssel noch Schulnummer noch "
                                    "eindeutiger Name).")
                                     .arg(cell("target")));
        link.source = sourceActor ? sourceActor->id : ActorId{};
        link.target = targetActor ? targetActor->id : ActorId{};
        link.typeCode = resolveCatalogue(m_linkTypes, cell("type"));
        if (link.typeCode.isEmpty())
            fail("type", cell("type").isEmpty()
                             ? tr("Der Verbindungstyp fehlt.")
                             : tr("Der Verbindungstyp „%1“ ist unbekannt.").arg(cell("type")));
        if (has("handlungsfeld") && !cell("handlungsfeld").isEmpty()) {
            link.actionField = resolveCatalogue(m_actionFields, cell("handlungsfeld"));
            if (link.actionField.isEmpty())
                fail("handlungsfeld", tr("Das Handlungsfeld „%1“ ist unbekannt.").arg(cell("handlungsfeld")));
        }
        bool directed = false;
        for (const CatalogueEntry &e : m_linkTypes) {
            if (e.code == link.typeCode)
                directed = e.directed;
        }
        link.direction = directed ? LinkDirection::Directed : LinkDirection::Undirected;
        if (has("direction") && !cell("direction").isEmpty()) {
            if (!linkDirectionFromText(cell("direction"), &link.direction))
                fail("direction", tr("„%1“ ist keine Richtung (erwartet: -> oder <->, gerichtet oder ungerichtet).")
                                      .arg(cell("direction")));
        }
        if (has("intensity") && !cell("intensity").isEmpty()) {
            const QString text = Text::fold(cell("intensity"));
            static const QHash<QString, int> words = {
                {QStringLiteral("gering"), 1}, {QStringLiteral("niedrig"), 1}, {QStringLiteral("schwach"), 1},
                {QStringLiteral("mittel"), 2}, {QStringLiteral("hoch"), 3},    {QStringLiteral("stark"), 3},
                {QStringLiteral("1,0"), 1},    {QStringLiteral("2,0"), 2},     {QStringLiteral("3,0"), 3},
            };
            const auto number = ExchangeImporter::parseNumber(text);
            bool ok = number && *number == std::floor(*number) && std::fabs(*number) < 1000;
            int value = ok ? static_cast<int>(*number) : 0;
            if (!ok && words.contains(text)) {
                value = words.value(text);
                ok = true;
            }
            if (!ok || value < 1 || value > 3)
                fail("intensity", tr("Die Intensität „%1“ muss 1, 2 oder 3 sein (gering, mittel, hoch).")
                                      .arg(cell("intensity")));
            else
                link.intensity = value;
        }
        if (has("formality") && !cell("formality").isEmpty()) {
            link.formality = DomainCatalogue::resolveVocabulary(Vocabulary::Formality, cell("formality"));
            if (link.formality.isEmpty()) {
                static const QHash<QString, QString> words = {
                    {QStringLiteral("vereinbart"), QStringLiteral("VEREINBART")},
                    {QStringLiteral("kooperationsvereinbarung"), QStringLiteral("VEREINBART")},
                    {QStringLiteral("vertraglich"), QStringLiteral("VERTRAGLICH")},
                    {QStringLiteral("finanziert"), QStringLiteral("VERTRAGLICH")},
                    {QStringLiteral("vertrag"), QStringLiteral("VERTRAGLICH")},
                };
                link.formality = words.value(Text::headerKey(cell("formality")));
            }
            if (link.formality.isEmpty())
                fail("formality", tr("Die Formalität „%1“ ist unbekannt (informell, regelmäßig, vereinbart, "
                                     "vertraglich).")
                                      .arg(cell("formality")));
        }
        for (const auto &[field, slot] : {std::pair<const char *, QDate *>{"since", &link.validFrom},
                                          std::pair<const char *, QDate *>{"until", &link.validUntil}}) {
            if (!has(field) || cell(field).isEmpty())
                continue;
            const auto date = ExchangeImporter::parseDate(cell(field));
            if (!date)
                fail(field, tr("„%1“ ist kein Datum (erwartet: 31.07.2026 oder 2026-07-31).").arg(cell(field)));
            else
                *slot = *date;
        }
        if (has("status") && !cell("status").isEmpty()) {
            link.status = DomainCatalogue::resolveVocabulary(Vocabulary::LinkStatus, cell("status"));
            if (link.status.isEmpty())
                fail("status", tr("Der Status „%1“ ist unbekannt (geplant, aktiv, ruhend, beendet).").arg(cell("status")));
        }
        if (has("notiz"))
            link.note = cell("notiz");
        if (m_report.errors.size() > errorsBefore)
            continue;
        bool invalid = false;
        for (const ValidationIssue &issue : Validation::checkLink(link, m_linkTypes, m_actionFields)) {
            if (issue.isError()) {
                reject(file, line, issue.field, issue.message);
                invalid = true;
            }
        }
        if (invalid)
            continue;

        const LinkKey naturalKey{link.source.value, link.target.value, link.typeCode, link.actionField,
                                 link.validFrom.toString(Qt::ISODate)};
        if (seenInFile.contains(naturalKey)) {
            fail("source", tr("Dieselbe Verbindung (Von, Nach, Typ, Handlungsfeld, Beginn) steht schon in Zeile %1.")
                               .arg(seenInFile.value(naturalKey)));
            continue;
        }
        seenInFile.insert(naturalKey, line);
        auto existingIt = m_links.find(naturalKey);
        if (existingIt == m_links.end() && link.direction == LinkDirection::Undirected) {
            const LinkKey reversed{link.target.value, link.source.value, link.typeCode, link.actionField,
                                   link.validFrom.toString(Qt::ISODate)};
            existingIt = m_links.find(reversed);
            if (existingIt != m_links.end())
                std::swap(link.source, link.target);
        }
        if (existingIt != m_links.end()) {
            const CooperationLink existing = existingIt.value();
            if (m_options.onConflict == OnConflict::Fail) {
                fail("source", tr("Diese Verbindung gibt es schon."));
                continue;
            }
            if (m_options.onConflict == OnConflict::Skip) {
                ++m_report.skipped;
                continue;
            }
            CooperationLink merged = existing;
            merged.direction = link.direction;
            if (has("intensity"))
                merged.intensity = link.intensity;
            if (has("formality"))
                merged.formality = link.formality;
            if (has("until"))
                merged.validUntil = link.validUntil;
            if (has("status"))
                merged.status = link.status;
            if (has("notiz"))
                merged.note = link.note;
            if (merged.sameContent(existing)) {
                ++m_report.unchanged;
                continue;
            }
            if (auto s = m_registry.updateLink(merged); !s.ok()) {
                fail("source", s.error().message);
                continue;
            }
            ++merged.rowVersion;
            existingIt.value() = merged;
            ++m_report.updated;
        } else {
            auto id = m_registry.insertLink(link);
            if (!id.ok()) {
                fail("source", id.error().message);
                continue;
            }
            link.id = *id;
            link.rowVersion = 1;
            m_links.insert(naturalKey, link);
            ++m_report.created;
        }
    }
    return {};
}

} // namespace

QString ImportReport::summary() const
{
    QString text = tr("%1 neu, %2 geändert, %3 unverändert, %4 übersprungen, %5")
                       .arg(created)
                       .arg(updated)
                       .arg(unchanged)
                       .arg(skipped)
                       .arg(trn("%n Zeile(n) abgelehnt", static_cast<int>(errors.size())));
    if (cancelled)
        text += tr(" – abgebrochen, nichts gespeichert");
    else if (!errors.isEmpty())
        text += tr(" – nichts gespeichert");
    else if (dryRun)
        text += tr(" – Probelauf, nichts gespeichert");
    return text;
}

QString ImportReport::details() const
{
    QStringList lines;
    for (const Error &e : errors)
        lines << tr("Fehler: %1").arg(e.toString());
    for (const Error &w : warnings)
        lines << tr("Hinweis: %1").arg(w.toString());
    return lines.join(u'\n');
}

QByteArray ImportReport::reportCsv() const
{
    CsvWriter writer;
    writer.addRow({tr("Art"), tr("Datei"), tr("Zeile"), tr("Feld"), tr("Meldung")});
    auto add = [&](const QString &kind, const Error &e) {
        writer.addRow({kind, e.file, e.line > 0 ? QString::number(e.line) : QString(), e.field, e.message});
    };
    for (const Error &e : errors)
        add(tr("Fehler"), e);
    for (const Error &w : warnings)
        add(tr("Hinweis"), w);
    writer.addRow({tr("Zusammenfassung"), QString(), QString(), QString(), summary()});
    return writer.bytes();
}

Status ImportReport::saveReport(const QString &path) const
{
    return saveFileAtomically(path, reportCsv());
}

ExchangeImporter::ExchangeImporter(RegistryRepository &registry)
    : m_registry(registry)
{
}

Result<ImportReport> ExchangeImporter::run(const QList<ImportSource> &sources, const ImportOptions &options,
                                           const Progress &progress)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    int total = 0;
    for (const ImportSource &s : sources)
        total += static_cast<int>(s.table.rows.size());
    // Actors first, so that links of the same run can name them.
    QList<const ImportSource *> ordered;
    for (const ImportSource &s : sources) {
        if (s.kind == ImportKind::Actors)
            ordered << &s;
    }
    for (const ImportSource &s : sources) {
        if (s.kind == ImportKind::Links)
            ordered << &s;
    }
    Status status = m_registry.transact([&]() -> Status {
        ImportRun run(m_registry, options, report);
        NETZATLAS_TRY(run.prepare());
        int done = 0;
        for (const ImportSource *s : ordered) {
            if (s->kind == ImportKind::Actors)
                NETZATLAS_TRY(run.importActors(*s, progress, done, total));
            else
                NETZATLAS_TRY(run.importLinks(*s, progress, done, total));
            if (report.cancelled)
                break;
        }
        if (!report.accepted() || options.dryRun)
            return Error::make(DryRunMarker); // roll back: nothing of a rejected, cancelled or trial run stays
        return {};
    });
    if (!status.ok() && status.error().message != DryRunMarker)
        return status.error();
    Log::info("io", QStringLiteral("import: %1 rows, %2 created, %3 updated, %4 unchanged, %5 rejected%6")
                        .arg(report.rows)
                        .arg(report.created)
                        .arg(report.updated)
                        .arg(report.unchanged)
                        .arg(report.errors.size())
                        .arg(options.dryRun ? QStringLiteral(" (dry run)") : QString()));
    return report;
}

std::optional<QDate> ExchangeImporter::parseDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("dd.MM.yy"), QStringLiteral("d.M.yy"), QStringLiteral("yyyy/MM/dd")}) {
        QDate date = QDate::fromString(text, format);
        if (date.isValid()) {
            if (format.endsWith(QStringLiteral(".yy")) && date.year() < 1950)
                date = date.addYears(100); // "31.7.26" means 2026
            return date;
        }
    }
    // ISO date with a time part ("2026-07-31T00:00:00") as some tools export it.
    if (text.size() > 10 && text.at(10) == u'T') {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    // Excel serial day number (days since 1899-12-30), as a date cell pasted without formatting.
    static const QRegularExpression serial(QStringLiteral(R"(^\d{5}$)"));
    if (serial.match(text).hasMatch()) {
        const int days = text.toInt();
        if (days >= 20000 && days <= 80000)
            return QDate(1899, 12, 30).addDays(days);
    }
    return std::nullopt;
}

std::optional<double> ExchangeImporter::parseNumber(const QString &input)
{
    QString text = input.trimmed();
    text.remove(u' ');
    text.remove(u'\u00a0');
    text.remove(u'\u202f');
    if (text.endsWith(u'€'))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression german(QStringLiteral(R"(^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$)"));
    static const QRegularExpression point(QStringLiteral(R"(^[+-]?\d+\.\d+$)"));
    static const QRegularExpression grouped(QStringLiteral(R"(^[+-]?\d{1,3}(\.\d{3})+$)"));
    bool ok = false;
    double value = 0;
    if (german.match(text).hasMatch()) {
        // 1.234,50 and 1234,5; a lone "1.234" is read as one thousand two hundred thirty-four.
        QString plain = text;
        plain.remove(u'.');
        plain.replace(u',', u'.');
        value = plain.toDouble(&ok);
    } else if (point.match(text).hasMatch() && !grouped.match(text).hasMatch()) {
        value = text.toDouble(&ok); // 1234.5 as Excel or a program writes it
    }
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<bool> ExchangeImporter::parseBool(const QString &input)
{
    const QString t = Text::fold(input).trimmed();
    if (t.isEmpty() || t == u"nein" || t == u"n" || t == u"0" || t == u"false" || t == u"falsch" || t == u"no"
        || t == u"-")
        return false;
    if (t == u"ja" || t == u"j" || t == u"x" || t == u"1" || t == u"true" || t == u"wahr" || t == u"yes" || t == u"y"
        || t == u"scp")
        return true;
    return std::nullopt;
}

QString ExchangeImporter::normalizeKey(const QString &input)
{
    QString key = input.trimmed();
    key.remove(u' ');
    key.remove(u'\u00a0');
    key.remove(u'.');
    if (key.isEmpty())
        return {};
    for (const QChar c : std::as_const(key)) {
        if (!c.isDigit())
            return input.trimmed();
    }
    // Excel drops the leading zero of keys of Länder 01–09 when the column is numeric.
    if (key.size() == 11 || key.size() == 7 || key.size() == 4 || key.size() == 1)
        key.prepend(u'0');
    return key;
}

} // namespace netzatlas
