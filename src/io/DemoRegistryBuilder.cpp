// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/DemoRegistryBuilder.h>
#include <netzatlas/io/TerritoryReference.h>

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Log.h>
#include <netzatlas/core/Responsibility.h>
#include <netzatlas/core/Territory.h>
#include <netzatlas/core/Validation.h>

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <random>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::DemoRegistryBuilder", text);
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList commaList(const char *text)
{
    return u8(text).split(u',', Qt::SkipEmptyParts);
}

Cents euros(qint64 amount)
{
    return amount * 100;
}

/// Rounds down to whole euros.
Cents wholeEuros(Cents cents)
{
    return cents / 100 * 100;
}

// ---------------------------------------------------------------------------------------------------------------
// Fixed reference points. The demo has its own "today" so that statuses, histories and dated links never depend on
// the clock of the machine that builds it.

const QDate AsOf(2026, 2, 15);
const QDate ProgrammeStart(2024, 8, 1);
const QDate EndOfSchoolYear(2026, 7, 31);
const QDate FirstLinkDay(2015, 1, 1);
const QDate LastLinkDay(2025, 12, 31);

const QStringList SchoolYears = {QStringLiteral("2024/25"), QStringLiteral("2025/26")};

const QString DemoNote = QStringLiteral("Demo-Daten, fiktiv.");

// Real Regionalschlüssel of the seats outside the Kreis (Gemeindeverzeichnis, Gebietsstand 30.11.2023).
constexpr const char *Koblenz = "071110000000";   // kreisfreie Stadt: ADD Außenstelle, Handwerkskammer
constexpr const char *Mainz = "073150000000";     // kreisfreie Stadt: Ministerium, wissenschaftliche Begleitung
constexpr const char *Speyer = "073180000000";    // kreisfreie Stadt: Pädagogisches Landesinstitut
constexpr const char *Bingen = "073390005005";    // Landkreis Mainz-Bingen: Hochschule, Betrieb
constexpr const char *Wiesbaden = "064140000000"; // Hessen: Betrieb in another Land

// ---------------------------------------------------------------------------------------------------------------
// Random choices

/// std::mt19937 mapped with `%`: the standard distributions give different sequences on different standard
/// libraries, and the demo must be the same everywhere.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    {}

    /// 0 … n-1 (0 when n < 1).
    int below(qsizetype n) { return n < 1 ? 0 : static_cast<int>(m_engine() % static_cast<quint32>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    QDate dayBetween(const QDate &first, const QDate &last) { return first.addDays(below(first.daysTo(last) + 1)); }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(items.size()));
    }

private:
    std::mt19937 m_engine;
};

// ---------------------------------------------------------------------------------------------------------------
// Data tables. Territorial units are real (read from the registry); everything else is invented.

enum class AreaRole {
    None,
    MissingCoordination, ///< gap 3: its administration has no ABSTIMMUNG with the Kreisjugendamt
    BudgetOverrun,       ///< rule breach: its Trägerbudget 2024/25 is spent above the budget
    SingleSchoolMeasure, ///< rule breach: a Trägerbudget measure for one school without partners
};

/// A Gemeindeverband of the Kreis: the verbandsfreie große kreisangehörige Stadt or a Verbandsgemeinde.
struct AreaPlan
{
    const char *rs;
    int kitas;
    AreaRole role;
};

// The city comes first: the builder treats the first area as the city.
const AreaPlan AreaPlans[] = {
    {"071330006", 12, AreaRole::None},               // Stadt Bad Kreuznach (own Jugendamt)
    {"071335001", 6, AreaRole::None},                // VG Bad Kreuznach
    {"071335006", 6, AreaRole::SingleSchoolMeasure}, // VG Rüdesheim
    {"071335009", 6, AreaRole::BudgetOverrun},       // VG Kirner Land
    {"071335010", 6, AreaRole::MissingCoordination}, // VG Nahe-Glan
    {"071335011", 6, AreaRole::None},                // VG Langenlonsheim-Stromberg
};

enum class Gap {
    None,
    NoYouthWelfare, ///< gap 1: SCP school without any link to a Jugendhilfe actor
    NoKita,         ///< gap 2: Grundschule without any link to a Kita
};

struct SchoolPlan
{
    const char *area;
    int rank;         ///< Gemeinde of the area by population, 0 = the largest
    const char *kind; ///< Schulart code
    const char *part; ///< invented part of the name
    bool scp;
    const char *allDay;
    const char *focus = "";
    const char *tags = "";
    Gap gap = Gap::None;
};

const SchoolPlan SchoolPlans[] = {
    {"071330006", 0, "GS", "Am Mühlenteich", true, "ANGEBOT", "", "S4"},
    {"071330006", 0, "GS", "Im Salinental", true, "OFFEN"},
    {"071330006", 0, "GS", "Am Wasserturm", false, "ANGEBOT"},
    {"071330006", 0, "GS", "Sonnenhang", false, "OFFEN"},
    {"071330006", 0, "GS", "An der Alten Nahebrücke", false, "KEINE"},
    {"071330006", 0, "RSPLUS", "Am Rosengarten", true, "ANGEBOT", "", "S4"},
    {"071330006", 0, "RSPLUS_FOS", "Am Kurpark", false, "ANGEBOT"},
    {"071330006", 0, "IGS", "Am Lindenplatz", true, "VERPFLICHTEND", "", "Schwerpunktschule"},
    {"071330006", 0, "GYM", "Am Schlossberg", false, "KEINE"},
    {"071330006", 0, "GYM", "Am Ellerbach", false, "ANGEBOT"},
    {"071330006", 0, "BBS", "Technik und Gestaltung", true, "KEINE", "", "BVJ"},
    {"071330006", 0, "BBS", "Wirtschaft und Soziales", false, "KEINE"},
    {"071330006", 0, "FOES", "Am Brühl", false, "ANGEBOT", "L"},
    {"071330006", 0, "FOES", "Am Hang", false, "VERPFLICHTEND", "G"},
    {"071330006", 0, "SONST", "Am Weinberg", false, "OFFEN"},

    {"071335001", 0, "GS", "Am Appelbach", true, "OFFEN"},
    {"071335001", 1, "GS", "Im Wiesengrund", false, "OFFEN"},
    {"071335001", 2, "GS", "Zum Lindenbaum", false, "KEINE"},
    {"071335001", 3, "GS", "An der Alsenz", false, "OFFEN"},
    {"071335001", 4, "GHS", "Am Bach", false, "ANGEBOT"},

    {"071335006", 0, "GS", "Am Gräfenbach", false, "OFFEN"},
    {"071335006", 1, "GS", "Am Sportplatz", true, "ANGEBOT"},
    {"071335006", 2, "GS", "Im Weinberg", false, "OFFEN"},
    {"071335006", 3, "GS", "Waldblick", false, "KEINE"},
    {"071335006", 5, "GS", "Am Dorfbrunnen", false, "OFFEN"},
    {"071335006", 2, "RSPLUS", "Nahe-Hunsrück", false, "ANGEBOT"},
    {"071335006", 4, "KGS", "Am Mühlberg", false, "ANGEBOT"},

    {"071335009", 0, "GS", "Am Hahnenbach", true, "ANGEBOT"},
    {"071335009", 0, "GS", "Burgblick", false, "OFFEN"},
    {"071335009", 1, "GS", "Am Simmerbach", false, "OFFEN"},
    {"071335009", 3, "GS", "Hunsrückblick", false, "KEINE"},
    {"071335009", 0, "RSPLUS", "An der Kyrburg", true, "ANGEBOT", "", "", Gap::NoYouthWelfare},
    {"071335009", 0, "GYM", "Am Nahebogen", false, "KEINE"},

    {"071335010", 0, "GS", "Am Barfußpfad", true, "ANGEBOT"},
    {"071335010", 2, "GS", "Am Glan", false, "OFFEN"},
    {"071335010", 3, "GS", "Im Rebenhang", false, "KEINE"},
    {"071335010", 4, "GS", "Am Mühlbach", false, "OFFEN"},
    {"071335010", 1, "GS_RSPLUS", "Am Glanufer", false, "ANGEBOT"},
    {"071335010", 0, "RSPLUS", "Am Nahewehr", true, "ANGEBOT"},
    {"071335010", 0, "FOES", "Am Schulgarten", false, "VERPFLICHTEND", "E"},
    {"071335010", 1, "GYM", "Am Disibodenberg", false, "ANGEBOT"},

    {"071335011", 0, "GS", "Am Sonnenberg", false, "OFFEN"},
    {"071335011", 1, "GS", "Am Guldenbach", false, "OFFEN"},
    {"071335011", 2, "GS", "Am Kirchberg", true, "OFFEN", "", "", Gap::NoKita},
    {"071335011", 3, "GS", "Zum Weingarten", false, "KEINE"},
    {"071335011", 4, "GS", "Am Mühlenweg", false, "OFFEN"},
    {"071335011", 1, "RSPLUS", "Am Soonwald", false, "ANGEBOT"},
    {"071335011", 0, "IGS", "Nahe-Rhein", false, "VERPFLICHTEND"},
};

const std::pair<const char *, const char *> SchoolLabels[] = {
    {"GS", "Grundschule"},
    {"RSPLUS", "Realschule plus"},
    {"RSPLUS_FOS", "Realschule plus und Fachoberschule"},
    {"GS_RSPLUS", "Grund- und Realschule plus"},
    {"GHS", "Grund- und Hauptschule"},
    {"IGS", "Integrierte Gesamtschule"},
    {"KGS", "Kooperative Gesamtschule"},
    {"GYM", "Gymnasium"},
    {"FOES", "Förderschule"},
    {"BBS", "Berufsbildende Schule"},
    {"SONST", "Freie Schule"},
};

enum class Role {
    None,
    PrivateSchoolCarrier, ///< the Trägerverein of the private school
    BuildingManagement,   ///< carries out the Kreis's Säule I measures
};

/// Any actor that is neither a school, a Kita nor a Schulträger administration.
struct ActorPlan
{
    const char *type;
    const char *seat;                ///< Gemeindeverband of the Kreis (9 digits) or a Gemeinde elsewhere (12 digits)
    int rank;                        ///< Gemeinde of the Gemeindeverband by population
    const char *name;                ///< "%1" = name of the Gemeinde
    const char *shortName = "";      ///< "%1" as in the name
    const char *responsibleFor = ""; ///< comma-separated Regionalschlüssel
    const char *tags = "";
    Role role = Role::None;
};

/// Municipal units next to the Schulträger administrations; inserted right after them.
const ActorPlan MunicipalPlans[] = {
    {"JUGENDAMT", "071330006", 0, "Jugendamt Kreis Bad Kreuznach", "JA Kreis", "07133"},
    {"JUGENDAMT", "071330006", 0, "Jugendamt Stadt Bad Kreuznach", "JA Stadt", "071330006"},
    {"JHP", "071330006", 0, "Jugendhilfeplanung Kreis Bad Kreuznach", "JHP Kreis", "07133"},
    {"JHP", "071330006", 0, "Jugendhilfeplanung Stadt Bad Kreuznach", "JHP Stadt", "071330006"},
    {"BILDUNGSBUERO", "071330006", 0, "Bildungsbüro Landkreis Bad Kreuznach", "Bildungsbüro", "07133",
     "Bildungsmonitoring"},
    {"SCP_KOORD", "071330006", 0, "SCP-Koordination Kreisverwaltung Bad Kreuznach", "SCP-Koordination Kreis", "07133",
     "Startchancen"},
    {"SCP_KOORD", "071330006", 0, "SCP-Koordination Stadt Bad Kreuznach", "SCP-Koordination Stadt", "071330006",
     "Startchancen"},
    {"KOMMUNE_SONST", "071330006", 0, "Gesundheitsamt Bad Kreuznach", "Gesundheitsamt", "07133"},
    {"KOMMUNE_SONST", "071330006", 0, "Amt für Soziales und Integration Stadt Bad Kreuznach", "Sozialamt Stadt",
     "071330006"},
    {"KOMMUNE_SONST", "071330006", 0, "Gebäudemanagement der Kreisverwaltung Bad Kreuznach", "Gebäudemanagement",
     "07133", "", Role::BuildingManagement},
};

