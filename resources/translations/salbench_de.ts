<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>sal::core::AcceptanceChecklist</name>
    <message>
        <source>Real person (verified email or LinkedIn)</source>
        <translation>Reale Person (verifizierte E-Mail oder LinkedIn)</translation>
    </message>
    <message>
        <source>Email %1 is verified.</source>
        <translation>E-Mail %1 ist verifiziert.</translation>
    </message>
    <message>
        <source>LinkedIn profile %1.</source>
        <translation>LinkedIn-Profil %1.</translation>
    </message>
    <message>
        <source>Email %1 is not verified and there is no LinkedIn profile.</source>
        <translation>E-Mail %1 ist nicht verifiziert und es gibt kein LinkedIn-Profil.</translation>
    </message>
    <message>
        <source>Neither an email address nor a LinkedIn profile.</source>
        <translation>Weder eine E-Mail-Adresse noch ein LinkedIn-Profil.</translation>
    </message>
    <message>
        <source>Company inside the ICP (industry, size, region)</source>
        <translation>Unternehmen im ICP (Branche, Größe, Region)</translation>
    </message>
    <message>
        <source>Industry %1, %2 employees, region %3 / %4.</source>
        <translation>Branche %1, %2 Beschäftigte, Region %3 / %4.</translation>
    </message>
    <message>
        <source>Title with buying influence</source>
        <translation>Titel mit Einfluss auf den Kauf</translation>
    </message>
    <message>
        <source>Title &quot;%1&quot;, seniority %2.</source>
        <translation>Titel „%1“, Hierarchieebene %2.</translation>
    </message>
    <message>
        <source>Not an existing customer, competitor or known-disqualified contact</source>
        <translation>Kein Bestandskunde, Wettbewerber oder bekannt disqualifizierter Kontakt</translation>
    </message>
    <message>
        <source>%1 is an existing customer</source>
        <translation>%1 ist Bestandskunde</translation>
    </message>
    <message>
        <source>%1 is a competitor</source>
        <translation>%1 ist ein Wettbewerber</translation>
    </message>
    <message>
        <source>%1 was disqualified before</source>
        <translation>%1 wurde bereits disqualifiziert</translation>
    </message>
    <message>
        <source>No customer, competitor or disqualification flag.</source>
        <translation>Keine Kennzeichnung als Kunde, Wettbewerber oder disqualifiziert.</translation>
    </message>
    <message>
        <source>Several contacts engaged at the account</source>
        <translation>Mehrere engagierte Kontakte beim Account</translation>
    </message>
    <message numerus="yes">
        <source>%n engaged contact(s) at the account.</source>
        <translation>
            <numerusform>%n engagierter Kontakt beim Account.</numerusform>
            <numerusform>%n engagierte Kontakte beim Account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Engaged in the last %n days</source>
        <translation>
            <numerusform>Engagiert am letzten Tag</numerusform>
            <numerusform>Engagiert in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No engagement recorded.</source>
        <translation>Kein Engagement erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Last engagement %n day(s) ago.</source>
        <translation>
            <numerusform>Letztes Engagement vor %n Tag.</numerusform>
            <numerusform>Letztes Engagement vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engaged with MOFU or BOFU content</source>
        <translation>Engagement mit MOFU- oder BOFU-Inhalten</translation>
    </message>
    <message>
        <source>Only top-of-funnel engagement.</source>
        <translation>Nur Engagement im oberen Trichter (TOFU).</translation>
    </message>
    <message>
        <source>Growth signals (funding, hiring)</source>
        <translation>Wachstumssignale (Finanzierung, Einstellungen)</translation>
    </message>
    <message>
        <source>%1 funding on %2</source>
        <translation>Finanzierung %1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open roles</source>
        <translation>
            <numerusform>%n offene Stelle</numerusform>
            <numerusform>%n offene Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent funding or hiring seen.</source>
        <translation>Keine aktuelle Finanzierung oder Einstellung bekannt.</translation>
    </message>
    <message>
        <source>Third-party intent data</source>
        <translation>Kaufabsichtsdaten von Drittanbietern</translation>
    </message>
    <message>
        <source>No intent signal.</source>
        <translation>Kein Kaufabsichtssignal.</translation>
    </message>
</context>
<context>
    <name>sal::core::AcceptanceFeatures</name>
    <message>
        <source>fit score %1</source>
        <translation>Fit-Score %1</translation>
    </message>
    <message>
        <source>engagement score %1</source>
        <translation>Engagement-Score %1</translation>
    </message>
    <message>
        <source>no signal in %1 days</source>
        <translation>kein Signal seit %1 Tagen</translation>
    </message>
    <message>
        <source>latest signal 1 day ago</source>
        <translation>letztes Signal vor 1 Tag</translation>
    </message>
    <message>
        <source>latest signal %1 days ago</source>
        <translation>letztes Signal vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message>
        <source>%1 1 day ago</source>
        <translation>%1 vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 %2 days ago</source>
        <translation>%1 vor %2 Tagen</translation>
    </message>
    <message>
        <source>headcount unknown</source>
        <translation>Beschäftigtenzahl unbekannt</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 Beschäftigter</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Beschäftigte</translation>
    </message>
    <message>
        <source>ICP industry match (%1)</source>
        <translation>Branche passt zum ICP (%1)</translation>
    </message>
    <message>
        <source>industry outside the ICP (%1)</source>
        <translation>Branche außerhalb des ICP (%1)</translation>
    </message>
    <message>
        <source>industry unknown</source>
        <translation>Branche unbekannt</translation>
    </message>
    <message>
        <source>region unknown</source>
        <translation>Region unbekannt</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <source>seniority: %1</source>
        <translation>Hierarchieebene: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: unbekannt</translation>
    </message>
</context>
<context>
    <name>sal::core::AcceptanceModel</name>
    <message>
        <source>format %1 is not one this program reads (%2)</source>
        <translation>Format %1 kann dieses Programm nicht lesen (%2)</translation>
    </message>
    <message>
        <source>has %1 coefficients for %2 features</source>
        <translation>hat %1 Koeffizienten für %2 Merkmale</translation>
    </message>
</context>
<context>
    <name>sal::core::AcceptanceReport</name>
    <message>
        <source>Acceptance by source</source>
        <translation>Annahme nach Quelle</translation>
    </message>
    <message>
        <source>Acceptance by campaign</source>
        <translation>Annahme nach Kampagne</translation>
    </message>
    <message>
        <source>Decisions and acceptance rate per lead source, with the health band.</source>
        <translation>Entscheidungen und Annahmequote je Lead-Quelle, mit dem Gesundheitsbereich.</translation>
    </message>
    <message>
        <source>Decisions and acceptance rate per campaign, with the health band.</source>
        <translation>Entscheidungen und Annahmequote je Kampagne, mit dem Gesundheitsbereich.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Angaben fehlen</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Bands: below %1 % red, below %2 % amber, up to %3 % healthy, above: the bar may be too low.</source>
        <translation>Bereiche: unter %1 % rot, unter %2 % gelb, bis %3 % gesund, darüber: die Messlatte liegt vielleicht zu niedrig.</translation>
    </message>
</context>
<context>
    <name>sal::core::AcceptanceTrainer</name>
    <message>
        <source>not enough decisions to learn from: %1 accepted and %2 rejected, at least %3 of each needed</source>
        <translation>nicht genug Entscheidungen zum Lernen: %1 angenommen und %2 abgelehnt, mindestens %3 von jeder Art nötig</translation>
    </message>
</context>
<context>
    <name>sal::core::AwayCommand</name>
    <message>
        <source>Out-of-office days of the team&apos;s people (routing skips them).</source>
        <translation>Abwesenheiten der Personen im Team (das Routing überspringt sie).</translation>
    </message>
    <message>
        <source>Without EMAIL: lists every recorded absence. With EMAIL --from --to: records one (local dates of the person&apos;s team, both days included).</source>
        <translation>Ohne EMAIL: listet alle erfassten Abwesenheiten. Mit EMAIL --from --to: erfasst eine (lokale Daten des Teams der Person, beide Tage eingeschlossen).</translation>
    </message>
    <message>
        <source>The person who is away.</source>
        <translation>Die abwesende Person.</translation>
    </message>
    <message>
        <source>[EMAIL]</source>
        <translation>[EMAIL]</translation>
    </message>
    <message>
        <source>First day away.</source>
        <translation>Erster Abwesenheitstag.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Last day away.</source>
        <translation>Letzter Abwesenheitstag.</translation>
    </message>
    <message>
        <source>Why (vacation, conference…).</source>
        <translation>Grund (Urlaub, Konferenz …).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1 is not a person of this team store</source>
        <translation>%1 ist keine Person dieses Team-Speichers</translation>
    </message>
    <message>
        <source>%1 is away from %2 to %3.</source>
        <translation>%1 ist vom %2 bis %3 abwesend.</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s).</source>
        <translation>
            <numerusform>%n Abwesenheit.</numerusform>
            <numerusform>%n Abwesenheiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::BenchCommand</name>
    <message>
        <source>Benchmarks against the database shells on this machine (&apos;bench all&apos;).</source>
        <translation>Benchmarks gegen die Datenbank-Shells auf diesem Rechner („bench all“).</translation>
    </message>
    <message>
        <source>Measures SAL Workbench at scale and, in the same run, the reference it is judged against. Benchmarks:%1</source>
        <translation>Misst SAL Workbench unter Last und im selben Lauf die Referenz, an der es gemessen wird. Benchmarks:%1</translation>
    </message>
    <message>
        <source>A benchmark, or all.</source>
        <translation>Ein Benchmark oder all.</translation>
    </message>
    <message>
        <source>small (1/10), base (the default) or large (10×).</source>
        <translation>small (1/10), base (Standard) oder large (10×).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>no benchmark &quot;%1&quot;; one of: %2</source>
        <translation>kein Benchmark „%1“; einer von: %2</translation>
    </message>
    <message>
        <source>must be small, base or large</source>
        <translation>muss small, base oder large sein</translation>
    </message>
    <message>
        <source>must be table or json</source>
        <translation>muss table oder json sein</translation>
    </message>
    <message>
        <source>Operations per push batch for &apos;push&apos; (default %1, the sync engine&apos;s).</source>
        <translation>Operationen je Push-Stapel für &apos;push&apos; (Standard %1, wie die Synchronisation).</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>sal::core::BenchSuite</name>
    <message>
        <source>bench %1 at %2…</source>
        <translation>Benchmark %1 bei %2 …</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <source>bench %1 at %2 took %3 s</source>
        <translation>Benchmark %1 bei %2 dauerte %3 s</translation>
    </message>
    <message>
        <source>Wall-clock figures on a shared machine are noisy; each ratio compares ours with a reference measured in the same run on the same machine, which is the point.</source>
        <translation>Echtzeitwerte auf einem geteilten Rechner schwanken; jedes Verhältnis vergleicht unseren Wert mit einer Referenz, die im selben Lauf auf demselben Rechner gemessen wurde, und darauf kommt es an.</translation>
    </message>
</context>
<context>
    <name>sal::core::BenchTable</name>
    <message>
        <source>ITEM</source>
        <translation>BENCHMARK</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <source>OURS</source>
        <translation>UNSERE</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>RATIO</source>
        <translation>VERHÄLTNIS</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>≤ %1×</source>
        <translation>≤ %1×</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
</context>
<context>
    <name>sal::core::CalendarFile</name>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone such as &quot;America/New_York&quot;</source>
        <translation>„%1“ ist keine IANA-Zeitzone wie „America/New_York“</translation>
    </message>
    <message>
        <source>must be a pair of times like [&quot;09:00&quot;, &quot;17:00&quot;]</source>
        <translation>muss ein Paar von Uhrzeiten wie [&quot;09:00&quot;, &quot;17:00&quot;] sein</translation>
    </message>
    <message>
        <source>starts at or after its end</source>
        <translation>beginnt bei oder nach seinem Ende</translation>
    </message>
    <message>
        <source>overlaps another interval of the same day</source>
        <translation>überschneidet sich mit einem anderen Intervall desselben Tages</translation>
    </message>
    <message>
        <source>has no working time at all: no deadline could ever be met</source>
        <translation>hat überhaupt keine Arbeitszeit: keine Frist könnte je eingehalten werden</translation>
    </message>
    <message>
        <source>must be a date like &quot;2026-11-26&quot;</source>
        <translation>muss ein Datum wie &quot;2026-11-26&quot; sein</translation>
    </message>
</context>
<context>
    <name>sal::core::CapacityBoard</name>
    <message>
        <source>not a person of this team store</source>
        <translation>keine Person dieses Team-Speichers</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>out of office until %1</source>
        <translation>abwesend bis %1</translation>
    </message>
    <message>
        <source>out of office (%1) until %2</source>
        <translation>abwesend (%1) bis %2</translation>
    </message>
    <message>
        <source>at capacity (%1 of %2 leads today)</source>
        <translation>ausgelastet (%1 von %2 Leads heute)</translation>
    </message>
</context>
<context>
    <name>sal::core::CapacityLoadReport</name>
    <message>
        <source>MQLs routed per rep per day against the rep&apos;s daily capacity.</source>
        <translation>Geroutete MQLs je Rep und Tag im Vergleich zur Tageskapazität des Reps.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MQLs routed</source>
        <translation>Geroutete MQLs</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Über Kapazität</translation>
    </message>
    <message>
        <source>Leads counted for the rep who owns them now, on the day they were routed to them.</source>
        <translation>Leads zählen für den Rep, dem sie jetzt gehören, an dem Tag, an dem sie ihm zugeroutet wurden.</translation>
    </message>
    <message>
        <source>Load against capacity</source>
        <translation>Auslastung im Vergleich zur Kapazität</translation>
    </message>
</context>
<context>
    <name>sal::core::CommandParser</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe „%1 --help“.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s), got %1</source>
        <translation>
            <numerusform>%n Argument erwartet, %1 erhalten</numerusform>
            <numerusform>%n Argumente erwartet, %1 erhalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::CommandRouter</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]</source>
        <translation>Aufruf: %1 BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>SAL Workbench command line: decide on marketing-qualified leads inside their SLA.</source>
        <translation>SAL-Workbench-Befehlszeile: über marketing-qualifizierte Leads innerhalb ihres SLA entscheiden.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help; &apos;%1 COMMAND --help&apos; shows a command&apos;s.</source>
        <translation>Diese Hilfe anzeigen; „%1 BEFEHL --help“ zeigt die eines Befehls.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 internal failure, 2 bad input (problems listed on stderr).</source>
        <translation>Exit-Codes: 0 Erfolg, 1 interner Fehler, 2 ungültige Eingabe (Probleme auf stderr).</translation>
    </message>
    <message>
        <source>%1: unknown command &quot;%2&quot;</source>
        <translation>%1: unbekannter Befehl „%2“</translation>
    </message>
</context>
<context>
    <name>sal::core::CsvLeadSource</name>
    <message>
        <source>is empty: a CSV export starts with a header line</source>
        <translation>ist leer: ein CSV-Export beginnt mit einer Kopfzeile</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>die Spalte kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>no column of the header is known to the profile &quot;%1&quot;: run &apos;salctl import --detect&apos; to find the right one, or write a profile and pass it with --mapping</source>
        <translation>keine Spalte der Kopfzeile ist dem Profil „%1“ bekannt: finden Sie mit „salctl import --detect“ das richtige, oder schreiben Sie ein Profil und übergeben Sie es mit --mapping</translation>
    </message>
    <message numerus="yes">
        <source>has %n field(s), the header has %1</source>
        <translation>
            <numerusform>hat %n Feld, die Kopfzeile hat %1</numerusform>
            <numerusform>hat %n Felder, die Kopfzeile hat %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import line</source>
        <translation>Importzeile</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
</context>
<context>
    <name>sal::core::CsvReader</name>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>contains NUL bytes: it is UTF-16 or not a text file; save it as &quot;CSV UTF-8&quot;</source>
        <translation>enthält NUL-Bytes: die Datei ist UTF-16 oder keine Textdatei; speichern Sie sie als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>is UTF-16 or UTF-32 text: save it as &quot;CSV UTF-8&quot;</source>
        <translation>ist UTF-16- oder UTF-32-Text: speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a record longer than %1 bytes starts on this line; a quote is probably never closed</source>
        <translation>ein Datensatz länger als %1 Bytes beginnt in dieser Zeile; vermutlich wird ein Anführungszeichen nie geschlossen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field: quote the whole field and double the quote</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen: setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen</translation>
    </message>
    <message>
        <source>text after the closing quote: double a quote inside a quoted field</source>
        <translation>Text nach dem schließenden Anführungszeichen: verdoppeln Sie Anführungszeichen innerhalb eines Feldes in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>sal::core::DecideCommand</name>
    <message>
        <source>Accept, reject or return a lead: &apos;decide LEAD accept|reject|needs-info&apos;.</source>
        <translation>Einen Lead annehmen, ablehnen oder zurückgeben: „decide LEAD accept|reject|needs-info“.</translation>
    </message>
    <message>
        <source>Log a contact attempt: &apos;attempt LEAD --channel C --outcome TEXT&apos;.</source>
        <translation>Einen Kontaktversuch erfassen: „attempt LEAD --channel C --outcome TEXT“.</translation>
    </message>
    <message>
        <source>Records your decision on a lead. accept needs --next-step call|meeting|email|other, --due ISO8601 and --note; reject needs --reason CODE (and --text for &apos;other&apos;); needs-info needs --missing ITEM[,ITEM…].</source>
        <translation>Erfasst Ihre Entscheidung zu einem Lead. accept braucht --next-step call|meeting|email|other, --due ISO8601 und --note; reject braucht --reason CODE (und --text bei „other“); needs-info braucht --missing ITEM[,ITEM…].</translation>
    </message>
    <message>
        <source>Logs a contact attempt (phone, email, linkedin, other) on a lead.</source>
        <translation>Erfasst einen Kontaktversuch (phone, email, linkedin, other) zu einem Lead.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Lead-ID.</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>accept, reject or needs-info.</source>
        <translation>accept, reject oder needs-info.</translation>
    </message>
    <message>
        <source>Next step: call, meeting, email or other.</source>
        <translation>Nächster Schritt: call, meeting, email oder other.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>When the next step is due (ISO 8601).</source>
        <translation>Wann der nächste Schritt fällig ist (ISO 8601).</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>What was agreed or why.</source>
        <translation>Was vereinbart wurde oder warum.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Rejection reason code (see resources/policy/reasons.json).</source>
        <translation>Code des Ablehnungsgrunds (siehe resources/policy/reasons.json).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Explanation (required for &apos;other&apos;).</source>
        <translation>Erklärung (erforderlich bei „other“).</translation>
    </message>
    <message>
        <source>What marketing must find out, comma separated.</source>
        <translation>Was das Marketing herausfinden muss, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>phone, email, linkedin or other.</source>
        <translation>phone, email, linkedin oder other.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>How it went.</source>
        <translation>Wie es gelaufen ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keins von %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accept, reject or needs-info</source>
        <translation>„%1“ ist weder accept, reject noch needs-info</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recorded %1 on %2 (operation %3).</source>
        <translation>%1 zu %2 erfasst (Vorgang %3).</translation>
    </message>
    <message>
        <source>Offline: it waits in the outbox until &apos;salctl sync&apos;.</source>
        <translation>Offline: wartet im Postausgang bis „salctl sync“.</translation>
    </message>
</context>
<context>
    <name>sal::core::DecisionCommitBench</name>
    <message>
        <source>Decision commit: p50/p99 of one durable decision (synchronous=FULL) over N.</source>
        <translation>Entscheidungs-Commit: p50/p99 einer dauerhaft gespeicherten Entscheidung (synchronous=FULL) über N.</translation>
    </message>
    <message>
        <source>sqlite3 INSERT+COMMIT</source>
        <translation>sqlite3 INSERT+COMMIT</translation>
    </message>
    <message>
        <source>decision commit, mean of %1</source>
        <translation>Entscheidungs-Commit, Mittel aus %1</translation>
    </message>
    <message>
        <source>decision commit p50</source>
        <translation>Entscheidungs-Commit p50</translation>
    </message>
    <message>
        <source>decision commit p99</source>
        <translation>Entscheidungs-Commit p99</translation>
    </message>
    <message>
        <source>commit: the reference&apos;s p50/p99 come from sqlite3 .timer, which has 1 ms resolution; its mean is the script&apos;s wall time over N.</source>
        <translation>Commit: p50/p99 der Referenz stammen aus sqlite3 .timer mit 1 ms Auflösung; ihr Mittel ist die Laufzeit des Skripts geteilt durch N.</translation>
    </message>
</context>
<context>
    <name>sal::core::DecisionExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>sal::core::DecisionMaker</name>
    <message>
        <source>Lead %1 belongs to %2, not to %3.</source>
        <translation>Lead %1 gehört %2, nicht %3.</translation>
    </message>
    <message>
        <source>Say how the attempt went (no answer, voicemail, bounced…).</source>
        <translation>Sagen Sie, wie der Versuch ausging (keine Antwort, Mailbox, unzustellbar …).</translation>
    </message>
    <message>
        <source>Say how the attempt went.</source>
        <translation>Sagen Sie, wie der Versuch ausging.</translation>
    </message>
