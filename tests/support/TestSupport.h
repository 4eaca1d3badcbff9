// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

namespace netzatlas::test {

/// A temporary directory that lives as long as the object.
class TempDir
{
public:
    TempDir();
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }
    /// Writes bytes to a file in the directory and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
};

/// A new SQLite registry file (schema only).
std::unique_ptr<RegistryRepository> createRegistry(const QString &path);
/// A new registry with the territories of Rhineland-Palatinate loaded.
std::unique_ptr<RegistryRepository> createRegistryWithTerritories(const QString &path);
/// A new registry with the demo network. Built once per test run and copied (the build takes a moment).
std::unique_ptr<RegistryRepository> createDemoRegistry(const QString &path);

QByteArray readAll(const QString &path);
/// Path of a file in tests/data.
QString testData(const QString &name);
/// The project's source directory.
QString sourceDir();
/// Directory of the build's executables (for spawning helper processes).
QString binaryDir();

} // namespace netzatlas::test

// Catch2 prints QStrings readably.
std::ostream &operator<<(std::ostream &os, const QString &value);
