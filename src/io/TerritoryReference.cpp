// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/TerritoryReference.h>

#include <netzatlas/core/Text.h>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>

namespace netzatlas::TerritoryReference {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::TerritoryReference", text);
}

/// The bundled table, parsed once (16,000 rows) for lookups of single keys.
struct BundledIndex
{
    QHash<QString, Territory> byRs;
    QHash<QString, QString> rsByAgs;
    bool loaded = false;
};

BundledIndex &bundledIndex()
{
    static BundledIndex index;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!index.loaded) {
        index.loaded = true;
        auto all = read(bundledPath(), QStringLiteral("all"));
        if (all.ok()) {
            for (const Territory &t : *all) {
                index.byRs.insert(t.rs, t);
                if (t.level == TerritoryLevel::Gemeinde && !t.ags.isEmpty())
                    index.rsByAgs.insert(t.ags, t.rs);
            }
        }
    }
    return index;
}

} // namespace

QString bundledPath()
{
    return QStringLiteral(":/netzatlas/data/gebiete-de.csv");
}

QString bundledStatusPath()
{
    return QStringLiteral(":/netzatlas/data/territory-status.csv");
}

QString attribution()
{
    return QStringLiteral("© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Gebietsstand 30.11.2023 – "
                          "Datenlizenz Deutschland – Namensnennung – Version 2.0");
}

Result<QList<Territory>> read(const QString &path, const QString &land)
{
    NETZATLAS_TRY_ASSIGN(table, CsvReader::readFile(path));
    const QStringList required = {QStringLiteral("rs"),   QStringLiteral("ags"),       QStringLiteral("ebene"),
                                  QStringLiteral("typ"),  QStringLiteral("typ_name"),  QStringLiteral("name"),
                                  QStringLiteral("parent_rs")};
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < table.header.size(); ++i)
        column.insert(table.header.at(i).trimmed().toLower(), i);
    for (const QString &name : required) {
        if (!column.contains(name))
            return Error::at(path, 1, name, tr("Die Spalte fehlt; erwartet wird das Format von gebiete-de.csv "
                                               "(rs, ags, ebene, typ, typ_name, name, parent_rs, …)."));
    }
    QSet<QString> lands;
    const bool all = land.trimmed().compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0
                     || land.trimmed().compare(QStringLiteral("alle"), Qt::CaseInsensitive) == 0;
    if (!all) {
        for (const QString &part : land.split(u',', Qt::SkipEmptyParts)) {
            QString code = part.trimmed();
            if (code.size() == 1)
                code.prepend(u'0');
            if (code.size() != 2 || !code.at(0).isDigit() || !code.at(1).isDigit())
                return Error::at({}, 0, QStringLiteral("--land"),
                                 tr("„%1“ ist kein Landesschlüssel (zwei Ziffern, z. B. 07 für Rheinland-Pfalz, oder "
                                    "„all“).")
                                     .arg(part));
            lands.insert(code);
        }
    }
    auto cell = [&](const TableRow &row, const QString &name) {
        const qsizetype idx = column.value(name, -1);
        return idx >= 0 && idx < row.cells.size() ? row.cells.at(idx).trimmed() : QString();
    };
    QList<Territory> result;
    for (const TableRow &row : table.rows) {
        Territory t;
        t.rs = cell(row, QStringLiteral("rs"));
        if (!all && !lands.contains(t.rs.left(2)))
            continue;
        if (!RegionalKey::isValid(t.rs))
            return Error::at(path, row.line, QStringLiteral("rs"), tr("„%1“ ist kein gültiger Regionalschlüssel.").arg(t.rs));
        if (!territoryLevelFromCode(cell(row, QStringLiteral("ebene")), &t.level))
            return Error::at(path, row.line, QStringLiteral("ebene"),
                             tr("Die Ebene „%1“ ist unbekannt.").arg(cell(row, QStringLiteral("ebene"))));
        t.ags = cell(row, QStringLiteral("ags"));
        t.typeCode = cell(row, QStringLiteral("typ")).toInt();
        t.typeName = cell(row, QStringLiteral("typ_name"));
        t.name = cell(row, QStringLiteral("name"));
        if (t.name.isEmpty())
            return Error::at(path, row.line, QStringLiteral("name"), tr("Der Name fehlt."));
        t.parentRs = cell(row, QStringLiteral("parent_rs"));
        t.population = cell(row, QStringLiteral("einwohner")).toLongLong();
        t.areaHa = cell(row, QStringLiteral("flaeche_ha")).toLongLong();
        t.postcode = cell(row, QStringLiteral("plz"));
        t.gebietsstand = QDate::fromString(cell(row, QStringLiteral("gebietsstand")), Qt::ISODate);
        result.append(t);
    }
    if (result.isEmpty())
        return Error::at(path, 0, QStringLiteral("--land"), tr("Für „%1“ enthält die Datei keine Gebiete.").arg(land));
    // Parents before children: shorter keys first.
    std::stable_sort(result.begin(), result.end(), [](const Territory &a, const Territory &b) {
        return a.rs.size() != b.rs.size() ? a.rs.size() < b.rs.size() : a.rs < b.rs;
    });
    // A parent outside the selection (none in GV100AD, but possible in user files) would break the tree.
    QSet<QString> keys;
    for (const Territory &t : result)
        keys.insert(t.rs);
    for (Territory &t : result) {
        if (!t.parentRs.isEmpty() && !keys.contains(t.parentRs))
            return Error::at(path, 0, QStringLiteral("parent_rs"),
                             tr("Das übergeordnete Gebiet „%1“ von „%2“ fehlt in der Datei.").arg(t.parentRs, t.rs));
    }
    return result;
}

