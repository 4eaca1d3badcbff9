// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvWriter.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::CsvWriter", text);
}

bool isPlainNumber(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^[+-]?\d+(\.\d+)?$)"));
    return number.match(cell).hasMatch();
}

bool startsDangerously(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QChar separator)
    : m_separator(separator)
{
}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    return startsDangerously(cell) && !isPlainNumber(cell);
}

namespace {

/// The cell without its leading apostrophes.
QString withoutApostrophes(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return cell.mid(i);
}

} // namespace

QString CsvWriter::unneutralize(const QString &cell)
{
    // Exactly one apostrophe was added in front of anything that is formula-like after its own apostrophes.
    if (cell.size() >= 2 && cell.front() == u'\'' && looksLikeFormula(withoutApostrophes(cell)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::encodeCell(const QString &raw, QChar separator)
{
    QString cell = raw;
    // "=…" becomes "'=…"; "'=…" becomes "''=…" so that unneutralize() restores either exactly.
    if (looksLikeFormula(withoutApostrophes(cell)))
        cell.prepend(u'\'');
    const bool needsQuotes = cell.contains(separator) || cell.contains(u'"') || cell.contains(u'\n')
                             || cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ');
    if (!needsQuotes)
        return cell;
    cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const QString &cell : cells)
        encoded << encodeCell(cell, m_separator);
    m_text += encoded.join(m_separator);
    m_text += QStringLiteral("\r\n");
}

QByteArray CsvWriter::bytes() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

Status CsvWriter::save(const QString &path) const
{
    return saveFileAtomically(path, bytes());
}

Status saveFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::at(path, 0, {}, tr("Die Datei kann nicht geschrieben werden: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::at(path, 0, {}, tr("Die Datei konnte nicht vollständig geschrieben werden: %1")
                                          .arg(file.errorString()));
    }
    if (!file.commit())
        return Error::at(path, 0, {}, tr("Die Datei konnte nicht gespeichert werden: %1").arg(file.errorString()));
    return {};
}

} // namespace netzatlas
