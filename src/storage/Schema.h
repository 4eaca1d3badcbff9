// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace netzatlas::storage {

/// "NZA1": marks a SQLite file as a Netzatlas registry (PRAGMA application_id).
inline constexpr qint32 ApplicationId = 0x4E5A4131;

/// One step of the schema history: brings the schema from `version - 1` to `version`.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; ///< SQL run in order inside the migration transaction
};

/// The schema history of this build, in order. The last version is the current one.
const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace netzatlas::storage
