// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SqliteRegistryRepository.h"

#include "SqlSupport.h"

#include <netzatlas/core/Log.h>
#include <netzatlas/core/Text.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <exception>

namespace netzatlas::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::storage", text);
}

const QString ActorColumns = QStringLiteral(
    "a.id, a.key, a.type_code, a.name, a.short_name, a.seat_rs, a.street, a.postcode, a.city, a.school_kind, "
    "a.school_number, a.scp, a.scp_cohort, a.school_authority_rs, a.youth_office_rs, a.all_day, a.legal_status, "
    "a.special_needs_focus, a.kita_operator, a.notes, a.row_version");

const QString TerritoryColumns = QStringLiteral(
    "rs, ags, level, type_code, type_name, name, parent_rs, population, area_ha, postcode, gebietsstand");

const QString LinkColumns = QStringLiteral(
    "id, source_id, target_id, type_code, action_field, directed, formality, intensity, valid_from, valid_until, "
    "status, measure_id, note, row_version");

const QString MeasureColumns = QStringLiteral(
    "id, key, pillar, school_year, title, measure_area, goal, provider_id, planned_cost, actual_cost, status, "
    "start_date, end_date, applied_date, approved_date, approved_by, proof_date, investment_kind, room_type, "
    "funding_rate_permille, own_share, maintenance_only, budget_pot, recommended, administrative_post, "
    "occupation_group, employment_form, fte, staff_plan_year, notes, row_version");

QString catalogueTable(CatalogueKind kind)
{
    switch (kind) {
    case CatalogueKind::ActorType: return QStringLiteral("actor_type");
    case CatalogueKind::LinkType: return QStringLiteral("link_type");
    case CatalogueKind::ActionField: return QStringLiteral("action_field");
    }
    return {};
}

Territory readTerritory(const SqlStatement &q)
{
    Territory t;
    t.rs = q.text(0);
    t.ags = q.text(1);
    (void)territoryLevelFromCode(q.text(2), &t.level);
    t.typeCode = static_cast<int>(q.integer(3));
    t.typeName = q.text(4);
    t.name = q.text(5);
    t.parentRs = q.text(6);
    t.population = q.integer(7);
    t.areaHa = q.integer(8);
    t.postcode = q.text(9);
    t.gebietsstand = q.date(10);
    return t;
}

QString actorFold(const Actor &a)
{
    // One column for the quick search: name, key, school number, city, short name.
    return Text::fold(QStringList{a.name, a.shortName, a.key, a.schoolNumber, a.city}.join(u' '));
}

QVariantList actorValues(const Actor &a)
{
    return {a.typeCode,
            a.name,
            a.shortName,
            textOrNull(a.seatRs),
            a.street,
            a.postcode,
            a.city,
            a.schoolKind,
            a.schoolNumber,
            a.scp ? 1 : 0,
            a.scpCohort,
            textOrNull(a.schoolAuthorityRs),
            textOrNull(a.youthOfficeRs),
            a.allDay,
            a.legalStatus,
            a.specialNeedsFocus,
            a.kitaOperator,
            a.notes,
            actorFold(a)};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

/// Runs the work of a transaction; an exception becomes an error, so that the transaction is still ended.
Status runGuarded(const std::function<Status()> &work)
{
    try {
        return work();
    } catch (const std::exception &e) {
        return Error::make(tr("Interner Fehler: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

SqliteRegistryRepository::SqliteRegistryRepository(QString connectionName, QString location, bool readOnly,
                                                   int schemaVersion)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_readOnly(readOnly)
    , m_schemaVersion(schemaVersion)
{
}

SqliteRegistryRepository::~SqliteRegistryRepository()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteRegistryRepository::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status SqliteRegistryRepository::checkWritable() const
{
    if (m_readOnly)
        return Error::make(tr("Die Registry ist schreibgeschützt geöffnet; Änderungen sind nicht möglich."));
    return {};
}

Status SqliteRegistryRepository::transact(const std::function<Status()> &work)
{
    NETZATLAS_TRY(checkWritable());
    if (m_reading)
        return Error::make(tr("Interner Fehler: Schreiben innerhalb einer Lesetransaktion."));
    const QSqlDatabase database = db();
    if (m_transactionDepth > 0) {
        // Nested: a savepoint, so that a failing inner part is undone without ending the outer transaction.
        const QString name = QStringLiteral("sp%1").arg(++m_savepointCounter);
        NETZATLAS_TRY(execSql(database, QStringLiteral("SAVEPOINT ") + name, tr("Speichern")));
        ++m_transactionDepth;
        const Status result = runGuarded(work);
        --m_transactionDepth;
        if (result.ok())
            return execSql(database, QStringLiteral("RELEASE ") + name, tr("Speichern"));
        (void)execSql(database, QStringLiteral("ROLLBACK TO ") + name, tr("Zurücksetzen"));
        (void)execSql(database, QStringLiteral("RELEASE ") + name, tr("Zurücksetzen"));
        return result;
    }

    // BEGIN IMMEDIATE takes the write lock up front: a second writer waits (busy timeout) instead of
    // failing at its first write, as it would after Qt's deferred BEGIN.
    NETZATLAS_TRY(execSql(database, QStringLiteral("BEGIN IMMEDIATE"), tr("Beginnen der Schreibtransaktion")));
    m_transactionDepth = 1;
    const Status result = runGuarded(work);
    m_transactionDepth = 0;
    if (result.ok()) {
        Status committed = execSql(database, QStringLiteral("COMMIT"), tr("Abschließen der Schreibtransaktion"));
        if (committed.ok())
            return committed;
        (void)execSql(database, QStringLiteral("ROLLBACK"), tr("Zurücksetzen"));
        return committed;
    }
    (void)execSql(database, QStringLiteral("ROLLBACK"), tr("Zurücksetzen"));
    return result;
}

Status SqliteRegistryRepository::readConsistently(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0 || m_reading)
        return runGuarded(work);
    const QSqlDatabase database = db();
    // A deferred BEGIN takes no lock; the first SELECT fixes the snapshot that all later reads see.
    NETZATLAS_TRY(execSql(database, QStringLiteral("BEGIN DEFERRED"), tr("Beginnen der Lesetransaktion")));
    m_reading = true;
    const Status result = runGuarded(work);
    m_reading = false;
    const Status ended = execSql(database, QStringLiteral("COMMIT"), tr("Abschließen der Lesetransaktion"));
    if (!result.ok())
        return result;
    return ended;
}

// ---------------------------------------------------------------- meta

Result<QString> SqliteRegistryRepository::metaValue(const QString &key)
{
    SqlStatement q(db(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(key);
    NETZATLAS_TRY(q.exec(tr("Lesen der Registry-Angaben")));
    return q.next() ? q.text(0) : QString();
}

Status SqliteRegistryRepository::setMetaValue(const QString &key, const QString &value)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.bindAll({key, value});
        return q.exec(tr("Speichern der Registry-Angaben"));
    });
}

// ---------------------------------------------------------------- territories

Status SqliteRegistryRepository::upsertTerritories(const QList<Territory> &territories)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral(
                                 "INSERT INTO territory(rs, ags, level, type_code, type_name, name, name_fold, name_base, "
                                 "parent_rs, population, area_ha, postcode, gebietsstand) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT(rs) DO UPDATE SET ags = excluded.ags, level = excluded.level, "
                                 "type_code = excluded.type_code, type_name = excluded.type_name, name = excluded.name, "
                                 "name_fold = excluded.name_fold, name_base = excluded.name_base, "
                                 "parent_rs = excluded.parent_rs, population = excluded.population, "
                                 "area_ha = excluded.area_ha, postcode = excluded.postcode, "
                                 "gebietsstand = excluded.gebietsstand"));
        for (const Territory &t : territories) {
            q.bindAll({t.rs, t.ags, territoryLevelCode(t.level), t.typeCode, t.typeName, t.name, Text::fold(t.name),
                       Text::base(t.name), textOrNull(t.parentRs), t.population, t.areaHa, t.postcode,
                       dateValue(t.gebietsstand)});
            NETZATLAS_TRY(q.exec(tr("Speichern der Gebiete (%1)").arg(t.rs)));
        }
        return {};
    });
}

Result<QList<Territory>> SqliteRegistryRepository::selectTerritories(const QString &where, const QVariantList &values,
                                                                      const QString &orderBy)
{
    SqlStatement q(db(), QStringLiteral("SELECT %1 FROM territory %2 ORDER BY %3").arg(TerritoryColumns, where, orderBy));
    for (const QVariant &v : values)
        q.bind(v);
    NETZATLAS_TRY(q.exec(tr("Lesen der Gebiete")));
    QList<Territory> result;
    while (q.next())
        result.append(readTerritory(q));
    return result;
}

