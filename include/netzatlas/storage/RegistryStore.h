// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>

#include <QString>

#include <memory>

namespace netzatlas {

/// How to open a registry.
struct OpenOptions
{
    bool create = false;   ///< create the file (and schema) when it does not exist or is empty
    bool readOnly = false; ///< open without write access (a second process, a file on a read-only share)
    int busyTimeoutMs = 30000; ///< how long a writer waits for another writer before giving up
};

/// What a registry file is, found out without changing it.
struct RegistryFileInfo
{
    enum class Kind {
        Missing,        ///< no such file
        Empty,          ///< a zero-length file or an SQLite file without tables
        Registry,       ///< a Netzatlas registry this build can open
        NeedsMigration, ///< a Netzatlas registry of an older schema
        Newer,          ///< a Netzatlas registry of a newer schema than this build knows
        Foreign,        ///< an SQLite database of another application
        NotSqlite,      ///< not an SQLite database at all
    };
    Kind kind = Kind::Missing;
    int schemaVersion = 0;
};

/// Opening and creating registries. SQLite files are the embedded default.
namespace RegistryStore {

/// Inspects the file header only (no SQLite connection, no side files).
[[nodiscard]] RegistryFileInfo inspect(const QString &path);

/// Opens (and with `options.create` creates) a SQLite registry. Sets foreign_keys=ON, synchronous=FULL,
/// WAL for local files, application_id and user_version; migrates older schemas step by step in one
/// transaction after copying the file to "<name>.v<N>.bak". Refuses files that are not Netzatlas
/// registries, are newer than this build, or fail `PRAGMA quick_check`, and leaves them untouched.
/// `path` may be ":memory:" for a private in-memory registry.
[[nodiscard]] Result<std::unique_ptr<RegistryRepository>> openSqlite(const QString &path, const OpenOptions &options = {});

/// Opens a registry by location: a file path (SQLite) or a postgresql:// URL where that back end exists.
[[nodiscard]] Result<std::unique_ptr<RegistryRepository>> open(const QString &location, const OpenOptions &options = {});

/// The schema version this build writes.
[[nodiscard]] int currentSchemaVersion();

/// Runs `PRAGMA integrity_check` on a registry file; returns "ok" or the first problems found.
[[nodiscard]] Result<QString> integrityCheck(const QString &path);

/// Consistent copy of an open registry to `targetPath` (SQLite VACUUM INTO); the target must not exist.
[[nodiscard]] Status saveCopy(RegistryRepository &registry, const QString &targetPath);

} // namespace RegistryStore

} // namespace netzatlas
