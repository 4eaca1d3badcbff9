// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/ExchangeExporter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace netzatlas::ExchangeExporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::ExchangeExporter", text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList actorColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("name"),          QStringLiteral("type"),
            QStringLiteral("schulart"),     QStringLiteral("rs"),            QStringLiteral("scp"),
            QStringLiteral("schulnummer"),  QStringLiteral("strasse"),       QStringLiteral("plz"),
            QStringLiteral("ort"),          QStringLiteral("tags"),          QStringLiteral("notiz"),
            QStringLiteral("kurzname"),     QStringLiteral("schultraeger"),  QStringLiteral("jugendamt"),
            QStringLiteral("ganztag"),      QStringLiteral("scp_kohorte"),   QStringLiteral("rechtsstatus"),
            QStringLiteral("foerderschwerpunkte"), QStringLiteral("kita_traeger")};
}

QStringList linkColumns()
{
    return {QStringLiteral("source"),    QStringLiteral("target"),    QStringLiteral("type"),
            QStringLiteral("handlungsfeld"), QStringLiteral("direction"), QStringLiteral("intensity"),
            QStringLiteral("formality"), QStringLiteral("since"),     QStringLiteral("until"),
            QStringLiteral("status"),    QStringLiteral("notiz")};
}

QStringList actorRow(const Actor &a)
{
    return {a.key, a.name, a.typeCode, a.schoolKind, a.seatRs, a.scp ? QStringLiteral("ja") : QStringLiteral("nein"),
            a.schoolNumber, a.street, a.postcode, a.city, a.tags.join(QStringLiteral(", ")), a.notes,
            a.shortName, a.schoolAuthorityRs, a.youthOfficeRs, a.allDay,
            a.scpCohort ? QString::number(a.scpCohort) : QString(), a.legalStatus, a.specialNeedsFocus,
            a.kitaOperator};
}

QStringList linkRow(const CooperationLink &l, const QHash<qint64, QString> &keys)
{
    return {keys.value(l.source.value), keys.value(l.target.value), l.typeCode, l.actionField,
            linkDirectionCode(l.direction), QString::number(l.intensity), l.formality, dateText(l.validFrom),
            dateText(l.validUntil), l.status, l.note};
}

Result<CsvWriter> actorsCsv(RegistryRepository &registry)
{
    NETZATLAS_TRY_ASSIGN(actors, registry.actors());
    CsvWriter writer;
    writer.addRow(actorColumns());
    for (const Actor &a : actors)
        writer.addRow(actorRow(a));
    return writer;
}

Result<CsvWriter> linksCsv(RegistryRepository &registry)
{
    NETZATLAS_TRY_ASSIGN(actors, registry.actors());
    QHash<qint64, QString> keys;
    for (const Actor &a : actors)
        keys.insert(a.id.value, a.key);
    NETZATLAS_TRY_ASSIGN(links, registry.links());
    CsvWriter writer;
    writer.addRow(linkColumns());
    for (const CooperationLink &l : links)
        writer.addRow(linkRow(l, keys));
    return writer;
}

Result<QStringList> writeCsv(RegistryRepository &registry, const QString &path, Tables tables)
{
    QStringList written;
    auto write = [&](const Result<CsvWriter> &writer, const QString &file) -> Status {
        if (!writer.ok())
            return writer.error();
        NETZATLAS_TRY(writer->save(file));
        written << file;
        return {};
    };
    if (tables == Tables::Both) {
        QDir dir(path);
        if (!dir.exists() && !QDir().mkpath(path))
            return Error::at(path, 0, {}, tr("Der Ordner kann nicht angelegt werden."));
        NETZATLAS_TRY(write(actorsCsv(registry), dir.filePath(QStringLiteral("akteure.csv"))));
        NETZATLAS_TRY(write(linksCsv(registry), dir.filePath(QStringLiteral("verbindungen.csv"))));
        return written;
    }
    if (QFileInfo(path).isDir())
        return Error::at(path, 0, {}, tr("Für eine einzelne Tabelle wird ein Dateiname erwartet, kein Ordner."));
    NETZATLAS_TRY(write(tables == Tables::Actors ? actorsCsv(registry) : linksCsv(registry), path));
    return written;
}

} // namespace netzatlas::ExchangeExporter