Result<std::optional<Territory>> SqliteRegistryRepository::territory(const QString &rs)
{
    NETZATLAS_TRY_ASSIGN(list, selectTerritories(QStringLiteral("WHERE rs = ?"), {rs}));
    if (list.isEmpty())
        return std::optional<Territory>();
    return std::optional<Territory>(list.first());
}

Result<std::optional<Territory>> SqliteRegistryRepository::territoryByAgs(const QString &ags)
{
    NETZATLAS_TRY_ASSIGN(list, selectTerritories(QStringLiteral("WHERE ags = ? AND level = 'gemeinde'"), {ags}));
    if (list.isEmpty())
        return std::optional<Territory>();
    return std::optional<Territory>(list.first());
}

Result<QList<Territory>> SqliteRegistryRepository::childTerritories(const QString &parentRs)
{
    return selectTerritories(QStringLiteral("WHERE parent_rs = ?"), {parentRs}, QStringLiteral("name_fold"));
}

Result<QList<Territory>> SqliteRegistryRepository::ancestorTerritories(const QString &rs)
{
    QList<Territory> chain;
    NETZATLAS_TRY_ASSIGN(self, territory(rs));
    QString parent = self ? self->parentRs : QString();
    QSet<QString> seen;
    while (!parent.isEmpty() && !seen.contains(parent)) {
        seen.insert(parent);
        NETZATLAS_TRY_ASSIGN(t, territory(parent));
        if (!t)
            break;
        chain.prepend(*t);
        parent = t->parentRs;
    }
    return chain;
}

Result<QList<Territory>> SqliteRegistryRepository::findTerritories(const QString &name, int limit)
{
    const QString fold = Text::fold(name);
    const QString base = Text::base(name);
    if (fold.isEmpty())
        return QList<Territory>();
    // Exact key matches first (Regionalschlüssel or AGS typed into the search), then names by level.
    const QString where = QStringLiteral("WHERE rs = ? OR ags = ? OR instr(name_fold, ?) > 0 OR instr(name_base, ?) > 0");
    const QString order = QStringLiteral(
        "CASE WHEN rs = ? OR ags = ? THEN 0 WHEN name_fold = ? THEN 1 ELSE 2 END, "
        "CASE level WHEN 'land' THEN 0 WHEN 'regierungsbezirk' THEN 1 WHEN 'kreis' THEN 2 "
        "WHEN 'gemeindeverband' THEN 3 ELSE 4 END, name_fold LIMIT ?");
    const QString key = name.trimmed();
    return selectTerritories(where, {key, key, fold, base, key, key, fold, limit > 0 ? limit : 50}, order);
}

Result<QList<Territory>> SqliteRegistryRepository::territoriesAtLevel(TerritoryLevel level, const QString &withinRs)
{
    if (withinRs.isEmpty())
        return selectTerritories(QStringLiteral("WHERE level = ?"), {territoryLevelCode(level)},
                                 QStringLiteral("name_fold"));
    return selectTerritories(QStringLiteral("WHERE level = ? AND substr(rs, 1, ?) = ?"),
                             {territoryLevelCode(level), withinRs.size(), withinRs}, QStringLiteral("name_fold"));
}

Result<QList<Territory>> SqliteRegistryRepository::allTerritories()
{
    return selectTerritories({}, {});
}

Result<QStringList> SqliteRegistryRepository::territoriesWithStatus(const QString &column)
{
    SqlStatement q(db(), QStringLiteral("SELECT rs FROM territory_status WHERE %1 = 1 ORDER BY rs").arg(column));
    NETZATLAS_TRY(q.exec(tr("Lesen der Gebietsangaben")));
    QStringList list;
    while (q.next())
        list << q.text(0);
    return list;
}

Status SqliteRegistryRepository::setTerritoryStatus(const QString &column, const QStringList &rsList)
{
    return transact([&]() -> Status {
        {
            SqlStatement reset(db(), QStringLiteral("UPDATE territory_status SET %1 = 0").arg(column));
            NETZATLAS_TRY(reset.exec(tr("Speichern der Gebietsangaben")));
        }
        for (const QString &rs : rsList) {
            SqlStatement q(db(), QStringLiteral("INSERT INTO territory_status(rs, %1) VALUES (?, 1) "
                                                "ON CONFLICT(rs) DO UPDATE SET %1 = 1")
                                     .arg(column));
            q.bind(rs);
            NETZATLAS_TRY(q.exec(tr("Speichern der Gebietsangaben (%1)").arg(rs)));
        }
        return {};
    });
}

Result<QStringList> SqliteRegistryRepository::youthOfficeTerritories()
{
    return territoriesWithStatus(QStringLiteral("own_youth_office"));
}

Status SqliteRegistryRepository::setYouthOfficeTerritories(const QStringList &rsList)
{
    return setTerritoryStatus(QStringLiteral("own_youth_office"), rsList);
}

Result<QStringList> SqliteRegistryRepository::largeCityTerritories()
{
    return territoriesWithStatus(QStringLiteral("large_city"));
}

Status SqliteRegistryRepository::setLargeCityTerritories(const QStringList &rsList)
{
    return setTerritoryStatus(QStringLiteral("large_city"), rsList);
}

// ---------------------------------------------------------------- catalogues

Status SqliteRegistryRepository::seedCatalogues()
{
    for (CatalogueKind kind : {CatalogueKind::ActorType, CatalogueKind::LinkType, CatalogueKind::ActionField}) {
        for (const CatalogueEntry &entry : DomainCatalogue::seed(kind))
            NETZATLAS_TRY(upsertCatalogueEntry(kind, entry));
    }
    SqlStatement q(db(), QStringLiteral(
                             "INSERT OR REPLACE INTO vocabulary(kind, code, label, label_en, extra, sort_order) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (int v = static_cast<int>(Vocabulary::SchoolKind); v <= static_cast<int>(Vocabulary::KitaOperator); ++v) {
        const auto which = static_cast<Vocabulary>(v);
        int order = 0;
        for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(which)) {
            q.bindAll({DomainCatalogue::vocabularyCode(which), entry.code, entry.label, entry.labelEn, entry.extra,
                       ++order});
            NETZATLAS_TRY(q.exec(tr("Anlegen der Wertelisten")));
        }
    }
    return {};
}

Result<QList<CatalogueEntry>> SqliteRegistryRepository::catalogue(CatalogueKind kind)
{
    QString sql;
    switch (kind) {
    case CatalogueKind::ActorType:
        sql = QStringLiteral("SELECT code, label, label_en, grp, color, shape, 0, retired, sort_order FROM actor_type");
        break;
    case CatalogueKind::LinkType:
        sql = QStringLiteral("SELECT code, label, label_en, '', color, '', directed, retired, sort_order FROM link_type");
        break;
    case CatalogueKind::ActionField:
        sql = QStringLiteral(
            "SELECT code, label, label_en, measure_area, color, '', 0, retired, sort_order FROM action_field");
        break;
    }
    SqlStatement q(db(), sql + QStringLiteral(" ORDER BY sort_order, code"));
    NETZATLAS_TRY(q.exec(tr("Lesen der Kataloge")));
    QList<CatalogueEntry> entries;
    while (q.next()) {
        entries.append(CatalogueEntry{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5),
                                      q.integer(6) != 0, q.integer(7) != 0, static_cast<int>(q.integer(8))});
    }
    return entries;
}

