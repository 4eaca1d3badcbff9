// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/DemoRegistryBuilder.h>
#include <netzatlas/io/RegistrySetup.h>
#include <netzatlas/io/TerritoryReference.h>

#include <QCoreApplication>

namespace netzatlas::RegistrySetup {

Status initialize(RegistryRepository &registry, const InitOptions &options)
{
    return registry.transact([&]() -> Status {
        QString land = options.land;
        if (options.demo && land != u"all" && !land.split(u',').contains(QStringLiteral("07")))
            land += QStringLiteral(",07"); // the demo lives in Rhineland-Palatinate
        const QString path = options.territoriesFile.isEmpty() ? TerritoryReference::bundledPath() : options.territoriesFile;
        NETZATLAS_TRY(TerritoryReference::load(registry, path, land));
        if (options.demo) {
            DemoRegistryBuilder builder(registry);
            NETZATLAS_TRY(builder.build());
        } else {
            const QString title = options.title.isEmpty()
                                      ? QCoreApplication::translate("netzatlas::RegistrySetup", "Neue Registry")
                                      : options.title;
            NETZATLAS_TRY(registry.setMetaValue(QStringLiteral("title"), title));
        }
        if (!options.title.isEmpty())
            NETZATLAS_TRY(registry.setMetaValue(QStringLiteral("title"), options.title));
        return {};
    });
}

} // namespace netzatlas::RegistrySetup
