// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/core/Territory.h>
#include <netzatlas/io/RegistrySetup.h>

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace netzatlas {

/// One open registry as the GUI sees it: the repository, the undo stack of its edits, and cached read
/// models (actors, territories, catalogue labels, counts) that the item models build on.
///
/// The document owns the repository. Widgets and models never write to storage themselves; edits will be
/// commands pushed onto undoStack() that go through the repository and then announce what changed through
/// the typed signals below.
///
/// Thread affinity: the GUI thread (the repository is bound to the thread that opened it).
class RegistryDocument : public QObject
{
    Q_OBJECT

public:
    ~RegistryDocument() override;

    /// Opens an existing registry file. Opens it read-only when the file or its folder is not writable.
    [[nodiscard]] static Result<std::unique_ptr<RegistryDocument>> open(const QString &path);
    /// Creates a new registry file at `path` (which must not exist or be empty) and fills it through
    /// RegistrySetup::initialize(). On failure the half-created file is removed again.
    [[nodiscard]] static Result<std::unique_ptr<RegistryDocument>> create(const QString &path,
                                                                          const InitOptions &options);
    /// Wraps an already open repository (tests, future server registries).
    [[nodiscard]] static Result<std::unique_ptr<RegistryDocument>>
    fromRepository(std::unique_ptr<RegistryRepository> repository);

    [[nodiscard]] RegistryRepository &repository() { return *m_repository; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    /// Location the registry was opened from (absolute file path).
    [[nodiscard]] QString path() const { return m_path; }
    /// File name without folder ("Kreis Bad Kreuznach.sqlite").
    [[nodiscard]] QString fileName() const;
    /// Registry title (meta "title"); the file's base name when the registry has none.
    [[nodiscard]] QString title() const { return m_title; }
    /// True for the fictional demo network (meta "demo" = "1").
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] bool isReadOnly() const;

    // ---- cached read models (valid until the next reset signal)
    [[nodiscard]] const QList<Actor> &actors() const { return m_actors; }
    [[nodiscard]] const QList<Territory> &territories() const { return m_territories; }
    /// The territory with this Regionalschlüssel, or nullptr.
    [[nodiscard]] const Territory *territory(const QString &rs) const;
    [[nodiscard]] const RegistryCounts &counts() const { return m_counts; }

    // ---- catalogue lookups
    /// German label of an actor type; the code itself when the catalogue does not know it.
    [[nodiscard]] QString actorTypeLabel(const QString &typeCode) const;
    /// Colour of an actor type; grey when unknown.
    [[nodiscard]] QColor actorTypeColor(const QString &typeCode) const;
    /// German label of a vocabulary code (Schulart …); the code itself when unknown.
    [[nodiscard]] QString vocabularyLabel(Vocabulary vocabulary, const QString &code) const;

    /// Re-reads everything from the repository and emits the reset signals.
    Status reload();
    /// Re-reads the actors and the counts (after an import, an edit of many actors).
    Status reloadActors();

    /// Writes a consistent copy of the registry to `targetPath` (replacing that file).
    [[nodiscard]] Status saveCopy(const QString &targetPath);

Q_SIGNALS:
    /// The list of actors was replaced; models must re-read actors().
    void actorsReset();
    /// The territories were replaced.
    void territoriesReset();
    /// Catalogue labels or colours changed.
    void cataloguesReset();
    /// counts() changed.
    void countsChanged();
    /// title() or isDemo() changed.
    void metadataChanged();

private:
    RegistryDocument(std::unique_ptr<RegistryRepository> repository, QObject *parent = nullptr);

    Status loadMetadata();
    Status loadTerritories();
    Status loadCatalogues();
    Status loadActors();
    Status loadCounts();

    std::unique_ptr<RegistryRepository> m_repository;
    QUndoStack *m_undoStack = nullptr;
    QString m_path;
    QString m_title;
    bool m_demo = false;

    QList<Actor> m_actors;
    QList<Territory> m_territories;
    QHash<QString, qsizetype> m_territoryIndex;
    QHash<QString, CatalogueEntry> m_actorTypes;
    mutable QHash<QString, QString> m_vocabularyLabels;
    RegistryCounts m_counts;
};

} // namespace netzatlas