/// Everybody else; inserted after the schools and Kitas.
const ActorPlan PartnerPlans[] = {
    {"KINDERTAGESPFLEGE", "071330006", 0, "Kindertagespflege Nestwärme %1", "KTP Nestwärme"},
    {"KINDERTAGESPFLEGE", "071335006", 1, "Kindertagespflege Kleine Strolche %1", "KTP Kleine Strolche"},
    {"KINDERTAGESPFLEGE", "071335010", 1, "Kindertagespflege Nahezwerge %1", "KTP Nahezwerge"},
    {"KINDERTAGESPFLEGE", "071335011", 1, "Kindertagespflege Wurzelkinder %1", "KTP Wurzelkinder"},
    {"FAMILIENZENTRUM", "071330006", 0, "Familiengrundschulzentrum Am Mühlenteich %1", "FGZ Am Mühlenteich", "",
     "Familiengrundschulzentrum"},
    {"FAMILIENZENTRUM", "071335009", 0, "Familienzentrum %1", "FZ %1"},
    {"FAMILIENZENTRUM", "071335011", 0, "Familienzentrum %1", "FZ %1"},

    {"FREIER_TRAEGER", "071330006", 0, "Nahetal Kinder- und Jugendhilfe gGmbH", "Nahetal KJH", "", "Schulsozialarbeit"},
    {"FREIER_TRAEGER", "071330006", 0, "Verein für Jugend und Beruf Nahe e. V.", "Jugend und Beruf"},
    {"FREIER_TRAEGER", "071335010", 0, "Diakonisches Jugendwerk Nahe-Glan e. V.", "Jugendwerk Nahe-Glan", "",
     "Schulsozialarbeit"},
    {"FREIER_TRAEGER", "071335009", 0, "Familienhilfe Hunsrück-Nahe gGmbH", "Familienhilfe Hunsrück-Nahe"},
    {"FREIER_TRAEGER", "071335011", 0, "Sozialwerk Rhein-Nahe e. V.", "Sozialwerk Rhein-Nahe"},
    {"FREIER_TRAEGER", "071335006", 2, "Kinder- und Jugendhilfe Soonwald gGmbH", "KJH Soonwald"},
    {"SSA_TEAM", "071330006", 0, "Schulsozialarbeit Stadt Bad Kreuznach", "SSA Stadt", "071330006"},
    {"SSA_TEAM", "071330006", 0, "Schulsozialarbeit im Landkreis – Team Nord", "SSA Team Nord",
     "071335001,071335006,071335011"},
    {"SSA_TEAM", "071335010", 0, "Schulsozialarbeit im Landkreis – Team Nahe-Glan/Kirn", "SSA Team Süd",
     "071335009,071335010"},
    {"JUGENDEINRICHTUNG", "071330006", 0, "Kreisjugendpflege Bad Kreuznach", "Kreisjugendpflege", "07133"},
    {"JUGENDEINRICHTUNG", "071330006", 0, "Jugendzentrum Alte Mühle %1", "JUZ Alte Mühle"},
    {"JUGENDEINRICHTUNG", "071335009", 0, "Jugendtreff Am Marktplatz %1", "Jugendtreff %1"},
    {"JUGENDEINRICHTUNG", "071335006", 2, "Jugendpflege der Verbandsgemeinde Rüdesheim", "Jugendpflege VG"},
    {"JUGENDEINRICHTUNG", "071335010", 0, "Jugendcafé %1", "Jugendcafé"},
    {"JUGENDEINRICHTUNG", "071335011", 0, "Jugendraum %1", "Jugendraum"},
    {"BERATUNGSSTELLE", "071330006", 0, "Erziehungs- und Familienberatungsstelle %1", "EFB"},
    {"BERATUNGSSTELLE", "071330006", 0, "Migrationsberatungsstelle %1", "Migrationsberatung"},
    {"BERATUNGSSTELLE", "071330006", 0, "Fachstelle Suchtprävention %1", "Suchtprävention"},
    {"BERATUNGSSTELLE", "071335009", 0, "Erziehungsberatung Außenstelle %1", "EB %1"},
    {"FAMILIENBILDUNG", "071330006", 0, "Familienbildungsstätte %1", "FBS"},
    {"FAMILIENBILDUNG", "071335010", 0, "Haus der Familie %1", "Haus der Familie"},

    {"VHS", "071330006", 0, "Kreisvolkshochschule Bad Kreuznach", "KVHS", "07133"},
    {"VHS", "071335009", 0, "Volkshochschule Kirner Land", "VHS Kirner Land"},
    {"BIBLIOTHEK", "071330006", 0, "Stadtbibliothek %1", "Stadtbibliothek"},
    {"BIBLIOTHEK", "071335009", 0, "Stadtbücherei %1", "Stadtbücherei %1"},
    {"BIBLIOTHEK", "071335011", 0, "Öffentliche Bücherei %1", "Bücherei %1"},
    {"MUSIKSCHULE", "071330006", 0, "Kreismusikschule Bad Kreuznach", "Kreismusikschule", "07133"},
    {"MUSIKSCHULE", "071335010", 0, "Musikschule Nahe-Glan", "Musikschule Nahe-Glan"},

    {"VEREIN_SPORT", "071330006", 0, "Turn- und Sportverein %1-Nord 1905 e. V.", "TSV Nord"},
    {"VEREIN_SPORT", "071330006", 0, "Schwimmverein Salinental %1 e. V.", "SV Salinental"},
    {"VEREIN_SPORT", "071330006", 0, "Judo-Club %1 e. V.", "Judo-Club"},
    {"VEREIN_SPORT", "071335001", 0, "TuS %1 1899 e. V.", "TuS %1"},
    {"VEREIN_SPORT", "071335001", 1, "Sportverein %1 1921 e. V.", "SV %1"},
    {"VEREIN_SPORT", "071335006", 0, "Turnverein %1 1888 e. V.", "TV %1"},
    {"VEREIN_SPORT", "071335006", 2, "Fußballclub %1 1948 e. V.", "FC %1"},
    {"VEREIN_SPORT", "071335009", 0, "Sportfreunde %1 1912 e. V.", "SF %1"},
    {"VEREIN_SPORT", "071335009", 0, "Kanu-Club Nahe %1 e. V.", "Kanu-Club"},
    {"VEREIN_SPORT", "071335010", 0, "TuS %1 1876 e. V.", "TuS %1"},
    {"VEREIN_SPORT", "071335010", 1, "Reitverein %1 e. V.", "RV %1"},
    {"VEREIN_SPORT", "071335011", 0, "Sportclub %1 1910 e. V.", "SC %1"},
    {"VEREIN_SPORT", "071335011", 1, "Tennisclub %1 e. V.", "TC %1"},
    {"VEREIN", "071330006", 0, "Schulverein Freie Schule Am Weinberg e. V.", "Schulverein", "", "Privatschule",
     Role::PrivateSchoolCarrier},
    {"VEREIN", "071330006", 0, "Lesepaten %1 e. V.", "Lesepaten", "", "Ehrenamt"},
    {"VEREIN", "071335006", 2, "Heimat- und Weinbauverein %1 e. V.", "Heimatverein %1"},
    {"VEREIN", "071335010", 0, "Naturschutzgruppe Nahe-Glan e. V.", "Naturschutzgruppe"},
    {"VEREIN", "071335009", 0, "Kulturverein %1 e. V.", "Kulturverein %1"},
    {"KIRCHE", "071330006", 0, "Ev. Kirchengemeinde %1-Mitte", "Ev. KG Mitte"},
    {"KIRCHE", "071330006", 0, "Kath. Pfarrei Heilig Kreuz %1", "Kath. Pfarrei Heilig Kreuz"},
    {"KIRCHE", "071330006", 0, "Moscheegemeinde %1", "Moscheegemeinde"},
    {"KIRCHE", "071335009", 0, "Ev. Kirchengemeinde %1", "Ev. KG %1"},
    {"KIRCHE", "071335010", 0, "Kath. Pfarrei %1", "Kath. Pfarrei %1"},
    {"LERNORT", "071330006", 0, "Schülerlabor MINT-Werkstatt Nahe %1", "MINT-Werkstatt", "", "MINT"},
    {"LERNORT", "071335011", 1, "Waldpädagogik-Station Soonwald %1", "Waldstation"},
    {"LERNORT", "071335006", 2, "Weinbau-Lernort %1", "Weinbau-Lernort"},
    {"LERNORT", "071335010", 0, "Geopfad-Lernort %1", "Geopfad"},

    {"AGENTUR_ARBEIT", "071330006", 0, "Agentur für Arbeit Bad Kreuznach – Berufsberatung", "AA Berufsberatung"},
    {"JOBCENTER", "071330006", 0, "Jobcenter Landkreis Bad Kreuznach", "Jobcenter", "07133"},
    {"JBA", "071330006", 0, "Jugendberufsagentur Bad Kreuznach", "JBA", "07133"},
    {"KAMMER", "071330006", 0, "IHK-Regionalgeschäftsstelle Bad Kreuznach", "IHK"},
    {"KAMMER", Koblenz, 0, "Handwerkskammer – Ausbildungsberatung %1", "HWK"},
    {"BETRIEB", "071335009", 0, "Nahe-Metallbau GmbH", "Nahe-Metallbau", "", "Ausbildungsbetrieb"},
    {"BETRIEB", "071335006", 2, "Weingut Am Rotenfels", "Weingut Am Rotenfels"},
    {"BETRIEB", "071330006", 0, "Klinikverbund Nahe – Pflegeschule", "Klinikverbund Nahe", "", "Ausbildungsbetrieb"},
    {"BETRIEB", "071335010", 0, "Autohaus Glantal GmbH", "Autohaus Glantal", "", "Ausbildungsbetrieb"},
    {"BETRIEB", "071335011", 1, "Elektrotechnik Soonwald GmbH", "Elektrotechnik Soonwald"},
    {"BETRIEB", "071335001", 0, "Bäckerei Brotzeit GmbH", "Bäckerei Brotzeit"},
    {"BETRIEB", Bingen, 0, "Rheinhessen Software GmbH", "Rheinhessen Software"},
    {"BETRIEB", Wiesbaden, 0, "Rhein-Main Logistik GmbH", "Rhein-Main Logistik", "", "Ausbildungsbetrieb"},
    {"HOCHSCHULE", Bingen, 0, "Technische Hochschule Bingen – Schulkooperationen", "TH Bingen"},
    {"GESUNDHEIT", "071330006", 0, "Kinder- und Jugendarztpraxis Am Markt %1", "Kinderarztpraxis"},
    {"GESUNDHEIT", "071330006", 0, "Sozialpädiatrisches Zentrum %1", "SPZ"},
    {"GESUNDHEIT", "071335009", 0, "Logopädische Praxis Sprachraum %1", "Logopädie %1", "", "Logopädie"},
    {"GESUNDHEIT", "071335010", 0, "Ergotherapie Nahe-Glan %1", "Ergotherapie Nahe-Glan", "", "Ergotherapie"},

    {"SCHULPSYCH", "071330006", 0, "Schulpsychologisches Beratungszentrum Bad Kreuznach", "SPBZ"},
    {"ADD", Koblenz, 0, "ADD – Schulaufsicht, Außenstelle %1", "ADD %1"},
    {"PL", Speyer, 0, "Pädagogisches Landesinstitut – Referat Bildungsgerechtigkeit", "PL"},
    {"BM", Mainz, 0, "Ministerium für Bildung Rheinland-Pfalz", "BM"},
    {"BEGLEITUNG", Mainz, 0, "Wissenschaftliche Begleitung der Schulträger im Startchancen-Programm", "SCP-Begleitung"},
};

const char *const KitaNames[] = {"Regenbogen",    "Sonnenschein", "Pusteblume",    "Löwenzahn",
                                 "Kunterbunt",    "Zwergenland",  "Wirbelwind",    "Schatzkiste",
                                 "Sternschnuppe", "Rappelkiste",  "Spatzennest",   "Wiesenzwerge",
                                 "Waldwichtel",   "Naheflitzer",  "Abenteuerland", "Sonnenblume"};
const char *const ChurchKitaNames[] = {"Ev. Kita Arche Noah",       "Kath. Kita St. Martin",
                                       "Ev. Kita Senfkorn",         "Kath. Kita St. Elisabeth",
                                       "Ev. Kita Unterm Kirchturm", "Kath. Kita Guter Hirte"};

const char *const Streets[] = {"Schulstraße",   "Kirchstraße", "Hauptstraße",  "Am Sportplatz",
                               "Bahnhofstraße", "Lindenweg",   "Gartenstraße", "Mühlenweg",
                               "Ringstraße",    "Wiesenweg",   "Talstraße",    "Brunnenstraße",
                               "Rosenstraße",   "Am Markt",    "Burgweg",      "Weinbergstraße"};

// ---------------------------------------------------------------------------------------------------------------
// Link styles

/// How a link type usually looks: default Handlungsfeld, typical formality (0 INFORMELL … 3 VERTRAGLICH) and
/// intensity (1–3). Individual links vary around it.
struct LinkStyle
{
    const char *type;
    const char *field;
    int formality;
    int intensity;
};

const LinkStyle LinkStyles[] = {
    {"TRAEGER_VON", "", 3, 3},
    {"AUFSICHT", "", 2, 2},
    {"UEBERGANG_KITA_GS", "UEBERGAENGE", 1, 2},
    {"UEBERGANG_GS_SEK1", "UEBERGAENGE", 1, 2},
    {"UEBERGANG_SEK1_BBS", "UEBERGAENGE", 1, 2},
    {"UEBERGANG_BERUF", "BERUFSORIENTIERUNG", 1, 2},
    {"ANMELDEABGLEICH", "UEBERGAENGE", 2, 2},
    {"SCHULSOZIALARBEIT", "SCHULSOZIALARBEIT", 3, 3},
    {"MPT_PERSONAL", "SCHULSOZIALARBEIT", 3, 3},
    {"GANZTAG", "GANZTAG", 2, 2},
    {"ELTERNARBEIT", "ELTERNARBEIT", 1, 2},
    {"BERUFSORIENTIERUNG", "BERUFSORIENTIERUNG", 2, 2},
    {"PRAEVENTION", "PRAEVENTION", 1, 2},
    {"SPRACHFOERDERUNG", "SPRACHFOERDERUNG", 1, 2},
    {"LERNORT_NUTZUNG", "SOZIALRAUM", 0, 1},
    {"FERIENANGEBOT", "SOZIALRAUM", 1, 1},
    {"FALLBERATUNG", "SCHULSOZIALARBEIT", 1, 2},
    {"FINANZIERT", "KOORDINATION", 3, 2},
    {"ABSTIMMUNG", "KOORDINATION", 1, 2},
};

const char *const FormalityCodes[] = {"INFORMELL", "REGELMAESSIG", "VEREINBART", "VERTRAGLICH"};

enum class Timing {
    Fixed,     ///< legal relation (Trägerschaft, Aufsicht): active since a school-year start 2015–2019
    Stable,    ///< active and open-ended: links the documented gaps rely on being present
    Programme, ///< active since the start of the programme
    Varied,    ///< drawn: mostly active, some ended, some ending before the next school year, a few planned
    Explicit,  ///< dates from the options; ended when the end lies before the demo's "today"
};

struct LinkOptions
{
    Timing timing = Timing::Varied;
    const char *field = nullptr; ///< nullptr = the type's default Handlungsfeld, "" = none
    MeasureId measure = {};
    QDate from = {};
    QDate until = {};
    QString note = {};
};

bool isYouthWelfare(QStringView type)
{
    return type == u"JUGENDAMT" || type == u"JHP" || type == u"FREIER_TRAEGER" || type == u"SSA_TEAM" ||
           type == u"JUGENDEINRICHTUNG" || type == u"BERATUNGSSTELLE";
}

bool isPrimaryKind(QStringView kind)
{
    return kind == u"GS" || kind == u"GS_RSPLUS" || kind == u"GHS";
}

// ---------------------------------------------------------------------------------------------------------------
// Measures

enum class Stage { Any, Primary, Secondary };

struct MeasureIdea
{
    const char *area; ///< Maßnahmenbereich
    const char *title;
    const char *fields;   ///< Handlungsfelder
    const char *partners; ///< actor types; a fitting actor near the school becomes partner and provider
    Stage stage;
    bool recommended; ///< follows the Orientierungspapier (the ≥ 2/3 part of a school's Chancenbudget)
    int minEuro;
    int maxEuro;
};

const MeasureIdea SchoolIdeas[] = {
    {"IND-POT", "Leseband mit Lesepaten", "SPRACHFOERDERUNG", "VEREIN,BIBLIOTHEK", Stage::Primary, true, 3000, 9000},
    {"IND-POT", "Mathe-Förderkurse in Kleingruppen", "", "", Stage::Any, true, 4000, 12000},
    {"IND-POT", "Forscherwerkstatt MINT", "MINT", "LERNORT", Stage::Any, true, 3000, 10000},
    {"IND-POT", "Soziales Kompetenztraining", "PRAEVENTION", "BERATUNGSSTELLE", Stage::Any, true, 2500, 8000},
    {"IND-POT", "Bewegte Pause und Sport-AG", "GESUNDHEIT", "VEREIN_SPORT", Stage::Primary, false, 2000, 6000},
    {"IND-POT", "Musikalische Grundbildung", "GANZTAG", "MUSIKSCHULE", Stage::Primary, false, 4000, 9000},
    {"IND-BO", "Potenzialanalyse und Bewerbungstraining", "BERUFSORIENTIERUNG", "AGENTUR_ARBEIT,KAMMER",
     Stage::Secondary, true, 3000, 9000},
    {"IND-BO", "Praxistage in Betrieben", "BERUFSORIENTIERUNG", "BETRIEB", Stage::Secondary, true, 2000, 7000},
    {"INS-SUE", "Elterncafé mit Sprachmittlung", "ELTERNARBEIT", "FAMILIENBILDUNG,FAMILIENZENTRUM", Stage::Any, true,
     2000, 6000},
    {"INS-PRO", "Fortbildungsreihe sprachsensibler Unterricht", "SPRACHFOERDERUNG", "VHS", Stage::Any, true, 2500,
     7000},
    {"INS-UEB", "Übergangsmappe und Hospitationen mit den Kitas", "UEBERGAENGE", "KITA", Stage::Primary, true, 1500,
     4000},
    {"INS-UEB", "Schnuppertage und Übergangslotsen", "UEBERGAENGE", "", Stage::Secondary, true, 2000, 6000},
    {"INS-SOZ", "Schulgarten als Lernort im Quartier", "SOZIALRAUM", "VEREIN", Stage::Any, false, 2000, 8000},
    {"INS-SOZ", "Medienscouts und Demokratietage", "DEMOKRATIE_MEDIEN", "JUGENDEINRICHTUNG", Stage::Secondary, false,
     2500, 7000},
};

