// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Text.h>

#include <QHash>

namespace netzatlas::DomainCatalogue {

namespace {

CatalogueEntry actorType(const char *code, const char *label, const char *labelEn, const char *group, const char *color,
                         const char *shape, int order)
{
    return CatalogueEntry{QString::fromUtf8(code),  QString::fromUtf8(label), QString::fromUtf8(labelEn),
                          QString::fromUtf8(group), QString::fromUtf8(color), QString::fromUtf8(shape),
                          false,                    false,                    order};
}

CatalogueEntry linkType(const char *code, const char *label, const char *labelEn, bool directed, const char *color,
                        int order)
{
    return CatalogueEntry{QString::fromUtf8(code), QString::fromUtf8(label), QString::fromUtf8(labelEn), QString(),
                          QString::fromUtf8(color), QString(), directed, false, order};
}

CatalogueEntry field(const char *code, const char *label, const char *labelEn, const char *area, const char *color,
                     int order)
{
    return CatalogueEntry{QString::fromUtf8(code),  QString::fromUtf8(label), QString::fromUtf8(labelEn),
                          QString::fromUtf8(area),  QString::fromUtf8(color), QString(),
                          false,                    false,                    order};
}

VocabularyEntry voc(const char *code, const char *label, const char *labelEn, const char *extra = "")
{
    return VocabularyEntry{QString::fromUtf8(code), QString::fromUtf8(label), QString::fromUtf8(labelEn),
                           QString::fromUtf8(extra)};
}

} // namespace

// Domain document §5.1. Colours follow the actor type groups so that a legend reads as groups;
// shapes separate groups for readers with colour vision deficiency.
const QList<CatalogueEntry> &actorTypes()
{
    static const QList<CatalogueEntry> entries = {
        actorType("SCHULE", "Schule", "School", "Schule", "#1f5fa8", "circle", 10),
        actorType("KITA", "Kindertagesstätte", "Day-care centre", "Frühkindliche Bildung", "#f28e2b", "triangle", 20),
        actorType("KINDERTAGESPFLEGE", "Kindertagespflege", "Childminding", "Frühkindliche Bildung", "#ffbe7d",
                  "triangle", 21),
        actorType("FAMILIENZENTRUM", "Familienzentrum / Familiengrundschulzentrum", "Family centre",
                  "Frühkindliche Bildung", "#e15759", "triangle", 22),
        actorType("SCHULTRAEGER_VERW", "Schulträger (Schulverwaltung)", "School authority (administration)",
                  "Kommunalverwaltung", "#3b3b3b", "square", 30),
        actorType("JUGENDAMT", "Jugendamt", "Youth welfare office", "Kommunalverwaltung", "#2e7d32", "square", 31),
        actorType("JHP", "Jugendhilfeplanung", "Youth welfare planning", "Jugendhilfe", "#43a047", "square", 32),
        actorType("BILDUNGSBUERO", "Bildungsbüro / Bildungskoordination", "Education office", "Kommunalverwaltung",
                  "#6d6d6d", "square", 33),
        actorType("SCP_KOORD", "SCP-Koordination", "SCP coordination", "Kommunalverwaltung", "#000000", "square", 34),
        actorType("KOMMUNE_SONST", "sonstige Verwaltungseinheit", "Other municipal unit", "Kommunalverwaltung",
                  "#9e9e9e", "square", 35),
        actorType("FREIER_TRAEGER", "freier Träger der Jugendhilfe / Wohlfahrtsverband", "Independent welfare provider",
                  "Jugendhilfe", "#59a14f", "diamond", 40),
        actorType("SSA_TEAM", "Schulsozialarbeit (Dienst/Team)", "School social work team", "Jugendhilfe", "#8cd17d",
                  "diamond", 41),
        actorType("JUGENDEINRICHTUNG", "Jugendzentrum / Jugendpflege", "Youth centre", "Jugendhilfe", "#86bc86",
                  "diamond", 42),
        actorType("BERATUNGSSTELLE", "Beratungsstelle", "Counselling centre", "Jugendhilfe / Soziales", "#499894",
                  "diamond", 43),
        actorType("FAMILIENBILDUNG", "Familienbildungsstätte", "Family education centre", "Familie", "#b6992d",
                  "pentagon", 50),
        actorType("VHS", "Volkshochschule", "Adult education centre", "außerschulische Bildung", "#b07aa1", "hexagon",
                  60),
        actorType("BIBLIOTHEK", "Bibliothek", "Library", "außerschulische Bildung", "#d4a6c8", "hexagon", 61),
        actorType("MUSIKSCHULE", "Musikschule", "Music school", "außerschulische Bildung", "#8e6c8a", "hexagon", 62),
        actorType("VEREIN_SPORT", "Sportverein", "Sports club", "Sozialraum", "#9c755f", "pentagon", 70),
        actorType("VEREIN", "sonstiger Verein", "Other association", "Sozialraum", "#c9a48a", "pentagon", 71),
        actorType("KIRCHE", "Kirchengemeinde / Religionsgemeinschaft", "Religious community", "Sozialraum", "#7b5a45",
                  "pentagon", 72),
        actorType("LERNORT", "außerschulischer Lernort", "Out-of-school learning site", "Sozialraum", "#d7b5a6",
                  "pentagon", 73),
        actorType("AGENTUR_ARBEIT", "Agentur für Arbeit (Berufsberatung)", "Employment agency", "Übergang Beruf",
                  "#17becf", "star", 80),
        actorType("JOBCENTER", "Jobcenter", "Job centre", "Übergang Beruf", "#0e8a96", "star", 81),
        actorType("JBA", "Jugendberufsagentur", "Youth employment agency", "Übergang Beruf", "#5fd3de", "star", 82),
        actorType("KAMMER", "Kammer (IHK, HWK)", "Chamber (IHK, HWK)", "Übergang Beruf", "#0b6470", "star", 83),
        actorType("BETRIEB", "Betrieb / Ausbildungsbetrieb", "Company / training company", "Übergang Beruf", "#9edae5",
                  "star", 84),
        actorType("HOCHSCHULE", "Hochschule", "University", "Übergang / Wissenschaft", "#4e79a7", "star", 85),
        actorType("GESUNDHEIT", "Gesundheitsakteur", "Health service", "Gesundheit", "#ff9da7", "cross", 90),
        actorType("SCHULPSYCH", "Schulpsychologisches Beratungszentrum", "School psychology service", "Land",
                  "#a0a0c8", "roundrect", 100),
        actorType("ADD", "ADD – Schulaufsicht", "ADD school supervision", "Land", "#5a5a8c", "roundrect", 101),
        actorType("PL", "Pädagogisches Landesinstitut", "State Institute of Education", "Land", "#7878aa", "roundrect",
                  102),
        actorType("BM", "Ministerium für Bildung", "Ministry of Education", "Land", "#3c3c6e", "roundrect", 103),
        actorType("BEGLEITUNG", "wissenschaftliche Begleitung", "Scientific evaluation", "Land/Programm", "#bab0ac",
                  "roundrect", 104),
        actorType("GREMIUM", "Gremium / Netzwerk", "Committee / network", "Governance", "#d62728", "octagon", 110),
    };
    return entries;
}

// Domain document §5.2.
const QList<CatalogueEntry> &linkTypes()
{
    static const QList<CatalogueEntry> entries = {
        linkType("TRAEGER_VON", "ist Träger von", "runs", true, "#3b3b3b", 10),
        linkType("AUFSICHT", "beaufsichtigt / berät", "supervises / advises", true, "#5a5a8c", 20),
        linkType("UEBERGANG_KITA_GS", "Übergang Kita → Grundschule", "Transition day care → primary", true, "#f28e2b",
                 30),
        linkType("UEBERGANG_GS_SEK1", "Übergang Grundschule → Sek I", "Transition primary → secondary", true,
                 "#e15759", 31),
        linkType("UEBERGANG_SEK1_BBS", "Übergang Sek I → BBS/Ausbildung", "Transition secondary → vocational", true,
                 "#b6992d", 32),
        linkType("UEBERGANG_BERUF", "Übergang Schule → Beruf/Studium", "Transition school → work/university", true,
                 "#17becf", 33),
        linkType("ANMELDEABGLEICH", "Datenaustausch / Anmeldeabgleich", "Enrolment data matching", false, "#9c755f", 34),
        linkType("SCHULSOZIALARBEIT", "erbringt Schulsozialarbeit an", "provides school social work at", true,
                 "#59a14f", 40),
        linkType("MPT_PERSONAL", "stellt SCP-Personal (Säule III)", "provides SCP staff (pillar III)", true, "#2e7d32",
                 41),
        linkType("GANZTAG", "Kooperationspartner im Ganztag", "All-day school partner", false, "#76b7b2", 50),
        linkType("ELTERNARBEIT", "Elternarbeit / Familienbildung", "Parent involvement", false, "#edc948", 51),
        linkType("BERUFSORIENTIERUNG", "Berufsorientierung", "Career orientation", false, "#0e8a96", 52),
        linkType("PRAEVENTION", "Prävention", "Prevention", false, "#ff9da7", 53),
        linkType("SPRACHFOERDERUNG", "Sprachbildung / Sprachförderung", "Language support", false, "#b07aa1", 54),
        linkType("LERNORT_NUTZUNG", "nutzt außerschulischen Lernort / Angebot", "uses out-of-school learning site",
                 true, "#d7b5a6", 55),
        linkType("FERIENANGEBOT", "Ferien- / Freizeitangebot", "Holiday / leisure programme", true, "#ffbe7d", 56),
        linkType("FALLBERATUNG", "fallbezogene Zusammenarbeit", "Case-related cooperation", false, "#499894", 57),
        linkType("FINANZIERT", "finanziert / fördert", "funds", true, "#8c8c8c", 60),
        linkType("MITGLIED", "ist Mitglied in / vertreten in", "is member of", true, "#d62728", 70),
        linkType("ABSTIMMUNG", "Abstimmung / Planungskooperation", "Coordination / joint planning", false, "#4e79a7",
                 80),
    };
    return entries;
}

// Domain document §5.3, each mapped to one of the 7 Maßnahmenbereiche (§1.3) for cross-tabulation.
const QList<CatalogueEntry> &actionFields()
{
    static const QList<CatalogueEntry> entries = {
        field("UEBERGAENGE", "Übergänge (Bildungskette)", "Transitions (education chain)", "INS-UEB", "#e15759", 10),
        field("ELTERNARBEIT", "Elternarbeit", "Parent involvement", "INS-SUE", "#edc948", 20),
        field("SCHULSOZIALARBEIT", "Schulsozialarbeit", "School social work", "IND-POT", "#59a14f", 30),
        field("GANZTAG", "Ganztag", "All-day school", "INS-SOZ", "#76b7b2", 40),
        field("BERUFSORIENTIERUNG", "Berufsorientierung", "Career orientation", "IND-BO", "#17becf", 50),
        field("PRAEVENTION", "Prävention", "Prevention", "IND-POT", "#ff9da7", 60),
        field("SPRACHFOERDERUNG", "Sprach-/Leseförderung", "Language and reading", "IND-POT", "#b07aa1", 70),
        field("MINT", "MINT", "STEM", "IND-POT", "#4e79a7", 80),
        field("GESUNDHEIT", "Gesundheit", "Health", "IND-POT", "#f28e2b", 90),
        field("INKLUSION", "Inklusion", "Inclusion", "INS-SUE", "#9c755f", 100),
        field("DEMOKRATIE_MEDIEN", "Demokratie-/Medienbildung", "Democracy and media education", "IND-POT", "#bab0ac",
              110),
        field("SOZIALRAUM", "Sozialraumöffnung", "Opening into the neighbourhood", "INS-SOZ", "#8cd17d", 120),
        field("KOORDINATION", "Koordination/Steuerung", "Coordination and steering", "SYS-VUB", "#3b3b3b", 130),
    };
    return entries;
}

const QList<CatalogueEntry> &seed(CatalogueKind kind)
{
    switch (kind) {
    case CatalogueKind::ActorType: return actorTypes();
    case CatalogueKind::LinkType: return linkTypes();
    case CatalogueKind::ActionField: return actionFields();
    }
    return actorTypes();
}

const QList<VocabularyEntry> &vocabulary(Vocabulary which)
{
    static const QHash<Vocabulary, QList<VocabularyEntry>> all = {
        {Vocabulary::SchoolKind,
         {voc("GS", "Grundschule", "Primary school", "GS"), voc("RSPLUS", "Realschule plus", "Realschule plus", "RS+"),
          voc("RSPLUS_FOS", "Realschule plus mit Fachoberschule", "Realschule plus with FOS", "RS+ FOS"),
          voc("GS_RSPLUS", "Grund- und Realschule plus", "Primary and Realschule plus", "GS/RS+"),
          voc("GHS", "Grund- und Hauptschule", "Primary and Hauptschule", "GHS"),
          voc("IGS", "Integrierte Gesamtschule", "Integrated comprehensive school", "IGS"),
          voc("KGS", "Kooperative Gesamtschule", "Cooperative comprehensive school", "KGS"),
          voc("GYM", "Gymnasium", "Gymnasium", "GYM"), voc("FOES", "Förderschule", "Special needs school", "FÖS"),
          voc("BBS", "Berufsbildende Schule", "Vocational school", "BBS"),
          voc("SONST", "sonstige Schule", "Other school", "")}},
        {Vocabulary::Formality,
         {voc("INFORMELL", "informell", "informal", "1"), voc("REGELMAESSIG", "regelmäßig", "regular", "2"),
          voc("VEREINBART", "vereinbart (Kooperationsvereinbarung)", "agreed (cooperation agreement)", "3"),
          voc("VERTRAGLICH", "vertraglich / finanziert", "contractual / funded", "4")}},
        {Vocabulary::LinkStatus,
         {voc("GEPLANT", "geplant", "planned"), voc("AKTIV", "aktiv", "active"), voc("RUHEND", "ruhend", "dormant"),
          voc("BEENDET", "beendet", "ended")}},
        {Vocabulary::CommitteeKind,
         {voc("SCHULTRAEGERAUSSCHUSS", "Schulträgerausschuss", "School authority committee"),
          voc("JUGENDHILFEAUSSCHUSS", "Jugendhilfeausschuss", "Youth welfare committee"),
          voc("STEUERGRUPPE", "Steuergruppe", "Steering group"), voc("FACHBEIRAT", "Fachbeirat", "Advisory board"),
          voc("SCP_NETZWERK", "kommunales SCP-Netzwerk", "Municipal SCP network"),
          voc("REGIONETZWERK", "RegioNetzwerk", "Regional network"),
          voc("NETZWERK_UEBERGAENGE", "Netzwerk Übergänge", "Transitions network"),
          voc("ARBEITSKREIS", "Arbeitskreis", "Working group"), voc("SONSTIGES", "sonstiges Gremium", "Other body")}},
        {Vocabulary::MeasureArea,
         {voc("IND-POT", "Systematische Potenzialförderung, individuelle Förderung und Kompetenzentwicklung",
              "Potential and competence development", "individuell"),
          voc("IND-BO", "Berufliche Orientierung", "Career orientation", "individuell"),
          voc("INS-SUE", "Schul- und Unterrichtsentwicklung", "School and teaching development", "institutionell"),
          voc("INS-PRO", "Professionalisierung des Personals", "Staff professionalisation", "institutionell"),
          voc("INS-UEB", "Gestaltung von Übergängen", "Shaping transitions", "institutionell"),
          voc("INS-SOZ", "Öffnung in den Sozialraum", "Opening into the neighbourhood", "institutionell"),
          voc("SYS-VUB",
              "Stärkung, Professionalisierung und Synchronisierung des Verwaltungs-, Unterstützungs- und "
              "Beratungssystems",
              "Strengthening the administration, support and advisory system", "systemisch")}},
        {Vocabulary::MeasureStatus,
         {voc("IDEE", "Idee", "Idea", "1"), voc("ENTWURF", "Entwurf", "Draft", "2"),
          voc("ABGESTIMMT", "mit Schulen abgestimmt", "agreed with schools", "3"),
          voc("BEANTRAGT", "beantragt", "applied for", "4"), voc("BEWILLIGT", "bewilligt", "approved", "5"),
          voc("ABGERUFEN", "Mittel abgerufen", "funds called", "6"), voc("UMGESETZT", "umgesetzt", "implemented", "7"),
          voc("NACHWEIS", "Verwendungsnachweis erstellt", "proof of use submitted", "8"),
          voc("ABGESCHLOSSEN", "abgeschlossen", "closed", "9")}},
        {Vocabulary::Pillar,
         {voc("I", "Säule I – Investitionsprogramm", "Pillar I – investment programme"),
          voc("II_SCHULE", "Säule II – Chancenbudget (Schule)", "Pillar II – opportunity budget (school)"),
          voc("II_TRAEGER", "Säule II – Chancenbudget (Schulträger)", "Pillar II – opportunity budget (authority)"),
          voc("III", "Säule III – Multiprofessionelle Teams", "Pillar III – multiprofessional teams")}},
        {Vocabulary::InvestmentKind,
         {voc("NEUBAU", "Neubau", "New building"), voc("UMBAU", "Umbau", "Conversion"),
          voc("ERWEITERUNG", "Erweiterung", "Extension"), voc("MODERNISIERUNG", "Modernisierung", "Modernisation"),
          voc("AUSSTATTUNG", "Ausstattung", "Equipment"), voc("PLANUNG", "Planung", "Planning")}},
        {Vocabulary::RoomType,
         {voc("LERNLABOR", "Kreativ- und Lernlabor", "Learning lab"),
          voc("MULTIFUNKTIONSRAUM", "Multifunktionsraum", "Multi-purpose room"),
          voc("WERKSTATT", "Werkstatt / Atelier", "Workshop"),
          voc("INKLUSIONSRAUM", "Raum für inklusives Lernen", "Inclusive learning room"),
          voc("AUSSENBEREICH", "Außenbereich", "Outdoor area"),
          voc("BIBLIOTHEK", "schulbibliothekarischer Raum", "School library"),
          voc("MPT_ARBEITSPLATZ", "Arbeitsplatz / Besprechungsraum für Teams", "Team workplace"),
          voc("ZONIERUNG", "Zonierung / Wegeführung", "Zoning / circulation"),
          voc("SONSTIGER", "sonstiger Raum", "Other room")}},
        {Vocabulary::OccupationGroup,
         {voc("SOZIALARBEIT", "Sozialarbeit/Sozialpädagogik", "Social work", "1"),
          voc("KINDERBETREUUNG", "Kinderbetreuung/-erziehung", "Childcare", "2"),
          voc("HEILERZIEHUNG", "Heilerziehungspflege/Sonderpädagogik", "Special education", "3"),
          voc("FAMILIENPFLEGE", "Haus- und Familienpflege", "Family care", "4"),
          voc("THERAPIE", "nichtärztliche Therapie/Heilkunde", "Non-medical therapy", "5"),
          voc("GESUNDHEITSBERATUNG", "Gesundheitsberatung", "Health counselling", "6"),
          voc("PSYCHOLOGIE", "nichtklinische Psychologie", "Non-clinical psychology", "7"),
          voc("KUNSTPAEDAGOGIK", "Musik-, Kunst-, Theaterpädagogik", "Music, art and drama education", "8"),
          voc("BERUFSPAEDAGOGIK", "Betriebs-/Berufspädagogik", "Vocational education", "9"),
          voc("SPORT", "Trainer und Sportlehrer", "Coaches and sports teachers", "10"),
          voc("ETHIK", "Philosophie, Religion, Ethik", "Philosophy, religion, ethics", "11"),
          voc("ERZIEHUNGSWISSENSCHAFT", "Erziehungswissenschaft", "Educational science", "12"),
          voc("ASSISTENZ", "Assistenzberufe", "Assistant professions", "13"),
          voc("SONSTIGE", "Sonstige", "Other", "14")}},
        {Vocabulary::MptTask,
         {voc("BERATUNG", "Beratung und Unterstützung der Lernenden", "Counselling and support of learners"),
          voc("ELTERNARBEIT", "Unterstützung lernförderlicher Elternarbeit", "Supporting parent involvement"),
          voc("SCHULKULTUR", "Begleitung einer diversitäts- und ungleichheitssensiblen Schulkultur",
              "Diversity-sensitive school culture"),
          voc("LEISTUNGEN", "Unterstützung bei der Inanspruchnahme staatlicher Leistungen",
              "Support in claiming state benefits")}},
        {Vocabulary::EmploymentForm,
         {voc("ANSTELLUNG", "Anstellung", "Employment"),
          voc("FREIER_TRAEGER", "Beauftragung freier Träger", "Commissioning an independent provider"),
          voc("DIENSTLEISTER", "Dienstleister", "Service provider")}},
        {Vocabulary::AllDay,
         {voc("KEINE", "kein Ganztag", "none"), voc("OFFEN", "offene Form", "open"),
          voc("ANGEBOT", "Angebotsform", "optional"), voc("VERPFLICHTEND", "verpflichtende Form", "compulsory")}},
        {Vocabulary::KitaOperator,
         {voc("KOMMUNAL", "kommunal", "municipal"), voc("KIRCHLICH", "kirchlich", "church"),
          voc("FREI", "freier Träger", "independent")}},
    };
    static const QList<VocabularyEntry> none;
    const auto it = all.constFind(which);
    return it == all.constEnd() ? none : *it;
}

QString vocabularyCode(Vocabulary which)
{
    switch (which) {
    case Vocabulary::SchoolKind: return QStringLiteral("school_kind");
    case Vocabulary::Formality: return QStringLiteral("formality");
    case Vocabulary::LinkStatus: return QStringLiteral("link_status");
    case Vocabulary::CommitteeKind: return QStringLiteral("committee_kind");
    case Vocabulary::MeasureArea: return QStringLiteral("measure_area");
    case Vocabulary::MeasureStatus: return QStringLiteral("measure_status");
    case Vocabulary::Pillar: return QStringLiteral("pillar");
    case Vocabulary::InvestmentKind: return QStringLiteral("investment_kind");
    case Vocabulary::RoomType: return QStringLiteral("room_type");
    case Vocabulary::OccupationGroup: return QStringLiteral("occupation_group");
    case Vocabulary::MptTask: return QStringLiteral("mpt_task");
    case Vocabulary::EmploymentForm: return QStringLiteral("employment_form");
    case Vocabulary::AllDay: return QStringLiteral("all_day");
    case Vocabulary::KitaOperator: return QStringLiteral("kita_operator");
    }
    return {};
}

QString vocabularyLabel(Vocabulary which, const QString &code)
{
    for (const VocabularyEntry &entry : vocabulary(which)) {
        if (entry.code == code)
            return entry.label;
    }
    return code;
}

bool isVocabularyCode(Vocabulary which, const QString &code)
{
    for (const VocabularyEntry &entry : vocabulary(which)) {
        if (entry.code == code)
            return true;
    }
    return false;
}

QString resolveVocabulary(Vocabulary which, const QString &text)
{
    const QString key = Text::headerKey(text);
    if (key.isEmpty())
        return {};
    for (const VocabularyEntry &entry : vocabulary(which)) {
        if (entry.code == text.trimmed() || Text::headerKey(entry.code) == key || Text::headerKey(entry.label) == key
            || Text::headerKey(entry.labelEn) == key)
            return entry.code;
    }
    return {};
}

QString resolveSchoolKind(const QString &text)
{
    const QString direct = resolveVocabulary(Vocabulary::SchoolKind, text);
    if (!direct.isEmpty())
        return direct;
    const QString key = Text::headerKey(text);
    // Abbreviations as used in official short names and in the geoportal "schulart" values.
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("gs"), QStringLiteral("GS")},
        {QStringLiteral("rs+"), QStringLiteral("RSPLUS")},
        {QStringLiteral("rsplus"), QStringLiteral("RSPLUS")},
        {QStringLiteral("rs"), QStringLiteral("RSPLUS")},
        {QStringLiteral("realschuleplus"), QStringLiteral("RSPLUS")},
        {QStringLiteral("rs+fos"), QStringLiteral("RSPLUS_FOS")},
        {QStringLiteral("rsplusfos"), QStringLiteral("RSPLUS_FOS")},
        {QStringLiteral("realschuleplusmitfos"), QStringLiteral("RSPLUS_FOS")},
        {QStringLiteral("gs+rs+"), QStringLiteral("GS_RSPLUS")},
        {QStringLiteral("gsrs+"), QStringLiteral("GS_RSPLUS")},
        {QStringLiteral("gsrsplus"), QStringLiteral("GS_RSPLUS")},
        {QStringLiteral("grundundhauptschule"), QStringLiteral("GHS")},
        {QStringLiteral("ghs"), QStringLiteral("GHS")},
        {QStringLiteral("gshs"), QStringLiteral("GHS")},
        {QStringLiteral("gesamtschule"), QStringLiteral("IGS")},
        {QStringLiteral("gym"), QStringLiteral("GYM")},
        {QStringLiteral("gy"), QStringLiteral("GYM")},
        {QStringLiteral("foes"), QStringLiteral("FOES")},
        {QStringLiteral("fs"), QStringLiteral("FOES")},
        {QStringLiteral("sfl"), QStringLiteral("FOES")},
        {QStringLiteral("sfs"), QStringLiteral("FOES")},
        {QStringLiteral("sfg"), QStringLiteral("FOES")},
        {QStringLiteral("sfm"), QStringLiteral("FOES")},
        {QStringLiteral("sfe"), QStringLiteral("FOES")},
        {QStringLiteral("bbs"), QStringLiteral("BBS")},
        {QStringLiteral("berufsschule"), QStringLiteral("BBS")},
    };
    return synonyms.value(key);
}

} // namespace netzatlas::DomainCatalogue
