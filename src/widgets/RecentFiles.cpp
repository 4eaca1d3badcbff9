// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace netzatlas {

namespace {

const QString Key = QStringLiteral("Files/recent");

QStringList stored()
{
    return QSettings().value(Key).toStringList();
}

void store(const QStringList &paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, paths);
}

} // namespace

QStringList RecentFiles::entries()
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    }
    while (existing.size() > maxCount())
        existing.removeLast();
    if (existing != all)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = stored();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maxCount())
        paths.removeLast();
    store(paths);
}

void RecentFiles::remove(const QString &path)
{
    QStringList paths = stored();
    if (paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(paths);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace netzatlas