Status SqliteRegistryRepository::upsertCatalogueEntry(CatalogueKind kind, const CatalogueEntry &e)
{
    if (e.code.trimmed().isEmpty() || e.label.trimmed().isEmpty())
        return Error::at({}, 0, tr("Code"), tr("Ein Katalogeintrag braucht einen Code und eine Bezeichnung."));
    return transact([&]() -> Status {
        const QString table = catalogueTable(kind);
        QString sql;
        QVariantList values;
        switch (kind) {
        case CatalogueKind::ActorType:
            sql = QStringLiteral("INSERT INTO actor_type(code, label, label_en, grp, color, shape, retired, sort_order) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET label = excluded.label, "
                                 "label_en = excluded.label_en, grp = excluded.grp, color = excluded.color, "
                                 "shape = excluded.shape, retired = excluded.retired, sort_order = excluded.sort_order");
            values = {e.code, e.label, e.labelEn, e.group, e.color, e.shape.isEmpty() ? QStringLiteral("circle") : e.shape,
                      e.retired ? 1 : 0, e.sortOrder};
            break;
        case CatalogueKind::LinkType:
            sql = QStringLiteral("INSERT INTO link_type(code, label, label_en, directed, color, retired, sort_order) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET label = excluded.label, "
                                 "label_en = excluded.label_en, directed = excluded.directed, color = excluded.color, "
                                 "retired = excluded.retired, sort_order = excluded.sort_order");
            values = {e.code, e.label, e.labelEn, e.directed ? 1 : 0, e.color, e.retired ? 1 : 0, e.sortOrder};
            break;
        case CatalogueKind::ActionField:
            sql = QStringLiteral(
                "INSERT INTO action_field(code, label, label_en, measure_area, color, retired, sort_order) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET label = excluded.label, "
                "label_en = excluded.label_en, measure_area = excluded.measure_area, color = excluded.color, "
                "retired = excluded.retired, sort_order = excluded.sort_order");
            values = {e.code, e.label, e.labelEn, e.group, e.color, e.retired ? 1 : 0, e.sortOrder};
            break;
        }
        Q_UNUSED(table);
        SqlStatement q(db(), sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.exec(tr("Speichern des Katalogeintrags „%1“").arg(e.code));
    });
}

Status SqliteRegistryRepository::removeCatalogueEntry(CatalogueKind kind, const QString &code)
{
    return transact([&]() -> Status {
        // Entries in use are retired, never removed: the foreign keys keep them (ON UPDATE CASCADE only).
        QString usage;
        switch (kind) {
        case CatalogueKind::ActorType:
            usage = QStringLiteral("SELECT count(*) FROM actor WHERE type_code = ?");
            break;
        case CatalogueKind::LinkType:
            usage = QStringLiteral("SELECT count(*) FROM link WHERE type_code = ?");
            break;
        case CatalogueKind::ActionField:
            usage = QStringLiteral("SELECT (SELECT count(*) FROM link WHERE action_field = ?1) + "
                                   "(SELECT count(*) FROM measure_action_field WHERE field_code = ?1)");
            break;
        }
        SqlStatement used(db(), usage);
        used.bind(code);
        NETZATLAS_TRY(used.exec(tr("Prüfen des Katalogeintrags „%1“").arg(code)));
        if (used.next() && used.integer(0) > 0)
            return Error::make(tr("Der Katalogeintrag „%1“ wird noch verwendet und kann nur stillgelegt werden.")
                                   .arg(code));
        used.finish();
        SqlStatement q(db(), QStringLiteral("DELETE FROM %1 WHERE code = ?").arg(catalogueTable(kind)));
        q.bind(code);
        NETZATLAS_TRY(q.exec(tr("Löschen des Katalogeintrags „%1“").arg(code)));
        if (q.rowsAffected() == 0)
            return Error::make(tr("Den Katalogeintrag „%1“ gibt es nicht (mehr).").arg(code));
        return {};
    });
}

// ---------------------------------------------------------------- actors

Result<QList<Actor>> SqliteRegistryRepository::selectActors(const QString &where, const QVariantList &values)
{
    QList<Actor> result;
    QHash<qint64, qsizetype> indexById;
    {
        SqlStatement q(db(), QStringLiteral("SELECT %1 FROM actor a %2 ORDER BY a.name_fold, a.id").arg(ActorColumns, where));
        for (const QVariant &v : values)
            q.bind(v);
        NETZATLAS_TRY(q.exec(tr("Lesen der Akteure")));
        while (q.next()) {
            Actor a;
            a.id = ActorId(q.integer(0));
            a.key = q.text(1);
            a.typeCode = q.text(2);
            a.name = q.text(3);
            a.shortName = q.text(4);
            a.seatRs = q.text(5);
            a.street = q.text(6);
            a.postcode = q.text(7);
            a.city = q.text(8);
            a.schoolKind = q.text(9);
            a.schoolNumber = q.text(10);
            a.scp = q.integer(11) != 0;
            a.scpCohort = static_cast<int>(q.integer(12));
            a.schoolAuthorityRs = q.text(13);
            a.youthOfficeRs = q.text(14);
            a.allDay = q.text(15);
            a.legalStatus = q.text(16);
            a.specialNeedsFocus = q.text(17);
            a.kitaOperator = q.text(18);
            a.notes = q.text(19);
            a.rowVersion = static_cast<int>(q.integer(20));
            indexById.insert(a.id.value, result.size());
            result.append(a);
        }
    }
    if (result.isEmpty())
        return result;
    // Tags and responsibilities: one query each instead of one per actor.
    const bool single = result.size() == 1;
    {
        SqlStatement q(db(), single ? QStringLiteral("SELECT actor_id, tag FROM actor_tag WHERE actor_id = ? ORDER BY tag")
                                    : QStringLiteral("SELECT actor_id, tag FROM actor_tag ORDER BY actor_id, tag"));
        if (single)
            q.bind(result.first().id.value);
        NETZATLAS_TRY(q.exec(tr("Lesen der Schlagwörter")));
        while (q.next()) {
            const auto it = indexById.constFind(q.integer(0));
            if (it != indexById.constEnd())
                result[*it].tags.append(q.text(1));
        }
    }
    {
        SqlStatement q(db(), single ? QStringLiteral("SELECT actor_id, rs FROM actor_responsibility WHERE actor_id = ? "
                                                     "ORDER BY rs")
                                    : QStringLiteral("SELECT actor_id, rs FROM actor_responsibility ORDER BY actor_id, rs"));
        if (single)
            q.bind(result.first().id.value);
        NETZATLAS_TRY(q.exec(tr("Lesen der Zuständigkeiten")));
        while (q.next()) {
            const auto it = indexById.constFind(q.integer(0));
            if (it != indexById.constEnd())
                result[*it].responsibleFor.append(q.text(1));
        }
    }
    return result;
}

Result<QList<Actor>> SqliteRegistryRepository::actors(const ActorQuery &query)
{
    QStringList conditions;
    QVariantList values;
    if (!query.territoryRs.isEmpty()) {
        conditions << QStringLiteral("substr(a.seat_rs, 1, ?) = ?");
        values << query.territoryRs.size() << query.territoryRs;
    }
    if (!query.typeCode.isEmpty()) {
        conditions << QStringLiteral("a.type_code = ?");
        values << query.typeCode;
    }
    if (query.scpOnly)
        conditions << QStringLiteral("a.scp = 1");
    if (!query.text.trimmed().isEmpty()) {
        conditions << QStringLiteral("(instr(a.name_fold, ?) > 0 OR a.id IN (SELECT actor_id FROM actor_tag "
                                     "WHERE instr(lower(tag), ?) > 0))");
        values << Text::fold(query.text) << query.text.trimmed().toLower();
    }
    QString where = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    NETZATLAS_TRY_ASSIGN(list, selectActors(where, values));
    if (query.limit > 0 && list.size() > query.limit)
        list.resize(query.limit);
    return list;
}

Result<std::optional<Actor>> SqliteRegistryRepository::actor(ActorId id)
{
    NETZATLAS_TRY_ASSIGN(list, selectActors(QStringLiteral("WHERE a.id = ?"), {id.value}));
    return list.isEmpty() ? std::optional<Actor>() : std::optional<Actor>(list.first());
}

Result<std::optional<Actor>> SqliteRegistryRepository::actorByKey(const QString &key)
{
    NETZATLAS_TRY_ASSIGN(list, selectActors(QStringLiteral("WHERE a.key = ?"), {key}));
    return list.isEmpty() ? std::optional<Actor>() : std::optional<Actor>(list.first());
}

Result<std::optional<Actor>> SqliteRegistryRepository::actorBySchoolNumber(const QString &schoolNumber)
{
    if (schoolNumber.trimmed().isEmpty())
        return std::optional<Actor>();
    NETZATLAS_TRY_ASSIGN(list, selectActors(QStringLiteral("WHERE a.school_number = ?"), {schoolNumber.trimmed()}));
    return list.isEmpty() ? std::optional<Actor>() : std::optional<Actor>(list.first());
}

Status SqliteRegistryRepository::writeActorLists(ActorId id, const Actor &actor)
{
    {
        SqlStatement del(db(), QStringLiteral("DELETE FROM actor_tag WHERE actor_id = ?"));
        del.bind(id.value);
        NETZATLAS_TRY(del.exec(tr("Speichern der Schlagwörter")));
    }
    QSet<QString> seenTags;
    for (const QString &rawTag : actor.tags) {
        const QString tag = rawTag.trimmed();
        if (tag.isEmpty() || seenTags.contains(tag))
            continue;
        seenTags.insert(tag);
        SqlStatement q(db(), QStringLiteral("INSERT INTO actor_tag(actor_id, tag) VALUES (?, ?)"));
        q.bindAll({id.value, tag});
        NETZATLAS_TRY(q.exec(tr("Speichern der Schlagwörter")));
    }
    {
        SqlStatement del(db(), QStringLiteral("DELETE FROM actor_responsibility WHERE actor_id = ?"));
        del.bind(id.value);
        NETZATLAS_TRY(del.exec(tr("Speichern der Zuständigkeiten")));
    }
    QSet<QString> seenRs;
    for (const QString &rs : actor.responsibleFor) {
        if (rs.isEmpty() || seenRs.contains(rs))
            continue;
        seenRs.insert(rs);
        SqlStatement q(db(), QStringLiteral("INSERT INTO actor_responsibility(actor_id, rs) VALUES (?, ?)"));
        q.bindAll({id.value, rs});
        NETZATLAS_TRY(q.exec(tr("Speichern der Zuständigkeiten")));
    }
    return {};
}

Result<ActorId> SqliteRegistryRepository::insertActor(const Actor &actor)
{
    return insertActorRow(actor, false);
}

Status SqliteRegistryRepository::restoreActor(const Actor &actor)
{
    if (!actor.id.isValid() || actor.key.trimmed().isEmpty())
        return Error::make(tr("Ein Akteur kann nur mit seiner Nummer und seinem Schlüssel wiederhergestellt werden."));
    auto restored = insertActorRow(actor, true);
    if (!restored.ok())
        return restored.error();
    return {};
}

Result<ActorId> SqliteRegistryRepository::insertActorRow(const Actor &actor, bool keepId)
{
    ActorId newId;
    Status status = transact([&]() -> Status {
        const QString now = nowText();
        // A temporary unique key when none is given; replaced below by one derived from the row id.
        const QString provisionalKey = actor.key.trimmed().isEmpty() ? QStringLiteral("~new~") + now : actor.key.trimmed();
        SqlStatement q(db(), QStringLiteral(
                                 "INSERT INTO actor(type_code, name, short_name, seat_rs, street, postcode, city, "
                                 "school_kind, school_number, scp, scp_cohort, school_authority_rs, youth_office_rs, "
                                 "all_day, legal_status, special_needs_focus, kita_operator, notes, name_fold, key, "
                                 "created_at, updated_at, row_version, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : actorValues(actor))
            q.bind(v);
        q.bindAll({provisionalKey, now, now, keepId ? std::max(actor.rowVersion, 1) : 1,
                   keepId ? QVariant(actor.id.value) : QVariant()});
        NETZATLAS_TRY(q.exec(keepId ? tr("Wiederherstellen des Akteurs „%1“").arg(actor.name)
                                    : tr("Anlegen des Akteurs „%1“").arg(actor.name)));
        newId = ActorId(q.lastInsertId());
        q.finish();
        if (actor.key.trimmed().isEmpty()) {
            QString key = QStringLiteral("A%1").arg(newId.value, 5, 10, QLatin1Char('0'));
            for (int suffix = 2;; ++suffix) {
                SqlStatement exists(db(), QStringLiteral("SELECT 1 FROM actor WHERE key = ?"));
                exists.bind(key);
                NETZATLAS_TRY(exists.exec(tr("Vergeben des Schlüssels")));
                if (!exists.next())
                    break;
                key = QStringLiteral("A%1-%2").arg(newId.value, 5, 10, QLatin1Char('0')).arg(suffix);
            }
            SqlStatement upd(db(), QStringLiteral("UPDATE actor SET key = ? WHERE id = ?"));
            upd.bindAll({key, newId.value});
            NETZATLAS_TRY(upd.exec(tr("Vergeben des Schlüssels")));
        }
        return writeActorLists(newId, actor);
    });
    if (!status.ok())
        return status.error();
    return newId;
}

Status SqliteRegistryRepository::checkVersion(const QString &table, qint64 id, int expectedVersion, int rowsAffected)
{
    if (rowsAffected > 0)
        return {};
    SqlStatement q(db(), QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    q.bind(id);
    NETZATLAS_TRY(q.exec(tr("Prüfen des Datensatzes")));
    if (!q.next())
        return Error::make(tr("Der Datensatz gibt es nicht mehr; er wurde inzwischen gelöscht."));
    Log::info("storage", QStringLiteral("lost update prevented on %1 %2: expected version %3, stored %4")
                             .arg(table)
                             .arg(id)
                             .arg(expectedVersion)
                             .arg(q.integer(0)));
    return Error::make(tr("Der Datensatz wurde inzwischen an anderer Stelle geändert. Bitte neu laden und die "
                          "Änderung erneut vornehmen."));
}

Status SqliteRegistryRepository::updateActor(const Actor &actor)
{
    return transact([&]() -> Status {
        const QString key = actor.key.trimmed();
        if (key.isEmpty())
            return Error::at({}, 0, tr("Schlüssel"), tr("Der Schlüssel eines Akteurs darf nicht leer sein."));
        SqlStatement q(db(), QStringLiteral(
                                 "UPDATE actor SET type_code = ?, name = ?, short_name = ?, seat_rs = ?, street = ?, "
                                 "postcode = ?, city = ?, school_kind = ?, school_number = ?, scp = ?, scp_cohort = ?, "
                                 "school_authority_rs = ?, youth_office_rs = ?, all_day = ?, legal_status = ?, "
                                 "special_needs_focus = ?, kita_operator = ?, notes = ?, name_fold = ?, key = ?, "
                                 "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        for (const QVariant &v : actorValues(actor))
            q.bind(v);
        q.bindAll({key, nowText(), actor.id.value, actor.rowVersion});
        NETZATLAS_TRY(q.exec(tr("Ändern des Akteurs „%1“").arg(actor.name)));
        NETZATLAS_TRY(checkVersion(QStringLiteral("actor"), actor.id.value, actor.rowVersion, q.rowsAffected()));
        q.finish();
        return writeActorLists(actor.id, actor);
    });
}

Status SqliteRegistryRepository::removeActor(ActorId id)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("DELETE FROM actor WHERE id = ?"));
        q.bind(id.value);
        NETZATLAS_TRY(q.exec(tr("Löschen des Akteurs")));
        if (q.rowsAffected() == 0)
            return Error::make(tr("Den Akteur gibt es nicht (mehr)."));
        return {};
    });
}

// ---------------------------------------------------------------- links

Result<QList<CooperationLink>> SqliteRegistryRepository::selectLinks(const QString &where, const QVariantList &values)
{
    SqlStatement q(db(), QStringLiteral("SELECT %1 FROM link %2 ORDER BY id").arg(LinkColumns, where));
    for (const QVariant &v : values)
        q.bind(v);
    NETZATLAS_TRY(q.exec(tr("Lesen der Verbindungen")));
    QList<CooperationLink> result;
    while (q.next()) {
        CooperationLink l;
        l.id = LinkId(q.integer(0));
        l.source = ActorId(q.integer(1));
        l.target = ActorId(q.integer(2));
        l.typeCode = q.text(3);
        l.actionField = q.text(4);
        l.direction = q.integer(5) != 0 ? LinkDirection::Directed : LinkDirection::Undirected;
        l.formality = q.text(6);
        l.intensity = static_cast<int>(q.integer(7));
        l.validFrom = q.date(8);
        l.validUntil = q.date(9);
        l.status = q.text(10);
        l.measure = MeasureId(q.integer(11));
        l.note = q.text(12);
        l.rowVersion = static_cast<int>(q.integer(13));
        result.append(l);
    }
    return result;
}

Result<QList<CooperationLink>> SqliteRegistryRepository::links()
{
    return selectLinks({}, {});
}

Result<QList<CooperationLink>> SqliteRegistryRepository::linksOfActor(ActorId actor)
{
    return selectLinks(QStringLiteral("WHERE source_id = ? OR target_id = ?"), {actor.value, actor.value});
}

Result<std::optional<CooperationLink>> SqliteRegistryRepository::link(LinkId id)
{
    NETZATLAS_TRY_ASSIGN(list, selectLinks(QStringLiteral("WHERE id = ?"), {id.value}));
    return list.isEmpty() ? std::optional<CooperationLink>() : std::optional<CooperationLink>(list.first());
}

Result<LinkId> SqliteRegistryRepository::insertLink(const CooperationLink &l)
{
    return insertLinkRow(l, false);
}

Status SqliteRegistryRepository::restoreLink(const CooperationLink &link)
{
    if (!link.id.isValid())
        return Error::make(tr("Eine Verbindung kann nur mit ihrer Nummer wiederhergestellt werden."));
    auto restored = insertLinkRow(link, true);
    if (!restored.ok())
        return restored.error();
    return {};
}

Result<LinkId> SqliteRegistryRepository::insertLinkRow(const CooperationLink &l, bool keepId)
{
    LinkId newId;
    Status status = transact([&]() -> Status {
        const QString now = nowText();
        SqlStatement q(db(), QStringLiteral(
                                 "INSERT INTO link(source_id, target_id, type_code, action_field, directed, formality, "
                                 "intensity, valid_from, valid_until, status, measure_id, note, created_at, updated_at, "
                                 "row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({l.source.value, l.target.value, l.typeCode, textOrNull(l.actionField),
                   l.direction == LinkDirection::Directed ? 1 : 0, l.formality, l.intensity, dateValue(l.validFrom),
                   dateValue(l.validUntil), l.status, idOrNull(l.measure.value), l.note, now, now,
                   keepId ? std::max(l.rowVersion, 1) : 1, keepId ? QVariant(l.id.value) : QVariant()});
        NETZATLAS_TRY(q.exec(keepId ? tr("Wiederherstellen der Verbindung") : tr("Anlegen der Verbindung")));
        newId = LinkId(q.lastInsertId());
        return {};
    });
    if (!status.ok())
        return status.error();
    return newId;
}

Status SqliteRegistryRepository::updateLink(const CooperationLink &l)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral(
                                 "UPDATE link SET source_id = ?, target_id = ?, type_code = ?, action_field = ?, "
                                 "directed = ?, formality = ?, intensity = ?, valid_from = ?, valid_until = ?, status = ?, "
                                 "measure_id = ?, note = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?"));
        q.bindAll({l.source.value, l.target.value, l.typeCode, textOrNull(l.actionField),
                   l.direction == LinkDirection::Directed ? 1 : 0, l.formality, l.intensity, dateValue(l.validFrom),
                   dateValue(l.validUntil), l.status, idOrNull(l.measure.value), l.note, nowText(), l.id.value,
                   l.rowVersion});
        NETZATLAS_TRY(q.exec(tr("Ändern der Verbindung")));
        return checkVersion(QStringLiteral("link"), l.id.value, l.rowVersion, q.rowsAffected());
    });
}

