// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// netzatlas-cli entry point: only wiring.
#include "CliApplication.h"

#include <netzatlas/core/Log.h>

#include <QGuiApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Diagram exports need the font system of QtGui; without a display the offscreen platform provides it.
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Netzatlas"));
    QCoreApplication::setApplicationName(QStringLiteral("Netzatlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETZATLAS_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.removeAll(QStringLiteral("--verbose")) > 0 || qEnvironmentVariableIsSet("NETZATLAS_LOG"))
        netzatlas::Log::setupConsole(netzatlas::Log::Level::Debug);
    else
        netzatlas::Log::setupSilent();

    QTextStream out(stdout);
    QTextStream err(stderr);
    netzatlas::cli::CliContext context{out, err, isatty(fileno(stderr)) != 0};
    netzatlas::cli::CliApplication cli;
    return cli.run(arguments, context);
}
