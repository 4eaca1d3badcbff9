// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Responsibility.h>
#include <netzatlas/core/Territory.h>

namespace netzatlas::Responsibility {

QString youthOfficeFor(const QString &seatRs, const QStringList &youthOfficeTerritories)
{
    QString best;
    for (const QString &rs : youthOfficeTerritories) {
        if (seatRs.startsWith(rs) && rs.size() > best.size())
            best = rs;
    }
    return best;
}

QString suggestSchoolAuthority(const QString &schoolKind, const QString &specialNeedsFocus, const QString &seatRs,
                               const QStringList &largeCities)
{
    if (seatRs.size() < 5)
        return {};
    const QString kreis = RegionalKey::kreisOf(seatRs);
    const QString verband = RegionalKey::gemeindeverbandOf(seatRs);
    // A kreisfreie Stadt has Gemeindeverband code 0000: it is its own Kreis.
    const bool kreisfrei = verband.size() == 9 && verband.mid(5) == u"0000";
    if (kreisfrei)
        return kreis;
    const bool municipalLevel = schoolKind == u"GS" || schoolKind == u"RSPLUS" || schoolKind == u"GS_RSPLUS"
                                || schoolKind == u"GHS"
                                || (schoolKind == u"FOES" && specialNeedsFocus.trimmed().toUpper() == u"L");
    if (municipalLevel) {
        if (verband.isEmpty())
            return {};
        return verband;
    }
    if (schoolKind == u"SONST")
        return {};
    Q_UNUSED(largeCities);
    return kreis;
}

} // namespace netzatlas::Responsibility
