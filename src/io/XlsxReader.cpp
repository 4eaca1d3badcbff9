// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/XlsxReader.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::XlsxReader", text);
}

/// minizip reads the archive from memory through these callbacks (ioapi): no temporary file, and the fuzz target
/// exercises exactly the code a user's file goes through. minizip rather than QuaZip: libxlsxwriter (the exporter)
/// links the system minizip, and QuaZip exports minizip's symbols with an incompatible I/O API, so that both in one
/// process crash (docs/adr/0005-xlsx-zip-library.md).
struct MemoryStream
{
    const QByteArray *bytes = nullptr;
    ZPOS64_T position = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf opaque, const void *, int)
{
    auto *stream = static_cast<MemoryStream *>(opaque);
    stream->position = 0;
    return stream;
}

uLong ZCALLBACK memoryRead(voidpf, voidpf handle, void *buffer, uLong size)
{
    auto *stream = static_cast<MemoryStream *>(handle);
    const auto total = static_cast<ZPOS64_T>(stream->bytes->size());
    if (stream->position >= total)
        return 0;
    const uLong n = static_cast<uLong>(std::min<ZPOS64_T>(size, total - stream->position));
    std::memcpy(buffer, stream->bytes->constData() + stream->position, n);
    stream->position += n;
    return n;
}

uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0; // read only
}

ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf handle)
{
    return static_cast<MemoryStream *>(handle)->position;
}

long ZCALLBACK memorySeek(voidpf, voidpf handle, ZPOS64_T offset, int origin)
{
    auto *stream = static_cast<MemoryStream *>(handle);
    const auto total = static_cast<ZPOS64_T>(stream->bytes->size());
    ZPOS64_T target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = offset;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = stream->position + offset;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = total + offset;
        break;
    default:
        return -1;
    }
    if (target > total)
        return -1;
    stream->position = target;
    return 0;
}

int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

/// The parts of an opened workbook that every sheet needs.
class Workbook
{
public:
    Workbook(const QByteArray &bytes, const QString &fileName, const XlsxReader::Limits &limits)
        : m_bytes(bytes)
        , m_file(fileName)
        , m_limits(limits)
    {}
    ~Workbook()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    Status open();
    Result<Table> readSheet(const QString &sheet);
    [[nodiscard]] QStringList names() const { return m_sheetNames; }

private:
    Result<QByteArray> entry(const QString &name, bool required);
    Status xmlError(const QXmlStreamReader &xml, const QString &part) const;
    Status checkToken(const QXmlStreamReader &xml, const QString &part) const;
    Status readWorkbook();
    Status readSharedStrings();
    Status readStyles();
    Error at(int row, const QString &cell, const QString &message) const
    {
        return Error::at(m_file, row, cell, message);
    }

    QByteArray m_bytes;
    MemoryStream m_stream;
    unzFile m_zip = nullptr;
    QString m_file;
    XlsxReader::Limits m_limits;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles;
    bool m_date1904 = false;
};

Status Workbook::open()
{
    m_stream.bytes = &m_bytes;
    zlib_filefunc64_def io{};
    io.zopen64_file = memoryOpen;
    io.zread_file = memoryRead;
    io.zwrite_file = memoryWrite;
    io.ztell64_file = memoryTell;
    io.zseek64_file = memorySeek;
    io.zclose_file = memoryClose;
    io.zerror_file = memoryError;
    io.opaque = &m_stream;
    m_zip = unzOpen2_64("workbook.xlsx", &io);
    if (!m_zip)
        return Error::at(m_file, 0, {},
                         tr("Die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX): Das ZIP-Archiv ist beschädigt "
                            "oder abgeschnitten."));
    NETZATLAS_TRY(readWorkbook());
    NETZATLAS_TRY(readSharedStrings());
    NETZATLAS_TRY(readStyles());
    return {};
}