</context>
<context>
    <name>sal::core::DemoCommand</name>
    <message>
        <source>Create the demo team store: two teams, their reps and ~3,000 MQLs with 90 days of history.</source>
        <translation>Den Demo-Team-Speicher anlegen: zwei Teams, ihre Reps und ~3.000 MQLs mit 90 Tagen Verlauf.</translation>
    </message>
    <message>
        <source>Creates a deterministic, realistic team store. The same --seed and --now give identical contents. The file must not exist yet.</source>
        <translation>Legt einen deterministischen, realistischen Team-Speicher an. Gleiche --seed und --now ergeben denselben Inhalt. Die Datei darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>Team store file to create (default: %1).</source>
        <translation>Anzulegende Team-Speicher-Datei (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Seed this team store instead: a new file, or an empty postgresql://HOST/DATABASE (connect as an administrator: its schema is created or upgraded).</source>
        <translation>Stattdessen diesen Team-Speicher befüllen: eine neue Datei oder eine leere postgresql://HOST/DATENBANK (als Administrator verbinden: das Schema wird angelegt oder aktualisiert).</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <source>Number of MQLs (default 3000).</source>
        <translation>Anzahl der MQLs (Standard 3000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Zufalls-Seed (Standard 42).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The demo&apos;s present moment, ISO 8601 (default: now, so countdowns are live).</source>
        <translation>Der gegenwärtige Zeitpunkt der Demo, ISO 8601 (Standard: jetzt, damit die Countdowns laufen).</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>give either --out or --team-store, not both</source>
        <translation>geben Sie entweder --out oder --team-store an, nicht beides</translation>
    </message>
    <message>
        <source>%1 already exists: remove it or choose another file</source>
        <translation>%1 existiert bereits: entfernen Sie die Datei oder wählen Sie eine andere</translation>
    </message>
    <message>
        <source>Created %1: %2 teams, %3 people, %4 leads (%5 open), %6 decisions, %7 contact attempts, %8 events.</source>
        <translation>%1 angelegt: %2 Teams, %3 Personen, %4 Leads (%5 offen), %6 Entscheidungen, %7 Kontaktversuche, %8 Ereignisse.</translation>
    </message>
</context>
<context>
    <name>sal::core::DemoReplay</name>
    <message>
        <source>The team store did not apply demo operation %1 on lead %2: %3</source>
        <translation>Der Team-Speicher hat den Demo-Vorgang %1 zu Lead %2 nicht angewendet: %3</translation>
    </message>
</context>
<context>
    <name>sal::core::DemoRoster</name>
    <message>
        <source>The policy has no calendar &quot;%1&quot; for team %2.</source>
        <translation>Die Richtlinie hat keinen Kalender „%1“ für Team %2.</translation>
    </message>
    <message>
        <source>cannot read the calendar: %1</source>
        <translation>der Kalender kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sal::core::DemoWorkspace</name>
    <message>
        <source>The number of leads must be between 0 and %1.</source>
        <translation>Die Anzahl der Leads muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The demo needs a valid &quot;now&quot; to place its history before.</source>
        <translation>Die Demo braucht ein gültiges „jetzt“, vor dem sie ihren Verlauf anlegt.</translation>
    </message>
    <message>
        <source>The policy has no valid calendar &quot;%1&quot; for team %2.</source>
        <translation>Die Richtlinie hat keinen gültigen Kalender „%1“ für Team %2.</translation>
    </message>
    <message>
        <source>The SLA policy has no tiers.</source>
        <translation>Die SLA-Richtlinie hat keine Stufen.</translation>
    </message>
    <message>
        <source>The demo workspace can only be generated into an empty team store.</source>
        <translation>Der Demo-Arbeitsbereich kann nur in einem leeren Team-Speicher erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>sal::core::DispositionValidator</name>
    <message>
        <source>&quot;Bad timing&quot; is not a reason to reject an MQL: accept it and disqualify it after contact if the timing is really wrong.</source>
        <translation>„Schlechter Zeitpunkt“ ist kein Grund, ein MQL abzulehnen: nehmen Sie es an und disqualifizieren Sie es nach dem Kontakt, wenn der Zeitpunkt wirklich nicht passt.</translation>
    </message>
    <message>
        <source>Choose the next step: call, meeting, email sequence or other.</source>
        <translation>Wählen Sie den nächsten Schritt: Anruf, Termin, E-Mail-Sequenz oder Sonstiges.</translation>
    </message>
    <message>
        <source>Give the date and time the next step is due.</source>
        <translation>Geben Sie Datum und Uhrzeit an, zu der der nächste Schritt fällig ist.</translation>
    </message>
    <message>
        <source>The next step cannot be due in the past.</source>
        <translation>Der nächste Schritt kann nicht in der Vergangenheit fällig sein.</translation>
    </message>
    <message>
        <source>Write a note on what was agreed or why the lead is accepted.</source>
        <translation>Schreiben Sie eine Notiz, was vereinbart wurde oder warum der Lead angenommen wird.</translation>
    </message>
    <message>
        <source>Choose a rejection reason from the list.</source>
        <translation>Wählen Sie einen Ablehnungsgrund aus der Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rejection reason of this team.</source>
        <translation>„%1“ ist kein Ablehnungsgrund dieses Teams.</translation>
    </message>
    <message numerus="yes">
        <source>Explain the reason in at least %n characters.</source>
        <translation>
            <numerusform>Erklären Sie den Grund in mindestens %n Zeichen.</numerusform>
            <numerusform>Erklären Sie den Grund in mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least %2 logged contact attempts over %3 channels first (so far: %4 over %5).</source>
        <translation>„%1“ erfordert zuerst mindestens %2 erfasste Kontaktversuche über %3 Kanäle (bisher: %4 über %5).</translation>
    </message>
    <message>
        <source>Name at least one thing marketing has to find out.</source>
        <translation>Nennen Sie mindestens eine Sache, die das Marketing herausfinden muss.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something marketing can enrich; choose from: %2.</source>
        <translation>„%1“ kann das Marketing nicht ergänzen; wählen Sie aus: %2.</translation>
    </message>
</context>
<context>
    <name>sal::core::DisputeCommand</name>
    <message>
        <source>Marketing disputes a rejection; the team&apos;s manager upholds or overturns it.</source>
        <translation>Das Marketing widerspricht einer Ablehnung; der Manager des Teams bestätigt oder verwirft sie.</translation>
    </message>
    <message>
        <source>With --text: marketing (or a manager) disputes the rejection of LEAD. With --uphold or --overturn: the manager of the lead&apos;s team settles the open dispute; an overturned lead is an MQL again and is routed by the rules.</source>
        <translation>Mit --text: das Marketing (oder ein Manager) widerspricht der Ablehnung von LEAD. Mit --uphold oder --overturn: der Manager des Teams des Leads entscheidet den offenen Widerspruch; ein verworfener Lead ist wieder ein MQL und wird nach den Regeln geroutet.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Lead-ID.</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>Why the rejection is wrong (at least 10 characters).</source>
        <translation>Warum die Ablehnung falsch ist (mindestens 10 Zeichen).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Settle: the rejection stands.</source>
        <translation>Entscheiden: die Ablehnung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Settle: the rejection was wrong; the lead goes back to sales.</source>
        <translation>Entscheiden: die Ablehnung war falsch; der Lead geht zurück an den Vertrieb.</translation>
    </message>
    <message>
        <source>Settle: the manager&apos;s note.</source>
        <translation>Entscheiden: die Notiz des Managers.</translation>
    </message>
    <message>
        <source>give exactly one of --text, --uphold, --overturn</source>
        <translation>geben Sie genau eines von --text, --uphold, --overturn an</translation>
    </message>
</context>
<context>
    <name>sal::core::DisputeDesk</name>
    <message>
        <source>Only marketing or a manager can dispute a rejection; %1 is a %2.</source>
        <translation>Nur das Marketing oder ein Manager kann einer Ablehnung widersprechen; %1 ist %2.</translation>
    </message>
    <message>
        <source>Say why the rejection is wrong, in at least %1 characters.</source>
        <translation>Sagen Sie in mindestens %1 Zeichen, warum die Ablehnung falsch ist.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Lead %1 already has an open dispute.</source>
        <translation>Zu Lead %1 gibt es bereits einen offenen Widerspruch.</translation>
    </message>
    <message>
        <source>Dispute opened on %1; the manager of team %2 settles it.</source>
        <translation>Widerspruch zu %1 eröffnet; der Manager von Team %2 entscheidet ihn.</translation>
    </message>
    <message>
        <source>Only the manager of team %1 can settle this dispute.</source>
        <translation>Nur der Manager von Team %1 kann diesen Widerspruch entscheiden.</translation>
    </message>
    <message>
        <source>Lead %1 has no open dispute.</source>
        <translation>Lead %1 hat keinen offenen Widerspruch.</translation>
    </message>
    <message>
        <source>Rejection of %1 upheld.</source>
        <translation>Ablehnung von %1 bestätigt.</translation>
    </message>
    <message>
        <source>Rejection of %1 overturned: it is an MQL again and went to %2 (%3).</source>
        <translation>Ablehnung von %1 verworfen: der Lead ist wieder ein MQL und ging an %2 (%3).</translation>
    </message>
</context>
<context>
    <name>sal::core::DisqualificationFile</name>
    <message>
        <source>&quot;%1&quot; must be lower_case_with_underscores</source>
        <translation>„%1“ muss in kleinbuchstaben_mit_unterstrichen geschrieben sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
</context>
<context>
    <name>sal::core::DurationText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>sal::core::EnrichCommand</name>
    <message>
        <source>Marketing&apos;s enrichment queue; mark a lead enriched to return it to sales.</source>
        <translation>Die Ergänzungswarteschlange des Marketings; markieren Sie einen Lead als ergänzt, um ihn an den Vertrieb zurückzugeben.</translation>
    </message>
    <message>
        <source>Without a lead: lists the leads waiting for marketing (sent back for more information, their SLA paused, or rejected for bad data). With LEAD --done: the data is complete; a needs-info lead goes back to its rep with the SLA time that was left, a rejected one is routed again.</source>
        <translation>Ohne Lead: listet die Leads, die auf das Marketing warten (für mehr Informationen zurückgegeben, ihr SLA pausiert, oder wegen schlechter Daten abgelehnt). Mit LEAD --done: die Daten sind vollständig; ein Lead mit fehlenden Angaben geht mit der verbliebenen SLA-Zeit an seinen Rep zurück, ein abgelehnter wird erneut geroutet.</translation>
    </message>
    <message>
        <source>Lead id (with --done).</source>
        <translation>Lead-ID (mit --done).</translation>
    </message>
    <message>
        <source>[LEAD]</source>
        <translation>[LEAD]</translation>
    </message>
    <message>
        <source>Mark LEAD enriched (needs --as).</source>
        <translation>LEAD als ergänzt markieren (braucht --as).</translation>
    </message>
    <message>
        <source>give a lead and --done together, or neither to list the queue</source>
        <translation>geben Sie einen Lead und --done zusammen an, oder keins von beiden, um die Warteschlange zu listen</translation>
    </message>
    <message>
        <source>say who enriched the lead</source>
        <translation>sagen Sie, wer den Lead ergänzt hat</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) waiting for enrichment.</source>
        <translation>
            <numerusform>%n Lead wartet auf Ergänzung.</numerusform>
            <numerusform>%n Leads warten auf Ergänzung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::EnrichmentQueue</name>
    <message>
        <source>%1 is back in %2&apos;s queue; its SLA resumes with the time that was left.</source>
        <translation>%1 ist wieder in der Warteschlange von %2; sein SLA läuft mit der verbliebenen Zeit weiter.</translation>
    </message>
    <message>
        <source>waiting in the enrichment queue</source>
        <translation>wartet in der Ergänzungswarteschlange</translation>
    </message>
    <message>
        <source>%1 is an MQL again and went to %2: %3.</source>
        <translation>%1 ist wieder ein MQL und ging an %2: %3.</translation>
    </message>
</context>
<context>
    <name>sal::core::EscalateCommand</name>
    <message>
        <source>Run the SLA escalation ladder: warn at risk, escalate at the deadline, re-route after.</source>
        <translation>Die SLA-Eskalationsleiter ausführen: bei Gefährdung warnen, bei Fristablauf eskalieren, danach umrouten.</translation>
    </message>
    <message>
        <source>Warns the owner of every lead that went at risk, tells the team&apos;s manager about every lead past its deadline, and re-routes leads past the second threshold to a rep of the same group with spare capacity. Accepted leads are warned and escalated on their first-outreach SLA. Running it twice changes nothing the second time.</source>
        <translation>Warnt den Besitzer jedes gefährdeten Leads, informiert den Manager des Teams über jeden Lead nach Fristablauf und routet Leads nach der zweiten Schwelle an einen Rep derselben Gruppe mit freier Kapazität um. Angenommene Leads werden nach ihrem SLA für die erste Kontaktaufnahme gewarnt und eskaliert. Ein zweiter Lauf ändert nichts mehr.</translation>
    </message>
    <message>
        <source>Only explain what would be done and why; change nothing.</source>
        <translation>Nur erklären, was getan würde und warum; nichts ändern.</translation>
    </message>
    <message>
        <source>Only this team&apos;s leads (a team id, e.g. na).</source>
        <translation>Nur die Leads dieses Teams (eine Team-ID, z. B. na).</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message numerus="yes">
        <source>Dry run at %1: %n action(s) planned</source>
        <translation>
            <numerusform>Probelauf um %1: %n Aktion geplant</numerusform>
            <numerusform>Probelauf um %1: %n Aktionen geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lead(s) held</source>
        <translation>
            <numerusform>, %n Lead zurückgehalten</numerusform>
            <numerusform>, %n Leads zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was changed.</source>
        <translation>; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Escalation at %1: %n action(s) done</source>
        <translation>
            <numerusform>Eskalation um %1: %n Aktion ausgeführt</numerusform>
            <numerusform>Eskalation um %1: %n Aktionen ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lead(s) held.</source>
        <translation>
            <numerusform>, %n Lead zurückgehalten.</numerusform>
            <numerusform>, %n Leads zurückgehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::EscalationLadder</name>
    <message>
        <source>Warn %1: only %2 of the %3 %4 window are left (at risk since %5, deadline %6).</source>
        <translation>%1 warnen: nur noch %2 des %3-Fensters (%4) übrig (gefährdet seit %5, Frist %6).</translation>
    </message>
    <message>
        <source>Escalate to the manager %1: %2 has not decided within the %3 %4 window (deadline %5, %6 of business time ago).</source>
        <translation>An den Manager %1 eskalieren: %2 hat nicht innerhalb des %3-Fensters (%4) entschieden (Frist %5, vor %6 Geschäftszeit).</translation>
    </message>
    <message>
        <source>(the team has none)</source>
        <translation>(das Team hat keinen)</translation>
    </message>
    <message>
        <source>Keep with %1 although the re-route threshold passed at %2: %3.</source>
        <translation>Bei %1 belassen, obwohl die Umrouting-Schwelle um %2 überschritten wurde: %3.</translation>
    </message>
    <message>
        <source>Keep with %1 although the re-route threshold passed at %2: %3%4.</source>
        <translation>Bei %1 belassen, obwohl die Umrouting-Schwelle um %2 überschritten wurde: %3%4.</translation>
    </message>
    <message>
        <source>Re-route from %1 to %2: %3 of business time since it was routed, past the re-route threshold (%4); %5.%6</source>
        <translation>Von %1 zu %2 umrouten: %3 Geschäftszeit seit dem Routing, über der Umrouting-Schwelle (%4); %5.%6</translation>
    </message>
    <message>
        <source> Passed over: %1.</source>
        <translation> Übergangen: %1.</translation>
    </message>
    <message>
        <source>Record the first outreach of %1 at %2 (a contact attempt after acceptance): the follow-up SLA was %3.</source>
        <translation>Die erste Kontaktaufnahme von %1 um %2 erfassen (ein Kontaktversuch nach der Annahme): das Folge-SLA wurde %3.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source> The promised next step: %1 by %2.</source>
        <translation> Der zugesagte nächste Schritt: %1 bis %2.</translation>
    </message>
    <message>
        <source>Warn %1: the first outreach after acceptance is due by %2 (%3 of business time left).%4</source>
        <translation>%1 warnen: die erste Kontaktaufnahme nach der Annahme ist bis %2 fällig (noch %3 Geschäftszeit).%4</translation>
    </message>
    <message>
        <source>Escalate to the manager %1: %2 accepted the lead at %3 and has not reached out by the follow-up deadline %4.%5</source>
        <translation>An den Manager %1 eskalieren: %2 hat den Lead um %3 angenommen und bis zur Folgefrist %4 keinen Kontakt aufgenommen.%5</translation>
    </message>
</context>
<context>
    <name>sal::core::ExportCommand</name>
    <message>
        <source>Export decisions for the CRM (&apos;export decisions --since …&apos;) or everything as JSON Lines (&apos;export leads&apos;).</source>
        <translation>Entscheidungen für das CRM exportieren („export decisions --since …“) oder alles als JSON Lines („export leads“).</translation>
    </message>
    <message>
        <source>Usage: salctl export decisions --since ISO8601 [--format csv|jsonl] [--out FILE]
       salctl export leads [--out FILE]</source>
        <translation>Aufruf: salctl export decisions --since ISO8601 [--format csv|jsonl] [--out DATEI]
       salctl export leads [--out DATEI]</translation>
    </message>
    <message>
        <source>Writes the decisions synced since a moment: CSV shaped for a CRM re-import (Id, Email, SAL_* fields) or JSON Lines with every detail.</source>
        <translation>Schreibt die seit einem Zeitpunkt synchronisierten Entscheidungen: CSV für einen erneuten CRM-Import (Id, Email, SAL_*-Felder) oder JSON Lines mit allen Details.</translation>
    </message>
    <message>
        <source>Writes every lead with its events, contact attempts and decisions as JSON Lines, one lead per line; the file imports again with &apos;salctl import&apos;.</source>
        <translation>Schreibt jeden Lead mit seinen Ereignissen, Kontaktversuchen und Entscheidungen als JSON Lines, ein Lead pro Zeile; die Datei lässt sich mit „salctl import“ wieder importieren.</translation>
    </message>
    <message>
        <source>Decisions synced at or after this moment, ISO 8601.</source>
        <translation>Entscheidungen, die zu oder nach diesem Zeitpunkt synchronisiert wurden, ISO 8601.</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>csv (default) or jsonl.</source>
        <translation>csv (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>File to write (default: standard output).</source>
        <translation>Zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>must be csv or jsonl</source>
        <translation>muss csv oder jsonl sein</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 geschrieben.</numerusform>
            <numerusform>%n Datensätze nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::FunnelReport</name>
    <message>
        <source>MQLs of the period by source and how many reached SAL, SQL and opportunity, with conversions.</source>
        <translation>MQLs des Zeitraums nach Quelle und wie viele SAL, SQL und Verkaufschance erreichten, mit Konversionsraten.</translation>
    </message>
    <message>
        <source>(all sources)</source>
        <translation>(alle Quellen)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SAL</source>
        <translation>SAL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>MQL to SAL</source>
        <translation>MQL zu SAL</translation>
    </message>
    <message>
        <source>SAL to SQL</source>
        <translation>SAL zu SQL</translation>
    </message>
    <message>
        <source>SQL to opportunity</source>
        <translation>SQL zu Verkaufschance</translation>
    </message>
    <message>
        <source>MQL to opportunity</source>
        <translation>MQL zu Verkaufschance</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Leads counted by the time they became MQL; a stage counts once reached, at any time since.</source>
        <translation>Leads zählen nach dem Zeitpunkt, zu dem sie MQL wurden; eine Stufe zählt, sobald sie erreicht ist, egal wann seitdem.</translation>
    </message>
    <message>
        <source>Funnel MQL to opportunity</source>
        <translation>Trichter MQL bis Verkaufschance</translation>
    </message>
</context>
<context>
    <name>sal::core::HealthBand</name>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>bar may be too low</source>
        <translation>Messlatte evtl. zu niedrig</translation>
    </message>
</context>
<context>
    <name>sal::core::IcpFile</name>
    <message>
        <source>min is above max: no company could fit</source>
        <translation>min liegt über max: kein Unternehmen könnte passen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a seniority (individual, manager, director, vp, c_level, owner)</source>
        <translation>„%1“ ist keine Hierarchieebene (individual, manager, director, vp, c_level, owner)</translation>
    </message>
</context>
<context>
    <name>sal::core::ImportCommand</name>
    <message>
        <source>Import MQLs from a Salesforce or HubSpot CSV export or our JSON Lines; --detect names the profile.</source>
        <translation>MQLs aus einem Salesforce- oder HubSpot-CSV-Export oder unseren JSON Lines importieren; --detect nennt das Profil.</translation>
    </message>
    <message>
        <source>%1: JSON Lines, profile %2 (%3)</source>
        <translation>%1: JSON Lines, Profil %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: CSV, %n column(s)</source>
        <translation>
            <numerusform>%1: CSV, %n Spalte</numerusform>
            <numerusform>%1: CSV, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile: %1 (%2), maps %3 of %4 columns</source>
        <translation>Profil: %1 (%2), ordnet %3 von %4 Spalten zu</translation>
    </message>
    <message>
        <source>Unmapped columns: %1</source>
        <translation>Nicht zugeordnete Spalten: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  other: %1 maps %2</source>
        <translation>  andere: %1 ordnet %2 zu</translation>
    </message>
    <message>
        <source>Imports MQLs into the team store. All or nothing: a file with any bad row stores nothing and every problem is listed as file:line: column: problem. Importing the same file again changes nothing (rows match stored leads by external id, else email).</source>
        <translation>Importiert MQLs in den Team-Speicher. Alles oder nichts: aus einer Datei mit einer fehlerhaften Zeile wird nichts gespeichert, und jedes Problem wird als Datei:Zeile: Spalte: Problem aufgeführt. Ein erneuter Import derselben Datei ändert nichts (Zeilen werden über die externe ID, sonst die E-Mail, gespeicherten Leads zugeordnet).</translation>
    </message>
    <message>
        <source>CSV export or JSON Lines file.</source>
        <translation>CSV-Export oder JSON-Lines-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Only say which mapping profile fits and which columns stay unmapped.</source>
        <translation>Nur sagen, welches Zuordnungsprofil passt und welche Spalten nicht zugeordnet bleiben.</translation>
    </message>
    <message>
        <source>Mapping profile: a built-in id or your own profile file (default: detected).</source>
        <translation>Zuordnungsprofil: eine eingebaute ID oder Ihre eigene Profildatei (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones with their problems to a side file.</source>
        <translation>Die guten Zeilen importieren; die fehlerhaften mit ihren Problemen in eine Nebendatei schreiben.</translation>
    </message>
    <message>
        <source>Side file for --skip-bad (default: FILE.rejected.csv or .jsonl).</source>
        <translation>Nebendatei für --skip-bad (Standard: DATEI.rejected.csv oder .jsonl).</translation>
    </message>
    <message>
        <source>Text encoding: utf-8 (default) or windows-1252.</source>
        <translation>Textkodierung: utf-8 (Standard) oder windows-1252.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <source>Import time for rows without a creation date, ISO 8601 (default: now).</source>
        <translation>Importzeit für Zeilen ohne Erstellungsdatum, ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>must be utf-8 or windows-1252</source>
        <translation>muss utf-8 oder windows-1252 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>Nothing was imported: the file could not be read to the end.</source>
        <translation>Nichts wurde importiert: die Datei konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of %1 have problems (listed above). Fix them, or use --skip-bad to import the other rows.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile von %1 hat Probleme (oben aufgeführt). Beheben Sie sie, oder importieren Sie mit --skip-bad die übrigen Zeilen.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen von %1 haben Probleme (oben aufgeführt). Beheben Sie sie, oder importieren Sie mit --skip-bad die übrigen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 with profile %2: %3 rows, %4 new, %5 updated, %6 unchanged.</source>
        <translation>%1 mit Profil %2 importiert: %3 Zeilen, %4 neu, %5 aktualisiert, %6 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected, written with their problems to %1.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt, mit ihren Problemen nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen abgelehnt, mit ihren Problemen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged: %1, %2 (their rejection reason is pre-suggested).</source>
        <translation>Markiert: %1, %2 (ihr Ablehnungsgrund ist vorgeschlagen).</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) of existing leads</source>
        <translation>
            <numerusform>%n Duplikat bestehender Leads</numerusform>
            <numerusform>%n Duplikate bestehender Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) of existing customers</source>
        <translation>
            <numerusform>%n Lead von Bestandskunden</numerusform>
            <numerusform>%n Leads von Bestandskunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::ImportField</name>
    <message>
        <source>CRM score</source>
        <translation>CRM-Score</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range (0 to 10^15)</source>
        <translation>„%1“ liegt außerhalb des Bereichs (0 bis 10^15)</translation>
    </message>
    <message>
        <source>cannot be filled from a CSV column</source>
        <translation>kann nicht aus einer CSV-Spalte gefüllt werden</translation>
    </message>
</context>
<context>
    <name>sal::core::ImportFile</name>
    <message>
        <source>is neither a profile file nor a built-in profile (%1)</source>
        <translation>ist weder eine Profildatei noch ein eingebautes Profil (%1)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is empty: a CSV export starts with a header line</source>
        <translation>ist leer: ein CSV-Export beginnt mit einer Kopfzeile</translation>
    </message>
    <message>
        <source>no known profile matches its header; write a mapping profile for it and pass it with --mapping</source>
        <translation>kein bekanntes Profil passt zu ihrer Kopfzeile; schreiben Sie ein Zuordnungsprofil und übergeben Sie es mit --mapping</translation>
    </message>
    <message>
        <source>cannot be read again from the start: %1</source>
        <translation>kann nicht erneut von Anfang an gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>sal::core::ImportMemoryBench</name>
    <message>
        <source>Memory of salctl import at N/100, N/10 and N rows (streamed: flat).</source>
        <translation>Speicher von salctl import bei N/100, N/10 und N Zeilen (gestreamt: gleichbleibend).</translation>
    </message>
    <message>
        <source>cannot write the export</source>
        <translation>der Export kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>salctl import %1 rows: peak RSS</source>
        <translation>salctl import %1 Zeilen: Spitzen-RSS</translation>
    </message>
    <message>
        <source>salctl import %1 rows: time</source>
        <translation>salctl import %1 Zeilen: Zeit</translation>
    </message>
    <message>
        <source>peak RSS, largest / smallest file</source>
        <translation>Spitzen-RSS, größte / kleinste Datei</translation>
    </message>
    <message>
        <source>salctl import %1 rows: throughput</source>
        <translation>salctl import %1 Zeilen: Durchsatz</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
</context>
<context>
    <name>sal::core::ImportValueParser</name>
    <message>
        <source>%1 is not an ISO 8601 date or date-time</source>
        <translation>%1 ist kein Datum und keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date nor in any of: %2</source>
        <translation>%1 ist weder ein ISO-8601-Datum noch in einem von: %2</translation>
    </message>
    <message>
        <source>%1 does not exist in time zone %2</source>
        <translation>%1 existiert in der Zeitzone %2 nicht</translation>
    </message>
    <message>
        <source>%1 has misplaced thousands separators</source>
        <translation>%1 hat falsch gesetzte Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 is not true/false or yes/no</source>
        <translation>%1 ist weder true/false noch yes/no</translation>
    </message>
    <message>
        <source>%1 is not a web site or domain</source>
        <translation>%1 ist keine Website und keine Domain</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>sal::core::InsightCommand</name>
    <message>
        <source>Output: table (default), csv or json.</source>
        <translation>Ausgabe: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not table, csv or json</source>
        <translation>„%1“ ist weder table, csv noch json</translation>
    </message>
    <message>
        <source>Acceptance likelihood and scoring feedback: &apos;insight train&apos;, &apos;acceptance-model&apos;, &apos;scoring-feedback&apos;.</source>
        <translation>Annahmewahrscheinlichkeit und Scoring-Feedback: „insight train“, „acceptance-model“, „scoring-feedback“.</translation>
    </message>
    <message>
        <source>Usage: salctl insight train [--if-due] [--format table|csv|json] [--team-store FILE|URL] [--as EMAIL]
       salctl insight acceptance-model [--train-share 0.8] [--format …] [--team-store …] [--as …]
       salctl insight scoring-feedback [--days 90] [--format …] [--team-store …] [--as …]
Run &apos;salctl insight train --help&apos; for details.</source>
        <translation>Aufruf: salctl insight train [--if-due] [--format table|csv|json] [--team-store DATEI|URL] [--as EMAIL]
       salctl insight acceptance-model [--train-share 0.8] [--format …] [--team-store …] [--as …]
       salctl insight scoring-feedback [--days 90] [--format …] [--team-store …] [--as …]
Details mit „salctl insight train --help“.</translation>
    </message>
    <message>
        <source>Trains the acceptance model on every accept and reject in the team store and stores it there (coefficients, vocabulary, training date, number of decisions); the next pull brings it to every rep&apos;s device. With --if-due it trains only when insight.json&apos;s retrain_after_decisions new decisions arrived since the stored model.</source>
        <translation>Trainiert das Annahmemodell an jeder Annahme und Ablehnung im Team-Speicher und speichert es dort (Koeffizienten, Vokabular, Trainingsdatum, Anzahl der Entscheidungen); die nächste Synchronisierung bringt es auf das Gerät jedes Reps. Mit --if-due trainiert es nur, wenn seit dem gespeicherten Modell retrain_after_decisions (insight.json) neue Entscheidungen eingegangen sind.</translation>
    </message>
    <message>
        <source>Train only when enough new decisions arrived since the stored model.</source>
        <translation>Nur trainieren, wenn seit dem gespeicherten Modell genug neue Entscheidungen eingegangen sind.</translation>
    </message>
    <message>
        <source>How well the acceptance model predicts decisions it has not seen: trained on the older share of the team store&apos;s decisions, tested on the newer rest. Prints AUC, Brier score, a calibration table by deciles, the AUC of the existing lead score alone as the baseline, and the stored model in use.</source>
        <translation>Wie gut das Annahmemodell Entscheidungen vorhersagt, die es nicht kennt: trainiert am älteren Teil der Entscheidungen im Team-Speicher, getestet am neueren Rest. Gibt AUC, Brier-Score, eine Kalibrierungstabelle nach Dezilen, die AUC des bisherigen Lead-Scores allein als Vergleich und das verwendete gespeicherte Modell aus.</translation>
    </message>
    <message>
        <source>Share of the decisions, oldest first, to train on (default 0.8).</source>
        <translation>Anteil der Entscheidungen, älteste zuerst, zum Trainieren (Standard 0.8).</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1, e.g. 0.8</source>
        <translation>muss eine Zahl zwischen 0 und 1 sein, z. B. 0.8</translation>
    </message>
    <message>
        <source>Marketing&apos;s feedback from the last days&apos; decisions: the rejection reasons, concrete changes to the ICP or scoring with what they would have removed (rejected and accepted MQLs), sources and campaigns outside the acceptance health band, and reps whose acceptance is high but SAL→SQL low.</source>
        <translation>Feedback für das Marketing aus den Entscheidungen der letzten Tage: die Ablehnungsgründe, konkrete Änderungen an ICP oder Scoring mit dem, was sie entfernt hätten (abgelehnte und angenommene MQLs), Quellen und Kampagnen außerhalb des gesunden Annahmebereichs und Reps mit hoher Annahme, aber niedriger SAL→SQL-Quote.</translation>
    </message>
    <message>
        <source>How many days back from --now (default 90).</source>
        <translation>Wie viele Tage vor --now (Standard 90).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>must be a positive whole number of days</source>
        <translation>muss eine positive ganze Zahl von Tagen sein</translation>
    </message>
    <message>
        <source>Quality of the acceptance model on a time-ordered hold-out (AUC, Brier, calibration).</source>
        <translation>Qualität des Annahmemodells auf zeitlich geordneten zurückgehaltenen Daten (AUC, Brier, Kalibrierung).</translation>
    </message>
    <message>
        <source>Scoring proposals for marketing from the last 90 days&apos; rejections, with their effect.</source>
        <translation>Scoring-Vorschläge für das Marketing aus den Ablehnungen der letzten 90 Tage, mit ihrer Wirkung.</translation>
    </message>
    <message numerus="yes">
        <source>Not due: %n new decision(s) since the stored model, %1 needed.</source>
        <translation>
            <numerusform>Nicht fällig: %n neue Entscheidung seit dem gespeicherten Modell, %1 nötig.</numerusform>
            <numerusform>Nicht fällig: %n neue Entscheidungen seit dem gespeicherten Modell, %1 nötig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::InsightFile</name>
    <message>
        <source>must not be above fast_lane_from (%1)</source>
        <translation>darf nicht über fast_lane_from (%1) liegen</translation>
    </message>
</context>
<context>
    <name>sal::core::InsightReports</name>
    <message>
        <source>Acceptance model in use</source>
        <translation>Verwendetes Annahmemodell</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>Trainiert am</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Reason models</source>
        <translation>Grundmodelle</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <source>Strongest coefficients (log-odds per standard unit or per token)</source>
        <translation>Stärkste Koeffizienten (Log-Odds je Standardeinheit oder je Token)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Koeffizient</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Calibration by predicted likelihood (deciles)</source>
        <translation>Kalibrierung nach vorhergesagter Wahrscheinlichkeit (Dezile)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Mean predicted</source>
        <translation>Mittel vorhergesagt</translation>
    </message>
    <message>
        <source>Observed acceptance</source>
        <translation>Beobachtete Annahme</translation>
    </message>
    <message>
        <source>Decisions from %1 to %2</source>
        <translation>Entscheidungen von %1 bis %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Acceptance %</source>
        <translation>Annahme %</translation>
    </message>
    <message>
        <source>SAL→SQL %</source>
        <translation>SAL→SQL %</translation>
    </message>
    <message>
        <source>Proposals with their effect on the period</source>
        <translation>Vorschläge mit ihrer Wirkung auf den Zeitraum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Reason %</source>
        <translation>Grund %</translation>
    </message>
    <message>
        <source>Of those %</source>
        <translation>Davon %</translation>
    </message>
    <message>
        <source>Rejected removed</source>
        <translation>Abgelehnte entfernt</translation>
    </message>
    <message>
        <source>Accepted removed</source>
        <translation>Angenommene entfernt</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Rejections by reason</source>
        <translation>Ablehnungen nach Grund</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Sources and campaigns outside the health band</source>
        <translation>Quellen und Kampagnen außerhalb des gesunden Bereichs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reps who accept more than the team but convert less to SQL (coaching, not lead quality)</source>
        <translation>Reps, die mehr annehmen als das Team, aber weniger zu SQL umwandeln (Coaching, nicht Lead-Qualität)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Hold-out quality (trained on the older %1 decisions, tested on the newer %2 from %3, %4 of them accepted)</source>
        <translation>Qualität auf zurückgehaltenen Daten (trainiert an den älteren %1 Entscheidungen, getestet an den neueren %2 ab %3, davon %4 angenommen)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vergleichswert</translation>
    </message>
    <message>
        <source>Baseline is</source>
        <translation>Vergleichswert ist</translation>
    </message>
    <message>
        <source>the lead score alone</source>
        <translation>der Lead-Score allein</translation>
    </message>
    <message>
        <source>the base rate for every lead</source>
        <translation>die Grundrate für jeden Lead</translation>
    </message>
    <message>
        <source>AUC: higher is better (0.5 is chance). Brier: lower is better.</source>
        <translation>AUC: höher ist besser (0,5 ist Zufall). Brier: niedriger ist besser.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>sal::core::JsonLinesLeadSource</name>
    <message>
        <source>the line is longer than %1 bytes: not a lead</source>
        <translation>die Zeile ist länger als %1 Bytes: kein Lead</translation>
    </message>
    <message>
        <source>column %1: invalid JSON: %2</source>
        <translation>Spalte %1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>each line must hold one JSON object</source>
        <translation>jede Zeile muss genau ein JSON-Objekt enthalten</translation>
    </message>
</context>
<context>
    <name>sal::core::JsonReader</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>column %1: invalid JSON: %2</source>
        <translation>Spalte %1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is not a known key (known: %1)</source>
        <translation>ist kein bekannter Schlüssel (bekannt: %1)</translation>
    </message>
</context>
<context>
    <name>sal::core::LeadCommand</name>
    <message>
        <source>Everything about one lead: context, score, checklist, SLA.</source>
        <translation>Alles über einen Lead: Kontext, Score, Checkliste, SLA.</translation>
    </message>
    <message>
        <source>The timestamped history of one lead.</source>
        <translation>Der Verlauf eines Leads mit Zeitstempeln.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Lead-ID.</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>Lead %1 is not in your queue.</source>
        <translation>Lead %1 ist nicht in Ihrer Warteschlange.</translation>
    </message>
</context>
<context>
    <name>sal::core::LeadDocumentReader</name>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be tofu, mofu or bofu</source>
        <translation>muss tofu, mofu oder bofu sein</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD</source>
        <translation>muss ein Datum sein, JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>sal::core::LeadExporter</name>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>sal::core::LeadImporter</name>
    <message>
        <source>is required for a new lead</source>
        <translation>ist für einen neuen Lead erforderlich</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>has neither an external id (%1) nor an email (%2): it could never be matched again</source>
        <translation>hat weder eine externe ID (%1) noch eine E-Mail (%2): sie könnte nie wieder zugeordnet werden</translation>
    </message>
</context>
<context>
    <name>sal::core::LeadLifecycle</name>
    <message>
        <source>Lead %1 is in stage %2: &quot;%3&quot; is only possible from %4.</source>
        <translation>Lead %1 ist in Phase %2: „%3“ ist nur aus %4 möglich.</translation>
    </message>
    <message>
        <source>An event needs a valid time.</source>
        <translation>Ein Ereignis braucht eine gültige Zeit.</translation>
    </message>
    <message>
        <source>An event needs the person or job that caused it.</source>
        <translation>Ein Ereignis braucht die Person oder den Job, der es ausgelöst hat.</translation>
    </message>
</context>
<context>
    <name>sal::core::LeadRouter</name>
    <message>
        <source>no territory &quot;%1&quot; in the team store</source>
        <translation>kein Gebiet „%1“ im Team-Speicher</translation>
    </message>
    <message>
        <source>no team &quot;%1&quot; in the team store</source>
        <translation>kein Team „%1“ im Team-Speicher</translation>
    </message>
    <message>
        <source>no person &quot;%1&quot; in the team store</source>
        <translation>keine Person „%1“ im Team-Speicher</translation>
    </message>
    <message>
        <source>rule %1: %2 has the most spare capacity (%3 of %4 leads today before this one)</source>
        <translation>Regel %1: %2 hat die meiste freie Kapazität (%3 von %4 Leads heute vor diesem)</translation>
    </message>
    <message>
        <source>no routing rule matches the lead</source>
        <translation>keine Routing-Regel passt zu dem Lead</translation>
    </message>
    <message>
        <source>nobody else is in the lead&apos;s group (%1)</source>
        <translation>niemand sonst ist in der Gruppe des Leads (%1)</translation>
    </message>
    <message>
        <source>nobody else in the lead&apos;s group can take it now</source>
        <translation>niemand sonst in der Gruppe des Leads kann ihn jetzt übernehmen</translation>
    </message>
    <message>
        <source>no routing rule matches: the manager&apos;s default queue (%1)</source>
        <translation>keine Routing-Regel passt: die Standard-Warteschlange des Managers (%1)</translation>
    </message>
    <message>
        <source>nobody in the lead&apos;s group can take it: the manager&apos;s default queue (%1)</source>
        <translation>niemand in der Gruppe des Leads kann ihn übernehmen: die Standard-Warteschlange des Managers (%1)</translation>
    </message>
</context>
<context>
    <name>sal::core::LocalStore</name>
    <message>
        <source>Lead %1 is not in %2&apos;s queue.</source>
        <translation>Lead %1 ist nicht in der Warteschlange von %2.</translation>
    </message>
    <message>
        <source>This decision was already sent to the team store.</source>
        <translation>Diese Entscheidung wurde bereits an den Team-Speicher gesendet.</translation>
    </message>
    <message>
        <source>No open conflict for operation %1.</source>
        <translation>Kein offener Konflikt für Vorgang %1.</translation>
    </message>
</context>
<context>
    <name>sal::core::MappingProfileFile</name>
    <message>
        <source>must be one character, or &quot;&quot; for none</source>
        <translation>muss ein Zeichen sein, oder &quot;&quot; für keins</translation>
    </message>
    <message>
        <source>must be one character</source>
        <translation>muss ein Zeichen sein</translation>
    </message>
    <message>
        <source>a column name must not be empty</source>
        <translation>ein Spaltenname darf nicht leer sein</translation>
    </message>
    <message>
        <source>must name a lead field, one of: %1</source>
        <translation>muss ein Lead-Feld nennen, eines von: %1</translation>
    </message>
    <message>
        <source>is mapped twice (column names are matched ignoring case)</source>
        <translation>ist zweimal zugeordnet (Spaltennamen werden ohne Groß-/Kleinschreibung verglichen)</translation>
    </message>
    <message>
        <source>a CSV profile needs at least one column</source>
        <translation>ein CSV-Profil braucht mindestens eine Spalte</translation>
    </message>
    <message>
        <source>is not a lead field (known: %1)</source>
        <translation>ist kein Lead-Feld (bekannt: %1)</translation>
    </message>
    <message>
        <source>must be an object of CRM value → our value</source>
        <translation>muss ein Objekt aus CRM-Wert → unserem Wert sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB: not a mapping profile</source>
        <translation>ist größer als 1 MiB: kein Zuordnungsprofil</translation>
    </message>
    <message>
        <source>must be &quot;csv&quot; or &quot;jsonl&quot;</source>
        <translation>muss &quot;csv&quot; oder &quot;jsonl&quot; sein</translation>
    </message>
    <message>
        <source>must be a printable ASCII character other than a quote</source>
        <translation>muss ein druckbares ASCII-Zeichen außer einem Anführungszeichen sein</translation>
    </message>
    <message>
        <source>the decimal and thousands separators must differ and not be digits</source>
        <translation>Dezimal- und Tausendertrennzeichen müssen sich unterscheiden und dürfen keine Ziffern sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone</source>
        <translation>„%1“ ist keine IANA-Zeitzone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead field</source>
        <translation>„%1“ ist kein Lead-Feld</translation>
    </message>
</context>
<context>
    <name>sal::core::MissingInfo</name>
    <message>
        <source>Valid email address</source>
        <translation>Gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Region / country</source>
        <translation>Region / Land</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Buying timeline</source>
        <translation>Kaufzeitraum</translation>
    </message>
</context>
<context>
    <name>sal::core::NurtureFile</name>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
</context>
<context>
    <name>sal::core::OfflineSyncReport</name>
    <message>
        <source>Decisions per day by device time, with the share that reached the team store late.</source>
        <translation>Entscheidungen pro Tag nach Gerätezeit, mit dem Anteil, der verspätet im Team-Speicher ankam.</translation>
    </message>
    <message>
        <source>Day decided</source>
        <translation>Entscheidungstag</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Synced late</source>
        <translation>Verspätet synchronisiert</translation>
    </message>
    <message>
        <source>Late share</source>
        <translation>Anteil verspätet</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Längste Verzögerung</translation>
    </message>
    <message numerus="yes">
        <source>Late: reached the team store more than %n minute(s) after the device decided.</source>
        <translation>
            <numerusform>Verspätet: mehr als %n Minute nach der Entscheidung auf dem Gerät im Team-Speicher angekommen.</numerusform>
            <numerusform>Verspätet: mehr als %n Minuten nach der Entscheidung auf dem Gerät im Team-Speicher angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline decisions synced late</source>
        <translation>Verspätet synchronisierte Offline-Entscheidungen</translation>
    </message>
</context>
<context>
    <name>sal::core::OtherReasonsReport</name>
    <message>
        <source>The texts of rejections with reason &quot;other&quot;, newest first, for picklist review.</source>
        <translation>Die Texte der Ablehnungen mit dem Grund „other“, neueste zuerst, zur Überprüfung der Auswahlliste.</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Entschieden (UTC)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Angegebener Grund</translation>
    </message>
    <message>
        <source>%1 texts in the period; the newest %2 are listed.</source>
        <translation>%1 Texte im Zeitraum; die neuesten %2 sind aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;Other&quot; rejection texts</source>
        <translation>Ablehnungstexte zu „Other“</translation>
    </message>
</context>
<context>
    <name>sal::core::PeopleCommand</name>
    <message>
        <source>The team&apos;s people: email, name, team, role, territory.</source>
        <translation>Die Personen des Teams: E-Mail, Name, Team, Rolle, Gebiet.</translation>
    </message>
    <message>
        <source>Team store file (default: the demo workspace) or postgresql:// address.</source>
        <translation>Team-Speicher-Datei (Standard: der Demo-Arbeitsbereich) oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <source>Whom to connect as, on PostgreSQL (the login role).</source>
        <translation>Als wer verbunden wird, bei PostgreSQL (die Login-Rolle).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>No team store at %1.</source>
        <translation>Kein Team-Speicher unter %1.</translation>
    </message>
</context>
<context>
    <name>sal::core::PgConnectionInfo</name>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// address</source>
        <translation>„%1“ ist keine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>„%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>the address must not contain a password: put it in the file PGPASSFILE names (or ~/.pgpass), or leave it out and you will be asked for it</source>
        <translation>die Adresse darf kein Passwort enthalten: legen Sie es in der Datei ab, die PGPASSFILE nennt (oder ~/.pgpass), oder lassen Sie es weg, dann werden Sie danach gefragt</translation>
    </message>
    <message>
        <source>the address must not contain a password: use PGPASSFILE or the prompt</source>
        <translation>die Adresse darf kein Passwort enthalten: nutzen Sie PGPASSFILE oder die Abfrage</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; in the address</source>
        <translation>unbekannter Parameter „%1“ in der Adresse</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a number, not &quot;%2&quot;</source>
        <translation>Parameter „%1“ muss eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>the address names no database (postgresql://host/DATABASE)</source>
        <translation>die Adresse nennt keine Datenbank (postgresql://host/DATENBANK)</translation>
    </message>
</context>
<context>
    <name>sal::core::PgTeamStore</name>
    <message>
        <source>%1 is not an administrator: connect as a superuser or a role with CREATEROLE (postgresql://ADMIN@HOST/DATABASE)</source>
        <translation>%1 ist kein Administrator: verbinden Sie sich als Superuser oder als Rolle mit CREATEROLE (postgresql://ADMIN@HOST/DATENBANK)</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>dieses Login</translation>
    </message>
    <message>
        <source>no team store in this database yet: an administrator runs &apos;salctl team init --team-store %1&apos;</source>
        <translation>noch kein Team-Speicher in dieser Datenbank: ein Administrator führt „salctl team init --team-store %1“ aus</translation>
    </message>
    <message>
        <source>the team store has schema version %1, this program needs %2: an administrator runs &apos;salctl team init&apos; to upgrade it</source>
        <translation>der Team-Speicher hat Schemaversion %1, dieses Programm braucht %2: ein Administrator führt „salctl team init“ zum Aktualisieren aus</translation>
    </message>
    <message>
        <source>the team store has schema version %1, newer than this program understands (%2): update the program</source>
        <translation>der Team-Speicher hat Schemaversion %1, neuer als dieses Programm versteht (%2): aktualisieren Sie das Programm</translation>
    </message>
</context>
<context>
    <name>sal::core::PolicyCommand</name>
    <message>
        <source>Validate policy files: &apos;policy check DIR_OR_FILE&apos;.</source>
        <translation>Richtliniendateien prüfen: „policy check VERZEICHNIS_ODER_DATEI“.</translation>
    </message>
    <message>
        <source>Usage: salctl policy check DIR_OR_FILE</source>
        <translation>Aufruf: salctl policy check VERZEICHNIS_ODER_DATEI</translation>
    </message>
    <message>
        <source>Validates a policy directory (reasons.json, sla.json, icp.json, checklist.json, calendars/*.json; files left out fall back to the built-in defaults) or a single policy file. Exits 0 when valid, 2 with every problem listed otherwise.</source>
        <translation>Prüft ein Richtlinienverzeichnis (reasons.json, sla.json, icp.json, checklist.json, calendars/*.json; fehlende Dateien fallen auf die eingebauten Standards zurück) oder eine einzelne Richtliniendatei. Beendet sich mit 0, wenn alles gültig ist, sonst mit 2 und jedem Problem aufgelistet.</translation>
    </message>
    <message>
        <source>Policy directory or file.</source>
        <translation>Richtlinienverzeichnis oder -datei.</translation>
    </message>
    <message>
        <source>DIR_OR_FILE</source>
        <translation>VERZEICHNIS_ODER_DATEI</translation>
    </message>
    <message>
        <source>%1: policy is valid</source>
        <translation>%1: Richtlinie ist gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::PolicyLoader</name>
    <message>
        <source>&quot;%1&quot; is not a track of nurture.json</source>
        <translation>„%1“ ist kein Track aus nurture.json</translation>
    </message>
    <message>
        <source>no such policy directory</source>
        <translation>kein solches Richtlinienverzeichnis</translation>
    </message>
    <message>
        <source>the built-in policy has no calendar</source>
        <translation>die eingebaute Richtlinie hat keinen Kalender</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>keine solche Datei und kein solches Verzeichnis</translation>
    </message>
    <message>
        <source>holds no policy file (reasons.json, sla.json, icp.json, checklist.json, routing.json, nurture.json, disqualification.json, insight.json, reports.json, calendars/*.json)</source>
        <translation>enthält keine Richtliniendatei (reasons.json, sla.json, icp.json, checklist.json, routing.json, nurture.json, disqualification.json, insight.json, reports.json, calendars/*.json)</translation>
    </message>
    <message>
        <source>cannot tell which policy file this is: name it reasons.json, sla.json, icp.json, checklist.json, routing.json, nurture.json, disqualification.json, insight.json or reports.json, or put a calendar in calendars/</source>
        <translation>unklar, welche Richtliniendatei das ist: nennen Sie sie reasons.json, sla.json, icp.json, checklist.json, routing.json, nurture.json, disqualification.json, insight.json oder reports.json, oder legen Sie einen Kalender in calendars/ ab</translation>
    </message>
</context>
<context>
    <name>sal::core::ProcessWatch</name>
    <message>
        <source>cannot start: %1</source>
        <translation>kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>exited with %1: %2</source>
        <translation>mit %1 beendet: %2</translation>
    </message>
</context>
<context>
    <name>sal::core::PullBench</name>
    <message>
        <source>Pull: N changed leads into the local store, in the sync engine&apos;s batches.</source>
        <translation>Pull: N geänderte Leads in den lokalen Speicher, in den Stapeln der Synchronisierung.</translation>
    </message>
    <message>
        <source>pull %1 leads (batches of %2)</source>
        <translation>Pull von %1 Leads (Stapel zu %2)</translation>
    </message>
    <message>
        <source>sqlite3, one transaction</source>
        <translation>sqlite3, eine Transaktion</translation>
    </message>
</context>
<context>
    <name>sal::core::PushBatch</name>
    <message>
        <source>Lead %1 no longer exists in the team store.</source>
        <translation>Lead %1 existiert im Team-Speicher nicht mehr.</translation>
    </message>
    <message>
        <source>The lead was re-routed to %1 before this was synced.</source>
        <translation>Der Lead wurde an %1 umgeroutet, bevor dies synchronisiert wurde.</translation>
    </message>
    <message>
        <source>The lead is already %1.</source>
        <translation>Der Lead ist bereits %1.</translation>
    </message>
    <message>
        <source>The lead is already %1: decided by %2.</source>
        <translation>Der Lead ist bereits %1: entschieden von %2.</translation>
    </message>
    <message>
        <source>The lead changed (version %1, you saw %2): look at it again.</source>
        <translation>Der Lead hat sich geändert (Version %1, Sie sahen %2): sehen Sie ihn noch einmal an.</translation>
    </message>
</context>
<context>
    <name>sal::core::PushBench</name>
    <message>
        <source>Push: N pending decisions to PostgreSQL (a throw-away local cluster).</source>
        <translation>Push: N ausstehende Entscheidungen nach PostgreSQL (ein lokaler Wegwerf-Cluster).</translation>
    </message>
    <message>
        <source>cannot write the reference script</source>
        <translation>das Referenzskript kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the reference COPY did not store every row</source>
        <translation>das Referenz-COPY hat nicht jede Zeile gespeichert</translation>
    </message>
    <message>
        <source>psql COPY</source>
        <translation>psql COPY</translation>
    </message>
    <message>
        <source>round trips per batch of %1</source>
        <translation>Roundtrips je Stapel zu %1</translation>
    </message>
    <message>
        <source>push %1 decisions, batches of %2</source>
        <translation>Push von %1 Entscheidungen, Stapel zu %2</translation>
    </message>
    <message>
        <source>of which in team store statements (driver + server)</source>
        <translation>davon in Anweisungen an den Team-Speicher (Treiber + Server)</translation>
    </message>
</context>
<context>
    <name>sal::core::Qualifier</name>
    <message>
        <source>Only the lead&apos;s owner (%1) or the team&apos;s manager can qualify it.</source>
        <translation>Nur der Besitzer des Leads (%1) oder der Manager des Teams kann ihn qualifizieren.</translation>
    </message>
    <message>
        <source>Say whether %1 was confirmed (yes or no).</source>
        <translation>Sagen Sie, ob %1 bestätigt wurde (ja oder nein).</translation>
    </message>
    <message>
        <source>Choose a disqualification reason: %1.</source>
        <translation>Wählen Sie einen Disqualifizierungsgrund: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disqualification reason; choose one of %2.</source>
        <translation>„%1“ ist kein Disqualifizierungsgrund; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be explained in at least %2 characters.</source>
        <translation>„%1“ muss in mindestens %2 Zeichen erklärt werden.</translation>
    </message>
    <message>
        <source>The re-engagement date must be after today (%1).</source>
        <translation>Das Datum der erneuten Ansprache muss nach heute liegen (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no nurture track: there is nothing to re-engage on a date.</source>
        <translation>„%1“ hat keinen Nurture-Track: es gibt nichts, das zu einem Datum wieder aufgenommen werden könnte.</translation>
    </message>
    <message>
        <source>%1 is an SQL (%2).</source>
        <translation>%1 ist ein SQL (%2).</translation>
    </message>
    <message>
        <source>%1 is disqualified (%2) and joins the nurture track &quot;%3&quot; until %4.</source>
        <translation>%1 ist disqualifiziert (%2) und kommt bis %4 in den Nurture-Track „%3“.</translation>
    </message>
    <message>
        <source>%1 is disqualified (%2).</source>
        <translation>%1 ist disqualifiziert (%2).</translation>
    </message>
</context>
<context>
    <name>sal::core::QualifyCommand</name>
    <message>
        <source>After discovery: mark an accepted lead SQL (with BANT evidence) or disqualify it.</source>
        <translation>Nach dem Erstgespräch: einen angenommenen Lead als SQL markieren (mit BANT-Nachweis) oder disqualifizieren.</translation>
    </message>
    <message>
        <source>Records the outcome of the discovery conversation on an accepted lead: &apos;sql&apos; with each of budget, authority, need and timeline confirmed or not, or &apos;disqualify&apos; with a reason from the disqualification picklist; a disqualified lead joins its reason&apos;s nurture track.</source>
        <translation>Erfasst das Ergebnis des Erstgesprächs zu einem angenommenen Lead: „sql“ mit Budget, Entscheidungsbefugnis, Bedarf und Zeitrahmen jeweils bestätigt oder nicht, oder „disqualify“ mit einem Grund aus der Disqualifizierungsliste; ein disqualifizierter Lead kommt in den Nurture-Track seines Grundes.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Lead-ID.</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>sql or disqualify.</source>
        <translation>sql oder disqualify.</translation>
    </message>
    <message>
        <source>sql|disqualify</source>
        <translation>sql|disqualify</translation>
    </message>
    <message>
        <source>sql: was %1 confirmed?</source>
        <translation>sql: wurde %1 bestätigt?</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>sql: what was learnt.</source>
        <translation>sql: was man erfahren hat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>disqualify: the reason code (bad_timing, no_budget, no_need, went_silent, chose_competitor, other).</source>
        <translation>disqualify: der Grund-Code (bad_timing, no_budget, no_need, went_silent, chose_competitor, other).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>disqualify: the explanation (&apos;other&apos; needs one).</source>
        <translation>disqualify: die Erklärung („other“ braucht eine).</translation>
    </message>
    <message>
        <source>disqualify: re-engage on this date (default: the track&apos;s delay).</source>
        <translation>disqualify: an diesem Datum erneut ansprechen (Standard: die Wartezeit des Tracks).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>must be yes or no, not &quot;%1&quot;</source>
        <translation>muss yes oder no sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>salctl qualify: the verdict must be sql or disqualify, not &quot;%1&quot;</source>
        <translation>salctl qualify: das Urteil muss sql oder disqualify sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>sal::core::QueueCommand</name>
    <message>
        <source>Your open MQLs sorted by SLA deadline (&apos;--json&apos; for scripts).</source>
        <translation>Ihre offenen MQLs nach SLA-Frist sortiert („--json“ für Skripte).</translation>
    </message>
    <message>
        <source>Lists your open MQLs, the most urgent first.</source>
        <translation>Listet Ihre offenen MQLs, die dringendsten zuerst.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>UNTERNEHMEN</translation>
    </message>
    <message numerus="yes">
        <source>%n open MQL(s)</source>
        <translation>
            <numerusform>%n offenes MQL</numerusform>
            <numerusform>%n offene MQLs</numerusform>
        </translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
</context>
<context>
    <name>sal::core::QueueLoadBench</name>
    <message>
        <source>Queue load: N open leads from the local store to SLA-sorted rows (core part).</source>
        <translation>Warteschlange laden: N offene Leads aus dem lokalen Speicher zu nach SLA sortierten Zeilen (Kernanteil).</translation>
    </message>
    <message>
        <source>cannot write the reference script</source>
        <translation>das Referenzskript kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>sqlite3 SELECT to /dev/null</source>
        <translation>sqlite3 SELECT nach /dev/null</translation>
    </message>
    <message>
        <source>load %1 open leads, first screen ready</source>
        <translation>%1 offene Leads laden, erster Bildschirm bereit</translation>
    </message>
    <message>
        <source>  of which LocalStore read</source>
        <translation>  davon Lesen aus LocalStore</translation>
    </message>
</context>
<context>
    <name>sal::core::ReEngagement</name>
    <message>
        <source>rejected or disqualified</source>
        <translation>abgelehnt oder disqualifiziert</translation>
    </message>
    <message>
        <source>Lead %1 was excluded: it is never recycled.</source>
        <translation>Lead %1 wurde ausgeschlossen: er wird nie wiederverwertet.</translation>
    </message>
    <message>
        <source>%1 is an MQL again (re-MQL #%2) and went to %3: %4.</source>
        <translation>%1 ist wieder ein MQL (Re-MQL Nr. %2) und ging an %3: %4.</translation>
    </message>
</context>
<context>
    <name>sal::core::ReasonTaxonomyFile</name>
    <message>
        <source>&quot;%1&quot; must be lower_case_with_underscores</source>
        <translation>„%1“ muss in kleinbuchstaben_mit_unterstrichen geschrieben sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keins von %2</translation>
    </message>
    <message>
        <source>&quot;other&quot; must be spelled out: needs_text cannot be false</source>
        <translation>„other“ muss ausgeschrieben werden: needs_text darf nicht false sein</translation>
    </message>
    <message>
        <source>cannot exceed min_contact_attempts (%1)</source>
        <translation>darf min_contact_attempts (%1) nicht überschreiten</translation>
    </message>
    <message>
        <source>must name at least one reason</source>
        <translation>muss mindestens einen Grund nennen</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
</context>
<context>
    <name>sal::core::RecycleCommand</name>
    <message>
        <source>Recycle rejected leads by reason: re-route, enrichment queue, nurture track or exclusion.</source>
        <translation>Abgelehnte Leads nach Grund wiederverwerten: umrouten, Ergänzungswarteschlange, Nurture-Track oder Ausschluss.</translation>
    </message>
    <message>
        <source>Applies the recycle action of each new rejection&apos;s reason (reasons.json): procedural reasons go to the right rep, clerical ones to marketing&apos;s enrichment queue, definitional ones to their nurture track (nurture.json), competitors and duplicates are excluded.</source>
        <translation>Wendet die Wiederverwertungsaktion des Grundes jeder neuen Ablehnung an (reasons.json): formale Gründe gehen an den richtigen Rep, Datenfehler an die Ergänzungswarteschlange des Marketings, inhaltliche Gründe in ihren Nurture-Track (nurture.json), Wettbewerber und Duplikate werden ausgeschlossen.</translation>
    </message>
    <message>
        <source>Only say what would be done and why.</source>
        <translation>Nur sagen, was getan würde und warum.</translation>
    </message>
    <message>
        <source>List nurtured leads whose re-engagement date has come.</source>
        <translation>Nurture-Leads listen, deren Datum der erneuten Ansprache gekommen ist.</translation>
    </message>
    <message>
        <source>The lead re-engaged: make it an MQL again and route it (needs --as).</source>
        <translation>Der Lead hat sich wieder gemeldet: wieder zum MQL machen und routen (braucht --as).</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>say who brings the lead back</source>
        <translation>sagen Sie, wer den Lead zurückbringt</translation>
    </message>
    <message>
        <source>  due %1</source>
        <translation>  fällig %1</translation>
    </message>
    <message>
        <source>  re-MQL count %1</source>
        <translation>  Re-MQL-Anzahl %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) due for re-engagement.</source>
        <translation>
            <numerusform>%n Lead zur erneuten Ansprache fällig.</numerusform>
            <numerusform>%n Leads zur erneuten Ansprache fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected lead(s) would be recycled (dry run: nothing was changed).</source>
        <translation>
            <numerusform>%n abgelehnter Lead würde wiederverwertet (Probelauf: nichts wurde geändert).</numerusform>
            <numerusform>%n abgelehnte Leads würden wiederverwertet (Probelauf: nichts wurde geändert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected lead(s) recycled.</source>
        <translation>
            <numerusform>%n abgelehnter Lead wiederverwertet.</numerusform>
            <numerusform>%n abgelehnte Leads wiederverwertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::RecycleRun</name>
    <message>
        <source>left as it is: &quot;%1&quot; is not a rejection reason of the policy</source>
        <translation>unverändert gelassen: „%1“ ist kein Ablehnungsgrund der Richtlinie</translation>
    </message>
    <message>
        <source>%1 (%2): nobody to send it to: %3</source>
        <translation>%1 (%2): niemand, an den er gehen kann: %3</translation>
    </message>
    <message>
        <source>%1 (%2): to %3 — %4</source>
        <translation>%1 (%2): an %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): to marketing&apos;s enrichment queue; it comes back to sales when enriched</source>
        <translation>%1 (%2): in die Ergänzungswarteschlange des Marketings; er kommt nach der Ergänzung zum Vertrieb zurück</translation>
    </message>
    <message>
        <source>%1 (%2): nurture track &quot;%3&quot;%4 until %5</source>
        <translation>%1 (%2): Nurture-Track „%3“%4 bis %5</translation>
    </message>
    <message>
        <source> (deprioritised)</source>
        <translation> (zurückgestuft)</translation>
    </message>
    <message>
        <source>%1 (%2): excluded, never recycled</source>
        <translation>%1 (%2): ausgeschlossen, wird nie wiederverwertet</translation>
    </message>
</context>
<context>
    <name>sal::core::ReferenceCommand</name>
    <message>
        <source>cannot start the reference: %1</source>
        <translation>die Referenz kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the reference failed: %1</source>
        <translation>die Referenz ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write an empty script</source>
        <translation>ein leeres Skript kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the reference&apos;s output</source>
        <translation>die Ausgabe der Referenz kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the reference&apos;s output</source>
        <translation>die Ausgabe der Referenz kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the reference printed no timing</source>
        <translation>die Referenz hat keine Zeitmessung ausgegeben</translation>
    </message>
</context>
<context>
    <name>sal::core::RejectionReasonsReport</name>
    <message>
        <source>Rejections by category and by reason, with their shares.</source>
        <translation>Ablehnungen nach Kategorie und Grund, mit ihren Anteilen.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>In category</source>
        <translation>In der Kategorie</translation>
    </message>
    <message>
        <source>Category share</source>
        <translation>Anteil der Kategorie</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>Ablehnungsgründe</translation>
    </message>
</context>
<context>
    <name>sal::core::RejectionTrendReport</name>
    <message>
        <source>Rejections by week</source>
        <translation>Ablehnungen nach Woche</translation>
    </message>
    <message>
        <source>Rejections by month</source>
        <translation>Ablehnungen nach Monat</translation>
    </message>
    <message>
        <source>Rejections per week by category, beside all decisions.</source>
        <translation>Ablehnungen pro Woche nach Kategorie, neben allen Entscheidungen.</translation>
    </message>
    <message>
        <source>Rejections per month by category, beside all decisions.</source>
        <translation>Ablehnungen pro Monat nach Kategorie, neben allen Entscheidungen.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Procedural</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Clerical</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <source>Definitional</source>
        <translation>Inhaltlich</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>sal::core::RepSession</name>
    <message>
        <source>Team store: a file (default: the demo workspace) or postgresql://HOST/DATABASE (you connect as --as; the password comes from PGPASSFILE or is asked for).</source>
        <translation>Team-Speicher: eine Datei (Standard: der Demo-Arbeitsbereich) oder postgresql://HOST/DATENBANK (Sie verbinden sich als --as; das Passwort kommt aus PGPASSFILE oder wird abgefragt).</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <source>Who you are (email of a rep or manager of the team).</source>
        <translation>Wer Sie sind (E-Mail eines Reps oder Managers des Teams).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Your local cache file (default: under the app data folder).</source>
        <translation>Ihre lokale Cache-Datei (Standard: im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Work from the local cache only; decisions wait in the outbox.</source>
        <translation>Nur mit dem lokalen Cache arbeiten; Entscheidungen warten im Postausgang.</translation>
    </message>
    <message>
        <source>Sync failed, your decisions stay in the outbox: %1</source>
        <translation>Synchronisierung fehlgeschlagen, Ihre Entscheidungen bleiben im Postausgang: %1</translation>
    </message>
    <message>
        <source>Synced: %1 pushed (%2 applied, %3 duplicate, %4 conflict), %5 leads updated, %6 removed, checkpoint %7</source>
        <translation>Synchronisiert: %1 gesendet (%2 angewendet, %3 doppelt, %4 Konflikt), %5 Leads aktualisiert, %6 entfernt, Prüfpunkt %7</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) met a conflict: see &apos;salctl conflicts&apos;.</source>
        <translation>
            <numerusform>%n Entscheidung traf auf einen Konflikt: siehe „salctl conflicts“.</numerusform>
            <numerusform>%n Entscheidungen trafen auf einen Konflikt: siehe „salctl conflicts“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::RepSlaReport</name>
    <message>
        <source>Per rep: open queue, at risk, breached, median and p90 business hours to decision, SLA compliance, acceptance, needs-info and SAL to SQL rates, time to first outreach, violations this week, and a flag after three weeks over SLA in a row.</source>
        <translation>Je Rep: offene Warteschlange, gefährdet, verletzt, Median und p90 der Geschäftsstunden bis zur Entscheidung, SLA-Einhaltung, Quoten für Annahme, fehlende Angaben und SAL zu SQL, Zeit bis zur ersten Kontaktaufnahme, Verletzungen dieser Woche und eine Markierung nach drei Wochen in Folge über dem SLA.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>In SLA</source>
        <translation>Im SLA</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Angaben fehlen</translation>
    </message>
    <message>
        <source>SAL to SQL</source>
        <translation>SAL zu SQL</translation>
    </message>
    <message>
        <source>1st outreach</source>
        <translation>1. Kontakt</translation>
    </message>
    <message>
        <source>Late this week</source>
        <translation>Verspätet diese Woche</translation>
    </message>
    <message>
        <source>3 weeks over</source>
        <translation>3 Wochen drüber</translation>
    </message>
    <message>
        <source>over SLA 3 weeks</source>
        <translation>3 Wochen über SLA</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>Business hours of each rep&apos;s team calendar; decisions counted by the time the device made them; percentiles by nearest rank; SAL to SQL: accepted leads that became SQL.</source>
        <translation>Geschäftsstunden nach dem Teamkalender jedes Reps; Entscheidungen zählen nach dem Zeitpunkt auf dem Gerät; Perzentile nach dem Nächster-Rang-Verfahren; SAL zu SQL: angenommene Leads, die SQL wurden.</translation>
    </message>
    <message>
        <source>Rep SLA</source>
        <translation>SLA je Rep</translation>
    </message>
</context>
<context>
    <name>sal::core::RepWorkspace</name>
    <message>
        <source>Say which rep you are (an email of the team).</source>
        <translation>Sagen Sie, welcher Rep Sie sind (eine E-Mail des Teams).</translation>
    </message>
    <message>
        <source>no team store here: create the demo with &apos;salctl demo --out %1&apos;</source>
        <translation>hier ist kein Team-Speicher: legen Sie die Demo mit „salctl demo --out %1“ an</translation>
    </message>
    <message>
        <source>%1 is not a person of this team store.</source>
        <translation>%1 ist keine Person dieses Team-Speichers.</translation>
    </message>
    <message>
        <source>Working offline: there is no team store.</source>
        <translation>Offline-Betrieb: es gibt keinen Team-Speicher.</translation>
    </message>
    <message>
        <source>Lead %1 is not in %2&apos;s queue.</source>
        <translation>Lead %1 ist nicht in der Warteschlange von %2.</translation>
    </message>
    <message>
        <source>Working offline: there is no team store to sync with.</source>
        <translation>Offline-Betrieb: es gibt keinen Team-Speicher zum Synchronisieren.</translation>
    </message>
</context>
<context>
    <name>sal::core::ReportCommand</name>
    <message>
        <source>Team SLA and closed-loop reports: &apos;report NAME --period P --format table|csv|json&apos;.</source>
        <translation>Team-SLA- und Closed-Loop-Berichte: „report NAME --period P --format table|csv|json“.</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Berichte:</translation>
    </message>
    <message>
        <source>Runs one report over the team store, aggregated in the database. Times to decision are business hours of the team&apos;s calendar; decisions count by the time the device made them.</source>
        <translation>Führt einen Bericht über den Team-Speicher aus, in der Datenbank aggregiert. Zeiten bis zur Entscheidung sind Geschäftsstunden nach dem Kalender des Teams; Entscheidungen zählen nach dem Zeitpunkt auf dem Gerät.</translation>
    </message>
    <message>
        <source>The report (see the list above).</source>
        <translation>Der Bericht (siehe die Liste oben).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>this-week, last-4-weeks, quarter or FROM..TO (dates YYYY-MM-DD, both included, or ISO 8601); default: last-4-weeks.</source>
        <translation>this-week, last-4-weeks, quarter oder VON..BIS (Daten JJJJ-MM-TT, beide eingeschlossen, oder ISO 8601); Standard: last-4-weeks.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only this team (a team id, e.g. na); default: every team you can see.</source>
        <translation>Nur dieses Team (eine Team-ID, z. B. na); Standard: jedes Team, das Sie sehen können.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>salctl report: unknown report &quot;%1&quot;</source>
        <translation>salctl report: unbekannter Bericht „%1“</translation>
    </message>
    <message>
        <source>must be table, csv or json, not &quot;%1&quot;</source>
        <translation>muss table, csv oder json sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4 UTC)</source>
        <translation>%1, %2 (%3 bis %4 UTC)</translation>
    </message>
</context>
<context>
    <name>sal::core::ReportFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(nothing in this period)</source>
        <translation>(nichts in diesem Zeitraum)</translation>
    </message>
</context>
<context>
    <name>sal::core::ReportPeriod</name>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>last 4 weeks</source>
        <translation>letzte 4 Wochen</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>dieses Quartal</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not this-week, last-4-weeks, quarter or FROM..TO</source>
        <translation>„%1“ ist weder this-week, last-4-weeks, quarter noch FROM..TO</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: FROM and TO must both be dates (YYYY-MM-DD) or ISO 8601 date-times</source>
        <translation>„%1“: FROM und TO müssen beide Daten (JJJJ-MM-TT) oder ISO-8601-Zeitpunkte sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: FROM must come before TO</source>
        <translation>„%1“: FROM muss vor TO liegen</translation>
    </message>
</context>
<context>
    <name>sal::core::ReportPolicyFile</name>
    <message>
        <source>must be at least red_below (%1)</source>
        <translation>muss mindestens red_below (%1) sein</translation>
    </message>
    <message>
        <source>must be at least amber_below (%1)</source>
        <translation>muss mindestens amber_below (%1) sein</translation>
    </message>
</context>
<context>
    <name>sal::core::ReportScope</name>
    <message>
        <source>&quot;%1&quot; is not a team of this team store</source>
        <translation>„%1“ ist kein Team dieses Team-Speichers</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>der Zeitraum ist leer</translation>
    </message>
</context>
<context>
    <name>sal::core::ReportService</name>
    <message>
        <source>unknown report &quot;%1&quot;</source>
        <translation>unbekannter Bericht „%1“</translation>
    </message>
    <message>
        <source>this team store cannot run reports</source>
        <translation>dieser Team-Speicher kann keine Berichte ausführen</translation>
    </message>
</context>
<context>
    <name>sal::core::ReportsBench</name>
    <message>
        <source>Reports: every manager report over N decisions, 100 reps, 12 months, on SQLite and PostgreSQL, against hand-written SQL in sqlite3 and psql.</source>
        <translation>Berichte: jeder Manager-Bericht über N Entscheidungen, 100 Reps, 12 Monate, auf SQLite und PostgreSQL, gegen handgeschriebenes SQL in sqlite3 und psql.</translation>
    </message>
    <message>
        <source>%1: generate %2 decisions in the database</source>
        <translation>%1: %2 Entscheidungen in der Datenbank erzeugen</translation>
    </message>
    <message>
        <source>%1: analyze</source>
        <translation>%1: analysieren</translation>
    </message>
    <message>
        <source>psql, hand-written SQL</source>
        <translation>psql, handgeschriebenes SQL</translation>
    </message>
    <message>
        <source>sqlite3, hand-written SQL</source>
        <translation>sqlite3, handgeschriebenes SQL</translation>
    </message>
    <message>
        <source>%1: %2 (%3 decisions)</source>
        <translation>%1: %2 (%3 Entscheidungen)</translation>
    </message>
    <message>
        <source>%1 has no hand-written reference yet.</source>
        <translation>%1 hat noch keine handgeschriebene Referenz.</translation>
    </message>
    <message>
        <source>cannot write the reference script</source>
        <translation>das Referenzskript kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot make a temporary folder</source>
        <translation>kein temporärer Ordner möglich</translation>
    </message>
    <message>
        <source>%1: prepare the report scope</source>
        <translation>%1: den Berichtsrahmen vorbereiten</translation>
    </message>
    <message>
        <source>reports: ours is the report as the panel runs it once its scope is prepared (SQL, rows read through Qt&apos;s driver, the table built); the reference is its aggregate by hand in the shell (psql&apos;s own timing; sqlite3 less its start-up), over the same 12 months, as the database superuser (no row-level security) on both sides. SQLite and PostgreSQL run side by side, one core each, in step: each report and each reference beside the other engine&apos;s same one.</source>
        <translation>reports: unser Wert ist der Bericht, wie ihn das Panel ausführt, sobald sein Rahmen vorbereitet ist (SQL, Zeilen über Qts Treiber gelesen, die Tabelle gebaut); die Referenz ist sein Aggregat von Hand in der Shell (psqls eigene Zeitmessung; sqlite3 ohne seinen Start), über dieselben 12 Monate, auf beiden Seiten als Datenbank-Superuser (ohne Row-Level-Security). SQLite und PostgreSQL laufen nebeneinander, je auf einem Kern, im Gleichschritt: jeder Bericht und jede Referenz neben dem gleichen Schritt der anderen Datenbank.</translation>
    </message>
</context>
<context>
    <name>sal::core::RerouteGuard</name>
    <message>
        <source>it is back with marketing for more information: its SLA is paused</source>
        <translation>er ist für mehr Informationen zurück beim Marketing: sein SLA ist pausiert</translation>
    </message>
    <message>
        <source>it is already decided (%1)</source>
        <translation>er ist bereits entschieden (%1)</translation>
    </message>
    <message>
        <source>%1 accepted it at %2 but the team store refused the decision (%3); it waits in their outbox to be re-applied, so the lead stays with them until %4</source>
        <translation>%1 hat ihn um %2 angenommen, aber der Team-Speicher hat die Entscheidung abgelehnt (%3); sie wartet im Postausgang auf erneutes Anwenden, daher bleibt der Lead bis %4 bei dieser Person</translation>
    </message>
</context>
<context>
    <name>sal::core::ResponseTimeReport</name>
    <message>
        <source>Decisions by business hours from routing to decision, in bins, with how many were in SLA.</source>
        <translation>Entscheidungen nach Geschäftsstunden vom Routing bis zur Entscheidung, in Klassen, mit der Anzahl im SLA.</translation>
    </message>
    <message>
        <source>Business hours to decision</source>
        <translation>Geschäftsstunden bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>In SLA</source>
        <translation>Im SLA</translation>
    </message>
    <message>
        <source>under %1 h</source>
        <translation>unter %1 Std.</translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
        <translation>%1 bis %2 Std.</translation>
    </message>
    <message>
        <source>%1 h +</source>
        <translation>%1 Std. +</translation>
    </message>
    <message>
        <source>Response-time distribution</source>
        <translation>Verteilung der Reaktionszeit</translation>
    </message>
</context>
<context>
    <name>sal::core::RouteCommand</name>
    <message>
        <source>Route new MQLs without an owner: ordered rules, weighted round robin, daily capacity.</source>
        <translation>Neue MQLs ohne Besitzer routen: geordnete Regeln, gewichtetes Round Robin, Tageskapazität.</translation>
    </message>
    <message>
        <source>Assigns every MQL that has no owner: the first routing rule that matches and has a rep free (active, not out of office, under their daily capacity) decides; within the group the rep with the most spare capacity gets it. Unmatched leads go to the manager&apos;s queue.</source>
        <translation>Weist jedes MQL ohne Besitzer zu: die erste passende Routing-Regel mit einem freien Rep (aktiv, nicht abwesend, unter der Tageskapazität) entscheidet; innerhalb der Gruppe bekommt ihn der Rep mit der meisten freien Kapazität. Nicht zugeordnete Leads gehen in die Warteschlange des Managers.</translation>
    </message>
    <message>
        <source>Only say what would be assigned and why.</source>
        <translation>Nur sagen, was zugewiesen würde und warum.</translation>
    </message>
    <message>
        <source>stays unrouted</source>
        <translation>bleibt ungeroutet</translation>
    </message>
    <message>
        <source>would go to %1</source>
        <translation>würde an %1 gehen</translation>
    </message>
    <message>
        <source>routed to %1</source>
        <translation>an %1 geroutet</translation>
    </message>
    <message>
        <source> (passed over: %1)</source>
        <translation> (übergangen: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) would be routed (dry run: nothing was changed).</source>
        <translation>
            <numerusform>%n Lead würde geroutet (Probelauf: nichts wurde geändert).</numerusform>
            <numerusform>%n Leads würden geroutet (Probelauf: nichts wurde geändert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) routed.</source>
        <translation>
            <numerusform>%n Lead geroutet.</numerusform>
            <numerusform>%n Leads geroutet.</numerusform>
        </translation>
    </message>
    <message>
        <source>insight.json sets a confidence band but no acceptance model is stored yet: run &apos;salctl insight train&apos;; routing by the rules alone.</source>
        <translation>insight.json legt einen Konfidenzbereich fest, aber es ist noch kein Annahmemodell gespeichert: führen Sie „salctl insight train“ aus; geroutet wird allein nach den Regeln.</translation>
    </message>
</context>
<context>
    <name>sal::core::RoutingFile</name>
    <message>
        <source>&quot;%1&quot; must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>„%1“ darf nur Kleinbuchstaben, Ziffern, „-“ oder „_“ enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of smb, mid, enterprise</source>
        <translation>„%1“ ist keins von smb, mid, enterprise</translation>
    </message>
    <message>
        <source>must name exactly one target: &quot;territory&quot;, &quot;team&quot; or &quot;reps&quot;</source>
        <translation>muss genau ein Ziel nennen: &quot;territory&quot;, &quot;team&quot; oder &quot;reps&quot;</translation>
    </message>
    <message>
        <source>enterprise_from_employees must be above mid_from_employees</source>
        <translation>enterprise_from_employees muss über mid_from_employees liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
</context>
<context>
    <name>sal::core::RoutingRun</name>
    <message>
        <source> (acceptance likelihood %1 %2)</source>
        <translation> (Annahmewahrscheinlichkeit %1 %2)</translation>
    </message>
    <message>
        <source>at or above the fast lane&apos;s %1</source>
        <translation>bei oder über %1 der Überholspur</translation>
    </message>
    <message>
        <source>below SDR review&apos;s %1</source>
        <translation>unter %1 der SDR-Prüfung</translation>
    </message>
</context>
<context>
    <name>sal::core::SchemaMigrator</name>
    <message>
        <source>this %1 has schema version %2, newer than this program understands (%3): update the program instead of opening the file with an older one</source>
        <translation>diese %1 hat Schemaversion %2, neuer als dieses Programm versteht (%3): aktualisieren Sie das Programm, statt die Datei mit einer älteren Version zu öffnen</translation>
    </message>
</context>
<context>
    <name>sal::core::ScoringFeedback</name>
    <message>
        <source>&lt; %1 employees</source>
        <translation>&lt; %1 Beschäftigte</translation>
    </message>
    <message>
        <source>keeping companies under the ICP minimum of %1 employees out of the MQLs</source>
        <translation>Unternehmen unter dem ICP-Minimum von %1 Beschäftigten aus den MQLs heraushalten</translation>
    </message>
    <message>
        <source>raising the ICP minimum to %1 employees</source>
        <translation>das ICP-Minimum auf %1 Beschäftigte anheben</translation>
    </message>
    <message>
        <source>seniority %1</source>
        <translation>Hierarchieebene %1</translation>
    </message>
    <message>
        <source>scoring no %1-level contact as an MQL</source>
        <translation>keinen Kontakt der Ebene %1 als MQL werten</translation>
    </message>
    <message>
        <source>industry outside the ICP</source>
        <translation>Branche außerhalb des ICP</translation>
    </message>
    <message>
        <source>requiring an ICP industry</source>
        <translation>eine ICP-Branche verlangen</translation>
    </message>
    <message>
        <source>%1 of rejections are %2; %3 of those have %4; %5 would have removed %6 rejected MQLs and %7 accepted ones</source>
        <translation>%1 der Ablehnungen sind %2; %3 davon haben %4; %5 hätte %6 abgelehnte und %7 angenommene MQLs entfernt</translation>
    </message>
</context>
<context>
    <name>sal::core::SlaCommand</name>
    <message>
        <source>Business-hours SLA arithmetic: &apos;sla deadline&apos; and &apos;sla remaining&apos;.</source>
        <translation>SLA-Arithmetik in Geschäftszeiten: „sla deadline“ und „sla remaining“.</translation>
    </message>
    <message>
        <source>Usage: salctl sla deadline --calendar FILE --start ISO8601 --hours N
       salctl sla remaining --calendar FILE --deadline ISO8601 [--now ISO8601]
Run &apos;salctl sla deadline --help&apos; for details.</source>
        <translation>Aufruf: salctl sla deadline --calendar DATEI --start ISO8601 --hours N
       salctl sla remaining --calendar DATEI --deadline ISO8601 [--now ISO8601]
Details mit „salctl sla deadline --help“.</translation>
    </message>
    <message>
        <source>Prints the moment N business hours after START run out, as ISO 8601 UTC. A start outside working hours counts from the next working moment; a start without an offset is read in the calendar&apos;s time zone.</source>
        <translation>Gibt den Zeitpunkt aus, an dem N Geschäftsstunden nach START aufgebraucht sind, als ISO 8601 in UTC. Ein Start außerhalb der Arbeitszeit zählt ab dem nächsten Arbeitsmoment; ein Start ohne Versatz wird in der Zeitzone des Kalenders gelesen.</translation>
    </message>
    <message>
        <source>Business calendar JSON file (see the README).</source>
        <translation>JSON-Datei des Geschäftskalenders (siehe README).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>When the SLA window starts (ISO 8601).</source>
        <translation>Wann das SLA-Fenster beginnt (ISO 8601).</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>Business hours in the window (may be fractional).</source>
        <translation>Geschäftsstunden im Fenster (auch gebrochen).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>must be a number of hours, 0 or more, not &quot;%1&quot;</source>
        <translation>muss eine Stundenzahl ab 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>no working time within ten years of the start</source>
        <translation>keine Arbeitszeit innerhalb von zehn Jahren nach dem Start</translation>
    </message>
    <message>
        <source>Prints the business seconds left until DEADLINE at NOW (negative once breached).</source>
        <translation>Gibt die Geschäftssekunden bis DEADLINE zum Zeitpunkt NOW aus (negativ nach Fristablauf).</translation>
    </message>
    <message>
        <source>The SLA deadline (ISO 8601).</source>
        <translation>Die SLA-Frist (ISO 8601).</translation>
    </message>
    <message>
        <source>The moment to measure at (ISO 8601); default: now.</source>
        <translation>Der Messzeitpunkt (ISO 8601); Standard: jetzt.</translation>
    </message>
</context>
<context>
    <name>sal::core::SlaPolicyFile</name>
    <message>
        <source>min_score is above max_score: the rule can never match</source>
        <translation>min_score liegt über max_score: die Regel kann nie zutreffen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>must name at least one tier</source>
        <translation>muss mindestens eine Stufe nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the tiers</source>
        <translation>„%1“ ist keine der Stufen</translation>
    </message>
</context>
<context>
    <name>sal::core::SnapshotDiff</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Fit points</source>
        <translation>Fit-Punkte</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Kontaktversuche</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Checklist %1: %2 → %3</source>
        <translation>Checkliste %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>sal::core::SqlDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such database file</source>
        <translation>keine solche Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
    <message>
        <source>cannot run &quot;%1&quot;</source>
        <translation>„%1“ kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>cannot prepare &quot;%1&quot;</source>
        <translation>„%1“ kann nicht vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>sal::core::SqlTeamStore</name>
    <message>
        <source>No lead %1 in the team store.</source>
        <translation>Kein Lead %1 im Team-Speicher.</translation>
    </message>
    <message>
        <source>An absence of %1 needs a first day on or before its last day.</source>
        <translation>Eine Abwesenheit von %1 braucht einen ersten Tag am oder vor ihrem letzten Tag.</translation>
    </message>
</context>
<context>
    <name>sal::core::Stage</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SAL</source>
        <translation>SAL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Rejected (recycled)</source>
        <translation>Abgelehnt (wiederverwertet)</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Angaben fehlen</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
</context>
<context>
    <name>sal::core::StoredLead</name>
    <message>
        <source>No lead %1 in the team store.</source>
        <translation>Kein Lead %1 im Team-Speicher.</translation>
    </message>
    <message>
        <source>Lead %1 is %2: this needs a lead that is %3.</source>
        <translation>Lead %1 ist %2: dies braucht einen Lead, der %3 ist.</translation>
    </message>
</context>
<context>
    <name>sal::core::SyncCommand</name>
    <message>
        <source>Send your decisions to the team store and fetch changes.</source>
        <translation>Ihre Entscheidungen an den Team-Speicher senden und Änderungen abholen.</translation>
    </message>
    <message>
        <source>Decisions the team store refused; re-apply or discard them.</source>
        <translation>Entscheidungen, die der Team-Speicher abgelehnt hat; erneut anwenden oder verwerfen.</translation>
    </message>
    <message>
        <source>Give up this decision; the lead shows as the team store has it.</source>
        <translation>Diese Entscheidung aufgeben; der Lead erscheint so, wie der Team-Speicher ihn hat.</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <source>Send this decision again on the lead as it is now.</source>
        <translation>Diese Entscheidung auf dem aktuellen Stand des Leads erneut senden.</translation>
    </message>
    <message>
        <source>Cannot sync with --offline.</source>
        <translation>Mit --offline kann nicht synchronisiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) pending</source>
        <translation>
            <numerusform>%n Vorgang ausstehend</numerusform>
            <numerusform>%n Vorgänge ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflict for operation %1.</source>
        <translation>Kein offener Konflikt für Vorgang %1.</translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation>%1 verworfen.</translation>
    </message>
    <message>
        <source>Re-applied %1.</source>
        <translation>%1 erneut angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::TeamCommand</name>
    <message>
        <source>Administer a PostgreSQL team store: &apos;team init&apos; (schema, roles, policies) and &apos;team add-user&apos;.</source>
        <translation>Einen PostgreSQL-Team-Speicher verwalten: „team init“ (Schema, Rollen, Richtlinien) und „team add-user“.</translation>
    </message>
    <message>
        <source>Usage: salctl team init --team-store postgresql://HOST/DATABASE
       salctl team add-user EMAIL --role rep|manager|marketing --team TEAM --team-store postgresql://HOST/DATABASE [--name NAME] [--password-stdin]
Run &apos;salctl team init --help&apos; for details.</source>
        <translation>Aufruf: salctl team init --team-store postgresql://HOST/DATENBANK
       salctl team add-user EMAIL --role rep|manager|marketing --team TEAM --team-store postgresql://HOST/DATENBANK [--name NAME] [--password-stdin]
Details mit „salctl team init --help“.</translation>
    </message>
    <message>
        <source>Creates or upgrades the team store&apos;s schema in an existing PostgreSQL database, with the group roles sal_rep, sal_manager, sal_marketing, sal_admin and the row-level security policies. Connect as a superuser or a role with CREATEROLE (the address&apos;s user, or your login name); the password comes from PGPASSFILE or is asked for.</source>
        <translation>Legt das Schema des Team-Speichers in einer bestehenden PostgreSQL-Datenbank an oder aktualisiert es, mit den Gruppenrollen sal_rep, sal_manager, sal_marketing, sal_admin und den Row-Level-Security-Richtlinien. Verbinden Sie sich als Superuser oder als Rolle mit CREATEROLE (der Benutzer der Adresse oder Ihr Login-Name); das Passwort kommt aus PGPASSFILE oder wird abgefragt.</translation>
    </message>
    <message>
        <source>The database: postgresql://[USER@]HOST[:PORT]/DATABASE or postgresql:///DATABASE?host=/socket/dir.</source>
        <translation>Die Datenbank: postgresql://[BENUTZER@]HOST[:PORT]/DATENBANK oder postgresql:///DATENBANK?host=/socket/verzeichnis.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Team store ready at %1: schema version %2, roles sal_rep, sal_manager, sal_marketing, sal_admin; row-level security forced on every table.</source>
        <translation>Team-Speicher bereit unter %1: Schemaversion %2, Rollen sal_rep, sal_manager, sal_marketing, sal_admin; Row-Level-Security auf jeder Tabelle erzwungen.</translation>
    </message>
    <message>
        <source>Adds a person to the team store (or changes their role or team) with a login role named exactly as their email, member of sal_rep, sal_manager or sal_marketing. The new password is asked for on the terminal, or read from the first line of standard input with --password-stdin; it never goes on the command line.</source>
        <translation>Fügt eine Person zum Team-Speicher hinzu (oder ändert ihre Rolle oder ihr Team), mit einer Login-Rolle, die genau wie ihre E-Mail heißt, Mitglied von sal_rep, sal_manager oder sal_marketing. Das neue Passwort wird im Terminal abgefragt oder mit --password-stdin aus der ersten Zeile der Standardeingabe gelesen; es steht nie auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>The person&apos;s email: their login role.</source>
        <translation>Die E-Mail der Person: ihre Login-Rolle.</translation>
    </message>
    <message>
        <source>rep, manager or marketing.</source>
        <translation>rep, manager oder marketing.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Their team&apos;s id (see &apos;salctl reps&apos;).</source>
        <translation>Die ID ihres Teams (siehe „salctl reps“).</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>Their name (default: kept, or the email&apos;s first part).</source>
        <translation>Ihr Name (Standard: beibehalten, oder der erste Teil der E-Mail).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The database: postgresql://…</source>
        <translation>Die Datenbank: postgresql://…</translation>
    </message>
    <message>
        <source>Read the new password from the first line of standard input.</source>
        <translation>Das neue Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>must be rep, manager or marketing, not &quot;%1&quot;</source>
        <translation>muss rep, manager oder marketing sein, nicht „%1“</translation>
    </message>
    <message>
        <source>no team &quot;%1&quot; in the team store (known: %2)</source>
        <translation>kein Team „%1“ im Team-Speicher (bekannt: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <source>The passwords differ; nothing was changed.</source>
        <translation>Die Passwörter unterscheiden sich; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is a %2 of team %3, with login role &quot;%1&quot;%4.</source>
        <translation>%1 ist %2 in Team %3, mit der Login-Rolle „%1“%4.</translation>
    </message>
    <message>
        <source> (no password set: it cannot log in with a password yet)</source>
        <translation> (kein Passwort gesetzt: die Anmeldung mit Passwort ist noch nicht möglich)</translation>
    </message>
</context>
<context>
    <name>sal::core::TeamSession</name>
    <message>
        <source>Team store file (default: the demo workspace) or postgresql:// address.</source>
        <translation>Team-Speicher-Datei (Standard: der Demo-Arbeitsbereich) oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <source>Who you are (email of a person of the team store).</source>
        <translation>Wer Sie sind (E-Mail einer Person des Team-Speichers).</translation>
    </message>
    <message>
        <source>Whom to connect as, on PostgreSQL (a manager or administrator login role).</source>
        <translation>Als wer verbunden wird, bei PostgreSQL (eine Manager- oder Administrator-Login-Rolle).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Act as if it were this moment, ISO 8601 (default: now).</source>
        <translation>So tun, als wäre jetzt dieser Zeitpunkt, ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation>ISO8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>no team store at %1: create the demo with &apos;salctl demo --out %1&apos;</source>
        <translation>kein Team-Speicher unter %1: legen Sie die Demo mit „salctl demo --out %1“ an</translation>
    </message>
    <message>
        <source>%1 is not a person of this team store</source>
        <translation>%1 ist keine Person dieses Team-Speichers</translation>
    </message>
</context>
<context>
    <name>sal::core::TeamStoreLocation</name>
    <message>
        <source>no team store given</source>
        <translation>kein Team-Speicher angegeben</translation>
    </message>
    <message>
        <source>%1 is a file: only a postgresql:// team store has roles to administer</source>
        <translation>%1 ist eine Datei: nur ein postgresql://-Team-Speicher hat Rollen zu verwalten</translation>
    </message>
</context>
<context>
    <name>sal::core::TeamStoreOption</name>
    <message>
        <source>Team store file (default: the demo workspace) or postgresql:// address.</source>
        <translation>Team-Speicher-Datei (Standard: der Demo-Arbeitsbereich) oder postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <source>Whom to connect as, on PostgreSQL (the login role).</source>
        <translation>Als wer verbunden wird, bei PostgreSQL (die Login-Rolle).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>No team store at %1: create one with &apos;salctl demo&apos; or pass --team-store.</source>
        <translation>Kein Team-Speicher unter %1: legen Sie einen mit „salctl demo“ an oder übergeben Sie --team-store.</translation>
    </message>
</context>
<context>
    <name>sal::core::TerminalPasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
</context>
<context>
    <name>sal::core::TextDecoding</name>
    <message>
        <source>is not UTF-8 (byte %1 cannot start a UTF-8 character); it looks like Windows-1252, as Excel&apos;s plain &quot;CSV&quot; writes: save it as &quot;CSV UTF-8&quot;, or import it with --encoding windows-1252</source>
        <translation>ist kein UTF-8 (Byte %1 kann kein UTF-8-Zeichen beginnen); es sieht nach Windows-1252 aus, wie es Excels einfaches „CSV“ schreibt: speichern Sie die Datei als „CSV UTF-8“ oder importieren Sie sie mit --encoding windows-1252</translation>
    </message>
</context>
<context>
    <name>sal::core::TimeInStageReport</name>
    <message>
        <source>Per source: median and p90 business hours from MQL to decision, SAL to SQL and SQL to opportunity, for the moves made in the period.</source>
        <translation>Je Quelle: Median und p90 der Geschäftsstunden von MQL bis zur Entscheidung, von SAL zu SQL und von SQL zur Opportunity, für die Schritte im Zeitraum.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>MQL to decision, median</source>
        <translation>MQL bis Entscheidung, Median</translation>
    </message>
    <message>
        <source>MQL to decision, p90</source>
        <translation>MQL bis Entscheidung, p90</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQLs</translation>
    </message>
    <message>
        <source>SAL to SQL, median</source>
        <translation>SAL zu SQL, Median</translation>
    </message>
    <message>
        <source>SAL to SQL, p90</source>
        <translation>SAL zu SQL, p90</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>SQL to opportunity, median</source>
        <translation>SQL zu Opportunity, Median</translation>
    </message>
    <message>
        <source>SQL to opportunity, p90</source>
        <translation>SQL zu Opportunity, p90</translation>
    </message>
    <message>
        <source>(all sources)</source>
        <translation>(alle Quellen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Business hours of the team&apos;s calendar, for the moves that ended in the period: decisions by the device&apos;s time, from the lead&apos;s routing, without the time it was back with marketing (needs info); SAL to SQL from the acceptance; percentiles by nearest rank.</source>
        <translation>Geschäftsstunden nach dem Kalender des Teams, für die im Zeitraum abgeschlossenen Schritte: Entscheidungen nach der Zeit des Geräts, ab dem Routing des Leads, ohne die Zeit beim Marketing (fehlende Angaben); SAL zu SQL ab der Annahme; Perzentile nach dem nächsten Rang.</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Zeit je Phase</translation>
    </message>
</context>
<context>
    <name>sal::core::ViolationsReport</name>
    <message>
        <source>Per team and week: decisions, SLA violations, compliance, escalations and re-routes.</source>
        <translation>Je Team und Woche: Entscheidungen, SLA-Verletzungen, Einhaltung, Eskalationen und Umroutungen.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <source>In SLA</source>
        <translation>Im SLA</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Re-routes</source>
        <translation>Umroutungen</translation>
    </message>
    <message>
        <source>A violation is a decision made after its tier&apos;s window (business hours) ran out.</source>
        <translation>Eine Verletzung ist eine Entscheidung, die nach Ablauf des Fensters ihrer Stufe (Geschäftsstunden) fiel.</translation>
    </message>
    <message>
        <source>SLA violations by team and week</source>
        <translation>SLA-Verletzungen nach Team und Woche</translation>
    </message>
</context>
<context>
    <name>sal::core::WindowBench</name>
    <message>
        <source>The window (salbench, offscreen) with N leads: idle CPU with the countdown, peak memory.</source>
        <translation>Das Fenster (salbench, offscreen) mit N Leads: CPU im Leerlauf mit laufendem Countdown, Spitzenspeicher.</translation>
    </message>
    <message>
        <source>salbench is not built next to salctl (build the UI)</source>
        <translation>salbench ist nicht neben salctl gebaut (bauen Sie die Oberfläche)</translation>
    </message>
    <message>
        <source>the window did not settle: %1</source>
        <translation>das Fenster kam nicht zur Ruhe: %1</translation>
    </message>
    <message>
        <source>the window quit while it was measured</source>
        <translation>das Fenster wurde während der Messung beendet</translation>
    </message>
    <message>
        <source>idle CPU, %1 leads, countdown running %2 s</source>
        <translation>CPU im Leerlauf, %1 Leads, Countdown läuft %2 s</translation>
    </message>
    <message>
        <source>salbench peak RSS, %1 leads loaded</source>
        <translation>salbench Spitzen-RSS, %1 Leads geladen</translation>
    </message>
    <message>
        <source>salbench start to settled, %1 leads</source>
        <translation>salbench vom Start bis zur Ruhe, %1 Leads</translation>
    </message>
</context>
<context>
    <name>sal::ui::AcceptPage</name>
    <message>
        <source>Next &amp;step:</source>
        <translation>Nächster &amp;Schritt:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Email sequence</source>
        <translation>E-Mail-Sequenz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Due at:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Set a due time</source>
        <translation>Fälligkeit festlegen</translation>
    </message>
    <message>
        <source>Check to give the date and time the next step is due.</source>
        <translation>Ankreuzen, um Datum und Uhrzeit anzugeben, zu der der nächste Schritt fällig ist.</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Fälligkeit des nächsten Schritts</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What was agreed, or why the lead is accepted</source>
        <translation>Was vereinbart wurde oder warum der Lead angenommen wird</translation>
    </message>
    <message>
        <source>What happens next with the lead: a call, a meeting, an email sequence</source>
        <translation>Wie es mit dem Lead weitergeht: ein Anruf, ein Termin, eine E-Mail-Sequenz</translation>
    </message>
    <message>
        <source>The date and time the next step is due, not in the past</source>
        <translation>Datum und Uhrzeit, zu der der nächste Schritt fällig ist, nicht in der Vergangenheit</translation>
    </message>
</context>
<context>
    <name>sal::ui::AcceptanceSummary</name>
    <message>
        <source>Acceptance likelihood</source>
        <translation>Annahmewahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Reasons for acceptance</source>
        <translation>Gründe für die Annahme</translation>
    </message>
    <message>
        <source>Reasons against acceptance</source>
        <translation>Gründe gegen die Annahme</translation>
    </message>
    <message>
        <source>Likeliest rejection reason</source>
        <translation>Wahrscheinlichster Ablehnungsgrund</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>No acceptance model on this device yet: a manager trains one from the team&apos;s decisions (salctl insight train) and the next sync brings it.</source>
        <translation>Noch kein Annahmemodell auf diesem Gerät: ein Manager trainiert eins aus den Entscheidungen des Teams (salctl insight train), und die nächste Synchronisierung bringt es.</translation>
    </message>
    <message>
        <source>%1 of leads like this were accepted by the team (learnt from its own decisions; it informs, you decide).</source>
        <translation>%1 der Leads wie dieser hat das Team angenommen (gelernt aus seinen eigenen Entscheidungen; es informiert, Sie entscheiden).</translation>
    </message>
    <message>
        <source>For: nothing stands out.</source>
        <translation>Dafür: nichts Auffälliges.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Dafür: %1</translation>
    </message>
    <message>
        <source>Against: nothing stands out.</source>
        <translation>Dagegen: nichts Auffälliges.</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>Dagegen: %1</translation>
    </message>
    <message>
        <source>Likeliest rejection reason: %1 (%2 of similar rejections)</source>
        <translation>Wahrscheinlichster Ablehnungsgrund: %1 (%2 ähnlicher Ablehnungen)</translation>
    </message>
</context>
<context>
    <name>sal::ui::AttemptLogRow</name>
    <message>
        <source>Log attempt (L)</source>
        <translation>Versuch erfassen (L)</translation>
    </message>
    <message>
        <source>Attempt channel</source>
        <translation>Kanal des Versuchs</translation>
    </message>
    <message>
        <source>Attempt outcome</source>
        <translation>Ergebnis des Versuchs</translation>
    </message>
    <message>
        <source>Outcome, e.g. voicemail</source>
        <translation>Ergebnis, z. B. Mailbox</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Versuch erfassen</translation>
    </message>
    <message>
        <source>Log a contact attempt with this channel and outcome (L)</source>
        <translation>Einen Kontaktversuch mit diesem Kanal und Ergebnis erfassen (L)</translation>
    </message>
    <message>
        <source>How you tried to reach the contact: phone, email, LinkedIn or other</source>
        <translation>Wie Sie den Kontakt zu erreichen versucht haben: Telefon, E-Mail, LinkedIn oder anders</translation>
    </message>
</context>
<context>
    <name>sal::ui::AutomationFeedModel</name>
    <message>
        <source>Follow-up at risk</source>
        <translation>Folgekontakt gefährdet</translation>
    </message>
    <message>
        <source>At risk: decide soon</source>
        <translation>Gefährdet: bald entscheiden</translation>
    </message>
    <message>
        <source>Follow-up overdue: escalated</source>
        <translation>Folgekontakt überfällig: eskaliert</translation>
    </message>
    <message>
        <source>SLA breached: escalated</source>
        <translation>SLA verletzt: eskaliert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Most of the response window is used up</source>
        <translation>Der größte Teil des Antwortfensters ist aufgebraucht</translation>
    </message>
    <message>
        <source>The response deadline passed; the manager was told</source>
        <translation>Die Antwortfrist ist abgelaufen; der Manager wurde informiert</translation>
    </message>
    <message>
        <source>The first-outreach deadline is close</source>
        <translation>Die Frist für die erste Kontaktaufnahme ist nah</translation>
    </message>
    <message>
        <source>No outreach by the first-outreach deadline; the manager was told</source>
        <translation>Keine Kontaktaufnahme bis zur Frist für die erste Kontaktaufnahme; der Manager wurde informiert</translation>
    </message>
    <message>
        <source>From %1 to %2 after %3 of business time</source>
        <translation>Von %1 zu %2 nach %3 Geschäftszeit</translation>
    </message>
    <message>
        <source>Waited past the re-route threshold</source>
        <translation>Über die Umrouting-Schwelle hinaus gewartet</translation>
    </message>
</context>
<context>
    <name>sal::ui::AutomationPanel</name>
    <message>
        <source>Run the escalation ladder now</source>
        <translation>Eskalationsleiter jetzt ausführen</translation>
    </message>
    <message>
        <source>What the automation did to your leads</source>
        <translation>Was die Automatisierung mit Ihren Leads gemacht hat</translation>
    </message>
    <message>
        <source>The escalation ladder runs for team %1 every %2 minutes.</source>
        <translation>Die Eskalationsleiter läuft für Team %1 alle %2 Minuten.</translation>
    </message>
    <message>
        <source>Warnings on your leads and leads re-routed to you. Your manager&apos;s workbench runs the escalation ladder.</source>
        <translation>Warnungen zu Ihren Leads und an Sie umgeroutete Leads. Die Workbench Ihres Managers führt die Eskalationsleiter aus.</translation>
    </message>
    <message>
        <source>The escalation ladder is already running.</source>
        <translation>Die Eskalationsleiter läuft bereits.</translation>
    </message>
    <message>
        <source>Escalation at %1 failed, nothing was changed: %2</source>
        <translation>Eskalation um %1 fehlgeschlagen, nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>Escalation at %1: %2 warned, %3 escalated to you, %4 re-routed, %5 held.</source>
        <translation>Eskalation um %1: %2 gewarnt, %3 an Sie eskaliert, %4 umgeroutet, %5 zurückgehalten.</translation>
    </message>
    <message>
        <source>Warn, escalate and re-route the team&apos;s leads by the SLA now instead of at the next scheduled run</source>
        <translation>Die Leads des Teams jetzt nach dem SLA warnen, eskalieren und umrouten, statt beim nächsten geplanten Lauf</translation>
    </message>
    <message>
        <source>Warnings, escalations and re-routes, the newest first</source>
        <translation>Warnungen, Eskalationen und Umroutungen, die neuesten zuerst</translation>
    </message>
</context>
<context>
    <name>sal::ui::ConflictsModel</name>
    <message>
        <source>Your acceptance</source>
        <translation>Ihre Annahme</translation>
    </message>
    <message>
        <source>Your rejection (%1)</source>
        <translation>Ihre Ablehnung (%1)</translation>
    </message>
    <message>
        <source>Your request for more info</source>
        <translation>Ihre Bitte um mehr Informationen</translation>
    </message>
    <message>
        <source>Your contact attempt</source>
        <translation>Ihr Kontaktversuch</translation>
    </message>
    <message>
        <source>was not applied: the lead was re-routed.</source>
        <translation>wurde nicht angewendet: der Lead wurde umgeroutet.</translation>
    </message>
    <message>
        <source>was not applied: the lead was already decided.</source>
        <translation>wurde nicht angewendet: der Lead war bereits entschieden.</translation>
    </message>
    <message>
        <source>was not applied: the lead changed since you looked at it.</source>
        <translation>wurde nicht angewendet: der Lead hat sich geändert, seit Sie ihn angesehen haben.</translation>
    </message>
    <message>
        <source>was refused by the team&apos;s rules.</source>
        <translation>wurde von den Regeln des Teams abgelehnt.</translation>
    </message>
    <message>
        <source>%1 on lead %2, decided %3, %4
%5</source>
        <translation>%1 zu Lead %2, entschieden %3, %4
%5</translation>
    </message>
    <message>
        <source>Since you decided: %1</source>
        <translation>Seit Ihrer Entscheidung: %1</translation>
    </message>
</context>
<context>
    <name>sal::ui::ContextSection</name>
    <message>
        <source>Shows or hides this part of the lead&apos;s context</source>
        <translation>Zeigt oder verbirgt diesen Teil des Lead-Kontexts</translation>
    </message>
</context>
<context>
    <name>sal::ui::DecisionLogModel</name>
    <message>
        <source>Accepted (%1)</source>
        <translation>Angenommen (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Angaben fehlen</translation>
    </message>
    <message>
        <source>Attempt (%1)</source>
        <translation>Versuch (%1)</translation>
    </message>
    <message>
        <source>⏳ waiting to sync</source>
        <translation>⏳ wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>✔ synced %1</source>
        <translation>✔ synchronisiert %1</translation>
    </message>
    <message>
        <source>⚠ conflict</source>
        <translation>⚠ Konflikt</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>re-applied</source>
        <translation>erneut angewendet</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>sal::ui::DispositionForm</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Select a lead in the queue to decide on it.</source>
        <translation>Wählen Sie einen Lead in der Warteschlange, um über ihn zu entscheiden.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the lead</source>
        <translation>Den Lead annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Reject the lead</source>
        <translation>Den Lead ablehnen</translation>
    </message>
    <message>
        <source>&amp;Needs more info</source>
        <translation>A&amp;ngaben fehlen</translation>
    </message>
    <message>
        <source>Send back to marketing for more information</source>
        <translation>Für mehr Informationen an das Marketing zurückgeben</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Absenden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Submit the decision</source>
        <translation>Die Entscheidung absenden</translation>
    </message>
    <message>
        <source>Accept with a next step, its due time and a note (A)</source>
        <translation>Mit nächstem Schritt, Fälligkeit und Notiz annehmen (A)</translation>
    </message>
    <message>
        <source>Reject with a reason from the team&apos;s list (R)</source>
        <translation>Mit einem Grund aus der Liste des Teams ablehnen (R)</translation>
    </message>
    <message>
        <source>Say what marketing must find out; the SLA pauses (N)</source>
        <translation>Sagen, was das Marketing herausfinden muss; das SLA pausiert (N)</translation>
    </message>
    <message>
        <source>Enabled once the decision is complete; Ctrl+Enter from anywhere in the form</source>
        <translation>Aktiv, sobald die Entscheidung vollständig ist; Strg+Eingabe von überall im Formular</translation>
    </message>
</context>
<context>
    <name>sal::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Decisions for the CRM (CSV: Id, Email, SAL_* fields)</source>
        <translation>Entscheidungen für das CRM (CSV: Id, Email, SAL_*-Felder)</translation>
    </message>
    <message>
        <source>Decisions with every detail (JSON Lines)</source>
        <translation>Entscheidungen mit allen Details (JSON Lines)</translation>
    </message>
    <message>
        <source>Every lead with its history (JSON Lines)</source>
        <translation>Jeder Lead mit seinem Verlauf (JSON Lines)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>Decisions &amp;since:</source>
        <translation>Entscheidungen &amp;seit:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>Wählen Sie zuerst die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 geschrieben.</numerusform>
            <numerusform>%n Datensätze nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sal::ui::FieldErrors</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problem mit diesem Feld</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>sal::ui::FirmographicsForm</name>
    <message>
        <source>Firmographics</source>
        <translation>Firmografie</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Open roles</source>
        <translation>Offene Stellen</translation>
    </message>
    <message>
        <source>Tech stack</source>
        <translation>Technologie-Stack</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sal::ui::FollowUpModel</name>
    <message>
        <source>✔ reached out</source>
        <translation>✔ kontaktiert</translation>
    </message>
    <message>
        <source>First outreach due</source>
        <translation>Erste Kontaktaufnahme fällig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>sal::ui::HelpMenu</name>
    <message>
        <source>&lt;h3&gt;SAL Workbench %1&lt;/h3&gt;&lt;p&gt;Accept, reject or return marketing-qualified leads inside their SLA.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SAL Workbench %1&lt;/h3&gt;&lt;p&gt;Marketing-qualifizierte Leads innerhalb ihres SLA annehmen, ablehnen oder zurückgeben.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder (nach Ihrer Wahl) jede spätere Version (GPL-3.0-or-later). Dieses Programm kommt OHNE JEDE GEWÄHRLEISTUNG.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About SAL Workbench</source>
        <translation>Über SAL Workbench</translation>
    </message>
</context>
<context>
    <name>sal::ui::ImportDialog</name>
    <message>
        <source>&amp;Skip bad rows (import the others, write the bad ones to a side file)</source>
        <translation>Fehlerhafte Zeilen &amp;überspringen (die anderen importieren, die fehlerhaften in eine Nebendatei schreiben)</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Aus der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel &quot;CSV&quot; on Windows)</source>
        <translation>Windows-1252 (Excel-„CSV“ unter Windows)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Problems in the file are listed here as file:line: column: problem.</source>
        <translation>Probleme in der Datei werden hier als Datei:Zeile: Spalte: Problem aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>How the columns map:</source>
        <translation>Wie die Spalten zugeordnet werden:</translation>
    </message>
    <message>
        <source>First problems:</source>
        <translation>Erste Probleme:</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.jsonl *.txt);;All files (*)</source>
        <translation>CRM-Exporte (*.csv *.jsonl *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported:</source>
        <translation>Diese Datei kann nicht importiert werden:</translation>
    </message>
    <message>
        <source>JSON Lines: %1</source>
        <translation>JSON Lines: %1</translation>
    </message>
    <message>
        <source>%1 — maps %2 of %3 columns; not imported: %4</source>
        <translation>%1 — ordnet %2 von %3 Spalten zu; nicht importiert: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>Keine Probleme in der ersten Zeile.</numerusform>
            <numerusform>Keine Probleme in den ersten %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The import failed, nothing was stored: %1</source>
        <translation>Der Import ist fehlgeschlagen, nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file could not be read to the end.</source>
        <translation>Nichts wurde importiert: die Datei konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows have problems (listed above). Fix them, or tick &quot;Skip bad rows&quot;.</source>
        <translation>Nichts wurde importiert: %1 von %2 Zeilen haben Probleme (oben aufgeführt). Beheben Sie sie, oder kreuzen Sie „Fehlerhafte Zeilen überspringen“ an.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 Zeilen importiert: %2 neu, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <source>Flagged: duplicates %1, existing customers %2 (their rejection reason is pre-suggested).</source>
        <translation>Markiert: Duplikate %1, Bestandskunden %2 (ihr Ablehnungsgrund ist vorgeschlagen).</translation>
    </message>
    <message>
        <source>Bad rows written with their problems to %1: %2.</source>
        <translation>Fehlerhafte Zeilen mit ihren Problemen nach %1 geschrieben: %2.</translation>
    </message>
</context>
<context>
    <name>sal::ui::ImportExportLauncher</name>
    <message>
        <source>Needs the team store: you are working offline.</source>
        <translation>Braucht den Team-Speicher: Sie arbeiten offline.</translation>
    </message>
</context>
<context>
    <name>sal::ui::LeadContextRows</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Last engaged</source>
        <translation>Zuletzt engagiert</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>sal::ui::LeadContextView</name>
    <message>
        <source>Opener: %1</source>
        <translation>Gesprächseinstieg: %1</translation>
    </message>
    <message>
        <source>Discovery questions:</source>
        <translation>Fragen für das Erstgespräch:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No talk track for this lead.</source>
        <translation>Kein Gesprächsleitfaden für diesen Lead.</translation>
    </message>
    <message>
        <source>Select a lead</source>
        <translation>Wählen Sie einen Lead</translation>
    </message>
    <message>
        <source>Lead context</source>
        <translation>Lead-Kontext</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Kein Lead ausgewählt</translation>
    </message>
    <message>
        <source>Acceptance checklist</source>
        <translation>Annahme-Checkliste</translation>
    </message>
    <message>
        <source>Score breakdown</source>
        <translation>Score-Aufschlüsselung</translation>
    </message>
    <message>
        <source>Engagement timeline</source>
        <translation>Engagement-Zeitleiste</translation>
    </message>
    <message>
        <source>Talk track</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>Proof points</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Other engaged contacts at the account</source>
        <translation>Weitere engagierte Kontakte beim Account</translation>
    </message>
    <message>
        <source>Contact attempts</source>
        <translation>Kontaktversuche</translation>
    </message>
    <message>
        <source>Event history</source>
        <translation>Ereignisverlauf</translation>
    </message>
    <message>
        <source>Acceptance checklist — %1 required %2/%3 · preferred %4/%5</source>
        <translation>Annahme-Checkliste — %1 erforderlich %2/%3 · bevorzugt %4/%5</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>Score %1 — fit %2, engagement %3</source>
        <translation>Score %1 — Fit %2, Engagement %3</translation>
    </message>
    <message>
        <source>Engagement timeline (%1)</source>
        <translation>Engagement-Zeitleiste (%1)</translation>
    </message>
    <message>
        <source>Firmographics — %1</source>
        <translation>Firmografie — %1</translation>
    </message>
    <message>
        <source>Talk track and proof points</source>
        <translation>Gesprächsleitfaden und Referenzen</translation>
    </message>
    <message numerus="yes">
        <source>Other engaged contacts at the account (%n)</source>
        <translation>
            <numerusform>Weitere engagierte Kontakte beim Account (%n)</numerusform>
            <numerusform>Weitere engagierte Kontakte beim Account (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact attempts: %1 · channels: %2</source>
        <translation>Kontaktversuche: %1 · Kanäle: %2</translation>
    </message>
    <message>
        <source>Event history (%1)</source>
        <translation>Ereignisverlauf (%1)</translation>
    </message>
    <message>
        <source>%1 of the selected lead, one item per row</source>
        <translation>%1 des ausgewählten Leads, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>Acceptance likelihood %1%2</source>
        <translation>Annahmewahrscheinlichkeit %1%2</translation>
    </message>
    <message>
        <source> — low</source>
        <translation> — niedrig</translation>
    </message>
    <message>
        <source>Acceptance likelihood — no model yet</source>
        <translation>Annahmewahrscheinlichkeit — noch kein Modell</translation>
    </message>
</context>
<context>
    <name>sal::ui::LeadDisplayText</name>
    <message>
        <source>Unknown seniority</source>
        <translation>Hierarchieebene unbekannt</translation>
    </message>
    <message>
        <source>Individual contributor</source>
        <translation>Fachkraft ohne Führungsverantwortung</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>VP</source>
        <translation>VP</translation>
    </message>
    <message>
        <source>C-level</source>
        <translation>C-Level</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Geroutet</translation>
    </message>
    <message>
        <source>First opened</source>
        <translation>Erstmals geöffnet</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>Kontaktversuch</translation>
    </message>
    <message>
        <source>At-risk warning</source>
        <translation>Gefährdungswarnung</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Re-routed</source>
        <translation>Umgeroutet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Returned for info</source>
        <translation>Für Angaben zurückgegeben</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Ergänzt</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>Wiederverwertet</translation>
    </message>
    <message>
        <source>First outreach</source>
        <translation>Erste Kontaktaufnahme</translation>
    </message>
    <message>
        <source>Converted to SQL</source>
        <translation>In SQL umgewandelt</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Opportunity created</source>
        <translation>Verkaufschance angelegt</translation>
    </message>
    <message>
        <source>Sent to the right rep</source>
        <translation>An den richtigen Rep gesendet</translation>
    </message>
    <message>
        <source>Queued for enrichment</source>
        <translation>Zur Ergänzung eingereiht</translation>
    </message>
    <message>
        <source>Nurture track</source>
        <translation>Nurture-Track</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Rejection disputed</source>
        <translation>Ablehnung angefochten</translation>
    </message>
    <message>
        <source>Dispute: rejection upheld</source>
        <translation>Widerspruch: Ablehnung bestätigt</translation>
    </message>
    <message>
        <source>Dispute: rejection overturned</source>
        <translation>Widerspruch: Ablehnung verworfen</translation>
    </message>
    <message>
        <source>TOFU</source>
        <translation>TOFU</translation>
    </message>
    <message>
        <source>MOFU</source>
        <translation>MOFU</translation>
    </message>
    <message>
        <source>BOFU</source>
        <translation>BOFU</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ Nicht erfüllt</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Unbekannt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Pre-seed</source>
        <translation>Pre-Seed</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Börsennotiert</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>On track — %1 left</source>
        <translation>Im Plan — noch %1</translation>
    </message>
    <message>
        <source>At risk — %1 left</source>
        <translation>Gefährdet — noch %1</translation>
    </message>
    <message>
        <source>Breached — %1 over</source>
        <translation>Verletzt — %1 drüber</translation>
    </message>
    <message>
        <source>Paused — %1 left</source>
        <translation>Pausiert — noch %1</translation>
    </message>
    <message>
        <source>Met — %1 to spare</source>
        <translation>Eingehalten — %1 Reserve</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>heiß</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
</context>
<context>
    <name>sal::ui::LeadHeader</name>
    <message>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>Title and seniority</source>
        <translation>Titel und Hierarchieebene</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>E-Mail und Telefon</translation>
    </message>
    <message>
        <source>Stage and source</source>
        <translation>Phase und Quelle</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Bestandskunde</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Duplicate suspect</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>Decision pending sync</source>
        <translation>Entscheidung wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>SLA countdown</source>
        <translation>SLA-Countdown</translation>
    </message>
    <message>
        <source>SLA tier and deadline</source>
        <translation>SLA-Stufe und Frist</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ✓ verified</source>
        <translation>%1 ✓ verifiziert</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (nicht verifiziert)</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
</context>
<context>
    <name>sal::ui::MainWindow</name>
    <message>
        <source>Re-apply my decision</source>
        <translation>Meine Entscheidung erneut anwenden</translation>
    </message>
    <message>
        <source>Discard my decision</source>
        <translation>Meine Entscheidung verwerfen</translation>
    </message>
    <message>
        <source>SAL Workbench — %1</source>
        <translation>SAL Workbench — %1</translation>
    </message>
    <message>
        <source>Decisions the team store refused</source>
        <translation>Vom Team-Speicher abgelehnte Entscheidungen</translation>
    </message>
    <message>
        <source>These decisions were not applied. Re-apply one on the lead as it is now, or discard it and keep what the team store has.</source>
        <translation>Diese Entscheidungen wurden nicht angewendet. Wenden Sie eine auf den aktuellen Stand des Leads erneut an, oder verwerfen Sie sie und behalten Sie, was der Team-Speicher hat.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted leads and their follow-up</source>
        <translation>Angenommene Leads und ihr Folgekontakt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Your recent decisions</source>
        <translation>Ihre letzten Entscheidungen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Notify me when a lead goes at risk</source>
        <translation>&amp;Benachrichtigen, wenn ein Lead gefährdet ist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Offline: no team store to sync with.</source>
        <translation>Offline: kein Team-Speicher zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Loading your queue…</source>
        <translation>Ihre Warteschlange wird geladen …</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>%1 owns this lead: only they can accept, reject or return it. You can follow it here.</source>
        <translation>%1 besitzt diesen Lead: nur diese Person kann ihn annehmen, ablehnen oder zurückgeben. Sie können ihn hier verfolgen.</translation>
    </message>
    <message>
        <source>Decision on %1 saved%2. Undo with %3 until it is sent.</source>
        <translation>Entscheidung zu %1 gespeichert%2. Mit %3 rückgängig machen, solange sie nicht gesendet ist.</translation>
    </message>
    <message>
        <source> (offline)</source>
        <translation> (offline)</translation>
    </message>
    <message>
        <source>Contact attempt logged on %1.</source>
        <translation>Kontaktversuch zu %1 erfasst.</translation>
    </message>
    <message>
        <source>Decision on %1 taken back.</source>
        <translation>Entscheidung zu %1 zurückgenommen.</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Wählen Sie zuerst einen Konflikt.</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline (retry in %1 s)</source>
        <translation>○ Offline (neuer Versuch in %1 s)</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisiere …</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n pending · last sync %2</source>
        <translation>
            <numerusform>%1 · %n ausstehend · letzte Sync. %2</numerusform>
            <numerusform>%1 · %n ausstehend · letzte Sync. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed; your decisions are safe on this computer: %1</source>
        <translation>Synchronisierung fehlgeschlagen; Ihre Entscheidungen sind auf diesem Computer sicher: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) breached or due within 1 h</source>
        <translation>
            <numerusform>%n Lead verletzt oder innerhalb 1 Std. fällig</numerusform>
            <numerusform>%n Leads verletzt oder innerhalb 1 Std. fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more lead(s)</source>
        <translation>
            <numerusform>und %n weiterer Lead</numerusform>
            <numerusform>und %n weitere Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Pick an accepted lead in the Accepted tab first.</source>
        <translation>Wählen Sie zuerst im Reiter „Angenommen“ einen angenommenen Lead.</translation>
    </message>
    <message>
        <source>Each says what happened and what changed since you decided</source>
        <translation>Jeder sagt, was geschah und was sich seit Ihrer Entscheidung geändert hat</translation>
    </message>
    <message>
        <source>Send the selected decision again on the lead as it is now</source>
        <translation>Die ausgewählte Entscheidung auf dem aktuellen Stand des Leads erneut senden</translation>
    </message>
    <message>
        <source>Give up the selected decision and keep what the team store has</source>
        <translation>Die ausgewählte Entscheidung aufgeben und behalten, was der Team-Speicher hat</translation>
    </message>
    <message>
        <source>%1, one per row</source>
        <translation>%1, einer pro Zeile</translation>
    </message>
    <message>
        <source>Lead lists</source>
        <translation>Lead-Listen</translation>
    </message>
    <message>
        <source>Open, accepted, decided leads, conflicts and automation; Alt+1 to Alt+5</source>
        <translation>Offene, angenommene, entschiedene Leads, Konflikte und Automatisierung; Alt+1 bis Alt+5</translation>
    </message>
    <message>
        <source>Scoring feedback</source>
        <translation>Scoring-Feedback</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1&apos;s open leads; the button beside the filters shows everyone&apos;s again.</source>
        <translation>Offene Leads von %1; die Schaltfläche neben den Filtern zeigt wieder die Leads aller.</translation>
    </message>
</context>
<context>
    <name>sal::ui::MappingPreviewModel</name>
    <message>
        <source>(ignored by the profile)</source>
        <translation>(vom Profil ignoriert)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Lead-Feld</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
</context>
<context>
    <name>sal::ui::NeedsInfoPage</name>
    <message>
        <source>&amp;Missing:</source>
        <translation>&amp;Fehlt:</translation>
    </message>
    <message>
        <source>What marketing has to find out before you can decide</source>
        <translation>Was das Marketing herausfinden muss, bevor Sie entscheiden können</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Fehlende Angaben</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note for marketing (optional)</source>
        <translation>Notiz für das Marketing (optional)</translation>
    </message>
    <message>
        <source>Optional: anything marketing should know</source>
        <translation>Optional: alles, was das Marketing wissen sollte</translation>
    </message>
    <message>
        <source>Tick what marketing has to find out before you can decide</source>
        <translation>Kreuzen Sie an, was das Marketing herausfinden muss, bevor Sie entscheiden können</translation>
    </message>
    <message>
        <source>Anything marketing should know while it enriches the lead</source>
        <translation>Alles, was das Marketing beim Ergänzen des Leads wissen sollte</translation>
    </message>
</context>
<context>
    <name>sal::ui::PasswordDialog</name>
    <message>
        <source>&amp;Remember it in the desktop keychain</source>
        <translation>Im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>Passwort des Team-Speichers</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Passwort für %1 bei %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of your login on the team server</source>
        <translation>Das Passwort Ihres Logins auf dem Team-Server</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keychain so the workbench does not ask again</source>
        <translation>Das Passwort im Schlüsselbund des Desktops aufbewahren, damit die Workbench nicht erneut fragt</translation>
    </message>
    <message>
        <source>No keychain service is reachable (%1): the password is asked for each time and kept in memory only.</source>
        <translation>Kein Schlüsselbund-Dienst erreichbar (%1): das Passwort wird jedes Mal abgefragt und nur im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>sal::ui::PasswordKeychain</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>sal::ui::PersonPicker</name>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>People of the team</source>
        <translation>Personen des Teams</translation>
    </message>
    <message>
        <source>Pick yourself; the workbench remembers it.</source>
        <translation>Wählen Sie sich selbst; die Workbench merkt es sich.</translation>
    </message>
</context>
<context>
    <name>sal::ui::QualifyDialog</name>
    <message>
        <source>&amp;SQL: the discovery confirmed it</source>
        <translation>&amp;SQL: das Erstgespräch hat es bestätigt</translation>
    </message>
    <message>
        <source>&amp;Disqualify</source>
        <translation>&amp;Disqualifizieren</translation>
    </message>
    <message>
        <source>Re-engage &amp;on</source>
        <translation>Erneut ansprechen &amp;am</translation>
    </message>
    <message>
        <source>Qualify %1</source>
        <translation>%1 qualifizieren</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>Be&amp;darf</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitrahmen</translation>
    </message>
    <message>
        <source>— say whether it was confirmed</source>
        <translation>— sagen Sie, ob es bestätigt wurde</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Working offline: marking a lead SQL or disqualified needs the team store.</source>
        <translation>Offline-Betrieb: einen Lead als SQL oder disqualifiziert zu markieren braucht den Team-Speicher.</translation>
    </message>
    <message>
        <source>%1 is not a person of the team store.</source>
        <translation>%1 ist keine Person des Team-Speichers.</translation>
    </message>
</context>
<context>
    <name>sal::ui::QueueModel</name>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Paused (needs info)</source>
        <translation>Pausiert (Angaben fehlen)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 — deadline %2</source>
        <translation>%1 — Frist %2</translation>
    </message>
    <message>
        <source>%1, %2 business hours left</source>
        <translation>%1, noch %2 Geschäftsstunden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>✓ fit</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <source>✗ outside</source>
        <translation>✗ nein</translation>
    </message>
    <message>
        <source>SLA left</source>
        <translation>SLA-Rest</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Acceptance likelihood learnt from the team&apos;s decisions: it informs, you decide.</source>
        <translation>Annahmewahrscheinlichkeit, gelernt aus den Entscheidungen des Teams: sie informiert, Sie entscheiden.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrsch.</translation>
    </message>
</context>
<context>
    <name>sal::ui::QueuePane</name>
    <message>
        <source>Breaching &lt; 1 h</source>
        <translation>Verletzung &lt; 1 Std.</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Needs attempts</source>
        <translation>Braucht Versuche</translation>
    </message>
    <message>
        <source>Group by account</source>
        <translation>Nach Account gruppieren</translation>
    </message>
    <message>
        <source>Filter by name, company or source  ( / )</source>
        <translation>Nach Name, Unternehmen oder Quelle filtern  ( / )</translation>
    </message>
    <message>
        <source>Filter the queue</source>
        <translation>Die Warteschlange filtern</translation>
    </message>
    <message>
        <source>Open MQLs, most urgent first</source>
        <translation>Offene MQLs, die dringendsten zuerst</translation>
    </message>
    <message>
        <source>Show only leads that are breached or breach within the next business hour</source>
        <translation>Nur Leads zeigen, deren SLA verletzt ist oder in der nächsten Geschäftsstunde verletzt wird</translation>
    </message>
    <message>
        <source>Show only hot leads (the shortest SLA)</source>
        <translation>Nur heiße Leads zeigen (das kürzeste SLA)</translation>
    </message>
    <message>
        <source>Show only leads with fewer contact attempts than a rejection may need</source>
        <translation>Nur Leads mit weniger Kontaktversuchen zeigen, als eine Ablehnung brauchen kann</translation>
    </message>
    <message>
        <source>Keep the leads of one account together, the most urgent account first</source>
        <translation>Die Leads eines Accounts zusammenhalten, den dringendsten Account zuerst</translation>
    </message>
    <message>
        <source>Shows only the leads whose name, company or source contains this text</source>
        <translation>Zeigt nur die Leads, deren Name, Unternehmen oder Quelle diesen Text enthält</translation>
    </message>
    <message>
        <source>One lead per row; the first column says the SLA state and the business hours left. J and K move to the next and previous lead.</source>
        <translation>Ein Lead pro Zeile; die erste Spalte nennt den SLA-Status und die verbleibenden Geschäftsstunden. J und K gehen zum nächsten und vorherigen Lead.</translation>
    </message>
    <message>
        <source>Likeliest first</source>
        <translation>Wahrscheinlichste zuerst</translation>
    </message>
    <message>
        <source>Only %1&apos;s leads  ✕</source>
        <translation>Nur Leads von %1  ✕</translation>
    </message>
    <message>
        <source>Show every rep&apos;s leads again</source>
        <translation>Wieder die Leads aller Reps zeigen</translation>
    </message>
</context>
<context>
    <name>sal::ui::ReasonPicker</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen …</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Procedural: wrong route or rep</source>
        <translation>Formal: falsches Routing oder falscher Rep</translation>
    </message>
    <message>
        <source>Clerical: wrong or missing data</source>
        <translation>Datenfehler: falsche oder fehlende Daten</translation>
    </message>
    <message>
        <source>Definitional: not a buyer we serve</source>
        <translation>Inhaltlich: kein Käufer, den wir bedienen</translation>
    </message>
</context>
<context>
    <name>sal::ui::RejectPage</name>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>What happens to the lead</source>
        <translation>Was mit dem Lead geschieht</translation>
    </message>
    <message>
        <source>Contact attempts required</source>
        <translation>Erforderliche Kontaktversuche</translation>
    </message>
    <message>
        <source>&amp;Explain:</source>
        <translation>&amp;Erklärung:</translation>
    </message>
    <message>
        <source>Explain the reason</source>
        <translation>Den Grund erklären</translation>
    </message>
    <message>
        <source>Why this lead is rejected, in a sentence</source>
        <translation>Warum dieser Lead abgelehnt wird, in einem Satz</translation>
    </message>
    <message>
        <source>Bad timing is not a rejection: accept and disqualify after contact.</source>
        <translation>Schlechter Zeitpunkt ist keine Ablehnung: annehmen und nach dem Kontakt disqualifizieren.</translation>
    </message>
    <message>
        <source>Needs %1 contact attempts over %2 channels first — logged: %3 over %4</source>
        <translation>Braucht zuerst %1 Kontaktversuche über %2 Kanäle — erfasst: %3 über %4</translation>
    </message>
    <message>
        <source>The lead will be re-routed to the right owner.</source>
        <translation>Der Lead wird an den richtigen Besitzer umgeroutet.</translation>
    </message>
    <message>
        <source>The lead goes back to marketing to be enriched.</source>
        <translation>Der Lead geht zur Ergänzung zurück an das Marketing.</translation>
    </message>
    <message>
        <source>The lead goes back to marketing nurture.</source>
        <translation>Der Lead geht zurück ins Marketing-Nurturing.</translation>
    </message>
    <message>
        <source>The lead goes to the nurture track &quot;%1&quot;.</source>
        <translation>Der Lead kommt in den Nurture-Track „%1“.</translation>
    </message>
    <message>
        <source>The lead will be excluded from marketing.</source>
        <translation>Der Lead wird vom Marketing ausgeschlossen.</translation>
    </message>
    <message>
        <source>The team&apos;s reasons by category; some need logged contact attempts first</source>
        <translation>Die Gründe des Teams nach Kategorie; manche brauchen zuerst erfasste Kontaktversuche</translation>
    </message>
</context>
<context>
    <name>sal::ui::ReviewExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>Monthly SLA review: %1</source>
        <translation>Monatliche SLA-Besprechung: %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3 UTC); generated %4 UTC</source>
        <translation>%1 (%2 bis %3 UTC); erstellt %4 UTC</translation>
    </message>
    <message>
        <source>Monthly SLA review</source>
        <translation>Monatliche SLA-Besprechung</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>das PDF kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>sal::ui::ScoringFeedbackModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>red: sales cannot use most of these leads</source>
        <translation>rot: der Vertrieb kann die meisten dieser Leads nicht nutzen</translation>
    </message>
    <message>
        <source>amber: slipping below the healthy band</source>
        <translation>gelb: rutscht unter den gesunden Bereich</translation>
    </message>
    <message>
        <source>nearly all accepted: the MQL bar may be too low</source>
        <translation>fast alle angenommen: die MQL-Schwelle ist vielleicht zu niedrig</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>−%1 rejected, −%2 accepted</source>
        <translation>−%1 abgelehnt, −%2 angenommen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>%1 accepted of %2</source>
        <translation>%1 von %2 angenommen</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>%1 accepted, %2 to SQL</source>
        <translation>%1 angenommen, %2 zu SQL</translation>
    </message>
    <message>
        <source>Team: %1 accepted, %2 to SQL. Accepts more but converts less: a qualification habit to coach, not a lead-quality problem.</source>
        <translation>Team: %1 angenommen, %2 zu SQL. Nimmt mehr an, wandelt aber weniger um: eine Qualifizierungsgewohnheit fürs Coaching, kein Problem der Lead-Qualität.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>rejections in the period: %1</source>
        <translation>Ablehnungen im Zeitraum: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>sal::ui::ScoringFeedbackView</name>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <source>Scoring feedback findings</source>
        <translation>Befunde des Scoring-Feedbacks</translation>
    </message>
    <message>
        <source>Scoring feedback from the last 90 days&apos; decisions: press Recompute.</source>
        <translation>Scoring-Feedback aus den Entscheidungen der letzten 90 Tage: drücken Sie „Neu berechnen“.</translation>
    </message>
    <message>
        <source>Scoring feedback needs the team store: you are offline.</source>
        <translation>Das Scoring-Feedback braucht den Team-Speicher: Sie sind offline.</translation>
    </message>
    <message>
        <source>Counting the last 90 days&apos; decisions…</source>
        <translation>Die Entscheidungen der letzten 90 Tage werden gezählt …</translation>
    </message>
    <message>
        <source>This team store cannot aggregate decisions.</source>
        <translation>Dieser Team-Speicher kann Entscheidungen nicht zusammenfassen.</translation>
    </message>
    <message>
        <source>%1 accepted and %2 rejected MQLs from %3 to %4 (%5 % accepted, %6 % of accepted to SQL); proposals: %7.</source>
        <translation>%1 angenommene und %2 abgelehnte MQLs von %3 bis %4 (%5 % angenommen, %6 % der angenommenen zu SQL); Vorschläge: %7.</translation>
    </message>
    <message>
        <source>Could not compute the scoring feedback: %1</source>
        <translation>Das Scoring-Feedback konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Count the last 90 days&apos; decisions again and update the findings</source>
        <translation>Die Entscheidungen der letzten 90 Tage neu zählen und die Befunde aktualisieren</translation>
    </message>
    <message>
        <source>One finding per row: what it is about, what was measured and the proposal</source>
        <translation>Ein Befund pro Zeile: worum es geht, was gemessen wurde und der Vorschlag</translation>
    </message>
</context>
<context>
    <name>sal::ui::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>Gespeichertes Passwort &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Notify me when a lead goes at risk or breaches</source>
        <translation>&amp;Benachrichtigen, wenn ein Lead gefährdet oder verletzt ist</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Team-Speicher</translation>
    </message>
    <message>
        <source>The demo workspace</source>
        <translation>Der Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>A team store file, or a team server as postgresql://HOST/DATABASE; empty for the demo workspace</source>
        <translation>Eine Team-Speicher-Datei oder ein Team-Server als postgresql://HOST/DATENBANK; leer für den Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Choose a team store file</source>
        <translation>Eine Team-Speicher-Datei wählen</translation>
    </message>
    <message>
        <source>Remove the team server password from the desktop keychain</source>
        <translation>Das Passwort des Team-Servers aus dem Schlüsselbund des Desktops entfernen</translation>
    </message>
    <message>
        <source>&amp;File or address:</source>
        <translation>Datei oder &amp;Adresse:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Asked on start</source>
        <translation>Wird beim Start abgefragt</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail</translation>
    </message>
    <message>
        <source>Who you are in the team store: your email, on a team server your login</source>
        <translation>Wer Sie im Team-Speicher sind: Ihre E-Mail, auf einem Team-Server Ihr Login</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Notifications and SLA</source>
        <translation>Benachrichtigungen und SLA</translation>
    </message>
    <message>
        <source>Show a desktop notification when a lead of yours goes at risk</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn einer Ihrer Leads gefährdet ist</translation>
    </message>
    <message>
        <source>A lead is at risk when less than %1 of its SLA window is left. The team&apos;s policy (sla.json) sets this.</source>
        <translation>Ein Lead ist gefährdet, wenn weniger als %1 seines SLA-Fensters übrig sind. Die Richtlinie des Teams (sla.json) legt das fest.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the workbench; applied when it starts again</source>
        <translation>Die Sprache der Workbench; gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>A new language applies when the workbench starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Workbench.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The team store and your email apply when the workbench starts again.</source>
        <translation>Team-Speicher und E-Mail gelten ab dem nächsten Start der Workbench.</translation>
    </message>
    <message>
        <source>Team store file</source>
        <translation>Team-Speicher-Datei</translation>
    </message>
    <message>
        <source>Team stores (*.sqlite);;All files (*)</source>
        <translation>Team-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A team store file needs no password.</source>
        <translation>Eine Team-Speicher-Datei braucht kein Passwort.</translation>
    </message>
    <message>
        <source>Asked for when PGPASSFILE has none; you can keep it in the desktop keychain.</source>
        <translation>Wird abgefragt, wenn PGPASSFILE keins enthält; Sie können es im Schlüsselbund des Desktops aufbewahren.</translation>
    </message>
    <message>
        <source>No keychain service is reachable: the password is asked for each time and kept in memory only.</source>
        <translation>Kein Schlüsselbund-Dienst erreichbar: das Passwort wird jedes Mal abgefragt und nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The saved password of %1 was removed from the keychain.</source>
        <translation>Das gespeicherte Passwort von %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>sal::ui::ShortcutListModel</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>sal::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action of the workbench and the keys that run it</source>
        <translation>Jede Aktion der Workbench und die Tasten, die sie ausführen</translation>
    </message>
</context>
<context>
    <name>sal::ui::TeamCharts</name>
    <message>
        <source>Acceptance by source (%)</source>
        <translation>Annahme nach Quelle (%)</translation>
    </message>
    <message>
        <source>Rejection reasons per week</source>
        <translation>Ablehnungsgründe pro Woche</translation>
    </message>
    <message>
        <source>SLA violations per week</source>
        <translation>SLA-Verletzungen pro Woche</translation>
    </message>
    <message>
        <source>Business hours to decision</source>
        <translation>Geschäftsstunden bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Procedural</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Clerical</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <source>Definitional</source>
        <translation>Inhaltlich</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verletzungen</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>In SLA</source>
        <translation>Im SLA</translation>
    </message>
</context>
<context>
    <name>sal::ui::TeamPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Export for the &amp;monthly review…</source>
        <translation>Für die &amp;Monatsbesprechung exportieren …</translation>
    </message>
    <message>
        <source>Team SLA panel</source>
        <translation>Team-SLA-Übersicht</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation>Erster Tag des eigenen Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the custom range</source>
        <translation>Letzter Tag des eigenen Zeitraums</translation>
    </message>
    <message>
        <source>Read the reports again (Ctrl+R)</source>
        <translation>Die Berichte neu lesen (Strg+R)</translation>
    </message>
    <message>
        <source>A CSV per report and a PDF with the charts and tables (Ctrl+Shift+M)</source>
        <translation>Eine CSV je Bericht und ein PDF mit den Diagrammen und Tabellen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Reports read so far</source>
        <translation>Bisher gelesene Berichte</translation>
    </message>
    <message>
        <source>Reps against the SLA; Enter shows the rep&apos;s leads</source>
        <translation>Reps im Vergleich zum SLA; Eingabe zeigt die Leads des Reps</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Working offline: the team reports need the team store.</source>
        <translation>Offline-Betrieb: die Team-Berichte brauchen den Team-Speicher.</translation>
    </message>
    <message>
        <source>Folder for the monthly review</source>
        <translation>Ordner für die Monatsbesprechung</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Berichte werden gelesen …</translation>
    </message>
    <message>
        <source>%v of %m reports</source>
        <translation>%v von %m Berichten</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>⚠ The reports could not be read: %1</source>
        <translation>⚠ Die Berichte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n rep(s): </source>
        <translation>
            <numerusform>%1 — %n Rep: </numerusform>
            <numerusform>%1 — %n Reps: </numerusform>
        </translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>%1 open MQLs, %2 at risk, %3 breached; %4 rep(s) over the SLA three weeks in a row. Double-click a rep or press Enter to see their leads.</source>
        <translation>%1 offene MQLs, %2 gefährdet, %3 verletzt; %4 Rep(s) drei Wochen in Folge über dem SLA. Doppelklicken Sie auf einen Rep oder drücken Sie die Eingabetaste, um seine Leads zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to export yet: wait for the reports.</source>
        <translation>Noch nichts zu exportieren: warten Sie auf die Berichte.</translation>
    </message>
    <message>
        <source>⚠ Export failed: %1</source>
        <translation>⚠ Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::ui::TeamStorePasswordPrompt</name>
    <message>
        <source>no Secret Service or KWallet on the session bus</source>
        <translation>kein Secret Service und kein KWallet auf dem Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>sal::ui::WorkbenchActions</name>
    <message>
        <source>&amp;Next lead</source>
        <translation>&amp;Nächster Lead</translation>
    </message>
    <message>
        <source>&amp;Previous lead</source>
        <translation>&amp;Vorheriger Lead</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Annehmen …</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Ab&amp;lehnen …</translation>
    </message>
    <message>
        <source>&amp;Needs more info…</source>
        <translation>A&amp;ngaben fehlen …</translation>
    </message>
    <message>
        <source>&amp;Log contact attempt</source>
        <translation>&amp;Kontaktversuch erfassen</translation>
    </message>
    <message>
        <source>&amp;Filter the queue</source>
        <translation>Warteschlange &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>S&amp;ubmit decision</source>
        <translation>Entscheidung a&amp;bsenden</translation>
    </message>
    <message>
        <source>&amp;Undo last decision</source>
        <translation>Letzte Entscheidung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Open queue</source>
        <translation>&amp;Offene Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Accepted (follow-ups)</source>
        <translation>An&amp;genommen (Folgekontakte)</translation>
    </message>
    <message>
        <source>&amp;Decided</source>
        <translation>&amp;Entschieden</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Leads &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Au&amp;tomation</source>
        <translation>Au&amp;tomatisierung</translation>
    </message>
    <message>
        <source>Run the &amp;escalation ladder now</source>
        <translation>&amp;Eskalationsleiter jetzt ausführen</translation>
    </message>
    <message>
        <source>Mark S&amp;QL or disqualified…</source>
        <translation>Als S&amp;QL oder disqualifiziert markieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About SAL Workbench</source>
        <translation>&amp;Über SAL Workbench</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sort by acceptance &amp;likelihood within SLA state</source>
        <translation>Innerhalb des SLA-Status nach Annahme&amp;wahrscheinlichkeit sortieren</translation>
    </message>
    <message>
        <source>Scoring &amp;feedback</source>
        <translation>Scoring-&amp;Feedback</translation>
    </message>
    <message>
        <source>&amp;Team SLA panel</source>
        <translation>&amp;Team-SLA-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Refresh the team reports</source>
        <translation>Team-Berichte &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Export for the &amp;monthly review…</source>
        <translation>Für die &amp;Monatsbesprechung exportieren …</translation>
    </message>
</context>
<context>
    <name>salbench</name>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Der Demo-Arbeitsbereich wird angelegt …</translation>
    </message>
    <message>
        <source>SAL Workbench</source>
        <translation>SAL Workbench</translation>
    </message>
    <message>
        <source>Accept, reject or return your MQLs inside their SLA.</source>
        <translation>Nehmen Sie Ihre MQLs innerhalb ihres SLA an, lehnen Sie sie ab oder geben Sie sie zurück.</translation>
    </message>
    <message>
        <source>Team store file (default: the demo workspace) or postgresql://HOST/DATABASE.</source>
        <translation>Team-Speicher-Datei (Standard: der Demo-Arbeitsbereich) oder postgresql://HOST/DATENBANK.</translation>
    </message>
    <message>
        <source>Who you are (email).</source>
        <translation>Wer Sie sind (E-Mail).</translation>
    </message>
    <message>
        <source>Your local cache file.</source>
        <translation>Ihre lokale Cache-Datei.</translation>
    </message>
    <message>
        <source>Work from the local cache only.</source>
        <translation>Nur mit dem lokalen Cache arbeiten.</translation>
    </message>
    <message>
        <source>Close the window MS milliseconds after your queue has loaded and print how many leads it holds (a smoke test).</source>
        <translation>Das Fenster MS Millisekunden nach dem Laden Ihrer Warteschlange schließen und ausgeben, wie viele Leads sie enthält (ein Rauchtest).</translation>
    </message>
    <message>
        <source>--quit-after: &quot;%1&quot; is not a number of milliseconds</source>
        <translation>--quit-after: „%1“ ist keine Anzahl von Millisekunden</translation>
    </message>
    <message>
        <source>No team store at %1.</source>
        <translation>Kein Team-Speicher unter %1.</translation>
    </message>
    <message>
        <source>Say who you are with --as EMAIL (your login).</source>
        <translation>Sagen Sie mit --as EMAIL, wer Sie sind (Ihr Login).</translation>
    </message>
</context>
<context>
    <name>salctl</name>
    <message>
        <source>salctl: internal error: %1</source>
        <translation>salctl: interner Fehler: %1</translation>
    </message>
</context>
</TS>