Status SqliteRegistryRepository::removeLink(LinkId id)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("DELETE FROM link WHERE id = ?"));
        q.bind(id.value);
        NETZATLAS_TRY(q.exec(tr("Löschen der Verbindung")));
        if (q.rowsAffected() == 0)
            return Error::make(tr("Die Verbindung gibt es nicht (mehr)."));
        return {};
    });
}

// ---------------------------------------------------------------- contacts

Result<QList<ContactPerson>> SqliteRegistryRepository::contacts(ActorId actor)
{
    SqlStatement q(db(), QStringLiteral("SELECT id, actor_id, name, function, email, phone, purpose, review_date, notes, "
                                        "row_version FROM contact_person WHERE actor_id = ? ORDER BY name, id"));
    q.bind(actor.value);
    NETZATLAS_TRY(q.exec(tr("Lesen der Ansprechpersonen")));
    QList<ContactPerson> result;
    while (q.next()) {
        ContactPerson c;
        c.id = ContactId(q.integer(0));
        c.actor = ActorId(q.integer(1));
        c.name = q.text(2);
        c.function = q.text(3);
        c.email = q.text(4);
        c.phone = q.text(5);
        c.purpose = q.text(6);
        c.reviewDate = q.date(7);
        c.notes = q.text(8);
        c.rowVersion = static_cast<int>(q.integer(9));
        result.append(c);
    }
    return result;
}

