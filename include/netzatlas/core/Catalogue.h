// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

namespace netzatlas {

/// The user-editable catalogues (actor types, link types, Handlungsfelder) and the fixed vocabularies of
/// the programme (Schularten, formality, statuses, Maßnahmenbereiche, Berufsgruppen …).
enum class CatalogueKind {
    ActorType,
    LinkType,
    ActionField,
};

/// One entry of a catalogue. Codes are stable identifiers; labels are what users see.
struct CatalogueEntry
{
    QString code;
    QString label;      ///< German label
    QString labelEn;    ///< English label
    QString group;      ///< actor type group, or the Maßnahmenbereich of a Handlungsfeld
    QString color;      ///< "#rrggbb"
    QString shape;      ///< actor types: circle, square, diamond, triangle, hexagon, …
    bool directed = false; ///< link types: A → B rather than A ↔ B
    bool retired = false;  ///< retired entries stay valid on existing records but are not offered for new ones
    int sortOrder = 0;

    bool operator==(const CatalogueEntry &) const = default;
};

/// Fixed vocabularies (not user-editable because they come from the programme's rules).
enum class Vocabulary {
    SchoolKind,      ///< Schulart
    Formality,       ///< informell … vertraglich/finanziert
    LinkStatus,      ///< geplant, aktiv, ruhend, beendet
    CommitteeKind,   ///< Schulträgerausschuss, Jugendhilfeausschuss, Steuergruppe …
    MeasureArea,     ///< the 7 Maßnahmenbereiche
    MeasureStatus,   ///< Idee → … → abgeschlossen
    Pillar,          ///< I, II_SCHULE, II_TRAEGER, III
    InvestmentKind,  ///< Säule I
    RoomType,        ///< Säule I
    OccupationGroup, ///< Säule III, the 14 Berufsgruppen
    MptTask,         ///< Säule III, the 4 tasks
    EmploymentForm,  ///< Säule III
    AllDay,          ///< Ganztag
    KitaOperator,
};

struct VocabularyEntry
{
    QString code;
    QString label;   ///< German
    QString labelEn; ///< English
    QString extra;   ///< e.g. the Ebene of a Maßnahmenbereich
};

/// Seed data of the catalogues and vocabularies (domain.md §5). Storage seeds a new registry from it.
namespace DomainCatalogue {
[[nodiscard]] const QList<CatalogueEntry> &actorTypes();
[[nodiscard]] const QList<CatalogueEntry> &linkTypes();
[[nodiscard]] const QList<CatalogueEntry> &actionFields();
[[nodiscard]] const QList<CatalogueEntry> &seed(CatalogueKind kind);
[[nodiscard]] const QList<VocabularyEntry> &vocabulary(Vocabulary vocabulary);
[[nodiscard]] QString vocabularyCode(Vocabulary vocabulary);
/// Label of a code, or the code itself when unknown.
[[nodiscard]] QString vocabularyLabel(Vocabulary vocabulary, const QString &code);
[[nodiscard]] bool isVocabularyCode(Vocabulary vocabulary, const QString &code);
/// Resolves a code, a German/English label or a common abbreviation ("RS+", "Realschule plus") to a code.
[[nodiscard]] QString resolveVocabulary(Vocabulary vocabulary, const QString &text);
/// Resolves a Schulart name or abbreviation ("Grundschule", "GS", "RS+", "FÖS") to a Schulart code.
[[nodiscard]] QString resolveSchoolKind(const QString &text);

// Codes the application's rules refer to.
inline const QString SchoolType = QStringLiteral("SCHULE");
inline const QString CommitteeType = QStringLiteral("GREMIUM");
inline const QString YouthOfficeType = QStringLiteral("JUGENDAMT");
inline const QString SchoolAuthorityType = QStringLiteral("SCHULTRAEGER_VERW");
} // namespace DomainCatalogue

} // namespace netzatlas
