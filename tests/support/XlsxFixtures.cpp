// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "XlsxFixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <zip.h>

namespace netzatlas::test::xlsx {

QByteArray zip(const QList<QPair<QString, QByteArray>> &entries)
{
    // minizip (as the reader and libxlsxwriter use it) into a temporary file.
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("fixture.zip")));
    zipFile archive = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!archive)
        return {};
    for (const auto &[name, data] : entries) {
        zip_fileinfo info{};
        zipOpenNewFileInZip(archive, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                            Z_DEFAULT_COMPRESSION);
        zipWriteInFileInZip(archive, data.constData(), static_cast<unsigned>(data.size()));
        zipCloseFileInZip(archive);
    }
    zipClose(archive, nullptr);
    QFile file(QFile::decodeName(path));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray workbook(const QList<QPair<QString, QByteArray>> &sheets, const QByteArray &sharedStrings,
                    const QByteArray &styles, bool date1904)
{
    QByteArray book = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)";
    if (date1904)
        book += R"(<workbookPr date1904="1"/>)";
    book += "<sheets>";
    QByteArray rels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    QList<QPair<QString, QByteArray>> entries;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        book += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        entries << qMakePair(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets.at(i).second);
    }
    book += "</sheets></workbook>";
    rels += "</Relationships>";
    entries.prepend(qMakePair(QStringLiteral("xl/_rels/workbook.xml.rels"), rels));
    entries.prepend(qMakePair(QStringLiteral("xl/workbook.xml"), book));
    entries.prepend(qMakePair(
        QStringLiteral("[Content_Types].xml"),
        QByteArray(
            R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)")));
    if (!sharedStrings.isEmpty())
        entries << qMakePair(QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    if (!styles.isEmpty())
        entries << qMakePair(QStringLiteral("xl/styles.xml"), styles);
    return zip(entries);
}

namespace {

QByteArray escape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray sheetXml(const QList<QStringList> &rows)
{
    QByteArray xml =
        R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        xml += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const char column = static_cast<char>('A' + c);
            xml += "<c r=\"" + QByteArray(1, column) + QByteArray::number(r + 1) + "\" t=\"inlineStr\"><is><t>" +
                   escape(rows.at(r).at(c)) + "</t></is></c>";
        }
        xml += "</row>";
    }
    xml += "</sheetData></worksheet>";
    return xml;
}

} // namespace

QByteArray simpleWorkbook(const QList<QStringList> &rows)
{
    return workbook({{QStringLiteral("Tabelle1"), sheetXml(rows)}});
}

QList<std::tuple<QString, QByteArray, QString>> malformedCorpus()
{
    QList<std::tuple<QString, QByteArray, QString>> corpus;
    const QList<QStringList> rows = {{QStringLiteral("Name"), QStringLiteral("Typ")},
                                     {QStringLiteral("Kita Regenbogen"), QStringLiteral("KITA")}};
    const QByteArray good = simpleWorkbook(rows);
    corpus.append({QStringLiteral("abgeschnitten.xlsx"), good.left(good.size() / 2), QStringLiteral("abgeschnitten")});

    // Billion laughs: nested entities in the sheet.
    QByteArray bomb = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)";
    bomb += R"(<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)";
    for (int i = 2; i <= 9; ++i)
        bomb += QByteArray("<!ENTITY lol") + QByteArray::number(i) + " \"" +
                QByteArray("&lol").append(QByteArray::number(i - 1)).append(";").repeated(10) + "\">";
    bomb +=
        R"(]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>)";
    corpus.append({QStringLiteral("xml-bombe.xlsx"), workbook({{QStringLiteral("Tabelle1"), bomb}}),
                   QStringLiteral("XML-Bombe")});

    // ZIP bomb: a sheet that unpacks to 100 MB of spaces.
    QByteArray huge =
        R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
    huge += QByteArray(100 * 1024 * 1024, ' ');
    huge += "</worksheet>";
    corpus.append({QStringLiteral("zip-bombe.xlsx"), workbook({{QStringLiteral("Tabelle1"), huge}}),
                   QStringLiteral("ZIP-Bombe")});
    huge.clear();

    corpus.append({QStringLiteral("muell.xlsx"), QByteArray("PK\x03\x04") + QByteArray(4096, '\x9c'),
                   QStringLiteral("ZIP-Archiv")});
    QByteArray garbage(8192, '\0');
    auto *random = QRandomGenerator::global();
    for (char &c : garbage)
        c = static_cast<char>(random->bounded(256));
    corpus.append({QStringLiteral("zufall.xlsx"), garbage, QStringLiteral("keine Excel-Arbeitsmappe")});

    // A 10 MB cell of random letters (does not compress, so no ZIP limit catches it first).
    QString cell(10 * 1024 * 1024, u'a');
    for (QChar &c : cell)
        c = QChar(u'a' + random->bounded(26));
    corpus.append({QStringLiteral("riesenzelle.xlsx"), simpleWorkbook({{QStringLiteral("Name")}, {cell}}),
                   QStringLiteral("Zelle A2")});

    corpus.append({QStringLiteral("ohne-blatt.xlsx"),
                   zip({{QStringLiteral("xl/workbook.xml"), QByteArray("<workbook/>")}}),
                   QStringLiteral("workbook.xml.rels")});
    return corpus;
}

} // namespace netzatlas::test::xlsx
