// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// `analyze` on the demo registry finds the gaps the demo was built with (meta values demo_gap_*).
#include "CliApplication.h"

#include "TestSupport.h"

#include <netzatlas/analysis/AnalysisJob.h>

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace netzatlas;

namespace {

/// Actor ids in the rows of a table of the JSON report whose cell `column` satisfies `accept`.
QList<qint64> actorsOfRows(const QJsonObject &report, const QString &tableId, const QString &column,
                           const std::function<bool(const QJsonValue &)> &accept)
{
    QList<qint64> ids;
    for (const QJsonValue &t : report.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = t.toObject();
        if (table.value(QStringLiteral("id")).toString() != tableId)
            continue;
        int index = -1;
        const QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).toObject().value(QStringLiteral("key")).toString() == column)
                index = i;
        }
        REQUIRE(index >= 0);
        for (const QJsonValue &r : table.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = r.toObject();
            if (!accept(row.value(QStringLiteral("cells")).toArray().at(index)))
                continue;
            for (const QJsonValue &id : row.value(QStringLiteral("actors")).toArray())
                ids.append(id.toInteger());
        }
    }
    return ids;
}

} // namespace

TEST_CASE("analyze on the demo registry finds the deliberate gaps", "[analysis][demo]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.sqlite"));
    ActorId noYouthWelfare;
    ActorId noKita;
    ActorId missingCoordination;
    QString asOf;
    {
        auto registry = test::createDemoRegistry(path);
        auto idOf = [&](const char *metaKey) {
            auto key = registry->metaValue(QString::fromLatin1(metaKey));
            REQUIRE(key.ok());
            REQUIRE_FALSE(key->isEmpty());
            auto actor = registry->actorByKey(*key);
            REQUIRE(actor.ok());
            REQUIRE(actor->has_value());
            return (*actor)->id;
        };
        noYouthWelfare = idOf("demo_gap_scp_without_youth_welfare");
        noKita = idOf("demo_gap_gs_without_kita");
        missingCoordination = idOf("demo_gap_missing_coordination");
        asOf = registry->metaValue(QStringLiteral("demo_as_of")).valueOr(QString());
    }
    QStringList arguments{QStringLiteral("analyze"), path, QStringLiteral("--json"), QStringLiteral("-")};
    if (!asOf.isEmpty())
        arguments << QStringLiteral("--at") << asOf;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CliContext context{outStream, errStream, false};
    cli::CliApplication app;
    const int code = app.run(arguments, context);
    outStream.flush();
    INFO(err.toStdString());
    REQUIRE(code == cli::Success);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    // Gap 1: an SCP school without a direct Jugendhilfe partner.
    const auto withoutPartner = actorsOfRows(report, QStringLiteral("youth-welfare.schools"), QStringLiteral("school"),
                                             [](const QJsonValue &) { return true; });
    CHECK(withoutPartner.contains(noYouthWelfare.value));
    // Gap 2: a Grundschule without a transition link from a Kita.
    const auto kitaGaps =
        actorsOfRows(report, QStringLiteral("education-chain.gaps"), QStringLiteral("gap"),
                     [](const QJsonValue &v) { return v.toString().contains(QStringLiteral("von einer Kita")); });
    CHECK(kitaGaps.contains(noKita.value));
    // Gap 3: a Schulträger administration without ABSTIMMUNG with the Kreisjugendamt.
    const auto uncoordinated =
        actorsOfRows(report, QStringLiteral("responsibility.administrations"), QStringLiteral("coordinated"),
                     [](const QJsonValue &v) { return v.isBool() && !v.toBool(); });
    CHECK(uncoordinated.contains(missingCoordination.value));
    const auto coordinated =
        actorsOfRows(report, QStringLiteral("responsibility.administrations"), QStringLiteral("coordinated"),
                     [](const QJsonValue &v) { return v.isBool() && v.toBool(); });
    CHECK_FALSE(coordinated.contains(missingCoordination.value));
}
