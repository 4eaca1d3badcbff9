// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/RegistryDocument.h>

#include <netzatlas/core/Log.h>
#include <netzatlas/storage/RegistryStore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace netzatlas {

namespace {

/// SQLite needs to write its journal beside the file, so a writable file in a read-only folder is read-only
/// for us as well.
bool isWritableLocation(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    return file.isWritable() && folder.isWritable();
}

void removeRegistryFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

RegistryDocument::RegistryDocument(std::unique_ptr<RegistryRepository> repository, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(repository))
    , m_undoStack(new QUndoStack(this))
{
    m_path = m_repository->location();
}

RegistryDocument::~RegistryDocument() = default;

Result<std::unique_ptr<RegistryDocument>> RegistryDocument::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    OpenOptions options;
    options.readOnly = QFileInfo::exists(absolute) && !isWritableLocation(absolute);
    NETZATLAS_TRY_ASSIGN(repository, RegistryStore::open(absolute, options));
    return fromRepository(std::move(repository));
}

Result<std::unique_ptr<RegistryDocument>> RegistryDocument::create(const QString &path, const InitOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const RegistryFileInfo info = RegistryStore::inspect(absolute);
    // An open registry in WAL mode can have an empty-looking main file with all its content in the -wal file.
    const QFileInfo wal(absolute + QStringLiteral("-wal"));
    const bool hasJournal = wal.exists() && wal.size() > 0;
    if ((info.kind != RegistryFileInfo::Kind::Missing && info.kind != RegistryFileInfo::Kind::Empty) || hasJournal)
        return Error::at(absolute, 0, {},
                         tr("Die Datei gibt es bereits. Eine neue Registry wird nur in einer neuen Datei angelegt; "
                            "die vorhandene Datei wurde nicht verändert."));
    const bool existedEmpty = info.kind == RegistryFileInfo::Kind::Empty;

    OpenOptions openOptions;
    openOptions.create = true;
    auto opened = RegistryStore::open(absolute, openOptions);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<RegistryRepository> repository = std::move(opened).value();
    if (Status status = RegistrySetup::initialize(*repository, options); !status.ok()) {
        repository.reset(); // closes the connection before the file goes
        removeRegistryFiles(absolute);
        if (existedEmpty) {
            // The user picked an existing empty file: leave it as empty as it was.
            QFile file(absolute);
            if (file.open(QIODevice::WriteOnly))
                file.close();
        }
        Log::warning("editing", QStringLiteral("creating %1 failed").arg(QFileInfo(absolute).fileName()));
        return status.error();
    }
    return fromRepository(std::move(repository));
}

Result<std::unique_ptr<RegistryDocument>>
RegistryDocument::fromRepository(std::unique_ptr<RegistryRepository> repository)
{
    if (!repository)
        return Error::make(tr("Es ist keine Registry geöffnet."));
    std::unique_ptr<RegistryDocument> document(new RegistryDocument(std::move(repository)));
    NETZATLAS_TRY(document->loadMetadata());
    NETZATLAS_TRY(document->loadCatalogues());
    NETZATLAS_TRY(document->loadTerritories());
    NETZATLAS_TRY(document->loadActors());
    NETZATLAS_TRY(document->loadCounts());
    Log::info("editing", QStringLiteral("document %1: %2 actors, %3 territories%4")
                             .arg(document->fileName())
                             .arg(document->m_actors.size())
                             .arg(document->m_territories.size())
                             .arg(document->isReadOnly() ? QStringLiteral(", read-only") : QString()));
    return document;
}

QString RegistryDocument::fileName() const
{
    return QFileInfo(m_path).fileName();
}

bool RegistryDocument::isReadOnly() const
{
    return m_repository->isReadOnly();
}

const Territory *RegistryDocument::territory(const QString &rs) const
{
    const auto it = m_territoryIndex.constFind(rs);
    return it == m_territoryIndex.constEnd() ? nullptr : &m_territories.at(*it);
}

QString RegistryDocument::actorTypeLabel(const QString &typeCode) const
{
    const auto it = m_actorTypes.constFind(typeCode);
    return it == m_actorTypes.constEnd() || it->label.isEmpty() ? typeCode : it->label;
}

QColor RegistryDocument::actorTypeColor(const QString &typeCode) const
{
    const auto it = m_actorTypes.constFind(typeCode);
    if (it != m_actorTypes.constEnd()) {
        const QColor color = QColor::fromString(it->color);
        if (color.isValid())
            return color;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString RegistryDocument::vocabularyLabel(Vocabulary vocabulary, const QString &code) const
{
    if (code.isEmpty())
        return {};
    const QString key = QString::number(static_cast<int>(vocabulary)) + u'|' + code;
    auto it = m_vocabularyLabels.constFind(key);
    if (it == m_vocabularyLabels.constEnd())
        it = m_vocabularyLabels.insert(key, DomainCatalogue::vocabularyLabel(vocabulary, code));
    return *it;
}

Status RegistryDocument::reload()
{
    NETZATLAS_TRY(loadMetadata());
    NETZATLAS_TRY(loadCatalogues());
    NETZATLAS_TRY(loadTerritories());
    NETZATLAS_TRY(loadActors());
    NETZATLAS_TRY(loadCounts());
    Q_EMIT metadataChanged();
    Q_EMIT cataloguesReset();
    Q_EMIT territoriesReset();
    Q_EMIT actorsReset();
    Q_EMIT countsChanged();
    return {};
}

Status RegistryDocument::reloadActors()
{
    NETZATLAS_TRY(loadActors());
    NETZATLAS_TRY(loadCounts());
    Q_EMIT actorsReset();
    Q_EMIT countsChanged();
    return {};
}

Status RegistryDocument::saveCopy(const QString &targetPath)
{
    const QString absolute = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo(absolute) == QFileInfo(m_path))
        return Error::at(absolute, 0, {},
                         tr("Die Kopie kann nicht über die geöffnete Registry selbst gespeichert werden."));
    return RegistryStore::saveCopy(*m_repository, absolute);
}

Status RegistryDocument::loadMetadata()
{
    NETZATLAS_TRY_ASSIGN(title, m_repository->metaValue(QStringLiteral("title")));
    NETZATLAS_TRY_ASSIGN(demo, m_repository->metaValue(QStringLiteral("demo")));
    m_title = title.trimmed().isEmpty() ? QFileInfo(m_path).completeBaseName() : title.trimmed();
    m_demo = demo.trimmed() == u"1";
    return {};
}

Status RegistryDocument::loadTerritories()
{
    NETZATLAS_TRY_ASSIGN(territories, m_repository->allTerritories());
    m_territories = std::move(territories);
    m_territoryIndex.clear();
    m_territoryIndex.reserve(m_territories.size());
    for (qsizetype i = 0; i < m_territories.size(); ++i)
        m_territoryIndex.insert(m_territories.at(i).rs, i);
    return {};
}

Status RegistryDocument::loadCatalogues()
{
    NETZATLAS_TRY_ASSIGN(types, m_repository->catalogue(CatalogueKind::ActorType));
    m_actorTypes.clear();
    for (const CatalogueEntry &entry : types)
        m_actorTypes.insert(entry.code, entry);
    m_vocabularyLabels.clear();
    return {};
}

Status RegistryDocument::loadActors()
{
    NETZATLAS_TRY_ASSIGN(actors, m_repository->actors());
    m_actors = std::move(actors);
    return {};
}

Status RegistryDocument::loadCounts()
{
    NETZATLAS_TRY_ASSIGN(counts, m_repository->counts());
    m_counts = std::move(counts);
    return {};
}

} // namespace netzatlas
