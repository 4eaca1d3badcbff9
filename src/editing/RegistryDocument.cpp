// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/RegistryDocument.h>

#include <netzatlas/core/Log.h>
#include <netzatlas/core/Responsibility.h>
#include <netzatlas/core/Text.h>
#include <netzatlas/editing/RegistryCommand.h>
#include <netzatlas/editing/RegistryLock.h>
#include <netzatlas/storage/RegistryStore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

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

template<typename Record>
void sortById(QList<Record> &records)
{
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
}

/// Index of the first record whose id is not less than `id` (where a record with that id belongs).
template<typename Record, typename IdType>
int insertionIndex(const QList<Record> &records, IdType id)
{
    const auto it = std::lower_bound(records.cbegin(), records.cend(), id,
                                     [](const Record &record, IdType value) { return record.id < value; });
    return static_cast<int>(it - records.cbegin());
}

template<typename Record>
QHash<qint64, int> indexOf(const QList<Record> &records)
{
    QHash<qint64, int> index;
    index.reserve(records.size());
    for (int i = 0; i < records.size(); ++i)
        index.insert(records.at(i).id.value, i);
    return index;
}

} // namespace

RegistryDocument::RegistryDocument(std::unique_ptr<RegistryRepository> repository, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(repository))
    , m_undoStack(new QUndoStack(this))
{
    m_path = m_repository->location();
}

RegistryDocument::~RegistryDocument()
{
    // Commands refer to the document; let them go while it is still whole.
    m_undoStack->clear();
}

Result<std::unique_ptr<RegistryDocument>> RegistryDocument::open(const QString &path, bool readOnly)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    OpenOptions options;
    options.readOnly = readOnly || (QFileInfo::exists(absolute) && !isWritableLocation(absolute));
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
    NETZATLAS_TRY(document->loadLinks());
    NETZATLAS_TRY(document->loadCommittees());
    NETZATLAS_TRY(document->loadMeasures());
    NETZATLAS_TRY(document->loadBudgets());
    NETZATLAS_TRY(document->loadCounts());
    Log::info("editing", QStringLiteral("document %1: %2 actors, %3 links, %4 territories%5")
                             .arg(document->fileName())
                             .arg(document->m_actors.size())
                             .arg(document->m_links.size())
                             .arg(document->m_territories.size())
                             .arg(document->isReadOnly() ? QStringLiteral(", read-only") : QString()));
    return document;
}

void RegistryDocument::setLock(std::unique_ptr<RegistryLock> lock)
{
    m_lock = std::move(lock);
}

QString RegistryDocument::fileName() const
{
    return QFileInfo(m_path).fileName();
}

bool RegistryDocument::isReadOnly() const
{
    return m_repository->isReadOnly();
}

// ------------------------------------------------------------------------------------------------ lookups

const Actor *RegistryDocument::actor(ActorId id) const
{
    const int index = actorIndex(id);
    return index < 0 ? nullptr : &m_actors.at(index);
}

int RegistryDocument::actorIndex(ActorId id) const
{
    return m_actorIndex.value(id.value, -1);
}

const Measure *RegistryDocument::measure(MeasureId id) const
{
    const int index = measureIndex(id);
    return index < 0 ? nullptr : &m_measures.at(index);
}

int RegistryDocument::measureIndex(MeasureId id) const
{
    return m_measureIndex.value(id.value, -1);
}

QList<Measure> RegistryDocument::measuresOf(ActorId actor) const
{
    QList<Measure> result;
    for (const Measure &m : m_measures) {
        if (m.provider == actor || m.schools.contains(actor) || m.partners.contains(actor))
            result.append(m);
    }
    return result;
}

const Budget *RegistryDocument::budget(BudgetId id) const
{
    const int index = budgetIndex(id);
    return index < 0 ? nullptr : &m_budgets.at(index);
}

int RegistryDocument::budgetIndex(BudgetId id) const
{
    return m_budgetIndex.value(id.value, -1);
}

const CooperationLink *RegistryDocument::link(LinkId id) const
{
    const int index = linkIndex(id);
    return index < 0 ? nullptr : &m_links.at(index);
}

int RegistryDocument::linkIndex(LinkId id) const
{
    return m_linkIndex.value(id.value, -1);
}

QList<CooperationLink> RegistryDocument::linksOf(ActorId actor) const
{
    QList<CooperationLink> result;
    for (const CooperationLink &l : m_links) {
        if (l.source == actor || l.target == actor)
            result.append(l);
    }
    return result;
}

const Committee *RegistryDocument::committee(CommitteeId id) const
{
    const int index = committeeIndex(id);
    return index < 0 ? nullptr : &m_committees.at(index);
}

int RegistryDocument::committeeIndex(CommitteeId id) const
{
    return m_committeeIndex.value(id.value, -1);
}

const Committee *RegistryDocument::committeeOfActor(ActorId actor) const
{
    for (const Committee &c : m_committees) {
        if (c.actor == actor)
            return &c;
    }
    return nullptr;
}

QList<Committee> RegistryDocument::committeesWithMember(ActorId actor) const
{
    QList<Committee> result;
    for (const Committee &c : m_committees) {
        for (const CommitteeMembership &m : c.members) {
            if (m.member == actor) {
                result.append(c);
                break;
            }
        }
    }
    return result;
}

Result<QList<ContactPerson>> RegistryDocument::contacts(ActorId actor)
{
    return m_repository->contacts(actor);
}

const Territory *RegistryDocument::territory(const QString &rs) const
{
    const auto it = m_territoryIndex.constFind(rs);
    return it == m_territoryIndex.constEnd() ? nullptr : &m_territories.at(*it);
}

