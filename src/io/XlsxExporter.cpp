// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvWriter.h>
#include <netzatlas/io/ExchangeExporter.h>
#include <netzatlas/io/XlsxExporter.h>

#include <netzatlas/core/Catalogue.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace netzatlas::XlsxExporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::XlsxExporter", text);
}

QVariant dateCell(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QString());
}

QVariant euro(Cents cents)
{
    return static_cast<double>(cents) / 100.0;
}

/// Excel sheet names: at most 31 characters, none of []:*?/\ and unique (case-insensitive).
QString sheetName(const QString &wanted, QSet<QString> &used)
{
    QString name = wanted;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u'_');
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Tabelle");
    if (name.startsWith(u'\''))
        name[0] = u'_';
    QString candidate = name.left(31);
    for (int n = 2; used.contains(candidate.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    used.insert(candidate.toLower());
    return candidate;
}

} // namespace

Result<QList<SheetData>> registrySheets(RegistryRepository &registry, bool withContacts)
{
    NETZATLAS_TRY_ASSIGN(actors, registry.actors());
    NETZATLAS_TRY_ASSIGN(links, registry.links());
    NETZATLAS_TRY_ASSIGN(committees, registry.committees());
    NETZATLAS_TRY_ASSIGN(measures, registry.measures());
    QHash<qint64, QString> keys;
    QHash<qint64, QString> names;
    for (const Actor &a : actors) {
        keys.insert(a.id.value, a.key);
        names.insert(a.id.value, a.name);
    }
    auto keyList = [&](const QList<ActorId> &ids) {
        QStringList out;
        for (const ActorId id : ids)
            out << keys.value(id.value);
        return out.join(QStringLiteral(", "));
    };
    QList<SheetData> sheets;

    SheetData actorSheet;
    actorSheet.name = tr("Akteure");
    actorSheet.header = ExchangeExporter::actorColumns();
    const qsizetype cohort = actorSheet.header.indexOf(QStringLiteral("scp_kohorte"));
    for (const Actor &a : actors) {
        QVariantList row;
        for (const QString &cell : ExchangeExporter::actorRow(a))
            row << cell;
        if (a.scpCohort)
            row[cohort] = a.scpCohort;
        actorSheet.rows << row;
    }
    for (qsizetype i = 0; i < actorSheet.header.size(); ++i)
        actorSheet.styles << (i == cohort ? SheetData::NumberStyle::Integer : SheetData::NumberStyle::Plain);
    sheets << actorSheet;

    SheetData linkSheet;
    linkSheet.name = tr("Verbindungen");
    linkSheet.header = ExchangeExporter::linkColumns();
    const qsizetype intensity = linkSheet.header.indexOf(QStringLiteral("intensity"));
    const qsizetype since = linkSheet.header.indexOf(QStringLiteral("since"));
    const qsizetype until = linkSheet.header.indexOf(QStringLiteral("until"));
    for (const CooperationLink &l : links) {
        QVariantList row;
        for (const QString &cell : ExchangeExporter::linkRow(l, keys))
            row << cell;
        row[intensity] = l.intensity;
        row[since] = dateCell(l.validFrom);
        row[until] = dateCell(l.validUntil);
        linkSheet.rows << row;
    }
    sheets << linkSheet;

    SheetData committeeSheet;
    committeeSheet.name = tr("Gremien");
    committeeSheet.header = {tr("Gremium"),          tr("Name"),      tr("Art"), tr("Auftrag"),
                             tr("Sitzungsrhythmus"), tr("Mitglieder")};
    SheetData memberSheet;
    memberSheet.name = tr("Mitgliedschaften");
    memberSheet.header = {tr("Gremium"), tr("Mitglied"), tr("Name des Mitglieds"), tr("Rolle"), tr("seit"), tr("bis")};
    for (const Committee &c : committees) {
        committeeSheet.rows << QVariantList{keys.value(c.actor.value),
                                            names.value(c.actor.value),
                                            DomainCatalogue::vocabularyLabel(Vocabulary::CommitteeKind, c.kind),
                                            c.mandate,
                                            c.meetingRhythm,
                                            static_cast<int>(c.members.size())};
        for (const CommitteeMembership &m : c.members) {
            memberSheet.rows << QVariantList{keys.value(c.actor.value),   keys.value(m.member.value),
                                             names.value(m.member.value), m.role,
                                             dateCell(m.since),           dateCell(m.until)};
        }
    }
    committeeSheet.styles = QList<SheetData::NumberStyle>(5, SheetData::NumberStyle::Plain)
                            << SheetData::NumberStyle::Integer;
    sheets << committeeSheet << memberSheet;

    SheetData measureSheet;
    measureSheet.name = tr("Maßnahmen");
    measureSheet.header = {tr("Schlüssel"),
                           tr("Säule"),
                           tr("Schuljahr"),
                           tr("Titel"),
                           tr("Maßnahmenbereich"),
                           tr("Handlungsfelder"),
                           tr("Schulen"),
                           tr("Partner"),
                           tr("Durchführung"),
                           tr("Status"),
                           tr("Beginn"),
                           tr("Ende"),
                           tr("geplante Kosten"),
                           tr("tatsächliche Kosten"),
                           tr("Ziel"),
                           tr("Notiz")};
    for (const Measure &m : measures) {
        measureSheet.rows << QVariantList{m.key,
                                          DomainCatalogue::vocabularyLabel(Vocabulary::Pillar, m.pillar),
                                          m.schoolYear,
                                          m.title,
                                          DomainCatalogue::vocabularyLabel(Vocabulary::MeasureArea, m.measureArea),
                                          m.actionFields.join(QStringLiteral(", ")),
                                          keyList(m.schools),
                                          keyList(m.partners),
                                          keys.value(m.provider.value),
                                          DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, m.status),
                                          dateCell(m.start),
                                          dateCell(m.end),
                                          euro(m.plannedCost),
                                          euro(m.actualCost),
                                          m.goal,
                                          m.notes};
    }
    measureSheet.styles = QList<SheetData::NumberStyle>(12, SheetData::NumberStyle::Plain)
                          << SheetData::NumberStyle::Euro << SheetData::NumberStyle::Euro;
    sheets << measureSheet;

    if (withContacts) {
        SheetData contactSheet;
        contactSheet.name = tr("Kontaktpersonen");
        contactSheet.header = {tr("Akteur"),   tr("Name des Akteurs"), tr("Name"),
                               tr("Funktion"), tr("E-Mail"),           tr("Telefon"),
                               tr("Zweck"),    tr("Überprüfen bis"),   tr("Notiz")};
        for (const Actor &a : actors) {
            NETZATLAS_TRY_ASSIGN(contacts, registry.contacts(a.id));
            for (const ContactPerson &c : contacts) {
                contactSheet.rows << QVariantList{
                    a.key, a.name, c.name, c.function, c.email, c.phone, c.purpose, dateCell(c.reviewDate), c.notes};
            }
        }
        sheets << contactSheet;
    }
    return sheets;
}

