<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>main</name>
    <message>
        <source>Netzwerke im Startchancen-Programm kartieren, analysieren und planen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry-Datei, die geöffnet wird; ohne Angabe die Standard-Registry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas</name>
    <message>
        <source>Die Datei kann nicht geschrieben werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei konnte nicht vollständig geschrieben werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gespeichert werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ stilllegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ wieder verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farbe von „%1“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorDetailPanel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen des Akteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Verbindung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremien des Akteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfen bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen des Akteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Akteur ausgewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie links in der Tabelle einen Akteur, um seine Verbindungen, Gremien und Ansprechpersonen zu sehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startchancen-Schule seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startchancen-Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulträger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jugendamt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremien (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Wiedervorlage ist überfällig: Eintrag prüfen oder löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ aus den Ansprechpersonen löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson „%1“ löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ansprechperson wurde nicht gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorEditorDialog</name>
    <message>
        <source>Akteur bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Akteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vollständiger Name der Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wird beim Speichern vergeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fester Schlüssel für Import und Export; bleibt beim Umbenennen gleich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typ*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hlüssel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitz und Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeinde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straße:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PLZ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter und Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durch Kommas getrennt, z. B. Ganztag, Sprach-Kita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlag&amp;wörter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine Angabe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schule im Startchancen-Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. L, S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schul&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schul&amp;nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startchancen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCP seit Schul&amp;jahr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gan&amp;ztag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsstatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderschwerpunkte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebietskörperschaft suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschlag übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schul&amp;träger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jugendamt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jugendamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindertagesstätte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trägerart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Pflichtfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Vorschlag: Sitz und Schulart angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entspricht § 76 SchulG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschlag nach § 76 SchulG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Vorschlag: Sitz angeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zuständig für den Sitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für den Sitz zuständig: Jugendamt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Akteur konnte nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorPicker</name>
    <message>
        <source>Name, Ort, Schlüssel oder Schulnummer eingeben …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorTableModel</name>
    <message>
        <source>%1 (kurz: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startchancen-Schule seit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startchancen-Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionalschlüssel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbandsgemeinde/Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schule im Startchancen-Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde, in der der Akteur seinen Sitz hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbandsgemeinde des Sitzes, bei verbandsfreien Gemeinden der Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulnummer des Landes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter des Akteurs, durch Kommas getrennt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fester Schlüssel des Akteurs für Import und Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VG %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::AddRecordCommand</name>
    <message>
        <source>Akteur „%1“ anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung %1 – %2 anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson „%1“ anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium „%1“ anlegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::BulkTagsDialog</name>
    <message>
        <source>Schlagwörter für %1 Akteure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durch Kommas getrennt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hinzufügen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entfernen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Änderung an allen ausgewählten Akteuren ist ein Schritt und lässt sich mit Strg+Z zurücknehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter von %1 Akteuren ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Schlagwörter konnten nicht geändert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::CatalogueDialog</name>
    <message>
        <source>Bezeichnung (&amp;deutsch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung (&amp;englisch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kataloge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Akteurstypen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbindungstypen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>englisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Umbenennen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Farbe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stilllegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillgelegte Einträge bleiben an bestehenden Akteuren und Verbindungen gültig, werden für neue aber nicht mehr angeboten. Jede Änderung lässt sich mit Strg+Z rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stillgelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wieder verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Katalog konnte nicht geändert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Eintrag konnte nicht angelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Katalogeintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katalogeintrag umbenennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farbe für „%1“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ChangeRecordsCommand</name>
    <message>
        <source>Akteur „%1“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung %1 – %2 ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechperson „%1“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium „%1“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ColumnMapping</name>
    <message>
        <source>Die Zuordnungsdatei kann nicht gelesen werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zuordnungsdatei ist kein JSON-Objekt der Form {&quot;Spalte&quot;: &quot;feld&quot;}: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Feld „%1“ gibt es nicht. Möglich sind: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Spalte „%1“ kommt in der Kopfzeile der Datei nicht vor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::CommitteeEditorDialog</name>
    <message>
        <source>Gremium bearbeiten – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. vierteljährlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sitz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungs&amp;rhythmus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uftrag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stellv. Vorsitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geschäftsführung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beratend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle und Daten (TT.MM.JJJJ) lassen sich in der Tabelle ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ent&amp;fernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Gremium konnte nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::CommitteeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitzungsrhythmus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ContactEditorDialog</name>
    <message>
        <source>Ansprechperson bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Schulleitung, Jugendhilfeplanung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wofür die Angaben gespeichert werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prüfen bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfen bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zweck der Speicherung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen erscheinen nie in Diagrammen, Berichten oder Exporten, außer Sie fordern sie dort ausdrücklich an. Speichern Sie nur, was für die Zusammenarbeit nötig ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ansprechperson konnte nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::CsvReader</name>
    <message>
        <source>Die Datei beginnt mit einer UTF-8-Kennung (BOM), enthält aber ungültige UTF-8-Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist als UTF-16 gekennzeichnet, enthält aber ungültige Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei enthält Nullbytes: Sie ist keine Textdatei (CSV) in UTF-8 oder Windows-1252, sondern z. B. eine Excel-Arbeitsmappe oder UTF-16 ohne Kennung. Bitte in Excel „Speichern unter … CSV UTF-8“ wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist weder UTF-8 noch Windows-1252 (Byte 0x%1 ist in keiner der beiden Kodierungen gültig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei enthält Steuerzeichen (0x%1) und ist damit keine Textdatei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist mit %1 MB zu groß (höchstens %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist zu groß.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zelle ist mit %1 Zeichen zu lang (höchstens %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zeile hat mehr als %1 Spalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach einem schließenden Anführungszeichen folgt „%1“ statt eines Trennzeichens (fehlerhafte Anführungszeichen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen (fehlerhafte Anführungszeichen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist leer; es fehlt mindestens die Kopfzeile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Zeile hat %1 Felder, die Kopfzeile nur %2. Enthält ein Wert das Trennzeichen „%3“ ohne Anführungszeichen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::DemoBanner</name>
    <message>
        <source>Hinweis: Demo-Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Registry enthält Demo-Daten (fiktiv):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzatlas hat sie beim ersten Start angelegt, damit Sie das Programm ausprobieren können. Akteure, Verbindungen und Maßnahmen sind erfunden, die Gebiete des Landkreises Bad Kreuznach sind echt. Eine eigene Registry legen Sie mit „Datei › Neu…“ an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akteure, Verbindungen und Maßnahmen sind erfunden, die Gebiete sind echt. Bitte keine echten Daten eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::DemoNetwork</name>
    <message>
        <source>Der Landkreis Bad Kreuznach (%1) fehlt in der Registry. Für die Demo-Daten müssen zuerst die Gebiete von Rheinland-Pfalz geladen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Gebiet %1 des Landkreises Bad Kreuznach fehlt oder hat keine Gemeinden; die Demo-Daten passen nicht zu diesem Gebietsstand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Stadt Bad Kreuznach ist in diesem Gebietsstand nicht verbandsfrei; die Demo-Daten passen nicht dazu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Regionalschlüssel %1 ist im Gemeindeverzeichnis unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Demo-Akteur „%1“ ist ungültig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Sitz %1 eines Demo-Akteurs fehlt in der Registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für die Demo-Schule „%1“ lässt sich kein Schulträger bestimmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Gremienart „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Mitglied des Demo-Gremiums „%1“ fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Akteur einer Demo-Ansprechperson fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Verbindungstyp „%1“ fehlt im Katalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Demo-Verbindung „%1“ ist ungültig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für die Demo-Schule „%1“ fehlt die Schulträgerverwaltung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Demo-Maßnahme „%1“ enthält ungültige Werte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Demo-Budgetüberschreitung lässt sich nicht herstellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Lücken der Demo-Daten sind nicht vollständig festgelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Demo-Verbindung schließt eine der dokumentierten Lücken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Demo-Eintrag „%1“ ist leer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::DialogSupport</name>
    <message>
        <source>%1 (stillgelegt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So kann der Eintrag nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte prüfen Sie vor dem Speichern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trotzdem speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurück zur Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::Error</name>
    <message>
        <source>Datei „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld „%1“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ExchangeExporter</name>
    <message>
        <source>Der Ordner kann nicht angelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für eine einzelne Tabelle wird ein Dateiname erwartet, kein Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ImportDialog</name>
    <message>
        <source>CSV-Datei importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Datei aus Excel oder einem anderen Programm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akteure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inhalt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau (erste %1 Zeilen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaltenzuordnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte der Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erkannt an den Spaltenüberschriften; * = Pflichtfeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nicht geprüft. Ein Probelauf zeigt, was der Import ändern würde, ohne etwas zu speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldungen je Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbre&amp;chen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht &amp;speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probelauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüft alle Zeilen und zählt, was neu, geändert oder abgelehnt wäre; speichert nichts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernimmt die Datei in die Registry; lässt sich als ein Schritt rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Datei wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei wird gelesen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Datenzeilen, %2 Spalten · Zeichensatz %3 · Trennzeichen %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nicht übernehmen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte eine Spalte zuordnen für: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probelauf läuft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import läuft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Import konnte nicht ausgeführt werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import aus „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgebrochen. Es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Abgelehnte Zeilen verhindern den Import: bitte die Datei oder die Zuordnung korrigieren. Es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probelauf: %1
Es wurde nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importiert: %1
Mit Bearbeiten › Rückgängig (Strg+Z) lässt sich der ganze Import zurücknehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – Prüfbericht.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfbericht speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textdateien (*.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Bericht konnte nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei lässt sich nicht schreiben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ImportReport</name>
    <message>
        <source>%1 neu, %2 geändert, %3 unverändert, %4 übersprungen, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – abgebrochen, nichts gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – nichts gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – Probelauf, nichts gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::ImportRun</name>
    <message>
        <source>… weitere Fehler nicht aufgeführt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Gemeindeschlüssel (AGS) „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Regionalschlüssel „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist weder ein Regionalschlüssel (2, 5, 9 oder 12 Ziffern) noch ein AGS (8 Ziffern).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Pflichtspalte „name“ fehlt (erkannt werden z. B. „Name“, „Bezeichnung“, „Schulname“). Gefundene Spalten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Spalte „type“ (Typ des Akteurs) fehlt; ohne sie braucht es eine Spalte „Schulart“. Gefundene Spalten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Schlüssel „%1“ kommt schon in Zeile %2 vor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Schulnummer „%1“ kommt schon in Zeile %2 vor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Akteur „%1“ gibt es schon (Schlüssel %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Name fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Schulart „%1“ ist unbekannt. Erwartet: z. B. Grundschule/GS, Realschule plus/RS+, IGS, Gymnasium/GYM, Förderschule/FÖS, BBS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Typ fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Typ „%1“ ist unbekannt. Erwartet: ein Katalogcode (SCHULE, KITA, JUGENDAMT …), eine Bezeichnung aus dem Katalog oder eine Schulart (GS, RS+ …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Gemeinde „%1“ ist nicht eindeutig oder unbekannt; der Sitz bleibt leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist kein Ja/Nein-Wert (erwartet: ja, nein, x, 1, 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ganztagsform „%1“ ist unbekannt (keine, offen, Angebotsform, verpflichtend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Trägerart „%1“ ist unbekannt (kommunal, kirchlich, frei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist keine Jahreszahl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der gerade angelegte Akteur „%1“ ist nicht lesbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Pflichtspalte „%1“ fehlt (nötig sind source/Von, target/Nach und type/Typ). Gefundene Spalten: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Ausgangsakteur fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Akteur „%1“ ist nicht bekannt (weder Schlüssel noch Schulnummer noch eindeutiger Name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Zielakteur fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Verbindungstyp fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Verbindungstyp „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Handlungsfeld „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist keine Richtung (erwartet: -&gt; oder &lt;-&gt;, gerichtet oder ungerichtet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Intensität „%1“ muss 1, 2 oder 3 sein (gering, mittel, hoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Formalität „%1“ ist unbekannt (informell, regelmäßig, vereinbart, vertraglich).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist kein Datum (erwartet: 31.07.2026 oder 2026-07-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Status „%1“ ist unbekannt (geplant, aktiv, ruhend, beendet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieselbe Verbindung (Von, Nach, Typ, Handlungsfeld, Beginn) steht schon in Zeile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Verbindung gibt es schon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::LinkEditorDialog</name>
    <message>
        <source>Verbindung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Verbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer mit wem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ungerichtet (↔, beide Seiten gleichermaßen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gerichtet (→, von … nach …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Richtung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art der Zusammenarbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kein Handlungsfeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – gering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – mittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – hoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typ*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formalität:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensität:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maßnahme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum und Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis einschließlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig &amp;ab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gültig &amp;bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Ansprechpartner der Vereinbarung, Turnus der Treffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Pflichtfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwischen diesen Akteuren gibt es noch keine weitere Verbindung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwischen diesen Akteuren gibt es bereits %1 weitere Verbindung(en): %2. Jede wird einzeln geführt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Verbindung konnte nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::LinkTableModel</name>
    <message>
        <source>gerichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ungerichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gerichtet: von → nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ungerichtet: beide Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensität 1 (gering) bis 3 (hoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formalität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ gerichtet, ↔ ungerichtet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (gering) bis 3 (hoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letzter Tag der Gültigkeit; leer = unbefristet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::MainWindow</name>
    <message>
        <source>&amp;Neu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine neue, leere Registry mit den Gebieten von Rheinland-Pfalz anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine vorhandene Registry-Datei öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;importieren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akteure oder Verbindungen aus einer CSV-Datei (Excel) übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopie speichern unter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Kopie der geöffneten Registry in eine andere Datei schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache der Oberfläche wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzatlas beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die letzte Änderung zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die zurückgenommene Änderung wieder ausführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer &amp;Akteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Akteur anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Verbindung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Verbindung zwischen zwei Akteuren anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues &amp;Gremium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Gremium anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den ausgewählten Eintrag bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die ausgewählten Einträge löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schlagwörter bearbeiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlagwörter der ausgewählten Akteure hinzufügen oder entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kataloge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akteurstypen, Verbindungstypen und Handlungsfelder pflegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Filter und die Suche leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Akteure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;ber Netzatlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus der Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details zum Akteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verlauf der Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkzeugleiste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Akteurstyp filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur &amp;SCP-Schulen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akteure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Verbindungstyp filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Handlungsfeld filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Verbindungen, die an diesem Tag gültig sind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handlungsfeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach Art des Gremiums filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiete mit der Zahl der Akteure; die Auswahl filtert Akteure, Verbindungen und Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen: Name, Ort, Schulnummer, Schlagwort …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einträge filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeigt nur Einträge, in denen alle eingegebenen Wörter vorkommen (Strg+F, Esc leert das Feld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf der Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Registry geöffnet&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umfang der Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schreibgeschützt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry ist nur zum Lesen geöffnet; Änderungen sind nicht möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angezeigte Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry ist bereits geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry „%1“ konnte nicht geöffnet werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry wird bereits bearbeitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist bereits in einem anderen Netzatlas-Fenster geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem Computer (Prozess %1), seit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf dem Computer „%1“, seit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie können die Registry schreibgeschützt öffnen, um nachzusehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie können die Registry schreibgeschützt öffnen. Ist Netzatlas dort abgestürzt oder der Computer aus, lässt sich die Sperre aufheben – nur dann, sonst überschreiben sich die Änderungen gegenseitig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schreibgeschützt öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sperre &amp;aufheben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sperre konnte nicht aufgehoben werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sperrdatei lässt sich nicht löschen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry „%1“ konnte nicht angelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Demo-Registry wird angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo-Registry anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Demo-Registry für den ersten Start konnte nicht angelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Arten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Registry anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzatlas-Registry (*.sqlite);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Registry.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die geöffnete Registry kann nicht durch eine neue ersetzt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte einen anderen Dateinamen wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die vorhandene Datei kann nicht ersetzt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist schreibgeschützt oder wird von einem anderen Programm benutzt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Kopie.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kopie konnte nicht gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – alle Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anzeigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rückgängig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzatlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzatlas – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [schreibgeschützt]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Registry geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Akteure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Verbindungen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SCP-Schulen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>angezeigt: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Verbindung %1 – %2 löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Verbindungen löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindung löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Verbindungen löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was am Eintrag hängt, konnte nicht gelesen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Gremium „%1“ löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Gremien löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Akteure löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Einträge löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es hängen keine weiteren Einträge daran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damit werden auch gelöscht oder geändert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Bearbeiten › Rückgängig (Strg+Z) lässt sich das Löschen zurücknehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einträge wurden nicht gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status von %1 Verbindungen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Status wurde nicht geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderung nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meist hat ein anderes Programm oder ein anderer Computer die Registry inzwischen geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Netzatlas %1&lt;/h3&gt;&lt;p&gt;Netzwerke im Startchancen-Programm kartieren, analysieren und planen.&lt;/p&gt;&lt;p&gt;Lizenz: European Union Public Licence (EUPL) 1.2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebietsdaten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über Netzatlas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::RecordPicker</name>
    <message>
        <source>Keine Treffer für „%1“</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::RegistryDocument</name>
    <message>
        <source>Die Datei gibt es bereits. Eine neue Registry wird nur in einer neuen Datei angelegt; die vorhandene Datei wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es ist keine Registry geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gelöscht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist stillgelegt und kann nicht neu vergeben werden; bestehende Einträge behalten ihn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Ausgangsakteur gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Zielakteur gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Akteur gibt es nicht mehr; er wurde inzwischen gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… und %1 weitere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbindungen (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gremiendaten mit %1 Mitgliedschaften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgliedschaften in Gremien (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezug in Maßnahmen (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positionen in %1 gespeicherten Ansichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ konnte nicht ausgeführt werden: %2 Der Verlauf wurde geleert und die Registry neu geladen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der neue Akteur wurde nicht wiedergefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die neue Verbindung wurde nicht wiedergefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die neue Ansprechperson wurde nicht wiedergefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das neue Gremium wurde nicht wiedergefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Akteur „%1“ gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Gremium gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Verbindung gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ansprechperson gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Gremium, in dem der Akteur Mitglied war, gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Maßnahme, die sich auf den Akteur bezog, gibt es nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kopie kann nicht über die geöffnete Registry selbst gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::RegistrySetup</name>
    <message>
        <source>Neue Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::RegistryStore</name>
    <message>
        <source>Geteilte Registries auf einem PostgreSQL-Server werden von dieser Version noch nicht unterstützt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopien können nur von Registry-Dateien angelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die vorhandene Datei kann nicht ersetzt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern einer Kopie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sprache wechselt beim nächsten Start von Netzatlas. Die Daten der Registry bleiben, wie sie sind; Katalogbezeichnungen erscheinen in der gewählten Sprache, soweit sie übersetzt sind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::Territory</name>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ehem. Regierungsbezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeindeverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbandsgemeinde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::TerritoryPicker</name>
    <message>
        <source>Gemeinde, AGS oder Regionalschlüssel eingeben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · RS %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::TerritoryReference</name>
    <message>
        <source>Die Spalte fehlt; erwartet wird das Format von gebiete-de.csv (rs, ags, ebene, typ, typ_name, name, parent_rs, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist kein Landesschlüssel (zwei Ziffern, z. B. 07 für Rheinland-Pfalz, oder „all“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist kein gültiger Regionalschlüssel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ebene „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Name fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für „%1“ enthält die Datei keine Gebiete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das übergeordnete Gebiet „%1“ von „%2“ fehlt in der Datei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwartet werden die Spalten rs, large_city und own_youth_office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::TerritoryTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n Akteure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alle Akteure der Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Regionalschlüssel %2
Akteure mit Sitz hier: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::Validation</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Name fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Name ist länger als 500 Zeichen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Akteurstyp fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Akteurstyp „%1“ ist nicht im Katalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist kein gültiger Regionalschlüssel (2, 5, 9 oder 12 Ziffern).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist kein gültiger Regionalschlüssel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jugendamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Schulart „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Schulen können Startchancen-Schulen sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Schulart ist nur bei Schulen möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ganztag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ganztagsform „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kita-Träger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Trägerart „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCP-Kohorte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Startjahr muss zwischen 2024 und 2034 liegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuständigkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Ausgangsakteur fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Zielakteur fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Verbindung muss zwei verschiedene Akteure verbinden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Verbindungstyp fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Verbindungstyp „%1“ ist nicht im Katalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Handlungsfeld „%1“ ist nicht im Katalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Intensität muss 1, 2 oder 3 sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formalität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Formalität „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Status „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Ende (%1) liegt vor dem Beginn (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schulnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Schulnummer %1 hat bereits „%2“ (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In derselben Gemeinde gibt es bereits „%1“ (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Ansprechperson gehört zu keinem Akteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist keine gültige E-Mail-Adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Zweck der Speicherung fehlt (DSGVO Art. 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfen bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne Prüfdatum wird der Eintrag nie zur Überprüfung vorgelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Art des Gremiums fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Gremienart „%1“ ist unbekannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Mitgliedschaft hat keinen Akteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Gremium kann nicht Mitglied in sich selbst sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Akteur ist mehrfach als Mitglied eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Mitgliedschaft endet vor ihrem Beginn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::storage</name>
    <message>
        <source>Aktualisieren der Registry auf Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualisieren der Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry-Datei gibt es nicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Ordner für die Registry kann nicht angelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist leer und keine Netzatlas-Registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist keine Netzatlas-Registry (keine SQLite-Datenbank). Sie wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist eine Datenbank eines anderen Programms, keine Netzatlas-Registry. Sie wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry wurde mit einer neueren Version von Netzatlas angelegt (Schema %1); dieses Programm kennt nur Schema %2. Bitte Netzatlas aktualisieren. Die Datei wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry kann nicht geöffnet werden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist keine lesbare Netzatlas-Registry. Sie wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry ist beschädigt und wurde nicht geöffnet (Prüfung: %1). Bitte eine Sicherungskopie verwenden; die Datei wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ist keine Netzatlas-Registry. Sie wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry wurde mit einer neueren Version von Netzatlas angelegt (Schema %1); dieses Programm kennt nur Schema %2. Bitte Netzatlas aktualisieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry muss auf eine neue Version gebracht werden, ist aber schreibgeschützt geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sichern vor dem Aktualisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor dem Aktualisieren konnte keine Sicherungskopie angelegt werden: %1. Die Registry wurde nicht verändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry konnte nicht auf Version %1 gebracht werden: %2. Sie ist unverändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Eintrag verweist auf etwas, das es in der Registry nicht gibt (z. B. einen unbekannten Typ, Gebietsschlüssel oder Akteur), oder andere Einträge hängen noch von ihm ab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Eintrag mit diesem Schlüssel ist schon vorhanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Wert liegt außerhalb des Erlaubten (Pflichtfeld leer, Ende vor Beginn, negativer Betrag …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry wird gerade von einem anderen Programm geschrieben. Bitte später erneut versuchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry ist schreibgeschützt geöffnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Registry konnte nicht geschrieben werden (Datenträger voll oder nicht erreichbar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbankfehler beim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>netzatlas::storage::SqliteRegistryRepository</name>
    <message>
        <source>Die Registry ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interner Fehler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginnen der Schreibtransaktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschließen der Schreibtransaktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Registry-Angaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Registry-Angaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Gebiete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Gebietsangaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Gebietsangaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Gebietsangaben (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen der Wertelisten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Kataloge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Katalogeintrag braucht einen Code und eine Bezeichnung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern des Katalogeintrags „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfen des Katalogeintrags „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Katalogeintrag „%1“ wird noch verwendet und kann nur stillgelegt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen des Katalogeintrags „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Katalogeintrag „%1“ gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Akteure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Schlagwörter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Zuständigkeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Schlagwörter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Zuständigkeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Akteur kann nur mit seiner Nummer und seinem Schlüssel wiederhergestellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen des Akteurs „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen des Akteurs „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergeben des Schlüssels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prüfen des Datensatzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datensatz gibt es nicht mehr; er wurde inzwischen gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Datensatz wurde inzwischen an anderer Stelle geändert. Bitte neu laden und die Änderung erneut vornehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Schlüssel eines Akteurs darf nicht leer sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändern des Akteurs „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen des Akteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Akteur gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Verbindungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Verbindung kann nur mit ihrer Nummer wiederhergestellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen der Verbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen der Verbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändern der Verbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen der Verbindung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Verbindung gibt es nicht (mehr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Ansprechpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Ansprechperson kann nur mit ihrer Nummer wiederhergestellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen der Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen der Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändern der Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen der Ansprechperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Gremien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Mitgliedschaften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Mitgliedschaften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Gremium kann nur mit seiner Nummer wiederhergestellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen des Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen des Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändern des Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen des Gremiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Maßnahmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der beteiligten Akteure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Aufgaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern des Statusverlaufs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Kosten je Schuljahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen der Maßnahme „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändern der Maßnahme „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen der Maßnahme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Budget kann nur mit seiner Nummer wiederhergestellt werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen des Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen des Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändern des Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen des Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Ansichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen der Ansicht „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändern der Ansicht „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen der Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesen der Positionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern der Positionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zählen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