QString RegistryDocument::territoryPath(const QString &rs) const
{
    QList<const Territory *> chain;
    for (const Territory *t = territory(rs); t; t = t->parentRs.isEmpty() ? nullptr : territory(t->parentRs)) {
        if (t->level == TerritoryLevel::Land || t->level == TerritoryLevel::Regierungsbezirk)
            break;
        chain.prepend(t);
    }
    QStringList parts;
    for (int i = 0; i < chain.size(); ++i) {
        const Territory *t = chain.at(i);
        // A verbandsfreie Gemeinde is a Gemeindeverband with one Gemeinde of the same name: name it once.
        if (t->level == TerritoryLevel::Gemeindeverband && i + 1 < chain.size() &&
            chain.at(i + 1)->displayName() == t->displayName())
            continue;
        parts << (t->level == TerritoryLevel::Gemeinde ? t->displayName() : t->qualifiedName());
    }
    if (parts.isEmpty())
        return rs;
    return parts.join(QStringLiteral(" \u203a "));
}

const QList<CatalogueEntry> &RegistryDocument::catalogue(CatalogueKind kind) const
{
    static const QList<CatalogueEntry> empty;
    const auto it = m_catalogues.constFind(static_cast<int>(kind));
    return it == m_catalogues.constEnd() ? empty : *it;
}

