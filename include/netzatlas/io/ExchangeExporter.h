// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/io/CsvWriter.h>

#include <QHash>
#include <QString>
#include <QStringList>

namespace netzatlas {

/// Writes the exchange CSV of docs/cli.md (UTF-8 with BOM, `;`): the contract columns first, then the further
/// actor fields, so that a registry survives a round trip. Contact persons are never written.
namespace ExchangeExporter {

/// Column names of the actor table (contract columns first).
[[nodiscard]] QStringList actorColumns();
[[nodiscard]] QStringList linkColumns();
/// One actor as the cells of actorColumns(); one link as the cells of linkColumns() (`keys`: actor id → key).
[[nodiscard]] QStringList actorRow(const Actor &actor);
[[nodiscard]] QStringList linkRow(const CooperationLink &link, const QHash<qint64, QString> &keys);

[[nodiscard]] Result<CsvWriter> actorsCsv(RegistryRepository &registry);
[[nodiscard]] Result<CsvWriter> linksCsv(RegistryRepository &registry);

/// Writes actors and/or links. `path` is a file (one table) or, for both tables, a directory that receives
/// akteure.csv and verbindungen.csv. Atomic per file.
enum class Tables { Actors, Links, Both };
[[nodiscard]] Result<QStringList> writeCsv(RegistryRepository &registry, const QString &path, Tables tables);

} // namespace ExchangeExporter

} // namespace netzatlas
