// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: opening a registry file as a user's double-click does (header inspection, SQLite open,
// quick_check, schema checks, migration) and reading everything in it.
#include "FuzzSupport.h"

#include <netzatlas/storage/RegistryStore.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdlib>

namespace {

QString g_dir;

void removeAll(const QString &path)
{
    QDir dir(g_dir);
    const QString base = QFileInfo(path).fileName();
    for (const QString &f : dir.entryList({base + QStringLiteral("*")}, QDir::Files))
        dir.remove(f);
}

} // namespace

/// NETZATLAS_FUZZ_WRITE_SEED=FILE: writes a small registry (schema, a territory, two actors, a link) as a seed for
/// the corpus and exits; scripts/fuzz.sh uses it, so that the seed always has this build's schema.
void writeSeed(const QString &path)
{
    using namespace netzatlas;
    QFile::remove(path);
    OpenOptions create;
    create.create = true;
    auto registry = RegistryStore::openSqlite(path, create);
    if (!registry.ok())
        std::exit(1);
    RegistryRepository &r = **registry;
    Status status = r.transact([&]() -> Status {
        Territory land;
        land.rs = QStringLiteral("07");
        land.name = QStringLiteral("Rheinland-Pfalz");
        land.level = TerritoryLevel::Land;
        NETZATLAS_TRY(r.upsertTerritories({land}));
        Actor school;
        school.key = QStringLiteral("S1");
        school.typeCode = QStringLiteral("SCHULE");
        school.schoolKind = QStringLiteral("GS");
        school.name = QStringLiteral("Grundschule Am Bach");
        school.seatRs = QStringLiteral("07");
        school.scp = true;
        NETZATLAS_TRY_ASSIGN(schoolId, r.insertActor(school));
        Actor kita;
        kita.key = QStringLiteral("K1");
        kita.typeCode = QStringLiteral("KITA");
        kita.name = QStringLiteral("Kita Süd");
        NETZATLAS_TRY_ASSIGN(kitaId, r.insertActor(kita));
        CooperationLink link;
        link.source = kitaId;
        link.target = schoolId;
        link.typeCode = QStringLiteral("UEBERGANG_KITA_GS");
        link.validFrom = QDate(2024, 8, 1);
        NETZATLAS_TRY(r.insertLink(link));
        return {};
    });
    std::exit(status.ok() ? 0 : 2);
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    netzatlas::fuzz::initQt();
    if (qEnvironmentVariableIsSet("NETZATLAS_FUZZ_WRITE_SEED"))
        writeSeed(qEnvironmentVariable("NETZATLAS_FUZZ_WRITE_SEED"));
    g_dir = QDir::temp().filePath(QStringLiteral("netzatlas-fuzz-registry-%1").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(g_dir);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace netzatlas;
    const QString path = QDir(g_dir).filePath(QStringLiteral("registry.sqlite"));
    removeAll(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    (void)RegistryStore::inspect(path);
    OpenOptions options;
    options.busyTimeoutMs = 100;
    {
        auto registry = RegistryStore::openSqlite(path, options);
        if (registry.ok()) {
            RegistryRepository &r = **registry;
            (void)r.actors();
            (void)r.links();
            (void)r.committees();
            (void)r.measures();
            (void)r.budgets();
            (void)r.views();
            (void)r.counts();
            (void)r.allTerritories();
            for (CatalogueKind kind : {CatalogueKind::ActorType, CatalogueKind::LinkType, CatalogueKind::ActionField})
                (void)r.catalogue(kind);
        } else if (registry.error().message.isEmpty()) {
            __builtin_trap();
        }
    }
    removeAll(path);
    return 0;
}