const CatalogueEntry *RegistryDocument::catalogueEntry(CatalogueKind kind, const QString &code) const
{
    for (const CatalogueEntry &entry : catalogue(kind)) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

QString RegistryDocument::catalogueLabel(CatalogueKind kind, const QString &code) const
{
    if (code.isEmpty())
        return {};
    const CatalogueEntry *entry = catalogueEntry(kind, code);
    if (!entry)
        return code;
    const QString label = displayLabel(*entry);
    return label.isEmpty() ? code : label;
}

QColor RegistryDocument::catalogueColor(CatalogueKind kind, const QString &code) const
{
    if (const CatalogueEntry *entry = catalogueEntry(kind, code)) {
        const QColor color = QColor::fromString(entry->color);
        if (color.isValid())
            return color;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString RegistryDocument::actorTypeLabel(const QString &typeCode) const
{
    return catalogueLabel(CatalogueKind::ActorType, typeCode);
}

QColor RegistryDocument::actorTypeColor(const QString &typeCode) const
{
    return catalogueColor(CatalogueKind::ActorType, typeCode);
}

bool RegistryDocument::usesEnglishLabels()
{
    return QLocale().language() == QLocale::English;
}

QString RegistryDocument::displayLabel(const CatalogueEntry &entry)
{
    return usesEnglishLabels() && !entry.labelEn.isEmpty() ? entry.labelEn : entry.label;
}

QString RegistryDocument::displayLabel(const VocabularyEntry &entry)
{
    return usesEnglishLabels() && !entry.labelEn.isEmpty() ? entry.labelEn : entry.label;
}

QString RegistryDocument::vocabularyLabel(Vocabulary vocabulary, const QString &code) const
{
    if (code.isEmpty())
        return {};
    const QString key = QString::number(static_cast<int>(vocabulary)) + (usesEnglishLabels() ? u'e' : u'd') + code;
    auto it = m_vocabularyLabels.constFind(key);
    if (it == m_vocabularyLabels.constEnd()) {
        QString label = code;
        for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(vocabulary)) {
            if (entry.code == code) {
                label = displayLabel(entry);
                break;
            }
        }
        it = m_vocabularyLabels.insert(key, label);
    }
    return *it;
}

QString RegistryDocument::actorName(ActorId id) const
{
    const Actor *a = actor(id);
    return a ? a->name : tr("(gelöscht)");
}

// ------------------------------------------------------------------------------------------------ rules

QString RegistryDocument::suggestSchoolAuthority(const Actor &a) const
{
    if (!a.isSchool() || a.seatRs.isEmpty())
        return {};
    const QString rs =
        Responsibility::suggestSchoolAuthority(a.schoolKind, a.specialNeedsFocus, a.seatRs, m_largeCities);
    return territory(rs) ? rs : QString();
}

QString RegistryDocument::suggestYouthOffice(const Actor &a) const
{
    if (a.seatRs.isEmpty())
        return {};
    return Responsibility::youthOfficeFor(a.seatRs, m_youthOffices);
}

namespace {

void retiredError(QList<ValidationIssue> &issues, const QString &field, const QString &label)
{
    issues.append(ValidationIssue{ValidationIssue::Severity::Error, field,
                                  RegistryDocument::tr("„%1“ ist stillgelegt und kann nicht neu vergeben werden; "
                                                       "bestehende Einträge behalten ihn.")
                                      .arg(label)});
}

} // namespace

QList<ValidationIssue> RegistryDocument::validateActor(const Actor &a) const
{
    QList<ValidationIssue> issues = Validation::checkActor(a, catalogue(CatalogueKind::ActorType));
    const Actor *stored = a.id.isValid() ? actor(a.id) : nullptr;
    if (const CatalogueEntry *type = catalogueEntry(CatalogueKind::ActorType, a.typeCode);
        type && type->retired && (!stored || stored->typeCode != a.typeCode))
        retiredError(issues, tr("Typ"), displayLabel(*type));
    issues.append(Validation::findProbableDuplicates(a, m_actors));
    return issues;
}

QList<ValidationIssue> RegistryDocument::validateLink(const CooperationLink &l) const
{
    QList<ValidationIssue> issues =
        Validation::checkLink(l, catalogue(CatalogueKind::LinkType), catalogue(CatalogueKind::ActionField));
    const CooperationLink *stored = l.id.isValid() ? link(l.id) : nullptr;
    if (const CatalogueEntry *type = catalogueEntry(CatalogueKind::LinkType, l.typeCode);
        type && type->retired && (!stored || stored->typeCode != l.typeCode))
        retiredError(issues, tr("Typ"), displayLabel(*type));
    if (const CatalogueEntry *field = catalogueEntry(CatalogueKind::ActionField, l.actionField);
        field && field->retired && (!stored || stored->actionField != l.actionField))
        retiredError(issues, tr("Handlungsfeld"), displayLabel(*field));
    if (l.source.isValid() && !actor(l.source))
        issues.append({ValidationIssue::Severity::Error, tr("Von"), tr("Den Ausgangsakteur gibt es nicht mehr.")});
    if (l.target.isValid() && !actor(l.target))
        issues.append({ValidationIssue::Severity::Error, tr("Nach"), tr("Den Zielakteur gibt es nicht mehr.")});
    return issues;
}

Result<RecordSet> RegistryDocument::measureRemovalSnapshot(const QList<MeasureId> &ids)
{
    RecordSet snapshot;
    QSet<qint64> removed;
    for (MeasureId id : ids) {
        if (removed.contains(id.value))
            continue;
        NETZATLAS_TRY_ASSIGN(stored, m_repository->measure(id));
        if (!stored)
            return Error::make(tr("Die Maßnahme gibt es nicht mehr; sie wurde inzwischen gelöscht."));
        snapshot.removedMeasures.append(*stored);
        removed.insert(id.value);
    }
    sortById(snapshot.removedMeasures);
    for (const CooperationLink &l : m_links) {
        if (l.measure.isValid() && removed.contains(l.measure.value))
            snapshot.otherLinks.append(l);
    }
    return snapshot;
}

Result<RecordSet> RegistryDocument::removalSnapshot(const QList<ActorId> &ids)
{
    RecordSet snapshot;
    QSet<qint64> removed;
    for (ActorId id : ids) {
        if (removed.contains(id.value))
            continue;
        NETZATLAS_TRY_ASSIGN(stored, m_repository->actor(id));
        if (!stored)
            return Error::make(tr("Den Akteur gibt es nicht mehr; er wurde inzwischen gelöscht."));
        snapshot.actors.append(*stored);
        removed.insert(id.value);
    }
    sortById(snapshot.actors);

    QSet<qint64> seenLinks;
    for (const Actor &a : std::as_const(snapshot.actors)) {
        NETZATLAS_TRY_ASSIGN(links, m_repository->linksOfActor(a.id));
        for (const CooperationLink &l : links) {
            if (!seenLinks.contains(l.id.value)) {
                seenLinks.insert(l.id.value);
                snapshot.links.append(l);
            }
        }
        NETZATLAS_TRY_ASSIGN(contacts, m_repository->contacts(a.id));
        snapshot.contacts.append(contacts);
    }
    sortById(snapshot.links);

    NETZATLAS_TRY_ASSIGN(committees, m_repository->committees());
    for (const Committee &c : committees) {
        if (removed.contains(c.actor.value)) {
            snapshot.committees.append(c);
            continue;
        }
        for (const CommitteeMembership &m : c.members) {
            if (removed.contains(m.member.value)) {
                snapshot.otherCommittees.append(c);
                break;
            }
        }
    }
    NETZATLAS_TRY_ASSIGN(measures, m_repository->measures());
    for (const Measure &m : measures) {
        bool refers = removed.contains(m.provider.value);
        for (ActorId a : m.schools)
            refers = refers || removed.contains(a.value);
        for (ActorId a : m.partners)
            refers = refers || removed.contains(a.value);
        if (refers)
            snapshot.measures.append(m);
    }
    NETZATLAS_TRY_ASSIGN(budgets, m_repository->budgets());
    for (const Budget &b : budgets) {
        if (removed.contains(b.holder.value))
            snapshot.budgets.append(b);
    }
    NETZATLAS_TRY_ASSIGN(views, m_repository->views());
    for (const SavedView &view : views) {
        NETZATLAS_TRY_ASSIGN(positions, m_repository->positions(view.id));
        ViewPositions kept{view.id, {}};
        for (const LayoutPosition &p : positions) {
            if (removed.contains(p.actor.value))
                kept.positions.append(p);
        }
        if (!kept.positions.isEmpty())
            snapshot.positions.append(kept);
    }
    return snapshot;
}

QStringList RegistryDocument::describeDependents(const RecordSet &snapshot, int maxNames) const
{
    QSet<qint64> removed;
    for (const Actor &a : snapshot.actors)
        removed.insert(a.id.value);
    auto names = [maxNames](const QStringList &all) {
        QStringList shown = all.mid(0, maxNames);
        if (all.size() > maxNames)
            shown << tr("… und %1 weitere").arg(all.size() - maxNames);
        return shown.join(QStringLiteral("; "));
    };
    QStringList lines;
    if (!snapshot.links.isEmpty()) {
        QStringList all;
        for (const CooperationLink &l : snapshot.links)
            all << QStringLiteral("%1 \u2013 %2 (%3)")
                       .arg(actorName(l.source), actorName(l.target),
                            catalogueLabel(CatalogueKind::LinkType, l.typeCode));
        lines << tr("Verbindungen (%1): %2").arg(snapshot.links.size()).arg(names(all));
    }
    if (!snapshot.contacts.isEmpty()) {
        QStringList all;
        for (const ContactPerson &c : snapshot.contacts)
            all << c.name;
        lines << tr("Ansprechpersonen (%1): %2").arg(snapshot.contacts.size()).arg(names(all));
    }
    if (!snapshot.committees.isEmpty()) {
        int members = 0;
        for (const Committee &c : snapshot.committees)
            members += static_cast<int>(c.members.size());
        lines << tr("Gremiendaten mit %1 Mitgliedschaften").arg(members);
    }
    if (!snapshot.otherCommittees.isEmpty()) {
        QStringList all;
        for (const Committee &c : snapshot.otherCommittees)
            all << actorName(c.actor);
        lines << tr("Mitgliedschaften in Gremien (%1): %2").arg(snapshot.otherCommittees.size()).arg(names(all));
    }
    if (!snapshot.measures.isEmpty()) {
        QStringList all;
        for (const Measure &m : snapshot.measures)
            all << m.title;
        lines << tr("Bezug in Maßnahmen (%1): %2").arg(snapshot.measures.size()).arg(names(all));
    }
    if (!snapshot.budgets.isEmpty()) {
        QStringList all;
        for (const Budget &b : snapshot.budgets)
            all << QStringLiteral("%1 %2").arg(b.schoolYear, vocabularyLabel(Vocabulary::Pillar, b.pillar));
        lines << tr("Budgets (%1): %2").arg(snapshot.budgets.size()).arg(names(all));
    }
    if (!snapshot.positions.isEmpty())
        lines << tr("Positionen in %1 gespeicherten Ansichten").arg(snapshot.positions.size());
    return lines;
}

// ------------------------------------------------------------------------------------------------ editing

Status RegistryDocument::push(RegistryCommand *command)
{
    if (isReadOnly()) {
        delete command;
        return Error::make(tr("Die Registry ist schreibgeschützt geöffnet; Änderungen sind nicht möglich."));
    }
    m_pushStatus = {};
    m_undoStack->push(command);
    return m_pushStatus;
}

void RegistryDocument::commandFailed(const QString &commandText, const Error &error, bool firstRun)
{
    Log::warning("editing", QStringLiteral("command failed (%1)").arg(firstRun ? u"first run" : u"undo/redo"));
    if (firstRun) {
        m_pushStatus = error;
        return;
    }
    // The store and the remaining history no longer fit together: start from what is stored.
    Q_EMIT editFailed(tr("„%1“ konnte nicht ausgeführt werden: %2 Der Verlauf wurde geleert und die Registry neu "
                         "geladen.")
                          .arg(commandText, error.toString()));
    QTimer::singleShot(0, this, [this] {
        m_undoStack->clear();
        if (Status status = reload(); !status.ok())
            Log::error("editing", QStringLiteral("reload after a failed command failed"));
    });
}

Result<Actor> RegistryDocument::applyInsertActor(const Actor &a)
{
    Actor fresh = a;
    fresh.id = ActorId();
    NETZATLAS_TRY_ASSIGN(id, m_repository->insertActor(fresh));
    NETZATLAS_TRY(refreshActors({id}));
    refreshCounts();
    const Actor *stored = actor(id);
    if (!stored)
        return Error::make(tr("Der neue Akteur wurde nicht wiedergefunden."));
    return *stored;
}

Result<CooperationLink> RegistryDocument::applyInsertLink(const CooperationLink &l)
{
    CooperationLink fresh = l;
    fresh.id = LinkId();
    NETZATLAS_TRY_ASSIGN(id, m_repository->insertLink(fresh));
    NETZATLAS_TRY(refreshLinks({id}));
    refreshCounts();
    const CooperationLink *stored = link(id);
    if (!stored)
        return Error::make(tr("Die neue Verbindung wurde nicht wiedergefunden."));
    return *stored;
}

Result<ContactPerson> RegistryDocument::applyInsertContact(const ContactPerson &c)
{
    ContactPerson fresh = c;
    fresh.id = ContactId();
    NETZATLAS_TRY_ASSIGN(id, m_repository->insertContact(fresh));
    Q_EMIT contactsChanged(c.actor);
    refreshCounts();
    NETZATLAS_TRY_ASSIGN(list, m_repository->contacts(c.actor));
    for (const ContactPerson &stored : list) {
        if (stored.id == id)
            return stored;
    }
    return Error::make(tr("Die neue Ansprechperson wurde nicht wiedergefunden."));
}

Result<RecordSet> RegistryDocument::applyInsertCommittee(const Actor &a, const Committee &c)
{
    ActorId actorId;
    CommitteeId committeeId;
    const Status written = m_repository->transact([&]() -> Status {
        Actor freshActor = a;
        freshActor.id = ActorId();
        NETZATLAS_TRY_ASSIGN(newActor, m_repository->insertActor(freshActor));
        actorId = newActor;
        Committee fresh = c;
        fresh.id = CommitteeId();
        fresh.actor = actorId;
        NETZATLAS_TRY_ASSIGN(newCommittee, m_repository->insertCommittee(fresh));
        committeeId = newCommittee;
        return {};
    });
    if (!written.ok())
        return written.error();
    NETZATLAS_TRY(refreshActors({actorId}));
    NETZATLAS_TRY(refreshCommittees({committeeId}));
    refreshCounts();
    const Actor *storedActor = actor(actorId);
    const Committee *storedCommittee = committee(committeeId);
    if (!storedActor || !storedCommittee)
        return Error::make(tr("Das neue Gremium wurde nicht wiedergefunden."));
    RecordSet created;
    created.actors.append(*storedActor);
    created.committees.append(*storedCommittee);
    return created;
}

Result<Measure> RegistryDocument::applyInsertMeasure(const Measure &m)
{
    Measure fresh = m;
    fresh.id = MeasureId();
    NETZATLAS_TRY_ASSIGN(id, m_repository->insertMeasure(fresh));
    NETZATLAS_TRY(refreshMeasures({id}));
    refreshCounts();
    const Measure *stored = measure(id);
    if (!stored)
        return Error::make(tr("Die neue Maßnahme wurde nicht wiedergefunden."));
    return *stored;
}

Result<Budget> RegistryDocument::applyInsertBudget(const Budget &b)
{
    Budget fresh = b;
    fresh.id = BudgetId();
    NETZATLAS_TRY_ASSIGN(id, m_repository->insertBudget(fresh));
    NETZATLAS_TRY(refreshBudgets({id}));
    refreshCounts();
    const Budget *stored = budget(id);
    if (!stored)
        return Error::make(tr("Das neue Budget wurde nicht wiedergefunden."));
    return *stored;
}

Status RegistryDocument::applyUpdate(const RecordSet &records)
{
    const Status written = m_repository->transact([&]() -> Status {
        for (Actor a : records.actors) {
            const Actor *cached = actor(a.id);
            if (!cached)
                return Error::make(tr("Den Akteur „%1“ gibt es nicht mehr.").arg(a.name));
            a.rowVersion = cached->rowVersion;
            NETZATLAS_TRY(m_repository->updateActor(a));
        }
        for (Committee c : records.committees) {
            const Committee *cached = committee(c.id);
            if (!cached)
                return Error::make(tr("Das Gremium gibt es nicht mehr."));
            c.rowVersion = cached->rowVersion;
            NETZATLAS_TRY(m_repository->updateCommittee(c));
        }
        for (CooperationLink l : records.links) {
            const CooperationLink *cached = link(l.id);
            if (!cached)
                return Error::make(tr("Die Verbindung gibt es nicht mehr."));
            l.rowVersion = cached->rowVersion;
            NETZATLAS_TRY(m_repository->updateLink(l));
        }
        for (ContactPerson c : records.contacts) {
            // Contacts are not cached: their row version comes from the store.
            NETZATLAS_TRY_ASSIGN(stored, m_repository->contacts(c.actor));
            const auto it =
                std::find_if(stored.cbegin(), stored.cend(), [&c](const ContactPerson &s) { return s.id == c.id; });
            if (it == stored.cend())
                return Error::make(tr("Die Ansprechperson gibt es nicht mehr."));
            c.rowVersion = it->rowVersion;
            NETZATLAS_TRY(m_repository->updateContact(c));
        }
        for (Measure m : records.measures) {
            const Measure *cached = measure(m.id);
            if (!cached)
                return Error::make(tr("Die Maßnahme „%1“ gibt es nicht mehr.").arg(m.title));
            m.rowVersion = cached->rowVersion;
            NETZATLAS_TRY(m_repository->updateMeasure(m));
        }
        for (Budget b : records.budgets) {
            const Budget *cached = budget(b.id);
            if (!cached)
                return Error::make(tr("Das Budget gibt es nicht mehr."));
            b.rowVersion = cached->rowVersion;
            NETZATLAS_TRY(m_repository->updateBudget(b));
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    QList<ActorId> actorIds;
    for (const Actor &a : records.actors)
        actorIds.append(a.id);
    NETZATLAS_TRY(refreshActors(actorIds));
    QList<CommitteeId> committeeIds;
    for (const Committee &c : records.committees)
        committeeIds.append(c.id);
    NETZATLAS_TRY(refreshCommittees(committeeIds));
    QList<LinkId> linkIds;
    for (const CooperationLink &l : records.links)
        linkIds.append(l.id);
    NETZATLAS_TRY(refreshLinks(linkIds));
    QSet<qint64> owners;
    for (const ContactPerson &c : records.contacts) {
        if (!owners.contains(c.actor.value)) {
            owners.insert(c.actor.value);
            Q_EMIT contactsChanged(c.actor);
        }
    }
    QList<MeasureId> measureIds;
    for (const Measure &m : records.measures)
        measureIds.append(m.id);
    NETZATLAS_TRY(refreshMeasures(measureIds));
    QList<BudgetId> budgetIds;
    for (const Budget &b : records.budgets)
        budgetIds.append(b.id);
    NETZATLAS_TRY(refreshBudgets(budgetIds));
    refreshCounts();
    return {};
}

Status RegistryDocument::applyRemove(const RecordSet &snapshot)
{
    const Status written = m_repository->transact([&]() -> Status {
        for (const CooperationLink &l : snapshot.links)
            NETZATLAS_TRY(m_repository->removeLink(l.id));
        for (const ContactPerson &c : snapshot.contacts)
            NETZATLAS_TRY(m_repository->removeContact(c.id));
        for (const Measure &m : snapshot.removedMeasures)
            NETZATLAS_TRY(m_repository->removeMeasure(m.id)); // links naming it keep no reference (SET NULL)
        for (const Budget &b : snapshot.budgets)
            NETZATLAS_TRY(m_repository->removeBudget(b.id));
        for (const Actor &a : snapshot.actors)
            NETZATLAS_TRY(m_repository->removeActor(a.id));
        return {};
    });
    if (!written.ok())
        return written.error();
    for (const CooperationLink &l : snapshot.links)
        dropLink(l.id);
    for (const Committee &c : snapshot.committees)
        dropCommittee(c.id);
    QList<CommitteeId> others;
    for (const Committee &c : snapshot.otherCommittees)
        others.append(c.id);
    Status refreshed = refreshCommittees(others);
    QSet<qint64> owners;
    for (const ContactPerson &c : snapshot.contacts)
        owners.insert(c.actor.value);
    for (const Actor &a : snapshot.actors) {
        dropActor(a.id);
        owners.insert(a.id.value);
    }
    for (qint64 owner : std::as_const(owners))
        Q_EMIT contactsChanged(ActorId(owner));
    for (const Measure &m : snapshot.removedMeasures)
        dropMeasure(m.id);
    for (const Budget &b : snapshot.budgets)
        dropBudget(b.id);
    if (refreshed.ok()) {
        QList<LinkId> linkIds;
        for (const CooperationLink &l : snapshot.otherLinks)
            linkIds.append(l.id);
        refreshed = refreshLinks(linkIds);
    }
    if (!snapshot.measures.isEmpty() && refreshed.ok()) {
        refreshed = loadMeasures();
        Q_EMIT measuresReset();
    }
    refreshCounts();
    return refreshed;
}

Status RegistryDocument::applyRestore(const RecordSet &snapshot)
{
    const Status written = m_repository->transact([&]() -> Status {
        for (const Actor &a : snapshot.actors)
            NETZATLAS_TRY(m_repository->restoreActor(a));
        for (const Committee &c : snapshot.committees)
            NETZATLAS_TRY(m_repository->restoreCommittee(c));
        for (const CooperationLink &l : snapshot.links)
            NETZATLAS_TRY(m_repository->restoreLink(l));
        for (const ContactPerson &c : snapshot.contacts)
            NETZATLAS_TRY(m_repository->restoreContact(c));
        // The records that only lost a reference: put the reference back on what is stored now.
        for (Committee c : snapshot.otherCommittees) {
            NETZATLAS_TRY_ASSIGN(current, m_repository->committee(c.id));
            if (!current)
                return Error::make(tr("Ein Gremium, in dem der Akteur Mitglied war, gibt es nicht mehr."));
            c.rowVersion = current->rowVersion;
            NETZATLAS_TRY(m_repository->updateCommittee(c));
        }
        for (Measure m : snapshot.measures) {
            NETZATLAS_TRY_ASSIGN(current, m_repository->measure(m.id));
            if (!current)
                return Error::make(tr("Eine Maßnahme, die sich auf den Akteur bezog, gibt es nicht mehr."));
            m.rowVersion = current->rowVersion;
            NETZATLAS_TRY(m_repository->updateMeasure(m));
        }
        for (const Budget &b : snapshot.budgets)
            NETZATLAS_TRY(m_repository->restoreBudget(b));
        for (const Measure &m : snapshot.removedMeasures)
            NETZATLAS_TRY(m_repository->restoreMeasure(m));
        for (CooperationLink l : snapshot.otherLinks) {
            NETZATLAS_TRY_ASSIGN(current, m_repository->link(l.id));
            if (!current)
                return Error::make(tr("Eine Verbindung, die die Maßnahme nannte, gibt es nicht mehr."));
            l.rowVersion = current->rowVersion;
            NETZATLAS_TRY(m_repository->updateLink(l));
        }
        for (const ViewPositions &view : snapshot.positions)
            NETZATLAS_TRY(m_repository->setPositions(view.view, view.positions));
        return {};
    });
    if (!written.ok())
        return written.error();
    QList<ActorId> actorIds;
    for (const Actor &a : snapshot.actors)
        actorIds.append(a.id);
    NETZATLAS_TRY(refreshActors(actorIds));
    QList<CommitteeId> committeeIds;
    for (const Committee &c : snapshot.committees)
        committeeIds.append(c.id);
    for (const Committee &c : snapshot.otherCommittees)
        committeeIds.append(c.id);
    NETZATLAS_TRY(refreshCommittees(committeeIds));
    QList<LinkId> linkIds;
    for (const CooperationLink &l : snapshot.links)
        linkIds.append(l.id);
    NETZATLAS_TRY(refreshLinks(linkIds));
    QSet<qint64> owners;
    for (const ContactPerson &c : snapshot.contacts)
        owners.insert(c.actor.value);
    for (const Actor &a : snapshot.actors)
        owners.insert(a.id.value);
    for (qint64 owner : std::as_const(owners))
        Q_EMIT contactsChanged(ActorId(owner));
    QList<MeasureId> measureIds;
    for (const Measure &m : snapshot.removedMeasures)
        measureIds.append(m.id);
    NETZATLAS_TRY(refreshMeasures(measureIds));
    QList<BudgetId> budgetIds;
    for (const Budget &b : snapshot.budgets)
        budgetIds.append(b.id);
    NETZATLAS_TRY(refreshBudgets(budgetIds));
    QList<LinkId> otherLinkIds;
    for (const CooperationLink &l : snapshot.otherLinks)
        otherLinkIds.append(l.id);
    NETZATLAS_TRY(refreshLinks(otherLinkIds));
    if (!snapshot.measures.isEmpty()) {
        NETZATLAS_TRY(loadMeasures());
        Q_EMIT measuresReset();
    }
    refreshCounts();
    return {};
}

Status RegistryDocument::applyUpsertCatalogueEntry(CatalogueKind kind, const CatalogueEntry &entry)
{
    NETZATLAS_TRY(m_repository->upsertCatalogueEntry(kind, entry));
    NETZATLAS_TRY(loadCatalogues());
    Q_EMIT cataloguesReset();
    return {};
}

Status RegistryDocument::applyRemoveCatalogueEntry(CatalogueKind kind, const QString &code)
{
    NETZATLAS_TRY(m_repository->removeCatalogueEntry(kind, code));
    NETZATLAS_TRY(loadCatalogues());
    Q_EMIT cataloguesReset();
    return {};
}

Result<ViewId> RegistryDocument::applyInsertView(const SavedView &view, const QList<LayoutPosition> &positions)
{
    ViewId id;
    NETZATLAS_TRY(m_repository->transact([&]() -> Status {
        NETZATLAS_TRY_ASSIGN(newId, m_repository->insertView(view));
        id = newId;
        return m_repository->setPositions(id, positions);
    }));
    Q_EMIT viewsChanged();
    return id;
}

Status RegistryDocument::applyUpdateView(const SavedView &view)
{
    NETZATLAS_TRY(m_repository->transact([&]() -> Status {
        NETZATLAS_TRY_ASSIGN(stored, m_repository->views());
        auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const SavedView &v) { return v.id == view.id; });
        if (it == stored.cend())
            return Error::make(tr("Die Ansicht „%1“ gibt es nicht mehr.").arg(view.name));
        SavedView changed = view;
        changed.rowVersion = it->rowVersion;
        return m_repository->updateView(changed);
    }));
    Q_EMIT viewsChanged();
    return {};
}

Status RegistryDocument::applyRemoveView(ViewId id)
{
    NETZATLAS_TRY(m_repository->removeView(id));
    Q_EMIT viewsChanged();
    return {};
}

Status RegistryDocument::applySetViewPositions(ViewId view, const QList<LayoutPosition> &positions)
{
    if (view.isValid())
        NETZATLAS_TRY(m_repository->setPositions(view, positions));
    Q_EMIT viewPositionsChanged(view, positions);
    return {};
}

Result<QList<SavedView>> RegistryDocument::views()
{
    return m_repository->views();
}

Result<QList<LayoutPosition>> RegistryDocument::viewPositions(ViewId view)
{
    return m_repository->positions(view);
}

Status RegistryDocument::applyImportChanges(const ImportChanges &changes, bool undo)
{
    const Status written = m_repository->transact([&]() -> Status {
        auto updateActors = [&](const QList<Actor> &list) -> Status {
            for (Actor a : list) {
                NETZATLAS_TRY_ASSIGN(current, m_repository->actor(a.id));
                if (!current)
                    return Error::make(tr("Den Akteur „%1“ gibt es nicht mehr.").arg(a.name));
                a.rowVersion = current->rowVersion;
                NETZATLAS_TRY(m_repository->updateActor(a));
            }
            return {};
        };
        auto updateLinks = [&](const QList<CooperationLink> &list) -> Status {
            for (CooperationLink l : list) {
                NETZATLAS_TRY_ASSIGN(current, m_repository->link(l.id));
                if (!current)
                    return Error::make(tr("Die Verbindung gibt es nicht mehr."));
                l.rowVersion = current->rowVersion;
                NETZATLAS_TRY(m_repository->updateLink(l));
            }
            return {};
        };
        if (undo) {
            for (const CooperationLink &l : changes.createdLinks)
                NETZATLAS_TRY(m_repository->removeLink(l.id));
            NETZATLAS_TRY(updateLinks(changes.linksBefore));
            for (const Actor &a : changes.createdActors)
                NETZATLAS_TRY(m_repository->removeActor(a.id));
            return updateActors(changes.actorsBefore);
        }
        for (const Actor &a : changes.createdActors)
            NETZATLAS_TRY(m_repository->restoreActor(a));
        NETZATLAS_TRY(updateActors(changes.actorsAfter));
        for (const CooperationLink &l : changes.createdLinks)
            NETZATLAS_TRY(m_repository->restoreLink(l));
        return updateLinks(changes.linksAfter);
    });
    if (!written.ok())
        return written.error();
    return reloadRecords();
}

// ------------------------------------------------------------------------------------------------ loading

Status RegistryDocument::reload()
{
    NETZATLAS_TRY(loadMetadata());
    NETZATLAS_TRY(loadCatalogues());
    NETZATLAS_TRY(loadTerritories());
    NETZATLAS_TRY(loadActors());
    NETZATLAS_TRY(loadLinks());
    NETZATLAS_TRY(loadCommittees());
    NETZATLAS_TRY(loadMeasures());
    NETZATLAS_TRY(loadBudgets());
    NETZATLAS_TRY(loadCounts());
    Q_EMIT metadataChanged();
    Q_EMIT cataloguesReset();
    Q_EMIT territoriesReset();
    Q_EMIT actorsReset();
    Q_EMIT linksReset();
    Q_EMIT committeesReset();
    Q_EMIT measuresReset();
    Q_EMIT budgetsReset();
    Q_EMIT countsChanged();
    return {};
}

Status RegistryDocument::reloadRecords()
{
    NETZATLAS_TRY(loadActors());
    NETZATLAS_TRY(loadLinks());
    NETZATLAS_TRY(loadCommittees());
    NETZATLAS_TRY(loadMeasures());
    NETZATLAS_TRY(loadBudgets());
    NETZATLAS_TRY(loadCounts());
    Q_EMIT actorsReset();
    Q_EMIT linksReset();
    Q_EMIT committeesReset();
    Q_EMIT measuresReset();
    Q_EMIT budgetsReset();
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
    NETZATLAS_TRY_ASSIGN(youthOffices, m_repository->youthOfficeTerritories());
    NETZATLAS_TRY_ASSIGN(largeCities, m_repository->largeCityTerritories());
    m_youthOffices = youthOffices;
    m_largeCities = largeCities;
    return {};
}

Status RegistryDocument::loadCatalogues()
{
    for (CatalogueKind kind : {CatalogueKind::ActorType, CatalogueKind::LinkType, CatalogueKind::ActionField}) {
        NETZATLAS_TRY_ASSIGN(entries, m_repository->catalogue(kind));
        m_catalogues.insert(static_cast<int>(kind), entries);
    }
    m_vocabularyLabels.clear();
    return {};
}

Status RegistryDocument::loadActors()
{
    NETZATLAS_TRY_ASSIGN(actors, m_repository->actors());
    m_actors = std::move(actors);
    sortById(m_actors);
    reindexActors();
    return {};
}

Status RegistryDocument::loadLinks()
{
    NETZATLAS_TRY_ASSIGN(links, m_repository->links());
    m_links = std::move(links);
    sortById(m_links);
    reindexLinks();
    return {};
}

Status RegistryDocument::loadCommittees()
{
    NETZATLAS_TRY_ASSIGN(committees, m_repository->committees());
    m_committees = std::move(committees);
    sortById(m_committees);
    reindexCommittees();
    return {};
}

Status RegistryDocument::loadMeasures()
{
    NETZATLAS_TRY_ASSIGN(measures, m_repository->measures());
    m_measures = std::move(measures);
    sortById(m_measures);
    m_measureIndex = indexOf(m_measures);
    return {};
}

Status RegistryDocument::loadBudgets()
{
    NETZATLAS_TRY_ASSIGN(budgets, m_repository->budgets());
    m_budgets = std::move(budgets);
    sortById(m_budgets);
    m_budgetIndex = indexOf(m_budgets);
    return {};
}

Status RegistryDocument::refreshMeasures(const QList<MeasureId> &ids)
{
    for (MeasureId id : ids) {
        NETZATLAS_TRY_ASSIGN(stored, m_repository->measure(id));
        if (!stored) {
            dropMeasure(id);
            continue;
        }
        const int index = measureIndex(id);
        if (index >= 0) {
            m_measures[index] = *stored;
            Q_EMIT measureChanged(id);
        } else {
            m_measures.insert(insertionIndex(m_measures, id), *stored);
            m_measureIndex = indexOf(m_measures);
            Q_EMIT measureAdded(id);
        }
    }
    return {};
}

Status RegistryDocument::refreshBudgets(const QList<BudgetId> &ids)
{
    if (ids.isEmpty())
        return {};
    // The repository reads budgets only as a whole list; they are few (one per holder, pillar and year).
    NETZATLAS_TRY_ASSIGN(all, m_repository->budgets());
    for (BudgetId id : ids) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [id](const Budget &b) { return b.id == id; });
        if (it == all.cend()) {
            dropBudget(id);
            continue;
        }
        const int index = budgetIndex(id);
        if (index >= 0) {
            m_budgets[index] = *it;
            Q_EMIT budgetChanged(id);
        } else {
            m_budgets.insert(insertionIndex(m_budgets, id), *it);
            m_budgetIndex = indexOf(m_budgets);
            Q_EMIT budgetAdded(id);
        }
    }
    return {};
}

void RegistryDocument::dropMeasure(MeasureId id)
{
    const int index = measureIndex(id);
    if (index < 0)
        return;
    m_measures.removeAt(index);
    m_measureIndex = indexOf(m_measures);
    Q_EMIT measureRemoved(id);
}

void RegistryDocument::dropBudget(BudgetId id)
{
    const int index = budgetIndex(id);
    if (index < 0)
        return;
    m_budgets.removeAt(index);
    m_budgetIndex = indexOf(m_budgets);
    Q_EMIT budgetRemoved(id);
}

Status RegistryDocument::loadCounts()
{
    NETZATLAS_TRY_ASSIGN(counts, m_repository->counts());
    m_counts = std::move(counts);
    return {};
}

void RegistryDocument::reindexActors()
{
    m_actorIndex = indexOf(m_actors);
}

void RegistryDocument::reindexLinks()
{
    m_linkIndex = indexOf(m_links);
}

void RegistryDocument::reindexCommittees()
{
    m_committeeIndex = indexOf(m_committees);
}

void RegistryDocument::refreshCounts()
{
    if (loadCounts().ok())
        Q_EMIT countsChanged();
}

Status RegistryDocument::refreshActors(const QList<ActorId> &ids)
{
    for (ActorId id : ids) {
        NETZATLAS_TRY_ASSIGN(stored, m_repository->actor(id));
        if (!stored) {
            dropActor(id);
            continue;
        }
        const int index = actorIndex(id);
        if (index >= 0) {
            m_actors[index] = *stored;
            Q_EMIT actorChanged(id);
        } else {
            m_actors.insert(insertionIndex(m_actors, id), *stored);
            reindexActors();
            Q_EMIT actorAdded(id);
        }
    }
    return {};
}

Status RegistryDocument::refreshLinks(const QList<LinkId> &ids)
{
    for (LinkId id : ids) {
        NETZATLAS_TRY_ASSIGN(stored, m_repository->link(id));
        if (!stored) {
            dropLink(id);
            continue;
        }
        const int index = linkIndex(id);
        if (index >= 0) {
            m_links[index] = *stored;
            Q_EMIT linkChanged(id);
        } else {
            m_links.insert(insertionIndex(m_links, id), *stored);
            reindexLinks();
            Q_EMIT linkAdded(id);
        }
    }
    return {};
}

Status RegistryDocument::refreshCommittees(const QList<CommitteeId> &ids)
{
    for (CommitteeId id : ids) {
        NETZATLAS_TRY_ASSIGN(stored, m_repository->committee(id));
        if (!stored) {
            dropCommittee(id);
            continue;
        }
        const int index = committeeIndex(id);
        if (index >= 0) {
            m_committees[index] = *stored;
            Q_EMIT committeeChanged(id);
        } else {
            m_committees.insert(insertionIndex(m_committees, id), *stored);
            reindexCommittees();
            Q_EMIT committeeAdded(id);
        }
    }
    return {};
}

void RegistryDocument::dropActor(ActorId id)
{
    const int index = actorIndex(id);
    if (index < 0)
        return;
    m_actors.removeAt(index);
    reindexActors();
    Q_EMIT actorRemoved(id);
}

void RegistryDocument::dropLink(LinkId id)
{
    const int index = linkIndex(id);
    if (index < 0)
        return;
    m_links.removeAt(index);
    reindexLinks();
    Q_EMIT linkRemoved(id);
}

void RegistryDocument::dropCommittee(CommitteeId id)
{
    const int index = committeeIndex(id);
    if (index < 0)
        return;
    m_committees.removeAt(index);
    reindexCommittees();
    Q_EMIT committeeRemoved(id);
}

} // namespace netzatlas
