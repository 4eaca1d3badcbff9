// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Schema.h"

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/storage/RegistryStore.h>

#include <memory>

namespace netzatlas::storage {

/// Opens a SQLite registry with an explicit schema history. RegistryStore::openSqlite() uses the history of
/// this build; tests pass their own to exercise step-by-step migration, backups and rollback.
Result<std::unique_ptr<RegistryRepository>> openSqliteWith(const QString &path, const OpenOptions &options,
                                                           const QList<Migration> &history);

/// The file name of the copy taken before migrating a file from `fromVersion`.
QString backupPathFor(const QString &path, int fromVersion);

} // namespace netzatlas::storage
