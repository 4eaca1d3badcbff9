// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/ColumnMapping.h>

#include <netzatlas/core/Text.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::ColumnMapping", text);
}

ImportField field(const char *name, const char *label, bool required, std::initializer_list<const char *> synonyms)
{
    ImportField f{QString::fromUtf8(name), QString::fromUtf8(label), required, {}};
    f.synonyms << Text::headerKey(f.name);
    for (const char *s : synonyms)
        f.synonyms << Text::headerKey(QString::fromUtf8(s));
    return f;
}

} // namespace

ColumnMapping::ColumnMapping(ImportKind kind)
    : m_kind(kind)
{
}

const QList<ImportField> &ColumnMapping::fields(ImportKind kind)
{
    // Synonyms seen in real lists from Excel, the Schulstatistik and other tools (docs/cli.md).
    static const QList<ImportField> actorFields = {
        field("id", "Schlüssel (id)", false, {"Schlüssel", "Key", "Kennung", "Akteur-ID", "AkteurID", "ID-Nr"}),
        field("name", "Name", true,
              {"Bezeichnung", "Name der Einrichtung", "Einrichtung", "Schulname", "Name der Schule", "Akteur",
               "Organisation", "Institution", "Dienststelle"}),
        field("type", "Typ", false, {"Typ", "Art", "Akteurstyp", "Akteurtyp", "Akteursart", "Kategorie", "Einrichtungsart"}),
        field("schulart", "Schulart", false, {"Schulform", "Schultyp", "school type"}),
        field("rs", "Regionalschlüssel / AGS", false,
              {"ARS", "AGS", "Gemeindeschlüssel", "Regionalschlüssel", "Amtlicher Gemeindeschlüssel",
               "Amtlicher Regionalschlüssel", "Gemeindekennziffer", "GKZ", "Gemeinde-Nr", "Gebietsschlüssel"}),
        field("scp", "Startchancen-Schule", false, {"Startchancen", "SCP-Schule", "Startchancen-Schule", "SCP Schule"}),
        field("schulnummer", "Schulnummer", false,
              {"Schul-Nr.", "Schulnr", "Schul-Nummer", "Schulnummer", "Dienststellennummer", "Schulkennzahl"}),
        field("strasse", "Straße", false, {"Straße", "Strasse", "Str.", "Adresse", "Anschrift", "Straße und Hausnummer",
                                           "Straße/Hausnr.", "street"}),
        field("plz", "PLZ", false, {"Postleitzahl", "PLZ", "zip", "postcode"}),
        field("ort", "Ort", false, {"Ort", "Stadt", "Wohnort", "Schulort", "Gemeinde", "Sitz", "city"}),
        field("tags", "Schlagwörter", false, {"Schlagwörter", "Schlagworte", "Stichwörter", "Merkmale", "Tags"}),
        field("notiz", "Notiz", false, {"Notizen", "Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen", "Kommentar",
                                        "notes", "note"}),
        field("kurzname", "Kurzname", false, {"Kurzbezeichnung", "Abkürzung", "short name"}),
        field("schultraeger", "Schulträger (Regionalschlüssel)", false, {"Schulträger", "Träger-RS", "Schulträger-RS"}),
        field("jugendamt", "Jugendamt (Regionalschlüssel)", false, {"Jugendamt", "Jugendamt-RS", "Jugendamtsbezirk"}),
        field("ganztag", "Ganztag", false, {"Ganztagsschule", "Ganztagsform", "GTS"}),
        field("scp_kohorte", "SCP-Startjahr", false, {"SCP-Kohorte", "Kohorte", "SCP seit"}),
        field("rechtsstatus", "Rechtsstatus", false, {"Rechtsform", "Trägerschaft", "öffentlich/privat"}),
        field("foerderschwerpunkte", "Förderschwerpunkte", false, {"Förderschwerpunkt"}),
        field("kita_traeger", "Kita-Trägerart", false, {"Kita-Träger", "Trägerart"}),
    };
    static const QList<ImportField> linkFields = {
        field("source", "Von (Akteur)", true, {"Von", "Quelle", "Akteur 1", "Akteur A", "from", "Ausgangsakteur", "Start"}),
        field("target", "Nach (Akteur)", true, {"Nach", "Ziel", "Akteur 2", "Akteur B", "to", "Partner", "Zielakteur"}),
        field("type", "Typ", true, {"Typ", "Art", "Verbindungstyp", "Kooperationsart", "Kooperationstyp", "Beziehung"}),
        field("handlungsfeld", "Handlungsfeld", false, {"Handlungsfeld", "Themenfeld", "Feld", "action field"}),
        field("direction", "Richtung", false, {"Richtung", "gerichtet", "Direction"}),
        field("intensity", "Intensität", false, {"Gewicht", "Intensität", "weight", "Stärke", "Intensitaet"}),
        field("formality", "Formalität", false, {"Formalität", "Verbindlichkeit", "Form", "Formalitaet"}),
        field("since", "gültig ab", false, {"seit", "gültig ab", "gültig von", "ab", "Beginn", "Startdatum", "valid from"}),
        field("until", "gültig bis", false, {"bis", "gültig bis", "Ende", "Enddatum", "valid until"}),
        field("status", "Status", false, {"Status", "Zustand"}),
        field("notiz", "Notiz", false, {"Notizen", "Bemerkung", "Bemerkungen", "Anmerkung", "Kommentar", "notes"}),
    };
    return kind == ImportKind::Actors ? actorFields : linkFields;
}