Result<ContactId> SqliteRegistryRepository::insertContact(const ContactPerson &c)
{
    return insertContactRow(c, false);
}

Status SqliteRegistryRepository::restoreContact(const ContactPerson &contact)
{
    if (!contact.id.isValid())
        return Error::make(tr("Eine Ansprechperson kann nur mit ihrer Nummer wiederhergestellt werden."));
    auto restored = insertContactRow(contact, true);
    if (!restored.ok())
        return restored.error();
    return {};
}

Result<ContactId> SqliteRegistryRepository::insertContactRow(const ContactPerson &c, bool keepId)
{
    ContactId newId;
    Status status = transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("INSERT INTO contact_person(actor_id, name, function, email, phone, purpose, "
                                            "review_date, notes, row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({c.actor.value, c.name, c.function, c.email, c.phone, c.purpose, dateValue(c.reviewDate), c.notes,
                   keepId ? std::max(c.rowVersion, 1) : 1, keepId ? QVariant(c.id.value) : QVariant()});
        NETZATLAS_TRY(q.exec(keepId ? tr("Wiederherstellen der Ansprechperson") : tr("Anlegen der Ansprechperson")));
        newId = ContactId(q.lastInsertId());
        return {};
    });
    if (!status.ok())
        return status.error();
    return newId;
}

Status SqliteRegistryRepository::updateContact(const ContactPerson &c)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("UPDATE contact_person SET actor_id = ?, name = ?, function = ?, email = ?, "
                                            "phone = ?, purpose = ?, review_date = ?, notes = ?, "
                                            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        q.bindAll({c.actor.value, c.name, c.function, c.email, c.phone, c.purpose, dateValue(c.reviewDate), c.notes,
                   c.id.value, c.rowVersion});
        NETZATLAS_TRY(q.exec(tr("Ändern der Ansprechperson")));
        return checkVersion(QStringLiteral("contact_person"), c.id.value, c.rowVersion, q.rowsAffected());
    });
}

Status SqliteRegistryRepository::removeContact(ContactId id)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("DELETE FROM contact_person WHERE id = ?"));
        q.bind(id.value);
        NETZATLAS_TRY(q.exec(tr("Löschen der Ansprechperson")));
        if (q.rowsAffected() == 0)
            return Error::make(tr("Die Ansprechperson gibt es nicht (mehr)."));
        return {};
    });
}

// ---------------------------------------------------------------- committees

Result<QList<Committee>> SqliteRegistryRepository::selectCommittees(const QString &where, const QVariantList &values)
{
    QList<Committee> result;
    QHash<qint64, qsizetype> indexById;
    {
        SqlStatement q(db(), QStringLiteral("SELECT c.id, c.actor_id, c.kind, c.mandate, c.meeting_rhythm, "
                                            "c.row_version FROM committee c JOIN actor a ON a.id = c.actor_id %1 "
                                            "ORDER BY a.name_fold, c.id")
                                 .arg(where));
        for (const QVariant &v : values)
            q.bind(v);
        NETZATLAS_TRY(q.exec(tr("Lesen der Gremien")));
        while (q.next()) {
            Committee c;
            c.id = CommitteeId(q.integer(0));
            c.actor = ActorId(q.integer(1));
            c.kind = q.text(2);
            c.mandate = q.text(3);
            c.meetingRhythm = q.text(4);
            c.rowVersion = static_cast<int>(q.integer(5));
            indexById.insert(c.id.value, result.size());
            result.append(c);
        }
    }
    SqlStatement q(db(), QStringLiteral("SELECT id, committee_id, actor_id, role, since, until FROM committee_membership "
                                        "ORDER BY committee_id, id"));
    NETZATLAS_TRY(q.exec(tr("Lesen der Mitgliedschaften")));
    while (q.next()) {
        const auto it = indexById.constFind(q.integer(1));
        if (it == indexById.constEnd())
            continue;
        result[*it].members.append(CommitteeMembership{MembershipId(q.integer(0)), CommitteeId(q.integer(1)),
                                                       ActorId(q.integer(2)), q.text(3), q.date(4), q.date(5)});
    }
    return result;
}

Result<QList<Committee>> SqliteRegistryRepository::committees()
{
    return selectCommittees({}, {});
}

Result<std::optional<Committee>> SqliteRegistryRepository::committee(CommitteeId id)
{
    NETZATLAS_TRY_ASSIGN(list, selectCommittees(QStringLiteral("WHERE c.id = ?"), {id.value}));
    return list.isEmpty() ? std::optional<Committee>() : std::optional<Committee>(list.first());
}

