// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QDate>
#include <QString>

namespace netzatlas {

enum class LinkDirection {
    Directed,   ///< source → target
    Undirected, ///< source ↔ target
};

[[nodiscard]] QString linkDirectionCode(LinkDirection direction); ///< "->" or "<->"
[[nodiscard]] bool linkDirectionFromText(const QString &text, LinkDirection *direction);

/// A typed, dated cooperation between two actors. Several links between the same pair are allowed
/// (a multiplex network).
struct CooperationLink
{
    LinkId id;
    ActorId source;
    ActorId target;
    QString typeCode;    ///< link type catalogue code
    QString actionField; ///< Handlungsfeld catalogue code, may be empty
    LinkDirection direction = LinkDirection::Undirected;
    QString formality = QStringLiteral("INFORMELL"); ///< vocabulary Formality
    int intensity = 1;   ///< 1 (gering) … 3 (hoch)
    QDate validFrom;     ///< null = since ever
    QDate validUntil;    ///< null = open-ended; inclusive last day
    QString status = QStringLiteral("AKTIV"); ///< vocabulary LinkStatus
    MeasureId measure;   ///< related SCP measure, may be invalid
    QString note;
    int rowVersion = 0;

    /// True when the link is in force on that day (status not ended and date within validity).
    [[nodiscard]] bool isActiveAt(const QDate &day) const;
    [[nodiscard]] bool sameContent(const CooperationLink &other) const;
    bool operator==(const CooperationLink &) const = default;
};

} // namespace netzatlas
