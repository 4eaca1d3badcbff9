// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

class QLockFile;

namespace netzatlas {

/// The lock file beside a registry ("Kreis.sqlite.lock") that tells a second Netzatlas process, on this computer
/// or another one sharing the folder, that the registry is being edited. QLockFile writes process id, host and
/// application into it.
///
/// A lock whose process has died on this computer is stale and removed silently. A lock from another computer
/// cannot be checked: the user may open read-only or break it (after a crash there). Locks never expire by age:
/// a colleague's lunch break must not let a second writer in.
class RegistryLock
{
public:
    enum class State {
        Acquired,    ///< the lock is ours until the object goes
        HeldByOther, ///< another process holds it: see owner()
        Failed,      ///< the lock file cannot be written (read-only folder …)
    };

    struct Owner
    {
        qint64 pid = 0;
        QString hostName;
        QString application;
        QDateTime since; ///< last modification of the lock file
        bool onThisComputer = false;
    };

    explicit RegistryLock(const QString &registryPath);
    ~RegistryLock();
    RegistryLock(const RegistryLock &) = delete;
    RegistryLock &operator=(const RegistryLock &) = delete;

    [[nodiscard]] State tryAcquire();
    /// Who holds the lock (after tryAcquire() returned HeldByOther).
    [[nodiscard]] Owner owner() const;
    /// Removes the other process's lock file and takes the lock.
    [[nodiscard]] bool breakAndAcquire();
    [[nodiscard]] bool isLocked() const;
    [[nodiscard]] QString lockFilePath() const { return m_lockPath; }
    [[nodiscard]] static QString lockFilePathFor(const QString &registryPath);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace netzatlas