Status SqliteRegistryRepository::writeMemberships(CommitteeId id, const QList<CommitteeMembership> &members)
{
    {
        SqlStatement del(db(), QStringLiteral("DELETE FROM committee_membership WHERE committee_id = ?"));
        del.bind(id.value);
        NETZATLAS_TRY(del.exec(tr("Speichern der Mitgliedschaften")));
    }
    // Memberships read from the store keep their ids, so that updating a committee (and undoing that) does not
    // renumber them; new ones (id 0) get the next free id.
    for (const CommitteeMembership &m : members) {
        SqlStatement q(db(), QStringLiteral("INSERT INTO committee_membership(committee_id, actor_id, role, since, "
                                            "until, id) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindAll({id.value, m.member.value, m.role, dateValue(m.since), dateValue(m.until), idOrNull(m.id.value)});
        NETZATLAS_TRY(q.exec(tr("Speichern der Mitgliedschaften")));
    }
    return {};
}

Result<CommitteeId> SqliteRegistryRepository::insertCommittee(const Committee &c)
{
    return insertCommitteeRow(c, false);
}

Status SqliteRegistryRepository::restoreCommittee(const Committee &committee)
{
    if (!committee.id.isValid())
        return Error::make(tr("Ein Gremium kann nur mit seiner Nummer wiederhergestellt werden."));
    auto restored = insertCommitteeRow(committee, true);
    if (!restored.ok())
        return restored.error();
    return {};
}

Result<CommitteeId> SqliteRegistryRepository::insertCommitteeRow(const Committee &c, bool keepId)
{
    CommitteeId newId;
    Status status = transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("INSERT INTO committee(actor_id, kind, mandate, meeting_rhythm, row_version, "
                                            "id) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindAll({c.actor.value, c.kind, c.mandate, c.meetingRhythm, keepId ? std::max(c.rowVersion, 1) : 1,
                   keepId ? QVariant(c.id.value) : QVariant()});
        NETZATLAS_TRY(q.exec(keepId ? tr("Wiederherstellen des Gremiums") : tr("Anlegen des Gremiums")));
        newId = CommitteeId(q.lastInsertId());
        q.finish();
        QList<CommitteeMembership> members = c.members;
        if (!keepId) {
            for (CommitteeMembership &m : members)
                m.id = MembershipId();
        }
        return writeMemberships(newId, members);
    });
    if (!status.ok())
        return status.error();
    return newId;
}

Status SqliteRegistryRepository::updateCommittee(const Committee &c)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("UPDATE committee SET actor_id = ?, kind = ?, mandate = ?, meeting_rhythm = ?, "
                                            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        q.bindAll({c.actor.value, c.kind, c.mandate, c.meetingRhythm, c.id.value, c.rowVersion});
        NETZATLAS_TRY(q.exec(tr("Ändern des Gremiums")));
        NETZATLAS_TRY(checkVersion(QStringLiteral("committee"), c.id.value, c.rowVersion, q.rowsAffected()));
        q.finish();
        return writeMemberships(c.id, c.members);
    });
}

Status SqliteRegistryRepository::removeCommittee(CommitteeId id)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("DELETE FROM committee WHERE id = ?"));
        q.bind(id.value);
        return q.exec(tr("Löschen des Gremiums"));
    });
}

// ---------------------------------------------------------------- measures

Result<QList<Measure>> SqliteRegistryRepository::selectMeasures(const QString &where, const QVariantList &values)
{
    QList<Measure> result;
    QHash<qint64, qsizetype> indexById;
    {
        SqlStatement q(db(), QStringLiteral("SELECT %1 FROM measure %2 ORDER BY school_year, pillar, title, id")
                                 .arg(MeasureColumns, where));
        for (const QVariant &v : values)
            q.bind(v);
        NETZATLAS_TRY(q.exec(tr("Lesen der Maßnahmen")));
        while (q.next()) {
            Measure m;
            m.id = MeasureId(q.integer(0));
            m.key = q.text(1);
            m.pillar = q.text(2);
            m.schoolYear = q.text(3);
            m.title = q.text(4);
            m.measureArea = q.text(5);
            m.goal = q.text(6);
            m.provider = ActorId(q.integer(7));
            m.plannedCost = q.integer(8);
            m.actualCost = q.integer(9);
            m.status = q.text(10);
            m.start = q.date(11);
            m.end = q.date(12);
            m.appliedDate = q.date(13);
            m.approvedDate = q.date(14);
            m.approvedBy = q.text(15);
            m.proofDate = q.date(16);
            m.investmentKind = q.text(17);
            m.roomType = q.text(18);
            m.fundingRatePermille = static_cast<int>(q.integer(19));
            m.ownShare = q.integer(20);
            m.maintenanceOnly = q.integer(21) != 0;
            m.budgetPot = q.text(22);
            m.recommended = q.integer(23) != 0;
            m.administrativePost = q.integer(24) != 0;
            m.occupationGroup = q.text(25);
            m.employmentForm = q.text(26);
            m.fte = q.value(27).toDouble();
            m.staffPlanYear = static_cast<int>(q.integer(28));
            m.notes = q.text(29);
            m.rowVersion = static_cast<int>(q.integer(30));
            indexById.insert(m.id.value, result.size());
            result.append(m);
        }
    }
    if (result.isEmpty())
        return result;
    {
        SqlStatement q(db(), QStringLiteral("SELECT measure_id, actor_id, role FROM measure_actor "
                                            "ORDER BY measure_id, role, position, actor_id"));
        NETZATLAS_TRY(q.exec(tr("Lesen der Maßnahmen")));
        while (q.next()) {
            const auto it = indexById.constFind(q.integer(0));
            if (it == indexById.constEnd())
                continue;
            (q.text(2) == u"SCHULE" ? result[*it].schools : result[*it].partners).append(ActorId(q.integer(1)));
        }
    }
    {
        SqlStatement q(db(), QStringLiteral("SELECT measure_id, field_code FROM measure_action_field "
                                            "ORDER BY measure_id, field_code"));
        NETZATLAS_TRY(q.exec(tr("Lesen der Maßnahmen")));
        while (q.next()) {
            const auto it = indexById.constFind(q.integer(0));
            if (it != indexById.constEnd())
                result[*it].actionFields.append(q.text(1));
        }
    }
    {
        SqlStatement q(db(), QStringLiteral("SELECT measure_id, task FROM measure_task ORDER BY measure_id, task"));
        NETZATLAS_TRY(q.exec(tr("Lesen der Maßnahmen")));
        while (q.next()) {
            const auto it = indexById.constFind(q.integer(0));
            if (it != indexById.constEnd())
                result[*it].tasks.append(q.text(1));
        }
    }
    {
        SqlStatement q(db(), QStringLiteral("SELECT measure_id, status, day, note FROM measure_status_step "
                                            "ORDER BY measure_id, id"));
        NETZATLAS_TRY(q.exec(tr("Lesen der Maßnahmen")));
        while (q.next()) {
            const auto it = indexById.constFind(q.integer(0));
            if (it != indexById.constEnd())
                result[*it].history.append(MeasureStatusStep{q.text(1), q.date(2), q.text(3)});
        }
    }
    {
        SqlStatement q(db(), QStringLiteral("SELECT measure_id, school_year, planned, approved, called, spent "
                                            "FROM measure_year_cost ORDER BY measure_id, school_year"));
        NETZATLAS_TRY(q.exec(tr("Lesen der Maßnahmen")));
        while (q.next()) {
            const auto it = indexById.constFind(q.integer(0));
            if (it != indexById.constEnd())
                result[*it].yearCosts.append(
                    MeasureYearCost{q.text(1), q.integer(2), q.integer(3), q.integer(4), q.integer(5)});
        }
    }
    return result;
}

Result<QList<Measure>> SqliteRegistryRepository::measures()
{
    return selectMeasures({}, {});
}

Result<std::optional<Measure>> SqliteRegistryRepository::measure(MeasureId id)
{
    NETZATLAS_TRY_ASSIGN(list, selectMeasures(QStringLiteral("WHERE id = ?"), {id.value}));
    return list.isEmpty() ? std::optional<Measure>() : std::optional<Measure>(list.first());
}