Result<QList<TerritoryStatusRow>> readStatus(const QString &path)
{
    NETZATLAS_TRY_ASSIGN(table, CsvReader::readFile(path));
    const qsizetype rsCol = table.header.indexOf(QStringLiteral("rs"));
    const qsizetype largeCol = table.header.indexOf(QStringLiteral("large_city"));
    const qsizetype officeCol = table.header.indexOf(QStringLiteral("own_youth_office"));
    if (rsCol < 0 || largeCol < 0 || officeCol < 0)
        return Error::at(path, 1, {}, tr("Erwartet werden die Spalten rs, large_city und own_youth_office."));
    QList<TerritoryStatusRow> rows;
    for (const TableRow &row : table.rows) {
        TerritoryStatusRow s;
        s.rs = row.cells.value(rsCol).trimmed();
        s.largeCity = row.cells.value(largeCol).trimmed() == u"1";
        s.ownYouthOffice = row.cells.value(officeCol).trimmed() == u"1";
        if (!RegionalKey::isValid(s.rs))
            return Error::at(path, row.line, QStringLiteral("rs"), tr("„%1“ ist kein gültiger Regionalschlüssel.").arg(s.rs));
        rows.append(s);
    }
    return rows;
}

Status load(RegistryRepository &registry, const QString &path, const QString &land)
{
    NETZATLAS_TRY_ASSIGN(territories, read(path, land));
    NETZATLAS_TRY_ASSIGN(status, readStatus(bundledStatusPath()));
    QSet<QString> loaded;
    for (const Territory &t : territories)
        loaded.insert(t.rs);
    return registry.transact([&]() -> Status {
        NETZATLAS_TRY(registry.upsertTerritories(territories));
        NETZATLAS_TRY_ASSIGN(offices, registry.youthOfficeTerritories());
        NETZATLAS_TRY_ASSIGN(cities, registry.largeCityTerritories());
        for (const TerritoryStatusRow &row : status) {
            if (!loaded.contains(row.rs))
                continue;
            if (row.ownYouthOffice && !offices.contains(row.rs))
                offices << row.rs;
            if (row.largeCity && !cities.contains(row.rs))
                cities << row.rs;
        }
        NETZATLAS_TRY(registry.setYouthOfficeTerritories(offices));
        NETZATLAS_TRY(registry.setLargeCityTerritories(cities));
        return registry.setMetaValue(QStringLiteral("territories_source"), attribution());
    });
}

Result<bool> ensureLoaded(RegistryRepository &registry, const QString &rs)
{
    NETZATLAS_TRY_ASSIGN(existing, registry.territory(rs));
    if (existing)
        return true;
    const BundledIndex &index = bundledIndex();
    if (!index.byRs.contains(rs))
        return false;
    QList<Territory> chain;
    QString current = rs;
    while (!current.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(stored, registry.territory(current));
        if (stored)
            break;
        const auto it = index.byRs.constFind(current);
        if (it == index.byRs.constEnd())
            break;
        chain.prepend(*it);
        current = it->parentRs;
    }
    NETZATLAS_TRY(registry.upsertTerritories(chain));
    return true;
}

QString rsForAgs(const QString &ags)
{
    return bundledIndex().rsByAgs.value(ags);
}

} // namespace netzatlas::TerritoryReference
