// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/RegistryLock.h>

#include <netzatlas/core/Log.h>

#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace netzatlas {

RegistryLock::RegistryLock(const QString &registryPath)
    : m_lockPath(lockFilePathFor(registryPath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Age alone never makes a lock stale; only a dead process on this computer does (QLockFile checks that).
    m_lock->setStaleLockTime(0);
}

RegistryLock::~RegistryLock() = default;

QString RegistryLock::lockFilePathFor(const QString &registryPath)
{
    return QFileInfo(registryPath).absoluteFilePath() + QStringLiteral(".lock");
}

RegistryLock::State RegistryLock::tryAcquire()
{
    if (m_lock->tryLock(0))
        return State::Acquired;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        return State::HeldByOther;
    case QLockFile::NoError:
        return State::Acquired;
    case QLockFile::PermissionError:
    case QLockFile::UnknownError:
        break;
    }
    Log::warning("editing", QStringLiteral("lock file cannot be written"));
    return State::Failed;
}

RegistryLock::Owner RegistryLock::owner() const
{
    Owner owner;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->getLockInfo(&pid, &host, &application)) {
        owner.pid = pid;
        owner.hostName = host;
        owner.application = application;
    }
    owner.since = QFileInfo(m_lockPath).lastModified();
    owner.onThisComputer = owner.hostName.isEmpty() || owner.hostName == QSysInfo::machineHostName();
    return owner;
}

bool RegistryLock::breakAndAcquire()
{
    if (!m_lock->removeStaleLockFile())
        return false;
    Log::info("editing", QStringLiteral("lock file of another process broken by the user"));
    return tryAcquire() == State::Acquired;
}

bool RegistryLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace netzatlas
