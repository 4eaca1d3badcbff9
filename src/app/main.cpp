// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The GUI entry point: wiring only (application identity, logging, translations, command line, window).
#include "widgets/MainWindow.h"
#include "widgets/Translations.h"

#include <netzatlas/core/Log.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Netzatlas"));
    QApplication::setApplicationName(QStringLiteral("Netzatlas"));
    QApplication::setApplicationVersion(QStringLiteral(NETZATLAS_VERSION));

    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    netzatlas::Log::setupRotatingFile(dataDirectory + QStringLiteral("/logs"), QStringLiteral("netzatlas"));
    netzatlas::Log::info("app", QStringLiteral("Netzatlas %1 started (Qt %2)")
                                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    netzatlas::Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Netzwerke im Startchancen-Programm kartieren, analysieren und planen."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("REGISTRY"),
        QApplication::translate("main", "Registry-Datei, die geöffnet wird; ohne Angabe die Standard-Registry."),
        QStringLiteral("[REGISTRY]"));
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();

    netzatlas::MainWindow window;
    window.show();
    // Open once the window is on screen, so that the wait cursor and any message have a window to belong to.
    QTimer::singleShot(0, &window, [&window, arguments, dataDirectory] {
        if (!arguments.isEmpty())
            window.openRegistry(arguments.constFirst());
        else
            window.openDefaultRegistry(dataDirectory + QStringLiteral("/netzatlas.sqlite"));
    });
    const int code = QApplication::exec();
    netzatlas::Log::info("app", QStringLiteral("Netzatlas finished"));
    return code;
}
