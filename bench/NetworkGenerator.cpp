// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "NetworkGenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>

namespace netzatlas::bench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::bench", text);
}

/// Uniform double in [0, 1) from a fully specified engine (std::uniform_real_distribution is not).
double uniform(std::mt19937_64 &random)
{
    return static_cast<double>(random() >> 11) * (1.0 / 9007199254740992.0);
}

struct TypeShare
{
    const char *type;
    const char *kind;
    double share;
};

// Roughly the mix of the demo registry.
const TypeShare Types[] = {
    {"SCHULE", "GS", 0.16},        {"SCHULE", "RSPLUS", 0.04}, {"SCHULE", "IGS", 0.02},
    {"SCHULE", "GYM", 0.02},       {"SCHULE", "BBS", 0.01},    {"KITA", "", 0.22},
    {"FREIER_TRAEGER", "", 0.04},  {"SSA_TEAM", "", 0.03},     {"JUGENDEINRICHTUNG", "", 0.03},
    {"BERATUNGSSTELLE", "", 0.03}, {"VEREIN_SPORT", "", 0.10}, {"VEREIN", "", 0.08},
    {"KIRCHE", "", 0.05},          {"BIBLIOTHEK", "", 0.02},   {"MUSIKSCHULE", "", 0.02},
    {"BETRIEB", "", 0.06},         {"GESUNDHEIT", "", 0.04},   {"FAMILIENZENTRUM", "", 0.03},
};

const char *const LinkTypes[] = {"GANZTAG",         "ELTERNARBEIT",  "PRAEVENTION",        "SPRACHFOERDERUNG",
                                 "LERNORT_NUTZUNG", "FERIENANGEBOT", "BERUFSORIENTIERUNG", "SCHULSOZIALARBEIT",
                                 "ABSTIMMUNG",      "FALLBERATUNG",  "UEBERGANG_KITA_GS",  "UEBERGANG_GS_SEK1"};
const char *const Fields[] = {
    "UEBERGAENGE", "ELTERNARBEIT", "SCHULSOZIALARBEIT",  "GANZTAG",     "PRAEVENTION", "SPRACHFOERDERUNG", "MINT",
    "SOZIALRAUM",  "GESUNDHEIT",   "BERUFSORIENTIERUNG", "KOORDINATION"};
const char *const Formalities[] = {"INFORMELL", "REGELMAESSIG", "VEREINBART", "VERTRAGLICH"};

} // namespace

Result<Scale> scaleByName(const QString &name)
{
    if (name == u"vg")
        return Scale{name, 60, 150, 1, 1, 1, 6};
    if (name == u"kreis")
        return Scale{name, 1500, 6000, 1, 1, 8, 12};
    if (name == u"land")
        return Scale{name, 25000, 120000, 1, 36, 7, 9};
    if (name == u"bund")
        return Scale{name, 300000, 1500000, 16, 25, 12, 10};
    return Error::make(tr("Unbekannte Größe „%1“. Möglich sind: vg, kreis, land, bund.").arg(name));
}

