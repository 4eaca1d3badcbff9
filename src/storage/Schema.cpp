// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Schema.h"

namespace netzatlas::storage {

namespace {

// Schema v1: the whole data model of docs/architecture.md. Dates are ISO text (yyyy-MM-dd), money is
// integer cents, booleans are 0/1. Every table that users edit has a row_version for optimistic
// concurrency (shared registries on PostgreSQL use the same columns).
QStringList schemaV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),

        // ---- territories (reference data, Destatis GV100AD)
        QStringLiteral(R"(CREATE TABLE territory (
            rs           TEXT PRIMARY KEY CHECK (length(rs) IN (2, 3, 5, 9, 12)),
            ags          TEXT,
            level        TEXT NOT NULL CHECK (level IN ('land','regierungsbezirk','kreis','gemeindeverband','gemeinde')),
            type_code    INTEGER NOT NULL DEFAULT 0,
            type_name    TEXT NOT NULL DEFAULT '',
            name         TEXT NOT NULL,
            name_fold    TEXT NOT NULL,
            name_base    TEXT NOT NULL,
            parent_rs    TEXT REFERENCES territory(rs) ON UPDATE CASCADE,
            population   INTEGER NOT NULL DEFAULT 0,
            area_ha      INTEGER NOT NULL DEFAULT 0,
            postcode     TEXT NOT NULL DEFAULT '',
            gebietsstand TEXT))"),
        QStringLiteral("CREATE INDEX territory_parent ON territory(parent_rs)"),
        QStringLiteral("CREATE INDEX territory_ags ON territory(ags)"),
        QStringLiteral("CREATE INDEX territory_level ON territory(level)"),
        // Curated status that the Gemeindeverzeichnis does not carry (domain §2.1, §3.3): data, not code.
        QStringLiteral(R"(CREATE TABLE territory_status (
            rs               TEXT PRIMARY KEY REFERENCES territory(rs) ON UPDATE CASCADE ON DELETE CASCADE,
            large_city       INTEGER NOT NULL DEFAULT 0,
            own_youth_office INTEGER NOT NULL DEFAULT 0))"),

        // ---- catalogues (user-editable) and fixed vocabularies
        QStringLiteral(R"(CREATE TABLE actor_type (
            code       TEXT PRIMARY KEY,
            label      TEXT NOT NULL,
            label_en   TEXT NOT NULL DEFAULT '',
            grp        TEXT NOT NULL DEFAULT '',
            color      TEXT NOT NULL DEFAULT '#808080',
            shape      TEXT NOT NULL DEFAULT 'circle',
            retired    INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE link_type (
            code       TEXT PRIMARY KEY,
            label      TEXT NOT NULL,
            label_en   TEXT NOT NULL DEFAULT '',
            directed   INTEGER NOT NULL DEFAULT 0,
            color      TEXT NOT NULL DEFAULT '#808080',
            retired    INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE action_field (
            code         TEXT PRIMARY KEY,
            label        TEXT NOT NULL,
            label_en     TEXT NOT NULL DEFAULT '',
            measure_area TEXT NOT NULL DEFAULT '',
            color        TEXT NOT NULL DEFAULT '#808080',
            retired      INTEGER NOT NULL DEFAULT 0,
            sort_order   INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE vocabulary (
            kind       TEXT NOT NULL,
            code       TEXT NOT NULL,
            label      TEXT NOT NULL,
            label_en   TEXT NOT NULL DEFAULT '',
            extra      TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, code)))"),

        // ---- actors
        QStringLiteral(R"(CREATE TABLE actor (
            id                  INTEGER PRIMARY KEY,
            key                 TEXT NOT NULL UNIQUE,
            type_code           TEXT NOT NULL REFERENCES actor_type(code) ON UPDATE CASCADE,
            name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
            short_name          TEXT NOT NULL DEFAULT '',
            seat_rs             TEXT REFERENCES territory(rs) ON UPDATE CASCADE,
            street              TEXT NOT NULL DEFAULT '',
            postcode            TEXT NOT NULL DEFAULT '',
            city                TEXT NOT NULL DEFAULT '',
            school_kind         TEXT NOT NULL DEFAULT '',
            school_number       TEXT NOT NULL DEFAULT '',
            scp                 INTEGER NOT NULL DEFAULT 0 CHECK (scp IN (0, 1)),
            scp_cohort          INTEGER NOT NULL DEFAULT 0,
            school_authority_rs TEXT REFERENCES territory(rs) ON UPDATE CASCADE,
            youth_office_rs     TEXT REFERENCES territory(rs) ON UPDATE CASCADE,
            all_day             TEXT NOT NULL DEFAULT '',
            legal_status        TEXT NOT NULL DEFAULT '',
            special_needs_focus TEXT NOT NULL DEFAULT '',
            kita_operator       TEXT NOT NULL DEFAULT '',
            notes               TEXT NOT NULL DEFAULT '',
            name_fold           TEXT NOT NULL DEFAULT '',
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL,
            row_version         INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX actor_seat ON actor(seat_rs)"),
        QStringLiteral("CREATE INDEX actor_type_idx ON actor(type_code)"),
        QStringLiteral("CREATE INDEX actor_school_number ON actor(school_number) WHERE school_number <> ''"),
        QStringLiteral(R"(CREATE TABLE actor_tag (
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            tag      TEXT NOT NULL,
            PRIMARY KEY (actor_id, tag)))"),
        QStringLiteral(R"(CREATE TABLE actor_responsibility (
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            rs       TEXT NOT NULL REFERENCES territory(rs) ON UPDATE CASCADE,
            PRIMARY KEY (actor_id, rs)))"),

        // ---- contact persons (personal data: minimal, with purpose and review date)
        QStringLiteral(R"(CREATE TABLE contact_person (
            id          INTEGER PRIMARY KEY,
            actor_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
            function    TEXT NOT NULL DEFAULT '',
            email       TEXT NOT NULL DEFAULT '',
            phone       TEXT NOT NULL DEFAULT '',
            purpose     TEXT NOT NULL DEFAULT '',
            review_date TEXT,
            notes       TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX contact_actor ON contact_person(actor_id)"),

        // ---- measures (before links, which may refer to them)
        QStringLiteral(R"(CREATE TABLE measure (
            id                     INTEGER PRIMARY KEY,
            key                    TEXT NOT NULL UNIQUE,
            pillar                 TEXT NOT NULL CHECK (pillar IN ('I','II_SCHULE','II_TRAEGER','III')),
            school_year            TEXT NOT NULL,
            title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
            measure_area           TEXT NOT NULL DEFAULT '',
            goal                   TEXT NOT NULL DEFAULT '',
            provider_id            INTEGER REFERENCES actor(id) ON DELETE SET NULL,
            planned_cost           INTEGER NOT NULL DEFAULT 0 CHECK (planned_cost >= 0),
            actual_cost            INTEGER NOT NULL DEFAULT 0 CHECK (actual_cost >= 0),
            status                 TEXT NOT NULL DEFAULT 'IDEE',
            start_date             TEXT,
            end_date               TEXT,
            applied_date           TEXT,
            approved_date          TEXT,
            approved_by            TEXT NOT NULL DEFAULT '',
            proof_date             TEXT,
            investment_kind        TEXT NOT NULL DEFAULT '',
            room_type              TEXT NOT NULL DEFAULT '',
            funding_rate_permille  INTEGER NOT NULL DEFAULT 0 CHECK (funding_rate_permille BETWEEN 0 AND 1000),
            own_share              INTEGER NOT NULL DEFAULT 0 CHECK (own_share >= 0),
            maintenance_only       INTEGER NOT NULL DEFAULT 0,
            budget_pot             TEXT NOT NULL DEFAULT '',
            recommended            INTEGER NOT NULL DEFAULT 0,
            administrative_post    INTEGER NOT NULL DEFAULT 0,
            occupation_group       TEXT NOT NULL DEFAULT '',
            employment_form        TEXT NOT NULL DEFAULT '',
            fte                    REAL NOT NULL DEFAULT 0 CHECK (fte >= 0),
            staff_plan_year        INTEGER NOT NULL DEFAULT 0,
            notes                  TEXT NOT NULL DEFAULT '',
            created_at             TEXT NOT NULL,
            updated_at             TEXT NOT NULL,
            row_version            INTEGER NOT NULL DEFAULT 1,
            CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)))"),
        QStringLiteral(R"(CREATE TABLE measure_actor (
            measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            actor_id   INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            role       TEXT NOT NULL CHECK (role IN ('SCHULE','PARTNER')),
            position   INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (measure_id, actor_id, role)))"),
        QStringLiteral("CREATE INDEX measure_actor_actor ON measure_actor(actor_id)"),
        QStringLiteral(R"(CREATE TABLE measure_action_field (
            measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            field_code TEXT NOT NULL REFERENCES action_field(code) ON UPDATE CASCADE,
            PRIMARY KEY (measure_id, field_code)))"),
        QStringLiteral(R"(CREATE TABLE measure_task (
            measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            task       TEXT NOT NULL,
            PRIMARY KEY (measure_id, task)))"),
        QStringLiteral(R"(CREATE TABLE measure_status_step (
            id         INTEGER PRIMARY KEY,
            measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            status     TEXT NOT NULL,
            day        TEXT,
            note       TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE measure_year_cost (
            measure_id  INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            school_year TEXT NOT NULL,
            planned     INTEGER NOT NULL DEFAULT 0 CHECK (planned >= 0),
            approved    INTEGER NOT NULL DEFAULT 0 CHECK (approved >= 0),
            called      INTEGER NOT NULL DEFAULT 0 CHECK (called >= 0),
            spent       INTEGER NOT NULL DEFAULT 0 CHECK (spent >= 0),
            PRIMARY KEY (measure_id, school_year)))"),
        QStringLiteral(R"(CREATE TABLE budget (
            id          INTEGER PRIMARY KEY,
            holder_id   INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            pillar      TEXT NOT NULL CHECK (pillar IN ('I','II_SCHULE','II_TRAEGER','III')),
            school_year TEXT NOT NULL,
            amount      INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
            note        TEXT NOT NULL DEFAULT '',
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (holder_id, pillar, school_year)))"),

        // ---- cooperation links (multiplex, dated)
        QStringLiteral(R"(CREATE TABLE link (
            id           INTEGER PRIMARY KEY,
            source_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            target_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            type_code    TEXT NOT NULL REFERENCES link_type(code) ON UPDATE CASCADE,
            action_field TEXT REFERENCES action_field(code) ON UPDATE CASCADE,
            directed     INTEGER NOT NULL DEFAULT 0 CHECK (directed IN (0, 1)),
            formality    TEXT NOT NULL DEFAULT 'INFORMELL',
            intensity    INTEGER NOT NULL DEFAULT 1 CHECK (intensity BETWEEN 1 AND 3),
            valid_from   TEXT,
            valid_until  TEXT,
            status       TEXT NOT NULL DEFAULT 'AKTIV',
            measure_id   INTEGER REFERENCES measure(id) ON DELETE SET NULL,
            note         TEXT NOT NULL DEFAULT '',
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            row_version  INTEGER NOT NULL DEFAULT 1,
            CHECK (source_id <> target_id),
            CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)))"),
        QStringLiteral("CREATE INDEX link_source ON link(source_id)"),
        QStringLiteral("CREATE INDEX link_target ON link(target_id)"),

        // ---- committees (a committee is an actor of type GREMIUM with this extra record)
        QStringLiteral(R"(CREATE TABLE committee (
            id             INTEGER PRIMARY KEY,
            actor_id       INTEGER NOT NULL UNIQUE REFERENCES actor(id) ON DELETE CASCADE,
            kind           TEXT NOT NULL,
            mandate        TEXT NOT NULL DEFAULT '',
            meeting_rhythm TEXT NOT NULL DEFAULT '',
            row_version    INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE committee_membership (
            id           INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
            actor_id     INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            role         TEXT NOT NULL DEFAULT '',
            since        TEXT,
            until        TEXT,
            CHECK (until IS NULL OR since IS NULL OR until >= since)))"),
        QStringLiteral("CREATE INDEX membership_actor ON committee_membership(actor_id)"),

        // ---- saved views and layout positions
        QStringLiteral(R"(CREATE TABLE saved_view (
            id               INTEGER PRIMARY KEY,
            name             TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            title            TEXT NOT NULL DEFAULT '',
            subtitle         TEXT NOT NULL DEFAULT '',
            layout_algorithm TEXT NOT NULL DEFAULT '',
            filter_json      TEXT NOT NULL DEFAULT '{}',
            style_json       TEXT NOT NULL DEFAULT '{}',
            modified         TEXT NOT NULL,
            row_version      INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE layout_position (
            view_id  INTEGER NOT NULL REFERENCES saved_view(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            x        REAL NOT NULL,
            y        REAL NOT NULL,
            pinned   INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (view_id, actor_id)))"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        Migration{1, QStringLiteral("Schema v1: Gebiete, Akteure, Verbindungen, Gremien, Maßnahmen, Ansichten"),
                  schemaV1()},
    };
    return all;
}

int currentSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace netzatlas::storage
