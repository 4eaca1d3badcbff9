// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace netzatlas::Responsibility {

/// The Jugendamt responsible for a seat (domain §3.3): the territory with a Jugendamt of its own whose
/// Regionalschlüssel is the longest prefix of `seatRs` (a city with its own Jugendamt before its Kreis).
/// `youthOfficeTerritories` is data from the registry, never a constant. Empty when none matches.
[[nodiscard]] QString youthOfficeFor(const QString &seatRs, const QStringList &youthOfficeTerritories);

/// Suggests the Schulträger (a Regionalschlüssel) of a school by § 76 SchulG RLP (domain §3.2):
///  - Grundschule: the Verbandsgemeinde, the verbandsfreie Gemeinde or the kreisfreie Stadt;
///  - Realschule plus, Grund- und Realschule plus, Grund- und Hauptschule, Förderschule Lernen: the same
///    (a Landkreis is possible, the user decides);
///  - Gymnasium, IGS, KGS, RS+ mit FOS, BBS, other Förderschulen: the Landkreis or kreisfreie Stadt.
/// `largeCities` are große kreisangehörige Städte. Empty when the seat is too coarse to decide.
[[nodiscard]] QString suggestSchoolAuthority(const QString &schoolKind, const QString &specialNeedsFocus,
                                             const QString &seatRs, const QStringList &largeCities = {});

} // namespace netzatlas::Responsibility
