<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-FileCopyrightText: 2026 Netzatlas contributors -->
<!-- SPDX-License-Identifier: EUPL-1.2 -->
<!-- The source strings are German; this file only adds the singular of the German plural forms. -->
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name>netzatlas::MainWindow</name>
    <message numerus="yes">
        <source>%Ln Akteure</source>
        <translation>
            <numerusform>%Ln Akteur</numerusform>
            <numerusform>%Ln Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Verbindungen</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SCP-Schulen</source>
        <translation>
            <numerusform>%Ln SCP-Schule</numerusform>
            <numerusform>%Ln SCP-Schulen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netzatlas::TerritoryTreeModel</name>
    <message numerus="yes">
        <source>%1, %n Akteure</source>
        <translation>
            <numerusform>%1, %n Akteur</numerusform>
            <numerusform>%1, %n Akteure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netzatlas::AnalysisPanel</name>
    <message numerus="yes">
        <source>Fertig: %Ln Analysen für den %1 in %2 s.</source>
        <translation>
            <numerusform>Fertig: %Ln Analyse für den %1 in %2 s.</numerusform>
            <numerusform>Fertig: %Ln Analysen für den %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Zeilen · Stand am %1</source>
        <translation>
            <numerusform>%Ln Zeile · Stand am %1</numerusform>
            <numerusform>%Ln Zeilen · Stand am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dahinter: %Ln Akteure</source>
        <translation>
            <numerusform>Dahinter: %Ln Akteur</numerusform>
            <numerusform>Dahinter: %Ln Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Verbindungen</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In dem Ordner gibt es schon %Ln Ergebnisdateien gleichen Namens. Ersetzen?</source>
        <translation>
            <numerusform>In dem Ordner gibt es schon %Ln Ergebnisdatei gleichen Namens. Ersetzen?</numerusform>
            <numerusform>In dem Ordner gibt es schon %Ln Ergebnisdateien gleichen Namens. Ersetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Tabellen gespeichert in %1</source>
        <translation>
            <numerusform>%Ln Tabelle gespeichert in %1</numerusform>
            <numerusform>%Ln Tabellen gespeichert in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netzatlas::ResultTableModel</name>
    <message numerus="yes">
        <source>%Ln Akteure</source>
        <translation>
            <numerusform>%Ln Akteur</numerusform>
            <numerusform>%Ln Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Verbindungen</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netzatlas::analysis</name>
    <message numerus="yes">
        <source>Netzwerkanalyse zum %1 (%n Analysen)</source>
        <translation>
            <numerusform>Netzwerkanalyse zum %1 (%n Analyse)</numerusform>
            <numerusform>Netzwerkanalyse zum %1 (%n Analysen)</numerusform>
        </translation>
    </message>
</context>
</TS>