Result<QByteArray> Workbook::entry(const QString &name, bool required)
{
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 2 /* case-insensitive */) != UNZ_OK) {
        if (!required)
            return QByteArray();
        return Error::at(m_file, 0, {},
                         tr("Die Datei ist keine Excel-Arbeitsmappe (XLSX): Der Teil „%1“ fehlt.").arg(name));
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK &&
        info.uncompressed_size > static_cast<ZPOS64_T>(m_limits.maxEntryBytes))
        return Error::at(m_file, 0, {},
                         tr("Der Teil „%1“ der Arbeitsmappe entpackt sich zu %2 MB (höchstens %3 MB); die Datei "
                            "wird abgelehnt (möglicherweise eine ZIP-Bombe).")
                             .arg(name)
                             .arg(info.uncompressed_size / (1024 * 1024))
                             .arg(m_limits.maxEntryBytes / (1024 * 1024)));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Error::at(m_file, 0, {},
                         tr("Der Teil „%1“ der Arbeitsmappe kann nicht entpackt werden (Datei beschädigt oder "
                            "verschlüsselt).")
                             .arg(name));
    // The size in the ZIP header can lie: read in chunks and stop at the limit.
    QByteArray data;
    char chunk[65536];
    for (;;) {
        const int n = unzReadCurrentFile(m_zip, chunk, sizeof chunk);
        if (n < 0) {
            unzCloseCurrentFile(m_zip);
            return Error::at(m_file, 0, {},
                             tr("Der Teil „%1“ der Arbeitsmappe ist beschädigt oder abgeschnitten.").arg(name));
        }
        if (n == 0)
            break;
        if (data.size() + n > m_limits.maxEntryBytes) {
            unzCloseCurrentFile(m_zip);
            return Error::at(m_file, 0, {},
                             tr("Der Teil „%1“ der Arbeitsmappe entpackt sich zu mehr als %2 MB; die Datei wird "
                                "abgelehnt (möglicherweise eine ZIP-Bombe).")
                                 .arg(name)
                                 .arg(m_limits.maxEntryBytes / (1024 * 1024)));
        }
        data.append(chunk, n);
    }
    if (unzCloseCurrentFile(m_zip) != UNZ_OK)
        return Error::at(
            m_file, 0, {},
            tr("Der Teil „%1“ der Arbeitsmappe ist beschädigt (Prüfsumme falsch) oder abgeschnitten.").arg(name));
    return data;
}

Status Workbook::xmlError(const QXmlStreamReader &xml, const QString &part) const
{
    return Error::at(m_file, 0, {},
                     tr("Der Teil „%1“ der Arbeitsmappe ist kein gültiges XML (Zeile %2, Spalte %3: %4).")
                         .arg(part)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString()));
}

/// Entity declarations make XML bombs ("billion laughs") possible; Excel never writes a DTD, so any DTD is refused
/// before QXmlStreamReader could expand an entity.
Status Workbook::checkToken(const QXmlStreamReader &xml, const QString &part) const
{
    if (xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference)
        return Error::at(m_file, 0, {},
                         tr("Der Teil „%1“ der Arbeitsmappe enthält eine DTD mit Entitäten, wie sie Excel nie "
                            "schreibt; die Datei wird abgelehnt (möglicherweise eine XML-Bombe).")
                             .arg(part));
    return {};
}

/// Resolves a relationship target relative to xl/.
QString resolvePart(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    // "../" segments are rare but legal.
    QStringList parts;
    for (const QString &segment : path.split(u'/')) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != u"." && !segment.isEmpty()) {
            parts << segment;
        }
    }
    return parts.join(u'/');
}

Status Workbook::readWorkbook()
{
    const QString relsName = QStringLiteral("xl/_rels/workbook.xml.rels");
    NETZATLAS_TRY_ASSIGN(rels, entry(relsName, true));
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(rels);
        while (!xml.atEnd()) {
            xml.readNext();
            NETZATLAS_TRY(checkToken(xml, relsName));
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               xml.attributes().value(QLatin1String("Target")).toString());
        }
        if (xml.hasError())
            return xmlError(xml, relsName);
    }
    const QString bookName = QStringLiteral("xl/workbook.xml");
    NETZATLAS_TRY_ASSIGN(book, entry(bookName, true));
    QXmlStreamReader xml(book);
    while (!xml.atEnd()) {
        xml.readNext();
        NETZATLAS_TRY(checkToken(xml, bookName));
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"id")
                    id = a.value().toString();
            }
            const QString target = targets.value(id);
            if (target.isEmpty())
                return Error::at(m_file, 0, {},
                                 tr("Die Arbeitsmappe verweist auf ein Blatt „%1“, das sie nicht enthält.")
                                     .arg(xml.attributes().value(QLatin1String("name")).toString()));
            m_sheetNames << xml.attributes().value(QLatin1String("name")).toString();
            m_sheetParts << resolvePart(target);
        }
    }
    if (xml.hasError())
        return xmlError(xml, bookName);
    if (m_sheetNames.isEmpty())
        return Error::at(m_file, 0, {}, tr("Die Arbeitsmappe enthält kein Tabellenblatt."));
    return {};
}

