// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SqlSupport.h"

#include <netzatlas/core/Log.h>

#include <QCoreApplication>
#include <QDateTime>

namespace netzatlas::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::storage", text);
}

} // namespace

Error sqlError(const QSqlError &error, const QString &context)
{
    const QString driverText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    Log::warning("storage", QStringLiteral("%1: %2 (%3)").arg(context, driverText, error.nativeErrorCode()));
    QString message;
    if (driverText.contains(QStringLiteral("FOREIGN KEY constraint failed"), Qt::CaseInsensitive)) {
        message = tr("Der Eintrag verweist auf etwas, das es in der Registry nicht gibt (z. B. einen unbekannten "
                     "Typ, Gebietsschlüssel oder Akteur), oder andere Einträge hängen noch von ihm ab.");
    } else if (driverText.contains(QStringLiteral("UNIQUE constraint failed"), Qt::CaseInsensitive)) {
        message = tr("Ein Eintrag mit diesem Schlüssel ist schon vorhanden.");
    } else if (driverText.contains(QStringLiteral("CHECK constraint failed"), Qt::CaseInsensitive)
               || driverText.contains(QStringLiteral("NOT NULL constraint failed"), Qt::CaseInsensitive)) {
        message = tr("Ein Wert liegt außerhalb des Erlaubten (Pflichtfeld leer, Ende vor Beginn, negativer Betrag …).");
    } else if (driverText.contains(QStringLiteral("database is locked"), Qt::CaseInsensitive)
               || driverText.contains(QStringLiteral("busy"), Qt::CaseInsensitive)) {
        message = tr("Die Registry wird gerade von einem anderen Programm geschrieben. Bitte später erneut versuchen.");
    } else if (driverText.contains(QStringLiteral("readonly"), Qt::CaseInsensitive)
               || driverText.contains(QStringLiteral("read-only"), Qt::CaseInsensitive)) {
        message = tr("Die Registry ist schreibgeschützt geöffnet.");
    } else if (driverText.contains(QStringLiteral("disk"), Qt::CaseInsensitive)
               || driverText.contains(QStringLiteral("full"), Qt::CaseInsensitive)) {
        message = tr("Die Registry konnte nicht geschrieben werden (Datenträger voll oder nicht erreichbar).");
    } else {
        message = tr("Datenbankfehler beim %1: %2").arg(context, driverText);
    }
    return Error::make(message);
}

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_prepareError = m_query.lastError();
}

SqlStatement::~SqlStatement()
{
    m_query.finish();
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL. Text columns are NOT NULL with '' as "no value"; SQL NULL is
    // requested explicitly with an invalid QVariant (see textOrNull, dateValue).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

SqlStatement &SqlStatement::bindAll(std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        bind(value);
    return *this;
}

Status SqlStatement::exec(const QString &context)
{
    if (!m_prepared)
        return sqlError(m_prepareError, context);
    if (!m_query.exec())
        return sqlError(m_query.lastError(), context);
    return {};
}

QDate SqlStatement::date(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Status execSql(const QSqlDatabase &db, const QString &sql, const QString &context)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), context);
    query.finish();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QString &context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return sqlError(query.lastError(), context);
    QVariant value;
    if (query.next())
        value = query.value(0);
    query.finish();
    return value;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace netzatlas::storage
