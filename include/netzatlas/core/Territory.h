// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

namespace netzatlas {

/// The official administrative levels of the Destatis Gemeindeverzeichnis (GV100AD).
enum class TerritoryLevel {
    Land,
    Regierungsbezirk,
    Kreis,
    Gemeindeverband,
    Gemeinde,
};

/// Codes as stored ("land", "kreis", …) and back.
[[nodiscard]] QString territoryLevelCode(TerritoryLevel level);
[[nodiscard]] bool territoryLevelFromCode(const QString &code, TerritoryLevel *level);
/// Translated display name ("Kreis", "Verbandsgemeinde" …) of a level.
[[nodiscard]] QString territoryLevelLabel(TerritoryLevel level);

/// Destatis type codes used by the application's rules.
namespace TerritoryType {
inline constexpr int KreisfreieStadtKreis = 41;
inline constexpr int Stadtkreis = 42; ///< Baden-Württemberg's kreisfreie Städte
inline constexpr int Kreis = 43;      ///< Kreise in Schleswig-Holstein and North Rhine-Westphalia
inline constexpr int Landkreis = 44;
inline constexpr int VerbandsfreieGemeinde = 50;
inline constexpr int Verbandsgemeinde = 53;
inline constexpr int KreisfreieStadt = 61;
inline constexpr int Stadt = 63;
inline constexpr int KreisangehoerigeGemeinde = 64;
} // namespace TerritoryType

/// A Gebietskörperschaft or administrative unit, keyed by its Regionalschlüssel (RS/ARS, 2–12 digits).
/// Territories are reference data, not actors.
struct Territory
{
    QString rs;          ///< Regionalschlüssel: 2 (Land), 3 (RB), 5 (Kreis), 9 (Gemeindeverband), 12 (Gemeinde)
    QString ags;         ///< 8-digit AGS for Gemeinden, the RS prefix otherwise
    TerritoryLevel level = TerritoryLevel::Gemeinde;
    int typeCode = 0;    ///< Destatis type code, 0 when the level has none
    QString typeName;    ///< Destatis type name ("Verbandsgemeinde", …)
    QString name;        ///< official name as in the Gemeindeverzeichnis ("Bad Kreuznach, Stadt")
    QString parentRs;    ///< empty for a Land
    qint64 population = 0;
    qint64 areaHa = 0;
    QString postcode;    ///< main postcode of a Gemeinde
    QDate gebietsstand;  ///< reference date of the territorial data

    /// Name without the Destatis suffix ("Bad Kreuznach, Stadt" → "Bad Kreuznach").
    [[nodiscard]] QString displayName() const;
    /// "Verbandsgemeinde Rüdesheim", "Landkreis Bad Kreuznach", "Stadt Bad Kreuznach".
    [[nodiscard]] QString qualifiedName() const;

    bool operator==(const Territory &) const = default;
};

/// Pure functions on Regionalschlüssel strings. Containment is a prefix test (domain §2.2).
namespace RegionalKey {
[[nodiscard]] bool isValid(const QString &rs);
[[nodiscard]] bool isAgs(const QString &key); ///< 8 digits
[[nodiscard]] QString landOf(const QString &rs);
[[nodiscard]] QString kreisOf(const QString &rs);           ///< first 5 digits, empty if shorter
[[nodiscard]] QString gemeindeverbandOf(const QString &rs); ///< first 9 digits, empty if shorter
[[nodiscard]] bool sameKreis(const QString &a, const QString &b);
[[nodiscard]] bool sameGemeindeverband(const QString &a, const QString &b);
[[nodiscard]] bool contains(const QString &ancestorRs, const QString &rs);
/// 12-digit ARS of a Gemeinde → its 8-digit AGS (Land+RB+Kreis+Gemeinde).
[[nodiscard]] QString agsOfGemeinde(const QString &rs);
} // namespace RegionalKey

} // namespace netzatlas
