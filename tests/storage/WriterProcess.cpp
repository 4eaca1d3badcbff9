// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Test helper: a second process that writes to a registry.
//   netzatlas_storage_writer increment REGISTRY N   read-modify-write a counter N times
//   netzatlas_storage_writer insert REGISTRY TAG    insert actors until killed, printing each key after commit
#include <netzatlas/core/Log.h>
#include <netzatlas/storage/RegistryStore.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace netzatlas;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Log::setupSilent();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return 2;
    OpenOptions options;
    options.busyTimeoutMs = 60000;
    auto opened = RegistryStore::openSqlite(args.at(2), options);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.error().toString() << Qt::endl;
        return 1;
    }
    RegistryRepository &registry = **opened;
    QTextStream out(stdout);
    if (args.at(1) == u"increment") {
        const int n = args.at(3).toInt();
        for (int i = 0; i < n; ++i) {
            Status s = registry.transact([&]() -> Status {
                NETZATLAS_TRY_ASSIGN(value, registry.metaValue(QStringLiteral("counter")));
                return registry.setMetaValue(QStringLiteral("counter"), QString::number(value.toLongLong() + 1));
            });
            if (!s.ok()) {
                QTextStream(stderr) << s.error().toString() << Qt::endl;
                return 1;
            }
        }
        return 0;
    }
    if (args.at(1) == u"insert") {
        for (qint64 i = 0;; ++i) {
            Actor actor;
            actor.typeCode = QStringLiteral("VEREIN");
            actor.key = QStringLiteral("%1-%2").arg(args.at(3)).arg(i);
            actor.name = QStringLiteral("Verein %1").arg(actor.key);
            actor.notes = QString(200, u'x');
            auto id = registry.insertActor(actor);
            if (!id.ok()) {
                QTextStream(stderr) << id.error().toString() << Qt::endl;
                return 1;
            }
            // Acknowledged only after the commit returned.
            out << actor.key << '\n';
            out.flush();
            std::fflush(stdout);
        }
    }
    return 2;
}