const MeasureIdea AuthorityIdeas[] = {
    {"IND-POT", "Ferienakademie Lesen und Rechnen", "SPRACHFOERDERUNG", "VHS,JUGENDEINRICHTUNG", Stage::Any, true,
     12000, 30000},
    {"IND-POT", "Gewaltprävention an allen Programmschulen", "PRAEVENTION", "BERATUNGSSTELLE", Stage::Any, true, 10000,
     25000},
    {"INS-SOZ", "Sport- und Bewegungsangebote im Sozialraum", "SOZIALRAUM,GESUNDHEIT", "VEREIN_SPORT", Stage::Any, true,
     8000, 22000},
    {"INS-UEB", "Übergangsmanagement Kita – Grundschule", "UEBERGAENGE", "KITA,FAMILIENZENTRUM", Stage::Primary, true,
     9000, 24000},
    {"SYS-VUB", "Pädagogische SCP-Koordination und Netzwerkarbeit", "KOORDINATION", "SCP_KOORD,BILDUNGSBUERO",
     Stage::Any, true, 30000, 60000},
    {"IND-BO", "Netzwerk Berufsorientierung mit Betrieben der Region", "BERUFSORIENTIERUNG", "KAMMER,BETRIEB,JBA",
     Stage::Secondary, true, 10000, 28000},
    {"IND-POT", "Musik- und Theaterprojekte mit der Musikschule", "GANZTAG", "MUSIKSCHULE", Stage::Any, true, 8000,
     20000},
};

struct StaffIdea
{
    const char *title;
    const char *group; ///< Berufsgruppe
    const char *tasks;
    const char *form;        ///< Beschäftigungsform
    const char *provider;    ///< actor type of the provider; SCHULTRAEGER_VERW = the administration itself
    const char *providerTag; ///< the provider must carry this tag, "" = any of the type
    int fteQuarters;         ///< VZÄ in quarters
    const char *area;        ///< Maßnahmenbereich
    const char *field;
    Stage stage;
};

const StaffIdea StaffIdeas[] = {
    {"Schulsozialarbeit im Startchancen-Team", "SOZIALARBEIT", "BERATUNG,ELTERNARBEIT,LEISTUNGEN", "FREIER_TRAEGER",
     "FREIER_TRAEGER", "", 4, "IND-POT", "SCHULSOZIALARBEIT", Stage::Any},
    {"Erzieherin im multiprofessionellen Team", "KINDERBETREUUNG", "BERATUNG,SCHULKULTUR", "ANSTELLUNG",
     "SCHULTRAEGER_VERW", "", 3, "INS-SUE", "GANZTAG", Stage::Primary},
    {"Ergotherapeutische Förderung", "THERAPIE", "BERATUNG", "DIENSTLEISTER", "GESUNDHEIT", "Ergotherapie", 2,
     "IND-POT", "INKLUSION", Stage::Any},
    {"Pädagogische Psychologin im Team", "PSYCHOLOGIE", "BERATUNG,SCHULKULTUR", "ANSTELLUNG", "SCHULTRAEGER_VERW", "",
     2, "INS-SUE", "PRAEVENTION", Stage::Any},
    {"Sprach- und Integrationsfachkraft", "SONSTIGE", "ELTERNARBEIT,LEISTUNGEN", "FREIER_TRAEGER", "FREIER_TRAEGER", "",
     3, "INS-SUE", "SPRACHFOERDERUNG", Stage::Any},
    {"Berufseinstiegsbegleitung", "SOZIALARBEIT", "BERATUNG", "FREIER_TRAEGER", "FREIER_TRAEGER", "", 4, "IND-BO",
     "BERUFSORIENTIERUNG", Stage::Secondary},
    {"Theaterpädagogik für die Schulkultur", "KUNSTPAEDAGOGIK", "SCHULKULTUR", "DIENSTLEISTER", "MUSIKSCHULE", "", 2,
     "INS-SUE", "DEMOKRATIE_MEDIEN", Stage::Any},
};

struct InvestmentIdea
{
    const char *title;
    const char *kind; ///< Investitionsart
    const char *room; ///< Raumtyp
    const char *area; ///< Maßnahmenbereich
    const char *field;
    int minEuro;
    int maxEuro;
};

const InvestmentIdea InvestmentIdeas[] = {
    {"Kreativ- und Lernlabor", "UMBAU", "LERNLABOR", "IND-POT", "MINT", 150000, 380000},
    {"Schulhof mit Bewegungs- und Rückzugsflächen", "UMBAU", "AUSSENBEREICH", "INS-SOZ", "GESUNDHEIT", 120000, 260000},
    {"Flexible Möblierung und Zonierung der Flure", "AUSSTATTUNG", "ZONIERUNG", "INS-SUE", "", 40000, 95000},
    {"Teamraum für das multiprofessionelle Team", "UMBAU", "MPT_ARBEITSPLATZ", "INS-PRO", "KOORDINATION", 70000,
     140000},
    {"Schulbibliothek als Lese- und Lernort", "MODERNISIERUNG", "BIBLIOTHEK", "IND-POT", "SPRACHFOERDERUNG", 60000,
     120000},
    {"Maker-Space und Werkstatt", "AUSSTATTUNG", "WERKSTATT", "IND-POT", "MINT", 50000, 110000},
    {"Raum für inklusives Lernen", "ERWEITERUNG", "INKLUSIONSRAUM", "INS-SUE", "INKLUSION", 180000, 420000},
};

const char *const MeasureSteps[] = {"IDEE",      "ENTWURF",   "ABGESTIMMT", "BEANTRAGT",    "BEWILLIGT",
                                    "ABGERUFEN", "UMGESETZT", "NACHWEIS",   "ABGESCHLOSSEN"};
constexpr int Approved = 4;
constexpr int Called = 5;
constexpr int Implemented = 6;
constexpr int Proven = 7;
constexpr int Closed = 8;

