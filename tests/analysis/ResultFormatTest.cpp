// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Cell texts of result tables for people (summary, GUI) and for CSV files.
#include <netzatlas/analysis/ResultFormat.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <limits>

using namespace netzatlas;
using namespace netzatlas::analysis;

TEST_CASE("Numbers of results show at most three decimals with a German decimal comma", "[analysis][format]")
{
    QLocale german(QLocale::German);
    german.setNumberOptions(QLocale::OmitGroupSeparator);
    CHECK(formatNumber(1.0 / 3.0, german) == QStringLiteral("0,333"));
    CHECK(formatNumber(2.0 / 3.0, german) == QStringLiteral("0,667"));
    CHECK(formatNumber(12.5, german) == QStringLiteral("12,5"));
    CHECK(formatNumber(4.0, german) == QStringLiteral("4"));
    CHECK(formatNumber(0.0, german) == QStringLiteral("0"));
    CHECK(formatNumber(-0.0001, german) == QStringLiteral("0"));
    CHECK(formatNumber(-1.25, german) == QStringLiteral("-1,25"));
    CHECK(formatNumber(1234567.891, german) == QStringLiteral("1234567,891"));
    CHECK(formatNumber(0.1234567, german, FileDecimals) == QStringLiteral("0,123457"));
    CHECK(formatNumber(std::numeric_limits<double>::quiet_NaN(), german).isEmpty());
    CHECK(formatNumber(std::numeric_limits<double>::infinity(), german).isEmpty());
    CHECK(formatNumber(1.0 / 3.0, QLocale(QLocale::English)) == QStringLiteral("0.333"));
    CHECK(formatNumber(1234.5, QLocale(QLocale::German)) == QStringLiteral("1.234,5"));
}

TEST_CASE("Result cells: integers, booleans, dates and empty values", "[analysis][format]")
{
    const QLocale german(QLocale::German);
    CHECK(formatResultValue(QVariant(12), german) == QStringLiteral("12"));
    CHECK(formatResultValue(QVariant(qlonglong(15000)), german) == QStringLiteral("15.000"));
    CHECK(formatResultValue(QVariant(true), german) == QStringLiteral("ja"));
    CHECK(formatResultValue(QVariant(false), german) == QStringLiteral("nein"));
    CHECK(formatResultValue(QVariant(QDate(2026, 8, 1)), german) == QStringLiteral("01.08.2026"));
    CHECK(formatResultValue(QVariant(), german).isEmpty());
    CHECK(formatResultValue(QVariant(QStringLiteral("Text")), german) == QStringLiteral("Text"));
}

TEST_CASE("A result table as CSV records: header, cells without grouping, ids behind each row", "[analysis][format]")
{
    ResultTable table;
    table.id = QStringLiteral("test.table");
    table.columns = {{QStringLiteral("name"), QStringLiteral("Akteur"), ColumnType::Text},
                     {QStringLiteral("value"), QStringLiteral("Wert"), ColumnType::Number},
                     {QStringLiteral("count"), QStringLiteral("Anzahl"), ColumnType::Integer}};
    table.rows.append(ResultRow{{QStringLiteral("GS A"), 0.1234567, 15000}, {ActorId(3), ActorId(7)}, {LinkId(11)}});
    table.rows.append(ResultRow{{QStringLiteral("GS B"), QVariant(), 0}, {}, {}});
    const QList<QStringList> records = resultTableRecords(table);
    REQUIRE(records.size() == 3);
    CHECK(records.at(0) == QStringList{QStringLiteral("Akteur"), QStringLiteral("Wert"), QStringLiteral("Anzahl"),
                                       QStringLiteral("Akteur-IDs"), QStringLiteral("Verbindungs-IDs")});
    CHECK(records.at(1) == QStringList{QStringLiteral("GS A"), QStringLiteral("0,123457"), QStringLiteral("15000"),
                                       QStringLiteral("3 7"), QStringLiteral("11")});
    CHECK(records.at(2) == QStringList{QStringLiteral("GS B"), QString(), QStringLiteral("0"), QString(), QString()});
}