Status write(const QList<SheetData> &sheets, const QString &path, const QString &title)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::at(path, 0, {}, tr("Für die Excel-Datei kann kein temporärer Ordner angelegt werden."));
    const QByteArray tempPath = QFile::encodeName(dir.filePath(QStringLiteral("export.xlsx")));
    const QByteArray tmpDir = QFile::encodeName(dir.path());
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory = LXW_FALSE;
    workbookOptions.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *workbook = workbook_new_opt(tempPath.constData(), &workbookOptions);
    if (!workbook)
        return Error::at(path, 0, {}, tr("Die Excel-Datei kann nicht angelegt werden."));

    const QByteArray titleUtf8 = title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(titleUtf8.constData());
    properties.author = const_cast<char *>("Netzatlas");
    workbook_set_properties(workbook, &properties);

    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xDDE6F0);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *textFormat = workbook_add_format(workbook);
    format_set_num_format(textFormat, "@"); // text cells stay text when edited in Excel
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd.mm.yyyy");
    format_set_align(dateFormat, LXW_ALIGN_LEFT);
    lxw_format *integerFormat = workbook_add_format(workbook);
    format_set_num_format(integerFormat, "0");
    lxw_format *decimalFormat = workbook_add_format(workbook);
    format_set_num_format(decimalFormat, "#,##0.00");
    lxw_format *euroFormat = workbook_add_format(workbook);
    format_set_num_format(euroFormat, "#,##0.00 \"€\"");
    lxw_format *percentFormat = workbook_add_format(workbook);
    format_set_num_format(percentFormat, "0.0 %");

    QString failure;
    QSet<QString> used;
    for (const SheetData &sheet : sheets) {
        const QByteArray name = sheetName(sheet.name, used).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(workbook, name.constData());
        if (!ws) {
            failure = tr("Das Blatt „%1“ kann nicht angelegt werden.").arg(sheet.name);
            break;
        }
        QList<int> widths(sheet.header.size(), 8);
        for (qsizetype c = 0; c < sheet.header.size(); ++c) {
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), sheet.header.at(c).toUtf8().constData(),
                                   headerFormat);
            widths[c] = std::max(widths[c], static_cast<int>(sheet.header.at(c).size()) + 3);
        }
        for (qsizetype r = 0; r < sheet.rows.size() && failure.isEmpty(); ++r) {
            const QVariantList &row = sheet.rows.at(r);
            const auto excelRow = static_cast<lxw_row_t>(r + 1);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &v = row.at(c);
                const auto col = static_cast<lxw_col_t>(c);
                const auto style = c < sheet.styles.size() ? sheet.styles.at(c) : SheetData::NumberStyle::Plain;
                lxw_error error = LXW_NO_ERROR;
                int width = 10;
                switch (v.typeId()) {
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    error = worksheet_write_datetime(ws, excelRow, col, &dt, dateFormat);
                    width = 12;
                    break;
                }
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Double: {
                    lxw_format *format = nullptr;
                    switch (style) {
                    case SheetData::NumberStyle::Integer:
                        format = integerFormat;
                        break;
                    case SheetData::NumberStyle::Decimal:
                        format = decimalFormat;
                        break;
                    case SheetData::NumberStyle::Euro:
                        format = euroFormat;
                        break;
                    case SheetData::NumberStyle::Percent:
                        format = percentFormat;
                        break;
                    case SheetData::NumberStyle::Plain:
                        break;
                    }
                    error = worksheet_write_number(ws, excelRow, col, v.toDouble(), format);
                    width = style == SheetData::NumberStyle::Euro ? 14 : 10;
                    break;
                }
                case QMetaType::Bool:
                    error = worksheet_write_string(ws, excelRow, col, v.toBool() ? "ja" : "nein", nullptr);
                    break;
                default: {
                    const QString text = v.toString();
                    if (text.isEmpty())
                        break;
                    if (text.size() > 32767) {
                        failure = tr("Blatt „%1“, Zeile %2, Spalte „%3“: Der Text ist länger als die 32.767 Zeichen, "
                                     "die eine Excel-Zelle fasst.")
                                      .arg(sheet.name)
                                      .arg(r + 2)
                                      .arg(c < sheet.header.size() ? sheet.header.at(c) : QString::number(c + 1));
                        break;
                    }
                    // worksheet_write_string always stores a text cell: "=SUMME(A1)" stays the text it is.
                    error = worksheet_write_string(ws, excelRow, col, text.toUtf8().constData(), textFormat);
                    width = static_cast<int>(std::min<qsizetype>(text.size(), 60)) + 2;
                }
                }
                if (!failure.isEmpty())
                    break;
                if (error != LXW_NO_ERROR) {
                    failure = tr("Blatt „%1“, Zeile %2: %3")
                                  .arg(sheet.name)
                                  .arg(r + 2)
                                  .arg(QString::fromUtf8(lxw_strerror(error)));
                    break;
                }
                if (c < widths.size())
                    widths[c] = std::max(widths[c], width);
            }
        }
        if (!failure.isEmpty())
            break;
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::min(widths[c], 62),
                                 nullptr);
        if (!sheet.header.isEmpty())
            worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                                 static_cast<lxw_col_t>(sheet.header.size() - 1));
        worksheet_freeze_panes(ws, 1, 0);
    }
    const lxw_error closed = workbook_close(workbook);
    if (!failure.isEmpty())
        return Error::at(path, 0, {}, failure);
    if (closed != LXW_NO_ERROR)
        return Error::at(
            path, 0, {},
            tr("Die Excel-Datei konnte nicht geschrieben werden: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile built(QFile::decodeName(tempPath));
    if (!built.open(QIODevice::ReadOnly))
        return Error::at(path, 0, {}, tr("Die erzeugte Excel-Datei ist nicht lesbar."));
    return saveFileAtomically(path, built.readAll());
}

} // namespace netzatlas::XlsxExporter