Status SqliteRegistryRepository::writeMeasureDetails(MeasureId id, const Measure &m)
{
    for (const QString &table : {QStringLiteral("measure_actor"), QStringLiteral("measure_action_field"),
                                 QStringLiteral("measure_task"), QStringLiteral("measure_status_step"),
                                 QStringLiteral("measure_year_cost")}) {
        SqlStatement del(db(), QStringLiteral("DELETE FROM %1 WHERE measure_id = ?").arg(table));
        del.bind(id.value);
        NETZATLAS_TRY(del.exec(tr("Speichern der Maßnahme")));
    }
    auto writeActors = [&](const QList<ActorId> &actors, const QString &role) -> Status {
        int position = 0;
        QSet<qint64> seen;
        for (const ActorId actorId : actors) {
            if (seen.contains(actorId.value))
                continue;
            seen.insert(actorId.value);
            SqlStatement q(db(), QStringLiteral("INSERT INTO measure_actor(measure_id, actor_id, role, position) "
                                                "VALUES (?, ?, ?, ?)"));
            q.bindAll({id.value, actorId.value, role, position++});
            NETZATLAS_TRY(q.exec(tr("Speichern der beteiligten Akteure")));
        }
        return {};
    };
    NETZATLAS_TRY(writeActors(m.schools, QStringLiteral("SCHULE")));
    NETZATLAS_TRY(writeActors(m.partners, QStringLiteral("PARTNER")));
    // Sorted and without duplicates, so that equal measures give byte-identical files.
    QStringList fields = m.actionFields;
    fields.sort();
    fields.removeDuplicates();
    for (const QString &field : std::as_const(fields)) {
        SqlStatement q(db(), QStringLiteral("INSERT INTO measure_action_field(measure_id, field_code) VALUES (?, ?)"));
        q.bindAll({id.value, field});
        NETZATLAS_TRY(q.exec(tr("Speichern der Handlungsfelder")));
    }
    QStringList tasks = m.tasks;
    tasks.sort();
    tasks.removeDuplicates();
    for (const QString &task : std::as_const(tasks)) {
        SqlStatement q(db(), QStringLiteral("INSERT INTO measure_task(measure_id, task) VALUES (?, ?)"));
        q.bindAll({id.value, task});
        NETZATLAS_TRY(q.exec(tr("Speichern der Aufgaben")));
    }
    for (const MeasureStatusStep &step : m.history) {
        SqlStatement q(db(), QStringLiteral("INSERT INTO measure_status_step(measure_id, status, day, note) "
                                            "VALUES (?, ?, ?, ?)"));
        q.bindAll({id.value, step.status, dateValue(step.date), step.note});
        NETZATLAS_TRY(q.exec(tr("Speichern des Statusverlaufs")));
    }
    for (const MeasureYearCost &cost : m.yearCosts) {
        SqlStatement q(db(), QStringLiteral("INSERT INTO measure_year_cost(measure_id, school_year, planned, approved, "
                                            "called, spent) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bindAll({id.value, cost.schoolYear, cost.planned, cost.approved, cost.called, cost.spent});
        NETZATLAS_TRY(q.exec(tr("Speichern der Kosten je Schuljahr")));
    }
    return {};
}

namespace {

QVariantList measureValues(const Measure &m)
{
    return {m.pillar,
            m.schoolYear,
            m.title,
            m.measureArea,
            m.goal,
            idOrNull(m.provider.value),
            m.plannedCost,
            m.actualCost,
            m.status,
            dateValue(m.start),
            dateValue(m.end),
            dateValue(m.appliedDate),
            dateValue(m.approvedDate),
            m.approvedBy,
            dateValue(m.proofDate),
            m.investmentKind,
            m.roomType,
            m.fundingRatePermille,
            m.ownShare,
            m.maintenanceOnly ? 1 : 0,
            m.budgetPot,
            m.recommended ? 1 : 0,
            m.administrativePost ? 1 : 0,
            m.occupationGroup,
            m.employmentForm,
            m.fte,
            m.staffPlanYear,
            m.notes};
}

const QString MeasureAssignments = QStringLiteral(
    "pillar = ?, school_year = ?, title = ?, measure_area = ?, goal = ?, provider_id = ?, planned_cost = ?, "
    "actual_cost = ?, status = ?, start_date = ?, end_date = ?, applied_date = ?, approved_date = ?, approved_by = ?, "
    "proof_date = ?, investment_kind = ?, room_type = ?, funding_rate_permille = ?, own_share = ?, "
    "maintenance_only = ?, budget_pot = ?, recommended = ?, administrative_post = ?, occupation_group = ?, "
    "employment_form = ?, fte = ?, staff_plan_year = ?, notes = ?");

} // namespace

Result<MeasureId> SqliteRegistryRepository::insertMeasure(const Measure &m)
{
    return insertMeasureRow(m, false);
}

Status SqliteRegistryRepository::restoreMeasure(const Measure &measure)
{
    if (!measure.id.isValid() || measure.key.trimmed().isEmpty())
        return Error::make(tr("Eine Maßnahme kann nur mit ihrer Nummer und ihrem Schlüssel wiederhergestellt werden."));
    auto restored = insertMeasureRow(measure, true);
    if (!restored.ok())
        return restored.error();
    return {};
}

Result<MeasureId> SqliteRegistryRepository::insertMeasureRow(const Measure &m, bool keepId)
{
    MeasureId newId;
    Status status = transact([&]() -> Status {
        const QString now = nowText();
        const QString provisionalKey = m.key.trimmed().isEmpty() ? QStringLiteral("~new~") + now : m.key.trimmed();
        SqlStatement q(db(), QStringLiteral(
                                 "INSERT INTO measure(pillar, school_year, title, measure_area, goal, provider_id, "
                                 "planned_cost, actual_cost, status, start_date, end_date, applied_date, approved_date, "
                                 "approved_by, proof_date, investment_kind, room_type, funding_rate_permille, own_share, "
                                 "maintenance_only, budget_pot, recommended, administrative_post, occupation_group, "
                                 "employment_form, fte, staff_plan_year, notes, key, created_at, updated_at, row_version, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : measureValues(m))
            q.bind(v);
        q.bindAll({provisionalKey, now, now, keepId ? std::max(m.rowVersion, 1) : 1,
                   keepId ? QVariant(m.id.value) : QVariant()});
        NETZATLAS_TRY(q.exec(keepId ? tr("Wiederherstellen der Maßnahme „%1“").arg(m.title)
                                    : tr("Anlegen der Maßnahme „%1“").arg(m.title)));
        newId = MeasureId(q.lastInsertId());
        q.finish();
        if (m.key.trimmed().isEmpty()) {
            SqlStatement upd(db(), QStringLiteral("UPDATE measure SET key = ? WHERE id = ?"));
            upd.bindAll({QStringLiteral("M%1").arg(newId.value, 5, 10, QLatin1Char('0')), newId.value});
            NETZATLAS_TRY(upd.exec(tr("Vergeben des Schlüssels")));
        }
        return writeMeasureDetails(newId, m);
    });
    if (!status.ok())
        return status.error();
    return newId;
}

Status SqliteRegistryRepository::updateMeasure(const Measure &m)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("UPDATE measure SET %1, key = ?, updated_at = ?, row_version = row_version + 1 "
                                            "WHERE id = ? AND row_version = ?")
                                 .arg(MeasureAssignments));
        for (const QVariant &v : measureValues(m))
            q.bind(v);
        q.bindAll({m.key.trimmed(), nowText(), m.id.value, m.rowVersion});
        NETZATLAS_TRY(q.exec(tr("Ändern der Maßnahme „%1“").arg(m.title)));
        NETZATLAS_TRY(checkVersion(QStringLiteral("measure"), m.id.value, m.rowVersion, q.rowsAffected()));
        q.finish();
        return writeMeasureDetails(m.id, m);
    });
}

Status SqliteRegistryRepository::removeMeasure(MeasureId id)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("DELETE FROM measure WHERE id = ?"));
        q.bind(id.value);
        return q.exec(tr("Löschen der Maßnahme"));
    });
}

Result<QList<Budget>> SqliteRegistryRepository::budgets()
{
    SqlStatement q(db(), QStringLiteral("SELECT id, holder_id, pillar, school_year, amount, note, row_version FROM budget "
                                        "ORDER BY school_year, holder_id, pillar"));
    NETZATLAS_TRY(q.exec(tr("Lesen der Budgets")));
    QList<Budget> result;
    while (q.next()) {
        result.append(Budget{BudgetId(q.integer(0)), ActorId(q.integer(1)), q.text(2), q.text(3), q.integer(4), q.text(5),
                             static_cast<int>(q.integer(6))});
    }
    return result;
}

Result<BudgetId> SqliteRegistryRepository::insertBudget(const Budget &b)
{
    return insertBudgetRow(b, false);
}

Status SqliteRegistryRepository::restoreBudget(const Budget &budget)
{
    if (!budget.id.isValid())
        return Error::make(tr("Ein Budget kann nur mit seiner Nummer wiederhergestellt werden."));
    auto restored = insertBudgetRow(budget, true);
    if (!restored.ok())
        return restored.error();
    return {};
}