analysis::AnalysisInput generateNetwork(const Scale &scale, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    analysis::AnalysisInput net;
    net.registryTitle = QStringLiteral("Benchmark %1 (Seed %2, generiert)").arg(scale.name).arg(seed);
    net.useSeedCatalogues();

    // Territories: every Gemeinde gets a share of the actors; Gemeinden differ in size (heavy tail too).
    struct Gemeinde
    {
        QString rs;
        int land, kreis, verband;
        double size;
    };
    std::vector<Gemeinde> gemeinden;
    for (int l = 0; l < scale.laender; ++l) {
        const QString land = QStringLiteral("%1").arg(scale.laender == 1 ? 7 : l + 1, 2, 10, QLatin1Char('0'));
        for (int k = 0; k < scale.kreiseProLand; ++k) {
            const QString kreis = land + QStringLiteral("%1").arg(101 + k, 3, 10, QLatin1Char('0'));
            net.youthOfficeTerritories.append(kreis);
            net.territoryNames.insert(kreis, QStringLiteral("Landkreis %1").arg(kreis));
            for (int v = 0; v < scale.verbaendeProKreis; ++v) {
                const QString verband = kreis + QStringLiteral("%1").arg(5001 + v, 4, 10, QLatin1Char('0'));
                net.territoryNames.insert(verband, QStringLiteral("Verbandsgemeinde %1").arg(verband));
                for (int g = 0; g < scale.gemeindenProVerband; ++g) {
                    const QString rs = verband + QStringLiteral("%1").arg(g + 1, 3, 10, QLatin1Char('0'));
                    net.territoryNames.insert(rs, QStringLiteral("Gemeinde %1").arg(rs));
                    gemeinden.push_back({rs, l, l * scale.kreiseProLand + k,
                                         (l * scale.kreiseProLand + k) * scale.verbaendeProKreis + v,
                                         0.3 + 1.0 / std::pow(1.0 - uniform(random), 0.7)});
                }
            }
        }
    }
    double totalSize = 0;
    for (const Gemeinde &g : gemeinden)
        totalSize += g.size;

    // Actors, ordered by Gemeinde so that every territory is a contiguous range.
    struct Place
    {
        int gemeinde, verband, kreis, land;
    };
    std::vector<Place> places;
    std::vector<double> weight;
    net.actors.reserve(scale.actors);
    places.reserve(static_cast<std::size_t>(scale.actors));
    double carry = 0;
    int id = 0;
    auto addActor = [&](const Gemeinde &g, std::size_t gi, const QString &type, const QString &kind, double w) {
        Actor a;
        a.id = ActorId(++id);
        a.key = QStringLiteral("B%1").arg(id);
        a.typeCode = type;
        a.schoolKind = kind;
        a.name = QStringLiteral("%1 %2").arg(kind.isEmpty() ? type : kind).arg(id);
        a.seatRs = g.rs;
        a.scp = type == u"SCHULE" && uniform(random) < 0.15;
        net.actors.append(a);
        places.push_back({static_cast<int>(gi), g.verband, g.kreis, g.land});
        weight.push_back(w);
    };
    for (std::size_t gi = 0; gi < gemeinden.size() && id < scale.actors; ++gi) {
        const Gemeinde &g = gemeinden[gi];
        carry += g.size / totalSize * scale.actors;
        // Administrations: the Kreis (Schulverwaltung and Jugendamt) sits in its first Gemeinde, every
        // Verbandsgemeinde administration in its first Gemeinde; they are hubs.
        const bool firstOfVerband = gi == 0 || gemeinden[gi - 1].verband != g.verband;
        const bool firstOfKreis = gi == 0 || gemeinden[gi - 1].kreis != g.kreis;
        if (firstOfKreis && id + 2 <= scale.actors) {
            addActor(g, gi, QStringLiteral("JUGENDAMT"), {}, 40.0);
            net.actors.last().responsibleFor = {g.rs.left(5)};
            addActor(g, gi, QStringLiteral("SCHULTRAEGER_VERW"), {}, 20.0);
            net.actors.last().responsibleFor = {g.rs.left(5)};
            carry -= 2;
        }
        if (firstOfVerband && id + 1 <= scale.actors) {
            addActor(g, gi, QStringLiteral("SCHULTRAEGER_VERW"), {}, 12.0);
            net.actors.last().responsibleFor = {g.rs.left(9)};
            carry -= 1;
        }
        while (carry >= 1.0 && id < scale.actors) {
            carry -= 1.0;
            double r = uniform(random);
            const TypeShare *type = &Types[0];
            for (const TypeShare &t : Types) {
                if (r < t.share) {
                    type = &t;
                    break;
                }
                r -= t.share;
            }
            // Pareto activity (alpha ≈ 2.2): most actors have a few partners, some hundreds.
            const double w = 1.0 / std::pow(1.0 - uniform(random), 1.0 / 1.2);
            addActor(g, gi, QString::fromLatin1(type->type), QString::fromLatin1(type->kind), std::min(w, 400.0));
        }
    }
    while (id < scale.actors) // rounding rest
        addActor(gemeinden.back(), gemeinden.size() - 1, QStringLiteral("VEREIN"), {}, 1.0);

    // Prefix sums of the weights; territories are contiguous ranges [first, last) of actors.
    const std::size_t n = net.actors.size();
    std::vector<double> prefix(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + weight[i];
    // For every actor and level (Gemeinde, VG, Kreis, Land) the range of actors in the same territory.
    std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> ranges(
        4, std::vector<std::pair<std::uint32_t, std::uint32_t>>(n));
    for (int level = 0; level < 4; ++level) {
        auto key = [&](std::size_t i) {
            const Place &p = places[i];
            return level == 0 ? p.gemeinde : level == 1 ? p.verband : level == 2 ? p.kreis : p.land;
        };
        std::size_t first = 0;
        for (std::size_t i = 1; i <= n; ++i) {
            if (i == n || key(i) != key(first)) {
                for (std::size_t j = first; j < i; ++j)
                    ranges[static_cast<std::size_t>(level)][j] = {static_cast<std::uint32_t>(first),
                                                                  static_cast<std::uint32_t>(i)};
                first = i;
            }
        }
    }
    auto rangeOf = [&](int level, std::size_t actor) {
        const auto r = ranges[static_cast<std::size_t>(level)][actor];
        return std::pair<std::size_t, std::size_t>(r.first, r.second);
    };
    auto pick = [&](std::size_t lo, std::size_t hi) {
        const double target = prefix[lo] + uniform(random) * (prefix[hi] - prefix[lo]);
        auto it = std::upper_bound(prefix.begin() + static_cast<std::ptrdiff_t>(lo) + 1,
                                   prefix.begin() + static_cast<std::ptrdiff_t>(hi) + 1, target);
        return std::min<std::size_t>(hi - 1, static_cast<std::size_t>(it - prefix.begin()) - 1);
    };

    net.links.reserve(scale.links);
    const QDate start(2023, 8, 1);
    for (int i = 0; i < scale.links; ++i) {
        const std::size_t a = pick(0, n);
        // Reach: 55 % same Gemeinde, 25 % same VG, 14 % same Kreis, 5 % same Land, 1 % anywhere.
        const double r = uniform(random);
        const int level = r < 0.55 ? 0 : r < 0.80 ? 1 : r < 0.94 ? 2 : r < 0.99 ? 3 : 4;
        std::size_t lo = 0;
        std::size_t hi = n;
        if (level < 4)
            std::tie(lo, hi) = rangeOf(level, a);
        std::size_t b = pick(lo, hi);
        if (b == a)
            b = pick(0, n);
        if (b == a)
            b = (a + 1) % n;
        CooperationLink l;
        l.id = LinkId(i + 1);
        l.source = net.actors[static_cast<qsizetype>(a)].id;
        l.target = net.actors[static_cast<qsizetype>(b)].id;
        l.typeCode = QString::fromLatin1(LinkTypes[random() % std::size(LinkTypes)]);
        l.actionField = QString::fromLatin1(Fields[random() % std::size(Fields)]);
        l.formality = QString::fromLatin1(Formalities[random() % std::size(Formalities)]);
        l.intensity = 1 + static_cast<int>(random() % 3);
        l.direction = LinkDirection::Undirected;
        // All links are active on the benchmark day (1 March 2025); some end later.
        l.validFrom = start.addDays(static_cast<qint64>(random() % 540));
        if (random() % 8 == 0)
            l.validUntil = l.validFrom.addDays(900 + static_cast<qint64>(random() % 700));
        net.links.append(l);
    }
    return net;
}

Status writeToRegistry(analysis::AnalysisInput &network, RegistryRepository &registry)
{
    return registry.transact([&]() -> Status {
        // Synthetic territories (parents first) so that the seats satisfy the registry's foreign keys.
        QList<Territory> territories;
        QStringList keys = network.territoryNames.keys();
        QSet<QString> laender;
        for (const QString &rs : keys)
            laender.insert(rs.left(2));
        for (const QString &land : laender)
            keys.append(land);
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
        for (const QString &rs : keys) {
            Territory t;
            t.rs = rs;
            t.ags = rs.size() == 12 ? rs.left(5) + rs.right(3) : rs;
            t.level = rs.size() == 2   ? TerritoryLevel::Land
                      : rs.size() == 5 ? TerritoryLevel::Kreis
                      : rs.size() == 9 ? TerritoryLevel::Gemeindeverband
                                       : TerritoryLevel::Gemeinde;
            t.typeCode = rs.size() == 5    ? TerritoryType::Landkreis
                         : rs.size() == 9  ? TerritoryType::Verbandsgemeinde
                         : rs.size() == 12 ? TerritoryType::KreisangehoerigeGemeinde
                                           : 0;
            t.name = network.territoryNames.value(rs, QStringLiteral("Land %1").arg(rs));
            t.parentRs = rs.size() == 2   ? QString()
                         : rs.size() == 5 ? rs.left(2)
                         : rs.size() == 9 ? rs.left(5)
                                          : rs.left(9);
            t.gebietsstand = QDate(2023, 11, 30);
            territories.append(t);
        }
        NETZATLAS_TRY(registry.upsertTerritories(territories));
        QHash<qint64, ActorId> stored;
        stored.reserve(network.actors.size());
        for (Actor &a : network.actors) {
            NETZATLAS_TRY_ASSIGN(newId, registry.insertActor(a));
            stored.insert(a.id.value, newId);
            a.id = newId;
        }
        for (CooperationLink &l : network.links) {
            l.source = stored.value(l.source.value);
            l.target = stored.value(l.target.value);
            NETZATLAS_TRY_ASSIGN(newId, registry.insertLink(l));
            l.id = newId;
        }
        NETZATLAS_TRY(registry.setMetaValue(QStringLiteral("title"), network.registryTitle));
        return registry.setYouthOfficeTerritories(network.youthOfficeTerritories);
    });
}

} // namespace netzatlas::bench
