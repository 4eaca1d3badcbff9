// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "InitCommand.h"

#include "CommandSupport.h"

#include <netzatlas/io/RegistrySetup.h>
#include <netzatlas/storage/RegistryStore.h>

#include <QFile>
#include <QFileInfo>

namespace netzatlas::cli {

QString InitCommand::summary() const
{
    return tr("legt eine neue Registry an (mit Gebieten, wahlweise mit Demo-Netzwerk)");
}

QString InitCommand::usage() const
{
    return QStringLiteral("netzatlas-cli init REGISTRY [--demo] [--territories FILE] [--land 07|all] [--title TEXT]");
}

int InitCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Demo-Netzwerk (fiktiv) im Landkreis Bad Kreuznach anlegen"));
    const QCommandLineOption territories(QStringLiteral("territories"), tr("Gebietsdatei im Format von gebiete-de.csv"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption land(QStringLiteral("land"), tr("Landesschlüssel (07 = Rheinland-Pfalz) oder „all“"),
                                  QStringLiteral("CODE"), QStringLiteral("07"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Titel der Registry"), QStringLiteral("TEXT"));
    parser.addOptions({demo, territories, land, title});
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("Pfad der neuen Registry-Datei"));
    if (!parseArguments(parser, arguments, *this, context))
        return Usage;
    const std::optional<QString> registryPath = registryPathArgument(parser, *this, context);
    if (!registryPath)
        return Usage;
    const QString path = *registryPath;
    const auto info = RegistryStore::inspect(path);
    if (info.kind != RegistryFileInfo::Kind::Missing && info.kind != RegistryFileInfo::Kind::Empty) {
        printError(context, Error::at(path, 0, {}, tr("Die Datei gibt es schon; sie wird nicht überschrieben.")));
        return Rejected;
    }
    const bool existedBefore = QFileInfo::exists(path);
    auto removeCreated = [&]() {
        if (existedBefore)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    };
    int code = Success;
    {
        OpenOptions options;
        options.create = true;
        auto registry = RegistryStore::openSqlite(path, options);
        if (!registry.ok()) {
            printError(context, registry.error());
            return Rejected;
        }
        InitOptions init;
        init.demo = parser.isSet(demo);
        init.land = parser.value(land);
        init.territoriesFile = parser.value(territories);
        init.title = parser.value(title);
        if (auto status = RegistrySetup::initialize(**registry, init); !status.ok()) {
            printError(context, status.error());
            code = Rejected;
        } else {
            auto counts = (*registry)->counts();
            if (counts.ok())
                context.out << tr("Registry angelegt: %1 (%2 Gebiete, %3 Akteure, %4 Verbindungen)")
                                   .arg(path)
                                   .arg(counts->territories)
                                   .arg(counts->actors)
                                   .arg(counts->links)
                            << Qt::endl;
            if (init.demo)
                context.out << tr("Hinweis: Die Akteure, Verbindungen, Personen und Maßnahmen sind Demo-Daten (fiktiv).")
                            << Qt::endl;
        }
    }
    if (code != Success)
        removeCreated();
    return code;
}

} // namespace netzatlas::cli
