// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvReader.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <array>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::CsvReader", text);
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Qt's QStringConverter has no Windows-1252 without
// ICU, and the ICU build is not guaranteed on every platform we ship to, so the 32 code points are mapped
// here. 0 marks the five bytes that are undefined in Windows-1252.
constexpr std::array<char16_t, 32> Cp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return static_cast<int>(bytes.left(offset).count('\n')) + 1;
}

bool isForbiddenControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, const QString &fileName, QString *encodingName)
{
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder.decode(QByteArrayView(bytes).sliced(3));
        if (decoder.hasError())
            return Error::at(fileName, 0, {}, tr("Die Datei beginnt mit einer UTF-8-Kennung (BOM), enthält aber "
                                                 "ungültige UTF-8-Zeichen."));
        *encodingName = QStringLiteral("UTF-8 mit BOM");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            return Error::at(fileName, 0, {}, tr("Die Datei ist als UTF-16 gekennzeichnet, enthält aber ungültige "
                                                 "Zeichen."));
        *encodingName = QStringLiteral("UTF-16");
    } else {
        const qsizetype nul = bytes.indexOf('\0');
        if (nul >= 0)
            return Error::at(fileName, lineOfOffset(bytes, nul), {},
                             tr("Die Datei enthält Nullbytes: Sie ist keine Textdatei (CSV) in UTF-8 oder "
                                "Windows-1252, sondern z. B. eine Excel-Arbeitsmappe oder UTF-16 ohne Kennung. "
                                "Bitte in Excel „Speichern unter … CSV UTF-8“ wählen."));
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            *encodingName = QStringLiteral("UTF-8");
        } else {
            text.clear();
            text.reserve(bytes.size());
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                const auto byte = static_cast<unsigned char>(bytes.at(i));
                if (byte >= 0x80 && byte <= 0x9F) {
                    const char16_t mapped = Cp1252High[byte - 0x80];
                    if (mapped == 0)
                        return Error::at(fileName, lineOfOffset(bytes, i), {},
                                         tr("Die Datei ist weder UTF-8 noch Windows-1252 (Byte 0x%1 ist in keiner der "
                                            "beiden Kodierungen gültig).")
                                             .arg(QString::number(byte, 16).toUpper()));
                    text += QChar(mapped);
                } else {
                    text += QChar(static_cast<char16_t>(byte));
                }
            }
            *encodingName = QStringLiteral("Windows-1252");
        }
    }
    int line = 1;
    for (const QChar c : std::as_const(text)) {
        if (c == u'\n')
            ++line;
        else if (isForbiddenControl(c.unicode()))
            return Error::at(fileName, line, {},
                             tr("Die Datei enthält Steuerzeichen (0x%1) und ist damit keine Textdatei.")
                                 .arg(c.unicode(), 2, 16, QLatin1Char('0')));
    }
    return text;
}

Result<Table> CsvReader::readFile(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (!file.exists())
        return Error::at(path, 0, {}, tr("Die Datei gibt es nicht."));
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, {}, tr("Die Datei kann nicht gelesen werden: %1").arg(file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return Error::at(path, 0, {}, tr("Die Datei ist mit %1 MB zu groß (höchstens %2 MB).")
                                          .arg(file.size() / (1024 * 1024))
                                          .arg(limits.maxFileBytes / (1024 * 1024)));
    return parse(file.readAll(), path, limits);
}

Result<Table> CsvReader::parse(const QByteArray &bytes, const QString &fileName, const Limits &limits)
{
    Table table;
    table.file = fileName;
    if (bytes.size() > limits.maxFileBytes)
        return Error::at(fileName, 0, {}, tr("Die Datei ist zu groß."));
    QString encoding;
    NETZATLAS_TRY_ASSIGN(text, decode(bytes, fileName, &encoding));
    table.encoding = encoding;

    // Separator: the candidate that occurs most often outside quotes in the first line.
    {
        const QList<QChar> candidates = {u';', u',', u'\t', u'|'};
        QList<int> counts(candidates.size(), 0);
        bool inQuotes = false;
        for (const QChar c : std::as_const(text)) {
            if (c == u'"')
                inQuotes = !inQuotes;
            else if (!inQuotes && (c == u'\n' || c == u'\r'))
                break;
            else if (!inQuotes) {
                const qsizetype idx = candidates.indexOf(c);
                if (idx >= 0)
                    ++counts[idx];
            }
        }
        qsizetype best = 0;
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            if (counts[i] > counts[best])
                best = i;
        }
        table.separator = candidates[best];
    }
    const QChar sep = table.separator;

    QList<TableRow> records;
    TableRow current;
    QString field;
    int line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endField = [&]() -> Status {
        if (field.size() > limits.maxCellChars)
            return Error::at(fileName, current.line, tr("Spalte %1").arg(current.cells.size() + 1),
                             tr("Die Zelle ist mit %1 Zeichen zu lang (höchstens %2).")
                                 .arg(field.size())
                                 .arg(limits.maxCellChars));
        current.cells.append(field);
        if (current.cells.size() > limits.maxColumns)
            return Error::at(fileName, current.line, {}, tr("Die Zeile hat mehr als %1 Spalten.").arg(limits.maxColumns));
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
        return {};
    };
    auto endRecord = [&]() {
        // A record of one empty cell is an empty line: skipped.
        if (!(current.cells.size() == 1 && current.cells.first().isEmpty()))
            records.append(current);
        current = TableRow{};
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == sep) {
            NETZATLAS_TRY(endField());
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            NETZATLAS_TRY(endField());
            endRecord();
            ++line;
            current.line = line;
            continue;
        }
        if (afterClosingQuote) {
            return Error::at(fileName, line, tr("Spalte %1").arg(current.cells.size() + 1),
                             tr("Nach einem schließenden Anführungszeichen folgt „%1“ statt eines Trennzeichens "
                                "(fehlerhafte Anführungszeichen).")
                                 .arg(c));
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
            continue;
        }
        field += c;
    }
    if (inQuotes)
        return Error::at(fileName, quoteLine, tr("Spalte %1").arg(current.cells.size() + 1),
                         tr("Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen (fehlerhafte "
                            "Anführungszeichen)."));
    if (!field.isEmpty() || fieldWasQuoted || !current.cells.isEmpty()) {
        NETZATLAS_TRY(endField());
        endRecord();
    }

    if (records.isEmpty())
        return Error::at(fileName, 0, {}, tr("Die Datei ist leer; es fehlt mindestens die Kopfzeile."));
    table.header = records.takeFirst().cells;
    for (QString &h : table.header)
        h = h.trimmed();
    const qsizetype columns = table.header.size();
    for (TableRow &row : records) {
        if (row.cells.size() > columns) {
            // Trailing empty cells (a separator at the end of the line) are harmless.
            while (row.cells.size() > columns && row.cells.constLast().trimmed().isEmpty())
                row.cells.removeLast();
            if (row.cells.size() > columns)
                return Error::at(fileName, row.line, {},
                                 tr("Die Zeile hat %1 Felder, die Kopfzeile nur %2. Enthält ein Wert das Trennzeichen "
                                    "„%3“ ohne Anführungszeichen?")
                                     .arg(row.cells.size())
                                     .arg(columns)
                                     .arg(sep == u'\t' ? tr("Tabulator") : QString(sep)));
        }
        while (row.cells.size() < columns)
            row.cells.append(QString());
    }
    table.rows = std::move(records);
    return table;
}

} // namespace netzatlas
