// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/CooperationLink.h>
#include <netzatlas/core/Text.h>

namespace netzatlas {

QString linkDirectionCode(LinkDirection direction)
{
    return direction == LinkDirection::Directed ? QStringLiteral("->") : QStringLiteral("<->");
}

bool linkDirectionFromText(const QString &text, LinkDirection *direction)
{
    const QString t = Text::fold(text).remove(u' ');
    if (t == u"->" || t == u"→" || t == u"gerichtet" || t == u"directed" || t == u"1" || t == u"ja") {
        *direction = LinkDirection::Directed;
        return true;
    }
    if (t.isEmpty() || t == u"<->" || t == u"↔" || t == u"ungerichtet" || t == u"undirected" || t == u"beidseitig"
        || t == u"0" || t == u"nein") {
        *direction = LinkDirection::Undirected;
        return true;
    }
    return false;
}

bool CooperationLink::isActiveAt(const QDate &day) const
{
    if (validFrom.isValid() && day < validFrom)
        return false;
    if (validUntil.isValid() && day > validUntil)
        return false;
    // Planned and dormant links do not carry cooperation; an ended link without an end date ended at
    // an unknown day, so it counts as gone. An ended link with an end date was active until then.
    if (status == u"GEPLANT" || status == u"RUHEND")
        return false;
    if (status == u"BEENDET" && !validUntil.isValid())
        return false;
    return true;
}

bool CooperationLink::sameContent(const CooperationLink &other) const
{
    CooperationLink a = *this;
    CooperationLink b = other;
    a.id = b.id = LinkId{};
    a.rowVersion = b.rowVersion = 0;
    return a == b;
}

} // namespace netzatlas
