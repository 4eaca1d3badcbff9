// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Catch2 main that creates the Qt application object first (plugins, event loop, translations).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <netzatlas/core/Log.h>

#ifdef NETZATLAS_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#elif defined(NETZATLAS_TEST_GUIAPP)
#include <QGuiApplication> // fonts and QPdfWriter without Widgets (report tests, also in the nogui build)
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Netzatlas-Test"));
    TestApplication::setApplicationName(QStringLiteral("netzatlas-tests"));
    netzatlas::Log::setupSilent();
    return Catch::Session().run(argc, argv);
}
