// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/CsvWriter.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

TEST_CASE("CSV encodings are detected: UTF-8 with and without BOM, Windows-1252, UTF-16", "[io]")
{
    const QString expected = QStringLiteral("Grundschule Rüdesheim – Straße");
    const QByteArray utf8 = QStringLiteral("Name\n%1\n").arg(expected).toUtf8();
    auto plain = CsvReader::parse(utf8, QStringLiteral("a.csv"));
    REQUIRE(plain.ok());
    CHECK(plain->encoding == QStringLiteral("UTF-8"));
    CHECK(plain->rows.first().cells.first() == expected);

    auto bom = CsvReader::parse(QByteArray("\xEF\xBB\xBF") + utf8, QStringLiteral("b.csv"));
    REQUIRE(bom.ok());
    CHECK(bom->encoding == QStringLiteral("UTF-8 mit BOM"));
    CHECK(bom->header.first() == QStringLiteral("Name"));

    // "ü" = 0xFC, "ß" = 0xDF, "–" = 0x96 in Windows-1252.
    const QByteArray cp1252("Name\nGrundschule R\xFC" "desheim \x96 Stra\xDF" "e\n");
    auto windows = CsvReader::parse(cp1252, QStringLiteral("c.csv"));
    REQUIRE(windows.ok());
    CHECK(windows->encoding == QStringLiteral("Windows-1252"));
    CHECK(windows->rows.first().cells.first() == expected);

    QByteArray utf16("\xFF\xFE");
    const QString text = QStringLiteral("Name\n%1\n").arg(expected);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto wide = CsvReader::parse(utf16, QStringLiteral("d.csv"));
    REQUIRE(wide.ok());
    CHECK(wide->rows.first().cells.first() == expected);
}

TEST_CASE("CSV with a wrong encoding or binary content is rejected with file and line", "[io]")
{
    // UTF-16 without a BOM: NUL bytes.
    QByteArray utf16;
    const QString text = QStringLiteral("Name\nKita\n");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto nul = CsvReader::parse(utf16, QStringLiteral("utf16.csv"));
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.error().file == QStringLiteral("utf16.csv"));
    CHECK(nul.error().message.contains(QStringLiteral("Nullbytes")));

    // 0x81 is undefined in Windows-1252 and invalid UTF-8.
    auto undefinedByte = CsvReader::parse(QByteArray("Name\nKita\nKita \x81\n"), QStringLiteral("x.csv"));
    REQUIRE_FALSE(undefinedByte.ok());
    CHECK(undefinedByte.error().line == 3);
    CHECK(undefinedByte.error().message.contains(QStringLiteral("Windows-1252")));

    auto control = CsvReader::parse(QByteArray("Name\nKi\x01ta\n"), QStringLiteral("y.csv"));
    REQUIRE_FALSE(control.ok());
    CHECK(control.error().line == 2);
}

TEST_CASE("CSV separators and RFC 4180 quoting are understood", "[io]")
{
    auto semicolon = CsvReader::parse("Name;Ort\n\"Kita \"\"Regenbogen\"\"; Süd\";Bad Kreuznach\n", QStringLiteral("s.csv"));
    REQUIRE(semicolon.ok());
    CHECK(semicolon->separator == u';');
    CHECK(semicolon->rows.first().cells == QStringList{QStringLiteral("Kita \"Regenbogen\"; Süd"), QStringLiteral("Bad Kreuznach")});

    auto comma = CsvReader::parse("Name,Ort\r\n\"Zeile 1\r\nZeile 2\",Kirn\r\n\r\nB,C\r\n", QStringLiteral("c.csv"));
    REQUIRE(comma.ok());
    CHECK(comma->separator == u',');
    REQUIRE(comma->rows.size() == 2);
    CHECK(comma->rows.at(0).cells.first() == QStringLiteral("Zeile 1\r\nZeile 2"));
    CHECK(comma->rows.at(0).line == 2);
    CHECK(comma->rows.at(1).line == 5); // empty line skipped, multi-line cell counted

    auto tab = CsvReader::parse("Name\tOrt\nA\tB\n", QStringLiteral("t.csv"));
    REQUIRE(tab.ok());
    CHECK(tab->separator == u'\t');

    auto shortRow = CsvReader::parse("a;b;c\n1;2\n", QStringLiteral("k.csv"));
    REQUIRE(shortRow.ok());
    CHECK(shortRow->rows.first().cells.size() == 3);
}

