// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Independent readers for the plan exports: /usr/bin/python3 with openpyxl (Debian python3-openpyxl) for XLSX,
// pdfinfo/pdftotext (poppler-utils) for PDF.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <initializer_list>
#include <utility>

namespace netzatlas::test {

/// A JSON object from UTF-8 keys and numbers (the project builds with QT_NO_CAST_FROM_ASCII).
inline QJsonObject numbers(std::initializer_list<std::pair<const char *, double>> values)
{
    QJsonObject object;
    for (const auto &[key, value] : values)
        object.insert(QString::fromUtf8(key), value);
    return object;
}

/// Runs tests/report/check_plan_xlsx.py; returns its exit code and output.
inline std::pair<int, QString> checkPlanXlsx(const TempDir &dir, const QString &xlsx, const QJsonObject &expected)
{
    const QString json = dir.write(QStringLiteral("expected.json"), QJsonDocument(expected).toJson());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(NETZATLAS_PLAN_CHECKER), xlsx, json});
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("python3 did not finish: ") + process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Page count by pdfinfo; 0 when unreadable.
inline int pdfPages(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// Text of pages [first, last] by pdftotext, with line breaks and runs of spaces collapsed to one space.
inline QString pdfText(const QString &pdf, int first, int last)
{
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"),
                                              QString::number(last), pdf, QStringLiteral("-")});
    QString collapsed = text;
    collapsed.replace(QRegularExpression(QStringLiteral(R"(\s+)")), QStringLiteral(" "));
    return collapsed;
}

} // namespace netzatlas::test