Status Workbook::readSharedStrings()
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    NETZATLAS_TRY_ASSIGN(data, entry(part, false));
    if (data.isEmpty())
        return {};
    QXmlStreamReader xml(data);
    QString current;
    bool inSi = false;
    int phonetic = 0; // <rPh> holds Japanese reading aids, not cell text
    while (!xml.atEnd()) {
        xml.readNext();
        NETZATLAS_TRY(checkToken(xml, part));
        if (xml.isStartElement()) {
            if (xml.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && inSi && phonetic == 0) {
                current += xml.readElementText();
                if (xml.hasError())
                    break;
                if (current.size() > m_limits.maxCellChars)
                    return Error::at(
                        m_file, 0, {},
                        tr("Ein Text der Arbeitsmappe (gemeinsame Zeichenfolge Nr. %1) ist mit mehr als %2 "
                           "Zeichen zu lang.")
                            .arg(m_sharedStrings.size() + 1)
                            .arg(m_limits.maxCellChars));
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"si") {
                m_sharedStrings << current;
                inSi = false;
            } else if (xml.name() == u"rPh") {
                --phonetic;
            }
        }
    }
    if (xml.hasError())
        return xmlError(xml, part);
    return {};
}

/// True for a number format code that shows a date: it has d, m or y outside quotes, brackets and escapes
/// (a pure time format such as "hh:mm" has no d or y and an m only next to h or s, and is not a date).
bool isDateFormatCode(const QString &code)
{
    bool inQuotes = false;
    bool hasDay = false;
    bool hasYear = false;
    bool hasHour = false;
    bool hasMonthOrMinute = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (inQuotes) {
            if (c == u'"')
                inQuotes = false;
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'd' || c == u't') { // "t" = Tag in German locale codes
            hasDay = true;
        } else if (c == u'y' || c == u'j') { // "j" = Jahr
            hasYear = true;
        } else if (c == u'h') {
            hasHour = true;
        } else if (c == u'm') {
            hasMonthOrMinute = true;
        }
    }
    return hasDay || hasYear || (hasMonthOrMinute && !hasHour);
}

Status Workbook::readStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    NETZATLAS_TRY_ASSIGN(data, entry(part, false));
    if (data.isEmpty())
        return {};
    QSet<int> dateFormats = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58};
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        NETZATLAS_TRY(checkToken(xml, part));
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()))
                    dateFormats.insert(id);
                else
                    dateFormats.remove(id);
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                if (dateFormats.contains(xml.attributes().value(QLatin1String("numFmtId")).toInt()))
                    m_dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlError(xml, part);
    return {};
}

/// "BC12" → column 55 (1-based) and row 12; 0 when malformed.
void parseCellRef(QStringView ref, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter() && i < 3) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    *column = i > 0 && i <= 3 ? c : 0;
    *row = ok ? r : 0;
}

QString columnName(int column)
{
    QString name;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return name;
}

/// Number text as a person reads it: integers without ".0" or exponent, others in shortest form.
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