ColumnMapping ColumnMapping::guess(ImportKind kind, const QStringList &header)
{
    ColumnMapping mapping(kind);
    const QList<ImportField> &all = fields(kind);
    QList<bool> used(header.size(), false);
    // Exact canonical names first, so that "type" is not taken by a synonym of another field.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportField &f : all) {
            if (mapping.m_columns.contains(f.name))
                continue;
            for (int i = 0; i < header.size(); ++i) {
                if (used[i])
                    continue;
                const QString key = Text::headerKey(header.at(i));
                const bool match = pass == 0 ? key == Text::headerKey(f.name) : f.synonyms.contains(key);
                if (match) {
                    mapping.m_columns.insert(f.name, i);
                    used[i] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromFile(ImportKind kind, const QString &path, const QStringList &header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, {}, tr("Die Zuordnungsdatei kann nicht gelesen werden: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::at(path, 0, {},
                         tr("Die Zuordnungsdatei ist kein JSON-Objekt der Form {\"Spalte\": \"feld\"}: %1")
                             .arg(parseError.errorString()));
    return fromJson(kind, doc.object(), header, path);
}

Result<ColumnMapping> ColumnMapping::fromJson(ImportKind kind, const QJsonObject &document, const QStringList &header,
                                             const QString &path)
{
    const QString part = kind == ImportKind::Actors ? QStringLiteral("actors") : QStringLiteral("links");
    const bool nested = document.value(QStringLiteral("actors")).isObject() || document.value(QStringLiteral("links")).isObject();
    const QJsonObject object = nested ? document.value(part).toObject() : document;
    ColumnMapping mapping = guess(kind, header);
    QStringList known;
    for (const ImportField &f : fields(kind))
        known << f.name;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString fieldName = it.value().toString();
        if (!known.contains(fieldName))
            return Error::at(path, 0, it.key(),
                             tr("Das Feld „%1“ gibt es nicht. Möglich sind: %2").arg(fieldName, known.join(QStringLiteral(", "))));
        int column = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed() == it.key().trimmed()
                || Text::headerKey(header.at(i)) == Text::headerKey(it.key())) {
                column = i;
                break;
            }
        }
        if (column < 0)
            return Error::at(path, 0, it.key(), tr("Die Spalte „%1“ kommt in der Kopfzeile der Datei nicht vor.").arg(it.key()));
        // One column feeds one field: drop other fields mapped to it.
        for (const QString &other : mapping.m_columns.keys()) {
            if (mapping.m_columns.value(other) == column)
                mapping.m_columns.remove(other);
        }
        mapping.m_columns.insert(fieldName, column);
    }
    return mapping;
}

void ColumnMapping::setColumn(const QString &fieldName, int column)
{
    if (column < 0)
        m_columns.remove(fieldName);
    else
        m_columns.insert(fieldName, column);
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    for (const ImportField &f : fields(m_kind)) {
        if (f.required && !m_columns.contains(f.name))
            missing << f.name;
    }
    return missing;
}

} // namespace netzatlas
