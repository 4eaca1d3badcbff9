// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QDate>
#include <QString>

namespace netzatlas {

/// A contact person of an actor: minimal personal data with a purpose and a review date (DSGVO).
/// Never shown in diagrams, logs or exports unless the user asks for it explicitly.
struct ContactPerson
{
    ContactId id;
    ActorId actor;
    QString name;
    QString function;
    QString email;
    QString phone;
    QString purpose;  ///< purpose of storage (Art. 5 (1) b DSGVO)
    QDate reviewDate; ///< date by which the entry must be reviewed or deleted
    QString notes;
    int rowVersion = 0;

    bool operator==(const ContactPerson &) const = default;
};

} // namespace netzatlas
