// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace netzatlas::storage {

/// Translates a driver error into a German message; the driver text goes to the log only.
Error sqlError(const QSqlError &error, const QString &context);

/// A prepared statement with positional bound parameters. Finished when it goes out of scope, so that
/// no statement is left active before the next write.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    SqlStatement &bind(const QVariant &value);
    SqlStatement &bindAll(std::initializer_list<QVariant> values);
    /// Executes with the bound values; the context names the operation for the error message.
    Status exec(const QString &context);
    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }
    [[nodiscard]] QString text(int column) const { return m_query.value(column).toString(); }
    [[nodiscard]] qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    [[nodiscard]] QDate date(int column) const;
    [[nodiscard]] qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    QSqlError m_prepareError;
};

/// Runs one statement without parameters (PRAGMA, BEGIN, DDL).
Status execSql(const QSqlDatabase &db, const QString &sql, const QString &context);
/// Runs a query returning one value.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QString &context);

/// NULL for an invalid date, ISO text otherwise.
QVariant dateValue(const QDate &date);
/// NULL for an empty string (foreign-key columns), the text otherwise.
QVariant textOrNull(const QString &text);
/// The current time as ISO text (UTC).
QString nowText();

} // namespace netzatlas::storage