QString goalFor(const QString &area)
{
    static const std::pair<const char *, const char *> goals[] = {
        {"IND-POT", "Mehr Schülerinnen und Schüler erreichen die Mindeststandards in Deutsch und Mathematik."},
        {"IND-BO", "Mehr Jugendliche gehen mit einem Anschluss in Ausbildung oder eine weiterführende Schule über."},
        {"INS-SUE", "Eine lernförderliche, diversitätssensible Schulkultur und Lernumgebung."},
        {"INS-PRO", "Kollegium und multiprofessionelles Team arbeiten abgestimmt zusammen."},
        {"INS-UEB", "Übergänge in der Bildungskette gelingen ohne Brüche."},
        {"INS-SOZ", "Die Schule ist im Sozialraum vernetzt und geöffnet."},
        {"SYS-VUB", "Verwaltung, Unterstützung und Beratung arbeiten verbindlich zusammen."},
    };
    for (const auto &[code, goal] : goals) {
        if (area == QLatin1StringView(code))
            return u8(goal);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------

struct Area
{
    Territory territory;        ///< the Gemeindeverband
    QList<Territory> gemeinden; ///< largest population first
    AreaRole role = AreaRole::None;
    int kitas = 0;
    int admin = -1; ///< its SCHULTRAEGER_VERW actor

    [[nodiscard]] const Territory &gemeinde(int rank) const
    {
        return gemeinden.at(std::min<qsizetype>(rank, gemeinden.size() - 1));
    }
};

/// The builder's working state. Actors are referred to by their index in m_actors (insertion order).
class DemoNetwork
{
public:
    DemoNetwork(RegistryRepository &registry, quint32 seed)
        : m_registry(registry)
        , m_dice(seed)
        , m_seed(seed)
    {}

    Status build();

private:
    // ---- context and actors
    Status loadContext();
    Status addAdministrations();
    Status addSchools();
    Status addKitas();
    Status addPlannedActors(const ActorPlan *begin, const ActorPlan *end);
    Status addCommittees();
    Status addContacts();

    // ---- measures and budgets
    Status addSchoolMeasures();
    Status addAuthorityMeasures();
    Status addStaffMeasures();
    Status addInvestmentMeasures();
    Status addBudgets();

    // ---- links
    Status linkCarriers();
    Status linkSupervision();
    Status linkEarlyYears();
    Status linkSchoolTransitions();
    Status linkYouthWelfare();
    Status linkSocialSpace();
    Status linkCareers();
    Status linkStaff();
    Status linkAdministration();

    Status verifyGaps() const;
    Status writeMeta();

    // ---- helpers
    Result<int> addActor(Actor actor);
    Result<Territory> seatOf(const char *seat, int rank);
    void placeAt(Actor &actor, const Territory &gemeinde);
    Result<bool> link(int from, int to, QStringView type, const LinkOptions &options = {});
    void drawTiming(CooperationLink &link, const LinkOptions &options);
    QDate drawStart(const QDate &first, const QDate &last);
    Status addMeasure(Measure measure, int holder, int highestStep);
    int highestStepFor(int yearIndex);

    [[nodiscard]] const QList<int> &ofType(QStringView type) const;
    [[nodiscard]] QList<int> ofTypes(const QStringList &types) const;
    [[nodiscard]] QList<int> schoolsOfKind(std::initializer_list<QStringView> kinds) const;
    [[nodiscard]] int responsible(QStringView type, const QString &rs) const;
    [[nodiscard]] int withRole(Role role) const { return m_roles.value(role, -1); }
    [[nodiscard]] int indexOf(ActorId id) const { return m_indexById.value(id.value, -1); }
    [[nodiscard]] AreaRole roleOfAdmin(int admin) const;
    /// The verbandsfreie große kreisangehörige Stadt (the first area).
    [[nodiscard]] const Area &city() const { return m_areas.first(); }
    [[nodiscard]] int firstSchool(QStringView kind) const;
    [[nodiscard]] QList<int> scpSchoolsOf(int admin) const;
    [[nodiscard]] QString areaOf(int actor) const { return RegionalKey::gemeindeverbandOf(m_actors[actor].seatRs); }
    [[nodiscard]] bool sameArea(int a, int b) const { return areaOf(a) == areaOf(b); }
    [[nodiscard]] bool closesGap(int a, int b, QStringView linkType) const;
    [[nodiscard]] QList<int> allowedFor(const QList<int> &pool, const QList<int> &anchors) const;
    int pickNear(const QList<int> &pool, int anchor, QStringView linkType, int nearPercent = 75);
    [[nodiscard]] static Stage stageOf(const Actor &school);
    [[nodiscard]] static bool fits(Stage idea, Stage school)
    {
        return idea == Stage::Any || school == Stage::Any || idea == school;
    }

    RegistryRepository &m_registry;
    Dice m_dice;
    quint32 m_seed;

    Territory m_kreis;
    Territory m_kreisSeat; ///< the most populous Gemeinde: seat of the Kreisverwaltung
    QList<Area> m_areas;
    QStringList m_youthOffices;
    QStringList m_largeCities;
    QList<CatalogueEntry> m_actorTypes;
    QList<CatalogueEntry> m_linkTypes;
    QList<CatalogueEntry> m_actionFields;

    QList<Actor> m_actors;
    QMap<QString, QList<int>> m_byType;
    QHash<qint64, int> m_indexById; ///< lookups only, never iterated
    QMap<Role, int> m_roles;
    QMap<QString, int> m_keyCounters;
    QList<int> m_admins; ///< Schulträger administrations: the Kreis first, then the areas in order
    QList<int> m_scpSchools;
    QSet<int> m_usedSchoolNumbers;

    QList<CooperationLink> m_links;
    QSet<QString> m_linkKeys;

    QList<Measure> m_measures;
    QList<int> m_measureHolders; ///< budget holder (school or administration) per measure
    QList<Budget> m_budgets;

    int m_kreisAdmin = -1;
    int m_kreisYouthOffice = -1;
    int m_gapNoYouthWelfare = -1;
    int m_gapNoKita = -1;
    int m_gapCoordination = -1;
    int m_overrunAdmin = -1;
    QString m_singleSchoolMeasureKey;
};

// ---------------------------------------------------------------------------------------------------------------

Status DemoNetwork::build()
{
    QElapsedTimer timer;
    timer.start();
    NETZATLAS_TRY(loadContext());
    NETZATLAS_TRY(addAdministrations());
    NETZATLAS_TRY(addPlannedActors(std::begin(MunicipalPlans), std::end(MunicipalPlans)));
    NETZATLAS_TRY(addSchools());
    NETZATLAS_TRY(addKitas());
    NETZATLAS_TRY(addPlannedActors(std::begin(PartnerPlans), std::end(PartnerPlans)));
    NETZATLAS_TRY(addCommittees());
    NETZATLAS_TRY(addContacts());

    NETZATLAS_TRY(addSchoolMeasures());
    NETZATLAS_TRY(addAuthorityMeasures());
    NETZATLAS_TRY(addStaffMeasures());
    NETZATLAS_TRY(addInvestmentMeasures());
    NETZATLAS_TRY(addBudgets());

    NETZATLAS_TRY(linkCarriers());
    NETZATLAS_TRY(linkSupervision());
    NETZATLAS_TRY(linkEarlyYears());
    NETZATLAS_TRY(linkSchoolTransitions());
    NETZATLAS_TRY(linkYouthWelfare());
    NETZATLAS_TRY(linkSocialSpace());
    NETZATLAS_TRY(linkCareers());
    NETZATLAS_TRY(linkStaff());
    NETZATLAS_TRY(linkAdministration());

    NETZATLAS_TRY(verifyGaps());
    NETZATLAS_TRY(writeMeta());
    Log::info("io", QStringLiteral("demo network: %1 actors, %2 links, %3 measures, %4 budgets in %5 ms")
                        .arg(m_actors.size())
                        .arg(m_links.size())
                        .arg(m_measures.size())
                        .arg(m_budgets.size())
                        .arg(timer.elapsed()));
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Context

Status DemoNetwork::loadContext()
{
    const QString kreisRs = DemoRegistryBuilder::kreisRs();
    NETZATLAS_TRY_ASSIGN(kreis, m_registry.territory(kreisRs));
    if (!kreis)
        return Error::make(tr("Der Landkreis Bad Kreuznach (%1) fehlt in der Registry. Für die Demo-Daten müssen "
                              "zuerst die Gebiete von Rheinland-Pfalz geladen werden.")
                               .arg(kreisRs));
    m_kreis = *kreis;

    for (const AreaPlan &plan : AreaPlans) {
        const QString rs = u8(plan.rs);
        NETZATLAS_TRY_ASSIGN(territory, m_registry.territory(rs));
        NETZATLAS_TRY_ASSIGN(children, m_registry.childTerritories(rs));
        if (!territory || children.isEmpty())
            return Error::make(tr("Das Gebiet %1 des Landkreises Bad Kreuznach fehlt oder hat keine Gemeinden; die "
                                  "Demo-Daten passen nicht zu diesem Gebietsstand.")
                                   .arg(rs));
        std::stable_sort(children.begin(), children.end(), [](const Territory &a, const Territory &b) {
            return a.population != b.population ? a.population > b.population : a.rs < b.rs;
        });
        m_areas.append(Area{*territory, children, plan.role, plan.kitas, -1});
        for (const Territory &gemeinde : std::as_const(children)) {
            if (gemeinde.population > m_kreisSeat.population)
                m_kreisSeat = gemeinde;
        }
    }

    if (m_areas.first().territory.typeCode != TerritoryType::VerbandsfreieGemeinde)
        return Error::make(tr("Die Stadt Bad Kreuznach ist in diesem Gebietsstand nicht verbandsfrei; die Demo-Daten "
                              "passen nicht dazu."));

    for (const char *seat : {Koblenz, Mainz, Speyer, Bingen, Wiesbaden}) {
        NETZATLAS_TRY_ASSIGN(known, TerritoryReference::ensureLoaded(m_registry, u8(seat)));
        if (!known)
            return Error::make(tr("Der Regionalschlüssel %1 ist im Gemeindeverzeichnis unbekannt.").arg(u8(seat)));
    }

    NETZATLAS_TRY_ASSIGN(offices, m_registry.youthOfficeTerritories());
    NETZATLAS_TRY_ASSIGN(cities, m_registry.largeCityTerritories());
    NETZATLAS_TRY_ASSIGN(actorTypes, m_registry.catalogue(CatalogueKind::ActorType));
    NETZATLAS_TRY_ASSIGN(linkTypes, m_registry.catalogue(CatalogueKind::LinkType));
    NETZATLAS_TRY_ASSIGN(actionFields, m_registry.catalogue(CatalogueKind::ActionField));
    m_youthOffices = offices;
    m_largeCities = cities;
    m_actorTypes = actorTypes;
    m_linkTypes = linkTypes;
    m_actionFields = actionFields;
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Actors

Result<int> DemoNetwork::addActor(Actor actor)
{
    int &counter = m_keyCounters[actor.typeCode];
    actor.key = QStringLiteral("DEMO-%1-%2").arg(actor.typeCode).arg(++counter, 3, 10, QLatin1Char('0'));
    actor.notes = DemoNote;
    const QList<ValidationIssue> issues = Validation::checkActor(actor, m_actorTypes);
    if (Validation::hasErrors(issues))
        return Error::make(tr("Der Demo-Akteur „%1“ ist ungültig: %2").arg(actor.name, Validation::describe(issues)));
    NETZATLAS_TRY_ASSIGN(id, m_registry.insertActor(actor));
    actor.id = id;
    const int index = static_cast<int>(m_actors.size());
    m_byType[actor.typeCode].append(index);
    m_indexById.insert(id.value, index);
    m_actors.append(actor);
    return index;
}

void DemoNetwork::placeAt(Actor &actor, const Territory &gemeinde)
{
    actor.seatRs = gemeinde.rs;
    actor.postcode = gemeinde.postcode;
    actor.city = gemeinde.displayName();
    actor.street =
        QStringLiteral("%1 %2").arg(u8(Streets[m_dice.below(std::size(Streets))])).arg(m_dice.between(1, 60));
}

Result<Territory> DemoNetwork::seatOf(const char *seat, int rank)
{
    const QString rs = u8(seat);
    for (const Area &area : std::as_const(m_areas)) {
        if (area.territory.rs == rs)
            return area.gemeinde(rank);
    }
    NETZATLAS_TRY_ASSIGN(territory, m_registry.territory(rs));
    if (!territory)
        return Error::make(tr("Der Sitz %1 eines Demo-Akteurs fehlt in der Registry.").arg(rs));
    return *territory;
}

Status DemoNetwork::addAdministrations()
{
    Actor kreis;
    kreis.typeCode = DomainCatalogue::SchoolAuthorityType;
    kreis.name = QStringLiteral("Kreisverwaltung %1 – Schulverwaltung").arg(m_kreis.displayName());
    kreis.shortName = QStringLiteral("KV Schulverwaltung");
    kreis.responsibleFor = {m_kreis.rs};
    kreis.tags = {QStringLiteral("Schulträger")};
    placeAt(kreis, m_kreisSeat);
    NETZATLAS_TRY_ASSIGN(kreisIndex, addActor(kreis));
    m_kreisAdmin = kreisIndex;
    m_admins.append(kreisIndex);

    for (Area &area : m_areas) {
        const bool verband = area.territory.typeCode == TerritoryType::Verbandsgemeinde;
        const QString name = area.territory.displayName();
        Actor admin;
        admin.typeCode = DomainCatalogue::SchoolAuthorityType;
        admin.name = verband ? QStringLiteral("Verbandsgemeindeverwaltung %1 – Schulen und Kitas").arg(name)
                             : QStringLiteral("Stadtverwaltung %1 – Schulverwaltung").arg(name);
        admin.shortName = verband ? QStringLiteral("VGV %1").arg(name) : QStringLiteral("Stadt %1").arg(name);
        admin.responsibleFor = {area.territory.rs};
        admin.tags = {QStringLiteral("Schulträger")};
        // A Verbandsgemeinde's administration sits in the Gemeinde it is named after, otherwise in the largest.
        const Territory *seat = &area.gemeinden.first();
        for (const Territory &gemeinde : std::as_const(area.gemeinden)) {
            if (gemeinde.displayName() == name) {
                seat = &gemeinde;
                break;
            }
        }
        placeAt(admin, *seat);
        NETZATLAS_TRY_ASSIGN(index, addActor(admin));
        area.admin = index;
        m_admins.append(index);
        if (area.role == AreaRole::MissingCoordination)
            m_gapCoordination = index;
        if (area.role == AreaRole::BudgetOverrun)
            m_overrunAdmin = index;
    }
    return {};
}

Status DemoNetwork::addPlannedActors(const ActorPlan *begin, const ActorPlan *end)
{
    for (const ActorPlan *plan = begin; plan != end; ++plan) {
        NETZATLAS_TRY_ASSIGN(seat, seatOf(plan->seat, plan->rank));
        Actor actor;
        actor.typeCode = u8(plan->type);
        const auto withPlace = [&](const char *text) {
            const QString result = u8(text);
            return result.contains(QStringLiteral("%1")) ? result.arg(seat.displayName()) : result;
        };
        actor.name = withPlace(plan->name);
        actor.shortName = withPlace(plan->shortName);
        actor.responsibleFor = commaList(plan->responsibleFor);
        actor.tags = commaList(plan->tags);
        placeAt(actor, seat);
        NETZATLAS_TRY_ASSIGN(index, addActor(actor));
        if (plan->role != Role::None)
            m_roles.insert(plan->role, index);
        if (actor.typeCode == DomainCatalogue::YouthOfficeType && actor.responsibleFor.contains(m_kreis.rs))
            m_kreisYouthOffice = index;
    }
    return {};
}

Status DemoNetwork::addSchools()
{
    for (const SchoolPlan &plan : SchoolPlans) {
        NETZATLAS_TRY_ASSIGN(gemeinde, seatOf(plan.area, plan.rank));
        Actor school;
        school.typeCode = DomainCatalogue::SchoolType;
        school.schoolKind = u8(plan.kind);
        QString label;
        for (const auto &[kind, text] : SchoolLabels) {
            if (school.schoolKind == QLatin1StringView(kind))
                label = u8(text);
        }
        QString abbreviation = label; // the private school has no official abbreviation
        for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(Vocabulary::SchoolKind)) {
            if (entry.code == school.schoolKind && !entry.extra.isEmpty())
                abbreviation = entry.extra;
        }
        school.name = QStringLiteral("%1 %2 %3").arg(label, u8(plan.part), gemeinde.displayName());
        school.shortName = QStringLiteral("%1 %2").arg(abbreviation, u8(plan.part));
        placeAt(school, gemeinde);
        int number = 0;
        do {
            number = m_dice.between(10000, 69999);
        } while (m_usedSchoolNumbers.contains(number));
        m_usedSchoolNumbers.insert(number);
        school.schoolNumber = QString::number(number);
        school.scp = plan.scp;
        school.scpCohort = plan.scp ? 2024 : 0;
        school.specialNeedsFocus = u8(plan.focus);
        school.allDay = u8(plan.allDay);
        const bool privateSchool = school.schoolKind == u"SONST";
        school.legalStatus = privateSchool ? QStringLiteral("privat") : QStringLiteral("öffentlich");
        school.schoolAuthorityRs = Responsibility::suggestSchoolAuthority(school.schoolKind, school.specialNeedsFocus,
                                                                          gemeinde.rs, m_largeCities);
        if (!privateSchool && school.schoolAuthorityRs.isEmpty())
            return Error::make(tr("Für die Demo-Schule „%1“ lässt sich kein Schulträger bestimmen.").arg(school.name));
        school.youthOfficeRs = Responsibility::youthOfficeFor(gemeinde.rs, m_youthOffices);
        school.tags = commaList(plan.tags);
        if (school.scp)
            school.tags.prepend(QStringLiteral("Startchancen"));
        if (school.allDay == u"VERPFLICHTEND" || school.allDay == u"ANGEBOT")
            school.tags.append(QStringLiteral("Ganztagsschule"));
        NETZATLAS_TRY_ASSIGN(index, addActor(school));
        if (school.scp)
            m_scpSchools.append(index);
        if (plan.gap == Gap::NoYouthWelfare)
            m_gapNoYouthWelfare = index;
        if (plan.gap == Gap::NoKita)
            m_gapNoKita = index;
    }
    return {};
}

Status DemoNetwork::addKitas()
{
    int name = 0;
    int churchName = 0;
    for (const Area &area : std::as_const(m_areas)) {
        // Kitas first where a Grundschule is, then in the next largest Gemeinden.
        QList<int> ranks;
        for (int rank = 0; rank < area.gemeinden.size(); ++rank) {
            for (const int school : ofType(DomainCatalogue::SchoolType)) {
                if (m_actors[school].seatRs == area.gemeinden[rank].rs && isPrimaryKind(m_actors[school].schoolKind) &&
                    !ranks.contains(rank))
                    ranks.append(rank);
            }
        }
        for (int rank = 0; rank < area.gemeinden.size(); ++rank) {
            if (!ranks.contains(rank))
                ranks.append(rank);
        }
        for (int i = 0; i < area.kitas; ++i) {
            const Territory &gemeinde = area.gemeinde(ranks[i % ranks.size()]);
            Actor kita;
            kita.typeCode = QStringLiteral("KITA");
            const int draw = m_dice.below(100);
            if (draw < 30) {
                kita.kitaOperator = QStringLiteral("KIRCHLICH");
                kita.shortName = u8(ChurchKitaNames[churchName++ % std::size(ChurchKitaNames)]);
            } else {
                kita.kitaOperator = draw < 80 ? QStringLiteral("KOMMUNAL") : QStringLiteral("FREI");
                kita.shortName = QStringLiteral("Kita %1").arg(u8(KitaNames[name++ % std::size(KitaNames)]));
            }
            kita.name = QStringLiteral("%1 %2").arg(kita.shortName, gemeinde.displayName());
            if (m_dice.chance(25))
                kita.tags = {QStringLiteral("Sprach-Kita")};
            placeAt(kita, gemeinde);
            NETZATLAS_TRY(addActor(kita));
        }
    }
    return {};
}

Status DemoNetwork::addCommittees()
{
    struct Member
    {
        int actor;
        const char *role;
        QDate since;
        QDate until;
    };
    const int bureau = ofType(u"BILDUNGSBUERO").value(0, -1);
    const int add = ofType(u"ADD").value(0, -1);
    const QList<int> gymnasiums = schoolsOfKind({u"GYM"});
    const int kreisCoordination = responsible(u"SCP_KOORD", m_kreis.rs);
    const int cityCoordination = responsible(u"SCP_KOORD", city().territory.rs);
    const int cityYouthOffice = responsible(u"JUGENDAMT", city().territory.rs);

    const QDate term2019(2019, 7, 1);
    const QDate term2024(2024, 7, 1);
    const QList<Member> schoolCommittee = {
        {m_kreisAdmin, "Geschäftsführung", term2019, {}},
        {bureau, "beratend", QDate(2021, 3, 1), {}},
        {firstSchool(u"IGS"), "Mitglied", term2019, {}},
        {gymnasiums.value(0, -1), "Mitglied", term2019, QDate(2024, 6, 30)},
        {gymnasiums.value(1, -1), "Mitglied", term2024, {}},
        {firstSchool(u"BBS"), "Mitglied", term2019, {}},
        {ofType(u"KAMMER").value(0, -1), "Mitglied", term2019, {}},
    };
    const QDate steeringStart(2024, 9, 1);
    const QList<Member> steeringGroup = {
        {kreisCoordination, "Vorsitz", steeringStart, {}},
        {cityCoordination, "Mitglied", steeringStart, {}},
        {m_kreisYouthOffice, "Mitglied", steeringStart, {}},
        {cityYouthOffice, "Mitglied", steeringStart, {}},
        {bureau, "Geschäftsführung", steeringStart, {}},
        {add, "Mitglied", steeringStart, {}},
        {ofType(u"BEGLEITUNG").value(0, -1), "beratend", QDate(2025, 1, 15), {}},
        {ofType(u"FREIER_TRAEGER").value(0, -1), "Mitglied", QDate(2025, 2, 1), {}},
    };

    struct CommitteePlan
    {
        const char *name;
        const char *shortName;
        const char *kind;
        const char *mandate;
        const char *rhythm;
        const QList<Member> *members;
    };
    const CommitteePlan plans[] = {
        {"Schulträgerausschuss des Landkreises Bad Kreuznach", "Schulträgerausschuss", "SCHULTRAEGERAUSSCHUSS",
         "Berät den Kreistag in den Angelegenheiten der Schulen in Trägerschaft des Kreises (§ 90 SchulG).",
         "viermal im Jahr", &schoolCommittee},
        {"Steuergruppe Startchancen Bad Kreuznach", "Steuergruppe SCP", "STEUERGRUPPE",
         "Steuert die kommunale Umsetzung des Startchancen-Programms in Kreis und Stadt: Trägerbudget, Säule III "
         "und Vernetzung mit der Jugendhilfe.",
         "monatlich", &steeringGroup},
    };
    for (const CommitteePlan &plan : plans) {
        const QString kind = u8(plan.kind);
        if (!DomainCatalogue::isVocabularyCode(Vocabulary::CommitteeKind, kind))
            return Error::make(tr("Die Gremienart „%1“ ist unbekannt.").arg(kind));
        Actor actor;
        actor.typeCode = DomainCatalogue::CommitteeType;
        actor.name = u8(plan.name);
        actor.shortName = u8(plan.shortName);
        actor.responsibleFor = {m_kreis.rs};
        actor.tags = {QStringLiteral("Gremium")};
        placeAt(actor, m_kreisSeat);
        NETZATLAS_TRY_ASSIGN(index, addActor(actor));
        Committee committee;
        committee.actor = m_actors[index].id;
        committee.kind = kind;
        committee.mandate = u8(plan.mandate);
        committee.meetingRhythm = u8(plan.rhythm);
        for (const Member &member : *plan.members) {
            if (member.actor < 0)
                return Error::make(tr("Ein Mitglied des Demo-Gremiums „%1“ fehlt.").arg(actor.name));
            committee.members.append(
                CommitteeMembership{{}, {}, m_actors[member.actor].id, u8(member.role), member.since, member.until});
        }
        NETZATLAS_TRY(m_registry.insertCommittee(committee));
    }
    return {};
}

Status DemoNetwork::addContacts()
{
    struct ContactPlan
    {
        int actor;
        const char *name;
        const char *email;
        const char *function;
        QDate review;
    };
    const QString cityRs = city().territory.rs;
    const int freeCarrier = ofType(u"FREIER_TRAEGER").value(0, -1);
    const ContactPlan plans[] = {
        {m_kreisAdmin, "Erika Beispiel", "erika.beispiel", "Sachgebietsleitung Schulen", QDate(2027, 1, 31)},
        {city().admin, "Max Mustermann", "max.mustermann", "Leitung Schulverwaltung", QDate(2026, 12, 31)},
        {m_gapCoordination, "Maria Musterfrau", "maria.musterfrau", "Fachbereich Schulen und Kitas",
         QDate(2025, 12, 31)},
        {m_kreisYouthOffice, "Otto Normal", "otto.normal", "Sachgebiet Schulsozialarbeit", QDate(2027, 3, 31)},
        {responsible(u"JUGENDAMT", cityRs), "Petra Probe", "petra.probe", "Abteilungsleitung Jugendhilfe",
         QDate(2026, 9, 30)},
        {responsible(u"SCP_KOORD", m_kreis.rs), "Jana Demo", "jana.demo", "SCP-Koordinatorin", QDate(2027, 7, 31)},
        {ofType(u"BILDUNGSBUERO").value(0, -1), "Hans Platzhalter", "hans.platzhalter", "Bildungskoordination",
         QDate(2026, 6, 30)},
        {m_scpSchools.value(0, -1), "Klara Fiktiv", "klara.fiktiv", "Schulleitung", QDate(2027, 1, 31)},
        {m_gapNoYouthWelfare, "Fritz Testmann", "fritz.testmann", "Schulleitung", QDate(2026, 1, 31)},
        {freeCarrier, "Paula Exempel", "paula.exempel", "Bereichsleitung Schulsozialarbeit", QDate(2027, 2, 28)},
    };
    for (const ContactPlan &plan : plans) {
        if (plan.actor < 0)
            return Error::make(tr("Der Akteur einer Demo-Ansprechperson fehlt."));
        ContactPerson contact;
        contact.actor = m_actors[plan.actor].id;
        contact.name = u8(plan.name);
        contact.function = u8(plan.function);
        contact.email = u8(plan.email) + QStringLiteral("@example.org");
        contact.purpose = QStringLiteral("Abstimmung im Startchancen-Programm (Demo-Daten, fiktiv)");
        contact.reviewDate = plan.review;
        contact.notes = DemoNote;
        NETZATLAS_TRY(m_registry.insertContact(contact));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups

const QList<int> &DemoNetwork::ofType(QStringView type) const
{
    static const QList<int> none;
    const auto it = m_byType.constFind(type.toString());
    return it == m_byType.constEnd() ? none : *it;
}

/// Candidates of the types for partner choices; actors with a special role (the private school's Trägerverein,
/// the Gebäudemanagement) are no general partners.
QList<int> DemoNetwork::ofTypes(const QStringList &types) const
{
    QList<int> result;
    for (const QString &type : types) {
        for (const int actor : ofType(type)) {
            if (std::find(m_roles.cbegin(), m_roles.cend(), actor) == m_roles.cend())
                result.append(actor);
        }
    }
    return result;
}

QList<int> DemoNetwork::schoolsOfKind(std::initializer_list<QStringView> kinds) const
{
    QList<int> result;
    for (const int school : ofType(DomainCatalogue::SchoolType)) {
        if (std::find(kinds.begin(), kinds.end(), QStringView(m_actors[school].schoolKind)) != kinds.end())
            result.append(school);
    }
    return result;
}

int DemoNetwork::firstSchool(QStringView kind) const
{
    return schoolsOfKind({kind}).value(0, -1);
}

/// The actor of `type` whose area of responsibility is the longest prefix of `rs`.
int DemoNetwork::responsible(QStringView type, const QString &rs) const
{
    int best = -1;
    qsizetype bestLength = 0;
    for (const int actor : ofType(type)) {
        for (const QString &area : m_actors[actor].responsibleFor) {
            if (!area.isEmpty() && rs.startsWith(area) && area.size() > bestLength) {
                best = actor;
                bestLength = area.size();
            }
        }
    }
    return best;
}

AreaRole DemoNetwork::roleOfAdmin(int admin) const
{
    for (const Area &area : m_areas) {
        if (area.admin == admin)
            return area.role;
    }
    return AreaRole::None;
}

QList<int> DemoNetwork::scpSchoolsOf(int admin) const
{
    QList<int> result;
    for (const int school : m_scpSchools) {
        if (m_actors[admin].responsibleFor.contains(m_actors[school].schoolAuthorityRs))
            result.append(school);
    }
    return result;
}

Stage DemoNetwork::stageOf(const Actor &school)
{
    if (school.schoolKind == u"GS_RSPLUS" || school.schoolKind == u"GHS")
        return Stage::Any;
    return school.schoolKind == u"GS" ? Stage::Primary : Stage::Secondary;
}

/// True when a link of `linkType` (or any involvement, for an empty type) between the two actors would close one
/// of the documented gaps.
bool DemoNetwork::closesGap(int a, int b, QStringView linkType) const
{
    for (const auto &[x, y] : {std::pair(a, b), std::pair(b, a)}) {
        if (x == m_gapNoYouthWelfare && isYouthWelfare(m_actors[y].typeCode))
            return true;
        if (x == m_gapNoKita && m_actors[y].typeCode == u"KITA")
            return true;
        if (x == m_gapCoordination && y == m_kreisYouthOffice && linkType == u"ABSTIMMUNG")
            return true;
    }
    return false;
}

QList<int> DemoNetwork::allowedFor(const QList<int> &pool, const QList<int> &anchors) const
{
    QList<int> result;
    for (const int candidate : pool) {
        const bool allowed = std::none_of(anchors.begin(), anchors.end(), [&](int anchor) {
            return anchor == candidate || closesGap(anchor, candidate, {});
        });
        if (allowed)
            result.append(candidate);
    }
    return result;
}

/// A random actor of the pool, from the anchor's area with `nearPercent` probability when there is one there.
/// Candidates with an area of responsibility only serve anchors inside it (the city's Jugendamt does not work for
/// a school of a Verbandsgemeinde).
int DemoNetwork::pickNear(const QList<int> &pool, int anchor, QStringView linkType, int nearPercent)
{
    const QString anchorArea = m_actors[anchor].responsibleFor.value(0, m_actors[anchor].seatRs);
    QList<int> all;
    QList<int> near;
    for (const int candidate : pool) {
        const QStringList &covered = m_actors[candidate].responsibleFor;
        const bool serves = covered.isEmpty() || std::any_of(covered.cbegin(), covered.cend(), [&](const QString &rs) {
                                return anchorArea.startsWith(rs);
                            });
        if (candidate == anchor || !serves || closesGap(anchor, candidate, linkType))
            continue;
        all.append(candidate);
        if (sameArea(anchor, candidate))
            near.append(candidate);
    }
    if (all.isEmpty())
        return -1;
    if (!near.isEmpty() && m_dice.chance(nearPercent))
        return m_dice.pick(near);
    return m_dice.pick(all);
}

// ---------------------------------------------------------------------------------------------------------------
// Links

QDate DemoNetwork::drawStart(const QDate &first, const QDate &last)
{
    QDate day = m_dice.dayBetween(first, last);
    // Cooperation agreements mostly start with a school year or a half-year.
    const int snap = m_dice.below(3);
    const QDate snapped = snap == 0 ? QDate(day.year(), 8, 1) : snap == 1 ? QDate(day.year(), 2, 1) : day;
    return snapped >= first && snapped <= last ? snapped : day;
}

void DemoNetwork::drawTiming(CooperationLink &l, const LinkOptions &options)
{
    switch (options.timing) {
    case Timing::Fixed:
        l.validFrom = options.from.isValid() ? options.from : QDate(m_dice.between(2015, 2019), 8, 1);
        return;
    case Timing::Stable:
        l.validFrom = options.from.isValid() ? options.from : drawStart(FirstLinkDay, QDate(2025, 6, 30));
        return;
    case Timing::Programme:
        l.validFrom = options.from.isValid() ? options.from : drawStart(ProgrammeStart, QDate(2025, 3, 31));
        return;
    case Timing::Explicit:
        l.validFrom = options.from;
        l.validUntil = options.until;
        if (l.validUntil.isValid() && l.validUntil < AsOf)
            l.status = QStringLiteral("BEENDET");
        return;
    case Timing::Varied:
        break;
    }
    const int draw = m_dice.below(100);
    if (draw < 13) {
        l.validFrom = drawStart(FirstLinkDay, QDate(2023, 6, 30));
        l.validUntil = std::min(l.validFrom.addDays(m_dice.between(365, 1800)), LastLinkDay);
        l.status = QStringLiteral("BEENDET");
        static const char *const reasons[] = {"Kooperation nach Personalwechsel eingestellt.",
                                              "Projektförderung ausgelaufen.", "Angebot wurde nicht mehr nachgefragt."};
        l.note = u8(reasons[m_dice.below(std::size(reasons))]);
    } else if (draw < 20) {
        l.validFrom = drawStart(QDate(2016, 1, 1), QDate(2025, 3, 31));
        l.validUntil = EndOfSchoolYear;
        l.note = QStringLiteral("Vereinbarung endet zum Schuljahresende; Verlängerung offen.");
    } else if (draw < 23) {
        static const QDate starts[] = {QDate(2026, 8, 1), QDate(2026, 9, 1), QDate(2027, 2, 1)};
        l.validFrom = starts[m_dice.below(std::size(starts))];
        l.status = QStringLiteral("GEPLANT");
        l.note = QStringLiteral("Beginn zum Schuljahr %1 geplant.")
                     .arg(SchoolYear::containing(l.validFrom.year(), l.validFrom.month()).toString());
    } else if (draw < 25) {
        l.validFrom = drawStart(FirstLinkDay, QDate(2024, 7, 31));
        l.status = QStringLiteral("RUHEND");
        l.note = QStringLiteral("Ruht derzeit wegen Personalwechsels.");
    } else {
        l.validFrom = drawStart(FirstLinkDay, LastLinkDay);
    }
}

/// Adds a link unless it joins an actor with itself, repeats a link of the same type between the pair, or would
/// close one of the documented gaps. Returns whether it was added.
Result<bool> DemoNetwork::link(int from, int to, QStringView type, const LinkOptions &options)
{
    if (from < 0 || to < 0 || from == to || closesGap(from, to, type))
        return false;
    const qint64 a = m_actors[from].id.value;
    const qint64 b = m_actors[to].id.value;
    const QString pairKey = QStringLiteral("%1|%2|%3").arg(std::min(a, b)).arg(std::max(a, b)).arg(type);
    if (m_linkKeys.contains(pairKey))
        return false;

    const LinkStyle *style = nullptr;
    for (const LinkStyle &candidate : LinkStyles) {
        if (type == QLatin1StringView(candidate.type))
            style = &candidate;
    }
    const auto catalogueEntry = std::find_if(m_linkTypes.cbegin(), m_linkTypes.cend(),
                                             [&](const CatalogueEntry &entry) { return entry.code == type; });
    if (!style || catalogueEntry == m_linkTypes.cend())
        return Error::make(tr("Der Verbindungstyp „%1“ fehlt im Katalog.").arg(type));

    CooperationLink l;
    l.source = m_actors[from].id;
    l.target = m_actors[to].id;
    l.typeCode = type.toString();
    l.direction = catalogueEntry->directed ? LinkDirection::Directed : LinkDirection::Undirected;
    l.actionField = u8(options.field ? options.field : style->field);
    const bool fixed = options.timing == Timing::Fixed;
    const int formalityDelta = fixed ? 0 : m_dice.between(-1, 1);
    const int intensityDelta = fixed ? 0 : m_dice.between(-1, 1);
    l.formality = u8(FormalityCodes[std::clamp(style->formality + formalityDelta, 0, 3)]);
    l.intensity = std::clamp(style->intensity + intensityDelta, 1, 3);
    l.measure = options.measure;
    drawTiming(l, options);
    if (!options.note.isEmpty())
        l.note = options.note;

    const QList<ValidationIssue> issues = Validation::checkLink(l, m_linkTypes, m_actionFields);
    if (Validation::hasErrors(issues))
        return Error::make(tr("Eine Demo-Verbindung „%1“ ist ungültig: %2").arg(type, Validation::describe(issues)));
    NETZATLAS_TRY_ASSIGN(id, m_registry.insertLink(l));
    l.id = id;
    m_links.append(l);
    m_linkKeys.insert(pairKey);
    return true;
}

Status DemoNetwork::linkCarriers()
{
    for (const int school : ofType(DomainCatalogue::SchoolType)) {
        if (m_actors[school].schoolAuthorityRs.isEmpty())
            continue;
        const int admin = responsible(DomainCatalogue::SchoolAuthorityType, m_actors[school].schoolAuthorityRs);
        if (admin < 0)
            return Error::make(
                tr("Für die Demo-Schule „%1“ fehlt die Schulträgerverwaltung.").arg(m_actors[school].name));
        NETZATLAS_TRY(link(admin, school, u"TRAEGER_VON", {.timing = Timing::Fixed}));
    }
    NETZATLAS_TRY(link(withRole(Role::PrivateSchoolCarrier), firstSchool(u"SONST"), u"TRAEGER_VON",
                       {.timing = Timing::Fixed, .from = QDate(2016, 8, 1)}));

    for (const int kita : ofType(u"KITA")) {
        const QString &kind = m_actors[kita].kitaOperator;
        int carrier = -1;
        if (kind == u"KOMMUNAL") {
            carrier = responsible(DomainCatalogue::SchoolAuthorityType, areaOf(kita));
        } else if (kind == u"KIRCHLICH") {
            // "Ev. Kita …" belongs to a Protestant parish, "Kath. Kita …" to a Catholic one.
            const QString denomination = m_actors[kita].name.section(u' ', 0, 0);
            QList<int> parishes;
            for (const int parish : ofType(u"KIRCHE")) {
                if (m_actors[parish].name.startsWith(denomination))
                    parishes.append(parish);
            }
            carrier = pickNear(parishes.isEmpty() ? ofType(u"KIRCHE") : parishes, kita, u"TRAEGER_VON", 100);
        } else {
            carrier = pickNear(ofType(u"FREIER_TRAEGER"), kita, u"TRAEGER_VON", 90);
        }
        NETZATLAS_TRY(link(carrier, kita, u"TRAEGER_VON", {.timing = Timing::Fixed}));
    }
    // The municipal team belongs to the city's Jugendamt, the Kreis teams to freie Träger of their area.
    for (const int team : ofType(u"SSA_TEAM")) {
        const QString area = m_actors[team].responsibleFor.value(0);
        const int carrier = area == city().territory.rs
                                ? responsible(u"JUGENDAMT", area)
                                : pickNear(ofType(u"FREIER_TRAEGER"), team, u"TRAEGER_VON", 100);
        NETZATLAS_TRY(link(carrier, team, u"TRAEGER_VON", {.timing = Timing::Fixed}));
    }
    return {};
}

Status DemoNetwork::linkSupervision()
{
    const int add = ofType(u"ADD").value(0, -1);
    for (const int school : ofType(DomainCatalogue::SchoolType)) {
        const bool scp = m_actors[school].scp;
        NETZATLAS_TRY(link(add, school, u"AUFSICHT",
                           {.timing = Timing::Fixed,
                            .field = scp ? "KOORDINATION" : "",
                            .note = scp ? QStringLiteral("Zielvereinbarung im Startchancen-Programm") : QString()}));
    }
    const int institute = ofType(u"PL").value(0, -1);
    for (const int school : m_scpSchools)
        NETZATLAS_TRY(link(institute, school, u"AUFSICHT", {.timing = Timing::Programme, .field = "KOORDINATION"}));
    const int evaluation = ofType(u"BEGLEITUNG").value(0, -1);
    for (const int admin : m_admins) {
        if (!scpSchoolsOf(admin).isEmpty())
            NETZATLAS_TRY(link(evaluation, admin, u"AUFSICHT", {.timing = Timing::Programme, .field = "KOORDINATION"}));
    }
    return {};
}

Status DemoNetwork::linkEarlyYears()
{
    const QList<int> primary = schoolsOfKind({u"GS"});
    QMap<int, int> transitions; // Kita → number of its transition links
    // Every Grundschule gets a Kita of its own Gemeinde, the least connected one first.
    for (const int school : primary) {
        int best = -1;
        for (const int kita : ofType(u"KITA")) {
            if (m_actors[kita].seatRs == m_actors[school].seatRs && !closesGap(kita, school, {}) &&
                (best < 0 || transitions.value(kita) < transitions.value(best)))
                best = kita;
        }
        if (best < 0)
            best = pickNear(ofType(u"KITA"), school, u"UEBERGANG_KITA_GS", 100);
        NETZATLAS_TRY_ASSIGN(added, link(best, school, u"UEBERGANG_KITA_GS", {.timing = Timing::Stable}));
        if (added)
            ++transitions[best];
    }
    // Every Kita hands over to a school nearby; some to two.
    for (const int kita : ofType(u"KITA")) {
        const int rounds = transitions.value(kita) == 0 ? 1 : 0;
        for (int i = 0; i < rounds + (m_dice.chance(20) ? 1 : 0); ++i) {
            QList<int> sameGemeinde;
            for (const int school : primary) {
                if (m_actors[school].seatRs == m_actors[kita].seatRs)
                    sameGemeinde.append(school);
            }
            const int school = pickNear(allowedFor(sameGemeinde, {kita}).isEmpty() ? primary : sameGemeinde, kita,
                                        u"UEBERGANG_KITA_GS", 95);
            NETZATLAS_TRY_ASSIGN(added, link(kita, school, u"UEBERGANG_KITA_GS"));
            if (added)
                ++transitions[kita];
        }
    }
    // Language support between Kitas and Grundschulen of the same Gemeinde.
    for (const int school : primary) {
        if (!m_actors[school].scp && !m_dice.chance(40))
            continue;
        QList<int> kitas;
        for (const int kita : ofType(u"KITA")) {
            if (m_actors[kita].seatRs == m_actors[school].seatRs)
                kitas.append(kita);
        }
        NETZATLAS_TRY(link(pickNear(kitas, school, u"SPRACHFOERDERUNG", 100), school, u"SPRACHFOERDERUNG"));
    }
    // Logopädie with Kitas and Grundschulen; Jugendamt funds the Kindertagespflege.
    const QList<int> speech = ofType(u"GESUNDHEIT");
    for (const int therapist : speech) {
        if (!m_actors[therapist].tags.contains(QStringLiteral("Logopädie")))
            continue;
        for (int i = 0; i < 4; ++i) {
            const int partner = pickNear(i < 2 ? ofType(u"KITA") : primary, therapist, u"SPRACHFOERDERUNG", 80);
            NETZATLAS_TRY(link(therapist, partner, u"SPRACHFOERDERUNG", {.field = "SPRACHFOERDERUNG"}));
        }
    }
    for (const int childminder : ofType(u"KINDERTAGESPFLEGE")) {
        NETZATLAS_TRY(link(responsible(u"JUGENDAMT", m_actors[childminder].seatRs), childminder, u"FINANZIERT",
                           {.timing = Timing::Stable,
                            .field = "KOORDINATION",
                            .note = QStringLiteral("Laufende Geldleistung nach § 23 SGB VIII")}));
        NETZATLAS_TRY(link(pickNear(ofTypes({QStringLiteral("FAMILIENBILDUNG"), QStringLiteral("FAMILIENZENTRUM")}),
                                    childminder, u"ELTERNARBEIT", 60),
                           childminder, u"ELTERNARBEIT"));
    }
    return {};
}

Status DemoNetwork::linkSchoolTransitions()
{
    const QString centre = RegionalKey::gemeindeverbandOf(m_kreisSeat.rs);
    QList<int> centralSecondary;
    for (const int school : schoolsOfKind({u"RSPLUS", u"IGS", u"RSPLUS_FOS"})) {
        if (areaOf(school) == centre)
            centralSecondary.append(school);
    }
    const QList<int> upper = schoolsOfKind({u"IGS", u"KGS", u"GYM"});
    QMap<int, int> firstReceiver;
    for (const int school : schoolsOfKind({u"GS"})) {
        // The Realschule plus of the area; an area without one sends its children into the city.
        int local = -1;
        for (const int candidate : schoolsOfKind({u"RSPLUS", u"GS_RSPLUS"})) {
            if (local < 0 && sameArea(candidate, school))
                local = candidate;
        }
        for (const int candidate : centralSecondary) {
            if (local < 0 && m_actors[candidate].schoolKind == u"RSPLUS")
                local = candidate;
        }
        NETZATLAS_TRY(link(school, local, u"UEBERGANG_GS_SEK1", {.timing = Timing::Stable}));
        firstReceiver.insert(school, local);
        if (m_dice.chance(60))
            NETZATLAS_TRY(link(school, pickNear(upper, school, u"UEBERGANG_GS_SEK1", 60), u"UEBERGANG_GS_SEK1"));
        if (areaOf(school) != centre && !centralSecondary.isEmpty() && m_dice.chance(20))
            NETZATLAS_TRY(link(school, m_dice.pick(centralSecondary), u"UEBERGANG_GS_SEK1"));
        if (m_actors[school].scp)
            NETZATLAS_TRY(link(school, local, u"ANMELDEABGLEICH"));
    }

    const QList<int> vocational = schoolsOfKind({u"BBS"});
    const QList<int> companies = ofType(u"BETRIEB");
    for (const int school : schoolsOfKind({u"RSPLUS", u"RSPLUS_FOS", u"GS_RSPLUS", u"GHS", u"IGS", u"KGS", u"FOES"})) {
        const int first = m_dice.pick(vocational);
        NETZATLAS_TRY(link(school, first, u"UEBERGANG_SEK1_BBS"));
        if (m_dice.chance(35))
            NETZATLAS_TRY(link(school, m_dice.pick(vocational), u"UEBERGANG_SEK1_BBS"));
        if (m_dice.chance(30))
            NETZATLAS_TRY(link(school, pickNear(companies, school, u"UEBERGANG_SEK1_BBS", 70), u"UEBERGANG_SEK1_BBS"));
        if (m_dice.chance(25))
            NETZATLAS_TRY(link(school, first, u"ANMELDEABGLEICH"));
    }

    const QList<int> careers = ofTypes(
        {QStringLiteral("AGENTUR_ARBEIT"), QStringLiteral("JBA"), QStringLiteral("KAMMER"), QStringLiteral("BETRIEB")});
    const int university = ofType(u"HOCHSCHULE").value(0, -1);
    for (const int school : schoolsOfKind({u"BBS", u"RSPLUS_FOS", u"GYM", u"IGS", u"KGS"})) {
        const QString &kind = m_actors[school].schoolKind;
        if (kind == u"GYM" || kind == u"RSPLUS_FOS" || kind == u"IGS") {
            const bool first = school == firstSchool(u"GYM");
            NETZATLAS_TRY(
                link(school, university, u"UEBERGANG_BERUF", {.timing = first ? Timing::Stable : Timing::Varied}));
        }
        for (int i = 0; i < 2; ++i)
            NETZATLAS_TRY(link(school, pickNear(careers, school, u"UEBERGANG_BERUF", 50), u"UEBERGANG_BERUF"));
    }
    return {};
}

Status DemoNetwork::linkYouthWelfare()
{
    const QList<int> freeCarriers = ofType(u"FREIER_TRAEGER");
    for (const int school : ofType(DomainCatalogue::SchoolType)) {
        const Actor &actor = m_actors[school];
        const int team = responsible(u"SSA_TEAM", actor.seatRs);
        if (actor.scp) {
            NETZATLAS_TRY(link(team, school, u"SCHULSOZIALARBEIT", {.timing = Timing::Stable}));
            NETZATLAS_TRY(link(school, responsible(u"JUGENDAMT", actor.youthOfficeRs), u"FALLBERATUNG",
                               {.timing = Timing::Stable}));
            continue;
        }
        const bool secondary = actor.schoolKind != u"GS" && actor.schoolKind != u"GYM";
        if (m_dice.chance(secondary ? 60 : 15)) {
            const int provider = m_dice.chance(75) ? team : pickNear(freeCarriers, school, u"SCHULSOZIALARBEIT");
            NETZATLAS_TRY(link(provider, school, u"SCHULSOZIALARBEIT"));
        }
        if (m_dice.chance(25))
            NETZATLAS_TRY(link(school, responsible(u"JUGENDAMT", actor.youthOfficeRs), u"FALLBERATUNG",
                               {.field = m_dice.chance(40) ? "INKLUSION" : nullptr}));
    }

    // Prevention: counselling, youth work, health and the school psychologists.
    const QList<int> prevention = ofTypes({QStringLiteral("BERATUNGSSTELLE"), QStringLiteral("JUGENDEINRICHTUNG"),
                                           QStringLiteral("GESUNDHEIT"), QStringLiteral("SCHULPSYCH")});
    for (const int school : ofType(DomainCatalogue::SchoolType)) {
        const int rounds = m_actors[school].scp ? 1 + m_dice.below(2) : (m_dice.chance(20) ? 1 : 0);
        for (int i = 0; i < rounds; ++i) {
            const int partner = pickNear(prevention, school, u"PRAEVENTION", 50);
            if (partner < 0)
                continue;
            const QString &type = m_actors[partner].typeCode;
            NETZATLAS_TRY(
                link(partner, school, u"PRAEVENTION", {.field = type == u"GESUNDHEIT" ? "GESUNDHEIT" : nullptr}));
        }
    }

    // Holiday programmes for the schools nearby.
    const QList<int> holidays = ofTypes({QStringLiteral("JUGENDEINRICHTUNG"), QStringLiteral("VHS"),
                                         QStringLiteral("MUSIKSCHULE"), QStringLiteral("FREIER_TRAEGER")});
    const QList<int> schools = ofType(DomainCatalogue::SchoolType);
    for (const int provider : holidays) {
        const int count = m_dice.chance(30) ? 2 : 1;
        for (int i = 0; i < count; ++i)
            NETZATLAS_TRY(link(provider, pickNear(schools, provider, u"FERIENANGEBOT", 80), u"FERIENANGEBOT"));
    }
    for (const int club : ofType(u"VEREIN_SPORT")) {
        if (m_dice.chance(40))
            NETZATLAS_TRY(link(club, pickNear(schools, club, u"FERIENANGEBOT", 90), u"FERIENANGEBOT"));
    }
    return {};
}

Status DemoNetwork::linkSocialSpace()
{
    const QList<int> allDayPartners =
        ofTypes({QStringLiteral("VEREIN_SPORT"), QStringLiteral("MUSIKSCHULE"), QStringLiteral("FREIER_TRAEGER"),
                 QStringLiteral("VEREIN"), QStringLiteral("JUGENDEINRICHTUNG"), QStringLiteral("KIRCHE")});
    for (const int school : ofType(DomainCatalogue::SchoolType)) {
        const QString &form = m_actors[school].allDay;
        const int count = form == u"VERPFLICHTEND" ? 2 : form == u"ANGEBOT" ? 1 : 0;
        for (int i = 0; i < count; ++i)
            NETZATLAS_TRY(link(pickNear(allDayPartners, school, u"GANZTAG", 80), school, u"GANZTAG"));
    }

    // Parent work with Grundschulen and Kitas.
    QList<int> families = ofTypes(
        {QStringLiteral("FAMILIENBILDUNG"), QStringLiteral("FAMILIENZENTRUM"), QStringLiteral("BERATUNGSSTELLE")});
    const QList<int> primary = schoolsOfKind({u"GS", u"GS_RSPLUS", u"GHS"});
    const QList<int> kitas = ofType(u"KITA");
    for (const int provider : families) {
        const int count = m_dice.between(1, 2);
        for (int i = 0; i < count; ++i) {
            const QList<int> &pool = i % 2 == 0 ? primary : kitas;
            NETZATLAS_TRY(link(provider, pickNear(pool, provider, u"ELTERNARBEIT", 85), u"ELTERNARBEIT"));
        }
    }
    for (const int school : m_scpSchools) {
        if (m_actors[school].schoolKind == u"GS")
            NETZATLAS_TRY(link(pickNear(families, school, u"ELTERNARBEIT", 70), school, u"ELTERNARBEIT"));
    }

    // Language support by the adult education centres for secondary schools.
    const QList<int> secondary = schoolsOfKind({u"RSPLUS", u"IGS", u"BBS", u"GS_RSPLUS"});
    for (const int centre : ofType(u"VHS")) {
        for (int i = 0; i < 2; ++i)
            NETZATLAS_TRY(link(centre, pickNear(secondary, centre, u"SPRACHFOERDERUNG", 60), u"SPRACHFOERDERUNG",
                               {.field = "SPRACHFOERDERUNG"}));
    }

    // Out-of-school learning sites.
    const QList<int> sites = ofTypes({QStringLiteral("LERNORT"), QStringLiteral("BIBLIOTHEK"), QStringLiteral("VEREIN"),
                                      QStringLiteral("MUSIKSCHULE")});
    for (const int school : ofType(DomainCatalogue::SchoolType)) {
        const int count = m_dice.chance(45) ? 1 + (m_dice.chance(25) ? 1 : 0) : 0;
        for (int i = 0; i < count; ++i) {
            const int site = pickNear(sites, school, u"LERNORT_NUTZUNG", 70);
            if (site < 0)
                continue;
            const QString &type = m_actors[site].typeCode;
            const char *field = type == u"LERNORT"      ? "MINT"
                                : type == u"BIBLIOTHEK" ? (m_dice.chance(50) ? "SPRACHFOERDERUNG" : "DEMOKRATIE_MEDIEN")
                                                        : "SOZIALRAUM";
            NETZATLAS_TRY(link(school, site, u"LERNORT_NUTZUNG", {.field = field}));
        }
    }
    return {};
}

Status DemoNetwork::linkCareers()
{
    const QList<int> partners =
        ofTypes({QStringLiteral("AGENTUR_ARBEIT"), QStringLiteral("KAMMER"), QStringLiteral("BETRIEB"),
                 QStringLiteral("JBA"), QStringLiteral("JOBCENTER")});
    const int agency = ofType(u"AGENTUR_ARBEIT").value(0, -1);
    for (const int school :
         schoolsOfKind({u"RSPLUS", u"RSPLUS_FOS", u"GS_RSPLUS", u"GHS", u"IGS", u"KGS", u"GYM", u"FOES", u"BBS"})) {
        const QString &kind = m_actors[school].schoolKind;
        if (kind != u"GYM" && (m_actors[school].scp || m_dice.chance(50)))
            NETZATLAS_TRY(link(agency, school, u"BERUFSORIENTIERUNG",
                               {.timing = m_actors[school].scp ? Timing::Stable : Timing::Varied}));
        const int count = kind == u"BBS" ? 2 : 1;
        for (int i = 0; i < count; ++i)
            NETZATLAS_TRY(link(pickNear(partners, school, u"BERUFSORIENTIERUNG", 55), school, u"BERUFSORIENTIERUNG"));
    }
    // Companies outside the Kreis and the university: material for the cross-boundary view.
    const int firstVocational = firstSchool(u"BBS");
    for (const int company : ofType(u"BETRIEB")) {
        if (!RegionalKey::sameKreis(m_actors[company].seatRs, m_kreis.rs))
            NETZATLAS_TRY(
                link(company, firstVocational, u"BERUFSORIENTIERUNG",
                     {.timing = Timing::Stable, .note = QStringLiteral("Praktikumsplätze außerhalb des Kreises")}));
    }
    NETZATLAS_TRY(link(ofType(u"HOCHSCHULE").value(0, -1), firstSchool(u"IGS"), u"BERUFSORIENTIERUNG",
                       {.timing = Timing::Programme, .field = "MINT"}));
    return {};
}

Status DemoNetwork::linkStaff()
{
    // One link per provider and school, pointing at the newest Säule III measure; it runs from the first measure's
    // start to the last measure's end.
    struct Staffing
    {
        int measure;
        QDate from;
        QDate until;
    };
    QMap<std::pair<int, int>, Staffing> staffing;
    QList<std::pair<int, int>> order;
    for (int i = 0; i < m_measures.size(); ++i) {
        const Measure &m = m_measures[i];
        if (m.pillar != u"III" || !m.provider.isValid())
            continue;
        for (const ActorId school : m.schools) {
            const std::pair<int, int> pair(indexOf(m.provider), indexOf(school));
            auto it = staffing.find(pair);
            if (it == staffing.end()) {
                staffing.insert(pair, Staffing{i, m.start, m.end});
                order.append(pair);
            } else {
                it->from = std::min(it->from, m.start);
                if (m.end >= it->until) {
                    it->until = m.end;
                    it->measure = i;
                }
            }
        }
    }
    for (const std::pair<int, int> &pair : std::as_const(order)) {
        const Staffing &s = staffing[pair];
        const Measure &m = m_measures[s.measure];
        const QByteArray field = m.actionFields.value(0).toUtf8();
        NETZATLAS_TRY(link(pair.first, pair.second, u"MPT_PERSONAL",
                           {.timing = Timing::Explicit,
                            .field = field.constData(),
                            .measure = m.id,
                            .from = s.from,
                            .until = s.until,
                            .note = QStringLiteral("Startchancen-Personal (Säule III), befristet")}));
    }
    return {};
}

Status DemoNetwork::linkAdministration()
{
    const QString cityRs = city().territory.rs;
    const int cityAdmin = city().admin;
    const int cityYouthOffice = responsible(u"JUGENDAMT", cityRs);

    // Zuständigkeits-Check: the Schulträger of every SCP school coordinates with the school's Jugendamt.
    for (const int school : m_scpSchools) {
        const int admin = responsible(DomainCatalogue::SchoolAuthorityType, m_actors[school].schoolAuthorityRs);
        const int office = responsible(u"JUGENDAMT", m_actors[school].youthOfficeRs);
        NETZATLAS_TRY(link(admin, office, u"ABSTIMMUNG", {.timing = Timing::Stable}));
    }
    NETZATLAS_TRY(link(m_kreisAdmin, m_kreisYouthOffice, u"ABSTIMMUNG", {.timing = Timing::Stable}));
    NETZATLAS_TRY(link(cityAdmin, cityYouthOffice, u"ABSTIMMUNG", {.timing = Timing::Stable}));
    NETZATLAS_TRY(link(m_kreisYouthOffice, cityYouthOffice, u"ABSTIMMUNG", {.timing = Timing::Stable}));
    // Schulentwicklungsplanung between the Kreis and the municipal Schulträger.
    for (const Area &area : std::as_const(m_areas))
        NETZATLAS_TRY(
            link(area.admin, m_kreisAdmin, u"ABSTIMMUNG", {.field = m_dice.chance(50) ? "UEBERGAENGE" : nullptr}));
    // Planning and coordination units with their administrations.
    for (const QString &rs : {m_kreis.rs, cityRs}) {
        const int admin = responsible(DomainCatalogue::SchoolAuthorityType, rs);
        const int office = responsible(u"JUGENDAMT", rs);
        NETZATLAS_TRY(link(responsible(u"JHP", rs), office, u"ABSTIMMUNG", {.timing = Timing::Stable}));
        NETZATLAS_TRY(link(responsible(u"SCP_KOORD", rs), admin, u"ABSTIMMUNG", {.timing = Timing::Programme}));
        NETZATLAS_TRY(link(responsible(u"SCP_KOORD", rs), ofType(u"BILDUNGSBUERO").value(0, -1), u"ABSTIMMUNG",
                           {.timing = Timing::Programme}));
    }
    NETZATLAS_TRY(link(responsible(u"SCP_KOORD", m_kreis.rs), responsible(u"SCP_KOORD", cityRs), u"ABSTIMMUNG",
                       {.timing = Timing::Programme}));
    NETZATLAS_TRY(link(responsible(u"JHP", m_kreis.rs), ofType(u"BILDUNGSBUERO").value(0, -1), u"ABSTIMMUNG",
                       {.field = "UEBERGAENGE"}));
    for (const int unit : ofType(u"KOMMUNE_SONST")) {
        const QString rs = m_actors[unit].responsibleFor.value(0);
        const int partner = withRole(Role::BuildingManagement) == unit
                                ? responsible(DomainCatalogue::SchoolAuthorityType, rs)
                                : responsible(u"JUGENDAMT", rs);
        NETZATLAS_TRY(link(unit, partner, u"ABSTIMMUNG"));
    }
    const int youthAgency = ofType(u"JBA").value(0, -1);
    NETZATLAS_TRY(link(ofType(u"AGENTUR_ARBEIT").value(0, -1), youthAgency, u"ABSTIMMUNG",
                       {.timing = Timing::Stable, .field = "BERUFSORIENTIERUNG"}));
    NETZATLAS_TRY(link(ofType(u"JOBCENTER").value(0, -1), youthAgency, u"ABSTIMMUNG",
                       {.timing = Timing::Stable, .field = "BERUFSORIENTIERUNG"}));
    NETZATLAS_TRY(link(m_kreisYouthOffice, youthAgency, u"ABSTIMMUNG", {.field = "BERUFSORIENTIERUNG"}));

    // Money: the ministry funds the Schulträger; Jugendämter and administrations fund freie Träger and services.
    const int ministry = ofType(u"BM").value(0, -1);
    for (const int admin : m_admins) {
        if (!scpSchoolsOf(admin).isEmpty())
            NETZATLAS_TRY(link(ministry, admin, u"FINANZIERT",
                               {.timing = Timing::Programme,
                                .from = ProgrammeStart,
                                .note = QStringLiteral("Startchancen-Mittel (Säulen I–III)")}));
    }
    for (const int carrier : ofType(u"FREIER_TRAEGER")) {
        const int office = responsible(u"JUGENDAMT", m_actors[carrier].seatRs);
        NETZATLAS_TRY(link(office, carrier, u"FINANZIERT", {.field = "SCHULSOZIALARBEIT"}));
        if (m_dice.chance(40))
            NETZATLAS_TRY(link(responsible(DomainCatalogue::SchoolAuthorityType, m_actors[carrier].seatRs), carrier,
                               u"FINANZIERT", {.field = "GANZTAG"}));
    }
    for (const int unit : ofTypes({QStringLiteral("VHS"), QStringLiteral("MUSIKSCHULE")})) {
        if (m_actors[unit].responsibleFor.contains(m_kreis.rs))
            NETZATLAS_TRY(link(m_kreisAdmin, unit, u"FINANZIERT", {.timing = Timing::Stable}));
    }
    for (const int centre : ofType(u"JUGENDEINRICHTUNG")) {
        const int admin = responsible(DomainCatalogue::SchoolAuthorityType, m_actors[centre].seatRs);
        if (!m_actors[centre].responsibleFor.contains(m_kreis.rs))
            NETZATLAS_TRY(link(admin, centre, u"FINANZIERT", {.field = "SOZIALRAUM"}));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Measures and budgets

int DemoNetwork::highestStepFor(int yearIndex)
{
    if (yearIndex == 0) {
        // Past school year: implemented; some still wait for their Verwendungsnachweis.
        const int draw = m_dice.below(100);
        return draw < 55 ? Closed : draw < 80 ? Proven : Implemented;
    }
    // Current school year: most measures run, some are still being applied for.
    return m_dice.chance(20) ? m_dice.between(2, Approved) : Closed;
}

/// Completes the measure's workflow (status, history, dates and costs) up to `highestStep` as far as the demo's
/// "today" allows, validates it and stores it.
Status DemoNetwork::addMeasure(Measure m, int holder, int highestStep)
{
    const QDate days[] = {m.start.addDays(-120),
                          m.start.addDays(-100),
                          m.start.addDays(-75),
                          m.start.addDays(-50),
                          m.start.addDays(-14),
                          m.start.addDays(30),
                          m.end,
                          m.end.addDays(60),
                          m.end.addDays(120)};
    int reached = 0;
    for (int step = 1; step <= highestStep && days[step] <= AsOf; ++step)
        reached = step;
    m.status = u8(MeasureSteps[reached]);
    m.history.clear();
    for (int step = 0; step <= reached; ++step) {
        const QString note = step == Approved ? QStringLiteral("Bescheid (fiktiv)") : QString();
        m.history.append(MeasureStatusStep{u8(MeasureSteps[step]), days[step], note});
    }
    m.appliedDate = reached >= 3 ? days[3] : QDate();
    m.approvedDate = reached >= Approved ? days[Approved] : QDate();
    m.approvedBy = reached >= Approved ? (m.pillar == u"I" ? QStringLiteral("BM") : QStringLiteral("ADD")) : QString();
    m.proofDate = reached >= Proven ? days[Proven] : QDate();

    MeasureYearCost cost{m.schoolYear, m.plannedCost, 0, 0, 0};
    if (reached >= Approved)
        cost.approved = m.plannedCost;
    if (reached >= Implemented) {
        cost.spent = wholeEuros(m.plannedCost * m_dice.between(88, 100) / 100);
        cost.called = cost.spent;
    } else if (reached == Called) {
        cost.called = wholeEuros(m.plannedCost / 2);
        cost.spent = wholeEuros(cost.called * m_dice.between(40, 90) / 100);
    }
    m.yearCosts = {cost};
    m.actualCost = cost.spent;
    m.key = QStringLiteral("DEMO-M-%1").arg(m_measures.size() + 1, 3, 10, QLatin1Char('0'));
    if (m.notes.isEmpty())
        m.notes = DemoNote;

    // Only codes of the programme's vocabularies go in.
    const auto check = [&](Vocabulary vocabulary, const QString &code) {
        return code.isEmpty() || DomainCatalogue::isVocabularyCode(vocabulary, code);
    };
    bool valid = check(Vocabulary::Pillar, m.pillar) && !m.pillar.isEmpty() &&
                 check(Vocabulary::MeasureArea, m.measureArea) && check(Vocabulary::MeasureStatus, m.status) &&
                 check(Vocabulary::InvestmentKind, m.investmentKind) && check(Vocabulary::RoomType, m.roomType) &&
                 check(Vocabulary::OccupationGroup, m.occupationGroup) &&
                 check(Vocabulary::EmploymentForm, m.employmentForm) && !m.schools.isEmpty();
    for (const QString &task : std::as_const(m.tasks))
        valid = valid && check(Vocabulary::MptTask, task);
    for (const QString &field : std::as_const(m.actionFields)) {
        valid = valid && std::any_of(m_actionFields.cbegin(), m_actionFields.cend(),
                                     [&](const CatalogueEntry &entry) { return entry.code == field; });
    }
    if (!valid)
        return Error::make(tr("Die Demo-Maßnahme „%1“ enthält ungültige Werte.").arg(m.title));
    NETZATLAS_TRY_ASSIGN(id, m_registry.insertMeasure(m));
    m.id = id;
    m_measures.append(m);
    m_measureHolders.append(holder);
    return {};
}

Status DemoNetwork::addSchoolMeasures()
{
    QMap<int, QList<int>> used; // school → indexes of ideas it already has
    for (int year = 0; year < SchoolYears.size(); ++year) {
        const QDate yearStart(2024 + year, 8, 1);
        for (const int school : m_scpSchools) {
            QList<int> candidates;
            for (int i = 0; i < static_cast<int>(std::size(SchoolIdeas)); ++i) {
                if (fits(SchoolIdeas[i].stage, stageOf(m_actors[school])) && !used[school].contains(i))
                    candidates.append(i);
            }
            const int ideaIndex = m_dice.pick(candidates);
            used[school].append(ideaIndex);
            const MeasureIdea &idea = SchoolIdeas[ideaIndex];
            Measure m;
            m.pillar = QStringLiteral("II_SCHULE");
            m.budgetPot = QStringLiteral("SCHULE");
            m.schoolYear = SchoolYears[year];
            m.title = QStringLiteral("%1 (%2)").arg(u8(idea.title), m_actors[school].shortName);
            m.measureArea = u8(idea.area);
            m.actionFields = commaList(idea.fields);
            m.goal = goalFor(m.measureArea);
            m.recommended = idea.recommended;
            m.schools = {m_actors[school].id};
            const int partner = pickNear(allowedFor(ofTypes(commaList(idea.partners)), {school}), school, {}, 95);
            if (partner >= 0)
                m.partners = {m_actors[partner].id};
            m.provider = m_actors[partner >= 0 ? partner : school].id;
            m.plannedCost = euros(m_dice.between(idea.minEuro / 50, idea.maxEuro / 50) * 50);
            m.start = m_dice.dayBetween(yearStart.addDays(20), yearStart.addDays(120));
            m.end = m_dice.chance(60)
                        ? QDate(yearStart.year() + 1, 7, 15)
                        : std::min(m.start.addDays(m_dice.between(60, 150)), QDate(yearStart.year() + 1, 7, 31));
            NETZATLAS_TRY(addMeasure(m, school, highestStepFor(year)));
        }
    }
    return {};
}

Status DemoNetwork::addAuthorityMeasures()
{
    for (int year = 0; year < SchoolYears.size(); ++year) {
        const QDate yearStart(2024 + year, 8, 1);
        for (const int admin : m_admins) {
            const QList<int> schools = scpSchoolsOf(admin);
            if (schools.isEmpty())
                continue;
            bool primary = false;
            bool secondary = false;
            for (const int school : schools) {
                primary = primary || stageOf(m_actors[school]) != Stage::Secondary;
                secondary = secondary || stageOf(m_actors[school]) != Stage::Primary;
            }
            QList<int> candidates;
            for (int i = 0; i < static_cast<int>(std::size(AuthorityIdeas)); ++i) {
                const Stage stage = AuthorityIdeas[i].stage;
                if (stage == Stage::Any || (stage == Stage::Primary && primary) ||
                    (stage == Stage::Secondary && secondary))
                    candidates.append(i);
            }
            const int count = year == 1 && schools.size() >= 3 ? 2 : 1;
            for (int n = 0; n < count; ++n) {
                const int ideaIndex = m_dice.pick(candidates);
                candidates.removeOne(ideaIndex);
                const MeasureIdea &idea = AuthorityIdeas[ideaIndex];
                Measure m;
                m.pillar = QStringLiteral("II_TRAEGER");
                m.budgetPot = QStringLiteral("SCHULTRAEGER");
                m.schoolYear = SchoolYears[year];
                m.title = QStringLiteral("%1 – %2").arg(u8(idea.title), m_actors[admin].shortName);
                m.measureArea = u8(idea.area);
                m.actionFields = commaList(idea.fields);
                m.goal = goalFor(m.measureArea);
                m.recommended = idea.recommended;
                for (const int school : schools)
                    m.schools.append(m_actors[school].id);
                // Trägerbudget measures work across schools or into the Sozialraum: always with partners.
                const QList<int> pool = allowedFor(ofTypes(commaList(idea.partners)), schools);
                for (int i = 0; i < (m_dice.chance(40) ? 2 : 1); ++i) {
                    const int partner = pickNear(pool, admin, {}, 90);
                    if (partner >= 0 && !m.partners.contains(m_actors[partner].id))
                        m.partners.append(m_actors[partner].id);
                }
                if (m.partners.isEmpty())
                    m.partners = {m_actors[ofType(u"BILDUNGSBUERO").value(0)].id};
                m.provider = m.partners.first();
                m.plannedCost = euros(m_dice.between(idea.minEuro / 100, idea.maxEuro / 100) * 100);
                m.start = m_dice.dayBetween(yearStart.addDays(14), yearStart.addDays(150));
                m.end = QDate(yearStart.year() + 1, 7, 31);
                NETZATLAS_TRY(addMeasure(m, admin, highestStepFor(year)));
            }
            if (year == 1 && roleOfAdmin(admin) == AreaRole::SingleSchoolMeasure) {
                // Deliberate rule breach: one school, no partner.
                Measure m;
                m.pillar = QStringLiteral("II_TRAEGER");
                m.budgetPot = QStringLiteral("SCHULTRAEGER");
                m.schoolYear = SchoolYears[year];
                m.title = QStringLiteral("Lern- und Fördermaterial für %1").arg(m_actors[schools.first()].shortName);
                m.measureArea = QStringLiteral("IND-POT");
                m.actionFields = {QStringLiteral("SPRACHFOERDERUNG")};
                m.goal = goalFor(m.measureArea);
                m.schools = {m_actors[schools.first()].id};
                m.provider = m_actors[admin].id;
                m.plannedCost = euros(m_dice.between(40, 90) * 100);
                m.start = QDate(2025, 10, 1);
                m.end = QDate(2026, 7, 31);
                NETZATLAS_TRY(addMeasure(m, admin, Closed));
                m_singleSchoolMeasureKey = m_measures.constLast().key;
            }
        }
    }
    return {};
}

Status DemoNetwork::addStaffMeasures()
{
    for (int year = 0; year < SchoolYears.size(); ++year) {
        for (const int admin : std::as_const(m_admins)) {
            const QList<int> schools = scpSchoolsOf(admin);
            // Teams started in 2024/25 where a Schulträger has several programme schools, everywhere in 2025/26.
            if (schools.isEmpty() || (year == 0 && schools.size() < 2))
                continue;
            bool secondary = false;
            for (const int school : schools)
                secondary = secondary || stageOf(m_actors[school]) == Stage::Secondary;
            const Stage stage = secondary ? Stage::Secondary : Stage::Primary;
            QList<int> candidates;
            for (int i = 0; i < static_cast<int>(std::size(StaffIdeas)); ++i) {
                if (fits(StaffIdeas[i].stage, stage))
                    candidates.append(i);
            }
            const StaffIdea &idea = StaffIdeas[m_dice.pick(candidates)];
            Measure m;
            m.pillar = QStringLiteral("III");
            m.schoolYear = SchoolYears[year];
            m.title = QStringLiteral("%1 – %2").arg(u8(idea.title), m_actors[admin].shortName);
            m.measureArea = u8(idea.area);
            m.actionFields = {u8(idea.field)};
            m.goal = QStringLiteral("Das multiprofessionelle Team unterstützt Lernende und Familien.");
            m.occupationGroup = u8(idea.group);
            m.tasks = commaList(idea.tasks);
            m.employmentForm = u8(idea.form);
            m.fte = idea.fteQuarters / 4.0;
            m.staffPlanYear = 2025 + year;
            for (const int school : schools)
                m.schools.append(m_actors[school].id);
            int provider = admin;
            if (u8(idea.provider) != DomainCatalogue::SchoolAuthorityType) {
                QList<int> pool;
                for (const int candidate : ofTypes({u8(idea.provider)})) {
                    if (!*idea.providerTag || m_actors[candidate].tags.contains(u8(idea.providerTag)))
                        pool.append(candidate);
                }
                provider = pickNear(allowedFor(pool, schools), admin, {}, 80);
                // A provider that would close a documented gap is replaced by the administration's own staff.
                if (provider < 0) {
                    provider = admin;
                    m.employmentForm = QStringLiteral("ANSTELLUNG");
                }
            }
            m.provider = m_actors[provider].id;
            if (provider != admin)
                m.partners = {m.provider};
            m.start = year == 0 ? QDate(2024, 11, 1) : QDate(2025, 8, 1);
            m.end = QDate(2025 + year, 7, 31);
            const int months = year == 0 ? 9 : 12;
            m.plannedCost = euros(static_cast<qint64>(m.fte * 68000.0 * months / 12.0) / 100 * 100);
            NETZATLAS_TRY(addMeasure(m, admin, highestStepFor(year)));
        }
    }
    return {};
}

Status DemoNetwork::addInvestmentMeasures()
{
    const int building = withRole(Role::BuildingManagement);
    QMap<int, int> chosen; // administration → investment idea
    for (int year = 0; year < SchoolYears.size(); ++year) {
        for (const int admin : std::as_const(m_admins)) {
            const QList<int> schools = scpSchoolsOf(admin);
            // Planning in 2024/25 for the Kreis and the city, building and equipment in 2025/26 everywhere.
            if (schools.isEmpty() || (year == 0 && admin != m_kreisAdmin && admin != city().admin))
                continue;
            if (!chosen.contains(admin))
                chosen.insert(admin, m_dice.below(std::size(InvestmentIdeas)));
            const InvestmentIdea &idea = InvestmentIdeas[chosen.value(admin)];
            const bool planning = year == 0;
            const int school = schools[m_dice.below(schools.size())];
            Measure m;
            m.pillar = QStringLiteral("I");
            m.schoolYear = SchoolYears[year];
            m.title = QStringLiteral("%1%2 (%3)")
                          .arg(planning ? QStringLiteral("Planung: ") : QString(), u8(idea.title),
                               m_actors[school].shortName);
            m.measureArea = u8(idea.area);
            m.actionFields = commaList(idea.field);
            m.goal = QStringLiteral("Eine zeitgemäße, barrierearme Lernumgebung.");
            m.schools = {m_actors[school].id};
            m.provider = m_actors[admin == m_kreisAdmin && building >= 0 ? building : admin].id;
            m.investmentKind = planning ? QStringLiteral("PLANUNG") : u8(idea.kind);
            m.roomType = u8(idea.room);
            m.fundingRatePermille = 700;
            m.plannedCost = planning ? euros(m_dice.between(15, 40) * 1000)
                                     : euros(m_dice.between(idea.minEuro / 1000, idea.maxEuro / 1000) * 1000);
            m.ownShare = m.plannedCost * (1000 - m.fundingRatePermille) / 1000;
            m.start = planning ? QDate(2024, 11, 1) : m_dice.dayBetween(QDate(2025, 9, 1), QDate(2026, 1, 15));
            m.end = planning ? QDate(2025, 6, 30) : QDate(2026, 12, 31);
            NETZATLAS_TRY(addMeasure(m, admin, highestStepFor(year)));
        }
    }
    return {};
}

Status DemoNetwork::addBudgets()
{
    struct Slot
    {
        int holder;
        const char *pillar;
    };
    QList<Slot> holders;
    for (const int school : m_scpSchools)
        holders.append(Slot{school, "II_SCHULE"});
    for (const int admin : m_admins) {
        for (const char *pillar : {"I", "II_TRAEGER", "III"})
            holders.append(Slot{admin, pillar});
    }
    for (const QString &year : SchoolYears) {
        for (const Slot &slot : std::as_const(holders)) {
            const QString pillar = u8(slot.pillar);
            Cents planned = 0;
            Cents spent = 0;
            for (int i = 0; i < m_measures.size(); ++i) {
                const Measure &m = m_measures[i];
                if (m_measureHolders[i] == slot.holder && m.pillar == pillar && m.schoolYear == year) {
                    planned += m.plannedCost;
                    spent += m.actualCost;
                }
            }
            Budget budget;
            budget.holder = m_actors[slot.holder].id;
            budget.pillar = pillar;
            budget.schoolYear = year;
            budget.note = QStringLiteral("Zuweisung laut Bescheid (Demo-Daten, fiktiv).");
            const bool overrun =
                slot.holder == m_overrunAdmin && pillar == u"II_TRAEGER" && year == SchoolYears.first();
            if (overrun) {
                // Deliberate rule breach: more spent than the budget holds.
                budget.amount = spent * 9 / 10 / euros(1000) * euros(1000);
            } else {
                const Cents fallback = pillar == u"I"            ? euros(m_dice.between(120, 300) * 1000)
                                       : pillar == u"III"        ? euros(m_dice.between(50, 90) * 1000)
                                       : pillar == u"II_TRAEGER" ? euros(m_dice.between(20, 40) * 1000)
                                                                 : euros(m_dice.between(10, 20) * 1000);
                const Cents needed = planned * m_dice.between(110, 135) / 100;
                budget.amount = std::max(fallback, (needed / euros(1000) + 1) * euros(1000));
            }
            if (overrun && (spent <= 0 || budget.amount >= spent))
                return Error::make(tr("Die Demo-Budgetüberschreitung lässt sich nicht herstellen."));
            NETZATLAS_TRY_ASSIGN(id, m_registry.insertBudget(budget));
            budget.id = id;
            m_budgets.append(budget);
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Gaps and meta data

Status DemoNetwork::verifyGaps() const
{
    if (m_gapNoYouthWelfare < 0 || m_gapNoKita < 0 || m_gapCoordination < 0 || m_kreisYouthOffice < 0 ||
        !m_actors[m_gapNoYouthWelfare].scp || !m_actors[m_gapNoKita].scp || scpSchoolsOf(m_gapCoordination).isEmpty())
        return Error::make(tr("Die Lücken der Demo-Daten sind nicht vollständig festgelegt."));
    for (const CooperationLink &l : m_links) {
        if (closesGap(indexOf(l.source), indexOf(l.target), l.typeCode))
            return Error::make(tr("Eine Demo-Verbindung schließt eine der dokumentierten Lücken."));
    }
    return {};
}

Status DemoNetwork::writeMeta()
{
    const std::pair<const char *, QString> values[] = {
        {"title", QStringLiteral("Demo-Daten, fiktiv – Landkreis Bad Kreuznach")},
        {"demo", QStringLiteral("1")},
        {"demo_kreis", m_kreis.rs},
        {"demo_note",
         QStringLiteral(
             "Alle Akteure, Verbindungen, Ansprechpersonen und Maßnahmen dieser Registry sind frei erfunden; "
             "echt sind nur die Gebiete (Landkreis Bad Kreuznach mit seinen Verbandsgemeinden und "
             "Gemeinden).")},
        {"demo_seed", QString::number(m_seed)},
        {"demo_as_of", AsOf.toString(Qt::ISODate)},
        {"demo_gap_scp_without_youth_welfare", m_actors[m_gapNoYouthWelfare].key},
        {"demo_gap_gs_without_kita", m_actors[m_gapNoKita].key},
        {"demo_gap_missing_coordination", m_actors[m_gapCoordination].key},
        {"demo_rule_traeger_single_school", m_singleSchoolMeasureKey},
        {"demo_rule_budget_exceeded", m_overrunAdmin >= 0 ? m_actors[m_overrunAdmin].key : QString()},
        {"demo_rule_budget_exceeded_pillar", QStringLiteral("II_TRAEGER")},
        {"demo_rule_budget_exceeded_year", SchoolYears.first()},
    };
    for (const auto &[key, value] : values) {
        if (value.isEmpty())
            return Error::make(tr("Der Demo-Eintrag „%1“ ist leer.").arg(u8(key)));
        NETZATLAS_TRY(m_registry.setMetaValue(u8(key), value));
    }
    return {};
}

} // namespace

DemoRegistryBuilder::DemoRegistryBuilder(RegistryRepository &registry, quint32 seed)
    : m_registry(registry)
    , m_seed(seed)
{}

Status DemoRegistryBuilder::build()
{
    return m_registry.transact([this]() -> Status {
        DemoNetwork network(m_registry, m_seed);
        return network.build();
    });
}

} // namespace netzatlas
