// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/storage/RegistryStore.h>

#include "Migrator.h"
#include "Schema.h"
#include "SqlSupport.h"
#include "SqliteRegistryRepository.h"

#include <netzatlas/core/Log.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStorageInfo>
#include <QtEndian>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::RegistryStore", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("netzatlas-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Removes a connection when opening fails half-way.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool isNetworkFileSystem(const QString &path)
{
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    return type.startsWith("nfs") || type.contains("cifs") || type.contains("smb") || type.contains("fuse.sshfs")
           || path.startsWith(QStringLiteral("//")) || path.startsWith(QStringLiteral("\\\\"));
}

QString shortName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

namespace storage {

QString backupPathFor(const QString &path, int fromVersion)
{
    QString candidate = QStringLiteral("%1.v%2.bak").arg(path).arg(fromVersion);
    if (QFileInfo::exists(candidate))
        candidate = QStringLiteral("%1.v%2-%3.bak")
                        .arg(path)
                        .arg(fromVersion)
                        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return candidate;
}

namespace {

Status migrate(SqliteRegistryRepository &repo, int fromVersion, const QList<Migration> &history, bool seed)
{
    const QSqlDatabase db = repo.db();
    return repo.transact([&]() -> Status {
        for (const Migration &step : history) {
            if (step.version <= fromVersion)
                continue;
            Log::info("storage", QStringLiteral("migrating %1 to schema %2").arg(shortName(repo.location())).arg(step.version));
            for (const QString &statement : step.statements)
                NETZATLAS_TRY(execSql(db, statement, tr("Aktualisieren der Registry auf Version %1").arg(step.version)));
            if (step.version == 1 && seed)
                NETZATLAS_TRY(repo.seedCatalogues());
            // PRAGMA values cannot be bound; both are integers from this build, never user input.
            NETZATLAS_TRY(execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                                  tr("Aktualisieren der Registry")));
        }
        NETZATLAS_TRY(execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                              tr("Aktualisieren der Registry")));
        SqlStatement created(db, QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('created', ?)"));
        created.bind(nowText());
        return created.exec(tr("Aktualisieren der Registry"));
    });
}

} // namespace

