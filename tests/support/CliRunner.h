// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Runs netzatlas-cli in-process for the CLI tests (header-only: only the tests that link netzatlas_cli use it).

#include "CliApplication.h"
#include "TestSupport.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace netzatlas::test {

/// Exit code and the text a command wrote to standard output and standard error.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliContext context{out, err, false};
    cli::CliApplication app;
    run.code = app.run(arguments, context);
    out.flush();
    err.flush();
    return run;
}

/// The registry file and its WAL side file, as bytes, to prove that a rejected command changed nothing.
inline QByteArray registryBytes(const QString &path)
{
    return readAll(path) + "|" + readAll(path + QStringLiteral("-wal"));
}

} // namespace netzatlas::test