Result<Table> Workbook::readSheet(const QString &sheet)
{
    int index = 0;
    if (!sheet.isEmpty()) {
        index = static_cast<int>(m_sheetNames.indexOf(sheet));
        if (index < 0) {
            for (qsizetype i = 0; i < m_sheetNames.size(); ++i) {
                if (m_sheetNames.at(i).compare(sheet, Qt::CaseInsensitive) == 0)
                    index = static_cast<int>(i);
            }
        }
        if (index < 0) {
            bool ok = false;
            const int number = sheet.toInt(&ok);
            if (ok && number >= 1 && number <= m_sheetNames.size())
                index = number - 1;
        }
        if (index < 0)
            return Error::at(m_file, 0, {},
                             tr("Die Arbeitsmappe hat kein Blatt „%1“. Vorhanden: %2 (Name oder Nummer ab 1 angeben).")
                                 .arg(sheet, m_sheetNames.join(QStringLiteral(", "))));
    }
    const QString sheetName = m_sheetNames.at(index);
    const QString part = m_sheetParts.at(index);
    NETZATLAS_TRY_ASSIGN(data, entry(part, true));

    Table table;
    table.file = m_file;
    table.sheet = sheetName;
    table.encoding = QStringLiteral("XLSX");
    auto cellError = [&](int row, int column, const QString &message) {
        return Error::at(m_file, row, columnName(column),
                         tr("Blatt „%1“, Zelle %2%3: %4").arg(sheetName, columnName(column)).arg(row).arg(message));
    };

    QList<TableRow> rows;
    QXmlStreamReader xml(data);
    int rowNumber = 0;
    int nextColumn = 1;
    TableRow current;
    bool inSheetData = false;
    while (!xml.atEnd()) {
        xml.readNext();
        NETZATLAS_TRY(checkToken(xml, part));
        if (xml.isStartElement()) {
            if (xml.name() == u"sheetData") {
                inSheetData = true;
            } else if (xml.name() == u"row" && inSheetData) {
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                if (rowNumber > m_limits.maxRows)
                    return Error::at(m_file, rowNumber, {},
                                     tr("Blatt „%1“ hat mehr als %2 Zeilen.").arg(sheetName).arg(m_limits.maxRows));
                current = TableRow{};
                current.line = rowNumber;
                nextColumn = 1;
            } else if (xml.name() == u"c" && inSheetData) {
                const auto attrs = xml.attributes();
                int column = nextColumn;
                if (attrs.hasAttribute(QLatin1String("r"))) {
                    int r = 0;
                    parseCellRef(attrs.value(QLatin1String("r")), &column, &r);
                    if (column <= 0)
                        column = nextColumn;
                }
                nextColumn = column + 1;
                const QString type = attrs.value(QLatin1String("t")).toString();
                const int style = attrs.value(QLatin1String("s")).toInt();
                QString value;
                bool hasValue = false;
                // Children: <v>, <is><t>…</t></is> (rich text: several <r><t>), <f> (formula: ignored, the cached
                // value counts).
                while (!xml.atEnd()) {
                    xml.readNext();
                    NETZATLAS_TRY(checkToken(xml, part));
                    if (xml.isEndElement() && xml.name() == u"c")
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == u"v") {
                        value = xml.readElementText();
                        hasValue = true;
                    } else if (xml.name() == u"t") {
                        value += xml.readElementText();
                        hasValue = true;
                    } else if (xml.name() == u"f") {
                        xml.skipCurrentElement();
                    }
                    if (value.size() > m_limits.maxCellChars)
                        return cellError(
                            rowNumber, column,
                            tr("Der Inhalt ist mit mehr als %1 Zeichen zu lang.").arg(m_limits.maxCellChars));
                }
                if (xml.hasError())
                    break;
                if (!hasValue)
                    continue;
                QString text;
                if (type == u"s") {
                    bool ok = false;
                    const int i = value.trimmed().toInt(&ok);
                    if (!ok || i < 0 || i >= m_sharedStrings.size())
                        return cellError(rowNumber, column,
                                         tr("Der Verweis auf den gemeinsamen Text Nr. %1 ist ungültig.").arg(value));
                    text = m_sharedStrings.at(i);
                } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
                    text = value;
                } else if (type == u"b") {
                    text = value.trimmed() == u"1" ? tr("WAHR") : tr("FALSCH");
                } else if (type == u"d") { // ISO 8601 date cell (strict OOXML)
                    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
                    text = date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : value;
                } else {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    if (!ok && !value.trimmed().isEmpty())
                        return cellError(rowNumber, column, tr("„%1“ ist keine Zahl.").arg(value.left(40)));
                    if (ok && m_dateStyles.contains(style)) {
                        const QDate date = XlsxReader::serialToDate(number, m_date1904);
                        text = date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : numberText(value);
                    } else {
                        text = numberText(value);
                    }
                }
                if (text.isEmpty())
                    continue;
                if (column > m_limits.maxColumns)
                    return cellError(rowNumber, column,
                                     tr("Die Zelle liegt rechts von Spalte %1; so breite Tabellen werden nicht "
                                        "eingelesen.")
                                         .arg(m_limits.maxColumns));
                while (current.cells.size() < column - 1)
                    current.cells.append(QString());
                if (current.cells.size() >= column)
                    current.cells[column - 1] = text;
                else
                    current.cells.append(text);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"row" && inSheetData) {
                if (!current.cells.isEmpty())
                    rows.append(current);
                current = TableRow{};
            } else if (xml.name() == u"sheetData") {
                inSheetData = false;
            }
        }
    }
    if (xml.hasError())
        return xmlError(xml, part).error();
    if (rows.isEmpty())
        return Error::at(m_file, 0, {}, tr("Blatt „%1“ ist leer; es fehlt mindestens die Kopfzeile.").arg(sheetName));
    TableRow header = rows.takeFirst();
    table.header = header.cells;
    for (QString &h : table.header)
        h = h.trimmed();
    while (!table.header.isEmpty() && table.header.constLast().isEmpty())
        table.header.removeLast();
    const qsizetype columns = table.header.size();
    for (TableRow &row : rows) {
        while (row.cells.size() > columns && row.cells.constLast().trimmed().isEmpty())
            row.cells.removeLast();
        if (row.cells.size() > columns)
            return cellError(row.line, static_cast<int>(row.cells.size()),
                             tr("Die Zelle hat einen Wert, aber die Spalte keine Überschrift in der Kopfzeile "
                                "(Zeile %1).")
                                 .arg(header.line));
        while (row.cells.size() < columns)
            row.cells.append(QString());
    }
    table.rows = std::move(rows);
    return table;
}

} // namespace