Result<BudgetId> SqliteRegistryRepository::insertBudgetRow(const Budget &b, bool keepId)
{
    BudgetId newId;
    Status status = transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("INSERT INTO budget(holder_id, pillar, school_year, amount, note, row_version, "
                                            "id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({b.holder.value, b.pillar, b.schoolYear, b.amount, b.note, keepId ? std::max(b.rowVersion, 1) : 1,
                   keepId ? QVariant(b.id.value) : QVariant()});
        NETZATLAS_TRY(q.exec(keepId ? tr("Wiederherstellen des Budgets") : tr("Anlegen des Budgets")));
        newId = BudgetId(q.lastInsertId());
        return {};
    });
    if (!status.ok())
        return status.error();
    return newId;
}

Status SqliteRegistryRepository::updateBudget(const Budget &b)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("UPDATE budget SET holder_id = ?, pillar = ?, school_year = ?, amount = ?, "
                                            "note = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        q.bindAll({b.holder.value, b.pillar, b.schoolYear, b.amount, b.note, b.id.value, b.rowVersion});
        NETZATLAS_TRY(q.exec(tr("Ändern des Budgets")));
        return checkVersion(QStringLiteral("budget"), b.id.value, b.rowVersion, q.rowsAffected());
    });
}

Status SqliteRegistryRepository::removeBudget(BudgetId id)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("DELETE FROM budget WHERE id = ?"));
        q.bind(id.value);
        return q.exec(tr("Löschen des Budgets"));
    });
}

// ---------------------------------------------------------------- views and layouts

Result<QList<SavedView>> SqliteRegistryRepository::views()
{
    SqlStatement q(db(), QStringLiteral("SELECT id, name, title, subtitle, layout_algorithm, filter_json, style_json, "
                                        "modified, row_version FROM saved_view ORDER BY name"));
    NETZATLAS_TRY(q.exec(tr("Lesen der Ansichten")));
    QList<SavedView> result;
    while (q.next()) {
        SavedView v;
        v.id = ViewId(q.integer(0));
        v.name = q.text(1);
        v.title = q.text(2);
        v.subtitle = q.text(3);
        v.layoutAlgorithm = q.text(4);
        v.filterJson = q.text(5);
        v.styleJson = q.text(6);
        v.modified = QDateTime::fromString(q.text(7), Qt::ISODateWithMs);
        v.rowVersion = static_cast<int>(q.integer(8));
        result.append(v);
    }
    return result;
}

Result<ViewId> SqliteRegistryRepository::insertView(const SavedView &v)
{
    ViewId newId;
    Status status = transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("INSERT INTO saved_view(name, title, subtitle, layout_algorithm, filter_json, "
                                            "style_json, modified) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll({v.name, v.title, v.subtitle, v.layoutAlgorithm, v.filterJson.isEmpty() ? QStringLiteral("{}") : v.filterJson,
                   v.styleJson.isEmpty() ? QStringLiteral("{}") : v.styleJson, nowText()});
        NETZATLAS_TRY(q.exec(tr("Anlegen der Ansicht „%1“").arg(v.name)));
        newId = ViewId(q.lastInsertId());
        return {};
    });
    if (!status.ok())
        return status.error();
    return newId;
}

Status SqliteRegistryRepository::updateView(const SavedView &v)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("UPDATE saved_view SET name = ?, title = ?, subtitle = ?, layout_algorithm = ?, "
                                            "filter_json = ?, style_json = ?, modified = ?, row_version = row_version + 1 "
                                            "WHERE id = ? AND row_version = ?"));
        q.bindAll({v.name, v.title, v.subtitle, v.layoutAlgorithm, v.filterJson, v.styleJson, nowText(), v.id.value,
                   v.rowVersion});
        NETZATLAS_TRY(q.exec(tr("Ändern der Ansicht „%1“").arg(v.name)));
        return checkVersion(QStringLiteral("saved_view"), v.id.value, v.rowVersion, q.rowsAffected());
    });
}

Status SqliteRegistryRepository::removeView(ViewId id)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("DELETE FROM saved_view WHERE id = ?"));
        q.bind(id.value);
        return q.exec(tr("Löschen der Ansicht"));
    });
}

Result<QList<LayoutPosition>> SqliteRegistryRepository::positions(ViewId view)
{
    SqlStatement q(db(), QStringLiteral("SELECT actor_id, x, y, pinned FROM layout_position WHERE view_id = ? "
                                        "ORDER BY actor_id"));
    q.bind(view.value);
    NETZATLAS_TRY(q.exec(tr("Lesen der Positionen")));
    QList<LayoutPosition> result;
    while (q.next())
        result.append(LayoutPosition{ActorId(q.integer(0)), q.value(1).toDouble(), q.value(2).toDouble(), q.integer(3) != 0});
    return result;
}

Status SqliteRegistryRepository::setPositions(ViewId view, const QList<LayoutPosition> &list)
{
    return transact([&]() -> Status {
        SqlStatement q(db(), QStringLiteral("INSERT INTO layout_position(view_id, actor_id, x, y, pinned) VALUES (?, ?, ?, ?, ?) "
                                            "ON CONFLICT(view_id, actor_id) DO UPDATE SET x = excluded.x, y = excluded.y, "
                                            "pinned = excluded.pinned"));
        for (const LayoutPosition &p : list) {
            q.bindAll({view.value, p.actor.value, p.x, p.y, p.pinned ? 1 : 0});
            NETZATLAS_TRY(q.exec(tr("Speichern der Positionen")));
        }
        return {};
    });
}

// ---------------------------------------------------------------- statistics

Result<RegistryCounts> SqliteRegistryRepository::counts()
{
    RegistryCounts c;
    const QSqlDatabase database = db();
    const QString context = tr("Zählen");
    auto count = [&](const QString &sql) -> Result<qint64> {
        NETZATLAS_TRY_ASSIGN(v, scalar(database, sql, context));
        return v.toLongLong();
    };
    NETZATLAS_TRY_ASSIGN(territories, count(QStringLiteral("SELECT count(*) FROM territory")));
    NETZATLAS_TRY_ASSIGN(actorCount, count(QStringLiteral("SELECT count(*) FROM actor")));
    NETZATLAS_TRY_ASSIGN(schools, count(QStringLiteral("SELECT count(*) FROM actor WHERE type_code = 'SCHULE'")));
    NETZATLAS_TRY_ASSIGN(scp, count(QStringLiteral("SELECT count(*) FROM actor WHERE scp = 1")));
    NETZATLAS_TRY_ASSIGN(linkCount, count(QStringLiteral("SELECT count(*) FROM link")));
    NETZATLAS_TRY_ASSIGN(committeeCount, count(QStringLiteral("SELECT count(*) FROM committee")));
    NETZATLAS_TRY_ASSIGN(memberships, count(QStringLiteral("SELECT count(*) FROM committee_membership")));
    NETZATLAS_TRY_ASSIGN(contactCount, count(QStringLiteral("SELECT count(*) FROM contact_person")));
    NETZATLAS_TRY_ASSIGN(measureCount, count(QStringLiteral("SELECT count(*) FROM measure")));
    NETZATLAS_TRY_ASSIGN(budgetCount, count(QStringLiteral("SELECT count(*) FROM budget")));
    NETZATLAS_TRY_ASSIGN(viewCount, count(QStringLiteral("SELECT count(*) FROM saved_view")));
    c.territories = territories;
    c.actors = actorCount;
    c.schools = schools;
    c.scpSchools = scp;
    c.links = linkCount;
    c.committees = committeeCount;
    c.memberships = memberships;
    c.contacts = contactCount;
    c.measures = measureCount;
    c.budgets = budgetCount;
    c.views = viewCount;
    auto grouped = [&](const QString &sql, QMap<QString, qint64> &target) -> Status {
        SqlStatement q(database, sql);
        NETZATLAS_TRY(q.exec(context));
        while (q.next())
            target.insert(q.text(0), q.integer(1));
        return {};
    };
    NETZATLAS_TRY(grouped(QStringLiteral("SELECT type_code, count(*) FROM actor GROUP BY type_code"), c.actorsByType));
    NETZATLAS_TRY(grouped(QStringLiteral("SELECT type_code, count(*) FROM link GROUP BY type_code"), c.linksByType));
    NETZATLAS_TRY(grouped(QStringLiteral("SELECT pillar, count(*) FROM measure GROUP BY pillar"), c.measuresByPillar));
    return c;
}

} // namespace netzatlas::storage
