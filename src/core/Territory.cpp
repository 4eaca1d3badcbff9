// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Territory.h>

#include <QCoreApplication>

namespace netzatlas {

QString territoryLevelCode(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Land: return QStringLiteral("land");
    case TerritoryLevel::Regierungsbezirk: return QStringLiteral("regierungsbezirk");
    case TerritoryLevel::Kreis: return QStringLiteral("kreis");
    case TerritoryLevel::Gemeindeverband: return QStringLiteral("gemeindeverband");
    case TerritoryLevel::Gemeinde: return QStringLiteral("gemeinde");
    }
    return {};
}

bool territoryLevelFromCode(const QString &code, TerritoryLevel *level)
{
    static const std::pair<const char16_t *, TerritoryLevel> table[] = {
        {u"land", TerritoryLevel::Land},
        {u"regierungsbezirk", TerritoryLevel::Regierungsbezirk},
        {u"kreis", TerritoryLevel::Kreis},
        {u"gemeindeverband", TerritoryLevel::Gemeindeverband},
        {u"gemeinde", TerritoryLevel::Gemeinde},
    };
    for (const auto &[text, value] : table) {
        if (code == QStringView(text)) {
            *level = value;
            return true;
        }
    }
    return false;
}

QString territoryLevelLabel(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Land: return QCoreApplication::translate("netzatlas::Territory", "Land");
    case TerritoryLevel::Regierungsbezirk:
        return QCoreApplication::translate("netzatlas::Territory", "ehem. Regierungsbezirk");
    case TerritoryLevel::Kreis: return QCoreApplication::translate("netzatlas::Territory", "Kreis");
    case TerritoryLevel::Gemeindeverband: return QCoreApplication::translate("netzatlas::Territory", "Gemeindeverband");
    case TerritoryLevel::Gemeinde: return QCoreApplication::translate("netzatlas::Territory", "Gemeinde");
    }
    return {};
}

QString Territory::displayName() const
{
    // Destatis appends the kind after a comma: "Bad Kreuznach, Stadt", "Mainz, Stadt".
    const qsizetype comma = name.indexOf(u',');
    return comma > 0 ? name.left(comma).trimmed() : name;
}

QString Territory::qualifiedName() const
{
    const QString plain = displayName();
    switch (level) {
    case TerritoryLevel::Land:
    case TerritoryLevel::Regierungsbezirk: return plain;
    case TerritoryLevel::Kreis:
        if (typeCode == TerritoryType::KreisfreieStadtKreis || typeCode == TerritoryType::Stadtkreis)
            return QCoreApplication::translate("netzatlas::Territory", "Stadt %1").arg(plain);
        // Names that already say what they are: "Rhein-Hunsrück-Kreis", "Eifelkreis Bitburg-Prüm",
        // "Region Hannover", "Städteregion Aachen", "Regionalverband Saarbrücken".
        if (plain.contains(QStringLiteral("kreis"), Qt::CaseInsensitive) || plain.startsWith(QStringLiteral("Region"))
            || plain.startsWith(QStringLiteral("Städteregion")))
            return plain;
        if (typeCode == TerritoryType::Kreis)
            return QCoreApplication::translate("netzatlas::Territory", "Kreis %1").arg(plain);
        return QCoreApplication::translate("netzatlas::Territory", "Landkreis %1").arg(plain);
    case TerritoryLevel::Gemeindeverband:
        if (typeCode == TerritoryType::Verbandsgemeinde)
            return QCoreApplication::translate("netzatlas::Territory", "Verbandsgemeinde %1").arg(plain);
        if (name.contains(QStringLiteral(", Stadt")))
            return QCoreApplication::translate("netzatlas::Territory", "Stadt %1").arg(plain);
        return plain;
    case TerritoryLevel::Gemeinde:
        if (typeCode == TerritoryType::KreisfreieStadt || typeCode == TerritoryType::Stadt)
            return QCoreApplication::translate("netzatlas::Territory", "Stadt %1").arg(plain);
        return QCoreApplication::translate("netzatlas::Territory", "Gemeinde %1").arg(plain);
    }
    return plain;
}

namespace RegionalKey {

bool isValid(const QString &rs)
{
    const qsizetype n = rs.size();
    if (n != 2 && n != 3 && n != 5 && n != 9 && n != 12)
        return false;
    for (const QChar c : rs) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isAgs(const QString &key)
{
    if (key.size() != 8)
        return false;
    for (const QChar c : key) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString landOf(const QString &rs)
{
    return rs.size() >= 2 ? rs.left(2) : QString();
}

QString kreisOf(const QString &rs)
{
    return rs.size() >= 5 ? rs.left(5) : QString();
}

QString gemeindeverbandOf(const QString &rs)
{
    return rs.size() >= 9 ? rs.left(9) : QString();
}

bool sameKreis(const QString &a, const QString &b)
{
    const QString ka = kreisOf(a);
    return !ka.isEmpty() && ka == kreisOf(b);
}

bool sameGemeindeverband(const QString &a, const QString &b)
{
    const QString va = gemeindeverbandOf(a);
    return !va.isEmpty() && va == gemeindeverbandOf(b);
}

bool contains(const QString &ancestorRs, const QString &rs)
{
    return !ancestorRs.isEmpty() && rs.startsWith(ancestorRs);
}

QString agsOfGemeinde(const QString &rs)
{
    if (rs.size() != 12)
        return {};
    return rs.left(5) + rs.right(3);
}

} // namespace RegionalKey

} // namespace netzatlas
