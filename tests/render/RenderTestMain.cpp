// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Catch2 main for the render tests: diagrams need QtGui's fonts, so a QGuiApplication (offscreen), not Widgets.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <netzatlas/core/Log.h>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Netzatlas-Test"));
    QGuiApplication::setApplicationName(QStringLiteral("netzatlas-render-tests"));
    netzatlas::Log::setupSilent();
    return Catch::Session().run(argc, argv);
}
