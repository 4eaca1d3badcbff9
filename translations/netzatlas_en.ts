<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>main</name>
    <message>
        <source>Netzwerke im Startchancen-Programm kartieren, analysieren und planen.</source>
        <translation>Mapping, analysing and planning networks in the Startchancen programme.</translation>
    </message>
    <message>
        <source>Registry-Datei, die geöffnet wird; ohne Angabe die Standard-Registry.</source>
        <translation>Registry file to open; without it the default registry.</translation>
    </message>
</context>
<context>
    <name>netzatlas</name>
    <message>
        <source>Die Datei kann nicht geschrieben werden: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht vollständig geschrieben werden: %1</source>
        <translation>The file could not be written completely: %1</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gespeichert werden: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ hinzufügen</source>
        <translation>Add catalogue entry “%1”</translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ stilllegen</source>
        <translation>Retire catalogue entry “%1”</translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ wieder verwenden</source>
        <translation>Use catalogue entry “%1” again</translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ umbenennen</source>
        <translation>Rename catalogue entry “%1”</translation>
    </message>
    <message>
        <source>Farbe von „%1“ ändern</source>
        <translation>Change the colour of “%1”</translation>
    </message>
    <message>
        <source>Katalogeintrag „%1“ ändern</source>
        <translation>Change catalogue entry “%1”</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source> (mit der eingestellten Toleranz von %1)</source>
        <translation> (with the configured tolerance of %1)</translation>
    </message>
    <message>
        <source>%1: Kosten im Schuljahr %2 ohne Budget (%3)</source>
        <translation>%1: costs in school year %2 without a budget (%3)</translation>
    </message>
    <message>
        <source>Für %1 ist in „%2“ für das Schuljahr %3 kein Budget eingetragen, es sind aber %4 geplant und %5 ausgegeben. Mittel des Chancenbudgets gelten nur in ihrem Schuljahr und werden nicht übertragen: Geld eines anderen Schuljahres kann diese Kosten nicht decken. Tragen Sie das Budget des Schuljahres ein oder ordnen Sie die Kosten dem richtigen Schuljahr zu.</source>
        <translation>No budget is entered for %1 in “%2” for school year %3, but %4 are planned and %5 spent. Opportunity budget funds are valid only in their school year and are not carried over: money of another school year cannot cover these costs. Enter the budget of the school year or assign the costs to the right school year.</translation>
    </message>
    <message>
        <source>%1: Restmittel aus %2 decken nicht die Ausgaben %3 (%4)</source>
        <translation>%1: funds left over from %2 do not cover the spending of %3 (%4)</translation>
    </message>
    <message>
        <source>Im Schuljahr %1 sind %2 ausgegeben, das Budget beträgt %3. Aus dem Schuljahr %4 sind %5 nicht ausgegeben; diese Restmittel verfallen am Ende des Schuljahres und dürfen die Überschreitung nicht ausgleichen. Kürzen Sie die Ausgaben %1 oder klären Sie eine Aufstockung mit der ADD.</source>
        <translation>In school year %1, %2 are spent against a budget of %3. %5 of school year %4 are unspent; these remaining funds lapse at the end of the school year and must not offset the overrun. Reduce the spending of %1 or agree an increase with the ADD.</translation>
    </message>
    <message>
        <source>„%1“ läuft über das Ende des Schuljahres %2 hinaus</source>
        <translation>“%1” runs past the end of school year %2</translation>
    </message>
    <message>
        <source>Die Maßnahme endet am %1, ihre Kosten sind aber nur bis zum Schuljahr %2 eingetragen, das am %3 endet. Mittel des Chancenbudgets werden nicht in das nächste Schuljahr übertragen. Teilen Sie die Kosten auf die Schuljahre auf (Kosten je Schuljahr) oder beenden Sie die Maßnahme am %3.</source>
        <translation>The measure ends on %1, but its costs are entered only up to school year %2, which ends on %3. Opportunity budget funds are not carried over into the next school year. Split the costs across the school years (costs per school year) or end the measure on %3.</translation>
    </message>
    <message>
        <source>„%1“: Mittel nach Ende des Schuljahres %2 abgerufen</source>
        <translation>“%1”: funds called after the end of school year %2</translation>
    </message>
    <message>
        <source>Die Mittel wurden am %1 abgerufen, das Schuljahr %2 endete am %3. Nicht abgerufene Mittel verfallen am Schuljahresende; ein späterer Abruf braucht Mittel des neuen Schuljahres. Tragen Sie die Kosten im Schuljahr des Abrufs ein.</source>
        <translation>The funds were called on %1; school year %2 ended on %3. Funds not called lapse at the end of the school year; a later call needs funds of the new school year. Enter the costs in the school year of the call.</translation>
    </message>
    <message>
        <source>„%1“ ist als reine Verwaltungsstelle markiert</source>
        <translation>“%1” is marked as a purely administrative post</translation>
    </message>
    <message>
        <source>Aus dem Chancenbudget (Säule II) dürfen keine rein administrativen Stellen („Overhead“) bezahlt werden. Pädagogisches Personal, das schulübergreifende oder kommunale Maßnahmen plant und durchführt, ist dagegen möglich. Finanzieren Sie die Stelle anders oder beschreiben Sie die pädagogischen Aufgaben und entfernen Sie die Markierung.</source>
        <translation>The opportunity budget (pillar II) must not pay for purely administrative posts (“overhead”). Educational staff who plan and run cross-school or municipal measures may be paid. Fund the post differently, or describe its educational tasks and remove the mark.</translation>
    </message>
    <message>
        <source>„%1“ klingt nach einer Verwaltungsstelle</source>
        <translation>“%1” sounds like an administrative post</translation>
    </message>
    <message>
        <source>Der Titel enthält einen Begriff, der auf Verwaltungsarbeit hinweist (Einstellung: %1). Rein administrative Stellen sind aus Säule II nicht förderfähig. Prüfen Sie, ob die Maßnahme pädagogische Aufgaben hat, und halten Sie sie in der Beschreibung fest.</source>
        <translation>The title contains a word that suggests administrative work (setting: %1). Purely administrative posts cannot be funded from pillar II. Check whether the measure has educational tasks and record them in the description.</translation>
    </message>
    <message>
        <source>Mittel des Trägerbudgets sollen vorwiegend für schulübergreifende Angebote eingesetzt werden. Die Maßnahme erreicht weniger als %1 Schulen und hat keinen Partner aus dem Sozialraum (Verein, Jugendhilfe, außerschulischer Lernort …). Beteiligen Sie weitere Schulen oder einen Partner, oder finanzieren Sie die Maßnahme aus dem Budget der Schule.</source>
        <translation>Funds of the authority budget should mainly go to cross-school offers. The measure reaches fewer than %1 schools and has no partner from the neighbourhood (association, youth welfare, out-of-school learning site …). Involve more schools or a partner, or fund the measure from the school&apos;s budget.</translation>
    </message>
    <message>
        <source>Mittel des Trägerbudgets sollen vorwiegend für schulübergreifende Angebote eingesetzt werden. Die Maßnahme erreicht weniger als %1 Schulen. Beteiligen Sie weitere Schulen oder finanzieren Sie die Maßnahme aus dem Budget der Schule.</source>
        <translation>Funds of the authority budget should mainly go to cross-school offers. The measure reaches fewer than %1 schools. Involve more schools or fund the measure from the school&apos;s budget.</translation>
    </message>
    <message>
        <source>„%1“ dient nur der Instandhaltung</source>
        <translation>“%1” is maintenance only</translation>
    </message>
    <message>
        <source>Das Investitionsprogramm (Säule I) fördert Neubau, Umbau, Erweiterung, Modernisierung und Ausstattung für eine bessere Lernumgebung, nicht Maßnahmen, die nur der Instandhaltung oder dem Werterhalt dienen. Beschreiben Sie, was die Maßnahme pädagogisch verbessert, oder finanzieren Sie sie aus dem Bauunterhalt.</source>
        <translation>The investment programme (pillar I) funds new buildings, conversions, extensions, modernisation and equipment for a better learning environment, not measures that only serve maintenance or preservation. Describe what the measure improves educationally, or fund it from building maintenance.</translation>
    </message>
    <message>
        <source>„%1“ klingt nach Instandhaltung</source>
        <translation>“%1” sounds like maintenance</translation>
    </message>
    <message>
        <source>Der Titel enthält einen Begriff, der auf Instandhaltung hinweist (Einstellung: %1). Säule I fördert keine reine Instandhaltung. Prüfen Sie, ob die Maßnahme über den Werterhalt hinausgeht.</source>
        <translation>The title contains a word that suggests maintenance (setting: %1). Pillar I does not fund pure maintenance. Check whether the measure goes beyond preserving value.</translation>
    </message>
    <message>
        <source>%1: kein Budget für %2 im Schuljahr %3</source>
        <translation>%1: no budget for %2 in school year %3</translation>
    </message>
    <message>
        <source>Es sind %1 geplant, aber kein Budget eingetragen. Ohne Budget lässt sich nicht prüfen, ob die Ausgaben gedeckt sind. Tragen Sie das Budget laut Bescheid ein.</source>
        <translation>%1 are planned, but no budget is entered. Without a budget it cannot be checked whether the spending is covered. Enter the budget as granted.</translation>
    </message>
    <message>
        <source>%1: Budget %2 %3 überschritten</source>
        <translation>%1: budget %2 %3 exceeded</translation>
    </message>
    <message>
        <source>Ausgegeben sind %1, das Budget beträgt %2%3; das sind %4 zu viel. Die Ausgaben je Budget und Schuljahr dürfen das Verfügbare nicht übersteigen. Prüfen Sie die Ausgaben der Maßnahmen oder klären Sie die Finanzierung des Rests.</source>
        <translation>%1 are spent against a budget of %2%3; that is %4 too much. Spending per budget and school year must not exceed what is available. Check the spending of the measures or settle how the rest is financed.</translation>
    </message>
    <message>
        <source>%1: Bewilligungen über dem Budget %2 %3</source>
        <translation>%1: approvals above the budget %2 %3</translation>
    </message>
    <message>
        <source>Bewilligt sind %1, das Budget beträgt %2%3. Werden alle bewilligten Mittel ausgegeben, ist das Budget um %4 überschritten.</source>
        <translation>%1 are approved against a budget of %2%3. If all approved funds are spent, the budget is exceeded by %4.</translation>
    </message>
    <message>
        <source>%1: Planung über dem Budget %2 %3</source>
        <translation>%1: planning above the budget %2 %3</translation>
    </message>
    <message>
        <source>Geplant sind %1, das Budget beträgt %2%3. Die Planung liegt %4 über dem Budget; setzen Sie Prioritäten, bevor Anträge gestellt werden.</source>
        <translation>%1 are planned against a budget of %2%3. The planning is %4 above the budget; set priorities before applications are made.</translation>
    </message>
    <message>
        <source>%1: nur %2 empfohlene Maßnahmen im Schuljahr %3</source>
        <translation>%1: only %2 recommended measures in school year %3</translation>
    </message>
    <message>
        <source>Von den geplanten Mitteln des Schulbudgets im Schuljahr %1 entfallen %2 auf Maßnahmen aus der Empfehlung des Landes (Orientierungspapier); erwartet werden mindestens %3. Prüfen Sie mit der Schule, welche Maßnahmen den Empfehlungen folgen, oder verschieben Sie Mittel dorthin.</source>
        <translation>Of the planned funds of the school budget in school year %1, %2 go to measures from the Land&apos;s recommendation (orientation paper); at least %3 are expected. Check with the school which measures follow the recommendations, or move funds there.</translation>
    </message>
    <message>
        <source>Von den Maßnahmen des Schulbudgets im Schuljahr %1 folgen %2 der Empfehlung des Landes (Orientierungspapier); erwartet werden mindestens %3. Prüfen Sie mit der Schule, welche Maßnahmen den Empfehlungen folgen.</source>
        <translation>Of the measures of the school budget in school year %1, %2 follow the Land&apos;s recommendation (orientation paper); at least %3 are expected. Check with the school which measures follow the recommendations.</translation>
    </message>
    <message>
        <source>„%1“ ist keinem Budget zugeordnet</source>
        <translation>“%1” is not assigned to any budget</translation>
    </message>
    <message>
        <source>Für die Maßnahme ließ sich kein Budgetträger bestimmen: Säule-II-Schule-Maßnahmen zählen zum Budget der beteiligten Schulen, die anderen zum Schulträger der ersten beteiligten Schule. Tragen Sie eine Schule mit Schulträger ein.</source>
        <translation>No budget holder could be found for the measure: pillar II school measures count towards the budgets of the participating schools, the others towards the school authority of the first participating school. Enter a school with a school authority.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Die Ausgaben überschreiten das Budget; laut Einstellung wird dann nicht gespeichert: %1</source>
        <translation>Spending exceeds the budget; by the settings the change is not saved: %1</translation>
    </message>
    <message>
        <source>Der Betrag %1 ist negativ; Beträge müssen 0 oder größer sein.</source>
        <translation>The amount %1 is negative; amounts must be 0 or more.</translation>
    </message>
    <message>
        <source>%1 fehlt.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 „%2“ ist unbekannt.</source>
        <translation>%1 “%2” is unknown.</translation>
    </message>
    <message>
        <source>Das Schuljahr fehlt (Form „2025/26“).</source>
        <translation>The school year is missing (form “2025/26”).</translation>
    </message>
    <message>
        <source>„%1“ ist kein Schuljahr; erwartet wird die Form „2025/26“ mit aufeinanderfolgenden Jahren.</source>
        <translation>“%1” is not a school year; expected is the form “2025/26” with consecutive years.</translation>
    </message>
    <message>
        <source>Das Schuljahr „%1“ ist in der Form „%2“ einzutragen.</source>
        <translation>Enter the school year “%1” in the form “%2”.</translation>
    </message>
    <message>
        <source>Statusverlauf</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Schritt %1: Der Status „%2“ ist unbekannt.</source>
        <translation>Step %1: the status “%2” is unknown.</translation>
    </message>
    <message>
        <source>Schritt %1 („%2“): Das Datum fehlt.</source>
        <translation>Step %1 (“%2”): the date is missing.</translation>
    </message>
    <message>
        <source>Schritt %1 („%2“) ist auf den %3 datiert, vor den vorherigen Schritt (%4).</source>
        <translation>Step %1 (“%2”) is dated %3, before the previous step (%4).</translation>
    </message>
    <message>
        <source>Schritt %1 geht von „%2“ zurück auf „%3“; ein Rückschritt braucht eine Notiz mit der Begründung.</source>
        <translation>Step %1 goes back from “%2” to “%3”; a step back needs a note giving the reason.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Der Titel fehlt.</source>
        <translation>The title is missing.</translation>
    </message>
    <message>
        <source>Säule</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Die Säule</source>
        <translation>The pillar</translation>
    </message>
    <message>
        <source>Schuljahr</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Maßnahmenbereich</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <source>Der Maßnahmenbereich</source>
        <translation>The measure area</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Der Status</source>
        <translation>The status</translation>
    </message>
    <message>
        <source>Beteiligte Schulen</source>
        <translation>Participating schools</translation>
    </message>
    <message>
        <source>Die Maßnahme braucht mindestens eine beteiligte Schule.</source>
        <translation>The measure needs at least one participating school.</translation>
    </message>
    <message>
        <source>Eine beteiligte Schule (Nr. %1) ist nicht in der Registry.</source>
        <translation>A participating school (no. %1) is not in the registry.</translation>
    </message>
    <message>
        <source>„%1“ ist keine Schule.</source>
        <translation>“%1” is not a school.</translation>
    </message>
    <message>
        <source>„%1“ ist doppelt eingetragen.</source>
        <translation>“%1” is entered twice.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Ein Partner (Nr. %1) ist nicht in der Registry.</source>
        <translation>A partner (no. %1) is not in the registry.</translation>
    </message>
    <message>
        <source>Träger der Durchführung</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Der durchführende Akteur (Nr. %1) ist nicht in der Registry.</source>
        <translation>The provider (no. %1) is not in the registry.</translation>
    </message>
    <message>
        <source>Kosten geplant</source>
        <translation>Planned cost</translation>
    </message>
    <message>
        <source>Kosten Ist</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <source>Eigenanteil</source>
        <translation>Own share</translation>
    </message>
    <message>
        <source>Kosten %1</source>
        <translation>Costs %1</translation>
    </message>
    <message>
        <source>Kosten je Schuljahr</source>
        <translation>Costs per school year</translation>
    </message>
    <message>
        <source>Das Schuljahr %1 ist doppelt eingetragen.</source>
        <translation>The school year %1 is entered twice.</translation>
    </message>
    <message>
        <source> – geplant</source>
        <translation> – planned</translation>
    </message>
    <message>
        <source> – bewilligt</source>
        <translation> – approved</translation>
    </message>
    <message>
        <source> – abgerufen</source>
        <translation> – called</translation>
    </message>
    <message>
        <source> – ausgegeben</source>
        <translation> – spent</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Das Ende (%1) liegt vor dem Beginn (%2).</source>
        <translation>The end (%1) is before the start (%2).</translation>
    </message>
    <message>
        <source>Bewilligungsdatum</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Die Bewilligung (%1) liegt vor dem Antrag (%2).</source>
        <translation>The approval (%1) is before the application (%2).</translation>
    </message>
    <message>
        <source>Verwendungsnachweis</source>
        <translation>Proof of use</translation>
    </message>
    <message>
        <source>Der Verwendungsnachweis (%1) liegt vor der Bewilligung (%2).</source>
        <translation>The proof of use (%1) is before the approval (%2).</translation>
    </message>
    <message>
        <source>Der Status „%1“ stimmt nicht mit dem letzten Schritt des Verlaufs („%2“) überein.</source>
        <translation>The status “%1” does not match the last step of the history (“%2”).</translation>
    </message>
    <message>
        <source>Investitionsart</source>
        <translation>Investment kind</translation>
    </message>
    <message>
        <source>Die Investitionsart</source>
        <translation>The investment kind</translation>
    </message>
    <message>
        <source>Raumtyp</source>
        <translation>Room type</translation>
    </message>
    <message>
        <source>Der Raumtyp</source>
        <translation>The room type</translation>
    </message>
    <message>
        <source>Förderquote</source>
        <translation>Funding rate</translation>
    </message>
    <message>
        <source>Die Förderquote muss zwischen 0 und 100 % liegen (eingetragen: %1 %).</source>
        <translation>The funding rate must be between 0 and 100 % (entered: %1 %).</translation>
    </message>
    <message>
        <source>Der Eigenanteil (%1) ist höher als die geplanten Kosten (%2).</source>
        <translation>The own share (%1) is higher than the planned cost (%2).</translation>
    </message>
    <message>
        <source>Budgettopf</source>
        <translation>Budget pot</translation>
    </message>
    <message>
        <source>Der Budgettopf „%1“ passt nicht zur Säule; erwartet wird „%2“.</source>
        <translation>The budget pot “%1” does not fit the pillar; expected is “%2”.</translation>
    </message>
    <message>
        <source>Berufsgruppe</source>
        <translation>Occupational group</translation>
    </message>
    <message>
        <source>Die Berufsgruppe</source>
        <translation>The occupational group</translation>
    </message>
    <message>
        <source>Beschäftigungsform</source>
        <translation>Employment form</translation>
    </message>
    <message>
        <source>Die Beschäftigungsform</source>
        <translation>The employment form</translation>
    </message>
    <message>
        <source>Aufgaben</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Mindestens eine Aufgabe des multiprofessionellen Teams ist anzugeben.</source>
        <translation>At least one task of the multiprofessional team is required.</translation>
    </message>
    <message>
        <source>Die Aufgabe</source>
        <translation>The task</translation>
    </message>
    <message>
        <source>VZÄ</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Die VZÄ sind keine Zahl.</source>
        <translation>The FTE is not a number.</translation>
    </message>
    <message>
        <source>Die VZÄ müssen größer als 0 und höchstens %1 sein (eingetragen: %2).</source>
        <translation>The FTE must be greater than 0 and at most %1 (entered: %2).</translation>
    </message>
    <message>
        <source>Stellenplanjahr</source>
        <translation>Staff plan year</translation>
    </message>
    <message>
        <source>Das Stellenplanjahr %1 ist kein gültiges Jahr.</source>
        <translation>The staff plan year %1 is not a valid year.</translation>
    </message>
    <message>
        <source>„%1“ ist kein Akteur der Registry (Schlüssel, Schulnummer oder genauer Name).</source>
        <translation>“%1” is not an actor of the registry (key, school number or exact name).</translation>
    </message>
    <message>
        <source>Der Name „%1“ passt auf mehrere Akteure; bitte Schlüssel oder Schulnummer angeben.</source>
        <translation>The name “%1” matches several actors; please give the key or school number.</translation>
    </message>
    <message>
        <source>Säule I</source>
        <translation>Pillar I</translation>
    </message>
    <message>
        <source>Säule II Schule</source>
        <translation>Pillar II school</translation>
    </message>
    <message>
        <source>Säule II Träger</source>
        <translation>Pillar II authority</translation>
    </message>
    <message>
        <source>Säule III</source>
        <translation>Pillar III</translation>
    </message>
    <message>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Bewilligt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ausgegeben</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Chancenbudget-Plan</source>
        <translation>Opportunity budget plan</translation>
    </message>
    <message>
        <source>Schuljahr %1</source>
        <translation>School year %1</translation>
    </message>
    <message>
        <source>Schulträger: %1</source>
        <translation>School authority: %1</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>As of: %1</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <source>Inhalt: Budget und Planung je Säule, %1 Maßnahmen mit ihren Kosten im Schuljahr, %2 Hinweise der Regelprüfung. Beträge in Euro; Budgets wie eingetragen, Summen aus den Kosten der Maßnahmen abgeleitet.</source>
        <translation>Contents: budget and planning per pillar, %1 measures with their costs in the school year, %2 notes of the rule check. Amounts in euros; budgets as entered, sums derived from the costs of the measures.</translation>
    </message>
    <message>
        <source>Erstellt mit Netzatlas. Enthält keine Ansprechpersonen.</source>
        <translation>Created with Netzatlas. Contains no contact persons.</translation>
    </message>
    <message>
        <source>Budget und Planung je Säule</source>
        <translation>Budget and planning per pillar</translation>
    </message>
    <message>
        <source>Abgerufen</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Diagramm: Budget, geplante, bewilligte und ausgegebene Mittel je Säule im Schuljahr %1.</source>
        <translation>Chart: budget, planned, approved and spent funds per pillar in school year %1.</translation>
    </message>
    <message>
        <source>Budgetlinien je Budgetträger</source>
        <translation>Budget lines per budget holder</translation>
    </message>
    <message>
        <source>Budgetträger</source>
        <translation>Budget holder</translation>
    </message>
    <message>
        <source>kein Budget</source>
        <translation>no budget</translation>
    </message>
    <message>
        <source>Keine Maßnahmen mit Kosten in diesem Schuljahr.</source>
        <translation>No measures with costs in this school year.</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Budgetträger / Schulen</source>
        <translation>Budget holder / schools</translation>
    </message>
    <message>
        <source>Budget (eingetragen)</source>
        <translation>Budget (entered)</translation>
    </message>
    <message>
        <source>Hinweise der Regelprüfung</source>
        <translation>Notes of the rule check</translation>
    </message>
    <message>
        <source>Die Regeln sind Hinweise und Warnungen; sie blockieren nichts, außer die Einstellung „Budgetüberschreitung blockiert“ ist gesetzt. Schwellen: empfohlene Maßnahmen mindestens %1, Trägerbudget mit mindestens %2 Schulen, Toleranz über dem Budget %3.</source>
        <translation>The rules are notes and warnings; they block nothing unless the setting “Budget overrun blocks” is on. Thresholds: recommended measures at least %1, authority budget with at least %2 schools, tolerance above the budget %3.</translation>
    </message>
    <message>
        <source>Keine Befunde.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Für die PDF-Ausgabe wird eine QGuiApplication benötigt.</source>
        <translation>PDF output needs a QGuiApplication.</translation>
    </message>
    <message>
        <source>Das Zielverzeichnis existiert nicht.</source>
        <translation>The target directory does not exist.</translation>
    </message>
    <message>
        <source>Die PDF-Datei kann nicht geschrieben werden: %1</source>
        <translation>The PDF file cannot be written: %1</translation>
    </message>
    <message>
        <source>Chancenbudget-Plan %1 – %2</source>
        <translation>Opportunity budget plan %1 – %2</translation>
    </message>
    <message>
        <source>Die PDF-Datei ist leer geblieben.</source>
        <translation>The PDF file remained empty.</translation>
    </message>
    <message>
        <source>Akteur Nr. %1</source>
        <translation>Actor no. %1</translation>
    </message>
    <message>
        <source>„%1“ ist kein Schuljahr; erwartet wird die Form „2025/26“.</source>
        <translation>“%1” is not a school year; expected is the form “2025/26”.</translation>
    </message>
    <message>
        <source>Der gewählte Akteur ist keine Schulträger-Verwaltung.</source>
        <translation>The chosen actor is not a school authority administration.</translation>
    </message>
    <message>
        <source>alle Schulträger der Registry</source>
        <translation>all school authorities of the registry</translation>
    </message>
    <message>
        <source>Demo-Daten, fiktiv.</source>
        <translation>Demo data, fictional.</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Empfohlene Maßnahme</source>
        <translation>Recommended measure</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Säule II Schulträger</source>
        <translation>Pillar II school authority</translation>
    </message>
    <message>
        <source>Summe %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Budget %1 (eingetragen)</source>
        <translation>Budget %1 (entered)</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Budgets und Summen je Budgetträger und Säule (aus den Kosten der Maßnahmen abgeleitet)</source>
        <translation>Budgets and sums per budget holder and pillar (derived from the costs of the measures)</translation>
    </message>
    <message>
        <source>Rest (Budget − ausgegeben)</source>
        <translation>Remaining (budget − spent)</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ergebnisse der Regelprüfung (Hinweise und Warnungen, nicht bindend; Schwellen laut Einstellungen)</source>
        <translation>Results of the rule check (notes and warnings, not binding; thresholds as set)</translation>
    </message>
    <message>
        <source>Schwere</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Befund</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Erläuterung</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Betroffen</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Nr. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Die XLSX-Datei kann nicht angelegt werden.</source>
        <translation>The XLSX file cannot be created.</translation>
    </message>
    <message>
        <source>Chancenbudget-Plan %1</source>
        <translation>Opportunity budget plan %1</translation>
    </message>
    <message>
        <source>Trägerbudget-Maßnahme „%1“: zu wenige Schulen und kein Partner aus dem Sozialraum</source>
        <translation>Authority budget measure “%1”: too few schools and no partner from the neighbourhood</translation>
    </message>
    <message>
        <source>Trägerbudget-Maßnahme „%1“: zu wenige Schulen</source>
        <translation>Authority budget measure “%1”: too few schools</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>Geplant (€)</source>
        <translation>Planned (€)</translation>
    </message>
    <message>
        <source>Bewilligt (€)</source>
        <translation>Approved (€)</translation>
    </message>
    <message>
        <source>Abgerufen (€)</source>
        <translation>Called (€)</translation>
    </message>
    <message>
        <source>Ausgegeben (€)</source>
        <translation>Spent (€)</translation>
    </message>
    <message>
        <source>Rest (€)</source>
        <translation>Remaining (€)</translation>
    </message>
    <message>
        <source>%1 – Maßnahmen mit Kosten im Schuljahr: %2</source>
        <translation>%1 – measures with costs in the school year: %2</translation>
    </message>
    <message>
        <source>Akteur auf der Karte verschieben</source>
        <translation>Move actor on the map</translation>
    </message>
    <message>
        <source>%1 Akteure auf der Karte verschieben</source>
        <translation>Move %1 actors on the map</translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Ein Tabellenblatt (--sheet) gibt es nur bei Excel-Arbeitsmappen (XLSX), nicht bei CSV.</source>
        <translation>Only Excel workbooks (XLSX) have sheets (--sheet), CSV files do not.</translation>
    </message>
    <message>
        <source>Anzahl der Maßnahmen</source>
        <translation>Number of measures</translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorDetailPanel</name>
    <message>
        <source>Partner</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verbindungen des Akteurs</source>
        <translation>Links of the actor</translation>
    </message>
    <message>
        <source>Neue &amp;Verbindung …</source>
        <translation>New &amp;link …</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gremien des Akteurs</source>
        <translation>Committees of the actor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Prüfen bis</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Ansprechpersonen des Akteurs</source>
        <translation>Contact persons of the actor</translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>Neue Ansprechperson</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Ä&amp;ndern …</source>
        <translation>C&amp;hange …</translation>
    </message>
    <message>
        <source>Ansprechperson bearbeiten</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Ansprechperson löschen</source>
        <translation>Delete contact person</translation>
    </message>
    <message>
        <source>Kein Akteur ausgewählt</source>
        <translation>No actor selected</translation>
    </message>
    <message>
        <source>Wählen Sie links in der Tabelle einen Akteur, um seine Verbindungen, Gremien und Ansprechpersonen zu sehen.</source>
        <translation>Select an actor in the table on the left to see its links, committees and contact persons.</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Schulnummer %1</source>
        <translation>School number %1</translation>
    </message>
    <message>
        <source>Startchancen-Schule seit %1</source>
        <translation>Startchancen school since %1</translation>
    </message>
    <message>
        <source>Startchancen-Schule</source>
        <translation>Startchancen school</translation>
    </message>
    <message>
        <source>Schulträger: %1</source>
        <translation>School authority: %1</translation>
    </message>
    <message>
        <source>Jugendamt: %1</source>
        <translation>Youth welfare office: %1</translation>
    </message>
    <message>
        <source>Schlagwörter: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Verbindungen (%1)</source>
        <translation>Links (%1)</translation>
    </message>
    <message>
        <source>Mitglieder (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <source>Gremien (%1)</source>
        <translation>Committees (%1)</translation>
    </message>
    <message>
        <source>Zweck: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <source>Die Wiedervorlage ist überfällig: Eintrag prüfen oder löschen.</source>
        <translation>The review date has passed: check or delete the entry.</translation>
    </message>
    <message>
        <source>Ansprechpersonen (%1)</source>
        <translation>Contact persons (%1)</translation>
    </message>
    <message>
        <source>„%1“ aus den Ansprechpersonen löschen?</source>
        <translation>Delete “%1” from the contact persons?</translation>
    </message>
    <message>
        <source>Ansprechperson „%1“ löschen</source>
        <translation>Delete contact person “%1”</translation>
    </message>
    <message>
        <source>Die Ansprechperson wurde nicht gelöscht.</source>
        <translation>The contact person was not deleted.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maßnahmen des Akteurs</source>
        <translation>Measures of the actor</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Maßnahmen (%1)</source>
        <translation>Measures (%1)</translation>
    </message>
    <message>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Durchführung</source>
        <translation>Carried out by</translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorEditorDialog</name>
    <message>
        <source>Akteur bearbeiten – %1</source>
        <translation>Edit actor – %1</translation>
    </message>
    <message>
        <source>Neuer Akteur</source>
        <translation>New actor</translation>
    </message>
    <message>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <source>vollständiger Name der Einrichtung</source>
        <translation>full name of the institution</translation>
    </message>
    <message>
        <source>wird beim Speichern vergeben</source>
        <translation>assigned when saving</translation>
    </message>
    <message>
        <source>Fester Schlüssel für Import und Export; bleibt beim Umbenennen gleich</source>
        <translation>Permanent key for import and export; stays the same when renaming</translation>
    </message>
    <message>
        <source>&amp;Typ*:</source>
        <translation>&amp;Type*:</translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation>&amp;Name*:</translation>
    </message>
    <message>
        <source>&amp;Kurzname:</source>
        <translation>Short &amp;name:</translation>
    </message>
    <message>
        <source>Sc&amp;hlüssel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Sitz und Anschrift</source>
        <translation>Seat and address</translation>
    </message>
    <message>
        <source>&amp;Gemeinde:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Straße:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;PLZ:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>Schlagwörter und Notizen</source>
        <translation>Tags and notes</translation>
    </message>
    <message>
        <source>durch Kommas getrennt, z. B. Ganztag, Sprach-Kita</source>
        <translation>separated by commas, e.g. all-day, language day-care</translation>
    </message>
    <message>
        <source>Schlag&amp;wörter:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <source>(keine Angabe)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>Schule im Startchancen-Programm</source>
        <translation>School in the Startchancen programme</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>öffentlich</source>
        <translation>public</translation>
    </message>
    <message>
        <source>privat</source>
        <translation>private</translation>
    </message>
    <message>
        <source>z. B. L, S</source>
        <translation>e.g. L, S</translation>
    </message>
    <message>
        <source>Schul&amp;art:</source>
        <translation>School &amp;type:</translation>
    </message>
    <message>
        <source>Schul&amp;nummer:</source>
        <translation>School &amp;number:</translation>
    </message>
    <message>
        <source>Startchancen:</source>
        <translation>Startchancen:</translation>
    </message>
    <message>
        <source>SCP seit Schul&amp;jahr:</source>
        <translation>SCP since school &amp;year:</translation>
    </message>
    <message>
        <source>Gan&amp;ztag:</source>
        <translation>All-&amp;day:</translation>
    </message>
    <message>
        <source>Rechtsstatus:</source>
        <translation>Legal status:</translation>
    </message>
    <message>
        <source>Förderschwerpunkte:</source>
        <translation>Special needs focus:</translation>
    </message>
    <message>
        <source>Zuständigkeit</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Gebietskörperschaft suchen …</source>
        <translation>Search for a local authority …</translation>
    </message>
    <message>
        <source>Vorschlag übernehmen</source>
        <translation>Use suggestion</translation>
    </message>
    <message>
        <source>Schul&amp;träger:</source>
        <translation>School &amp;authority:</translation>
    </message>
    <message>
        <source>&amp;Jugendamt:</source>
        <translation>&amp;Youth welfare office:</translation>
    </message>
    <message>
        <source>Schulträger</source>
        <translation>School authority</translation>
    </message>
    <message>
        <source>Jugendamt</source>
        <translation>Youth welfare office</translation>
    </message>
    <message>
        <source>Kindertagesstätte</source>
        <translation>Day-care centre</translation>
    </message>
    <message>
        <source>Trägerart:</source>
        <translation>Operator type:</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>* Pflichtfeld</source>
        <translation>* required field</translation>
    </message>
    <message>
        <source>Kein Vorschlag: Sitz und Schulart angeben.</source>
        <translation>No suggestion: enter the seat and the school type.</translation>
    </message>
    <message>
        <source>entspricht § 76 SchulG</source>
        <translation>matches § 76 SchulG</translation>
    </message>
    <message>
        <source>Vorschlag nach § 76 SchulG: %1</source>
        <translation>Suggested by § 76 SchulG: %1</translation>
    </message>
    <message>
        <source>Kein Vorschlag: Sitz angeben.</source>
        <translation>No suggestion: enter the seat.</translation>
    </message>
    <message>
        <source>zuständig für den Sitz</source>
        <translation>responsible for the seat</translation>
    </message>
    <message>
        <source>Für den Sitz zuständig: Jugendamt %1</source>
        <translation>Responsible for the seat: youth welfare office %1</translation>
    </message>
    <message>
        <source>Der Akteur konnte nicht gespeichert werden.</source>
        <translation>The actor could not be saved.</translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorIndex</name>
    <message>
        <source>Akteur Nr. %1</source>
        <translation>Actor no. %1</translation>
    </message>
    <message>
        <source>ohne Budgetträger</source>
        <translation>without budget holder</translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorListEdit</name>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Name eingeben …</source>
        <translation>Type a name …</translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorPicker</name>
    <message>
        <source>Name, Ort, Schlüssel oder Schulnummer eingeben …</source>
        <translation>Enter name, place, key or school number …</translation>
    </message>
</context>
<context>
    <name>netzatlas::ActorTableModel</name>
    <message>
        <source>%1 (kurz: %2)</source>
        <translation>%1 (short: %2)</translation>
    </message>
    <message>
        <source>Startchancen-Schule seit %1</source>
        <translation>Startchancen school since %1</translation>
    </message>
    <message>
        <source>Startchancen-Schule</source>
        <translation>Startchancen school</translation>
    </message>
    <message>
        <source>Regionalschlüssel %1</source>
        <translation>Regional key %1</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Schulart</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>SCP</source>
        <translation>SCP</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Verbandsgemeinde/Kreis</source>
        <translation>Verbandsgemeinde/district</translation>
    </message>
    <message>
        <source>Schulnummer</source>
        <translation>School number</translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Schule im Startchancen-Programm</source>
        <translation>School in the Startchancen programme</translation>
    </message>
    <message>
        <source>Gemeinde, in der der Akteur seinen Sitz hat</source>
        <translation>Municipality in which the actor has its seat</translation>
    </message>
    <message>
        <source>Verbandsgemeinde des Sitzes, bei verbandsfreien Gemeinden der Kreis</source>
        <translation>Municipal association of the seat; for municipalities outside an association, the district</translation>
    </message>
    <message>
        <source>Schulnummer des Landes</source>
        <translation>School number of the Land</translation>
    </message>
    <message>
        <source>Schlagwörter des Akteurs, durch Kommas getrennt</source>
        <translation>Tags of the actor, separated by commas</translation>
    </message>
    <message>
        <source>Fester Schlüssel des Akteurs für Import und Export</source>
        <translation>Permanent key of the actor for import and export</translation>
    </message>
    <message>
        <source>VG %1</source>
        <translation>VG %1</translation>
    </message>
</context>
<context>
    <name>netzatlas::AddRecordCommand</name>
    <message>
        <source>Akteur „%1“ anlegen</source>
        <translation>Create actor “%1”</translation>
    </message>
    <message>
        <source>Verbindung %1 – %2 anlegen</source>
        <translation>Create link %1 – %2</translation>
    </message>
    <message>
        <source>Ansprechperson „%1“ anlegen</source>
        <translation>Create contact person “%1”</translation>
    </message>
    <message>
        <source>Gremium „%1“ anlegen</source>
        <translation>Create committee “%1”</translation>
    </message>
    <message>
        <source>Maßnahme „%1“ anlegen</source>
        <translation>Create measure “%1”</translation>
    </message>
    <message>
        <source>Budget %1 (%2) anlegen</source>
        <translation>Create budget %1 (%2)</translation>
    </message>
</context>
<context>
    <name>netzatlas::AddViewCommand</name>
    <message>
        <source>Ansicht „%1“ speichern</source>
        <translation>Save view “%1”</translation>
    </message>
</context>
<context>
    <name>netzatlas::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Analyse &amp;starten</source>
        <translation>&amp;Run analysis</translation>
    </message>
    <message>
        <source>Die ausgewählten Analysen für das Netz am gewählten Tag berechnen</source>
        <translation>Compute the selected analyses for the network on the chosen day</translation>
    </message>
    <message>
        <source>Die ausgewählten Analysen berechnen (F5)</source>
        <translation>Compute the selected analyses (F5)</translation>
    </message>
    <message>
        <source>Analyse a&amp;bbrechen</source>
        <translation>&amp;Cancel analysis</translation>
    </message>
    <message>
        <source>Die laufende Analyse abbrechen</source>
        <translation>Cancel the running analysis</translation>
    </message>
    <message>
        <source>Diese &amp;Tabelle als CSV…</source>
        <translation>This &amp;table as CSV…</translation>
    </message>
    <message>
        <source>&amp;Alle Tabellen als CSV in einen Ordner…</source>
        <translation>&amp;All tables as CSV into a folder…</translation>
    </message>
    <message>
        <source>&amp;Analysen</source>
        <translation>&amp;Analyses</translation>
    </message>
    <message>
        <source>Stand am</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Das Netz, wie es an diesem Tag war: nur Verbindungen und Mitgliedschaften, die an diesem Tag galten</source>
        <translation>The network as it was on this day: only links and memberships valid on that day</translation>
    </message>
    <message>
        <source>&amp;Stand am:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <source>Analyse starten</source>
        <translation>Run analysis</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Analyse abbrechen</source>
        <translation>Cancel analysis</translation>
    </message>
    <message>
        <source>Die laufende Analyse abbrechen (Esc)</source>
        <translation>Cancel the running analysis (Esc)</translation>
    </message>
    <message>
        <source>Fortschritt der Analyse</source>
        <translation>Progress of the analysis</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Bereit.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Stand der Analyse</source>
        <translation>State of the analysis</translation>
    </message>
    <message>
        <source>&amp;Ergebnisse</source>
        <translation>R&amp;esults</translation>
    </message>
    <message>
        <source>Ergebnisse der Analyse</source>
        <translation>Results of the analysis</translation>
    </message>
    <message>
        <source>Hinweis: Ergebnisse veraltet</source>
        <translation>Note: results outdated</translation>
    </message>
    <message>
        <source>&lt;b&gt;Veraltet:&lt;/b&gt; Die Registry wurde nach dieser Analyse geändert. Die Ergebnisse zeigen den Stand beim Start der Analyse.</source>
        <translation>&lt;b&gt;Outdated:&lt;/b&gt; the registry was changed after this analysis. The results show the state when the analysis started.</translation>
    </message>
    <message>
        <source>&amp;Neu berechnen</source>
        <translation>Re&amp;compute</translation>
    </message>
    <message>
        <source>Analyse neu berechnen</source>
        <translation>Recompute the analysis</translation>
    </message>
    <message>
        <source>Titel des Ergebnisses</source>
        <translation>Title of the result</translation>
    </message>
    <message>
        <source>Noch keine Ergebnisse</source>
        <translation>No results yet</translation>
    </message>
    <message>
        <source>Erklärung des Ergebnisses</source>
        <translation>Explanation of the result</translation>
    </message>
    <message>
        <source>&lt;p&gt;Wählen Sie links die Analysen und den Tag, für den das Netz betrachtet werden soll, und klicken Sie auf &lt;b&gt;Analyse starten&lt;/b&gt; (F5). Zu jedem Ergebnis steht hier, was es bedeutet und was die Koordination tun kann.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose the analyses and the day of the network on the left and click &lt;b&gt;Run analysis&lt;/b&gt; (F5). For every result, this place explains what it means and what the coordination can do.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Umfang des Ergebnisses</source>
        <translation>Size of the result</translation>
    </message>
    <message>
        <source>Auf der &amp;Karte zeigen</source>
        <translation>Show on &amp;map</translation>
    </message>
    <message>
        <source>Auf der Karte zeigen</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Die Akteure und Verbindungen hinter den ausgewählten Zeilen hervorheben (ohne Auswahl: hinter allen Zeilen)</source>
        <translation>Highlight the actors and links behind the selected rows (no selection: behind all rows)</translation>
    </message>
    <message>
        <source>Ergebnisse e&amp;xportieren…</source>
        <translation>E&amp;xport results…</translation>
    </message>
    <message>
        <source>Ergebnisse exportieren</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Als CSV-Datei für Excel speichern (wie „netzatlas-cli analyze --csv“)</source>
        <translation>Save as a CSV file for Excel (like “netzatlas-cli analyze --csv”)</translation>
    </message>
    <message>
        <source>Ergebnistabelle</source>
        <translation>Result table</translation>
    </message>
    <message>
        <source>Dahinter: eine Zeile auswählen</source>
        <translation>Behind it: select a row</translation>
    </message>
    <message>
        <source>Akteure und Verbindungen hinter der ausgewählten Zeile</source>
        <translation>Actors and links behind the selected row</translation>
    </message>
    <message>
        <source>Doppelklick zeigt den Akteur oder die Verbindung in der Registry</source>
        <translation>Double-click shows the actor or link in the registry</translation>
    </message>
    <message>
        <source>Auswahl der Analysen</source>
        <translation>Choice of analyses</translation>
    </message>
    <message>
        <source>Fragen der Koordination</source>
        <translation>Coordinators’ questions</translation>
    </message>
    <message>
        <source>Die Fragen 1–9 der Koordination vor Ort, in einfachen Worten beantwortet</source>
        <translation>Questions 1–9 of the local coordination, answered in plain words</translation>
    </message>
    <message>
        <source>Struktur des Netzes</source>
        <translation>Structure of the network</translation>
    </message>
    <message>
        <source>Kennzahlen der Netzwerkanalyse: Zentralität, Teilnetze, Gruppen</source>
        <translation>Measures of network analysis: centrality, components, groups</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Bitte mindestens eine Analyse auswählen.</source>
        <translation>Please choose at least one analysis.</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Die Analyse läuft …</source>
        <translation>The analysis is running …</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Abgebrochen. Die Ergebnisse der vorigen Analyse bleiben stehen.</source>
        <translation>Cancelled. The results of the previous analysis remain.</translation>
    </message>
    <message>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Die Analyse ist fehlgeschlagen: %1</source>
        <translation>The analysis failed: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Was tun?</source>
        <translation>What to do?</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ergebnis links auswählen</source>
        <translation>Choose a result on the left</translation>
    </message>
    <message>
        <source>Dahinter: eine Zeile auswählen, um die Akteure und Verbindungen zu sehen.</source>
        <translation>Behind it: select a row to see the actors and links.</translation>
    </message>
    <message>
        <source>Akteur %1 (gelöscht)</source>
        <translation>Actor %1 (deleted)</translation>
    </message>
    <message>
        <source>Doppelklick zeigt den Akteur in der Liste der Akteure</source>
        <translation>Double-click shows the actor in the list of actors</translation>
    </message>
    <message>
        <source>Verbindung: %1 – %2 (%3)</source>
        <translation>Link: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Verbindung %1 (gelöscht)</source>
        <translation>Link %1 (deleted)</translation>
    </message>
    <message>
        <source>Doppelklick zeigt die Verbindung in der Liste der Verbindungen</source>
        <translation>Double-click shows the link in the list of links</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> (die ersten %1 angezeigt)</source>
        <translation> (the first %1 shown)</translation>
    </message>
    <message>
        <source> – Doppelklick zeigt den Eintrag in der Registry.</source>
        <translation> – double-click shows the entry in the registry.</translation>
    </message>
    <message>
        <source>Es ist kein Ergebnis ausgewählt.</source>
        <translation>No result is selected.</translation>
    </message>
    <message>
        <source>Es gibt noch keine Ergebnisse.</source>
        <translation>There are no results yet.</translation>
    </message>
    <message>
        <source>Das Verzeichnis kann nicht angelegt werden.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <source>Ergebnis als CSV speichern</source>
        <translation>Save result as CSV</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Das Ergebnis konnte nicht gespeichert werden.</source>
        <translation>The result could not be saved.</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Ordner für die CSV-Dateien wählen</source>
        <translation>Choose the folder for the CSV files</translation>
    </message>
    <message>
        <source>Die Ergebnisse konnten nicht gespeichert werden.</source>
        <translation>The results could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>Fertig: %Ln Analysen für den %1 in %2 s.</source>
        <translation>
            <numerusform>Done: %Ln analysis for %1 in %2 s.</numerusform>
            <numerusform>Done: %Ln analyses for %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Zeilen · Stand am %1</source>
        <translation>
            <numerusform>%Ln row · as of %1</numerusform>
            <numerusform>%Ln rows · as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dahinter: %Ln Akteure</source>
        <translation>
            <numerusform>Behind it: %Ln actor</numerusform>
            <numerusform>Behind it: %Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Verbindungen</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In dem Ordner gibt es schon %Ln Ergebnisdateien gleichen Namens. Ersetzen?</source>
        <translation>
            <numerusform>The folder already holds %Ln result file of the same name. Replace it?</numerusform>
            <numerusform>The folder already holds %Ln result files of the same names. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Tabellen gespeichert in %1</source>
        <translation>
            <numerusform>%Ln table saved in %1</numerusform>
            <numerusform>%Ln tables saved in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netzatlas::AnalysisRunner</name>
    <message>
        <source>Es läuft bereits eine Analyse.</source>
        <translation>An analysis is already running.</translation>
    </message>
    <message>
        <source>Es ist keine Registry geöffnet.</source>
        <translation>No registry is open.</translation>
    </message>
    <message>
        <source>Die Analyse wurde abgebrochen.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
    <message>
        <source>Registry lesen</source>
        <translation>Reading the registry</translation>
    </message>
</context>
<context>
    <name>netzatlas::BudgetTableModel</name>
    <message>
        <source>kein Budget erfasst</source>
        <translation>no budget entered</translation>
    </message>
    <message>
        <source>Diese Summe liegt über dem erfassten Budget von %1.</source>
        <translation>This sum is above the entered budget of %1.</translation>
    </message>
    <message>
        <source>Für diese Budgetzeile liegen Summen der Maßnahmen über dem Budget.</source>
        <translation>Sums of the measures in this budget line are above the budget.</translation>
    </message>
    <message>
        <source>Für diese Säule und dieses Schuljahr ist noch kein Budget erfasst; die Summen stammen aus den Maßnahmen.</source>
        <translation>No budget has been entered for this pillar and school year yet; the sums come from the measures.</translation>
    </message>
    <message>
        <source>Schule / Schulträger</source>
        <translation>School / school authority</translation>
    </message>
    <message>
        <source>Säule</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Schuljahr</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>bewilligt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>abgerufen</source>
        <translation>called</translation>
    </message>
    <message>
        <source>ausgegeben</source>
        <translation>spent</translation>
    </message>
    <message>
        <source>frei</source>
        <translation>available</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>netzatlas::BudgetsPage</name>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>&amp;Neues Budget …</source>
        <translation>&amp;New budget …</translation>
    </message>
    <message>
        <source>Budget &amp;ändern …</source>
        <translation>&amp;Change budget …</translation>
    </message>
    <message>
        <source>Budget &amp;löschen</source>
        <translation>&amp;Delete budget</translation>
    </message>
    <message>
        <source>Budgets werden je Schule bzw. Schulträger, Säule und Schuljahr erfasst; die Summen stammen aus den Maßnahmen. Rot: über dem Budget.</source>
        <translation>Budgets are entered per school or school authority, pillar and school year; the sums come from the measures. Red: above the budget.</translation>
    </message>
    <message>
        <source>Budgets löschen</source>
        <translation>Delete budgets</translation>
    </message>
    <message numerus="yes">
        <source>%n erfasste(s) Budget(s) löschen? Die Maßnahmen bleiben.</source>
        <translation>
            <numerusform>Delete %n entered budget(s)? The measures remain.</numerusform>
            <numerusform>Delete %n entered budget(s)? The measures remain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Budget(s) löschen</source>
        <translation>
            <numerusform>Delete %n budget(s)</numerusform>
            <numerusform>Delete %n budget(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Die Budgets konnten nicht gelöscht werden.</source>
        <translation>The budgets could not be deleted.</translation>
    </message>
</context>
<context>
    <name>netzatlas::BulkTagsDialog</name>
    <message>
        <source>Schlagwörter für %1 Akteure</source>
        <translation>Tags for %1 actors</translation>
    </message>
    <message>
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen:</source>
        <translation>&amp;Add:</translation>
    </message>
    <message>
        <source>&amp;Entfernen:</source>
        <translation>&amp;Remove:</translation>
    </message>
    <message>
        <source>Die Änderung an allen ausgewählten Akteuren ist ein Schritt und lässt sich mit Strg+Z zurücknehmen.</source>
        <translation>The change to all selected actors is one step and can be taken back with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Schlagwörter von %1 Akteuren ändern</source>
        <translation>Change tags of %1 actors</translation>
    </message>
    <message>
        <source>Die Schlagwörter konnten nicht geändert werden.</source>
        <translation>The tags could not be changed.</translation>
    </message>
</context>
<context>
    <name>netzatlas::CatalogueDialog</name>
    <message>
        <source>Bezeichnung (&amp;deutsch):</source>
        <translation>Label (&amp;German):</translation>
    </message>
    <message>
        <source>Bezeichnung (&amp;englisch):</source>
        <translation>Label (&amp;English):</translation>
    </message>
    <message>
        <source>Kataloge</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>&amp;Akteurstypen</source>
        <translation>&amp;Actor types</translation>
    </message>
    <message>
        <source>&amp;Verbindungstypen</source>
        <translation>&amp;Link types</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder</source>
        <translation>&amp;Fields of action</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>&amp;Umbenennen …</source>
        <translation>&amp;Rename …</translation>
    </message>
    <message>
        <source>&amp;Farbe …</source>
        <translation>&amp;Colour …</translation>
    </message>
    <message>
        <source>&amp;Stilllegen</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Stillgelegte Einträge bleiben an bestehenden Akteuren und Verbindungen gültig, werden für neue aber nicht mehr angeboten. Jede Änderung lässt sich mit Strg+Z rückgängig machen.</source>
        <translation>Retired entries stay valid on existing actors and links but are no longer offered for new ones. Every change can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>stillgelegt</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>&amp;Wieder verwenden</source>
        <translation>&amp;Use again</translation>
    </message>
    <message>
        <source>Der Katalog konnte nicht geändert werden.</source>
        <translation>The catalogue could not be changed.</translation>
    </message>
    <message>
        <source>Der Eintrag konnte nicht angelegt werden.</source>
        <translation>The entry could not be created.</translation>
    </message>
    <message>
        <source>Neuer Katalogeintrag</source>
        <translation>New catalogue entry</translation>
    </message>
    <message>
        <source>Katalogeintrag umbenennen</source>
        <translation>Rename catalogue entry</translation>
    </message>
    <message>
        <source>Farbe für „%1“</source>
        <translation>Colour for “%1”</translation>
    </message>
</context>
<context>
    <name>netzatlas::ChancenbudgetPlan</name>
    <message>
        <source>ohne Budgetträger</source>
        <translation>without budget holder</translation>
    </message>
    <message>
        <source>Akteur Nr. %1</source>
        <translation>Actor no. %1</translation>
    </message>
</context>
<context>
    <name>netzatlas::ChangeRecordsCommand</name>
    <message>
        <source>Akteur „%1“ ändern</source>
        <translation>Change actor “%1”</translation>
    </message>
    <message>
        <source>Verbindung %1 – %2 ändern</source>
        <translation>Change link %1 – %2</translation>
    </message>
    <message>
        <source>Ansprechperson „%1“ ändern</source>
        <translation>Change contact person “%1”</translation>
    </message>
    <message>
        <source>Gremium „%1“ ändern</source>
        <translation>Change committee “%1”</translation>
    </message>
    <message>
        <source>Maßnahme „%1“ ändern</source>
        <translation>Change measure “%1”</translation>
    </message>
    <message>
        <source>Budget %1 (%2) ändern</source>
        <translation>Change budget %1 (%2)</translation>
    </message>
</context>
<context>
    <name>netzatlas::ChartPanel</name>
    <message>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <source>Dieses Diagramm als PNG oder SVG speichern</source>
        <translation>Save this chart as PNG or SVG</translation>
    </message>
    <message>
        <source>%1 exportieren</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Diagramm exportieren</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG-Bild (*.png);;SVG-Grafik (*.svg)</source>
        <translation>PNG image (*.png);;SVG graphic (*.svg)</translation>
    </message>
</context>
<context>
    <name>netzatlas::ColumnMapping</name>
    <message>
        <source>Die Zuordnungsdatei kann nicht gelesen werden: %1</source>
        <translation>The mapping file cannot be read: %1</translation>
    </message>
    <message>
        <source>Die Zuordnungsdatei ist kein JSON-Objekt der Form {&quot;Spalte&quot;: &quot;feld&quot;}: %1</source>
        <translation>The mapping file is not a JSON object of the form {&quot;column&quot;: &quot;field&quot;}: %1</translation>
    </message>
    <message>
        <source>Das Feld „%1“ gibt es nicht. Möglich sind: %2</source>
        <translation>There is no field “%1”. Possible are: %2</translation>
    </message>
    <message>
        <source>Die Spalte „%1“ kommt in der Kopfzeile der Datei nicht vor.</source>
        <translation>The column “%1” does not occur in the header line of the file.</translation>
    </message>
</context>
<context>
    <name>netzatlas::CommitteeEditorDialog</name>
    <message>
        <source>Gremium bearbeiten – %1</source>
        <translation>Edit committee – %1</translation>
    </message>
    <message>
        <source>Neues Gremium</source>
        <translation>New committee</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>z. B. vierteljährlich</source>
        <translation>e.g. quarterly</translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation>&amp;Name*:</translation>
    </message>
    <message>
        <source>&amp;Art*:</source>
        <translation>&amp;Kind*:</translation>
    </message>
    <message>
        <source>&amp;Sitz:</source>
        <translation>&amp;Seat:</translation>
    </message>
    <message>
        <source>Sitzungs&amp;rhythmus:</source>
        <translation>Meeting &amp;rhythm:</translation>
    </message>
    <message>
        <source>A&amp;uftrag:</source>
        <translation>&amp;Mandate:</translation>
    </message>
    <message>
        <source>Sitz</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Mitglied suchen</source>
        <translation>Search for a member</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Vorsitz</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>stellv. Vorsitz</source>
        <translation>deputy chair</translation>
    </message>
    <message>
        <source>Geschäftsführung</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>beratend</source>
        <translation>advisory</translation>
    </message>
    <message>
        <source>Gast</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Akteur</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Rolle und Daten (TT.MM.JJJJ) lassen sich in der Tabelle ändern</source>
        <translation>Role and dates (DD.MM.YYYY) can be changed in the table</translation>
    </message>
    <message>
        <source>Ent&amp;fernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Das Gremium konnte nicht gespeichert werden.</source>
        <translation>The committee could not be saved.</translation>
    </message>
</context>
<context>
    <name>netzatlas::CommitteeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Sitz</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Sitzungsrhythmus</source>
        <translation>Meeting rhythm</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Mandate</translation>
    </message>
</context>
<context>
    <name>netzatlas::ContactEditorDialog</name>
    <message>
        <source>Ansprechperson bearbeiten</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>Neue Ansprechperson</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>z. B. Schulleitung, Jugendhilfeplanung</source>
        <translation>e.g. head teacher, youth welfare planning</translation>
    </message>
    <message>
        <source>wofür die Angaben gespeichert werden</source>
        <translation>what the data are stored for</translation>
    </message>
    <message>
        <source>prüfen bis</source>
        <translation>review by</translation>
    </message>
    <message>
        <source>Prüfen bis</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>&amp;Name*:</source>
        <translation>&amp;Name*:</translation>
    </message>
    <message>
        <source>&amp;Funktion:</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Zweck der Speicherung:</source>
        <translation>&amp;Purpose of storage:</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage:</source>
        <translation>&amp;Review date:</translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Ansprechpersonen erscheinen nie in Diagrammen, Berichten oder Exporten, außer Sie fordern sie dort ausdrücklich an. Speichern Sie nur, was für die Zusammenarbeit nötig ist.</source>
        <translation>Contact persons never appear in diagrams, reports or exports unless you ask for them there explicitly. Store only what the cooperation needs.</translation>
    </message>
    <message>
        <source>Die Ansprechperson konnte nicht gespeichert werden.</source>
        <translation>The contact person could not be saved.</translation>
    </message>
</context>
<context>
    <name>netzatlas::CsvReader</name>
    <message>
        <source>Die Datei beginnt mit einer UTF-8-Kennung (BOM), enthält aber ungültige UTF-8-Zeichen.</source>
        <translation>The file starts with a UTF-8 marker (BOM) but contains invalid UTF-8 characters.</translation>
    </message>
    <message>
        <source>Die Datei ist als UTF-16 gekennzeichnet, enthält aber ungültige Zeichen.</source>
        <translation>The file is marked as UTF-16 but contains invalid characters.</translation>
    </message>
    <message>
        <source>Die Datei enthält Nullbytes: Sie ist keine Textdatei (CSV) in UTF-8 oder Windows-1252, sondern z. B. eine Excel-Arbeitsmappe oder UTF-16 ohne Kennung. Bitte in Excel „Speichern unter … CSV UTF-8“ wählen.</source>
        <translation>The file contains null bytes: it is not a text file (CSV) in UTF-8 or Windows-1252 but, for example, an Excel workbook or UTF-16 without a marker. Please choose “Save as … CSV UTF-8” in Excel.</translation>
    </message>
    <message>
        <source>Die Datei ist weder UTF-8 noch Windows-1252 (Byte 0x%1 ist in keiner der beiden Kodierungen gültig).</source>
        <translation>The file is neither UTF-8 nor Windows-1252 (byte 0x%1 is valid in neither encoding).</translation>
    </message>
    <message>
        <source>Die Datei enthält Steuerzeichen (0x%1) und ist damit keine Textdatei.</source>
        <translation>The file contains control characters (0x%1) and is therefore not a text file.</translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Die Datei ist mit %1 MB zu groß (höchstens %2 MB).</source>
        <translation>The file is too large at %1 MB (at most %2 MB).</translation>
    </message>
    <message>
        <source>Die Datei ist zu groß.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>Spalte %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Die Zelle ist mit %1 Zeichen zu lang (höchstens %2).</source>
        <translation>The cell is too long at %1 characters (at most %2).</translation>
    </message>
    <message>
        <source>Die Zeile hat mehr als %1 Spalten.</source>
        <translation>The line has more than %1 columns.</translation>
    </message>
    <message>
        <source>Nach einem schließenden Anführungszeichen folgt „%1“ statt eines Trennzeichens (fehlerhafte Anführungszeichen).</source>
        <translation>A closing quotation mark is followed by “%1” instead of a separator (broken quotation marks).</translation>
    </message>
    <message>
        <source>Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen (fehlerhafte Anführungszeichen).</source>
        <translation>A quotation mark is not closed before the end of the file (broken quotation marks).</translation>
    </message>
    <message>
        <source>Die Datei ist leer; es fehlt mindestens die Kopfzeile.</source>
        <translation>The file is empty; at least the header line is missing.</translation>
    </message>
    <message>
        <source>Die Zeile hat %1 Felder, die Kopfzeile nur %2. Enthält ein Wert das Trennzeichen „%3“ ohne Anführungszeichen?</source>
        <translation>The line has %1 fields, the header line only %2. Does a value contain the separator “%3” without quotation marks?</translation>
    </message>
    <message>
        <source>Tabulator</source>
        <translation>Tab</translation>
    </message>
</context>
<context>
    <name>netzatlas::DemoBanner</name>
    <message>
        <source>Hinweis: Demo-Daten</source>
        <translation>Notice: demo data</translation>
    </message>
    <message>
        <source>Hinweis schließen</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <source>Diese Registry enthält Demo-Daten (fiktiv):</source>
        <translation>This registry contains demo data (fictitious):</translation>
    </message>
    <message>
        <source>Netzatlas hat sie beim ersten Start angelegt, damit Sie das Programm ausprobieren können. Akteure, Verbindungen und Maßnahmen sind erfunden, die Gebiete des Landkreises Bad Kreuznach sind echt. Eine eigene Registry legen Sie mit „Datei › Neu…“ an.</source>
        <translation>Netzatlas created it at the first start so that you can try the program. Actors, links and measures are invented; the territories of the district of Bad Kreuznach are real. Create a registry of your own with “File › New…”.</translation>
    </message>
    <message>
        <source>Akteure, Verbindungen und Maßnahmen sind erfunden, die Gebiete sind echt. Bitte keine echten Daten eintragen.</source>
        <translation>Actors, links and measures are invented; the territories are real. Please do not enter real data.</translation>
    </message>
</context>
<context>
    <name>netzatlas::DemoNetwork</name>
    <message>
        <source>Der Landkreis Bad Kreuznach (%1) fehlt in der Registry. Für die Demo-Daten müssen zuerst die Gebiete von Rheinland-Pfalz geladen werden.</source>
        <translation>The district of Bad Kreuznach (%1) is missing from the registry. The territories of Rhineland-Palatinate must be loaded before the demo data.</translation>
    </message>
    <message>
        <source>Das Gebiet %1 des Landkreises Bad Kreuznach fehlt oder hat keine Gemeinden; die Demo-Daten passen nicht zu diesem Gebietsstand.</source>
        <translation>The area %1 of the district of Bad Kreuznach is missing or has no municipalities; the demo data do not fit this territorial status.</translation>
    </message>
    <message>
        <source>Die Stadt Bad Kreuznach ist in diesem Gebietsstand nicht verbandsfrei; die Demo-Daten passen nicht dazu.</source>
        <translation>The town of Bad Kreuznach is not independent of an association in this territorial status; the demo data do not fit.</translation>
    </message>
    <message>
        <source>Der Regionalschlüssel %1 ist im Gemeindeverzeichnis unbekannt.</source>
        <translation>The regional key %1 is unknown in the municipal directory.</translation>
    </message>
    <message>
        <source>Der Demo-Akteur „%1“ ist ungültig: %2</source>
        <translation>The demo actor “%1” is invalid: %2</translation>
    </message>
    <message>
        <source>Der Sitz %1 eines Demo-Akteurs fehlt in der Registry.</source>
        <translation>The seat %1 of a demo actor is missing from the registry.</translation>
    </message>
    <message>
        <source>Für die Demo-Schule „%1“ lässt sich kein Schulträger bestimmen.</source>
        <translation>No school authority can be determined for the demo school “%1”.</translation>
    </message>
    <message>
        <source>Die Gremienart „%1“ ist unbekannt.</source>
        <translation>The committee kind “%1” is unknown.</translation>
    </message>
    <message>
        <source>Ein Mitglied des Demo-Gremiums „%1“ fehlt.</source>
        <translation>A member of the demo committee “%1” is missing.</translation>
    </message>
    <message>
        <source>Der Akteur einer Demo-Ansprechperson fehlt.</source>
        <translation>The actor of a demo contact person is missing.</translation>
    </message>
    <message>
        <source>Der Verbindungstyp „%1“ fehlt im Katalog.</source>
        <translation>The link type “%1” is missing from the catalogue.</translation>
    </message>
    <message>
        <source>Eine Demo-Verbindung „%1“ ist ungültig: %2</source>
        <translation>A demo link “%1” is invalid: %2</translation>
    </message>
    <message>
        <source>Für die Demo-Schule „%1“ fehlt die Schulträgerverwaltung.</source>
        <translation>The school authority administration for the demo school “%1” is missing.</translation>
    </message>
    <message>
        <source>Die Demo-Maßnahme „%1“ enthält ungültige Werte.</source>
        <translation>The demo measure “%1” contains invalid values.</translation>
    </message>
    <message>
        <source>Die Demo-Budgetüberschreitung lässt sich nicht herstellen.</source>
        <translation>The demo budget overrun cannot be produced.</translation>
    </message>
    <message>
        <source>Die Lücken der Demo-Daten sind nicht vollständig festgelegt.</source>
        <translation>The gaps of the demo data are not completely defined.</translation>
    </message>
    <message>
        <source>Eine Demo-Verbindung schließt eine der dokumentierten Lücken.</source>
        <translation>A demo link closes one of the documented gaps.</translation>
    </message>
    <message>
        <source>Der Demo-Eintrag „%1“ ist leer.</source>
        <translation>The demo entry “%1” is empty.</translation>
    </message>
</context>
<context>
    <name>netzatlas::DialogSupport</name>
    <message>
        <source>%1 (stillgelegt)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <source>So kann der Eintrag nicht gespeichert werden.</source>
        <translation>The entry cannot be saved like this.</translation>
    </message>
    <message>
        <source>Bitte prüfen Sie vor dem Speichern:</source>
        <translation>Please check before saving:</translation>
    </message>
    <message>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Zurück zur Eingabe</source>
        <translation>Back to the input</translation>
    </message>
</context>
<context>
    <name>netzatlas::Error</name>
    <message>
        <source>Datei „%1“</source>
        <translation>File “%1”</translation>
    </message>
    <message>
        <source>Zeile %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Feld „%1“</source>
        <translation>Field “%1”</translation>
    </message>
</context>
<context>
    <name>netzatlas::ExchangeExporter</name>
    <message>
        <source>Der Ordner kann nicht angelegt werden.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <source>Für eine einzelne Tabelle wird ein Dateiname erwartet, kein Ordner.</source>
        <translation>A file name is expected for a single table, not a folder.</translation>
    </message>
</context>
<context>
    <name>netzatlas::GraphFormats</name>
    <message>
        <source>Die Ansicht „%1“ gibt es nicht. Vorhanden: %2</source>
        <translation>There is no view “%1”. Available: %2</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Das Graphformat „%1“ ist unbekannt (graphml, gexf, dot).</source>
        <translation>The graph format “%1” is unknown (graphml, gexf, dot).</translation>
    </message>
    <message>
        <source>Die Datei ist zu groß.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>Die Datei enthält eine DTD mit Entitäten, wie sie GraphML nicht braucht; sie wird abgelehnt (möglicherweise eine XML-Bombe).</source>
        <translation>The file contains a DTD with entities, which GraphML does not need; it is rejected (possibly an XML bomb).</translation>
    </message>
    <message>
        <source>Die Datei hat mehr als %1 Elemente.</source>
        <translation>The file has more than %1 elements.</translation>
    </message>
    <message>
        <source>Die Datei ist keine GraphML-Datei (das Wurzelelement heißt „%1“ statt „graphml“).</source>
        <translation>The file is not a GraphML file (the root element is “%1” instead of “graphml”).</translation>
    </message>
    <message>
        <source>Verschachtelte Graphen (Untergraphen) werden nicht eingelesen.</source>
        <translation>Nested graphs (subgraphs) are not read.</translation>
    </message>
    <message>
        <source>Ein Knoten hat keine id.</source>
        <translation>A node has no id.</translation>
    </message>
    <message>
        <source>Einer Kante fehlt source oder target.</source>
        <translation>An edge lacks source or target.</translation>
    </message>
    <message>
        <source>Der Wert von „%1“ ist mit %2 Zeichen zu lang (höchstens %3).</source>
        <translation>The value of “%1” is too long at %2 characters (at most %3).</translation>
    </message>
    <message>
        <source>Die Datei ist kein gültiges XML (Spalte %1: %2).</source>
        <translation>The file is not valid XML (column %1: %2).</translation>
    </message>
    <message>
        <source>Die Datei ist keine GraphML-Datei.</source>
        <translation>The file is not a GraphML file.</translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>netzatlas::ImportDialog</name>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Datei wählen …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <source>Akteure</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Inhalt:</source>
        <translation>C&amp;ontent:</translation>
    </message>
    <message>
        <source>Vorschau (erste %1 Zeilen)</source>
        <translation>Preview (first %1 rows)</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Spaltenzuordnung</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Spalte der Datei</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Erkannt an den Spaltenüberschriften; * = Pflichtfeld.</source>
        <translation>Recognised from the column headings; * = required field.</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Noch nicht geprüft. Ein Probelauf zeigt, was der Import ändern würde, ohne etwas zu speichern.</source>
        <translation>Not checked yet. A dry run shows what the import would change, without saving anything.</translation>
    </message>
    <message>
        <source>Meldungen je Zeile</source>
        <translation>Messages per line</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Bericht &amp;speichern …</source>
        <translation>&amp;Save report …</translation>
    </message>
    <message>
        <source>&amp;Probelauf</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>Prüft alle Zeilen und zählt, was neu, geändert oder abgelehnt wäre; speichert nichts</source>
        <translation>Checks all rows and counts what would be new, changed or rejected; saves nothing</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Übernimmt die Datei in die Registry; lässt sich als ein Schritt rückgängig machen</source>
        <translation>Takes the file into the registry; can be undone as one step</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Die Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <source>Tabulator</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>%1 Datenzeilen, %2 Spalten · Zeichensatz %3 · Trennzeichen %4</source>
        <translation>%1 data rows, %2 columns · encoding %3 · separator %4</translation>
    </message>
    <message>
        <source>Spalte für %1</source>
        <translation>Column for %1</translation>
    </message>
    <message>
        <source>(nicht übernehmen)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Bitte eine Spalte zuordnen für: %1</source>
        <translation>Please assign a column to: %1</translation>
    </message>
    <message>
        <source>Probelauf läuft …</source>
        <translation>Dry run running …</translation>
    </message>
    <message>
        <source>Import läuft …</source>
        <translation>Import running …</translation>
    </message>
    <message>
        <source>Der Import konnte nicht ausgeführt werden: %1</source>
        <translation>The import could not be run: %1</translation>
    </message>
    <message>
        <source>Import aus „%1“</source>
        <translation>Import from “%1”</translation>
    </message>
    <message>
        <source>Abgebrochen. Es wurde nichts gespeichert.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>%1
Abgelehnte Zeilen verhindern den Import: bitte die Datei oder die Zuordnung korrigieren. Es wurde nichts gespeichert.</source>
        <translation>%1
Rejected rows prevent the import: please correct the file or the mapping. Nothing was saved.</translation>
    </message>
    <message>
        <source>Probelauf: %1
Es wurde nichts gespeichert.</source>
        <translation>Dry run: %1
Nothing was saved.</translation>
    </message>
    <message>
        <source>Importiert: %1
Mit Bearbeiten › Rückgängig (Strg+Z) lässt sich der ganze Import zurücknehmen.</source>
        <translation>Imported: %1
Edit › Undo (Ctrl+Z) takes back the whole import.</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> – Prüfbericht.txt</source>
        <translation> – check report.txt</translation>
    </message>
    <message>
        <source>Prüfbericht speichern</source>
        <translation>Save check report</translation>
    </message>
    <message>
        <source>Der Bericht konnte nicht gespeichert werden.</source>
        <translation>The report could not be saved.</translation>
    </message>
    <message>
        <source>Die Datei lässt sich nicht schreiben.</source>
        <translation>The file cannot be written.</translation>
    </message>
    <message>
        <source>Tabelle importieren (CSV, Excel)</source>
        <translation>Import table (CSV, Excel)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (XLSX) oder CSV-Datei</source>
        <translation>Excel workbook (XLSX) or CSV file</translation>
    </message>
    <message>
        <source>Tabellen&amp;blatt:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Tabelle wählen</source>
        <translation>Choose table</translation>
    </message>
    <message>
        <source>Tabellen (*.xlsx *.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</source>
        <translation>Tables (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe, Blatt „%1“ · %2 Datenzeilen, %3 Spalten</source>
        <translation>Excel workbook, sheet “%1” · %2 data rows, %3 columns</translation>
    </message>
    <message>
        <source>Textdateien (*.txt);;CSV für Excel (*.csv);;Alle Dateien (*)</source>
        <translation>Text files (*.txt);;CSV for Excel (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>netzatlas::ImportReport</name>
    <message>
        <source>%1 neu, %2 geändert, %3 unverändert, %4 übersprungen, %5</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 skipped, %5</translation>
    </message>
    <message>
        <source> – abgebrochen, nichts gespeichert</source>
        <translation> – cancelled, nothing saved</translation>
    </message>
    <message>
        <source> – nichts gespeichert</source>
        <translation> – nothing saved</translation>
    </message>
    <message>
        <source> – Probelauf, nichts gespeichert</source>
        <translation> – dry run, nothing saved</translation>
    </message>
    <message>
        <source>Fehler: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Hinweis: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>netzatlas::ImportRun</name>
    <message>
        <source>… weitere Fehler nicht aufgeführt.</source>
        <translation>… further errors not listed.</translation>
    </message>
    <message>
        <source>Der Gemeindeschlüssel (AGS) „%1“ ist unbekannt.</source>
        <translation>The municipality key (AGS) “%1” is unknown.</translation>
    </message>
    <message>
        <source>Der Regionalschlüssel „%1“ ist unbekannt.</source>
        <translation>The regional key “%1” is unknown.</translation>
    </message>
    <message>
        <source>„%1“ ist weder ein Regionalschlüssel (2, 5, 9 oder 12 Ziffern) noch ein AGS (8 Ziffern).</source>
        <translation>“%1” is neither a regional key (2, 5, 9 or 12 digits) nor an AGS (8 digits).</translation>
    </message>
    <message>
        <source>Die Pflichtspalte „name“ fehlt (erkannt werden z. B. „Name“, „Bezeichnung“, „Schulname“). Gefundene Spalten: %1</source>
        <translation>The required column “name” is missing (recognised are e.g. “Name”, “Bezeichnung”, “Schulname”). Columns found: %1</translation>
    </message>
    <message>
        <source>Die Spalte „type“ (Typ des Akteurs) fehlt; ohne sie braucht es eine Spalte „Schulart“. Gefundene Spalten: %1</source>
        <translation>The column “type” (type of the actor) is missing; without it a column “Schulart” is needed. Columns found: %1</translation>
    </message>
    <message>
        <source>Der Schlüssel „%1“ kommt schon in Zeile %2 vor.</source>
        <translation>The key “%1” already occurs in line %2.</translation>
    </message>
    <message>
        <source>Die Schulnummer „%1“ kommt schon in Zeile %2 vor.</source>
        <translation>The school number “%1” already occurs in line %2.</translation>
    </message>
    <message>
        <source>Den Akteur „%1“ gibt es schon (Schlüssel %2).</source>
        <translation>The actor “%1” already exists (key %2).</translation>
    </message>
    <message>
        <source>Der Name fehlt.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Die Schulart „%1“ ist unbekannt. Erwartet: z. B. Grundschule/GS, Realschule plus/RS+, IGS, Gymnasium/GYM, Förderschule/FÖS, BBS.</source>
        <translation>The school type “%1” is unknown. Expected e.g.: Grundschule/GS, Realschule plus/RS+, IGS, Gymnasium/GYM, Förderschule/FÖS, BBS.</translation>
    </message>
    <message>
        <source>Der Typ fehlt.</source>
        <translation>The type is missing.</translation>
    </message>
    <message>
        <source>Der Typ „%1“ ist unbekannt. Erwartet: ein Katalogcode (SCHULE, KITA, JUGENDAMT …), eine Bezeichnung aus dem Katalog oder eine Schulart (GS, RS+ …).</source>
        <translation>The type “%1” is unknown. Expected: a catalogue code (SCHULE, KITA, JUGENDAMT …), a label from the catalogue or a school type (GS, RS+ …).</translation>
    </message>
    <message>
        <source>Die Gemeinde „%1“ ist nicht eindeutig oder unbekannt; der Sitz bleibt leer.</source>
        <translation>The municipality “%1” is ambiguous or unknown; the seat stays empty.</translation>
    </message>
    <message>
        <source>„%1“ ist kein Ja/Nein-Wert (erwartet: ja, nein, x, 1, 0).</source>
        <translation>“%1” is not a yes/no value (expected: ja, nein, x, 1, 0).</translation>
    </message>
    <message>
        <source>Die Ganztagsform „%1“ ist unbekannt (keine, offen, Angebotsform, verpflichtend).</source>
        <translation>The all-day form “%1” is unknown (none, open, offer, compulsory).</translation>
    </message>
    <message>
        <source>Die Trägerart „%1“ ist unbekannt (kommunal, kirchlich, frei).</source>
        <translation>The operator type “%1” is unknown (municipal, church, independent).</translation>
    </message>
    <message>
        <source>„%1“ ist keine Jahreszahl.</source>
        <translation>“%1” is not a year.</translation>
    </message>
    <message>
        <source>Der gerade angelegte Akteur „%1“ ist nicht lesbar.</source>
        <translation>The actor “%1” just created cannot be read.</translation>
    </message>
    <message>
        <source>Die Pflichtspalte „%1“ fehlt (nötig sind source/Von, target/Nach und type/Typ). Gefundene Spalten: %2</source>
        <translation>The required column “%1” is missing (needed are source/Von, target/Nach and type/Typ). Columns found: %2</translation>
    </message>
    <message>
        <source>Der Ausgangsakteur fehlt.</source>
        <translation>The source actor is missing.</translation>
    </message>
    <message>
        <source>Der Akteur „%1“ ist nicht bekannt (weder Schlüssel noch Schulnummer noch eindeutiger Name).</source>
        <translation>The actor “%1” is not known (neither key nor school number nor unique name).</translation>
    </message>
    <message>
        <source>Der Zielakteur fehlt.</source>
        <translation>The target actor is missing.</translation>
    </message>
    <message>
        <source>Der Verbindungstyp fehlt.</source>
        <translation>The link type is missing.</translation>
    </message>
    <message>
        <source>Der Verbindungstyp „%1“ ist unbekannt.</source>
        <translation>The link type “%1” is unknown.</translation>
    </message>
    <message>
        <source>Das Handlungsfeld „%1“ ist unbekannt.</source>
        <translation>The field of action “%1” is unknown.</translation>
    </message>
    <message>
        <source>„%1“ ist keine Richtung (erwartet: -&gt; oder &lt;-&gt;, gerichtet oder ungerichtet).</source>
        <translation>“%1” is not a direction (expected: -&gt; or &lt;-&gt;, gerichtet or ungerichtet).</translation>
    </message>
    <message>
        <source>Die Intensität „%1“ muss 1, 2 oder 3 sein (gering, mittel, hoch).</source>
        <translation>The intensity “%1” must be 1, 2 or 3 (low, medium, high).</translation>
    </message>
    <message>
        <source>Die Formalität „%1“ ist unbekannt (informell, regelmäßig, vereinbart, vertraglich).</source>
        <translation>The formality “%1” is unknown (informal, regular, agreed, contractual).</translation>
    </message>
    <message>
        <source>„%1“ ist kein Datum (erwartet: 31.07.2026 oder 2026-07-31).</source>
        <translation>“%1” is not a date (expected: 31.07.2026 or 2026-07-31).</translation>
    </message>
    <message>
        <source>Der Status „%1“ ist unbekannt (geplant, aktiv, ruhend, beendet).</source>
        <translation>The status “%1” is unknown (planned, active, dormant, ended).</translation>
    </message>
    <message>
        <source>Dieselbe Verbindung (Von, Nach, Typ, Handlungsfeld, Beginn) steht schon in Zeile %1.</source>
        <translation>The same link (from, to, type, field of action, start) is already in line %1.</translation>
    </message>
    <message>
        <source>Diese Verbindung gibt es schon.</source>
        <translation>This link already exists.</translation>
    </message>
</context>
<context>
    <name>netzatlas::LinkEditorDialog</name>
    <message>
        <source>Verbindung bearbeiten</source>
        <translation>Edit link</translation>
    </message>
    <message>
        <source>Neue Verbindung</source>
        <translation>New link</translation>
    </message>
    <message>
        <source>Wer mit wem</source>
        <translation>Who with whom</translation>
    </message>
    <message>
        <source>ungerichtet (↔, beide Seiten gleichermaßen)</source>
        <translation>undirected (↔, both sides alike)</translation>
    </message>
    <message>
        <source>gerichtet (→, von … nach …)</source>
        <translation>directed (→, from … to …)</translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Nach:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Richtung:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Art der Zusammenarbeit</source>
        <translation>Kind of cooperation</translation>
    </message>
    <message>
        <source>(kein Handlungsfeld)</source>
        <translation>(no field of action)</translation>
    </message>
    <message>
        <source>1 – gering</source>
        <translation>1 – low</translation>
    </message>
    <message>
        <source>2 – mittel</source>
        <translation>2 – medium</translation>
    </message>
    <message>
        <source>3 – hoch</source>
        <translation>3 – high</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Typ*:</source>
        <translation>&amp;Type*:</translation>
    </message>
    <message>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <source>&amp;Formalität:</source>
        <translation>&amp;Formality:</translation>
    </message>
    <message>
        <source>&amp;Intensität:</source>
        <translation>&amp;Intensity:</translation>
    </message>
    <message>
        <source>&amp;Maßnahme:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>Zeitraum und Stand</source>
        <translation>Period and status</translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>* Pflichtfeld</source>
        <translation>* required field</translation>
    </message>
    <message>
        <source>Zwischen diesen Akteuren gibt es noch keine weitere Verbindung.</source>
        <translation>These actors have no further link yet.</translation>
    </message>
    <message>
        <source>Zwischen diesen Akteuren gibt es bereits %1 weitere Verbindung(en): %2. Jede wird einzeln geführt.</source>
        <translation>These actors already have %1 further link(s): %2. Each is kept separately.</translation>
    </message>
    <message>
        <source>Die Verbindung konnte nicht gespeichert werden.</source>
        <translation>The link could not be saved.</translation>
    </message>
    <message>
        <source>&amp;ab</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>bis &amp;einschließlich</source>
        <translation>until &amp;inclusive</translation>
    </message>
    <message>
        <source>Ohne Häkchen: seit jeher bzw. unbefristet</source>
        <translation>Unticked: since always or open-ended</translation>
    </message>
    <message>
        <source>Gültig:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>z. B. Inhalt der Vereinbarung, Turnus der Treffen</source>
        <translation>e.g. content of the agreement, frequency of meetings</translation>
    </message>
</context>
<context>
    <name>netzatlas::LinkTableModel</name>
    <message>
        <source>gerichtet</source>
        <translation>directed</translation>
    </message>
    <message>
        <source>ungerichtet</source>
        <translation>undirected</translation>
    </message>
    <message>
        <source>gerichtet: von → nach</source>
        <translation>directed: from → to</translation>
    </message>
    <message>
        <source>ungerichtet: beide Seiten</source>
        <translation>undirected: both sides</translation>
    </message>
    <message>
        <source>Intensität 1 (gering) bis 3 (hoch)</source>
        <translation>Intensity 1 (low) to 3 (high)</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Formalität</source>
        <translation>Formality</translation>
    </message>
    <message>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>gültig ab</source>
        <translation>valid from</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>→ gerichtet, ↔ ungerichtet</source>
        <translation>→ directed, ↔ undirected</translation>
    </message>
    <message>
        <source>1 (gering) bis 3 (hoch)</source>
        <translation>1 (low) to 3 (high)</translation>
    </message>
    <message>
        <source>letzter Tag der Gültigkeit; leer = unbefristet</source>
        <translation>last day of validity; empty = open-ended</translation>
    </message>
</context>
<context>
    <name>netzatlas::MainWindow</name>
    <message>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Karte</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Eine neue, leere Registry mit den Gebieten von Rheinland-Pfalz anlegen</source>
        <translation>Create a new, empty registry with the territories of Rhineland-Palatinate</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Eine vorhandene Registry-Datei öffnen</source>
        <translation>Open an existing registry file</translation>
    </message>
    <message>
        <source>CSV &amp;importieren…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Akteure oder Verbindungen aus einer CSV-Datei (Excel) übernehmen</source>
        <translation>Take over actors or links from a CSV file (Excel)</translation>
    </message>
    <message>
        <source>&amp;Kopie speichern unter…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Eine Kopie der geöffneten Registry in eine andere Datei schreiben</source>
        <translation>Write a copy of the open registry to another file</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche wählen</source>
        <translation>Choose the language of the user interface</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Netzatlas beenden</source>
        <translation>Quit Netzatlas</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Die letzte Änderung zurücknehmen</source>
        <translation>Take back the last change</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Die zurückgenommene Änderung wieder ausführen</source>
        <translation>Carry out the undone change again</translation>
    </message>
    <message>
        <source>Neuer &amp;Akteur…</source>
        <translation>New &amp;actor…</translation>
    </message>
    <message>
        <source>Einen Akteur anlegen</source>
        <translation>Create an actor</translation>
    </message>
    <message>
        <source>Neue &amp;Verbindung…</source>
        <translation>New &amp;link…</translation>
    </message>
    <message>
        <source>Eine Verbindung zwischen zwei Akteuren anlegen</source>
        <translation>Create a link between two actors</translation>
    </message>
    <message>
        <source>Neues &amp;Gremium…</source>
        <translation>New &amp;committee…</translation>
    </message>
    <message>
        <source>Ein Gremium anlegen</source>
        <translation>Create a committee</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Den ausgewählten Eintrag bearbeiten</source>
        <translation>Edit the selected entry</translation>
    </message>
    <message>
        <source>&amp;Löschen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Die ausgewählten Einträge löschen</source>
        <translation>Delete the selected entries</translation>
    </message>
    <message>
        <source>&amp;Schlagwörter bearbeiten…</source>
        <translation>Edit &amp;tags…</translation>
    </message>
    <message>
        <source>Schlagwörter der ausgewählten Akteure hinzufügen oder entfernen</source>
        <translation>Add or remove tags of the selected actors</translation>
    </message>
    <message>
        <source>&amp;Kataloge…</source>
        <translation>&amp;Catalogues…</translation>
    </message>
    <message>
        <source>Akteurstypen, Verbindungstypen und Handlungsfelder pflegen</source>
        <translation>Maintain actor types, link types and fields of action</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Filter zurücksetzen</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <source>Alle Filter und die Suche leeren</source>
        <translation>Clear all filters and the search</translation>
    </message>
    <message>
        <source>&amp;Akteure</source>
        <translation>&amp;Actors</translation>
    </message>
    <message>
        <source>&amp;Verbindungen</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Gremien</source>
        <translation>&amp;Committees</translation>
    </message>
    <message>
        <source>Ü&amp;ber Netzatlas…</source>
        <translation>&amp;About Netzatlas…</translation>
    </message>
    <message>
        <source>Über &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>S&amp;tatus der Verbindungen</source>
        <translation>S&amp;tatus of the links</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Details zum Akteur</source>
        <translation>Actor &amp;details</translation>
    </message>
    <message>
        <source>&amp;Verlauf der Änderungen</source>
        <translation>Edit &amp;history</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Nach Akteurstyp filtern</source>
        <translation>Filter by actor type</translation>
    </message>
    <message>
        <source>nur &amp;SCP-Schulen</source>
        <translation>only &amp;SCP schools</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Akteure</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Nach Verbindungstyp filtern</source>
        <translation>Filter by link type</translation>
    </message>
    <message>
        <source>Nach Handlungsfeld filtern</source>
        <translation>Filter by field of action</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>gültig am</source>
        <translation>valid on</translation>
    </message>
    <message>
        <source>Nur Verbindungen, die an diesem Tag gültig sind</source>
        <translation>Only links valid on this day</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Nach Art des Gremiums filtern</source>
        <translation>Filter by kind of committee</translation>
    </message>
    <message>
        <source>A&amp;rt:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Gebiete</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Gebiete mit der Zahl der Akteure; die Auswahl filtert Akteure, Verbindungen und Gremien</source>
        <translation>Areas with the number of actors; the selection filters actors, links and committees</translation>
    </message>
    <message>
        <source>Suchen: Name, Ort, Schulnummer, Schlagwort …</source>
        <translation>Search: name, place, school number, tag …</translation>
    </message>
    <message>
        <source>Einträge filtern</source>
        <translation>Filter entries</translation>
    </message>
    <message>
        <source>Zeigt nur Einträge, in denen alle eingegebenen Wörter vorkommen (Strg+F, Esc leert das Feld)</source>
        <translation>Shows only entries that contain all the words entered (Ctrl+F, Esc clears the field)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Verlauf der Änderungen</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <source>&lt;Registry geöffnet&gt;</source>
        <translation>&lt;registry opened&gt;</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Umfang der Registry</source>
        <translation>Size of the registry</translation>
    </message>
    <message>
        <source>schreibgeschützt</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Die Registry ist nur zum Lesen geöffnet; Änderungen sind nicht möglich.</source>
        <translation>The registry is open for reading only; changes are not possible.</translation>
    </message>
    <message>
        <source>Angezeigte Einträge</source>
        <translation>Entries shown</translation>
    </message>
    <message>
        <source>Die Registry ist bereits geöffnet.</source>
        <translation>The registry is already open.</translation>
    </message>
    <message>
        <source>Registry öffnen</source>
        <translation>Open registry</translation>
    </message>
    <message>
        <source>Die Registry „%1“ konnte nicht geöffnet werden.</source>
        <translation>The registry “%1” could not be opened.</translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Registry wird bereits bearbeitet</source>
        <translation>Registry is already being edited</translation>
    </message>
    <message>
        <source>„%1“ ist bereits in einem anderen Netzatlas-Fenster geöffnet.</source>
        <translation>“%1” is already open in another Netzatlas window.</translation>
    </message>
    <message>
        <source>Auf diesem Computer (Prozess %1), seit %2.</source>
        <translation>On this computer (process %1), since %2.</translation>
    </message>
    <message>
        <source>Auf dem Computer „%1“, seit %2.</source>
        <translation>On the computer “%1”, since %2.</translation>
    </message>
    <message>
        <source>Sie können die Registry schreibgeschützt öffnen, um nachzusehen.</source>
        <translation>You can open the registry read-only to have a look.</translation>
    </message>
    <message>
        <source>Sie können die Registry schreibgeschützt öffnen. Ist Netzatlas dort abgestürzt oder der Computer aus, lässt sich die Sperre aufheben – nur dann, sonst überschreiben sich die Änderungen gegenseitig.</source>
        <translation>You can open the registry read-only. If Netzatlas crashed there or the computer is off, the lock can be broken – only then, otherwise the changes overwrite each other.</translation>
    </message>
    <message>
        <source>&amp;Schreibgeschützt öffnen</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>Sperre &amp;aufheben</source>
        <translation>&amp;Break lock</translation>
    </message>
    <message>
        <source>Die Sperre konnte nicht aufgehoben werden.</source>
        <translation>The lock could not be broken.</translation>
    </message>
    <message>
        <source>Die Sperrdatei lässt sich nicht löschen.</source>
        <translation>The lock file cannot be deleted.</translation>
    </message>
    <message>
        <source>Neue Registry</source>
        <translation>New registry</translation>
    </message>
    <message>
        <source>Die Registry „%1“ konnte nicht angelegt werden.</source>
        <translation>The registry “%1” could not be created.</translation>
    </message>
    <message>
        <source>Die Demo-Registry wird angelegt …</source>
        <translation>Creating the demo registry …</translation>
    </message>
    <message>
        <source>Demo-Registry anlegen</source>
        <translation>Create demo registry</translation>
    </message>
    <message>
        <source>Die Demo-Registry für den ersten Start konnte nicht angelegt werden.</source>
        <translation>The demo registry for the first start could not be created.</translation>
    </message>
    <message>
        <source>alle Typen</source>
        <translation>all types</translation>
    </message>
    <message>
        <source>alle Handlungsfelder</source>
        <translation>all fields of action</translation>
    </message>
    <message>
        <source>alle Arten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>Neue Registry anlegen</source>
        <translation>Create new registry</translation>
    </message>
    <message>
        <source>Netzatlas-Registry (*.sqlite);;Alle Dateien (*)</source>
        <translation>Netzatlas registry (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Neue Registry.sqlite</source>
        <translation>New registry.sqlite</translation>
    </message>
    <message>
        <source>Die geöffnete Registry kann nicht durch eine neue ersetzt werden.</source>
        <translation>The open registry cannot be replaced by a new one.</translation>
    </message>
    <message>
        <source>Bitte einen anderen Dateinamen wählen.</source>
        <translation>Please choose a different file name.</translation>
    </message>
    <message>
        <source>Die vorhandene Datei kann nicht ersetzt werden.</source>
        <translation>The existing file cannot be replaced.</translation>
    </message>
    <message>
        <source>Die Datei ist schreibgeschützt oder wird von einem anderen Programm benutzt.</source>
        <translation>The file is read-only or in use by another program.</translation>
    </message>
    <message>
        <source>Kopie speichern unter</source>
        <translation>Save copy as</translation>
    </message>
    <message>
        <source>%1 – Kopie.sqlite</source>
        <translation>%1 – Copy.sqlite</translation>
    </message>
    <message>
        <source>Kopie speichern</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <source>Die Kopie konnte nicht gespeichert werden.</source>
        <translation>The copy could not be saved.</translation>
    </message>
    <message>
        <source>Kopie gespeichert: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Liste leeren</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>%1 – alle Gebiete</source>
        <translation>%1 – all areas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Anzeigen…</source>
        <translation>&amp;Show…</translation>
    </message>
    <message>
        <source>&amp;Rückgängig: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Rückgängig</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Netzatlas</source>
        <translation>Netzatlas</translation>
    </message>
    <message>
        <source>Netzatlas – %1</source>
        <translation>Netzatlas – %1</translation>
    </message>
    <message>
        <source> [schreibgeschützt]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <source>Keine Registry geöffnet</source>
        <translation>No registry open</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Akteure</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Verbindungen</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SCP-Schulen</source>
        <translation>
            <numerusform>%Ln SCP school</numerusform>
            <numerusform>%Ln SCP schools</numerusform>
        </translation>
    </message>
    <message>
        <source>angezeigt: %L1</source>
        <translation>shown: %L1</translation>
    </message>
    <message>
        <source>Die Verbindung %1 – %2 löschen?</source>
        <translation>Delete the link %1 – %2?</translation>
    </message>
    <message>
        <source>%1 Verbindungen löschen?</source>
        <translation>Delete %1 links?</translation>
    </message>
    <message>
        <source>Verbindung löschen</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <source>%1 Verbindungen löschen</source>
        <translation>Delete %1 links</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Was am Eintrag hängt, konnte nicht gelesen werden.</source>
        <translation>What depends on the entry could not be read.</translation>
    </message>
    <message>
        <source>Das Gremium „%1“ löschen?</source>
        <translation>Delete the committee “%1”?</translation>
    </message>
    <message>
        <source>„%1“ löschen?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>%1 Gremien löschen?</source>
        <translation>Delete %1 committees?</translation>
    </message>
    <message>
        <source>%1 Akteure löschen?</source>
        <translation>Delete %1 actors?</translation>
    </message>
    <message>
        <source>„%1“ löschen</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>%1 Einträge löschen</source>
        <translation>Delete %1 entries</translation>
    </message>
    <message>
        <source>Es hängen keine weiteren Einträge daran.</source>
        <translation>No further entries depend on it.</translation>
    </message>
    <message>
        <source>Damit werden auch gelöscht oder geändert:</source>
        <translation>This also deletes or changes:</translation>
    </message>
    <message>
        <source>Mit Bearbeiten › Rückgängig (Strg+Z) lässt sich das Löschen zurücknehmen.</source>
        <translation>Edit › Undo (Ctrl+Z) takes the deletion back.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Die Einträge wurden nicht gelöscht.</source>
        <translation>The entries were not deleted.</translation>
    </message>
    <message>
        <source>Status von %1 Verbindungen: %2</source>
        <translation>Status of %1 links: %2</translation>
    </message>
    <message>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Der Status wurde nicht geändert.</source>
        <translation>The status was not changed.</translation>
    </message>
    <message>
        <source>Änderung nicht möglich</source>
        <translation>Change not possible</translation>
    </message>
    <message>
        <source>Meist hat ein anderes Programm oder ein anderer Computer die Registry inzwischen geändert.</source>
        <translation>Usually another program or another computer has changed the registry in the meantime.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Netzatlas %1&lt;/h3&gt;&lt;p&gt;Netzwerke im Startchancen-Programm kartieren, analysieren und planen.&lt;/p&gt;&lt;p&gt;Lizenz: European Union Public Licence (EUPL) 1.2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Netzatlas %1&lt;/h3&gt;&lt;p&gt;Mapping, analysing and planning networks in the Startchancen programme.&lt;/p&gt;&lt;p&gt;Licence: European Union Public Licence (EUPL) 1.2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gebietsdaten: %1</source>
        <translation>Territorial data: %1</translation>
    </message>
    <message>
        <source>Über Netzatlas</source>
        <translation>About Netzatlas</translation>
    </message>
    <message>
        <source>Verbindungstyp</source>
        <translation>Link type</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>jeder Status</source>
        <translation>any status</translation>
    </message>
    <message>
        <source>A&amp;nalyse</source>
        <translation>A&amp;nalysis</translation>
    </message>
    <message>
        <source>Analyse-&amp;Bereich</source>
        <translation>Analysis &amp;panel</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Maßnahmen im Startchancen-Programm</source>
        <translation>Measures of the Startchancen programme</translation>
    </message>
    <message>
        <source>Budgets und Mittel</source>
        <translation>Budgets and funds</translation>
    </message>
    <message>
        <source>Analyseergebnis</source>
        <translation>Analysis result</translation>
    </message>
</context>
<context>
    <name>netzatlas::MapPanel</name>
    <message>
        <source>Karte exportieren</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>PDF (Vektor, zum Drucken)</source>
        <translation>PDF (vector, for printing)</translation>
    </message>
    <message>
        <source>SVG (Vektor, für PowerPoint und Web)</source>
        <translation>SVG (vector, for PowerPoint and the web)</translation>
    </message>
    <message>
        <source>PNG (Bild)</source>
        <translation>PNG (image)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Papier:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Querformat</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Hochformat</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>&amp;Ausrichtung:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>A&amp;uflösung (PNG):</source>
        <translation>&amp;Resolution (PNG):</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Schulen, Kitas und Familienzentren als Pseudonym („Kita 1“)</source>
        <translation>Schools, day-care centres and family centres as pseudonyms (“Kita 1”)</translation>
    </message>
    <message>
        <source>A&amp;nonymisieren:</source>
        <translation>A&amp;nonymise:</translation>
    </message>
    <message>
        <source>Netzwerkkarte.pdf</source>
        <translation>Network map.pdf</translation>
    </message>
    <message>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ansprechpersonen erscheinen nie in Exporten.</source>
        <translation>Contact persons never appear in exports.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Akteurstypen</source>
        <translation>Actor types</translation>
    </message>
    <message>
        <source>Verbindungsarten</source>
        <translation>Link types</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Verbindlichkeit</source>
        <translation>Formality</translation>
    </message>
    <message>
        <source>Alle Filter zurücksetzen</source>
        <translation>Reset all filters</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Stand am</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Das Netz an diesem Tag (ohne Haken: heute)</source>
        <translation>The network on this day (unchecked: today)</translation>
    </message>
    <message>
        <source>Größe:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Größe nach</source>
        <translation>Size by</translation>
    </message>
    <message>
        <source>Anordnung:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Anordnung</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Kräfte (frei)</source>
        <translation>Force-directed (free)</translation>
    </message>
    <message>
        <source>Nach Verbandsgemeinde</source>
        <translation>By Verbandsgemeinde</translation>
    </message>
    <message>
        <source>Nach Kreis</source>
        <translation>By Kreis</translation>
    </message>
    <message>
        <source>Bildungskette</source>
        <translation>Education chain</translation>
    </message>
    <message>
        <source>Ringe um die Auswahl</source>
        <translation>Rings around the selection</translation>
    </message>
    <message>
        <source>Umfeld</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Ganzes Netz</source>
        <translation>Whole network</translation>
    </message>
    <message>
        <source>1 Schritt um die Auswahl</source>
        <translation>1 step around the selection</translation>
    </message>
    <message>
        <source>2 Schritte um die Auswahl</source>
        <translation>2 steps around the selection</translation>
    </message>
    <message>
        <source>Hervorheben:</source>
        <translation>Highlight:</translation>
    </message>
    <message>
        <source>Gelenkstellen</source>
        <translation>Articulation points</translation>
    </message>
    <message>
        <source>Akteure, ohne die das Netz zerfällt</source>
        <translation>Actors without whom the network falls apart</translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Lücken in der Bildungskette</source>
        <translation>Gaps in the education chain</translation>
    </message>
    <message>
        <source>Gebietsübergreifend</source>
        <translation>Cross-boundary</translation>
    </message>
    <message>
        <source>Verbindungen über Verbandsgemeinde- und Kreisgrenzen</source>
        <translation>Links across Verbandsgemeinde and Kreis boundaries</translation>
    </message>
    <message>
        <source>Keine</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Hervorhebung aufheben</source>
        <translation>Clear the highlight</translation>
    </message>
    <message>
        <source>Vergrößern (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Verkleinern (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>Einpassen</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Ganzes Netz zeigen (Strg+0)</source>
        <translation>Show the whole network (Ctrl+0)</translation>
    </message>
    <message>
        <source>Exportieren …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kein Verzeichnis geöffnet</source>
        <translation>No registry open</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gespeicherte Ansichten&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved views&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gespeicherte Ansichten</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Ansicht &amp;speichern …</source>
        <translation>&amp;Save view …</translation>
    </message>
    <message>
        <source>&amp;Umbenennen …</source>
        <translation>&amp;Rename …</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Alle Gebiete</source>
        <translation>All territories</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Akteur auswählen.</source>
        <translation>Please select an actor first.</translation>
    </message>
    <message>
        <source>Anordnung wird berechnet …</source>
        <translation>Computing the layout …</translation>
    </message>
    <message>
        <source>Anordnung abgebrochen.</source>
        <translation>Layout cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n Akteure</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Verbindungen</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Geändert: %1</source>
        <translation>Modified: %1</translation>
    </message>
    <message>
        <source>Kein Verzeichnis geöffnet.</source>
        <translation>No registry open.</translation>
    </message>
    <message>
        <source>Bitte einen Namen für die Ansicht angeben.</source>
        <translation>Please enter a name for the view.</translation>
    </message>
    <message>
        <source>Die Ansicht gibt es nicht mehr.</source>
        <translation>The view no longer exists.</translation>
    </message>
    <message>
        <source>Es gibt schon eine Ansicht „%1“.</source>
        <translation>There is already a view “%1”.</translation>
    </message>
    <message>
        <source>Ansicht öffnen</source>
        <translation>Open view</translation>
    </message>
    <message>
        <source>Ansicht speichern</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name der Ansicht (Filter, Anordnung, Darstellung und Positionen):</source>
        <translation>Name of the view (filters, layout, style and positions):</translation>
    </message>
    <message>
        <source>Die Ansicht „%1“ gibt es schon. Überschreiben?</source>
        <translation>The view “%1” already exists. Overwrite it?</translation>
    </message>
    <message>
        <source>Ansicht umbenennen</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <source>Neuer Name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Ansicht löschen</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Die Ansicht „%1“ löschen? (Bearbeiten › Rückgängig stellt sie wieder her.)</source>
        <translation>Delete the view “%1”? (Edit › Undo restores it.)</translation>
    </message>
    <message numerus="yes">
        <source>%n Akteure hervorgehoben</source>
        <translation>
            <numerusform>%n actor highlighted</numerusform>
            <numerusform>%n actors highlighted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n durch Filter ausgeblendet)</source>
        <translation>
            <numerusform>(%n hidden by filters)</numerusform>
            <numerusform>(%n hidden by filters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse läuft …</source>
        <translation>Analysis running …</translation>
    </message>
    <message>
        <source>Gelenkstellen: ohne diese Akteure zerfällt das Netz</source>
        <translation>Articulation points: without these actors the network falls apart</translation>
    </message>
    <message>
        <source>Verbindungen über Gebietsgrenzen</source>
        <translation>Links across territorial boundaries</translation>
    </message>
    <message>
        <source>Die Karte ist noch nicht fertig.</source>
        <translation>The map is not ready yet.</translation>
    </message>
    <message>
        <source>Export läuft …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>Exportiert: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>Farbe:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>Farbe nach</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <source>Akteure nach ihrem Typ oder nach den Säulen der Maßnahmen färben, an denen sie beteiligt sind</source>
        <translation>Colour actors by their type or by the pillars of the measures they take part in</translation>
    </message>
    <message>
        <source>Akteurstyp</source>
        <translation>Actor type</translation>
    </message>
    <message>
        <source>Maßnahmen (Säule)</source>
        <translation>Measures (pillar)</translation>
    </message>
</context>
<context>
    <name>netzatlas::MapView</name>
    <message>
        <source>Netzwerkkarte</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source> · Startchancen-Schule</source>
        <translation> · Startchancen school</translation>
    </message>
    <message>
        <source>Gemeinde: %1</source>
        <translation>Municipality: %1</translation>
    </message>
    <message>
        <source>Partner im Bild: %1</source>
        <translation>Partners shown: %1</translation>
    </message>
</context>
<context>
    <name>netzatlas::MeasureCharts</name>
    <message>
        <source>Budget und Mittel nach Säule und Schuljahr</source>
        <translation>Budget and funds by pillar and school year</translation>
    </message>
    <message>
        <source>Maßnahmen nach Status</source>
        <translation>Measures by status</translation>
    </message>
    <message>
        <source>Maßnahmen je Schule</source>
        <translation>Measures per school</translation>
    </message>
    <message>
        <source>Maßnahmen nach Maßnahmenbereich</source>
        <translation>Measures by measure area</translation>
    </message>
    <message>
        <source>VZÄ nach Berufsgruppe (Säule III)</source>
        <translation>FTE by occupational group (pillar III)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>bewilligt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>ausgegeben</source>
        <translation>spent</translation>
    </message>
    <message>
        <source>Tsd. €</source>
        <translation>thousand €</translation>
    </message>
    <message>
        <source>%1 (die 12 mit den meisten)</source>
        <translation>%1 (the 12 with the most)</translation>
    </message>
    <message>
        <source>VZÄ</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Vollzeitäquivalente</source>
        <translation>Full-time equivalents</translation>
    </message>
    <message>
        <source>Das Diagramm konnte nicht als PNG erzeugt werden: %1</source>
        <translation>The chart could not be rendered as PNG: %1</translation>
    </message>
    <message>
        <source>Netzatlas – Diagramm der Startchancen-Maßnahmen</source>
        <translation>Netzatlas – chart of the Startchancen measures</translation>
    </message>
    <message>
        <source>Diagramm exportieren (PNG oder SVG) …</source>
        <translation>Export chart (PNG or SVG) …</translation>
    </message>
</context>
<context>
    <name>netzatlas::MeasureChartsPanel</name>
    <message>
        <source>Schuljahr der Diagramme</source>
        <translation>School year of the charts</translation>
    </message>
    <message>
        <source>Schuljahr:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>alle Schuljahre</source>
        <translation>all school years</translation>
    </message>
</context>
<context>
    <name>netzatlas::MeasureEditorDialog</name>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Sperrt das Speichern</source>
        <translation>Blocks saving</translation>
    </message>
    <message>
        <source>Maßnahme „%1“ bearbeiten</source>
        <translation>Edit measure “%1”</translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>&amp;Maßnahme</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>&amp;Kosten und Mittel</source>
        <translation>&amp;Costs and funds</translation>
    </message>
    <message>
        <source>&amp;Status und Verlauf</source>
        <translation>&amp;Status and history</translation>
    </message>
    <message>
        <source>Hinweise der Planungsregeln</source>
        <translation>Findings of the planning rules</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Säule I – Investitionsprogramm</source>
        <translation>Pillar I – investment programme</translation>
    </message>
    <message>
        <source>Säule II – Chancenbudget</source>
        <translation>Pillar II – opportunity budget</translation>
    </message>
    <message>
        <source>Säule III – Multiprofessionelle Teams</source>
        <translation>Pillar III – multiprofessional teams</translation>
    </message>
    <message>
        <source>wer führt die Maßnahme durch (optional)</source>
        <translation>who carries out the measure (optional)</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>&amp;Titel: *</source>
        <translation>&amp;Title: *</translation>
    </message>
    <message>
        <source>&amp;Säule: *</source>
        <translation>&amp;Pillar: *</translation>
    </message>
    <message>
        <source>Sch&amp;uljahr: *</source>
        <translation>Sch&amp;ool year: *</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Durchführung:</source>
        <translation>Carried out &amp;by:</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Angaben der Säule</source>
        <translation>Pillar details</translation>
    </message>
    <message>
        <source>&amp;Notizen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>(bitte wählen)</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>(keiner)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Schule eingeben …</source>
        <translation>Type a school …</translation>
    </message>
    <message>
        <source>dient nur der Instandhaltung / dem Werterhalt</source>
        <translation>serves maintenance / preservation only</translation>
    </message>
    <message>
        <source>&amp;Investitionsart: *</source>
        <translation>&amp;Investment kind: *</translation>
    </message>
    <message>
        <source>&amp;Raumtyp:</source>
        <translation>&amp;Room type:</translation>
    </message>
    <message>
        <source>Sch&amp;ule: *</source>
        <translation>Sch&amp;ool: *</translation>
    </message>
    <message>
        <source>Kosten (&amp;Plan):</source>
        <translation>Cost (&amp;planned):</translation>
    </message>
    <message>
        <source>Kosten (&amp;Ist):</source>
        <translation>Cost (&amp;actual):</translation>
    </message>
    <message>
        <source>&amp;Förderquote:</source>
        <translation>&amp;Funding rate:</translation>
    </message>
    <message>
        <source>&amp;Eigenanteil:</source>
        <translation>&amp;Own share:</translation>
    </message>
    <message>
        <source>Chancenbudget der Schule</source>
        <translation>School’s opportunity budget</translation>
    </message>
    <message>
        <source>Chancenbudget des Schulträgers (Trägerbudget)</source>
        <translation>School authority’s opportunity budget</translation>
    </message>
    <message>
        <source>folgt den empfohlenen Maßnahmen (Orientierungspapier)</source>
        <translation>follows the recommended measures (guidance paper)</translation>
    </message>
    <message>
        <source>reine Verwaltungsstelle</source>
        <translation>purely administrative post</translation>
    </message>
    <message>
        <source>&amp;Budgettopf: *</source>
        <translation>&amp;Budget pot: *</translation>
    </message>
    <message>
        <source>&amp;Maßnahmenbereich: *</source>
        <translation>&amp;Measure area: *</translation>
    </message>
    <message>
        <source>&amp;Handlungsfelder:</source>
        <translation>&amp;Fields of action:</translation>
    </message>
    <message>
        <source>Beteiligte &amp;Schulen: *</source>
        <translation>Participating &amp;schools: *</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source> VZÄ</source>
        <translation> FTE</translation>
    </message>
    <message>
        <source>(keines)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Berufsgruppe: *</source>
        <translation>&amp;Occupational group: *</translation>
    </message>
    <message>
        <source>&amp;Aufgaben:</source>
        <translation>&amp;Tasks:</translation>
    </message>
    <message>
        <source>Beschäftigungs&amp;form:</source>
        <translation>Employment &amp;form:</translation>
    </message>
    <message>
        <source>&amp;VZÄ:</source>
        <translation>&amp;FTE:</translation>
    </message>
    <message>
        <source>Stellen&amp;plan-Jahr:</source>
        <translation>Staff &amp;plan year:</translation>
    </message>
    <message>
        <source>Einsatz&amp;schulen: *</source>
        <translation>&amp;Schools served: *</translation>
    </message>
    <message>
        <source>&amp;Kosten (Plan):</source>
        <translation>&amp;Cost (planned):</translation>
    </message>
    <message>
        <source>Mittel je Schuljahr: geplant, bewilligt, abgerufen und ausgegeben. Mittel werden nicht ins nächste Schuljahr übertragen. Beträge in Euro, z. B. 1.234,50.</source>
        <translation>Funds per school year: planned, approved, called and spent. Funds do not carry over into the next school year. Amounts in euro, e.g. 1.234,50.</translation>
    </message>
    <message>
        <source>Schuljahr</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>bewilligt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>abgerufen</source>
        <translation>called</translation>
    </message>
    <message>
        <source>ausgegeben</source>
        <translation>spent</translation>
    </message>
    <message>
        <source>Schuljahr &amp;hinzufügen</source>
        <translation>&amp;Add school year</translation>
    </message>
    <message>
        <source>Schuljahr &amp;entfernen</source>
        <translation>&amp;Remove school year</translation>
    </message>
    <message>
        <source>z. B. ADD, BM</source>
        <translation>e.g. ADD, BM</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verlauf der Maßnahme</source>
        <translation>History of the measure</translation>
    </message>
    <message>
        <source>Bewilligt &amp;durch:</source>
        <translation>Approved &amp;by:</translation>
    </message>
    <message>
        <source>Verlauf:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Aktueller Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Current status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nächster Schritt: %1 …</source>
        <translation>Next step: %1 …</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Nächster Schritt: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>z. B. Aktenzeichen, Bescheid vom …</source>
        <translation>e.g. file number, notice of …</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>%1: „%2“ ist kein Betrag. Bitte z. B. 1.234,50 eingeben.</source>
        <translation>%1: “%2” is not an amount. Please enter e.g. 1.234,50.</translation>
    </message>
    <message>
        <source>%1: Der Betrag darf nicht negativ sein.</source>
        <translation>%1: The amount must not be negative.</translation>
    </message>
    <message>
        <source>Kosten (Plan)</source>
        <translation>Cost (planned)</translation>
    </message>
    <message>
        <source>Kosten (Ist)</source>
        <translation>Cost (actual)</translation>
    </message>
    <message>
        <source>Eigenanteil</source>
        <translation>Own share</translation>
    </message>
    <message>
        <source>Kosten je Schuljahr, Zeile %1, Spalte „%2“: „%3“ ist kein Betrag.</source>
        <translation>Cost per school year, row %1, column “%2”: “%3” is not an amount.</translation>
    </message>
    <message>
        <source>Kosten je Schuljahr, Zeile %1, Spalte „%2“: Der Betrag darf nicht negativ sein.</source>
        <translation>Cost per school year, row %1, column “%2”: the amount must not be negative.</translation>
    </message>
    <message>
        <source>Planungsregeln: keine Hinweise zu dieser Maßnahme.</source>
        <translation>Planning rules: no findings for this measure.</translation>
    </message>
    <message numerus="yes">
        <source>Planungsregeln: %n Hinweis(e) zu dieser Maßnahme</source>
        <translation>
            <numerusform>Planning rules: %n finding(s) for this measure</numerusform>
            <numerusform>Planning rules: %n finding(s) for this measure</numerusform>
        </translation>
    </message>
    <message>
        <source>Die Maßnahme wurde nicht gespeichert: %1</source>
        <translation>The measure was not saved: %1</translation>
    </message>
    <message>
        <source>Die Maßnahme wurde nicht gespeichert. %1: %2</source>
        <translation>The measure was not saved. %1: %2</translation>
    </message>
    <message>
        <source>%1 (Die Sperre lässt sich in den Einstellungen abschalten.)</source>
        <translation>%1 (This block can be switched off in the settings.)</translation>
    </message>
    <message>
        <source>Die Maßnahme konnte nicht gespeichert werden.</source>
        <translation>The measure could not be saved.</translation>
    </message>
</context>
<context>
    <name>netzatlas::MeasureImporter</name>
    <message>
        <source>Die Spalte ist doppelt vorhanden.</source>
        <translation>The column occurs twice.</translation>
    </message>
    <message>
        <source>Unbekannte Spalte, wird ignoriert.</source>
        <translation>Unknown column, ignored.</translation>
    </message>
    <message>
        <source>Die Pflichtspalte fehlt.</source>
        <translation>The required column is missing.</translation>
    </message>
    <message>
        <source>Die Säule fehlt.</source>
        <translation>The pillar is missing.</translation>
    </message>
    <message>
        <source>„%1“ ist keine Säule (I, II Schule, II Schulträger, III).</source>
        <translation>“%1” is not a pillar (I, II school, II authority, III).</translation>
    </message>
    <message>
        <source>Das Schuljahr fehlt.</source>
        <translation>The school year is missing.</translation>
    </message>
    <message>
        <source>„%1“ ist kein Schuljahr (erwartet z. B. „2025/26“).</source>
        <translation>“%1” is not a school year (expected e.g. “2025/26”).</translation>
    </message>
    <message>
        <source>Der Maßnahmenbereich</source>
        <translation>The measure area</translation>
    </message>
    <message>
        <source>Das Handlungsfeld „%1“ ist nicht im Katalog.</source>
        <translation>The field of action “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <source>Nur ein durchführender Akteur ist möglich.</source>
        <translation>Only one provider is possible.</translation>
    </message>
    <message>
        <source>Der Status</source>
        <translation>The status</translation>
    </message>
    <message>
        <source>Die Investitionsart</source>
        <translation>The investment kind</translation>
    </message>
    <message>
        <source>Der Raumtyp</source>
        <translation>The room type</translation>
    </message>
    <message>
        <source>„%1“ ist keine Förderquote zwischen 0 und 100 %.</source>
        <translation>“%1” is not a funding rate between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Die Berufsgruppe</source>
        <translation>The occupational group</translation>
    </message>
    <message>
        <source>Die Aufgabe „%1“ ist unbekannt.</source>
        <translation>The task “%1” is unknown.</translation>
    </message>
    <message>
        <source>Die Beschäftigungsform</source>
        <translation>The employment form</translation>
    </message>
    <message>
        <source>„%1“ ist keine Zahl (erwartet z. B. „1,5“).</source>
        <translation>“%1” is not a number (expected e.g. “1,5”).</translation>
    </message>
    <message>
        <source>„%1“ ist keine Jahreszahl.</source>
        <translation>“%1” is not a year.</translation>
    </message>
    <message>
        <source>Der Schlüssel „%1“ steht schon in Zeile %2 für eine andere Maßnahme (Säule und Titel müssen gleich sein).</source>
        <translation>The key “%1” is already used in line %2 for another measure (pillar and title must be the same).</translation>
    </message>
    <message>
        <source>Das Schuljahr %1 steht für „%2“ schon in Zeile %3.</source>
        <translation>The school year %1 is already given for “%2” in line %3.</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Die Maßnahme „%1“ ist schon in der Registry.</source>
        <translation>The measure “%1” is already in the registry.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>netzatlas::MeasurePlanning</name>
    <message>
        <source>Kein Übertrag zwischen Schuljahren</source>
        <translation>No carry-over between school years</translation>
    </message>
    <message>
        <source>Keine reine Verwaltungsstelle aus Säule II</source>
        <translation>No purely administrative post from pillar II</translation>
    </message>
    <message>
        <source>Trägerbudget: schulübergreifend oder mit Sozialraum-Partner</source>
        <translation>Authority budget: cross-school or with a neighbourhood partner</translation>
    </message>
    <message>
        <source>Säule I: nicht nur Instandhaltung</source>
        <translation>Pillar I: not maintenance only</translation>
    </message>
    <message>
        <source>Ausgaben innerhalb des Budgets</source>
        <translation>Spending within the budget</translation>
    </message>
    <message>
        <source>Anteil empfohlener Maßnahmen je Schule</source>
        <translation>Share of recommended measures per school</translation>
    </message>
    <message>
        <source>Maßnahme ohne Budgetträger</source>
        <translation>Measure without budget holder</translation>
    </message>
</context>
<context>
    <name>netzatlas::MeasureTableModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Säule</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Schuljahr</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maßnahmenbereich</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <source>Schulen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Durchführung</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Kosten (Plan)</source>
        <translation>Cost (planned)</translation>
    </message>
    <message>
        <source>Kosten (Ist)</source>
        <translation>Cost (actual)</translation>
    </message>
</context>
<context>
    <name>netzatlas::MeasuresPage</name>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Säule</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Schuljahr</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Maßnahmenbereich</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <source>Maßnahmen durchsuchen …</source>
        <translation>Search measures …</translation>
    </message>
    <message>
        <source>Maßnahmen durchsuchen</source>
        <translation>Search measures</translation>
    </message>
    <message>
        <source>&amp;Neue Maßnahme …</source>
        <translation>&amp;New measure …</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Status setzen</source>
        <translation>Set &amp;status</translation>
    </message>
    <message>
        <source>Den Status aller ausgewählten Maßnahmen in einem Schritt setzen</source>
        <translation>Set the status of all selected measures in one step</translation>
    </message>
    <message>
        <source>Hinweise der Planungsregeln</source>
        <translation>Findings of the planning rules</translation>
    </message>
    <message>
        <source>Säule I</source>
        <translation>Pillar I</translation>
    </message>
    <message>
        <source>Säule II (beide Budgets)</source>
        <translation>Pillar II (both budgets)</translation>
    </message>
    <message>
        <source>Säule II – Schule</source>
        <translation>Pillar II – school</translation>
    </message>
    <message>
        <source>Säule II – Schulträger</source>
        <translation>Pillar II – school authority</translation>
    </message>
    <message>
        <source>Säule III</source>
        <translation>Pillar III</translation>
    </message>
    <message>
        <source>alle Säulen</source>
        <translation>all pillars</translation>
    </message>
    <message>
        <source>alle Schuljahre</source>
        <translation>all school years</translation>
    </message>
    <message>
        <source>jeder Status</source>
        <translation>any status</translation>
    </message>
    <message>
        <source>alle Schulen</source>
        <translation>all schools</translation>
    </message>
    <message>
        <source>alle Maßnahmenbereiche</source>
        <translation>all measure areas</translation>
    </message>
    <message>
        <source>%1 von %2 Maßnahmen</source>
        <translation>%1 of %2 measures</translation>
    </message>
    <message>
        <source>Maßnahmen löschen</source>
        <translation>Delete measures</translation>
    </message>
    <message>
        <source>Die Maßnahmen konnten nicht gelesen werden.</source>
        <translation>The measures could not be read.</translation>
    </message>
    <message>
        <source>Die Maßnahme %1 löschen?</source>
        <translation>Delete the measure %1?</translation>
    </message>
    <message>
        <source>%1 Maßnahmen löschen?</source>
        <translation>Delete %1 measures?</translation>
    </message>
    <message>
        <source>%1 Verbindung(en) nennen sie; dort wird der Bezug entfernt.</source>
        <translation>%1 link(s) name them; the reference is removed there.</translation>
    </message>
    <message>
        <source>Das lässt sich mit Bearbeiten › Rückgängig zurücknehmen.</source>
        <translation>Edit › Undo takes this back.</translation>
    </message>
    <message>
        <source>Maßnahme %1 löschen</source>
        <translation>Delete measure %1</translation>
    </message>
    <message>
        <source>%1 Maßnahmen löschen</source>
        <translation>Delete %1 measures</translation>
    </message>
    <message>
        <source>Die Maßnahmen konnten nicht gelöscht werden.</source>
        <translation>The measures could not be deleted.</translation>
    </message>
    <message>
        <source>Sammeländerung</source>
        <translation>Bulk change</translation>
    </message>
    <message>
        <source>Status setzen</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Der Status wurde nicht gesetzt: Maßnahme „%1“ – %2: %3</source>
        <translation>The status was not set: measure “%1” – %2: %3</translation>
    </message>
    <message>
        <source>Status von %1 Maßnahme(n) auf „%2“ setzen</source>
        <translation>Set the status of %1 measure(s) to “%2”</translation>
    </message>
    <message>
        <source>Der Status konnte nicht gesetzt werden.</source>
        <translation>The status could not be set.</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warnung</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Sperrt das Speichern</source>
        <translation>Blocks saving</translation>
    </message>
    <message>
        <source>Planungsregeln: keine Hinweise.</source>
        <translation>Planning rules: no findings.</translation>
    </message>
    <message numerus="yes">
        <source>Planungsregeln: %n Hinweis(e) – Doppelklick zeigt die Maßnahme</source>
        <translation>
            <numerusform>Planning rules: %n finding(s) – double-click shows the measure</numerusform>
            <numerusform>Planning rules: %n finding(s) – double-click shows the measure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netzatlas::RecordPicker</name>
    <message>
        <source>Keine Treffer für „%1“</source>
        <translation>No matches for “%1”</translation>
    </message>
</context>
<context>
    <name>netzatlas::RegistryDocument</name>
    <message>
        <source>Die Ansicht „%1“ gibt es nicht mehr.</source>
        <translation>The view “%1” no longer exists.</translation>
    </message>
    <message>
        <source>Die Datei gibt es bereits. Eine neue Registry wird nur in einer neuen Datei angelegt; die vorhandene Datei wurde nicht verändert.</source>
        <translation>The file already exists. A new registry is only created in a new file; the existing file was not changed.</translation>
    </message>
    <message>
        <source>Es ist keine Registry geöffnet.</source>
        <translation>No registry is open.</translation>
    </message>
    <message>
        <source>(gelöscht)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>„%1“ ist stillgelegt und kann nicht neu vergeben werden; bestehende Einträge behalten ihn.</source>
        <translation>“%1” is retired and cannot be assigned anew; existing entries keep it.</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Den Ausgangsakteur gibt es nicht mehr.</source>
        <translation>The source actor no longer exists.</translation>
    </message>
    <message>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Den Zielakteur gibt es nicht mehr.</source>
        <translation>The target actor no longer exists.</translation>
    </message>
    <message>
        <source>Den Akteur gibt es nicht mehr; er wurde inzwischen gelöscht.</source>
        <translation>The actor no longer exists; it has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>… und %1 weitere</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Verbindungen (%1): %2</source>
        <translation>Links (%1): %2</translation>
    </message>
    <message>
        <source>Ansprechpersonen (%1): %2</source>
        <translation>Contact persons (%1): %2</translation>
    </message>
    <message>
        <source>Gremiendaten mit %1 Mitgliedschaften</source>
        <translation>Committee data with %1 memberships</translation>
    </message>
    <message>
        <source>Mitgliedschaften in Gremien (%1): %2</source>
        <translation>Committee memberships (%1): %2</translation>
    </message>
    <message>
        <source>Bezug in Maßnahmen (%1): %2</source>
        <translation>Referenced by measures (%1): %2</translation>
    </message>
    <message>
        <source>Budgets (%1): %2</source>
        <translation>Budgets (%1): %2</translation>
    </message>
    <message>
        <source>Positionen in %1 gespeicherten Ansichten</source>
        <translation>Positions in %1 saved views</translation>
    </message>
    <message>
        <source>Die Registry ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</source>
        <translation>The registry is open read-only; changes are not possible.</translation>
    </message>
    <message>
        <source>„%1“ konnte nicht ausgeführt werden: %2 Der Verlauf wurde geleert und die Registry neu geladen.</source>
        <translation>“%1” could not be carried out: %2 The history was cleared and the registry reloaded.</translation>
    </message>
    <message>
        <source>Der neue Akteur wurde nicht wiedergefunden.</source>
        <translation>The new actor was not found again.</translation>
    </message>
    <message>
        <source>Die neue Verbindung wurde nicht wiedergefunden.</source>
        <translation>The new link was not found again.</translation>
    </message>
    <message>
        <source>Die neue Ansprechperson wurde nicht wiedergefunden.</source>
        <translation>The new contact person was not found again.</translation>
    </message>
    <message>
        <source>Das neue Gremium wurde nicht wiedergefunden.</source>
        <translation>The new committee was not found again.</translation>
    </message>
    <message>
        <source>Den Akteur „%1“ gibt es nicht mehr.</source>
        <translation>The actor “%1” no longer exists.</translation>
    </message>
    <message>
        <source>Das Gremium gibt es nicht mehr.</source>
        <translation>The committee no longer exists.</translation>
    </message>
    <message>
        <source>Die Verbindung gibt es nicht mehr.</source>
        <translation>The link no longer exists.</translation>
    </message>
    <message>
        <source>Die Ansprechperson gibt es nicht mehr.</source>
        <translation>The contact person no longer exists.</translation>
    </message>
    <message>
        <source>Ein Gremium, in dem der Akteur Mitglied war, gibt es nicht mehr.</source>
        <translation>A committee in which the actor was a member no longer exists.</translation>
    </message>
    <message>
        <source>Eine Maßnahme, die sich auf den Akteur bezog, gibt es nicht mehr.</source>
        <translation>A measure that referred to the actor no longer exists.</translation>
    </message>
    <message>
        <source>Die Kopie kann nicht über die geöffnete Registry selbst gespeichert werden.</source>
        <translation>The copy cannot be saved over the open registry itself.</translation>
    </message>
    <message>
        <source>Die Maßnahme gibt es nicht mehr; sie wurde inzwischen gelöscht.</source>
        <translation>The measure no longer exists; it has been deleted meanwhile.</translation>
    </message>
    <message>
        <source>Die neue Maßnahme wurde nicht wiedergefunden.</source>
        <translation>The new measure was not found again.</translation>
    </message>
    <message>
        <source>Das neue Budget wurde nicht wiedergefunden.</source>
        <translation>The new budget was not found again.</translation>
    </message>
    <message>
        <source>Die Maßnahme „%1“ gibt es nicht mehr.</source>
        <translation>The measure “%1” no longer exists.</translation>
    </message>
    <message>
        <source>Das Budget gibt es nicht mehr.</source>
        <translation>The budget no longer exists.</translation>
    </message>
    <message>
        <source>Eine Verbindung, die die Maßnahme nannte, gibt es nicht mehr.</source>
        <translation>A link that named the measure no longer exists.</translation>
    </message>
</context>
<context>
    <name>netzatlas::RegistrySetup</name>
    <message>
        <source>Neue Registry</source>
        <translation>New registry</translation>
    </message>
</context>
<context>
    <name>netzatlas::RegistryStore</name>
    <message>
        <source>Geteilte Registries auf einem PostgreSQL-Server werden von dieser Version noch nicht unterstützt.</source>
        <translation>Shared registries on a PostgreSQL server are not supported by this version yet.</translation>
    </message>
    <message>
        <source>Kopien können nur von Registry-Dateien angelegt werden.</source>
        <translation>Copies can only be made of registry files.</translation>
    </message>
    <message>
        <source>Die vorhandene Datei kann nicht ersetzt werden.</source>
        <translation>The existing file cannot be replaced.</translation>
    </message>
    <message>
        <source>Speichern einer Kopie</source>
        <translation>saving a copy</translation>
    </message>
</context>
<context>
    <name>netzatlas::RemoveViewCommand</name>
    <message>
        <source>Ansicht „%1“ löschen</source>
        <translation>Delete view “%1”</translation>
    </message>
</context>
<context>
    <name>netzatlas::ResultTableModel</name>
    <message>
        <source>Text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>ganze Zahl</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>Zahl</source>
        <translation>number</translation>
    </message>
    <message>
        <source>ja/nein</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source> (genau %1)</source>
        <translation> (exactly %1)</translation>
    </message>
    <message>
        <source>Dahinter: %1 – Zeile auswählen, um sie zu sehen.</source>
        <translation>Behind it: %1 – select the row to see them.</translation>
    </message>
    <message>
        <source> und </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 (%2) – zum Sortieren auf die Überschrift klicken</source>
        <translation>%1 (%2) – click the heading to sort</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Akteure</source>
        <translation>
            <numerusform>%Ln actor</numerusform>
            <numerusform>%Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Verbindungen</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netzatlas::RowReader</name>
    <message>
        <source>„%1“ ist kein Betrag (erwartet z. B. „1.234,50“).</source>
        <translation>“%1” is not an amount (expected e.g. “1.234,50”).</translation>
    </message>
    <message>
        <source>Der Betrag %1 ist negativ.</source>
        <translation>The amount %1 is negative.</translation>
    </message>
    <message>
        <source>„%1“ ist kein Datum (erwartet TT.MM.JJJJ).</source>
        <translation>“%1” is not a date (expected DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>„%1“ ist weder „ja“ noch „nein“.</source>
        <translation>“%1” is neither “ja” nor “nein”.</translation>
    </message>
    <message>
        <source>%1 „%2“ ist unbekannt (bekannt: %3).</source>
        <translation>%1 “%2” is unknown (known: %3).</translation>
    </message>
</context>
<context>
    <name>netzatlas::SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>&amp;Language of the user interface:</translation>
    </message>
    <message>
        <source>Die Sprache wechselt beim nächsten Start von Netzatlas. Die Daten der Registry bleiben, wie sie sind; Katalogbezeichnungen erscheinen in der gewählten Sprache, soweit sie übersetzt sind.</source>
        <translation>The language changes the next time Netzatlas starts. The registry&apos;s data stay as they are; catalogue labels appear in the chosen language where they are translated.</translation>
    </message>
    <message>
        <source>Planungsregeln der Startchancen-Maßnahmen</source>
        <translation>Planning rules of the Startchancen measures</translation>
    </message>
    <message>
        <source>ein Partner aus dem Sozialraum genügt statt mehrerer Schulen</source>
        <translation>one partner from the neighbourhood suffices instead of several schools</translation>
    </message>
    <message>
        <source>Ausgaben über dem Budget verhindern das Speichern</source>
        <translation>Spending above the budget prevents saving</translation>
    </message>
    <message>
        <source>Mindestanteil empfohlener &amp;Maßnahmen je Schule:</source>
        <translation>Minimum share of recommended &amp;measures per school:</translation>
    </message>
    <message>
        <source>Trägerbudget: mindestens &amp;Schulen je Maßnahme:</source>
        <translation>Authority budget: at least &amp;schools per measure:</translation>
    </message>
    <message>
        <source>&amp;Toleranz über dem Budget:</source>
        <translation>&amp;Tolerance above the budget:</translation>
    </message>
</context>
<context>
    <name>netzatlas::Territory</name>
    <message>
        <source>Land</source>
        <translation>State</translation>
    </message>
    <message>
        <source>ehem. Regierungsbezirk</source>
        <translation>former administrative region</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Gemeindeverband</source>
        <translation>Municipal association</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Stadt %1</source>
        <translation>Town of %1</translation>
    </message>
    <message>
        <source>Kreis %1</source>
        <translation>District %1</translation>
    </message>
    <message>
        <source>Landkreis %1</source>
        <translation>District of %1</translation>
    </message>
    <message>
        <source>Verbandsgemeinde %1</source>
        <translation>Verbandsgemeinde %1</translation>
    </message>
    <message>
        <source>Gemeinde %1</source>
        <translation>Municipality %1</translation>
    </message>
</context>
<context>
    <name>netzatlas::TerritoryPicker</name>
    <message>
        <source>Gemeinde, AGS oder Regionalschlüssel eingeben …</source>
        <translation>Enter municipality, AGS or regional key …</translation>
    </message>
    <message>
        <source>%1 · RS %2</source>
        <translation>%1 · RS %2</translation>
    </message>
</context>
<context>
    <name>netzatlas::TerritoryReference</name>
    <message>
        <source>Die Spalte fehlt; erwartet wird das Format von gebiete-de.csv (rs, ags, ebene, typ, typ_name, name, parent_rs, …).</source>
        <translation>The column is missing; the format of gebiete-de.csv is expected (rs, ags, ebene, typ, typ_name, name, parent_rs, …).</translation>
    </message>
    <message>
        <source>„%1“ ist kein Landesschlüssel (zwei Ziffern, z. B. 07 für Rheinland-Pfalz, oder „all“).</source>
        <translation>“%1” is not a state key (two digits, e.g. 07 for Rhineland-Palatinate, or “all”).</translation>
    </message>
    <message>
        <source>„%1“ ist kein gültiger Regionalschlüssel.</source>
        <translation>“%1” is not a valid regional key.</translation>
    </message>
    <message>
        <source>Die Ebene „%1“ ist unbekannt.</source>
        <translation>The level “%1” is unknown.</translation>
    </message>
    <message>
        <source>Der Name fehlt.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Für „%1“ enthält die Datei keine Gebiete.</source>
        <translation>The file contains no territories for “%1”.</translation>
    </message>
    <message>
        <source>Das übergeordnete Gebiet „%1“ von „%2“ fehlt in der Datei.</source>
        <translation>The parent area “%1” of “%2” is missing from the file.</translation>
    </message>
    <message>
        <source>Erwartet werden die Spalten rs, large_city und own_youth_office.</source>
        <translation>The columns rs, large_city and own_youth_office are expected.</translation>
    </message>
</context>
<context>
    <name>netzatlas::TerritoryTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n Akteure</source>
        <translation>
            <numerusform>%1, %n actor</numerusform>
            <numerusform>%1, %n actors</numerusform>
        </translation>
    </message>
    <message>
        <source>Alle Akteure der Registry</source>
        <translation>All actors of the registry</translation>
    </message>
    <message>
        <source>%1
Regionalschlüssel %2
Akteure mit Sitz hier: %3</source>
        <translation>%1
Regional key %2
Actors seated here: %3</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Alle Gebiete</source>
        <translation>All areas</translation>
    </message>
</context>
<context>
    <name>netzatlas::UpdateViewCommand</name>
    <message>
        <source>Ansicht „%1“ in „%2“ umbenennen</source>
        <translation>Rename view “%1” to “%2”</translation>
    </message>
    <message>
        <source>Ansicht „%1“ überschreiben</source>
        <translation>Overwrite view “%1”</translation>
    </message>
</context>
<context>
    <name>netzatlas::Validation</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Der Name fehlt.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Der Name ist länger als 500 Zeichen.</source>
        <translation>The name is longer than 500 characters.</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Der Akteurstyp fehlt.</source>
        <translation>The actor type is missing.</translation>
    </message>
    <message>
        <source>Der Akteurstyp „%1“ ist nicht im Katalog.</source>
        <translation>The actor type “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <source>Sitz</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>„%1“ ist kein gültiger Regionalschlüssel (2, 5, 9 oder 12 Ziffern).</source>
        <translation>“%1” is not a valid regional key (2, 5, 9 or 12 digits).</translation>
    </message>
    <message>
        <source>Schulträger</source>
        <translation>School authority</translation>
    </message>
    <message>
        <source>„%1“ ist kein gültiger Regionalschlüssel.</source>
        <translation>“%1” is not a valid regional key.</translation>
    </message>
    <message>
        <source>Jugendamt</source>
        <translation>Youth welfare office</translation>
    </message>
    <message>
        <source>Schulart</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>Die Schulart „%1“ ist unbekannt.</source>
        <translation>The school type “%1” is unknown.</translation>
    </message>
    <message>
        <source>SCP</source>
        <translation>SCP</translation>
    </message>
    <message>
        <source>Nur Schulen können Startchancen-Schulen sein.</source>
        <translation>Only schools can be Startchancen schools.</translation>
    </message>
    <message>
        <source>Eine Schulart ist nur bei Schulen möglich.</source>
        <translation>A school type is only possible for schools.</translation>
    </message>
    <message>
        <source>Ganztag</source>
        <translation>All-day</translation>
    </message>
    <message>
        <source>Die Ganztagsform „%1“ ist unbekannt.</source>
        <translation>The all-day form “%1” is unknown.</translation>
    </message>
    <message>
        <source>Kita-Träger</source>
        <translation>Day-care operator</translation>
    </message>
    <message>
        <source>Die Trägerart „%1“ ist unbekannt.</source>
        <translation>The operator type “%1” is unknown.</translation>
    </message>
    <message>
        <source>SCP-Kohorte</source>
        <translation>SCP cohort</translation>
    </message>
    <message>
        <source>Das Startjahr muss zwischen 2024 und 2034 liegen.</source>
        <translation>The start year must be between 2024 and 2034.</translation>
    </message>
    <message>
        <source>Zuständigkeit</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Der Ausgangsakteur fehlt.</source>
        <translation>The source actor is missing.</translation>
    </message>
    <message>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Der Zielakteur fehlt.</source>
        <translation>The target actor is missing.</translation>
    </message>
    <message>
        <source>Eine Verbindung muss zwei verschiedene Akteure verbinden.</source>
        <translation>A link must connect two different actors.</translation>
    </message>
    <message>
        <source>Der Verbindungstyp fehlt.</source>
        <translation>The link type is missing.</translation>
    </message>
    <message>
        <source>Der Verbindungstyp „%1“ ist nicht im Katalog.</source>
        <translation>The link type “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <source>Das Handlungsfeld „%1“ ist nicht im Katalog.</source>
        <translation>The field of action “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Die Intensität muss 1, 2 oder 3 sein.</source>
        <translation>The intensity must be 1, 2 or 3.</translation>
    </message>
    <message>
        <source>Formalität</source>
        <translation>Formality</translation>
    </message>
    <message>
        <source>Die Formalität „%1“ ist unbekannt.</source>
        <translation>The formality “%1” is unknown.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Der Status „%1“ ist unbekannt.</source>
        <translation>The status “%1” is unknown.</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>Das Ende (%1) liegt vor dem Beginn (%2).</source>
        <translation>The end (%1) is before the start (%2).</translation>
    </message>
    <message>
        <source>Schulnummer</source>
        <translation>School number</translation>
    </message>
    <message>
        <source>Die Schulnummer %1 hat bereits „%2“ (%3).</source>
        <translation>The school number %1 already belongs to “%2” (%3).</translation>
    </message>
    <message>
        <source>In derselben Gemeinde gibt es bereits „%1“ (%2).</source>
        <translation>There is already “%1” (%2) in the same municipality.</translation>
    </message>
    <message>
        <source>Akteur</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Die Ansprechperson gehört zu keinem Akteur.</source>
        <translation>The contact person belongs to no actor.</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>„%1“ ist keine gültige E-Mail-Adresse.</source>
        <translation>“%1” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Der Zweck der Speicherung fehlt (DSGVO Art. 5).</source>
        <translation>The purpose of storage is missing (GDPR Art. 5).</translation>
    </message>
    <message>
        <source>Prüfen bis</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Ohne Prüfdatum wird der Eintrag nie zur Überprüfung vorgelegt.</source>
        <translation>Without a review date the entry is never presented for review.</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Die Art des Gremiums fehlt.</source>
        <translation>The kind of committee is missing.</translation>
    </message>
    <message>
        <source>Die Gremienart „%1“ ist unbekannt.</source>
        <translation>The committee kind “%1” is unknown.</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Eine Mitgliedschaft hat keinen Akteur.</source>
        <translation>A membership has no actor.</translation>
    </message>
    <message>
        <source>Ein Gremium kann nicht Mitglied in sich selbst sein.</source>
        <translation>A committee cannot be a member of itself.</translation>
    </message>
    <message>
        <source>Ein Akteur ist mehrfach als Mitglied eingetragen.</source>
        <translation>An actor is entered more than once as a member.</translation>
    </message>
    <message>
        <source>Eine Mitgliedschaft endet vor ihrem Beginn.</source>
        <translation>A membership ends before it begins.</translation>
    </message>
</context>
<context>
    <name>netzatlas::Workbook</name>
    <message>
        <source>Die XLSX-Datei kann nicht geschrieben werden: %1</source>
        <translation>The XLSX file cannot be written: %1</translation>
    </message>
    <message>
        <source>Chancenbudget-Plan Schuljahr %1</source>
        <translation>Opportunity budget plan school year %1</translation>
    </message>
    <message>
        <source>Schulträger: %1</source>
        <translation>School authority: %1</translation>
    </message>
    <message>
        <source>Stand: %1 · Registry: %2</source>
        <translation>As of: %1 · registry: %2</translation>
    </message>
    <message>
        <source>ohne Titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX): Das ZIP-Archiv ist beschädigt oder abgeschnitten.</source>
        <translation>The file is not a readable Excel workbook (XLSX): the ZIP archive is damaged or truncated.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Excel-Arbeitsmappe (XLSX): Der Teil „%1“ fehlt.</source>
        <translation>The file is not an Excel workbook (XLSX): the part “%1” is missing.</translation>
    </message>
    <message>
        <source>Der Teil „%1“ der Arbeitsmappe entpackt sich zu %2 MB (höchstens %3 MB); die Datei wird abgelehnt (möglicherweise eine ZIP-Bombe).</source>
        <translation>The part “%1” of the workbook unpacks to %2 MB (at most %3 MB); the file is rejected (possibly a ZIP bomb).</translation>
    </message>
    <message>
        <source>Der Teil „%1“ der Arbeitsmappe kann nicht entpackt werden (Datei beschädigt oder verschlüsselt).</source>
        <translation>The part “%1” of the workbook cannot be unpacked (file damaged or encrypted).</translation>
    </message>
    <message>
        <source>Der Teil „%1“ der Arbeitsmappe ist beschädigt oder abgeschnitten.</source>
        <translation>The part “%1” of the workbook is damaged or truncated.</translation>
    </message>
    <message>
        <source>Der Teil „%1“ der Arbeitsmappe entpackt sich zu mehr als %2 MB; die Datei wird abgelehnt (möglicherweise eine ZIP-Bombe).</source>
        <translation>The part “%1” of the workbook unpacks to more than %2 MB; the file is rejected (possibly a ZIP bomb).</translation>
    </message>
    <message>
        <source>Der Teil „%1“ der Arbeitsmappe ist beschädigt (Prüfsumme falsch) oder abgeschnitten.</source>
        <translation>The part “%1” of the workbook is damaged (wrong checksum) or truncated.</translation>
    </message>
    <message>
        <source>Der Teil „%1“ der Arbeitsmappe ist kein gültiges XML (Zeile %2, Spalte %3: %4).</source>
        <translation>The part “%1” of the workbook is not valid XML (line %2, column %3: %4).</translation>
    </message>
    <message>
        <source>Der Teil „%1“ der Arbeitsmappe enthält eine DTD mit Entitäten, wie sie Excel nie schreibt; die Datei wird abgelehnt (möglicherweise eine XML-Bombe).</source>
        <translation>The part “%1” of the workbook contains a DTD with entities, which Excel never writes; the file is rejected (possibly an XML bomb).</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe verweist auf ein Blatt „%1“, das sie nicht enthält.</source>
        <translation>The workbook refers to a sheet “%1” that it does not contain.</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe enthält kein Tabellenblatt.</source>
        <translation>The workbook contains no sheet.</translation>
    </message>
    <message>
        <source>Ein Text der Arbeitsmappe (gemeinsame Zeichenfolge Nr. %1) ist mit mehr als %2 Zeichen zu lang.</source>
        <translation>A text of the workbook (shared string no. %1) is too long at more than %2 characters.</translation>
    </message>
    <message>
        <source>Die Arbeitsmappe hat kein Blatt „%1“. Vorhanden: %2 (Name oder Nummer ab 1 angeben).</source>
        <translation>The workbook has no sheet “%1”. Available: %2 (give a name or a number from 1).</translation>
    </message>
    <message>
        <source>Blatt „%1“, Zelle %2%3: %4</source>
        <translation>Sheet “%1”, cell %2%3: %4</translation>
    </message>
    <message>
        <source>Blatt „%1“ hat mehr als %2 Zeilen.</source>
        <translation>Sheet “%1” has more than %2 rows.</translation>
    </message>
    <message>
        <source>Der Inhalt ist mit mehr als %1 Zeichen zu lang.</source>
        <translation>The content is too long at more than %1 characters.</translation>
    </message>
    <message>
        <source>Der Verweis auf den gemeinsamen Text Nr. %1 ist ungültig.</source>
        <translation>The reference to shared string no. %1 is invalid.</translation>
    </message>
    <message>
        <source>WAHR</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <source>FALSCH</source>
        <translation>FALSE</translation>
    </message>
    <message>
        <source>„%1“ ist keine Zahl.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Die Zelle liegt rechts von Spalte %1; so breite Tabellen werden nicht eingelesen.</source>
        <translation>The cell lies right of column %1; tables this wide are not read.</translation>
    </message>
    <message>
        <source>Blatt „%1“ ist leer; es fehlt mindestens die Kopfzeile.</source>
        <translation>Sheet “%1” is empty; at least the header row is missing.</translation>
    </message>
    <message>
        <source>Die Zelle hat einen Wert, aber die Spalte keine Überschrift in der Kopfzeile (Zeile %1).</source>
        <translation>The cell has a value, but its column has no heading in the header row (row %1).</translation>
    </message>
</context>
<context>
    <name>netzatlas::XlsxExporter</name>
    <message>
        <source>Akteure</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Sitzungsrhythmus</source>
        <translation>Meeting rhythm</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Mitgliedschaften</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Mitglied</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Name des Mitglieds</source>
        <translation>Name of the member</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Säule</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Schuljahr</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Maßnahmenbereich</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Schulen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Durchführung</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>geplante Kosten</source>
        <translation>planned cost</translation>
    </message>
    <message>
        <source>tatsächliche Kosten</source>
        <translation>actual cost</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kontaktpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Akteur</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Name des Akteurs</source>
        <translation>Name of the actor</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Überprüfen bis</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Für die Excel-Datei kann kein temporärer Ordner angelegt werden.</source>
        <translation>No temporary folder can be created for the Excel file.</translation>
    </message>
    <message>
        <source>Die Excel-Datei kann nicht angelegt werden.</source>
        <translation>The Excel file cannot be created.</translation>
    </message>
    <message>
        <source>Das Blatt „%1“ kann nicht angelegt werden.</source>
        <translation>The sheet “%1” cannot be created.</translation>
    </message>
    <message>
        <source>Blatt „%1“, Zeile %2, Spalte „%3“: Der Text ist länger als die 32.767 Zeichen, die eine Excel-Zelle fasst.</source>
        <translation>Sheet “%1”, row %2, column “%3”: the text is longer than the 32,767 characters an Excel cell holds.</translation>
    </message>
    <message>
        <source>Blatt „%1“, Zeile %2: %3</source>
        <translation>Sheet “%1”, row %2: %3</translation>
    </message>
    <message>
        <source>Die Excel-Datei konnte nicht geschrieben werden: %1</source>
        <translation>The Excel file could not be written: %1</translation>
    </message>
    <message>
        <source>Die erzeugte Excel-Datei ist nicht lesbar.</source>
        <translation>The Excel file created cannot be read.</translation>
    </message>
</context>
<context>
    <name>netzatlas::XlsxReader</name>
    <message>
        <source>Die Datei kann nicht gelesen werden: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Die Datei ist zu groß.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Excel-Arbeitsmappe (XLSX). Ältere Excel-Dateien (.xls) bitte in Excel als .xlsx oder CSV speichern.</source>
        <translation>The file is not an Excel workbook (XLSX). Please save older Excel files (.xls) in Excel as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>Die Datei gibt es nicht.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Die Datei ist mit %1 MB zu groß (höchstens %2 MB).</source>
        <translation>The file is too large at %1 MB (at most %2 MB).</translation>
    </message>
</context>
<context>
    <name>netzatlas::analysis</name>
    <message>
        <source>gleiche Gemeinde</source>
        <translation>same municipality</translation>
    </message>
    <message>
        <source>gleiche Verbandsgemeinde</source>
        <translation>same Verbandsgemeinde</translation>
    </message>
    <message>
        <source>gleicher Kreis, andere VG</source>
        <translation>same district, other VG</translation>
    </message>
    <message>
        <source>anderer Kreis</source>
        <translation>other district</translation>
    </message>
    <message>
        <source>anderes Land</source>
        <translation>other Land</translation>
    </message>
    <message>
        <source>unbekannt (Sitz fehlt)</source>
        <translation>unknown (seat missing)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Netz im Überblick</source>
        <translation>Network overview</translation>
    </message>
    <message>
        <source>Dichte, Komponenten, Durchmesser, Weglänge, Clusterung, Modularität, Schlüsselakteure und Brücken.</source>
        <translation>Density, components, diameter, path length, clustering, modularity, key actors and bridges.</translation>
    </message>
    <message>
        <source>Zentralität der Akteure</source>
        <translation>Centrality of the actors</translation>
    </message>
    <message>
        <source>Grad, gewichteter Grad, Betweenness, Closeness, Eigenvektor, k-Kern, Clusterung, Constraint je Akteur.</source>
        <translation>Degree, weighted degree, betweenness, closeness, eigenvector, k-core, clustering, constraint per actor.</translation>
    </message>
    <message>
        <source>Teilnetze und stabile Blöcke</source>
        <translation>Sub-networks and stable blocks</translation>
    </message>
    <message>
        <source>Zusammenhangskomponenten und zweifach zusammenhängende Blöcke.</source>
        <translation>Connected components and biconnected blocks.</translation>
    </message>
    <message>
        <source>Gruppen (Louvain)</source>
        <translation>Groups (Louvain)</translation>
    </message>
    <message>
        <source>Gruppen dicht verbundener Akteure mit Modularität.</source>
        <translation>Groups of closely linked actors, with modularity.</translation>
    </message>
    <message>
        <source>SCP-Schulen ohne Jugendhilfe-Partner</source>
        <translation>SCP schools without a youth welfare partner</translation>
    </message>
    <message>
        <source>Frage 1: SCP-Schulen ohne Verbindung zur Jugendhilfe, mit dem kürzesten indirekten Weg.</source>
        <translation>Question 1: SCP schools without a link to youth welfare (Jugendhilfe), with the shortest indirect path.</translation>
    </message>
    <message>
        <source>Lücken in der Bildungskette</source>
        <translation>Gaps in the education chain</translation>
    </message>
    <message>
        <source>Frage 2: fehlende Übergänge Kita → GS → Sek I → Beruf, als Matrix je VG und Kreis.</source>
        <translation>Question 2: missing transitions day-care → primary → lower secondary → work, as a matrix per VG and district.</translation>
    </message>
    <message>
        <source>Verbindungen über Verwaltungsgrenzen</source>
        <translation>Links across administrative boundaries</translation>
    </message>
    <message>
        <source>Frage 3: Reichweite jeder Verbindung (Gemeinde, VG, Kreis, Land) und verschiedene Schulträger.</source>
        <translation>Question 3: reach of every link (municipality, VG, district, Land) and different school authorities.</translation>
    </message>
    <message>
        <source>Zuständigkeits-Check</source>
        <translation>Responsibility check</translation>
    </message>
    <message>
        <source>Frage 4: Sind Schulträger und Jugendamt jeder SCP-Schule miteinander abgestimmt?</source>
        <translation>Question 4: Do the school authority and the youth welfare office of every SCP school coordinate with each other?</translation>
    </message>
    <message>
        <source>Abdeckung der Handlungsfelder</source>
        <translation>Coverage of the fields of action</translation>
    </message>
    <message>
        <source>Frage 5: Schulen × Handlungsfelder mit Verbindungen und Maßnahmen.</source>
        <translation>Question 5: schools × fields of action with links and measures.</translation>
    </message>
    <message>
        <source>Vermittler und Schlüsselstellen</source>
        <translation>Brokers and key positions</translation>
    </message>
    <message>
        <source>Frage 6: Vermittler, Schlüsselakteure und Brücken mit dem, was ihr Ausfall abschneidet.</source>
        <translation>Question 6: brokers, key actors and bridges, with what their loss would cut off.</translation>
    </message>
    <message>
        <source>Maßnahmen und Budgets</source>
        <translation>Measures and budgets</translation>
    </message>
    <message>
        <source>Frage 7: Budgetnutzung, schulübergreifende Trägerbudget-Maßnahmen, Personal der Säule III.</source>
        <translation>Question 7: budget use, cross-school authority budget measures, staff of pillar III.</translation>
    </message>
    <message>
        <source>Was vor dem nächsten Schuljahr endet</source>
        <translation>What ends before the next school year</translation>
    </message>
    <message>
        <source>Frage 8: auslaufende Verbindungen und Vereinbarungen, fehlende Verwendungsnachweise.</source>
        <translation>Question 8: expiring links and agreements, missing proofs of use.</translation>
    </message>
    <message>
        <source>Veränderung zwischen zwei Tagen</source>
        <translation>Change between two days</translation>
    </message>
    <message>
        <source>Frage 8: neue und beendete Verbindungen und Akteure, Kennzahlen vorher und nachher.</source>
        <translation>Question 8: new and ended links and actors, figures before and after.</translation>
    </message>
    <message>
        <source>Gremien</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Frage 9: Mitglieder, Schulen und Handlungsfelder je Gremium; Akteure ohne Gremium.</source>
        <translation>Question 9: members, schools and fields of action per committee; actors without a committee.</translation>
    </message>
    <message numerus="yes">
        <source>Netzwerkanalyse zum %1 (%n Analysen)</source>
        <translation>
            <numerusform>Network analysis on %1 (%n analysis)</numerusform>
            <numerusform>Network analysis on %1 (%n analyses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unbekannte Analyse „%1“. Möglich sind: %2.</source>
        <translation>Unknown analysis “%1”. Possible are: %2.</translation>
    </message>
    <message>
        <source>SCP-Schulen ohne Partner der Jugendhilfe</source>
        <translation>SCP schools without a youth welfare partner</translation>
    </message>
    <message>
        <source>SCP-Schulen ohne direkte aktive Verbindung zu einem Akteur der Jugendhilfe (Jugendamt, Jugendhilfeplanung, freier Träger, Schulsozialarbeit, Jugendeinrichtung, Beratungsstelle). Gibt es einen indirekten Weg durch das Netz, zeigt die Tabelle den kürzesten mit seiner Länge in Schritten; 2 Schritte heißt: ein Partner der Schule arbeitet mit der Jugendhilfe.</source>
        <translation>SCP schools without a direct active link to a youth welfare (Jugendhilfe) actor (youth welfare office, youth welfare planning, independent provider, school social work, youth facility, counselling centre). Where there is an indirect path through the network, the table shows the shortest one with its length in steps; 2 steps means: a partner of the school works with youth welfare.</translation>
    </message>
    <message>
        <source>Diese Schulen gezielt mit der Jugendhilfe verbinden – Schulsozialarbeit, Kooperation mit einem freien Träger oder einer Beratungsstelle, Abstimmung mit dem Jugendamt. Der gezeigte Weg nennt, wer den Kontakt vermitteln kann.</source>
        <translation>Link these schools to youth welfare on purpose – school social work, cooperation with an independent provider or a counselling centre, coordination with the youth welfare office. The path shown names who can make the contact.</translation>
    </message>
    <message>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Schulart</source>
        <translation>School type</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Schritte zur Jugendhilfe</source>
        <translation>Steps to youth welfare</translation>
    </message>
    <message>
        <source>nächster Jugendhilfe-Akteur</source>
        <translation>nearest youth welfare actor</translation>
    </message>
    <message>
        <source>kürzester Weg</source>
        <translation>shortest path</translation>
    </message>
    <message>
        <source>keiner erreichbar</source>
        <translation>none reachable</translation>
    </message>
    <message>
        <source>SCP-Schulen</source>
        <translation>SCP schools</translation>
    </message>
    <message>
        <source>mit direktem Jugendhilfe-Partner</source>
        <translation>with a direct youth welfare partner</translation>
    </message>
    <message>
        <source>ohne direkten Jugendhilfe-Partner</source>
        <translation>without a direct youth welfare partner</translation>
    </message>
    <message>
        <source>davon über einen Partner erreichbar (2 Schritte)</source>
        <translation>of which reachable through one partner (2 steps)</translation>
    </message>
    <message>
        <source>davon ohne jeden Weg zur Jugendhilfe</source>
        <translation>of which without any path to youth welfare</translation>
    </message>
    <message>
        <source>Kita → Grundschule</source>
        <translation>Day-care → primary school</translation>
    </message>
    <message>
        <source>Grundschule → Sek I</source>
        <translation>Primary school → lower secondary</translation>
    </message>
    <message>
        <source>Sek I → Ausbildung/Beruf</source>
        <translation>Lower secondary → training/work</translation>
    </message>
    <message>
        <source>Grundschulen ohne Übergangsverbindung von einer Kita oder zu einer weiterführenden Schule, weiterführende Schulen (Realschule plus, IGS, KGS) ohne Verbindung in Ausbildung und Beruf (Übergang Sek I → BBS, Berufsorientierung, Übergang Beruf), Kitas ohne Übergangsverbindung zu einer Grundschule – diese auch bei jeder Grundschule derselben Gemeinde, die sie aufnehmen könnte.</source>
        <translation>Primary schools without a transition link from a day-care centre or to a secondary school, secondary schools (Realschule plus, IGS, KGS) without a link into training and work (transition lower secondary → vocational school, careers guidance, transition to work), day-care centres without a transition link to a primary school – these also at every primary school of the same municipality that could take their children.</translation>
    </message>
    <message>
        <source>Übergänge sind die Stellen, an denen Kinder verloren gehen. Für jede Lücke einen Partner benennen und eine Übergangskooperation vereinbaren (gemeinsame Termine, Anmeldeabgleich, Hospitationen).</source>
        <translation>Transitions are where children get lost. Name a partner for every gap and agree on a transition cooperation (joint meetings, matching of enrolments, visits).</translation>
    </message>
    <message>
        <source>Akteur</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SCP</source>
        <translation>SCP</translation>
    </message>
    <message>
        <source>Lücke</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Verbandsgemeinde</source>
        <translation>Verbandsgemeinde</translation>
    </message>
    <message>
        <source>keine Übergangsverbindung von einer Kita</source>
        <translation>no transition link from a day-care centre</translation>
    </message>
    <message>
        <source>keine Übergangsverbindung zu einer weiterführenden Schule</source>
        <translation>no transition link to a secondary school</translation>
    </message>
    <message>
        <source>nicht verbunden mit der Kita „%1“ in derselben Gemeinde</source>
        <translation>not linked to the day-care centre “%1” in the same municipality</translation>
    </message>
    <message>
        <source>keine Verbindung in Ausbildung und Beruf</source>
        <translation>no link into training and work</translation>
    </message>
    <message>
        <source>Kita ohne Übergangsverbindung zu einer Grundschule</source>
        <translation>day-care centre without a transition link to a primary school</translation>
    </message>
    <message>
        <source>Schulen ohne Verbindung %1</source>
        <translation>Schools without link: %1</translation>
    </message>
    <message>
        <source>Kitas ohne Übergang zur Grundschule</source>
        <translation>Day-care centres without a transition to primary school</translation>
    </message>
    <message>
        <source>Bildungskette je Verbandsgemeinde und Kreis</source>
        <translation>Education chain per Verbandsgemeinde and district</translation>
    </message>
    <message>
        <source>Je Verbandsgemeinde (oder verbandsfreier Gemeinde, kreisfreier Stadt) und je Kreis: wie viele Schulen einer Stufe ihre Übergangsverbindung haben („verbunden von gesamt“). Leere Zellen: keine Schule dieser Stufe im Gebiet.</source>
        <translation>Per Verbandsgemeinde (or municipality outside an association, independent city) and per district: how many schools of a stage have their transition link (“linked of total”). Empty cells: no school of this stage in the area.</translation>
    </message>
    <message>
        <source>Gebiete mit vielen fehlenden Übergängen sind Kandidaten für ein Netzwerk Übergänge oder eine Trägerbudget-Maßnahme „Gestaltung von Übergängen“.</source>
        <translation>Areas with many missing transitions are candidates for a transitions network or an authority budget measure “shaping transitions”.</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ebene</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Regionalschlüssel</source>
        <translation>Regional key</translation>
    </message>
    <message>
        <source>%1 fehlt</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Jede aktive Verbindung ist nach dem Sitz ihrer beiden Akteure eingeordnet: gleiche Gemeinde, gleiche Verbandsgemeinde, gleicher Kreis (andere VG), anderer Kreis, anderes Land. Die Liste zeigt die Verbindungen über VG- und Kreisgrenzen sowie die zwischen Schulen verschiedener Schulträger (z. B. Grundschule der VG ↔ Realschule plus des Kreises); die Zählung je Kreis umfasst alle.</source>
        <translation>Every active link is classified by the seats of its two actors: same municipality, same Verbandsgemeinde, same district (other VG), other district, other Land. The list shows the links across VG and district boundaries and those between schools of different school authorities (e.g. primary school of the VG ↔ Realschule plus of the district); the count per district includes all.</translation>
    </message>
    <message>
        <source>Verbindungen über Grenzen und zwischen Schulträgern brauchen Abstimmung zwischen den Verwaltungen (geteilte Zuständigkeiten): Ansprechpartner auf beiden Seiten benennen und die Zusammenarbeit im Trägerbudget schulübergreifend planen.</source>
        <translation>Links across boundaries and between school authorities need coordination between the administrations (shared responsibilities): name contacts on both sides and plan the cooperation across schools in the authority budget.</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Verbindungsart</source>
        <translation>Link type</translation>
    </message>
    <message>
        <source>Reichweite</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Reichweite (Code)</source>
        <translation>Reach (code)</translation>
    </message>
    <message>
        <source>Kreis von</source>
        <translation>District from</translation>
    </message>
    <message>
        <source>Kreis nach</source>
        <translation>District to</translation>
    </message>
    <message>
        <source>verschiedene Schulträger</source>
        <translation>different school authorities</translation>
    </message>
    <message>
        <source>zwischen Schulen verschiedener Schulträger</source>
        <translation>between schools of different school authorities</translation>
    </message>
    <message>
        <source>Reichweite der Verbindungen je Kreis</source>
        <translation>Reach of the links per district</translation>
    </message>
    <message>
        <source>Zahl der aktiven Verbindungen je Kreis und Reichweite (eine Verbindung zwischen zwei Kreisen zählt in beiden). Dazu: Verbindungen zwischen Schulen verschiedener Schulträger und Schulen, deren Schulträger und Jugendamt verschiedene Gebietskörperschaften sind (geteilte Zuständigkeit).</source>
        <translation>Number of active links per district and reach (a link between two districts counts in both). In addition: links between schools of different school authorities, and schools whose school authority and youth welfare office are different local authorities (shared responsibility).</translation>
    </message>
    <message>
        <source>Kreise mit vielen Verbindungen über Grenzen und vielen geteilten Zuständigkeiten brauchen verbindliche Abstimmungsformate zwischen Kreis-, VG- und Stadtverwaltungen.</source>
        <translation>Districts with many links across boundaries and many shared responsibilities need binding coordination formats between district, VG and town administrations.</translation>
    </message>
    <message>
        <source>zwischen Schulträgern</source>
        <translation>between school authorities</translation>
    </message>
    <message>
        <source>Schulen mit geteilter Zuständigkeit</source>
        <translation>Schools with shared responsibility</translation>
    </message>
    <message>
        <source>Zuständigkeits-Check der SCP-Schulen</source>
        <translation>Responsibility check of the SCP schools</translation>
    </message>
    <message>
        <source>Für jede SCP-Schule: ihr Schulträger (§ 76 SchulG) und ihr Jugendamt, die zuständigen Verwaltungen im Netz, ob zwischen beiden eine aktive Abstimmung besteht, und ob die Schule Schulsozialarbeit hat. „Geteilte Zuständigkeit“: Schulträger und Jugendamt gehören zu verschiedenen Gebietskörperschaften (z. B. VG und Kreis).</source>
        <translation>For every SCP school: its school authority (§ 76 SchulG) and its youth welfare office, the responsible administrations in the network, whether there is active coordination between the two, and whether the school has school social work. “Shared responsibility”: school authority and youth welfare office belong to different local authorities (e.g. VG and district).</translation>
    </message>
    <message>
        <source>Fehlt die Abstimmung, ein gemeinsames Gespräch von Schulträger und Jugendamt zur Schule vereinbaren (Säule III, Schulsozialarbeit, Ganztag). Fehlt eine Verwaltung im Netz, sie als Akteur mit ihrem Zuständigkeitsgebiet erfassen.</source>
        <translation>Where coordination is missing, arrange a joint meeting of the school authority and the youth welfare office about the school (pillar III, school social work, all-day schooling). Where an administration is missing in the network, record it as an actor with its area of responsibility.</translation>
    </message>
    <message>
        <source>Schulträger</source>
        <translation>School authority</translation>
    </message>
    <message>
        <source>Schulträger-Verwaltung im Netz</source>
        <translation>School authority administration in the network</translation>
    </message>
    <message>
        <source>Jugendamt (Gebiet)</source>
        <translation>Youth welfare office (area)</translation>
    </message>
    <message>
        <source>Jugendamt im Netz</source>
        <translation>Youth welfare office in the network</translation>
    </message>
    <message>
        <source>geteilte Zuständigkeit</source>
        <translation>shared responsibility</translation>
    </message>
    <message>
        <source>Abstimmung Schulträger–Jugendamt</source>
        <translation>Coordination school authority–youth welfare office</translation>
    </message>
    <message>
        <source>Schulsozialarbeit</source>
        <translation>School social work</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>ohne Abstimmung Schulträger–Jugendamt</source>
        <translation>without coordination school authority–youth welfare office</translation>
    </message>
    <message>
        <source>ohne Schulsozialarbeit</source>
        <translation>without school social work</translation>
    </message>
    <message>
        <source>Verwaltung nicht im Netz erfasst</source>
        <translation>administration not recorded in the network</translation>
    </message>
    <message>
        <source>Schulträger und Jugendämter: Abstimmung je Paar</source>
        <translation>School authorities and youth welfare offices: coordination per pair</translation>
    </message>
    <message>
        <source>Jedes Paar aus Schulträger-Verwaltung und Jugendamt, das gemeinsam für mindestens eine Schule zuständig ist, mit der Zahl dieser Schulen und ob eine aktive Abstimmung (ABSTIMMUNG) zwischen beiden besteht.</source>
        <translation>Every pair of school authority administration and youth welfare office that is jointly responsible for at least one school, with the number of these schools and whether there is an active coordination (ABSTIMMUNG) between the two.</translation>
    </message>
    <message>
        <source>Paare ohne Abstimmung mit vielen (SCP-)Schulen zuerst angehen: eine regelmäßige Planungsrunde oder Kooperationsvereinbarung zwischen Schulverwaltung und Jugendamt.</source>
        <translation>Tackle pairs without coordination and with many (SCP) schools first: a regular planning meeting or a cooperation agreement between school administration and youth welfare office.</translation>
    </message>
    <message>
        <source>Schulträger-Verwaltung</source>
        <translation>School authority administration</translation>
    </message>
    <message>
        <source>Jugendamt</source>
        <translation>Youth welfare office</translation>
    </message>
    <message>
        <source>Schulen</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Abstimmung</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Paare</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Paare ohne Abstimmung</source>
        <translation>Pairs without coordination</translation>
    </message>
    <message>
        <source>Abdeckung: Schulen × Handlungsfelder</source>
        <translation>Coverage: schools × fields of action</translation>
    </message>
    <message>
        <source>Je Schule und Handlungsfeld die Zahl der aktiven Verbindungen und der Maßnahmen des Schuljahres %1 in diesem Feld. Eine 0 zeigt ein Feld ohne Partner und ohne Maßnahme. SCP-Schulen stehen oben.</source>
        <translation>Per school and field of action the number of active links and of measures of school year %1 in this field. A 0 shows a field without a partner and without a measure. SCP schools are at the top.</translation>
    </message>
    <message>
        <source>Felder mit 0 bei vielen SCP-Schulen sind Kandidaten für schulübergreifende Maßnahmen aus dem Trägerbudget; einzelne Lücken lassen sich oft über vorhandene Partner im Netz schließen.</source>
        <translation>Fields with 0 at many SCP schools are candidates for cross-school measures from the authority budget; single gaps can often be closed through existing partners in the network.</translation>
    </message>
    <message>
        <source>Felder ohne Partner und Maßnahme</source>
        <translation>Fields without partner and measure</translation>
    </message>
    <message>
        <source>SCP-Schulen ohne %1</source>
        <translation>SCP schools without %1</translation>
    </message>
    <message>
        <source>Akteur-IDs</source>
        <translation>Actor IDs</translation>
    </message>
    <message>
        <source>Verbindungs-IDs</source>
        <translation>Link IDs</translation>
    </message>
    <message>
        <source>Kennzahlen des ganzen Netzes am Stichtag. Die Dichte ist der Anteil der möglichen Paare, die verbunden sind; die Komponenten sind Teilnetze ohne Verbindung untereinander; der Durchmesser ist der längste kürzeste Weg zwischen zwei verbundenen Akteuren; die Modularität (0 bis 1) misst, wie deutlich das Netz in Gruppen zerfällt.</source>
        <translation>Figures of the whole network on the reference date. Density is the share of possible pairs that are linked; components are sub-networks without any link between them; the diameter is the longest shortest path between two connected actors; modularity (0 to 1) measures how clearly the network falls into groups.</translation>
    </message>
    <message>
        <source>Viele Komponenten oder isolierte Akteure heißen: Teile des Netzes wissen nichts voneinander. Eine niedrige Clusterung bei hoher Modularität spricht für Gruppen, die nur über wenige Personen verbunden sind – dort lohnen gemeinsame Formate (Netzwerktreffen, Gremien).</source>
        <translation>Many components or isolated actors mean: parts of the network know nothing of each other. Low clustering with high modularity points to groups that are connected through only a few people – joint formats (network meetings, committees) pay off there.</translation>
    </message>
    <message>
        <source>Kennzahl</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Akteure</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Akteure mit Verbindungen</source>
        <translation>Actors with links</translation>
    </message>
    <message>
        <source>Akteure ohne Verbindung</source>
        <translation>Actors without a link</translation>
    </message>
    <message>
        <source>aktive Verbindungen</source>
        <translation>active links</translation>
    </message>
    <message>
        <source>verbundene Paare</source>
        <translation>linked pairs</translation>
    </message>
    <message>
        <source>mehrere Verbindungen eines Paares zählen einmal</source>
        <translation>several links of one pair count once</translation>
    </message>
    <message>
        <source>Dichte</source>
        <translation>Density</translation>
    </message>
    <message>
        <source>mittlere Zahl der Partner</source>
        <translation>average number of partners</translation>
    </message>
    <message>
        <source>Komponenten</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Anteil der größten Komponente</source>
        <translation>Share of the largest component</translation>
    </message>
    <message>
        <source>Durchmesser (Schritte)</source>
        <translation>Diameter (steps)</translation>
    </message>
    <message>
        <source>untere Schranke; höchstens %1</source>
        <translation>lower bound; at most %1</translation>
    </message>
    <message>
        <source>mittlere Weglänge (Schritte)</source>
        <translation>average path length (steps)</translation>
    </message>
    <message>
        <source>geschätzt aus %1 Startakteuren</source>
        <translation>estimated from %1 start actors</translation>
    </message>
    <message>
        <source>Clusterung (Transitivität)</source>
        <translation>Clustering (transitivity)</translation>
    </message>
    <message>
        <source>mittlere lokale Clusterung</source>
        <translation>average local clustering</translation>
    </message>
    <message>
        <source>Modularität</source>
        <translation>Modularity</translation>
    </message>
    <message>
        <source>höchster k-Kern</source>
        <translation>highest k-core</translation>
    </message>
    <message>
        <source>Schlüsselakteure (Artikulationspunkte)</source>
        <translation>Key actors (articulation points)</translation>
    </message>
    <message>
        <source>Brücken (unersetzliche Verbindungen)</source>
        <translation>Bridges (irreplaceable links)</translation>
    </message>
    <message>
        <source>zweifach zusammenhängende Blöcke</source>
        <translation>biconnected blocks</translation>
    </message>
    <message>
        <source>Betweenness exakt berechnet</source>
        <translation>Betweenness computed exactly</translation>
    </message>
    <message>
        <source>Stichprobe aus %1 Startakteuren, Fehler höchstens %2 (Wahrscheinlichkeit %3 %)</source>
        <translation>sample of %1 start actors, error at most %2 (probability %3 %)</translation>
    </message>
    <message>
        <source>Die Analyse wurde abgebrochen.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
    <message>
        <source>Je Akteur: Zahl der Partner (Grad), Zahl der Verbindungen und ihre Intensität (gewichteter Grad); Betweenness (0 bis 1) = Anteil der kürzesten Wege zwischen anderen Akteuren, die über diesen Akteur laufen; Closeness (harmonisch, 0 bis 1) = wie nah der Akteur allen anderen ist; Eigenvektor = verbunden mit anderen gut verbundenen Akteuren; k-Kern = Teil eines Kerns, in dem jeder mindestens k Partner hat; Constraint nach Burt = wie sehr die Partner eines Akteurs untereinander verbunden sind (niedrig = Vermittler zwischen sonst getrennten Kreisen).</source>
        <translation>Per actor: number of partners (degree), number of links and their intensity (weighted degree); betweenness (0 to 1) = share of the shortest paths between other actors that run through this actor; closeness (harmonic, 0 to 1) = how close the actor is to all others; eigenvector = linked to other well-linked actors; k-core = part of a core in which everyone has at least k partners; Burt’s constraint = how strongly an actor’s partners are linked to each other (low = broker between otherwise separate circles).</translation>
    </message>
    <message>
        <source>Akteure mit hoher Betweenness halten das Netz zusammen: ihre Arbeit sichtbar machen, absichern und Vertretungen regeln. Akteure mit geringem Grad brauchen Anschluss.</source>
        <translation>Actors with high betweenness hold the network together: make their work visible, secure it and arrange deputies. Actors with a low degree need connections.</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>gewichteter Grad</source>
        <translation>weighted degree</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Betweenness ± Fehler</source>
        <translation>Betweenness ± error</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Eigenvektor</source>
        <translation>Eigenvector</translation>
    </message>
    <message>
        <source>k-Kern</source>
        <translation>k-core</translation>
    </message>
    <message>
        <source>Clusterung</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Komponente</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Betweenness exakt</source>
        <translation>Betweenness exact</translation>
    </message>
    <message>
        <source>Startakteure der Stichprobe</source>
        <translation>Start actors of the sample</translation>
    </message>
    <message>
        <source>Fehlerschranke für alle Akteure</source>
        <translation>Error bound for all actors</translation>
    </message>
    <message>
        <source>Wahrscheinlichkeit der Schranke</source>
        <translation>Probability of the bound</translation>
    </message>
    <message>
        <source>Komponenten (Teilnetze)</source>
        <translation>Components (sub-networks)</translation>
    </message>
    <message>
        <source>Teilnetze, zwischen denen es keinen Weg gibt, nach Größe. Die erste ist das Hauptnetz; einzelne Akteure ohne jede Verbindung bilden eine Komponente für sich.</source>
        <translation>Sub-networks with no path between them, by size. The first is the main network; single actors without any link form a component of their own.</translation>
    </message>
    <message>
        <source>Kleine Teilnetze und einzelne Akteure an das Hauptnetz anbinden, z. B. über ein Gremium oder einen Träger, der schon im Hauptnetz arbeitet.</source>
        <translation>Connect small sub-networks and single actors to the main network, e.g. through a committee or a provider that already works in the main network.</translation>
    </message>
    <message>
        <source>Beispiele</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Stabile Blöcke (zweifach zusammenhängend)</source>
        <translation>Stable blocks (biconnected)</translation>
    </message>
    <message>
        <source>Blöcke, die verbunden bleiben, wenn ein einzelner Akteur ausfällt. Blöcke aus einer einzigen Verbindung sind Brücken. Akteure in mehreren Blöcken sind Schlüsselakteure.</source>
        <translation>Blocks that stay connected when a single actor drops out. Blocks of a single link are bridges. Actors in several blocks are key actors.</translation>
    </message>
    <message>
        <source>Große stabile Blöcke sind belastbar; ein Netz aus vielen kleinen Blöcken hängt an wenigen Personen und Verbindungen.</source>
        <translation>Large stable blocks are resilient; a network of many small blocks depends on a few people and links.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Blöcke</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Gruppen im Netz (Louvain)</source>
        <translation>Groups in the network (Louvain)</translation>
    </message>
    <message>
        <source>Gruppen von Akteuren, die untereinander deutlich dichter verbunden sind als mit dem Rest (Louvain-Verfahren, Modularität %1). Gruppen folgen oft Orten oder Handlungsfeldern.</source>
        <translation>Groups of actors that are linked much more closely among themselves than with the rest (Louvain method, modularity %1). Groups often follow places or fields of action.</translation>
    </message>
    <message>
        <source>Gruppen, die kaum Verbindungen zueinander haben, sind Anknüpfungspunkte für gemeinsame Formate; die zentralen Akteure einer Gruppe sind gute Ansprechpartner für sie.</source>
        <translation>Groups with hardly any links to each other are starting points for joint formats; the central actors of a group are good contacts for it.</translation>
    </message>
    <message>
        <source>verbundene Paare innen</source>
        <translation>linked pairs inside</translation>
    </message>
    <message>
        <source>zentraler Akteur</source>
        <translation>central actor</translation>
    </message>
    <message>
        <source>häufigster Ort</source>
        <translation>most frequent place</translation>
    </message>
    <message>
        <source>Gruppen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Vermittler (höchste Betweenness)</source>
        <translation>Brokers (highest betweenness)</translation>
    </message>
    <message>
        <source>Die Akteure, über die die meisten kürzesten Wege zwischen anderen laufen – zum Beispiel ein freier Träger, der viele Schulen bedient. Ein niedriger Constraint-Wert zeigt zusätzlich, dass ihre Partner untereinander kaum verbunden sind.</source>
        <translation>The actors through which most shortest paths between others run – for example an independent provider that serves many schools. A low constraint value also shows that their partners are hardly linked to each other.</translation>
    </message>
    <message>
        <source>Diese Akteure halten das Netz zusammen. Ihre Arbeit absichern (Vertretung, Übergaben, Finanzierung) und ihre Partner auch direkt miteinander ins Gespräch bringen.</source>
        <translation>These actors hold the network together. Secure their work (deputies, handovers, funding) and also bring their partners into direct contact with each other.</translation>
    </message>
    <message>
        <source>verbundene Schulen</source>
        <translation>linked schools</translation>
    </message>
    <message>
        <source>Schlüsselakteure: ohne sie zerfällt das Netz</source>
        <translation>Key actors: without them the network falls apart</translation>
    </message>
    <message>
        <source>Fällt einer dieser Akteure weg (Stellenwechsel, Trägerwechsel, Auflösung), sind andere Akteure vom Netz abgeschnitten. Gezählt sind die Akteure und Schulen außerhalb des größten verbleibenden Teils; die Liste der betroffenen Akteure hängt an der Zeile.</source>
        <translation>If one of these actors drops out (change of post, change of provider, dissolution), other actors are cut off from the network. Counted are the actors and schools outside the largest remaining part; the list of the affected actors is attached to the row.</translation>
    </message>
    <message>
        <source>Für jeden Schlüsselakteur eine zweite Verbindung der abgeschnittenen Akteure schaffen, z. B. direkte Kontakte zur Schulsozialarbeit oder zur Koordination, oder Vertretungen regeln.</source>
        <translation>For every key actor, create a second link for the actors that would be cut off, e.g. direct contacts to school social work or to the coordination, or arrange deputies.</translation>
    </message>
    <message>
        <source>abgeschnittene Akteure</source>
        <translation>actors cut off</translation>
    </message>
    <message>
        <source>davon Schulen</source>
        <translation>of which schools</translation>
    </message>
    <message>
        <source>Teile danach</source>
        <translation>parts afterwards</translation>
    </message>
    <message>
        <source>Schlüsselakteure</source>
        <translation>Key actors</translation>
    </message>
    <message>
        <source>Brücken: Verbindungen ohne Ersatz</source>
        <translation>Bridges: links without a substitute</translation>
    </message>
    <message>
        <source>Endet eine dieser Verbindungen, zerfällt ihr Teilnetz in zwei Teile. Gezählt ist der kleinere Teil, der abgeschnitten wird.</source>
        <translation>If one of these links ends, its sub-network falls into two parts. Counted is the smaller part, which is cut off.</translation>
    </message>
    <message>
        <source>Brücken mit vielen abgeschnittenen Schulen durch eine zweite Verbindung absichern oder formalisieren (Kooperationsvereinbarung).</source>
        <translation>Secure bridges that would cut off many schools with a second link, or formalise them (cooperation agreement).</translation>
    </message>
    <message>
        <source>Akteur A</source>
        <translation>Actor A</translation>
    </message>
    <message>
        <source>Akteur B</source>
        <translation>Actor B</translation>
    </message>
    <message>
        <source>Verbindungsarten</source>
        <translation>Link types</translation>
    </message>
    <message>
        <source>Brücken</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <source>Akteure, die am Stichtag keine aktive Verbindung haben.</source>
        <translation>Actors that have no active link on the reference date.</translation>
    </message>
    <message>
        <source>Prüfen, ob Verbindungen fehlen (nicht erfasst) oder der Akteur tatsächlich allein arbeitet – dann Anschluss an passende Partner oder Gremien suchen.</source>
        <translation>Check whether links are missing (not recorded) or the actor really works alone – then look for a connection to suitable partners or committees.</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>SCP-Schule</source>
        <translation>SCP school</translation>
    </message>
    <message>
        <source>Budgetnutzung je Säule und Schuljahr</source>
        <translation>Budget use per pillar and school year</translation>
    </message>
    <message>
        <source>Je Budgetinhaber (Schule oder Schulträger), Säule und Schuljahr: das eingetragene Budget, die geplanten und die ausgegebenen Mittel der Maßnahmen. Chancenbudget kann nicht ins nächste Schuljahr übertragen werden.</source>
        <translation>Per budget holder (school or school authority), pillar and school year: the budget entered, and the planned and spent funds of the measures. Opportunity budget cannot be carried over into the next school year.</translation>
    </message>
    <message>
        <source>Überschreitungen vor der Bewilligung klären; nicht verplante Mittel des laufenden Schuljahres rechtzeitig einsetzen, sonst fließen sie zurück.</source>
        <translation>Clear up overruns before approval; use unplanned funds of the current school year in time, otherwise they flow back.</translation>
    </message>
    <message>
        <source>Budgetinhaber</source>
        <translation>Budget holder</translation>
    </message>
    <message>
        <source>Säule</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <source>Schuljahr</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>geplant (€)</source>
        <translation>planned (€)</translation>
    </message>
    <message>
        <source>ausgegeben (€)</source>
        <translation>spent (€)</translation>
    </message>
    <message>
        <source>verplant (Anteil)</source>
        <translation>planned (share)</translation>
    </message>
    <message>
        <source>über Budget</source>
        <translation>over budget</translation>
    </message>
    <message>
        <source>ohne Schule</source>
        <translation>without school</translation>
    </message>
    <message>
        <source>Budgets überschritten</source>
        <translation>Budgets exceeded</translation>
    </message>
    <message>
        <source>Trägerbudget: schulübergreifend oder sozialraumbezogen?</source>
        <translation>Authority budget: cross-school or neighbourhood-based?</translation>
    </message>
    <message>
        <source>Maßnahmen aus dem Chancenbudget des Schulträgers sollen vorwiegend schulübergreifend (mindestens zwei Schulen) oder sozialraumbezogen (mit einem außerschulischen Partner) sein.</source>
        <translation>Measures from the school authority’s opportunity budget should mainly be cross-school (at least two schools) or neighbourhood-based (with a partner outside school).</translation>
    </message>
    <message>
        <source>Maßnahmen für eine einzelne Schule ohne Partner prüfen: weitere Schulen oder einen Partner aus dem Sozialraum einbeziehen.</source>
        <translation>Review measures for a single school without a partner: involve more schools or a partner from the neighbourhood.</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>schulübergreifend</source>
        <translation>cross-school</translation>
    </message>
    <message>
        <source>sozialraumbezogen</source>
        <translation>neighbourhood-based</translation>
    </message>
    <message>
        <source>Anteil schulübergreifend oder sozialraumbezogen (nach Kosten)</source>
        <translation>Share cross-school or neighbourhood-based (by cost)</translation>
    </message>
    <message>
        <source>Maßnahmen für eine Schule ohne Partner</source>
        <translation>Measures for one school without a partner</translation>
    </message>
    <message>
        <source>Säule III: Personal je Schule und Berufsgruppe</source>
        <translation>Pillar III: staff per school and occupational group</translation>
    </message>
    <message>
        <source>Vollzeitäquivalente (VZÄ) des Startchancen-Personals je Einsatzschule und Berufsgruppe; eine Stelle an mehreren Schulen wird gleichmäßig aufgeteilt.</source>
        <translation>Full-time equivalents (FTE) of the Startchancen staff per school of deployment and occupational group; a post at several schools is split evenly.</translation>
    </message>
    <message>
        <source>Schulen ohne multiprofessionelles Personal und Berufsgruppen, die fehlen, mit den Schulen und dem Jugendamt besprechen.</source>
        <translation>Discuss schools without multi-professional staff, and missing occupational groups, with the schools and the youth welfare office.</translation>
    </message>
    <message>
        <source>Berufsgruppe</source>
        <translation>Occupational group</translation>
    </message>
    <message>
        <source>VZÄ</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Verbindungen und Vereinbarungen, die vor dem nächsten Schuljahr enden</source>
        <translation>Links and agreements that end before the next school year</translation>
    </message>
    <message>
        <source>Aktive Verbindungen, deren Gültigkeit zwischen dem Stichtag und dem Beginn des nächsten Schuljahres (%1) endet; Kooperationsvereinbarungen und Verträge sind markiert.</source>
        <translation>Active links whose validity ends between the reference date and the start of the next school year (%1); cooperation agreements and contracts are marked.</translation>
    </message>
    <message>
        <source>Rechtzeitig über die Verlängerung sprechen – besonders bei Vereinbarungen, an denen Personal oder Finanzierung hängt.</source>
        <translation>Talk about renewal in good time – especially for agreements on which staff or funding depend.</translation>
    </message>
    <message>
        <source>Formalität</source>
        <translation>Formality</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>Vereinbarung/Vertrag</source>
        <translation>Agreement/contract</translation>
    </message>
    <message>
        <source>endende Verbindungen</source>
        <translation>ending links</translation>
    </message>
    <message>
        <source>davon Vereinbarungen/Verträge</source>
        <translation>of which agreements/contracts</translation>
    </message>
    <message>
        <source>Maßnahmen ohne Verwendungsnachweis nach Ende</source>
        <translation>Measures without proof of use after their end</translation>
    </message>
    <message>
        <source>Maßnahmen, deren Ende vor dem Stichtag liegt und für die noch kein Verwendungsnachweis eingetragen ist.</source>
        <translation>Measures that ended before the reference date and for which no proof of use is entered yet.</translation>
    </message>
    <message>
        <source>Verwendungsnachweise einholen und eintragen; offene Nachweise gefährden die Mittel.</source>
        <translation>Obtain and enter the proofs of use; outstanding proofs put the funds at risk.</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maßnahmen ohne Nachweis</source>
        <translation>Measures without proof</translation>
    </message>
    <message>
        <source>Veränderung des Netzes vom %1 zum %2</source>
        <translation>Change of the network from %1 to %2</translation>
    </message>
    <message>
        <source>Kennzahlen des Netzes an beiden Tagen (mit denselben Filtern) und ihre Veränderung – für Berichte an Gremien.</source>
        <translation>Figures of the network on both days (with the same filters) and their change – for reports to committees.</translation>
    </message>
    <message>
        <source>Wachsende Verbindungszahl bei sinkender Zahl von Schlüsselakteuren und Brücken heißt: das Netz wird belastbarer. Ein Rückgang zeigt, wo Kooperationen ausgelaufen sind (Liste unten).</source>
        <translation>A growing number of links with a falling number of key actors and bridges means: the network becomes more resilient. A decline shows where cooperations have run out (list below).</translation>
    </message>
    <message>
        <source>vorher</source>
        <translation>before</translation>
    </message>
    <message>
        <source>nachher</source>
        <translation>after</translation>
    </message>
    <message>
        <source>Veränderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Teilnetze (ohne Einzelne)</source>
        <translation>Sub-networks (without single actors)</translation>
    </message>
    <message>
        <source>Anteil des größten Teilnetzes</source>
        <translation>Share of the largest sub-network</translation>
    </message>
    <message>
        <source>früherer Tag</source>
        <translation>earlier day</translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Neue und beendete Verbindungen</source>
        <translation>New and ended links</translation>
    </message>
    <message>
        <source>Verbindungen, die am %1 aktiv sind und am %2 nicht waren (neu), und umgekehrt (beendet).</source>
        <translation>Links that are active on %1 and were not on %2 (new), and the other way round (ended).</translation>
    </message>
    <message>
        <source>Beendete Verbindungen mit Schulen nachfragen: Wurde die Kooperation ersetzt?</source>
        <translation>Follow up ended links with schools: was the cooperation replaced?</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>beendet</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>neue Verbindungen</source>
        <translation>new links</translation>
    </message>
    <message>
        <source>beendete Verbindungen</source>
        <translation>ended links</translation>
    </message>
    <message>
        <source>Akteure, die ins Netz gekommen sind oder es verlassen haben</source>
        <translation>Actors that have joined or left the network</translation>
    </message>
    <message>
        <source>Akteure mit mindestens einer aktiven Verbindung an nur einem der beiden Tage.</source>
        <translation>Actors with at least one active link on only one of the two days.</translation>
    </message>
    <message>
        <source>Neue Akteure begrüßen und einbinden; bei Akteuren ohne Verbindungen nachfragen.</source>
        <translation>Welcome and involve new actors; follow up with actors without links.</translation>
    </message>
    <message>
        <source>hinzugekommen</source>
        <translation>joined</translation>
    </message>
    <message>
        <source>ausgeschieden</source>
        <translation>left</translation>
    </message>
    <message>
        <source>Gremien: Mitglieder, Schulen und Handlungsfelder</source>
        <translation>Committees: members, schools and fields of action</translation>
    </message>
    <message>
        <source>Je Gremium die Mitglieder am Stichtag, die Schulen unter ihnen und die Handlungsfelder der Verbindungen des Gremiums und seiner Mitglieder untereinander.</source>
        <translation>Per committee the members on the reference date, the schools among them and the fields of action of the links of the committee and of its members with each other.</translation>
    </message>
    <message>
        <source>Gremien ohne Schulen oder ohne Jugendhilfe erreichen die Schnittstelle nicht; fehlende Handlungsfelder zeigen, wofür das Gremium (noch) nicht steht.</source>
        <translation>Committees without schools or without youth welfare do not reach the interface; missing fields of action show what the committee does not (yet) stand for.</translation>
    </message>
    <message>
        <source>Gremium</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Jugendhilfe-Akteure</source>
        <translation>Youth welfare actors</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Akteure ohne Gremium</source>
        <translation>Actors without a committee</translation>
    </message>
    <message>
        <source>Akteure, die am Stichtag in keinem Gremium vertreten sind (Gremien selbst ausgenommen). SCP-Schulen, Schulen und Verwaltungen stehen oben.</source>
        <translation>Actors that are not represented in any committee on the reference date (committees themselves excluded). SCP schools, schools and administrations are at the top.</translation>
    </message>
    <message>
        <source>SCP-Schulen und Jugendhilfe-Akteure ohne Gremium verpassen Abstimmungen: in ein passendes Gremium (kommunales SCP-Netzwerk, Netzwerk Übergänge, Arbeitskreis) einladen.</source>
        <translation>SCP schools and youth welfare actors without a committee miss coordination: invite them to a suitable committee (municipal SCP network, transitions network, working group).</translation>
    </message>
    <message>
        <source>SCP-Schulen ohne Gremium</source>
        <translation>SCP schools without a committee</translation>
    </message>
</context>
<context>
    <name>netzatlas::analysis::AnalysisContext</name>
    <message>
        <source>ist Mitglied in</source>
        <translation>is a member of</translation>
    </message>
</context>
<context>
    <name>netzatlas::analysis::AnalysisJob</name>
    <message>
        <source>Netz zum Stichtag aufbauen</source>
        <translation>Building the network on the reference date</translation>
    </message>
    <message>
        <source>Die Analyse wurde abgebrochen.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Betweenness und Closeness</source>
        <translation>Betweenness and closeness</translation>
    </message>
</context>
<context>
    <name>netzatlas::analysis::Metrics</name>
    <message>
        <source>Betweenness und Closeness (Stichprobe)</source>
        <translation>Betweenness and closeness (sample)</translation>
    </message>
    <message>
        <source>Betweenness und Closeness (exakt)</source>
        <translation>Betweenness and closeness (exact)</translation>
    </message>
    <message>
        <source>Die Analyse wurde abgebrochen.</source>
        <translation>The analysis was cancelled.</translation>
    </message>
</context>
<context>
    <name>netzatlas::render</name>
    <message>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <source>keine SCP-Maßnahme</source>
        <translation>no SCP measure</translation>
    </message>
    <message>
        <source>mehrere Säulen</source>
        <translation>several pillars</translation>
    </message>
    <message>
        <source>Säule I – Investitionen</source>
        <translation>Pillar I – investments</translation>
    </message>
    <message>
        <source>Säule II – Chancenbudget</source>
        <translation>Pillar II – opportunity budget</translation>
    </message>
    <message>
        <source>Säule III – Personal</source>
        <translation>Pillar III – staff</translation>
    </message>
    <message>
        <source>Keine Registry geladen.</source>
        <translation>No registry loaded.</translation>
    </message>
    <message>
        <source>Unbekannter Akteurstyp „%1“ im Filter.</source>
        <translation>Unknown actor type “%1” in the filter.</translation>
    </message>
    <message>
        <source>Unbekannter Verbindungstyp „%1“ im Filter.</source>
        <translation>Unknown link type “%1” in the filter.</translation>
    </message>
    <message>
        <source>Der Akteur „%1“ (Mitte der Ansicht) ist nicht in der gefilterten Registry.</source>
        <translation>The actor “%1” (centre of the view) is not in the filtered registry.</translation>
    </message>
    <message>
        <source>Akteure</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>SCP-Maßnahmen (Füllfarbe)</source>
        <translation>SCP measures (fill colour)</translation>
    </message>
    <message>
        <source>Markierungen</source>
        <translation>Markers</translation>
    </message>
    <message>
        <source>Startchancen-Schule</source>
        <translation>Startchancen school</translation>
    </message>
    <message>
        <source>„Kita 1“ usw.: pseudonymisiert</source>
        <translation>“Kita 1” etc.: pseudonymised</translation>
    </message>
    <message>
        <source>Größe: %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <source>%1 Partner</source>
        <translation>%1 partners</translation>
    </message>
    <message>
        <source>Verbindungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Verbindlichkeit</source>
        <translation>Formality</translation>
    </message>
    <message>
        <source>Kooperationsnetz – %1</source>
        <translation>Cooperation network – %1</translation>
    </message>
    <message>
        <source>Akteure: %1</source>
        <translation>Actors: %1</translation>
    </message>
    <message>
        <source>Verbindungen: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Handlungsfelder: %1</source>
        <translation>Fields of action: %1</translation>
    </message>
    <message>
        <source>Verbindlichkeit: %1</source>
        <translation>Formality: %1</translation>
    </message>
    <message>
        <source>nur SCP-Schulen und ihre Partner</source>
        <translation>SCP schools and their partners only</translation>
    </message>
    <message>
        <source>%1 Schritt(e) um %2</source>
        <translation>%1 step(s) around %2</translation>
    </message>
    <message>
        <source>alle Akteure und Verbindungen</source>
        <translation>all actors and links</translation>
    </message>
    <message>
        <source>%1 · Stand %2 · %3 Akteure, %4 Verbindungen</source>
        <translation>%1 · as of %2 · %3 actors, %4 links</translation>
    </message>
    <message>
        <source>Quelle: Netzatlas-Registry „%1“, Stand %2</source>
        <translation>Source: Netzatlas registry “%1”, as of %2</translation>
    </message>
    <message>
        <source> · Demo-Daten, fiktiv</source>
        <translation> · demo data, fictitious</translation>
    </message>
    <message>
        <source> · pseudonymisiert, ohne Kontaktpersonen</source>
        <translation> · pseudonymised, without contact persons</translation>
    </message>
    <message>
        <source> · Gebiete: %1</source>
        <translation> · Territories: %1</translation>
    </message>
    <message>
        <source>Das Ringe-Layout braucht einen Akteur in der Mitte (--center SCHLÜSSEL).</source>
        <translation>The rings layout needs an actor in the centre (--center KEY).</translation>
    </message>
    <message>
        <source>Diagramme brauchen die Schriften der Qt-Oberfläche (QGuiApplication).</source>
        <translation>Diagrams need the fonts of the Qt GUI (QGuiApplication).</translation>
    </message>
    <message>
        <source>Das PDF kann nicht angelegt werden.</source>
        <translation>The PDF cannot be created.</translation>
    </message>
    <message>
        <source>Das SVG kann nicht angelegt werden.</source>
        <translation>The SVG cannot be created.</translation>
    </message>
    <message>
        <source>Die Auflösung %1 dpi liegt außerhalb von 50 bis 1200 dpi.</source>
        <translation>The resolution of %1 dpi is outside 50 to 1200 dpi.</translation>
    </message>
    <message>
        <source>Das Bild wäre mit %1 × %2 Pixeln zu groß; bitte eine kleinere Auflösung wählen.</source>
        <translation>At %1 × %2 pixels the image would be too large; please choose a lower resolution.</translation>
    </message>
    <message>
        <source>Für das Bild ist nicht genug Speicher frei.</source>
        <translation>There is not enough free memory for the image.</translation>
    </message>
    <message>
        <source>Das PNG kann nicht kodiert werden.</source>
        <translation>The PNG cannot be encoded.</translation>
    </message>
    <message>
        <source>Die Datei „%1“ kann nicht geschrieben werden: %2</source>
        <translation>The file “%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>Feld „%1“: %2</source>
        <translation>Field “%1”: %2</translation>
    </message>
    <message>
        <source>%1, Feld „%2“: %3</source>
        <translation>%1, field “%2”: %3</translation>
    </message>
    <message>
        <source>%1 ist kein gültiges JSON-Objekt (%2).</source>
        <translation>%1 is not a valid JSON object (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>erwartet eine Liste von Codes.</source>
        <translation>expected a list of codes.</translation>
    </message>
    <message>
        <source>einheitlich</source>
        <translation>uniform</translation>
    </message>
    <message>
        <source>Zahl der Partner</source>
        <translation>Number of partners</translation>
    </message>
    <message>
        <source>Vermittlerrolle (Betweenness)</source>
        <translation>Broker role (betweenness)</translation>
    </message>
    <message>
        <source>Budget (alle Säulen)</source>
        <translation>Budget (all pillars)</translation>
    </message>
    <message>
        <source>Die Verbindung %1 des Layouts verweist auf einen Akteur, den es nicht gibt.</source>
        <translation>Link %1 of the layout refers to an actor that does not exist.</translation>
    </message>
</context>
<context>
    <name>netzatlas::render::DiagramSpec</name>
    <message>
        <source>Der Filter</source>
        <translation>The filter</translation>
    </message>
    <message>
        <source>„%1“ ist keine Formalität.</source>
        <translation>“%1” is not a formality.</translation>
    </message>
    <message>
        <source>„%1“ ist kein Regionalschlüssel.</source>
        <translation>“%1” is not a regional key (Regionalschlüssel).</translation>
    </message>
    <message>
        <source>„%1“ ist kein Datum (JJJJ-MM-TT).</source>
        <translation>“%1” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>erwartet 0, 1 oder 2.</source>
        <translation>expected 0, 1 or 2.</translation>
    </message>
    <message>
        <source>Die Darstellung</source>
        <translation>The styling</translation>
    </message>
    <message>
        <source>erwartet none, degree, betweenness oder budget.</source>
        <translation>expected none, degree, betweenness or budget.</translation>
    </message>
    <message>
        <source>erwartet type oder pillar.</source>
        <translation>expected type or pillar.</translation>
    </message>
    <message>
        <source>erwartet name, short oder none.</source>
        <translation>expected name, short or none.</translation>
    </message>
    <message>
        <source>erwartet 1 (Kreis) oder 2 (Verbandsgemeinde).</source>
        <translation>expected 1 (Kreis) or 2 (Verbandsgemeinde).</translation>
    </message>
    <message>
        <source>Ansicht „%1“</source>
        <translation>View “%1”</translation>
    </message>
    <message>
        <source>Unbekanntes Layout „%1“ (kraefte, gebiete, bildungskette, ringe).</source>
        <translation>Unknown layout “%1” (kraefte, gebiete, bildungskette, ringe).</translation>
    </message>
</context>
<context>
    <name>netzatlas::render::detail</name>
    <message>
        <source>ohne Verbandsgemeinde</source>
        <translation>without Verbandsgemeinde</translation>
    </message>
    <message>
        <source>ohne Gebietszuordnung</source>
        <translation>without territory</translation>
    </message>
    <message>
        <source>Kita (1+)</source>
        <translation>Day care (1+)</translation>
    </message>
    <message>
        <source>Grundschule (6+)</source>
        <translation>Primary school (6+)</translation>
    </message>
    <message>
        <source>weiterführende Schule (10+)</source>
        <translation>Secondary school (10+)</translation>
    </message>
    <message>
        <source>BBS/Ausbildung (16+)</source>
        <translation>Vocational school/training (16+)</translation>
    </message>
    <message>
        <source>Studium/Weiterbildung (18+)</source>
        <translation>University/further education (18+)</translation>
    </message>
    <message>
        <source>Partner im Sozialraum</source>
        <translation>Partners in the local community</translation>
    </message>
    <message>
        <source>Layout abgebrochen.</source>
        <translation>Layout cancelled.</translation>
    </message>
    <message>
        <source>gleiche Gemeinde</source>
        <translation>same municipality</translation>
    </message>
    <message>
        <source>Nachbargemeinde (gleiche VG)</source>
        <translation>neighbouring municipality (same VG)</translation>
    </message>
    <message>
        <source>gleicher Kreis</source>
        <translation>same Kreis</translation>
    </message>
    <message>
        <source>gleiches Land</source>
        <translation>same Land</translation>
    </message>
    <message>
        <source>außerhalb des Landes</source>
        <translation>outside the Land</translation>
    </message>
    <message>
        <source>Gebiet unbekannt</source>
        <translation>territory unknown</translation>
    </message>
    <message>
        <source>Für das Ringlayout fehlt die Mitte: bitte einen Akteur als Mittelpunkt wählen.</source>
        <translation>The rings layout has no centre: please choose an actor as its centre.</translation>
    </message>
    <message>
        <source>Die Mitte des Ringlayouts (Nummer %1) ist kein Akteur dieses Netzes.</source>
        <translation>The centre of the rings layout (number %1) is not an actor of this network.</translation>
    </message>
</context>
<context>
    <name>netzatlas::storage</name>
    <message>
        <source>Aktualisieren der Registry auf Version %1</source>
        <translation>updating the registry to version %1</translation>
    </message>
    <message>
        <source>Aktualisieren der Registry</source>
        <translation>updating the registry</translation>
    </message>
    <message>
        <source>Die Registry-Datei gibt es nicht.</source>
        <translation>The registry file does not exist.</translation>
    </message>
    <message>
        <source>Der Ordner für die Registry kann nicht angelegt werden.</source>
        <translation>The folder for the registry cannot be created.</translation>
    </message>
    <message>
        <source>Die Datei ist leer und keine Netzatlas-Registry.</source>
        <translation>The file is empty and not a Netzatlas registry.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Netzatlas-Registry (keine SQLite-Datenbank). Sie wurde nicht verändert.</source>
        <translation>The file is not a Netzatlas registry (not an SQLite database). It was not changed.</translation>
    </message>
    <message>
        <source>Die Datei ist eine Datenbank eines anderen Programms, keine Netzatlas-Registry. Sie wurde nicht verändert.</source>
        <translation>The file is a database of another program, not a Netzatlas registry. It was not changed.</translation>
    </message>
    <message>
        <source>Die Registry wurde mit einer neueren Version von Netzatlas angelegt (Schema %1); dieses Programm kennt nur Schema %2. Bitte Netzatlas aktualisieren. Die Datei wurde nicht verändert.</source>
        <translation>The registry was created with a newer version of Netzatlas (schema %1); this program only knows schema %2. Please update Netzatlas. The file was not changed.</translation>
    </message>
    <message>
        <source>Die Registry kann nicht geöffnet werden: %1</source>
        <translation>The registry cannot be opened: %1</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Die Datei ist keine lesbare Netzatlas-Registry. Sie wurde nicht verändert.</source>
        <translation>The file is not a readable Netzatlas registry. It was not changed.</translation>
    </message>
    <message>
        <source>Die Registry ist beschädigt und wurde nicht geöffnet (Prüfung: %1). Bitte eine Sicherungskopie verwenden; die Datei wurde nicht verändert.</source>
        <translation>The registry is damaged and was not opened (check: %1). Please use a backup copy; the file was not changed.</translation>
    </message>
    <message>
        <source>Die Datei ist keine Netzatlas-Registry. Sie wurde nicht verändert.</source>
        <translation>The file is not a Netzatlas registry. It was not changed.</translation>
    </message>
    <message>
        <source>Die Registry wurde mit einer neueren Version von Netzatlas angelegt (Schema %1); dieses Programm kennt nur Schema %2. Bitte Netzatlas aktualisieren.</source>
        <translation>The registry was created with a newer version of Netzatlas (schema %1); this program only knows schema %2. Please update Netzatlas.</translation>
    </message>
    <message>
        <source>Die Registry muss auf eine neue Version gebracht werden, ist aber schreibgeschützt geöffnet.</source>
        <translation>The registry must be brought to a new version but is open read-only.</translation>
    </message>
    <message>
        <source>Sichern vor dem Aktualisieren</source>
        <translation>backing up before the update</translation>
    </message>
    <message>
        <source>Vor dem Aktualisieren konnte keine Sicherungskopie angelegt werden: %1. Die Registry wurde nicht verändert.</source>
        <translation>No backup copy could be made before the update: %1. The registry was not changed.</translation>
    </message>
    <message>
        <source>Die Registry konnte nicht auf Version %1 gebracht werden: %2. Sie ist unverändert.</source>
        <translation>The registry could not be brought to version %1: %2. It is unchanged.</translation>
    </message>
    <message>
        <source>Der Eintrag verweist auf etwas, das es in der Registry nicht gibt (z. B. einen unbekannten Typ, Gebietsschlüssel oder Akteur), oder andere Einträge hängen noch von ihm ab.</source>
        <translation>The entry refers to something that does not exist in the registry (e.g. an unknown type, territorial key or actor), or other entries still depend on it.</translation>
    </message>
    <message>
        <source>Ein Eintrag mit diesem Schlüssel ist schon vorhanden.</source>
        <translation>An entry with this key already exists.</translation>
    </message>
    <message>
        <source>Ein Wert liegt außerhalb des Erlaubten (Pflichtfeld leer, Ende vor Beginn, negativer Betrag …).</source>
        <translation>A value is outside what is allowed (required field empty, end before start, negative amount …).</translation>
    </message>
    <message>
        <source>Die Registry wird gerade von einem anderen Programm geschrieben. Bitte später erneut versuchen.</source>
        <translation>The registry is being written by another program right now. Please try again later.</translation>
    </message>
    <message>
        <source>Die Registry ist schreibgeschützt geöffnet.</source>
        <translation>The registry is open read-only.</translation>
    </message>
    <message>
        <source>Die Registry konnte nicht geschrieben werden (Datenträger voll oder nicht erreichbar).</source>
        <translation>The registry could not be written (disk full or not reachable).</translation>
    </message>
    <message>
        <source>Datenbankfehler beim %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
</context>
<context>
    <name>netzatlas::storage::SqliteRegistryRepository</name>
    <message>
        <source>Die Registry ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</source>
        <translation>The registry is open read-only; changes are not possible.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Interner Fehler: %1</source>
        <translation>Internal error: %1</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Beginnen der Schreibtransaktion</source>
        <translation>starting the write transaction</translation>
    </message>
    <message>
        <source>Abschließen der Schreibtransaktion</source>
        <translation>committing the write transaction</translation>
    </message>
    <message>
        <source>Lesen der Registry-Angaben</source>
        <translation>reading the registry data</translation>
    </message>
    <message>
        <source>Speichern der Registry-Angaben</source>
        <translation>saving the registry data</translation>
    </message>
    <message>
        <source>Speichern der Gebiete (%1)</source>
        <translation>saving the territories (%1)</translation>
    </message>
    <message>
        <source>Lesen der Gebiete</source>
        <translation>reading the territories</translation>
    </message>
    <message>
        <source>Lesen der Gebietsangaben</source>
        <translation>reading the territorial data</translation>
    </message>
    <message>
        <source>Speichern der Gebietsangaben</source>
        <translation>saving the territorial data</translation>
    </message>
    <message>
        <source>Speichern der Gebietsangaben (%1)</source>
        <translation>saving the territorial data (%1)</translation>
    </message>
    <message>
        <source>Anlegen der Wertelisten</source>
        <translation>creating the value lists</translation>
    </message>
    <message>
        <source>Lesen der Kataloge</source>
        <translation>reading the catalogues</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ein Katalogeintrag braucht einen Code und eine Bezeichnung.</source>
        <translation>A catalogue entry needs a code and a label.</translation>
    </message>
    <message>
        <source>Speichern des Katalogeintrags „%1“</source>
        <translation>saving the catalogue entry “%1”</translation>
    </message>
    <message>
        <source>Prüfen des Katalogeintrags „%1“</source>
        <translation>checking the catalogue entry “%1”</translation>
    </message>
    <message>
        <source>Der Katalogeintrag „%1“ wird noch verwendet und kann nur stillgelegt werden.</source>
        <translation>The catalogue entry “%1” is still in use and can only be retired.</translation>
    </message>
    <message>
        <source>Löschen des Katalogeintrags „%1“</source>
        <translation>deleting the catalogue entry “%1”</translation>
    </message>
    <message>
        <source>Den Katalogeintrag „%1“ gibt es nicht (mehr).</source>
        <translation>The catalogue entry “%1” does not exist (any more).</translation>
    </message>
    <message>
        <source>Lesen der Akteure</source>
        <translation>reading the actors</translation>
    </message>
    <message>
        <source>Lesen der Schlagwörter</source>
        <translation>reading the tags</translation>
    </message>
    <message>
        <source>Lesen der Zuständigkeiten</source>
        <translation>reading the responsibilities</translation>
    </message>
    <message>
        <source>Speichern der Schlagwörter</source>
        <translation>saving the tags</translation>
    </message>
    <message>
        <source>Speichern der Zuständigkeiten</source>
        <translation>saving the responsibilities</translation>
    </message>
    <message>
        <source>Ein Akteur kann nur mit seiner Nummer und seinem Schlüssel wiederhergestellt werden.</source>
        <translation>An actor can only be restored with its number and its key.</translation>
    </message>
    <message>
        <source>Wiederherstellen des Akteurs „%1“</source>
        <translation>restoring the actor “%1”</translation>
    </message>
    <message>
        <source>Anlegen des Akteurs „%1“</source>
        <translation>creating the actor “%1”</translation>
    </message>
    <message>
        <source>Vergeben des Schlüssels</source>
        <translation>assigning the key</translation>
    </message>
    <message>
        <source>Prüfen des Datensatzes</source>
        <translation>checking the record</translation>
    </message>
    <message>
        <source>Der Datensatz gibt es nicht mehr; er wurde inzwischen gelöscht.</source>
        <translation>The record no longer exists; it has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Der Datensatz wurde inzwischen an anderer Stelle geändert. Bitte neu laden und die Änderung erneut vornehmen.</source>
        <translation>The record has been changed elsewhere in the meantime. Please reload and make the change again.</translation>
    </message>
    <message>
        <source>Schlüssel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Der Schlüssel eines Akteurs darf nicht leer sein.</source>
        <translation>The key of an actor must not be empty.</translation>
    </message>
    <message>
        <source>Ändern des Akteurs „%1“</source>
        <translation>changing the actor “%1”</translation>
    </message>
    <message>
        <source>Löschen des Akteurs</source>
        <translation>deleting the actor</translation>
    </message>
    <message>
        <source>Den Akteur gibt es nicht (mehr).</source>
        <translation>The actor does not exist (any more).</translation>
    </message>
    <message>
        <source>Lesen der Verbindungen</source>
        <translation>reading the links</translation>
    </message>
    <message>
        <source>Eine Verbindung kann nur mit ihrer Nummer wiederhergestellt werden.</source>
        <translation>A link can only be restored with its number.</translation>
    </message>
    <message>
        <source>Wiederherstellen der Verbindung</source>
        <translation>restoring the link</translation>
    </message>
    <message>
        <source>Anlegen der Verbindung</source>
        <translation>creating the link</translation>
    </message>
    <message>
        <source>Ändern der Verbindung</source>
        <translation>changing the link</translation>
    </message>
    <message>
        <source>Löschen der Verbindung</source>
        <translation>deleting the link</translation>
    </message>
    <message>
        <source>Die Verbindung gibt es nicht (mehr).</source>
        <translation>The link does not exist (any more).</translation>
    </message>
    <message>
        <source>Lesen der Ansprechpersonen</source>
        <translation>reading the contact persons</translation>
    </message>
    <message>
        <source>Eine Ansprechperson kann nur mit ihrer Nummer wiederhergestellt werden.</source>
        <translation>A contact person can only be restored with its number.</translation>
    </message>
    <message>
        <source>Wiederherstellen der Ansprechperson</source>
        <translation>restoring the contact person</translation>
    </message>
    <message>
        <source>Anlegen der Ansprechperson</source>
        <translation>creating the contact person</translation>
    </message>
    <message>
        <source>Ändern der Ansprechperson</source>
        <translation>changing the contact person</translation>
    </message>
    <message>
        <source>Löschen der Ansprechperson</source>
        <translation>deleting the contact person</translation>
    </message>
    <message>
        <source>Lesen der Gremien</source>
        <translation>reading the committees</translation>
    </message>
    <message>
        <source>Lesen der Mitgliedschaften</source>
        <translation>reading the memberships</translation>
    </message>
    <message>
        <source>Speichern der Mitgliedschaften</source>
        <translation>saving the memberships</translation>
    </message>
    <message>
        <source>Ein Gremium kann nur mit seiner Nummer wiederhergestellt werden.</source>
        <translation>A committee can only be restored with its number.</translation>
    </message>
    <message>
        <source>Wiederherstellen des Gremiums</source>
        <translation>restoring the committee</translation>
    </message>
    <message>
        <source>Anlegen des Gremiums</source>
        <translation>creating the committee</translation>
    </message>
    <message>
        <source>Ändern des Gremiums</source>
        <translation>changing the committee</translation>
    </message>
    <message>
        <source>Löschen des Gremiums</source>
        <translation>deleting the committee</translation>
    </message>
    <message>
        <source>Lesen der Maßnahmen</source>
        <translation>reading the measures</translation>
    </message>
    <message>
        <source>Speichern der Maßnahme</source>
        <translation>saving the measure</translation>
    </message>
    <message>
        <source>Speichern der beteiligten Akteure</source>
        <translation>saving the actors involved</translation>
    </message>
    <message>
        <source>Speichern der Handlungsfelder</source>
        <translation>saving the fields of action</translation>
    </message>
    <message>
        <source>Speichern der Aufgaben</source>
        <translation>saving the tasks</translation>
    </message>
    <message>
        <source>Speichern des Statusverlaufs</source>
        <translation>saving the status history</translation>
    </message>
    <message>
        <source>Speichern der Kosten je Schuljahr</source>
        <translation>saving the costs per school year</translation>
    </message>
    <message>
        <source>Anlegen der Maßnahme „%1“</source>
        <translation>creating the measure “%1”</translation>
    </message>
    <message>
        <source>Ändern der Maßnahme „%1“</source>
        <translation>changing the measure “%1”</translation>
    </message>
    <message>
        <source>Löschen der Maßnahme</source>
        <translation>deleting the measure</translation>
    </message>
    <message>
        <source>Lesen der Budgets</source>
        <translation>reading the budgets</translation>
    </message>
    <message>
        <source>Ein Budget kann nur mit seiner Nummer wiederhergestellt werden.</source>
        <translation>A budget can only be restored with its number.</translation>
    </message>
    <message>
        <source>Wiederherstellen des Budgets</source>
        <translation>restoring the budget</translation>
    </message>
    <message>
        <source>Anlegen des Budgets</source>
        <translation>creating the budget</translation>
    </message>
    <message>
        <source>Ändern des Budgets</source>
        <translation>changing the budget</translation>
    </message>
    <message>
        <source>Löschen des Budgets</source>
        <translation>deleting the budget</translation>
    </message>
    <message>
        <source>Lesen der Ansichten</source>
        <translation>reading the views</translation>
    </message>
    <message>
        <source>Anlegen der Ansicht „%1“</source>
        <translation>creating the view “%1”</translation>
    </message>
    <message>
        <source>Ändern der Ansicht „%1“</source>
        <translation>changing the view “%1”</translation>
    </message>
    <message>
        <source>Löschen der Ansicht</source>
        <translation>deleting the view</translation>
    </message>
    <message>
        <source>Lesen der Positionen</source>
        <translation>reading the positions</translation>
    </message>
    <message>
        <source>Speichern der Positionen</source>
        <translation>saving the positions</translation>
    </message>
    <message>
        <source>Zählen</source>
        <translation>counting</translation>
    </message>
    <message>
        <source>Die Ansprechperson gibt es nicht (mehr).</source>
        <translation>The contact person does not exist (any more).</translation>
    </message>
    <message>
        <source>Eine Maßnahme kann nur mit ihrer Nummer und ihrem Schlüssel wiederhergestellt werden.</source>
        <translation>A measure can only be restored with its number and key.</translation>
    </message>
    <message>
        <source>Wiederherstellen der Maßnahme „%1“</source>
        <translation>restoring the measure “%1”</translation>
    </message>
    <message>
        <source>Interner Fehler: Schreiben innerhalb einer Lesetransaktion.</source>
        <translation>Internal error: writing inside a read transaction.</translation>
    </message>
    <message>
        <source>Beginnen der Lesetransaktion</source>
        <translation>starting the read transaction</translation>
    </message>
    <message>
        <source>Abschließen der Lesetransaktion</source>
        <translation>completing the read transaction</translation>
    </message>
</context>
</TS>