TEST_CASE("Broken quoting, too many cells and oversized cells are rejected", "[io]")
{
    auto unterminated = CsvReader::parse("Name;Ort\nA;B\n\"Kita;Kirn\nC;D\n", QStringLiteral("q.csv"));
    REQUIRE_FALSE(unterminated.ok());
    CHECK(unterminated.error().line == 3);
    CHECK(unterminated.error().message.contains(QStringLiteral("Anführungszeichen")));

    auto garbageAfterQuote = CsvReader::parse("Name;Ort\n\"Kita\"x;Kirn\n", QStringLiteral("g.csv"));
    REQUIRE_FALSE(garbageAfterQuote.ok());
    CHECK(garbageAfterQuote.error().line == 2);
    CHECK(garbageAfterQuote.error().field == QStringLiteral("Spalte 1"));

    auto tooMany = CsvReader::parse("Name;Ort\nA;B;C\n", QStringLiteral("m.csv"));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().line == 2);

    CsvReader::Limits limits;
    limits.maxCellChars = 1000;
    auto huge = CsvReader::parse(QByteArray("Name\n") + QByteArray(5000, 'x') + "\n", QStringLiteral("h.csv"), limits);
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().message.contains(QStringLiteral("zu lang")));

    auto empty = CsvReader::parse(QByteArray(), QStringLiteral("leer.csv"));
    REQUIRE_FALSE(empty.ok());
}

TEST_CASE("The CSV writer neutralises formulas, keeps numbers and round-trips through the reader", "[io]")
{
    CHECK(CsvWriter::looksLikeFormula(QStringLiteral("=HYPERLINK(\"x\")")));
    CHECK(CsvWriter::looksLikeFormula(QStringLiteral("@SUMME(A1)")));
    CHECK(CsvWriter::looksLikeFormula(QStringLiteral("+49 671 123")));
    CHECK_FALSE(CsvWriter::looksLikeFormula(QStringLiteral("-5")));
    CHECK_FALSE(CsvWriter::looksLikeFormula(QStringLiteral("-1.234,50")));
    CHECK(CsvWriter::encodeCell(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvWriter::encodeCell(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(CsvWriter::encodeCell(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));

    CsvWriter writer;
    const QStringList row = {QStringLiteral("=SUMME(A1:A9)"), QStringLiteral("'=schon neutral"), QStringLiteral("-5"),
                             QStringLiteral("Zeile\nzwei; mit \"Zitat\""), QStringLiteral("\u200fעברית 😀")};
    writer.addRow({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")});
    writer.addRow(row);
    const QByteArray bytes = writer.bytes();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    auto read = CsvReader::parse(bytes, QStringLiteral("rt.csv"));
    REQUIRE(read.ok());
    QStringList back;
    for (const QString &cell : read->rows.first().cells)
        back << CsvWriter::unneutralize(cell);
    CHECK(back == row);
}

TEST_CASE("Atomic save leaves the old file intact when writing fails", "[io]")
{
    test::TempDir dir;
    const QString path = dir.write(QStringLiteral("alt.csv"), "alt");
    CHECK_FALSE(saveFileAtomically(dir.file(QStringLiteral("gibtsnicht/neu.csv")), "x").ok());
    REQUIRE(saveFileAtomically(path, "neu").ok());
    CHECK(test::readAll(path) == "neu");
}
