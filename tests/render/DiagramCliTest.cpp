// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CliRunner.h"

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/render/DiagramSpec.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>

using namespace netzatlas;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("CLI export writes SVG and PDF and PNG diagrams", "[render][cli]")
{
    test::TempDir dir;
    const QString registry = dir.file(QStringLiteral("demo.sqlite"));
    test::createDemoRegistry(registry).reset();

    const QString svg = dir.file(QStringLiteral("netz.svg"));
    test::CliRun r = test::runCli(QStringList{QStringLiteral("export"), registry} +
                                  args({"--format", "svg", "--layout", "kraefte", "--title", "Netz im Kreis"}) +
                                  QStringList{QStringLiteral("--out"), svg});
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Success);
    CHECK(r.out.contains(QStringLiteral("geschrieben")));
    CHECK(test::readAll(svg).contains("Netz im Kreis"));

    const QString png = dir.file(QStringLiteral("netz.png"));
    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), png} +
                     args({"--format", "png", "--dpi", "72", "--paper", "A3", "--portrait", "--layout", "kraefte"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Success);
    CHECK(QImage(png).size() == QSize(842, 1191));

    const QString pdf = dir.file(QStringLiteral("netz.pdf"));
    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), pdf} +
                     args({"--format", "pdf", "--anonymize", "KITA,SCHULE", "--at", "2025-09-01"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Success);
    CHECK(test::readAll(pdf).startsWith("%PDF-"));

    // A bare --anonymize before the registry keeps the registry as the registry.
    r = test::runCli(args({"export", "--anonymize"}) + QStringList{registry, QStringLiteral("--out"), svg} +
                     args({"--format", "svg"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Success);
    CHECK(test::readAll(svg).contains("pseudonymisiert"));
}

TEST_CASE("CLI export restores a saved view and rejects bad arguments in German", "[render][cli]")
{
    test::TempDir dir;
    const QString registry = dir.file(QStringLiteral("demo.sqlite"));
    {
        auto repo = test::createDemoRegistry(registry);
        render::DiagramSpec spec;
        spec.title = QStringLiteral("Übergänge Kita und Grundschule");
        spec.layout = render::LayoutKind::ForceDirected;
        spec.filter.actorTypes = {QStringLiteral("KITA"), QStringLiteral("SCHULE")};
        REQUIRE(repo->insertView(spec.toSavedView(QStringLiteral("Übergänge"))).ok());
    }
    const QString svg = dir.file(QStringLiteral("view.svg"));
    test::CliRun r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg,
                                              QStringLiteral("--view"), QStringLiteral("übergänge")} +
                                  args({"--format", "svg"}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == cli::Success);
    const QByteArray bytes = test::readAll(svg);
    CHECK(bytes.contains("Übergänge Kita und Grundschule"));
    CHECK(bytes.contains("Kindertagesstätte"));
    CHECK_FALSE(bytes.contains("Jugendamt ("));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg} +
                     args({"--format", "svg", "--view", "Gibtsnicht"}));
    CHECK(r.code == cli::Rejected);
    CHECK(r.err.contains(QStringLiteral("Die Ansicht „Gibtsnicht“ gibt es nicht (vorhanden: Übergänge)")));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg} +
                     args({"--format", "png", "--dpi", "5000"}));
    CHECK(r.code == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("--dpi erwartet eine Zahl von 50 bis 1200")));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg} +
                     args({"--format", "pdf", "--paper", "Letter"}));
    CHECK(r.code == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("A4 oder A3")));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg} +
                     args({"--format", "svg", "--layout", "spirale"}));
    CHECK(r.code == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("Unbekanntes Layout „spirale“")));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg} +
                     args({"--format", "svg", "--anonymize", "KITTA"}));
    CHECK(r.code == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("Akteurstyp „KITTA“")));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg} +
                     args({"--format", "svg", "--layout", "ringe"}));
    CHECK(r.code == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("--center")));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"),
                                 dir.file(QStringLiteral("fehlt/x.svg"))} +
                     args({"--format", "svg"}));
    CHECK(r.code == cli::Rejected);
    CHECK(r.err.contains(QStringLiteral("existiert nicht")));

    r = test::runCli(QStringList{QStringLiteral("export"), registry, QStringLiteral("--out"), svg} +
                     args({"--format", "bmp"}));
    CHECK(r.code == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("unbekannt")));
}