Result<std::unique_ptr<RegistryRepository>> openSqliteWith(const QString &path, const OpenOptions &options,
                                                           const QList<Migration> &history)
{
    const bool memory = path == u":memory:";
    const int targetVersion = history.constLast().version;
    RegistryFileInfo info;
    // While a registry is open in another process, its newest pages (even the header with application_id)
    // may still be in the write-ahead log; then only SQLite itself can tell what the file is.
    const bool walPending = !memory && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    bool decideAfterOpen = false;
    if (!memory) {
        info = RegistryStore::inspect(path);
        if (walPending
            && (info.kind == RegistryFileInfo::Kind::Empty || info.kind == RegistryFileInfo::Kind::Foreign)) {
            decideAfterOpen = true;
        }
        switch (decideAfterOpen ? RegistryFileInfo::Kind::Registry : info.kind) {
        case RegistryFileInfo::Kind::Missing:
            if (!options.create)
                return Error::at(path, 0, {}, tr("Die Registry-Datei gibt es nicht."));
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return Error::at(path, 0, {}, tr("Der Ordner für die Registry kann nicht angelegt werden."));
            break;
        case RegistryFileInfo::Kind::Empty:
            if (!options.create)
                return Error::at(path, 0, {}, tr("Die Datei ist leer und keine Netzatlas-Registry."));
            break;
        case RegistryFileInfo::Kind::NotSqlite:
            return Error::at(path, 0, {}, tr("Die Datei ist keine Netzatlas-Registry (keine SQLite-Datenbank). "
                                             "Sie wurde nicht verändert."));
        case RegistryFileInfo::Kind::Foreign:
            return Error::at(path, 0, {}, tr("Die Datei ist eine Datenbank eines anderen Programms, keine "
                                             "Netzatlas-Registry. Sie wurde nicht verändert."));
        case RegistryFileInfo::Kind::Newer:
            if (info.schemaVersion > targetVersion)
                return Error::at(path, 0, {},
                                 tr("Die Registry wurde mit einer neueren Version von Netzatlas angelegt (Schema %1); "
                                    "dieses Programm kennt nur Schema %2. Bitte Netzatlas aktualisieren. Die Datei "
                                    "wurde nicht verändert.")
                                     .arg(info.schemaVersion)
                                     .arg(targetVersion));
            break;
        case RegistryFileInfo::Kind::Registry:
        case RegistryFileInfo::Kind::NeedsMigration: break;
        }
    }

    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly && !memory)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const QString text = db.lastError().text();
            dropConnection(connection);
            return Error::at(path, 0, {}, tr("Die Registry kann nicht geöffnet werden: %1").arg(text));
        }
    }
    auto repo = std::make_unique<storage::SqliteRegistryRepository>(connection, path, options.readOnly, 0);
    QSqlDatabase db = repo->db();
    auto fail = [&](const QString &message) -> Result<std::unique_ptr<RegistryRepository>> {
        db = QSqlDatabase(); // release our handle before the repository removes the connection
        repo.reset();
        return Error::at(path, 0, {}, message);
    };

    bool existing = !memory && (info.kind == RegistryFileInfo::Kind::Registry
                                || info.kind == RegistryFileInfo::Kind::NeedsMigration
                                || info.kind == RegistryFileInfo::Kind::Newer);
    if (decideAfterOpen) {
        // Read-only questions through SQLite, which sees the pages in the write-ahead log.
        auto appId = scalar(db, QStringLiteral("PRAGMA application_id"), tr("Öffnen"));
        auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), tr("Öffnen"));
        if (!appId.ok() || !tables.ok())
            return fail(tr("Die Datei ist keine lesbare Netzatlas-Registry. Sie wurde nicht verändert."));
        if (appId->toInt() == ApplicationId) {
            existing = true;
        } else if (appId->toInt() != 0 || tables->toInt() != 0) {
            return fail(tr("Die Datei ist eine Datenbank eines anderen Programms, keine Netzatlas-Registry. Sie "
                           "wurde nicht verändert."));
        } else if (!options.create) {
            return fail(tr("Die Datei ist leer und keine Netzatlas-Registry."));
        }
    }
    if (existing) {
        // quick_check reads every page's structure without changing anything.
        QSqlQuery check(db);
        QStringList problems;
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            problems << check.lastError().text();
        } else {
            while (check.next()) {
                const QString line = check.value(0).toString();
                if (line != u"ok")
                    problems << line;
            }
        }
        check.finish();
        if (!problems.isEmpty()) {
            Log::error("storage", QStringLiteral("quick_check failed for %1: %2").arg(shortName(path), problems.join(u';')));
            return fail(tr("Die Registry ist beschädigt und wurde nicht geöffnet (Prüfung: %1). Bitte eine "
                           "Sicherungskopie verwenden; die Datei wurde nicht verändert.")
                            .arg(problems.first()));
        }
    }

    // Connection settings: on every open, before any write.
    if (auto s = execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), tr("Öffnen")); !s.ok())
        return fail(s.error().message);
    if (!options.readOnly) {
        if (auto s = execSql(db, QStringLiteral("PRAGMA synchronous = FULL"), tr("Öffnen")); !s.ok())
            return fail(s.error().message);
        if (!memory && !isNetworkFileSystem(path)) {
            if (auto s = execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), tr("Öffnen")); !s.ok())
                return fail(s.error().message);
        }
    }

    auto versionResult = scalar(db, QStringLiteral("PRAGMA user_version"), tr("Öffnen"));
    auto appIdResult = scalar(db, QStringLiteral("PRAGMA application_id"), tr("Öffnen"));
    if (!versionResult.ok())
        return fail(versionResult.error().message);
    if (!appIdResult.ok())
        return fail(appIdResult.error().message);
    const int version = versionResult->toInt();
    const qint32 appId = appIdResult->toInt();
    if (existing && appId != ApplicationId)
        return fail(tr("Die Datei ist keine Netzatlas-Registry. Sie wurde nicht verändert."));
    if (version > targetVersion)
        return fail(tr("Die Registry wurde mit einer neueren Version von Netzatlas angelegt (Schema %1); dieses "
                       "Programm kennt nur Schema %2. Bitte Netzatlas aktualisieren.")
                        .arg(version)
                        .arg(targetVersion));

    if (version < targetVersion) {
        if (options.readOnly)
            return fail(tr("Die Registry muss auf eine neue Version gebracht werden, ist aber schreibgeschützt "
                           "geöffnet."));
        if (version > 0 && !memory) {
            const QString backup = backupPathFor(path, version);
            SqlStatement vacuum(db, QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(backup);
            if (auto s = vacuum.exec(tr("Sichern vor dem Aktualisieren")); !s.ok())
                return fail(tr("Vor dem Aktualisieren konnte keine Sicherungskopie angelegt werden: %1. Die Registry "
                               "wurde nicht verändert.")
                                .arg(s.error().message));
            Log::info("storage", QStringLiteral("backup before migration: %1").arg(shortName(backup)));
        }
        if (auto s = migrate(*repo, version, history, true); !s.ok())
            return fail(tr("Die Registry konnte nicht auf Version %1 gebracht werden: %2. Sie ist unverändert.")
                            .arg(targetVersion)
                            .arg(s.error().message));
        // Write the new header (application_id, user_version) into the main file at once, so that other
        // programs recognise the registry without reading the write-ahead log.
        if (!memory)
            (void)execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), tr("Öffnen"));
    }
    repo->setSchemaVersion(targetVersion);
    Log::info("storage", QStringLiteral("opened %1 (schema %2%3)")
                             .arg(shortName(path))
                             .arg(targetVersion)
                             .arg(options.readOnly ? QStringLiteral(", read-only") : QString()));
    return std::unique_ptr<RegistryRepository>(std::move(repo));
}

} // namespace storage

