// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include <netzatlas/io/RegistrySetup.h>
#include <netzatlas/storage/RegistryStore.h>

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace netzatlas::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

std::unique_ptr<RegistryRepository> createRegistry(const QString &path)
{
    OpenOptions options;
    options.create = true;
    auto result = RegistryStore::openSqlite(path, options);
    if (!result.ok())
        FAIL(result.error().toString().toStdString());
    return std::move(result).value();
}

std::unique_ptr<RegistryRepository> createRegistryWithTerritories(const QString &path)
{
    auto registry = createRegistry(path);
    InitOptions options;
    auto status = RegistrySetup::initialize(*registry, options);
    if (!status.ok())
        FAIL(status.error().toString().toStdString());
    return registry;
}

std::unique_ptr<RegistryRepository> createDemoRegistry(const QString &path)
{
    static QTemporaryDir cacheDir;
    static QString cached;
    if (cached.isEmpty()) {
        const QString source = cacheDir.filePath(QStringLiteral("demo-cache.sqlite"));
        {
            auto registry = createRegistry(source);
            InitOptions options;
            options.demo = true;
            auto status = RegistrySetup::initialize(*registry, options);
            if (!status.ok())
                FAIL(status.error().toString().toStdString());
            const QString copy = cacheDir.filePath(QStringLiteral("demo.sqlite"));
            REQUIRE(RegistryStore::saveCopy(*registry, copy).ok());
            cached = copy;
        }
    }
    QFile::remove(path);
    REQUIRE(QFile::copy(cached, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    OpenOptions options;
    auto result = RegistryStore::openSqlite(path, options);
    if (!result.ok())
        FAIL(result.error().toString().toStdString());
    return std::move(result).value();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString testData(const QString &name)
{
    return QDir(QStringLiteral(NETZATLAS_TEST_DATA_DIR)).filePath(name);
}

QString sourceDir()
{
    return QStringLiteral(NETZATLAS_SOURCE_DIR);
}

QString binaryDir()
{
    return QCoreApplication::applicationDirPath();
}

} // namespace netzatlas::test

std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}