bool XlsxReader::looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

QDate XlsxReader::serialToDate(double serial, bool system1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return {};
    const auto days = static_cast<qint64>(std::floor(serial));
    if (system1904)
        return QDate(1904, 1, 1).addDays(days);
    // The 1900 system counts the non-existent 29 February 1900 (Lotus 1-2-3 compatibility): serial 60 is that day.
    if (days == 0)
        return {};
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(days);
}

Result<QStringList> XlsxReader::sheetNames(const QByteArray &bytes, const QString &fileName)
{
    Workbook book(bytes, fileName, Limits{});
    NETZATLAS_TRY(book.open());
    return book.names();
}

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, {}, tr("Die Datei kann nicht gelesen werden: %1").arg(file.errorString()));
    if (file.size() > Limits{}.maxFileBytes)
        return Error::at(path, 0, {}, tr("Die Datei ist zu groß."));
    return sheetNames(file.readAll(), path);
}

Result<Table> XlsxReader::parse(const QByteArray &bytes, const QString &fileName, const QString &sheet,
                                const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Error::at(fileName, 0, {}, tr("Die Datei ist zu groß."));
    if (!looksLikeZip(bytes))
        return Error::at(fileName, 0, {},
                         tr("Die Datei ist keine Excel-Arbeitsmappe (XLSX). Ältere Excel-Dateien (.xls) bitte in "
                            "Excel als .xlsx oder CSV speichern."));
    Workbook book(bytes, fileName, limits);
    NETZATLAS_TRY(book.open());
    return book.readSheet(sheet);
}

Result<Table> XlsxReader::readFile(const QString &path, const QString &sheet, const Limits &limits)
{
    QFile file(path);
    if (!file.exists())
        return Error::at(path, 0, {}, tr("Die Datei gibt es nicht."));
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, {}, tr("Die Datei kann nicht gelesen werden: %1").arg(file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return Error::at(path, 0, {},
                         tr("Die Datei ist mit %1 MB zu groß (höchstens %2 MB).")
                             .arg(file.size() / (1024 * 1024))
                             .arg(limits.maxFileBytes / (1024 * 1024)));
    return parse(file.readAll(), path, sheet, limits);
}

Result<Table> readTableFile(const QString &path, const QString &sheet)
{
    QFile file(path);
    if (!file.exists())
        return Error::at(path, 0, {}, tr("Die Datei gibt es nicht."));
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, {}, tr("Die Datei kann nicht gelesen werden: %1").arg(file.errorString()));
    const QByteArray head = file.peek(4);
    const bool isXlsx = XlsxReader::looksLikeZip(head) || path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    file.close();
    if (isXlsx)
        return XlsxReader::readFile(path, sheet);
    if (!sheet.isEmpty())
        return Error::at(path, 0, {},
                         tr("Ein Tabellenblatt (--sheet) gibt es nur bei Excel-Arbeitsmappen (XLSX), nicht bei CSV."));
    return CsvReader::readFile(path);
}

} // namespace netzatlas
