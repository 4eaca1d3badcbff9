// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Result.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace netzatlas {

QString Error::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << QCoreApplication::translate("netzatlas::Error", "Datei „%1“").arg(QFileInfo(file).fileName());
    if (line > 0)
        where << QCoreApplication::translate("netzatlas::Error", "Zeile %1").arg(line);
    if (!field.isEmpty())
        where << QCoreApplication::translate("netzatlas::Error", "Feld „%1“").arg(field);
    QString text = where.isEmpty() ? message : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
    for (const QString &detail : details)
        text += QStringLiteral("\n  ") + detail;
    return text;
}

} // namespace netzatlas
