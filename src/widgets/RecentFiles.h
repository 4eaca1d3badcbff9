// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace netzatlas {

/// The "Zuletzt geöffnet" list, kept in QSettings (key "Files/recent"): newest first, at most maxCount()
/// entries, absolute paths, no duplicates. Files that no longer exist are dropped when the list is read.
class RecentFiles
{
public:
    static constexpr int maxCount() { return 8; }

    /// The existing entries, newest first; removes vanished ones from the settings.
    [[nodiscard]] static QStringList entries();
    /// Puts `path` on top.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace netzatlas