RegistryFileInfo RegistryStore::inspect(const QString &path)
{
    RegistryFileInfo info;
    QFileInfo fileInfo(path);
    if (!fileInfo.exists()) {
        info.kind = RegistryFileInfo::Kind::Missing;
        return info;
    }
    if (fileInfo.size() == 0) {
        info.kind = RegistryFileInfo::Kind::Empty;
        return info;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.kind = RegistryFileInfo::Kind::NotSqlite;
        return info;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        info.kind = RegistryFileInfo::Kind::NotSqlite;
        return info;
    }
    const auto bigEndian = [&](int offset) {
        return qFromBigEndian<qint32>(reinterpret_cast<const uchar *>(header.constData() + offset));
    };
    const qint32 schemaCookie = bigEndian(40);
    const qint32 userVersion = bigEndian(60);
    const qint32 applicationId = bigEndian(68);
    info.schemaVersion = userVersion;
    if (applicationId == storage::ApplicationId) {
        const int current = storage::currentSchemaVersion();
        info.kind = userVersion > current   ? RegistryFileInfo::Kind::Newer
                    : userVersion < current ? RegistryFileInfo::Kind::NeedsMigration
                                            : RegistryFileInfo::Kind::Registry;
        return info;
    }
    info.kind = (applicationId == 0 && schemaCookie == 0 && userVersion == 0) ? RegistryFileInfo::Kind::Empty
                                                                              : RegistryFileInfo::Kind::Foreign;
    return info;
}

Result<std::unique_ptr<RegistryRepository>> RegistryStore::openSqlite(const QString &path, const OpenOptions &options)
{
    return storage::openSqliteWith(path, options, storage::migrations());
}

Result<std::unique_ptr<RegistryRepository>> RegistryStore::open(const QString &location, const OpenOptions &options)
{
    if (location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://")))
        return Error::make(tr("Geteilte Registries auf einem PostgreSQL-Server werden von dieser Version noch nicht "
                              "unterstützt."));
    return openSqlite(location, options);
}

int RegistryStore::currentSchemaVersion()
{
    return storage::currentSchemaVersion();
}

Result<QString> RegistryStore::integrityCheck(const QString &path)
{
    const QString connection = nextConnectionName();
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            problems << db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                problems << q.lastError().text();
            } else {
                while (q.next()) {
                    if (q.value(0).toString() != u"ok")
                        problems << q.value(0).toString();
                }
            }
            q.finish();
        }
    }
    dropConnection(connection);
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n');
}

Status RegistryStore::saveCopy(RegistryRepository &registry, const QString &targetPath)
{
    auto *sqlite = dynamic_cast<storage::SqliteRegistryRepository *>(&registry);
    if (!sqlite)
        return Error::make(tr("Kopien können nur von Registry-Dateien angelegt werden."));
    if (QFileInfo::exists(targetPath) && !QFile::remove(targetPath))
        return Error::at(targetPath, 0, {}, tr("Die vorhandene Datei kann nicht ersetzt werden."));
    // VACUUM INTO writes a consistent, compact copy while the registry stays open.
    storage::SqlStatement q(sqlite->db(), QStringLiteral("VACUUM INTO ?"));
    q.bind(targetPath);
    if (auto s = q.exec(tr("Speichern einer Kopie")); !s.ok())
        return Error::at(targetPath, 0, {}, s.error().message);
    return {};
}

} // namespace netzatlas
