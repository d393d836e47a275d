<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="52"/>
        <source>Transparency agreement</source>
        <translation>Vereinbarung zur Transparenz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="64"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="69"/>
        <source>What each of you needs, in your own words. For example: no contact with a certain person; either of us can pause a hard conversation and come back to it.</source>
        <translation>Was jeder von Ihnen braucht, in Ihren eigenen Worten. Zum Beispiel: kein Kontakt zu einer bestimmten Person; jeder von uns darf ein schweres Gespräch unterbrechen und später darauf zurückkommen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="76"/>
        <source>This version ends on</source>
        <translation>Diese Version endet am</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="78"/>
        <source>Sharing stops that day unless you agree a new version: no one has to remember to end it</source>
        <translation>An diesem Tag endet das Teilen, außer Sie vereinbaren eine neue Version: Niemand muss daran denken, es zu beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="98"/>
        <source>Optional, one per line: weeks; trend; what changes. For example:
8; 70; daily check-ins become a weekly summary</source>
        <translation>Optional, ein Schritt pro Zeile: Wochen; Trend; was sich ändert. Zum Beispiel:
8; 70; aus täglichen Check-ins wird eine wöchentliche Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="105"/>
        <source>We have talked this through, and I confirm this version</source>
        <translation>Wir haben darüber gesprochen, und ich bestätige diese Version</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="110"/>
        <source>This will be version {version}. </source>
        <translation>Dies wird Version {version}. </translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="114"/>
        <source>Earlier versions stay in the record; nothing is changed silently. </source>
        <translation>Frühere Versionen bleiben in den Aufzeichnungen; nichts wird stillschweigend geändert. </translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="121"/>
        <source>Transparency is scaffolding, not a life sentence: choose a date to look at this again together.</source>
        <translation>Transparenz ist ein Gerüst, kein Dauerzustand: Wählen Sie einen Tag, an dem Sie sich das gemeinsam wieder ansehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="131"/>
        <source>What is shared</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="132"/>
        <source>Check-in talks every</source>
        <translation>Check-in-Gespräche alle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="133"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="134"/>
        <source>Look at this again on</source>
        <translation>Wieder ansehen am</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="136"/>
        <source>Steps down</source>
        <translation>Schritte zur Lockerung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="186"/>
        <source>Please confirm this version first; an agreement is made together.</source>
        <translation>Bitte bestätigen Sie zuerst diese Version; eine Vereinbarung trifft man gemeinsam.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="196"/>
        <source>Step {number} can&apos;t be read. Write it as: weeks; trend; what changes (for example: 8; 70; weekly check-ins).</source>
        <translation>Schritt {number} lässt sich nicht lesen. Schreiben Sie ihn so: Wochen; Trend; was sich ändert (zum Beispiel: 8; 70; wöchentliche Check-ins).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="225"/>
        <source>Plan a pause</source>
        <translation>Eine Pause planen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="234"/>
        <source>e.g. Family holiday, agreed together</source>
        <translation>z. B. Familienurlaub, gemeinsam vereinbart</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="238"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="239"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="240"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/agreement_dialog.py" line="246"/>
        <source>Days in a pause don&apos;t count toward consistency, and your partner sees them as a pause.</source>
        <translation>Tage in einer Pause zählen nicht für die Beständigkeit, und Ihr Partner sieht sie als Pause.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="109"/>
        <source>Add something to talk about</source>
        <translation>Etwas hinzufügen, worüber Sie sprechen möchten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="112"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="116"/>
        <source>Notes from the talk, if you want to keep any</source>
        <translation>Notizen aus dem Gespräch, wenn Sie welche festhalten möchten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="129"/>
        <source>We had our check-in</source>
        <translation>Wir hatten unseren Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="134"/>
        <source>Keep today&apos;s ratings</source>
        <translation>Heutige Angaben behalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="142"/>
        <source>Reply to your partner…</source>
        <translation>Ihrem Partner antworten…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="146"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="135"/>
        <source>Open your partner&apos;s reply…</source>
        <translation>Antwort Ihres Partners öffnen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="155"/>
        <source>Next check-in talk</source>
        <translation>Nächstes Check-in-Gespräch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="106"/>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="158"/>
        <source>Agenda</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="50"/>
        <source>Not rated today</source>
        <translation>Heute nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="53"/>
        <source>1 · I don&apos;t feel safe</source>
        <translation>1 · Ich fühle mich nicht sicher</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="54"/>
        <source>2 · A little safe</source>
        <translation>2 · Ein wenig sicher</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="55"/>
        <source>3 · Somewhat safe</source>
        <translation>3 · Einigermaßen sicher</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="56"/>
        <source>4 · Mostly safe</source>
        <translation>4 · Meistens sicher</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="57"/>
        <source>5 · Safe</source>
        <translation>5 · Sicher</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="60"/>
        <source>1 · Very little trust</source>
        <translation>1 · Sehr wenig Vertrauen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="61"/>
        <source>2 · A little trust</source>
        <translation>2 · Ein wenig Vertrauen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="62"/>
        <source>3 · Some trust</source>
        <translation>3 · Etwas Vertrauen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="63"/>
        <source>4 · A good deal of trust</source>
        <translation>4 · Viel Vertrauen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="64"/>
        <source>5 · Full trust</source>
        <translation>5 · Volles Vertrauen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="67"/>
        <source>1 · Far apart</source>
        <translation>1 · Weit voneinander entfernt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="68"/>
        <source>2 · A little close</source>
        <translation>2 · Ein wenig nah</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="69"/>
        <source>3 · Somewhat close</source>
        <translation>3 · Einigermaßen nah</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="70"/>
        <source>4 · Close</source>
        <translation>4 · Nah</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="71"/>
        <source>5 · Very close</source>
        <translation>5 · Sehr nah</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="75"/>
        <source>How safe do you feel in the relationship today?</source>
        <translation>Wie sicher fühlen Sie sich heute in der Beziehung?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="78"/>
        <source>How much do you trust your partner today?</source>
        <translation>Wie sehr vertrauen Sie Ihrem Partner heute?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="79"/>
        <source>How close do you feel to each other today?</source>
        <translation>Wie nah fühlen Sie sich einander heute?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="86"/>
        <source>Appreciations: a few from each of you, first</source>
        <translation>Wertschätzungen: zuerst ein paar von jedem von Ihnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="87"/>
        <source>What went well since the last talk</source>
        <translation>Was seit dem letzten Gespräch gut gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="88"/>
        <source>One issue, just one, said gently</source>
        <translation>Ein Thema, nur eines, behutsam angesprochen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="89"/>
        <source>What each of us needs next</source>
        <translation>Was jeder von uns als Nächstes braucht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="110"/>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="113"/>
        <source>Add to the agenda</source>
        <translation>Zu den Themen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="117"/>
        <source>Notes from the check-in talk</source>
        <translation>Notizen aus dem Check-in-Gespräch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="120"/>
        <source>Use the State of the Union outline</source>
        <translation>Die Gliederung „Zur Lage der Beziehung“ verwenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="122"/>
        <source>A longer, calm talk: appreciations first, what went well, one issue only, and what each of you needs next</source>
        <translation>Ein längeres, ruhiges Gespräch: zuerst Wertschätzungen, dann was gut gelaufen ist, nur ein Thema und was jeder von Ihnen als Nächstes braucht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="161"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="168"/>
        <source>Prompts for the conversation</source>
        <translation>Anregungen für das Gespräch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="178"/>
        <source>How are you feeling?</source>
        <translation>Wie geht es Ihnen?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="180"/>
        <source>Optional, and only in your journal. A hard week is part of a longer arc. </source>
        <translation>Freiwillig, und nur in Ihrem Tagebuch. Eine schwere Woche ist Teil eines längeren Weges. </translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="185"/>
        <source>You choose whether a reply includes it.</source>
        <translation>Sie entscheiden, ob eine Antwort das enthält.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="196"/>
        <source>Between you</source>
        <translation>Zwischen Ihnen beiden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="221"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="254"/>
        <source>It was planned for {day}. Whenever you are both ready is fine.</source>
        <translation>Es war für {day} geplant. Wann immer Sie beide bereit sind, ist gut.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="260"/>
        <source>Today, or whenever you are both ready.</source>
        <translation>Heute, oder wann immer Sie beide bereit sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="265"/>
        <source>Your agreement is up for review: a good talk to have together. Transparency is scaffolding, not a life sentence.</source>
        <translation>Es ist Zeit, Ihre Vereinbarung wieder anzusehen: ein gutes Gespräch für Sie beide. Transparenz ist ein Gerüst, kein Dauerzustand.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="270"/>
        <source>The sharer can write the next version from Agreement… on their page.</source>
        <translation>Wer teilt, kann die nächste Version auf der eigenen Seite unter „Vereinbarung…“ schreiben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="281"/>
        <source>From your partner</source>
        <translation>Von Ihrem Partner</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="283"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="288"/>
        <source>Nothing on the agenda yet. Either of you can add to it.</source>
        <translation>Noch keine Themen. Sie beide können welche hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="292"/>
        <source>Your partner has read the first {count} entries you shared.</source>
        <translation>Ihr Partner hat die ersten {count} Einträge gelesen, die Sie geteilt haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="302"/>
        <source> They chose to share how they feel: {feelings} (out of 5).</source>
        <translation> Ihr Partner hat sich entschieden, mitzuteilen, wie es ihm geht: {feelings} (von 5).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="308"/>
        <source>You can reply to let your partner know how far you&apos;ve read.</source>
        <translation>Sie können antworten, damit Ihr Partner weiß, wie weit Sie gelesen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="314"/>
        <source>Replies and acknowledgements appear here.</source>
        <translation>Antworten und Rückmeldungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="354"/>
        <source>Kept. Thank you both for making the time.</source>
        <translation>Festgehalten. Danke, dass Sie sich beide die Zeit genommen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="371"/>
        <source>Kept for today. You can change it any time today.</source>
        <translation>Für heute festgehalten. Sie können es heute jederzeit ändern.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="401"/>
        <source>Open your partner&apos;s reply</source>
        <translation>Antwort Ihres Partners öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="417"/>
        <source>Reply received.</source>
        <translation>Antwort erhalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="429"/>
        <source>Your partner has stopped reviewing. Nothing more will be shared with them unless you both pair again. Your journal stays as it is, and so does what they already saw.</source>
        <translation>Ihr Partner hat die Durchsicht beendet. Es wird nichts mehr mit ihm geteilt, außer Sie koppeln beide erneut. Ihr Tagebuch bleibt, wie es ist, und ebenso das, was er schon gesehen hat.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="415"/>
        <source>You have already opened this reply.</source>
        <translation>Sie haben diese Antwort schon geöffnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="389"/>
        <source>Reply saved to {path}. It travels as timeline files do: a shared folder, a USB stick or an email attachment.</source>
        <translation>Antwort gespeichert unter {path}. Sie reist wie Zeitleisten-Dateien: über einen gemeinsamen Ordner, einen USB-Stick oder einen E-Mail-Anhang.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="403"/>
        <source>Rekindle reply (*.rekindle-reply *.rekindle);;All files (*)</source>
        <translation>Rekindle-Antwort (*.rekindle-reply *.rekindle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="419"/>
        <source>This reply is older than one you already opened, so how far your partner has read stays as it was. What it asks, not seen before, joins the agenda.</source>
        <translation>Diese Antwort ist älter als eine, die Sie schon geöffnet haben. Wie weit Ihr Partner gelesen hat, bleibt deshalb, wie es war. Neue Fragen darin kommen zu den Themen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/check_in_view.py" line="425"/>
        <source>This reply is older than one you already opened; nothing changed.</source>
        <translation>Diese Antwort ist älter als eine, die Sie schon geöffnet haben; es hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCard</name>
    <message>
        <location filename="../../rekindle_desktop/ui/consistency_card.py" line="44"/>
        <source>Consistency</source>
        <translation>Beständigkeit</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/consistency_card.py" line="49"/>
        <source>What the trend means</source>
        <translation>Was der Trend bedeutet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/consistency_card.py" line="85"/>
        <source>No trend yet</source>
        <translation>Noch kein Trend</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/consistency_card.py" line="91"/>
        <source>Trend: {score} out of 100</source>
        <translation>Trend: {score} von 100</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/consistency_card.py" line="99"/>
        <source>Latest week: {words}.</source>
        <translation>Letzte Woche: {words}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/consistency_card.py" line="104"/>
        <source>Latest week: nothing resolved yet.</source>
        <translation>Letzte Woche: noch nichts mit Ergebnis.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="99"/>
        <source>Something went wrong — Rekindle</source>
        <translation>Etwas ist schiefgegangen — Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="106"/>
        <source>Details for a bug report</source>
        <translation>Details für eine Fehlermeldung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="108"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="109"/>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="110"/>
        <source>Quit Rekindle</source>
        <translation>Rekindle beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="118"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="121"/>
        <source>Rekindle ran into a problem it did not expect. This is a mistake in Rekindle, not something you did. Everything saved in your journal before this moment is still there.</source>
        <translation>Rekindle ist auf ein unerwartetes Problem gestoßen. Das ist ein Fehler in Rekindle, nichts, was Sie getan haben. Alles, was bis jetzt in Ihrem Tagebuch gespeichert war, ist noch da.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="131"/>
        <source>If you would like to tell the people who make Rekindle, copy the details below. They say only where in Rekindle&apos;s code it happened: nothing from your journal and no passphrase.</source>
        <translation>Wenn Sie den Menschen, die Rekindle entwickeln, davon erzählen möchten, kopieren Sie die Details unten. Sie sagen nur, wo im Code von Rekindle es passiert ist: nichts aus Ihrem Tagebuch und keine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="153"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/crash.py" line="206"/>
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <location filename="../../rekindle_desktop/ui/days.py" line="21"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/days.py" line="22"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/days.py" line="27"/>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="87"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/i18n.py" line="122"/>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/i18n.py" line="122"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/i18n.py" line="129"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/i18n.py" line="129"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>DeleteJournalDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="33"/>
        <source>Delete this journal</source>
        <translation>Dieses Tagebuch löschen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="36"/>
        <source>delete my journal</source>
        <translation>mein Tagebuch löschen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="39"/>
        <source>If you delete it, these will be gone from this computer:</source>
        <translation>Wenn Sie es löschen, ist Folgendes von diesem Computer verschwunden:</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="42"/>
        <source>every entry you wrote, private ones too</source>
        <translation>jeder Eintrag, den Sie geschrieben haben, auch die privaten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="44"/>
        <source>the pairing with your partner, and what you accepted from them</source>
        <translation>die Kopplung mit Ihrem Partner und was Sie von ihm angenommen haben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="49"/>
        <source>the key this computer keeps for it, if you chose “Remember on this computer”</source>
        <translation>der Schlüssel, den dieser Computer dafür aufbewahrt, falls Sie „Auf diesem Computer merken“ gewählt haben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="54"/>
        <source>Backups you made, and files you already shared or saved, are not touched. Your partner&apos;s own journal and the copy they have are theirs; nothing changes on their computer.</source>
        <translation>Ihre Sicherungen und Dateien, die Sie schon geteilt oder gespeichert haben, bleiben unberührt. Das Tagebuch Ihres Partners und seine Kopie gehören ihm; auf seinem Computer ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="60"/>
        <source>This can&apos;t be undone, except from a backup. There is no hurry: you can close this and keep your journal as it is.</source>
        <translation>Das lässt sich nur mit einer Sicherung rückgängig machen. Es eilt nicht: Sie können dieses Fenster schließen und Ihr Tagebuch behalten, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="67"/>
        <source>The words to type</source>
        <translation>Die einzutippenden Worte</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="74"/>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="139"/>
        <source>Delete my journal</source>
        <translation>Mein Tagebuch löschen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="75"/>
        <source>Keep my journal</source>
        <translation>Mein Tagebuch behalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="88"/>
        <source>Delete this journal?</source>
        <translation>Dieses Tagebuch löschen?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="99"/>
        <source>If you are sure, type “{phrase}” below:</source>
        <translation>Wenn Sie sicher sind, tippen Sie unten „{phrase}“ ein:</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="131"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/delete_journal_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="23"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="24"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="25"/>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="26"/>
        <source>Disclosure</source>
        <translation>Offenlegung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="27"/>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="242"/>
        <source>Appreciation</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="28"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="29"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="30"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="31"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="32"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="33"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="34"/>
        <source>Sharing ended</source>
        <translation>Teilen beendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="35"/>
        <source>Contact disclosure</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="36"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="38"/>
        <source>kept as said</source>
        <translation>eingehalten wie gesagt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="39"/>
        <source>changed, with notice beforehand</source>
        <translation>geändert, vorher Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="40"/>
        <source>changed, told afterwards</source>
        <translation>geändert, danach Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="41"/>
        <source>not kept</source>
        <translation>nicht eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="42"/>
        <source>not yet confirmed</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="44"/>
        <source>changed, with notice</source>
        <translation>geändert, mit Bescheid vorher</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="45"/>
        <source>partly kept</source>
        <translation>teilweise eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="319"/>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="46"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="47"/>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="49"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="50"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="51"/>
        <source>Connection</source>
        <translation>Verbundenheit</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="61"/>
        <source>written {day}, {time}</source>
        <translation>geschrieben am {day}, {time}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="62"/>
        <source>Plan at {place}</source>
        <translation>Plan: {place}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="63"/>
        <source>Version {version}: check-in talks every {days} days, look again on {day}</source>
        <translation>Version {version}: Check-in-Gespräche alle {days} Tage, wieder ansehen am {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="67"/>
        <source>Nothing more is shared after this</source>
        <translation>Danach wird nichts mehr geteilt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="68"/>
        <source>until {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="69"/>
        <source>To talk about at our next check-in</source>
        <translation>Zum Besprechen beim nächsten Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="70"/>
        <source>About: check-in conversation</source>
        <translation>Thema: Check-in-Gespräch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="71"/>
        <source>About: counselling</source>
        <translation>Thema: Beratung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="72"/>
        <source>About: other</source>
        <translation>Thema: etwas anderes</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="73"/>
        <source>Told {within}</source>
        <translation>Bescheid gegeben: {within}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="74"/>
        <source>Corrected to: {title}</source>
        <translation>Korrigiert zu: {title}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="75"/>
        <source>Outcome withdrawn</source>
        <translation>Ergebnis zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="76"/>
        <source>Correction withdrawn</source>
        <translation>Korrektur zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="78"/>
        <source>at {place}</source>
        <translation>Ort: {place}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="79"/>
        <source>with {who}</source>
        <translation>mit {who}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="80"/>
        <source>Now at {place}</source>
        <translation>Jetzt: {place}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="81"/>
        <source>Corrected: {what}</source>
        <translation>Korrigiert: {what}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="82"/>
        <source>Paused {first} to {last}</source>
        <translation>Pausiert vom {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="83"/>
        <source>Paused {first} to {last}: {reason}</source>
        <translation>Pausiert vom {first} bis {last}: {reason}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="84"/>
        <source>Agreement v{version}: check-ins every {days} days, review on {review}, ends on {end} unless renewed</source>
        <translation>Vereinbarung v{version}: Check-ins alle {days} Tage, wieder ansehen am {review}, endet am {end}, wenn sie nicht erneuert wird</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="89"/>
        <source>Agreement v{version}: check-ins every {days} days, review on {review}</source>
        <translation>Vereinbarung v{version}: Check-ins alle {days} Tage, wieder ansehen am {review}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="92"/>
        <source>Sharing has ended: {words}</source>
        <translation>Das Teilen ist beendet: {words}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="93"/>
        <source>Sharing has ended.</source>
        <translation>Das Teilen ist beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="94"/>
        <source>I was contacted by {text}</source>
        <translation>Jemand hat sich bei mir gemeldet: {text}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="95"/>
        <source>I ran into {text}</source>
        <translation>Ich bin jemandem begegnet: {text}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="96"/>
        <source>I got in touch with {text}</source>
        <translation>Ich habe mich bei jemandem gemeldet: {text}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="98"/>
        <source>the place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="99"/>
        <source>Changed what kind of entry it is</source>
        <translation>Die Art des Eintrags wurde geändert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="100"/>
        <source>Nothing it says has changed</source>
        <translation>Am Inhalt hat sich nichts geändert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="101"/>
        <source>Changed {changes}</source>
        <translation>Geändert: {changes}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="102"/>
        <source>what it was for</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="103"/>
        <source>the start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="104"/>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="105"/>
        <source>who with</source>
        <translation>mit wem</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="106"/>
        <source>the note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="107"/>
        <source>the promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="108"/>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="109"/>
        <source>how</source>
        <translation>wie</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="110"/>
        <source>the words</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="111"/>
        <source>what it is about</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="112"/>
        <source>contacted</source>
        <translation>jemand hat sich gemeldet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="113"/>
        <source>ran-into</source>
        <translation>jemandem begegnet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="114"/>
        <source>got-in-touch</source>
        <translation>selbst gemeldet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="115"/>
        <source>check-in conversation</source>
        <translation>Check-in-Gespräch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="116"/>
        <source>counselling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="117"/>
        <source>other</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="118"/>
        <source>{name} (added: {new})</source>
        <translation>{name} (ergänzt: {new})</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="119"/>
        <source>{name} (added)</source>
        <translation>{name} (ergänzt)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="120"/>
        <source>{name} (taken out)</source>
        <translation>{name} (entfernt)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="121"/>
        <source>{name} from {old} to {new}</source>
        <translation>{name} (statt {old} jetzt {new})</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="122"/>
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="124"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="125"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="126"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="127"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="128"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="129"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="130"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="131"/>
        <source>by {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="132"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="133"/>
        <source>every weekday</source>
        <translation>montags bis freitags</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="134"/>
        <source>every {days}</source>
        <translation>jeden {days}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="135"/>
        <source>every {count} days</source>
        <translation>alle {count} Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="136"/>
        <source>{repeat} from {first}</source>
        <translation>{repeat} ab {first}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="137"/>
        <source>{repeat} from {first} until {last}</source>
        <translation>{repeat} vom {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="139"/>
        <source>straight away</source>
        <translation>sofort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="140"/>
        <source>within an hour</source>
        <translation>innerhalb einer Stunde</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="141"/>
        <source>within {hours} hours</source>
        <translation>innerhalb von {hours} Stunden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="142"/>
        <source>within {days} days</source>
        <translation>innerhalb von {days} Tagen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="143"/>
        <source>after {weeks} weeks</source>
        <translation>nach {weeks} Wochen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="145"/>
        <source>A plan has ended</source>
        <translation>Ein Plan ist zu Ende</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="146"/>
        <source>How did it go? Rekindle is ready when you are.</source>
        <translation>Wie ist es gelaufen? Rekindle ist bereit, wann immer Sie es sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="147"/>
        <source>A promise is due today</source>
        <translation>Ein Versprechen ist heute fällig</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="148"/>
        <source>When you&apos;re ready, say how it went.</source>
        <translation>Wenn Sie so weit sind, sagen Sie, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="149"/>
        <source>A check-in talk is near</source>
        <translation>Bald steht ein Check-in-Gespräch an</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="150"/>
        <source>Your agenda and some gentle prompts are in Rekindle.</source>
        <translation>Ihre Themen und ein paar behutsame Gesprächsanstöße finden Sie in Rekindle.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="151"/>
        <source>Your agreement is up for review</source>
        <translation>Es ist Zeit, Ihre Vereinbarung wieder anzusehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="152"/>
        <source>A good conversation to have together, when you&apos;re both ready.</source>
        <translation>Ein gutes Gespräch für Sie beide, wenn Sie beide so weit sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="156"/>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="157"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="158"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="159"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="160"/>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="161"/>
        <source>Choose a passphrase only you know.</source>
        <translation>Wählen Sie eine Passphrase, die nur Sie kennen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="162"/>
        <source>Use at least {count} characters. A few unrelated words work well.</source>
        <translation>Verwenden Sie mindestens {count} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="165"/>
        <source>This would be easy to guess. Add another unrelated word or two.</source>
        <translation>Diese wäre leicht zu erraten. Fügen Sie noch ein oder zwei Wörter hinzu, die nichts damit zu tun haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="168"/>
        <source>Good. Keep it somewhere only you can reach, or remember it.</source>
        <translation>Gut. Bewahren Sie sie dort auf, wo nur Sie herankommen, oder merken Sie sie sich.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="178"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Fügen Sie ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="179"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Großbuchstaben helfen nicht viel.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="180"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="181"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="184"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Verwenden Sie mehrere Wörter und meiden Sie gängige Redewendungen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="185"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="186"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="187"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="188"/>
        <source>This is a top-10 common password.</source>
        <translation>Das ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="189"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Das ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="190"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="191"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="194"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="195"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="196"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Wiederholungen wie „abcabcabc“ sind nur wenig schwerer zu erraten als „abc“.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="199"/>
        <source>This is a top-100 common password.</source>
        <translation>Das ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="200"/>
        <source>This is a very common password.</source>
        <translation>Das ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="201"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="202"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="203"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="204"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="205"/>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie solche Folgen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="206"/>
        <source>Recent years are easy to guess.</source>
        <translation>Jahreszahlen aus letzter Zeit sind leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="207"/>
        <source>Dates are often easy to guess.</source>
        <translation>Datumsangaben sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="208"/>
        <source>Avoid recent years.</source>
        <translation>Vermeiden Sie Jahreszahlen aus letzter Zeit.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="209"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="210"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="218"/>
        <source>Take turns. The one listening tries to understand before answering, and doesn&apos;t defend. Either of you can pause the talk and come back to it later.</source>
        <translation>Sprechen Sie abwechselnd. Wer zuhört, versucht erst zu verstehen, bevor er oder sie antwortet, und verteidigt sich nicht. Sie beide können das Gespräch jederzeit unterbrechen und später darauf zurückkommen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="223"/>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="224"/>
        <source>What is one moment from these days that felt like us again?</source>
        <translation>Welcher Moment in diesen Tagen hat sich wieder nach „uns“ angefühlt?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="227"/>
        <source>Which promise felt easiest to keep, and why?</source>
        <translation>Welches Versprechen war am leichtesten einzuhalten, und warum?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="228"/>
        <source>What was hard</source>
        <translation>Was schwer war</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="229"/>
        <source>When did you feel unsure or unsettled? What helped, or would have?</source>
        <translation>Wann haben Sie sich unsicher oder aufgewühlt gefühlt? Was hat geholfen, oder was hätte geholfen?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="232"/>
        <source>Was there a time a plan changed? How did it feel to hear about it?</source>
        <translation>Hat sich einmal ein Plan geändert? Wie hat es sich angefühlt, davon zu hören?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="235"/>
        <source>Concerns</source>
        <translation>Sorgen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="236"/>
        <source>Is there something you have been holding back from saying?</source>
        <translation>Gibt es etwas, das Sie bisher nicht ausgesprochen haben?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="239"/>
        <source>What would you like more clarity about before the next check-in?</source>
        <translation>Worüber möchten Sie vor dem nächsten Check-in mehr Klarheit?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="243"/>
        <source>What did the other do that you noticed and appreciated?</source>
        <translation>Was hat der oder die andere getan, das Ihnen aufgefallen ist und das Sie geschätzt haben?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="244"/>
        <source>What small gesture would mean a lot this week?</source>
        <translation>Welche kleine Geste würde Ihnen diese Woche viel bedeuten?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="245"/>
        <source>Boundaries to revisit</source>
        <translation>Grenzen, die Sie noch einmal ansehen möchten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="246"/>
        <source>Does anything in the agreement feel too tight, or too loose, now?</source>
        <translation>Fühlt sich etwas in der Vereinbarung jetzt zu eng oder zu locker an?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="249"/>
        <source>Is there a boundary that needs saying again, calmly?</source>
        <translation>Gibt es eine Grenze, die noch einmal in Ruhe ausgesprochen werden sollte?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="250"/>
        <source>Next goals</source>
        <translation>Nächste Ziele</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="251"/>
        <source>What is one thing each of you would like to try before the next talk?</source>
        <translation>Was möchte jede und jeder von Ihnen bis zum nächsten Gespräch ausprobieren?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="254"/>
        <source>Is it time to talk about counselling, or about how it is going?</source>
        <translation>Ist es Zeit, über eine Beratung zu sprechen, oder darüber, wie es gerade läuft?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="422"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="423"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="424"/>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="425"/>
        <source>Disclosures</source>
        <translation>Offenlegungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="426"/>
        <source>Appreciations</source>
        <translation>Wertschätzungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="427"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="428"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="429"/>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="430"/>
        <source>Withdrawals</source>
        <translation>Zurückgezogene Einträge</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="431"/>
        <source>Pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="432"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="433"/>
        <source>Endings of sharing</source>
        <translation>Beendetes Teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="434"/>
        <source>Contact disclosures</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="435"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="441"/>
        <source>1 plan</source>
        <translation>1 Plan</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="442"/>
        <source>{count} plans</source>
        <translation>{count} Pläne</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="445"/>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="446"/>
        <source>{count} check-ins</source>
        <translation>{count} Check-ins</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="449"/>
        <source>1 promise</source>
        <translation>1 Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="450"/>
        <source>{count} promises</source>
        <translation>{count} Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="453"/>
        <source>1 disclosure</source>
        <translation>1 Offenlegung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="454"/>
        <source>{count} disclosures</source>
        <translation>{count} Offenlegungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="457"/>
        <source>1 appreciation</source>
        <translation>1 Wertschätzung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="458"/>
        <source>{count} appreciations</source>
        <translation>{count} Wertschätzungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="461"/>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="462"/>
        <source>{count} notes</source>
        <translation>{count} Notizen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="465"/>
        <source>1 outcome</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="466"/>
        <source>{count} outcomes</source>
        <translation>{count} Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="469"/>
        <source>1 correction</source>
        <translation>1 Korrektur</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="470"/>
        <source>{count} corrections</source>
        <translation>{count} Korrekturen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="473"/>
        <source>1 withdrawal</source>
        <translation>1 zurückgezogener Eintrag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="474"/>
        <source>{count} withdrawals</source>
        <translation>{count} zurückgezogene Einträge</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="477"/>
        <source>1 pause</source>
        <translation>1 Pause</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="478"/>
        <source>{count} pauses</source>
        <translation>{count} Pausen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="481"/>
        <source>1 agreement</source>
        <translation>1 Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="482"/>
        <source>{count} agreements</source>
        <translation>{count} Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="485"/>
        <source>1 ending of sharing</source>
        <translation>1-mal Teilen beendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="486"/>
        <source>{count} endings of sharing</source>
        <translation>{count}-mal Teilen beendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="489"/>
        <source>1 contact disclosure</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="490"/>
        <source>{count} contact disclosures</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="493"/>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="494"/>
        <source>{count} answers</source>
        <translation>{count} Antworten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="536"/>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="18"/>
        <source>{day}: {state}</source>
        <translation>{day}: {state}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="544"/>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="19"/>
        <source>{kept} of {resolved} kept</source>
        <translation>{kept} von {resolved} eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="550"/>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="20"/>
        <source>{count} not yet confirmed</source>
        <translation>{count} noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="561"/>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="22"/>
        <source>{count} {outcome}</source>
        <translation>{outcome}: {count}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="566"/>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="23"/>
        <source> ({kept} of {resolved} kept or changed with notice, {percent}%)</source>
        <translation> ({kept} von {resolved} eingehalten oder mit Bescheid vorher geändert, {percent} %)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="575"/>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="210"/>
        <source>The trend is at {score} out of 100. Each commitment that is resolved moves it {share}% of the way toward kept or not kept, so one miss would bring it to about {after_miss}, while a pattern moves it a lot. Changes made with notice count as kept. Paused days and unconfirmed outcomes don&apos;t count. Healing isn&apos;t a straight line.</source>
        <translation>Der Trend steht bei {score} von 100. Jede Verpflichtung mit einem Ergebnis bewegt ihn {share} % des Weges in Richtung eingehalten oder nicht eingehalten. Ein einzelnes Nicht-Einhalten brächte ihn also auf etwa {after_miss}, ein Muster dagegen bewegt ihn stark. Änderungen mit Bescheid vorher zählen als eingehalten. Pausierte Tage und noch nicht bestätigte Ergebnisse zählen nicht. Heilung verläuft nicht geradlinig.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="27"/>
        <source>Nothing to show yet. Insights appear once plans and promises have outcomes.</source>
        <translation>Noch nichts zu zeigen. Einblicke erscheinen, sobald Pläne und Versprechen Ergebnisse haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="31"/>
        <source>The trend is at {score} out of 100 (it starts at {start}).</source>
        <translation>Der Trend steht bei {score} von 100 (er beginnt bei {start}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="34"/>
        <source>In the week of {day}: {outcomes}.</source>
        <translation>In der Woche ab {day}: {outcomes}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="35"/>
        <source>Since the week of {day} the trend has risen by {change}, with ups and downs along the way.</source>
        <translation>Seit der Woche ab {day} ist der Trend um {change} gestiegen, mit Höhen und Tiefen zwischendurch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="40"/>
        <source>Since the week of {day} the trend has eased by {change}, with ups and downs along the way.</source>
        <translation>Seit der Woche ab {day} ist der Trend um {change} zurückgegangen, mit Höhen und Tiefen zwischendurch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="45"/>
        <source>Since the week of {day} the trend has held steady, with ups and downs along the way.</source>
        <translation>Seit der Woche ab {day} ist der Trend gleich geblieben, mit Höhen und Tiefen zwischendurch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="49"/>
        <source>1 day in these weeks were paused and do not count.</source>
        <translation>1 Tag in diesen Wochen war pausiert und zählt nicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="50"/>
        <source>{count} days in these weeks were paused and do not count.</source>
        <translation>{count} Tage in diesen Wochen waren pausiert und zählen nicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="53"/>
        <source>1 day {state}</source>
        <translation>{state}: 1 Tag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="54"/>
        <source>{count} days {state}</source>
        <translation>{state}: {count} Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="55"/>
        <source>Day by day since {day}: {days}.</source>
        <translation>Tag für Tag seit dem {day}: {days}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="56"/>
        <source>{feeling} {average}</source>
        <translation>{feeling} {average}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="58"/>
        <source>{whole}.{tenth}</source>
        <translation>{whole},{tenth}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_words.py" line="59"/>
        <source>Feelings in the week of {day}, out of 5: {ratings}.</source>
        <translation>Gefühle in der Woche ab {day}, von 5: {ratings}.</translation>
    </message>
</context>
<context>
    <name>EarlierRecord</name>
    <message>
        <location filename="../../rekindle_desktop/ui/earlier_record_dialog.py" line="32"/>
        <source>An earlier pairing</source>
        <translation>Eine frühere Kopplung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/earlier_record_dialog.py" line="37"/>
        <source>Nothing was accepted.</source>
        <translation>Es wurde nichts angenommen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/earlier_record_dialog.py" line="47"/>
        <source>From your earlier pairing, until {day}</source>
        <translation>Aus Ihrer früheren Kopplung, bis {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/earlier_record_dialog.py" line="54"/>
        <source>Kept exactly as you accepted it (entries: {count}). {how} Read-only; your current record is separate.</source>
        <translation>Genau so aufbewahrt, wie Sie es angenommen haben (Einträge: {count}). {how} Nur zum Lesen; Ihre jetzigen Aufzeichnungen sind davon getrennt.</translation>
    </message>
</context>
<context>
    <name>EntryForms</name>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="51"/>
        <source>Once, by a day</source>
        <translation>Einmal, bis zu einem Tag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="52"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="53"/>
        <source>Every weekday</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="54"/>
        <source>On chosen days of the week</source>
        <translation>An ausgewählten Wochentagen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="55"/>
        <source>Every few days</source>
        <translation>Alle paar Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="58"/>
        <source>A check-in conversation</source>
        <translation>Ein Check-in-Gespräch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="59"/>
        <source>A counselling session</source>
        <translation>Eine Beratungssitzung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="60"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="63"/>
        <source>Log a plan</source>
        <translation>Einen Plan eintragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="64"/>
        <source>Check in</source>
        <translation>Check-in eintragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="65"/>
        <source>Make a promise</source>
        <translation>Ein Versprechen geben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="66"/>
        <source>Share something openly</source>
        <translation>Etwas offen teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="67"/>
        <source>Note an appreciation</source>
        <translation>Eine Wertschätzung festhalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="68"/>
        <source>Write a note</source>
        <translation>Eine Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="69"/>
        <source>Tell about a contact</source>
        <translation>Von einem Kontakt erzählen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="72"/>
        <source>I was contacted by</source>
        <translation>Jemand hat sich bei mir gemeldet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="73"/>
        <source>I ran into</source>
        <translation>Ich bin jemandem begegnet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="74"/>
        <source>I got in touch with</source>
        <translation>Ich habe mich bei jemandem gemeldet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="77"/>
        <source>Ideally logged before it happens: when, where, with whom, and what for.</source>
        <translation>Am besten eingetragen, bevor es passiert: wann, wo, mit wem und wofür.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="80"/>
        <source>Where you are now.</source>
        <translation>Wo Sie gerade sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="81"/>
        <source>Something you will do, once or on a rhythm. Each time it falls due, you&apos;ll be asked how it went.</source>
        <translation>Etwas, das Sie tun werden, einmal oder regelmäßig. Jedes Mal, wenn es fällig ist, werden Sie gefragt, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="86"/>
        <source>Something you are choosing to be open about, before being asked.</source>
        <translation>Etwas, über das Sie von sich aus offen sein möchten, bevor jemand fragt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="89"/>
        <source>Something you noticed and are grateful for.</source>
        <translation>Etwas, das Ihnen aufgefallen ist und für das Sie dankbar sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="92"/>
        <source>Notes on a check-in conversation or a counselling session.</source>
        <translation>Notizen zu einem Check-in-Gespräch oder einer Beratungssitzung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="95"/>
        <source>Telling soon, before being asked, is what rebuilds trust. Say when it happened; no names are needed, only as much as you choose.</source>
        <translation>Bald davon zu erzählen, bevor jemand fragt, baut Vertrauen wieder auf. Sagen Sie, wann es passiert ist; Namen sind nicht nötig, nur so viel, wie Sie möchten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="173"/>
        <source>Private: keep this on this computer only</source>
        <translation>Privat: nur auf diesem Computer behalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="176"/>
        <source>Private entries are never included in a timeline file.</source>
        <translation>Private Einträge kommen nie in eine Zeitleisten-Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="204"/>
        <source>Type a place, or choose a saved one</source>
        <translation>Einen Ort eingeben oder einen gespeicherten wählen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="217"/>
        <source>e.g. Dinner, Work, Gym</source>
        <translation>z. B. Abendessen, Arbeit, Sport</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="218"/>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="219"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="220"/>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="241"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="221"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="222"/>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="227"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="228"/>
        <source>Now at</source>
        <translation>Jetziger Ort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="229"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="230"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="235"/>
        <source>e.g. Text you when I leave work</source>
        <translation>z. B. dir schreiben, wenn ich von der Arbeit losgehe</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="251"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="255"/>
        <source>Promise</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="256"/>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="283"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="257"/>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="299"/>
        <source>Starting</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="259"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="260"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="272"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="278"/>
        <source>e.g. someone from before, by message</source>
        <translation>z. B. jemand von früher, per Nachricht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="280"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="281"/>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="284"/>
        <source>In your words</source>
        <translation>In Ihren Worten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="297"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="439"/>
        <source>Say what the plan is for, in a word or two.</source>
        <translation>Sagen Sie in ein, zwei Worten, wofür der Plan ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/entry_forms.py" line="440"/>
        <source>For example: Dinner with my sister, Work, Gym.</source>
        <translation>Zum Beispiel: Abendessen mit meiner Schwester, Arbeit, Sport.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="63"/>
        <source>Share a timeline file</source>
        <translation>Eine Zeitleisten-Datei teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="35"/>
        <source>This file will hold 1 entry</source>
        <translation>Diese Datei wird 1 Eintrag enthalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="37"/>
        <source>This file will hold {total} entries</source>
        <translation>Diese Datei wird {total} Einträge enthalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="40"/>
        <source>; nothing in it is new since your last file.</source>
        <translation>; nichts davon ist neu seit Ihrer letzten Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="42"/>
        <source>, all of it new.</source>
        <translation>, alles davon neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="44"/>
        <source>; 1 of them is new.</source>
        <translation>; 1 davon ist neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="46"/>
        <source>; {new} of them are new.</source>
        <translation>; {new} davon sind neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="70"/>
        <source>They run from {first} to {last}.</source>
        <translation>Sie reichen von {first} bis {last}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="78"/>
        <source>In it: {counts}.</source>
        <translation>Darin: {counts}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="81"/>
        <source>1 private entry stays on this computer and is not in the file.</source>
        <translation>1 privater Eintrag bleibt auf diesem Computer und ist nicht in der Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="86"/>
        <source>{count} private entries stay on this computer and are not in the file.</source>
        <translation>{count} private Einträge bleiben auf diesem Computer und sind nicht in der Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="93"/>
        <source>{count} entries of kinds outside your agreement are left out.</source>
        <translation>{count} Einträge von Arten, die nicht in Ihrer Vereinbarung stehen, werden weggelassen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="99"/>
        <source>New entries in this file</source>
        <translation>Neue Einträge in dieser Datei</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="105"/>
        <source>Show every new entry</source>
        <translation>Alle neuen Einträge zeigen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="109"/>
        <source>Save the file…</source>
        <translation>Datei speichern…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="111"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="121"/>
        <source>What this file holds</source>
        <translation>Was diese Datei enthält</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="125"/>
        <source>The file is signed by you and encrypted so only your partner (and you) can read it. Entries already shared stay exactly as they were; corrections appear as new entries.</source>
        <translation>Die Datei ist von Ihnen signiert und so verschlüsselt, dass nur Ihr Partner (und Sie) sie lesen können. Bereits geteilte Einträge bleiben genau, wie sie waren; Korrekturen erscheinen als neue Einträge.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="141"/>
        <source>Save timeline file</source>
        <translation>Zeitleisten-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="143"/>
        <source>Rekindle timeline (*.rekindle)</source>
        <translation>Rekindle-Zeitleiste (*.rekindle)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/export_dialog.py" line="151"/>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>FileOpening</name>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="55"/>
        <source>{name} opens once your journal is unlocked.</source>
        <translation>{name} wird geöffnet, sobald Ihr Tagebuch entsperrt ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="100"/>
        <source>{name} wasn&apos;t opened while presentation mode is on.</source>
        <translation>{name} wurde nicht geöffnet, solange der Präsentationsmodus an ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="103"/>
        <source>Leave presentation mode, then open it again.</source>
        <translation>Verlassen Sie den Präsentationsmodus und öffnen Sie die Datei dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="119"/>
        <source>Rekindle can&apos;t find {name}.</source>
        <translation>Rekindle findet {name} nicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="120"/>
        <source>It may have been moved, renamed or deleted. Nothing was changed.</source>
        <translation>Vielleicht wurde die Datei verschoben, umbenannt oder gelöscht. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="127"/>
        <source>{name} is a folder, not a timeline file or a reply.</source>
        <translation>{name} ist ein Ordner, keine Zeitleisten-Datei und keine Antwort.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="130"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="154"/>
        <source>Opening {name}</source>
        <translation>{name} wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="172"/>
        <source>Drop one file at a time.</source>
        <translation>Bitte legen Sie immer nur eine Datei ab.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="175"/>
        <source>Rekindle opens only files on this computer.</source>
        <translation>Rekindle öffnet nur Dateien auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="185"/>
        <source>{name} is a timeline file this journal made for your partner.</source>
        <translation>{name} ist eine Zeitleisten-Datei, die dieses Tagebuch für Ihren Partner erstellt hat.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="188"/>
        <source>Nothing was changed. Send it to your partner: they review it in their Rekindle.</source>
        <translation>Es wurde nichts verändert. Schicken Sie sie Ihrem Partner: Durchgesehen wird sie im Rekindle Ihres Partners.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="195"/>
        <source>{name} is a reply you wrote for your partner.</source>
        <translation>{name} ist eine Antwort, die Sie für Ihren Partner geschrieben haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="196"/>
        <source>Nothing was changed. Send it to your partner: they read it in their own Rekindle.</source>
        <translation>Es wurde nichts verändert. Schicken Sie sie Ihrem Partner: Gelesen wird sie im Rekindle Ihres Partners.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="203"/>
        <source>{name} is a timeline file to review, and this journal doesn&apos;t review a partner&apos;s timeline.</source>
        <translation>{name} ist eine Zeitleisten-Datei zum Durchsehen, und dieses Tagebuch sieht keine Zeitleiste eines Partners durch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="208"/>
        <source>Nothing was changed. It opens in the Rekindle of the partner who reviews.</source>
        <translation>Es wurde nichts verändert. Sie öffnet sich im Rekindle des Partners, der durchsieht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="215"/>
        <source>{name} is a reply, and this journal shares no journal of its own, so no reply is meant for it.</source>
        <translation>{name} ist eine Antwort, und dieses Tagebuch teilt kein eigenes Tagebuch, also ist keine Antwort dafür gedacht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="220"/>
        <source>Nothing was changed. It opens in the Rekindle of the partner who shares.</source>
        <translation>Es wurde nichts verändert. Sie öffnet sich im Rekindle des Partners, der teilt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="227"/>
        <source>{name} can&apos;t be opened in this journal: it was made for another journal, or it was damaged on the way.</source>
        <translation>{name} lässt sich in diesem Tagebuch nicht öffnen: Die Datei wurde für ein anderes Tagebuch erstellt oder unterwegs beschädigt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="232"/>
        <source>Nothing was changed. If your partner sent it, ask them to send it again.</source>
        <translation>Es wurde nichts verändert. Wenn Ihr Partner sie geschickt hat, bitten Sie darum, sie noch einmal zu schicken.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="239"/>
        <source>{name} isn&apos;t a Rekindle timeline file or a reply.</source>
        <translation>{name} ist weder eine Rekindle-Zeitleisten-Datei noch eine Antwort.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/opening_files.py" line="240"/>
        <source>Nothing was changed. Check that it is the file your partner sent you.</source>
        <translation>Es wurde nichts verändert. Prüfen Sie, ob es die Datei ist, die Ihr Partner Ihnen geschickt hat.</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <location filename="../../rekindle_desktop/ui/first_frame.py" line="83"/>
        <source>Opening Rekindle…</source>
        <translation>Rekindle wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="36"/>
        <source>Open this help, from any screen or dialog</source>
        <translation>Diese Hilfe öffnen, von jeder Ansicht und jedem Dialog aus</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="39"/>
        <source>Lock now: hide everything at once (works in dialogs too)</source>
        <translation>Jetzt sperren: sofort alles verbergen (geht auch in Dialogen)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="43"/>
        <source>Choose the kind of entry in the quick-log bar</source>
        <translation>Die Art des Eintrags in der Schnelleingabe wählen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="45"/>
        <source>Log what you typed, or go on to the next step</source>
        <translation>Das Geschriebene eintragen oder zum nächsten Schritt gehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="46"/>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorigen Bedienelement gehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="49"/>
        <source>Show the next or previous page of the journal</source>
        <translation>Die nächste oder vorige Seite des Tagebuchs zeigen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="51"/>
        <source>Press the button or tick the box that has focus</source>
        <translation>Die Schaltfläche drücken oder das Kästchen ankreuzen, das gerade ausgewählt ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="53"/>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="54"/>
        <source>Open the menu for an entry: correct it, withdraw it, or change its outcome</source>
        <translation>Das Menü eines Eintrags öffnen: korrigieren, zurückziehen oder das Ergebnis ändern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="59"/>
        <source>Open the Journal or Help menu</source>
        <translation>Das Menü „Tagebuch“ oder „Hilfe“ öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="60"/>
        <source>Close a dialog without changing anything</source>
        <translation>Einen Dialog schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="61"/>
        <source>Quit Rekindle</source>
        <translation>Rekindle beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="66"/>
        <source>Everything in Rekindle can be done with the keyboard. Keys that may help:</source>
        <translation>Alles in Rekindle geht auch mit der Tastatur. Diese Tasten können helfen:</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="80"/>
        <source>{menu} ▸ {item}</source>
        <translation>{menu} ▸ {item}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="95"/>
        <source>Pair, once.</source>
        <translation>Einmal koppeln.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="96"/>
        <source>The reviewer chooses “{pair}”, the sharer “{share}”. Each of you copies your pairing code to the other (a message is fine: it holds nothing secret). Then read the safety phrase aloud together. If the words differ, don’t pair.</source>
        <translation>Wer liest, wählt „{pair}“, wer teilt, „{share}“. Jeder gibt dem anderen seinen Kopplungscode (eine Nachricht genügt: er enthält nichts Geheimes). Lesen Sie dann gemeinsam den Sicherheitssatz laut vor. Wenn die Wörter nicht übereinstimmen, koppeln Sie nicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="105"/>
        <source>Share.</source>
        <translation>Teilen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="106"/>
        <source>The sharer chooses “{share}”, sees exactly what the file holds, and saves it. Hand it over by a folder you both sync (Syncthing, Nextcloud, Dropbox), a USB stick, or an email attachment. It is encrypted: only the two of you can read it. “{auto}” keeps a copy in a synced folder up to date.</source>
        <translation>Wer teilt, wählt „{share}“, sieht genau, was die Datei enthält, und speichert sie. Geben Sie sie über einen Ordner weiter, den Sie beide synchronisieren (Syncthing, Nextcloud, Dropbox), per USB-Stick oder als E-Mail-Anhang. Sie ist verschlüsselt: Nur Sie beide können sie lesen. „{auto}“ hält eine Kopie in einem synchronisierten Ordner aktuell.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="118"/>
        <source>Open and read.</source>
        <translation>Öffnen und lesen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="119"/>
        <source>The reviewer chooses “{open}”. Rekindle checks that the file comes from the partner you paired with, and that nothing already seen was changed. If not, it says why, calmly, and changes nothing.</source>
        <translation>Wer liest, wählt „{open}“. Rekindle prüft, dass die Datei vom gekoppelten Partner stammt und dass nichts bereits Gesehenes verändert wurde. Wenn nicht, sagt es ruhig, warum, und ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="127"/>
        <source>Reply, if you like.</source>
        <translation>Antworten, wenn Sie möchten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="128"/>
        <source>Beside the timeline they reviewed, the reviewer can choose “{reply}”. The reply travels back the same way; the sharer opens it with “{open_reply}” on the Check-ins page.</source>
        <translation>Neben der gelesenen Zeitleiste kann die lesende Person „{reply}“ wählen. Die Antwort reist auf demselben Weg zurück; wer teilt, öffnet sie mit „{open_reply}“ auf der Seite Check-ins.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="139"/>
        <source>Stop, any time.</source>
        <translation>Jederzeit beenden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="140"/>
        <source>Either of you can, on your own: “{stop_sharing}” on My journal, “{stop_reviewing}” on the review page, or {safety_exit}. What you each have stays with you.</source>
        <translation>Jeder von Ihnen kann das allein tun: „{stop_sharing}“ in Mein Tagebuch, „{stop_reviewing}“ auf der Leseseite oder {safety_exit}. Was jeder von Ihnen hat, bleibt bei Ihnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="155"/>
        <source>Rekindle never sends anything by itself: you carry the file across, your own way.</source>
        <translation>Rekindle verschickt nie etwas von selbst: Sie bringen die Datei auf Ihrem eigenen Weg hinüber.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="159"/>
        <source>The checks show that nothing was changed after sharing, not that every word is true: that is what your talks are for.</source>
        <translation>Die Prüfungen zeigen, dass nach dem Teilen nichts verändert wurde, nicht dass jedes Wort wahr ist: Dafür sind Ihre Gespräche da.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="180"/>
        <source>Set it up once.</source>
        <translation>Einmal einrichten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="181"/>
        <source>Share one folder between your two computers with the sync tool you already use. On the sharer&apos;s computer, tick “{auto}” and choose that folder. On the reviewer&apos;s computer, choose “{open}” once and pick {name} from that folder. From then on, Rekindle looks at it again by itself whenever it changes.</source>
        <translation>Teilen Sie mit dem Sync-Programm, das Sie schon nutzen, einen Ordner zwischen Ihren beiden Computern. Auf dem Computer der Person, die teilt, setzen Sie ein Häkchen bei „{auto}“ und wählen diesen Ordner. Auf dem Computer der Person, die durchsieht, wählen Sie einmal „{open}“ und dann {name} aus diesem Ordner. Von da an sieht Rekindle von selbst wieder hinein, sobald sich die Datei ändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="194"/>
        <source>Syncthing.</source>
        <translation>Syncthing.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="195"/>
        <source>On each computer, add the other one as a remote device, then share one folder between them. On the reviewer&apos;s computer the folder can be Receive Only, so the file only ever travels one way.</source>
        <translation>Fügen Sie auf jedem Computer den anderen als entferntes Gerät hinzu und teilen Sie dann einen Ordner zwischen beiden. Auf dem Computer der Person, die durchsieht, kann der Ordner „Nur empfangen“ sein, so reist die Datei immer nur in eine Richtung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="203"/>
        <source>Nextcloud.</source>
        <translation>Nextcloud.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="204"/>
        <source>Make a folder in your Nextcloud and share it with your partner&apos;s account. The Nextcloud desktop app keeps it on both computers.</source>
        <translation>Legen Sie in Ihrer Nextcloud einen Ordner an und teilen Sie ihn mit dem Konto Ihres Partners. Die Nextcloud-Desktop-App hält ihn auf beiden Computern bereit.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="211"/>
        <source>Dropbox.</source>
        <translation>Dropbox.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="212"/>
        <source>Make a folder in Dropbox and share it with your partner. The Dropbox app keeps it on both computers.</source>
        <translation>Legen Sie in Dropbox einen Ordner an und teilen Sie ihn mit Ihrem Partner. Die Dropbox-App hält ihn auf beiden Computern bereit.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="219"/>
        <source>Private on the way.</source>
        <translation>Unterwegs privat.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="220"/>
        <source>The file is encrypted for your partner, so the sync service can store it but cannot read it. It can see the file&apos;s name, its size and when it changes. Rekindle itself never connects to anything: the sync tool carries the file.</source>
        <translation>Die Datei ist für Ihren Partner verschlüsselt: Der Sync-Dienst kann sie speichern, aber nicht lesen. Er sieht den Namen der Datei, ihre Größe und wann sie sich ändert. Rekindle selbst verbindet sich mit nichts: Das Sync-Programm trägt die Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="229"/>
        <source>Spare copies.</source>
        <translation>Zusätzliche Kopien.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="230"/>
        <source>If the file changes on both computers before they next meet, the sync tool keeps a second copy with conflict in its name. Rekindle only ever watches the file itself, so those copies are safe to delete.</source>
        <translation>Ändert sich die Datei auf beiden Computern, bevor sie sich das nächste Mal abgleichen, behält das Sync-Programm eine zweite Kopie mit „conflict“ im Namen. Rekindle beobachtet immer nur die Datei selbst, diese Kopien können Sie also ruhig löschen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="241"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="291"/>
        <source>Sharing through a synced folder</source>
        <translation>Teilen über einen synchronisierten Ordner</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="242"/>
        <source>A folder that both your computers keep in step is the easiest way to share: the sharer&apos;s Rekindle saves the timeline file there after each change, and the reviewer&apos;s Rekindle notices when it arrives.</source>
        <translation>Ein Ordner, den Ihre beiden Computer auf demselben Stand halten, ist der einfachste Weg zu teilen: Das Rekindle der Person, die teilt, speichert die Zeitleisten-Datei nach jeder Änderung dort, und das Rekindle der Person, die durchsieht, bemerkt, wenn sie ankommt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="257"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="287"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="289"/>
        <source>How sharing works</source>
        <translation>So funktioniert das Teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="280"/>
        <source>Help — Rekindle</source>
        <translation>Hilfe — Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="283"/>
        <source>Help pages</source>
        <translation>Hilfeseiten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="284"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="286"/>
        <source>Getting support</source>
        <translation>Unterstützung finden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="292"/>
        <source>Synced folders</source>
        <translation>Synchronisierte Ordner</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="295"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="296"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="299"/>
        <source>About Rekindle</source>
        <translation>Über Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="300"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="305"/>
        <source>Close help</source>
        <translation>Hilfe schließen</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="37"/>
        <source>The line is the trend. The soft bars show, for each week, the share of resolved plans and promises that were kept; a week with nothing resolved has no bar. Shaded stretches are pauses: nothing in them counts either way.</source>
        <translation>Die Linie ist der Trend. Die hellen Balken zeigen für jede Woche, welcher Anteil der Pläne und Versprechen mit Ergebnis eingehalten wurde; eine Woche ohne Ergebnis hat keinen Balken. Schattierte Abschnitte sind Pausen: Was darin liegt, zählt weder dafür noch dagegen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="43"/>
        <source>Hard weeks are part of a longer story. What matters is the direction over months, not any single day.</source>
        <translation>Schwere Wochen gehören zu einem längeren Weg. Es zählt die Richtung über Monate, nicht ein einzelner Tag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="92"/>
        <source>The trend appears here once plans and promises have outcomes.</source>
        <translation>Der Trend erscheint hier, sobald Pläne und Versprechen Ergebnisse haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="252"/>
        <source>Trend, 0 to 100</source>
        <translation>Trend, 0 bis 100</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="253"/>
        <source>Share kept that week</source>
        <translation>Anteil eingehalten in dieser Woche</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="254"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="467"/>
        <source>Weekly trend chart</source>
        <translation>Diagramm des Wochentrends</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="496"/>
        <source>How you have felt, week by week</source>
        <translation>Wie es Ihnen ging, Woche für Woche</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="518"/>
        <source>Week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="521"/>
        <source>trend {score}</source>
        <translation>Trend {score}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="525"/>
        <source>{kept} of {resolved} kept</source>
        <translation>{kept} von {resolved} eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="531"/>
        <source>{count} paused days</source>
        <translation>{count} pausierte Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/charts.py" line="542"/>
        <source>{feeling} {average}</source>
        <translation>{feeling} {average}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/calendar_strip.py" line="35"/>
        <source>partly kept (the circle fills with the share kept)</source>
        <translation>teilweise eingehalten (der Kreis füllt sich mit dem eingehaltenen Anteil)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/calendar_strip.py" line="193"/>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/calendar_strip.py" line="320"/>
        <source>{count} {state}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/calendar_strip.py" line="327"/>
        <location filename="../../rekindle_desktop/ui/charts.py" line="549"/>
        <source>Week of {day}: {days}.</source>
        <translation>Woche ab {day}: {days}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="82"/>
        <source>How you have felt (your own ratings, 1 to 5)</source>
        <translation>Wie es Ihnen ging (Ihre eigenen Angaben, 1 bis 5)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="91"/>
        <source>Point at a day to see its plans and promises counted. Today has a ring.</source>
        <translation>Zeigen Sie auf einen Tag, um zu sehen, wie viele Pläne und Versprechen er hat. Der heutige Tag hat einen Ring.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="98"/>
        <source>Insights in words</source>
        <translation>Einblicke in Worten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="103"/>
        <source>Weekly trend</source>
        <translation>Wochentrend</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="109"/>
        <source>What the trend means</source>
        <translation>Was der Trend bedeutet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="112"/>
        <source>Not a straight line</source>
        <translation>Keine gerade Linie</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="135"/>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="159"/>
        <source>Trend: {score} out of 100</source>
        <translation>Trend: {score} von 100</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="163"/>
        <source>No trend yet</source>
        <translation>Noch kein Trend</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="167"/>
        <source>Latest week with outcomes (from {day}): {words}.</source>
        <translation>Letzte Woche mit Ergebnissen (ab {day}): {words}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="174"/>
        <source>No week with outcomes yet.</source>
        <translation>Noch keine Woche mit Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="184"/>
        <source>Day by day, the last {weeks} weeks</source>
        <translation>Tag für Tag, die letzten {weeks} Wochen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="191"/>
        <source>Contact disclosures in these weeks: {contacts}, {early} of them told soon after they happened. Telling early, before being asked, is what rebuilds trust.</source>
        <translation>Kontakte, von denen in diesen Wochen erzählt wurde: {contacts}, {early} davon bald nachdem sie geschehen waren. Früh zu erzählen, bevor jemand fragt, baut Vertrauen wieder auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/insights_view.py" line="198"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="54"/>
        <source>This is a demo journal. Nothing in it is real, and it is set aside when you close Rekindle.</source>
        <translation>Dies ist ein Demo-Tagebuch. Nichts darin ist echt, und es wird verworfen, wenn Sie Rekindle schließen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="325"/>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="328"/>
        <source>Review my partner&apos;s timeline</source>
        <translation>Zeitleiste meines Partners</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="330"/>
        <source>Review</source>
        <translation>Durchsicht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="332"/>
        <source>Triggers and requests</source>
        <translation>Momente und Bitten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="333"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="236"/>
        <location filename="../../rekindle_desktop/ui/journal_view.py" line="333"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../rekindle_desktop/ui/language_menu.py" line="18"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/language_menu.py" line="23"/>
        <source>Follow the system</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/language_menu.py" line="47"/>
        <source>Rekindle will use {language} from the next time it starts.</source>
        <translation>Rekindle verwendet {language} ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/language_menu.py" line="51"/>
        <source>Rekindle will follow the system&apos;s language from the next time it starts.</source>
        <translation>Rekindle verwendet ab dem nächsten Start die Sprache des Systems.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="110"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="116"/>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="171"/>
        <source>Save new passphrase</source>
        <translation>Neue Passphrase speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="117"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="127"/>
        <source>Choose a new passphrase</source>
        <translation>Eine neue Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="130"/>
        <source>From now on, your new passphrase opens this journal and the old one no longer does. Your recovery code keeps working.</source>
        <translation>Ab jetzt öffnet Ihre neue Passphrase dieses Tagebuch, die alte nicht mehr. Ihr Wiederherstellungscode funktioniert weiterhin.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="160"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="55"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="62"/>
        <source>Back up…</source>
        <translation>Sicherung anlegen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="64"/>
        <source>Take a readable copy…</source>
        <translation>Lesbare Kopie anlegen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="66"/>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="762"/>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="68"/>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="71"/>
        <source>Auto-lock after…</source>
        <translation>Automatisch sperren nach…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="74"/>
        <source>Presentation mode (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="78"/>
        <source>Hand over the screen: nothing can be changed</source>
        <translation>Den Bildschirm zeigen: Hier kann nichts geändert werden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="81"/>
        <source>Report for a counsellor…</source>
        <translation>Bericht für die Beratung…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="83"/>
        <source>Reminders…</source>
        <translation>Erinnerungen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="85"/>
        <source>Safety phrase…</source>
        <translation>Sicherheitswörter…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="87"/>
        <source>Mark as logged late after…</source>
        <translation>Als spät eingetragen markieren nach…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="89"/>
        <source>Delete this journal…</source>
        <translation>Dieses Tagebuch löschen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="91"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="96"/>
        <source>Getting support</source>
        <translation>Unterstützung finden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="101"/>
        <source>Safety exit…</source>
        <translation>Sicherer Ausstieg…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="103"/>
        <source>Stop sharing, lock and hide Rekindle, all in one place</source>
        <translation>Teilen beenden, sperren und Rekindle ausblenden, alles an einem Ort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="107"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="109"/>
        <source>About Rekindle</source>
        <translation>Über Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="113"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="134"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="146"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/window_menus.py" line="148"/>
        <source>Hide everything now (Ctrl+L)</source>
        <translation>Alles sofort verbergen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="83"/>
        <source>Locked — Rekindle</source>
        <translation>Gesperrt — Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="84"/>
        <source>A demo journal (nothing here is real) — Rekindle</source>
        <translation>Ein Demo-Tagebuch (nichts hier ist echt) — Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="367"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="374"/>
        <source>Report saved to {path}.</source>
        <translation>Bericht gespeichert unter {path}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="402"/>
        <source>Logged late</source>
        <translation>Spät eingetragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="403"/>
        <source>Mark an entry as logged late when it is written down this many hours
after the time it describes:</source>
        <translation>Einen Eintrag als spät eingetragen markieren, wenn er so viele Stunden
nach der beschriebenen Zeit aufgeschrieben wird:</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="499"/>
        <source>Rekindle is locked. What you had typed and not saved could not be written to your journal, so it is held, sealed, only while Rekindle stays open: unlock to get it back.</source>
        <translation>Rekindle ist gesperrt. Was Sie getippt und noch nicht gespeichert hatten, konnte nicht in Ihr Tagebuch geschrieben werden. Es bleibt versiegelt aufbewahrt, solange Rekindle geöffnet bleibt: Entsperren Sie, um es zurückzubekommen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="509"/>
        <source>Rekindle is locked, but what you had typed and not saved could not be kept, so it is gone.</source>
        <translation>Rekindle ist gesperrt. Was Sie getippt und noch nicht gespeichert hatten, konnte nicht aufbewahrt werden und ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="516"/>
        <source>Everything you saved before is still in your journal.</source>
        <translation>Alles, was Sie vorher gespeichert haben, ist noch in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="597"/>
        <source>Demo journal: it doesn&apos;t lock by itself. Ctrl+L locks it; its passphrase is “{passphrase}” · F1 for help</source>
        <translation>Demo-Tagebuch: Es sperrt sich nicht von selbst. Strg+L sperrt es; seine Passphrase lautet „{passphrase}“ · F1 für Hilfe</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="608"/>
        <source>Locks itself after 1 minute away · Ctrl+L locks now</source>
        <translation>Sperrt sich nach 1 Minute Abwesenheit · Strg+L sperrt sofort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="610"/>
        <source>Locks itself after {minutes} minutes away · Ctrl+L locks now</source>
        <translation>Sperrt sich nach {minutes} Minuten Abwesenheit · Strg+L sperrt sofort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="613"/>
        <source> · F1 for help</source>
        <translation> · F1 für Hilfe</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="616"/>
        <source> · Reminders appear here (no system tray)</source>
        <translation> · Erinnerungen erscheinen hier (kein Infobereich)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="627"/>
        <source>Auto-lock</source>
        <translation>Automatisch sperren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="628"/>
        <source>Lock Rekindle after this many minutes without use:</source>
        <translation>Rekindle nach so vielen Minuten ohne Nutzung sperren:</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="638"/>
        <source>Rekindle will now lock itself after 1 minute away.</source>
        <translation>Rekindle sperrt sich jetzt nach 1 Minute Abwesenheit.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="640"/>
        <source>Rekindle will now lock itself after {minutes} minutes away.</source>
        <translation>Rekindle sperrt sich jetzt nach {minutes} Minuten Abwesenheit.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="655"/>
        <source>Your new passphrase is saved. Use it the next time you unlock.</source>
        <translation>Ihre neue Passphrase ist gespeichert. Verwenden Sie sie beim nächsten Entsperren.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="670"/>
        <source>Back up your journal</source>
        <translation>Ihr Tagebuch sichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="672"/>
        <source>Rekindle backup (*{suffix})</source>
        <translation>Rekindle-Sicherung (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="684"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="689"/>
        <source>Backed up to {file} and checked. It opens with your passphrase or recovery code.</source>
        <translation>Gesichert in {file} und geprüft. Die Sicherung lässt sich mit Ihrer Passphrase oder Ihrem Wiederherstellungscode öffnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="705"/>
        <source>Readable copy saved in {folder}. It is not encrypted.</source>
        <translation>Lesbare Kopie in {folder} gespeichert. Sie ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="746"/>
        <source>This computer will now open your journal without your passphrase.</source>
        <translation>Dieser Computer öffnet Ihr Tagebuch jetzt ohne Ihre Passphrase.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="751"/>
        <source>This computer no longer remembers your journal. Your passphrase opens it.</source>
        <translation>Dieser Computer merkt sich Ihr Tagebuch nicht mehr. Ihre Passphrase öffnet es.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="813"/>
        <source>Your journal was deleted. Backups you made are as they were.</source>
        <translation>Ihr Tagebuch wurde gelöscht. Ihre Sicherungen sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/main_window.py" line="817"/>
        <source>Its folder was kept for the other things you keep there.</source>
        <translation>Sein Ordner bleibt, weil Sie dort noch andere Dinge aufbewahren.</translation>
    </message>
</context>
<context>
    <name>NeedsOutcome</name>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="20"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="21"/>
        <source>Changed, told before</source>
        <translation>Geändert, vorher Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="22"/>
        <source>Changed, told after</source>
        <translation>Geändert, danach Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="23"/>
        <source>Not kept</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="39"/>
        <source>Needs an outcome</source>
        <translation>Braucht ein Ergebnis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="64"/>
        <source>Nothing is waiting. When a plan ends or a promise falls due, it appears here so you can say how it went.</source>
        <translation>Nichts wartet. Wenn ein Plan endet oder ein Versprechen fällig ist, erscheint es hier, damit Sie sagen können, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="72"/>
        <source>How did these go? Saying so honestly, either way, is what builds trust.</source>
        <translation>Wie ist es gelaufen? Es ehrlich zu sagen, so oder so, baut Vertrauen auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="77"/>
        <source> ({count} more from earlier days.)</source>
        <translation> ({count} weitere von früheren Tagen.)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/needs_outcome.py" line="101"/>
        <source>{outcome}: {entry}</source>
        <translation>{outcome}: {entry}</translation>
    </message>
</context>
<context>
    <name>NewestReviewedView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/newest_weeks_view.py" line="37"/>
        <source>These are the newest weeks of what you reviewed. The weeks before them, the trend, your notes and opening a new timeline file appear here in a moment, once the whole record has been read.</source>
        <translation>Das sind die neuesten Wochen dessen, was Sie durchgesehen haben. Die Wochen davor, der Trend, Ihre Notizen und das Öffnen einer neuen Zeitleisten-Datei erscheinen hier gleich, sobald die ganzen Aufzeichnungen gelesen sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/newest_weeks_view.py" line="43"/>
        <source>Nothing in what you reviewed happened in the last four weeks.</source>
        <translation>In dem, was Sie durchgesehen haben, ist in den letzten vier Wochen nichts geschehen.</translation>
    </message>
</context>
<context>
    <name>NewestWeeksView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/newest_weeks_view.py" line="30"/>
        <source>These are your newest weeks. The weeks before them, your agreement, sharing, what needs an outcome and the trend appear here in a moment, once your whole journal has been read. You can log something now.</source>
        <translation>Das sind Ihre neuesten Wochen. Die Wochen davor, Ihre Vereinbarung, das Teilen, was noch ein Ergebnis braucht, und der Trend erscheinen hier gleich, sobald Ihr ganzes Tagebuch gelesen ist. Sie können schon jetzt etwas eintragen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/newest_weeks_view.py" line="36"/>
        <source>Nothing was logged in the last four weeks.</source>
        <translation>In den letzten vier Wochen wurde nichts eingetragen.</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="54"/>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="99"/>
        <source>Pair with your partner</source>
        <translation>Mit Ihrem Partner koppeln</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="68"/>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="93"/>
        <source>Your pairing code</source>
        <translation>Ihr Kopplungscode</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="71"/>
        <source>Your pairing code as a QR code</source>
        <translation>Ihr Kopplungscode als QR-Code</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="72"/>
        <source>Copy my code</source>
        <translation>Meinen Code kopieren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="75"/>
        <source>Paste your partner&apos;s pairing code here</source>
        <translation>Den Kopplungscode Ihres Partners hier einfügen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="82"/>
        <source>Next: compare the safety phrase</source>
        <translation>Weiter: Sicherheitswörter vergleichen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="86"/>
        <source>They set Rekindle up again: pair as a new pairing</source>
        <translation>Ihr Partner hat Rekindle neu eingerichtet: neue Kopplung beginnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="102"/>
        <source>Pairing lets your partner&apos;s Rekindle check that timeline files really come from you, and makes them readable only by the two of you. The code holds only public keys, so it is safe to send by message.</source>
        <translation>Durch die Kopplung kann das Rekindle Ihres Partners prüfen, dass Zeitleisten-Dateien wirklich von Ihnen kommen, und nur Sie beide können sie lesen. Der Code enthält nur öffentliche Schlüssel, Sie können ihn also ohne Bedenken per Nachricht schicken.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="129"/>
        <source>This is a new pairing. What you have from the earlier pairing stays as it was, marked as from the earlier pairing; a new record starts from here.</source>
        <translation>Dies ist eine neue Kopplung. Was Sie aus der früheren Kopplung haben, bleibt, wie es war, und ist als aus der früheren Kopplung gekennzeichnet; ab hier beginnen neue Aufzeichnungen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="146"/>
        <source>Sit together, or talk on the phone, and read these words aloud. Your partner&apos;s screen must show exactly the same nine words, in the same order.</source>
        <translation>Setzen Sie sich zusammen oder telefonieren Sie, und lesen Sie diese Wörter laut vor. Auf dem Bildschirm Ihres Partners müssen genau dieselben neun Wörter stehen, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="221"/>
        <source>Check that you each used the other&apos;s latest code, and that you both have the latest Rekindle (an older one shows six words). If the words still differ, someone else&apos;s code may have been sent: talk in person first.</source>
        <translation>Prüfen Sie, ob jeder von Ihnen den neuesten Code des anderen verwendet hat und ob Sie beide das neueste Rekindle haben (ein älteres zeigt sechs Wörter). Wenn die Wörter dann noch abweichen, wurde vielleicht der Code einer anderen Person geschickt: Sprechen Sie zuerst persönlich miteinander.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="76"/>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="113"/>
        <source>Your partner&apos;s pairing code</source>
        <translation>Kopplungscode Ihres Partners</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="123"/>
        <source>The words match on both screens</source>
        <translation>Die Wörter stimmen auf beiden Bildschirmen überein</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="125"/>
        <source>They don&apos;t match</source>
        <translation>Sie stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="143"/>
        <source>Compare the safety phrase</source>
        <translation>Sicherheitswörter vergleichen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="178"/>
        <source>You are already paired with this partner. Nothing changed.</source>
        <translation>Sie sind mit diesem Partner bereits gekoppelt. Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="181"/>
        <source>To compare the safety phrase again, choose Journal ▸ Safety phrase.</source>
        <translation>Um die Sicherheitswörter erneut zu vergleichen, wählen Sie Tagebuch ▸ Sicherheitswörter.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="187"/>
        <source>Working out the safety phrase…</source>
        <translation>Die Sicherheitswörter werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/pairing_dialog.py" line="220"/>
        <source>Then don&apos;t pair. Nothing was saved.</source>
        <translation>Dann koppeln Sie bitte nicht. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/presentation_view.py" line="26"/>
        <source>Presentation mode · read-only. Look through the timeline together; nothing can be added or changed here. Private entries are not shown.</source>
        <translation>Präsentationsmodus · nur zum Lesen. Sehen Sie sich die Zeitleiste gemeinsam an; hier kann nichts hinzugefügt oder geändert werden. Private Einträge werden nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/presentation_view.py" line="81"/>
        <source>Nothing shared has been logged yet.</source>
        <translation>Es wurde noch nichts Geteiltes eingetragen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/presentation_view.py" line="90"/>
        <source>No outcomes yet, so no trend yet.</source>
        <translation>Noch keine Ergebnisse, daher noch kein Trend.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/presentation_view.py" line="96"/>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/presentation_view.py" line="98"/>
        <source>Esc leaves presentation mode too.</source>
        <translation>Auch Esc beendet den Präsentationsmodus.</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="39"/>
        <source>What&apos;s the plan? Press Enter to add the time and place</source>
        <translation>Was ist geplant? Eingabetaste drücken, um Zeit und Ort hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="42"/>
        <source>Where are you now? e.g. Office</source>
        <translation>Wo sind Sie gerade? z. B. Büro</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="43"/>
        <source>What are you promising? Press Enter to say when</source>
        <translation>Was versprechen Sie? Eingabetaste drücken, um zu sagen, wann</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="46"/>
        <source>Something you&apos;re choosing to share openly</source>
        <translation>Etwas, das Sie von sich aus offen teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="49"/>
        <source>Something you&apos;re grateful for</source>
        <translation>Etwas, wofür Sie dankbar sind</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="50"/>
        <source>A note on a check-in or counselling</source>
        <translation>Eine Notiz zu einem Check-in oder zur Beratung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="51"/>
        <source>A contact you&apos;re telling about. Press Enter to say when it happened</source>
        <translation>Ein Kontakt, von dem Sie erzählen. Eingabetaste drücken, um zu sagen, wann es passiert ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="80"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="84"/>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="87"/>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="88"/>
        <source>Open the full form for this kind of entry</source>
        <translation>Das vollständige Formular für diese Art von Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="132"/>
        <source>At {place}</source>
        <translation>Ort: {place}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="133"/>
        <source>Check in now at {place}</source>
        <translation>Jetzt einen Check-in eintragen: {place}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="137"/>
        <source>Save as a place</source>
        <translation>Als Ort speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="139"/>
        <source>Keep what you typed as a saved place for one-click check-ins</source>
        <translation>Das Geschriebene als Ort speichern, für Check-ins mit einem Klick</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="151"/>
        <source>Type a few words first, then press Enter.</source>
        <translation>Schreiben Sie zuerst ein paar Worte und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="227"/>
        <source>Checked in at {place}, {time}. It&apos;s in your journal.</source>
        <translation>Eingecheckt: {place}, {time}. Es steht in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="230"/>
        <source>Saved at {time}. It&apos;s in your journal.</source>
        <translation>Gespeichert um {time}. Es steht in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/quick_log.py" line="242"/>
        <source>Type the place&apos;s name in the box first, then choose Save as a place.</source>
        <translation>Geben Sie zuerst den Namen des Ortes in das Feld ein und wählen Sie dann „Als Ort speichern“.</translation>
    </message>
</context>
<context>
    <name>ReadableCopyDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="38"/>
        <source>Take a readable copy</source>
        <translation>Lesbare Kopie anlegen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="42"/>
        <source>This copy is not encrypted. Anyone who can open these files can read every word in them. Keep them somewhere only you can reach, and delete them when you no longer need them.</source>
        <translation>Diese Kopie ist nicht verschlüsselt. Wer diese Dateien öffnen kann, kann jedes Wort darin lesen. Bewahren Sie sie dort auf, wo nur Sie hinkommen, und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="51"/>
        <source>Include my private entries</source>
        <translation>Meine privaten Einträge mitnehmen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="57"/>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="112"/>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="59"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="68"/>
        <source>Take your words with you</source>
        <translation>Nehmen Sie Ihre Worte mit</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="71"/>
        <source>A copy of your own entries that you can open without Rekindle: a page to read in any web browser, day by day, and the same entries as a JSON file. It is made only when you choose a folder, and nothing else in that folder is touched.</source>
        <translation>Eine Kopie Ihrer eigenen Einträge, die Sie ohne Rekindle öffnen können: eine Seite zum Lesen in jedem Webbrowser, Tag für Tag, und dieselben Einträge als JSON-Datei. Sie wird erst angelegt, wenn Sie einen Ordner wählen, und sonst wird in diesem Ordner nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="91"/>
        <source>Choose a folder for the readable copy</source>
        <translation>Ordner für die lesbare Kopie wählen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="99"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="120"/>
        <source>Your private entries are in it.</source>
        <translation>Ihre privaten Einträge sind darin.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="122"/>
        <source>Your private entries are not in it.</source>
        <translation>Ihre privaten Einträge sind nicht darin.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="125"/>
        <source>Saved in {folder}. Open {page} in any web browser to read it; {data} holds the same entries. {private}</source>
        <translation>Gespeichert in {folder}. Öffnen Sie {page} in einem Webbrowser, um sie zu lesen; {data} enthält dieselben Einträge. {private}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/readable_copy_dialog.py" line="137"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../rekindle_desktop/ui/recent_files.py" line="53"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/recent_files.py" line="68"/>
        <source>No files opened yet</source>
        <translation>Noch keine Dateien geöffnet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/recent_files.py" line="71"/>
        <source>Clear this list</source>
        <translation>Diese Liste leeren</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="33"/>
        <source>This desktop has no system tray, so reminders appear here, inside the window.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher erscheinen Erinnerungen hier im Fenster.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="67"/>
        <source>Rekindle</source>
        <translation>Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="69"/>
        <source>Open Rekindle</source>
        <translation>Rekindle öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="72"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="76"/>
        <source>Safety exit…</source>
        <translation>Sicherer Ausstieg…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="130"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="131"/>
        <source>Remind me, gently</source>
        <translation>Mich behutsam erinnern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="142"/>
        <source>Quiet from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="143"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reminders.py" line="149"/>
        <source>When a plan has ended, a promise is due, a check-in is near, or the agreement is up for review. At most once for each, never in quiet hours, and never with the words of your entries in them.</source>
        <translation>Wenn ein Plan vorbei ist, ein Versprechen fällig ist, ein Check-in bevorsteht oder es Zeit ist, die Vereinbarung wieder anzusehen. Höchstens einmal für jedes, nie in der Ruhezeit und nie mit den Worten Ihrer Einträge.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="31"/>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="69"/>
        <source>Reply to your partner</source>
        <translation>Ihrem Partner antworten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="34"/>
        <source>None marked yet.</source>
        <translation>Noch keine markiert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="39"/>
        <source>None waiting. You can ask on the Triggers and requests page.</source>
        <translation>Es wartet keine Bitte. Sie können auf der Seite „Momente und Bitten“ um etwas bitten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="44"/>
        <source>Anything for the next check-in, one per line</source>
        <translation>Alles für den nächsten Check-in, eins pro Zeile</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="45"/>
        <source>For the next check-in</source>
        <translation>Für den nächsten Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="50"/>
        <source>I agree to version {version} of our agreement, as we talked it through</source>
        <translation>Ich stimme Version {version} unserer Vereinbarung zu, so wie wir sie besprochen haben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="57"/>
        <source>Include how I feel (my latest Safety, Trust, Connection)</source>
        <translation>Mitteilen, wie es mir geht (meine letzten Werte für Sicherheit, Vertrauen, Verbundenheit)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="60"/>
        <source>Save the reply…</source>
        <translation>Antwort speichern…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="62"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="72"/>
        <source>It tells them you have read the first {count} entries, signed by you and readable only by the two of you. Your own notes stay with you; only those you marked as a question for the next check-in go with it.</source>
        <translation>Sie teilt mit, dass Sie die ersten {count} Einträge gelesen haben, von Ihnen signiert und nur für Sie beide lesbar. Ihre eigenen Notizen bleiben bei Ihnen; nur die, die Sie als Frage für den nächsten Check-in markiert haben, gehen mit.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="83"/>
        <source>Questions you marked for the next check-in</source>
        <translation>Fragen, die Sie für den nächsten Check-in markiert haben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="88"/>
        <source>Requests for your partner</source>
        <translation>Bitten an Ihren Partner</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="90"/>
        <source>Agenda items</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="111"/>
        <source>Save reply</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/reply_dialog.py" line="113"/>
        <source>Rekindle reply (*.rekindle-reply)</source>
        <translation>Rekindle-Antwort (*.rekindle-reply)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="49"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="50"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="51"/>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="52"/>
        <source>Disclosures</source>
        <translation>Offenlegungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="53"/>
        <source>Appreciation</source>
        <translation>Wertschätzung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="54"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="55"/>
        <source>Contact disclosures</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="59"/>
        <source>Consistency over time</source>
        <translation>Beständigkeit über die Zeit</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="60"/>
        <source>How plans and promises turned out</source>
        <translation>Wie Pläne und Versprechen ausgegangen sind</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="61"/>
        <source>The transparency agreement</source>
        <translation>Die Vereinbarung zur Transparenz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="62"/>
        <source>Selected entries</source>
        <translation>Ausgewählte Einträge</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="76"/>
        <source>Report for a counselling session</source>
        <translation>Bericht für eine Beratungssitzung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="83"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="84"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="111"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="112"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="116"/>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="118"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="127"/>
        <source>A report to bring to counselling</source>
        <translation>Ein Bericht, den Sie zur Beratung mitnehmen können</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="130"/>
        <source>A PDF of your partner&apos;s shared timeline, as you accepted it, for the days and parts you choose. It is made only when you press Save, and private entries are never in it. It shows that shared entries were not changed after they were shared; it cannot show that they are true.</source>
        <translation>Ein PDF der geteilten Zeitleiste Ihres Partners, so wie Sie sie angenommen haben, für die Tage und Teile, die Sie wählen. Es wird erst erstellt, wenn Sie auf Speichern drücken, und private Einträge sind nie darin. Es zeigt, dass geteilte Einträge nach dem Teilen nicht verändert wurden; es kann nicht zeigen, dass sie wahr sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="138"/>
        <source>A PDF of your own journal, for the days and parts you choose. It is made only when you press Save, and private entries are never in it. It shows that shared entries were not changed after they were shared; it cannot show that they are true.</source>
        <translation>Ein PDF Ihres eigenen Tagebuchs, für die Tage und Teile, die Sie wählen. Es wird erst erstellt, wenn Sie auf Speichern drücken, und private Einträge sind nie darin. Es zeigt, dass geteilte Einträge nach dem Teilen nicht verändert wurden; es kann nicht zeigen, dass sie wahr sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="149"/>
        <source>Include</source>
        <translation>Darin enthalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="184"/>
        <source>rekindle-report-{first}-to-{last}.pdf</source>
        <translation>rekindle-bericht-{first}-bis-{last}.pdf</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="189"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_dialog.py" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../rekindle_desktop/ui/report_pdf.py" line="233"/>
        <source>The report could not be saved to {file}: {reason}.</source>
        <translation>Der Bericht konnte nicht unter {file} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_pdf.py" line="236"/>
        <source>Nothing was changed, and any earlier file there is as it was. Choose another folder, or free some space and try again.</source>
        <translation>Es wurde nichts verändert, und eine frühere Datei dort ist noch, wie sie war. Wählen Sie einen anderen Ordner, oder schaffen Sie etwas Platz und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>RequestsCard</name>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="45"/>
        <source>Your partner would like some reassurance</source>
        <translation>Ihr Partner wünscht sich etwas Zuspruch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="48"/>
        <source>Your partner would like an answer</source>
        <translation>Ihr Partner wünscht sich eine Antwort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="49"/>
        <source>Your partner would like some space</source>
        <translation>Ihr Partner wünscht sich etwas Freiraum</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="50"/>
        <source>Your partner would like to talk at your next check-in</source>
        <translation>Ihr Partner möchte bei Ihrem nächsten Check-in darüber sprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="83"/>
        <source>All requests and answers…</source>
        <translation>Alle Bitten und Antworten…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="87"/>
        <source>Your partner asks</source>
        <translation>Worum Ihr Partner bittet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="108"/>
        <source>{would_like} (asked {when}):
“{text}”</source>
        <translation>{would_like} (gefragt am {when}):
„{text}“</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="114"/>
        <source>Answer…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="118"/>
        <source>At our next check-in</source>
        <translation>Bei unserem nächsten Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="120"/>
        <source>Puts it on the agenda, and tells your partner you&apos;d like to talk about it then</source>
        <translation>Nimmt es in die Themen auf und sagt Ihrem Partner, dass Sie dann gern darüber sprechen möchten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="142"/>
        <source>It&apos;s on the agenda for your next check-in. Your partner will see that in your next timeline file.</source>
        <translation>Es steht jetzt bei den Themen für Ihren nächsten Check-in. Ihr Partner sieht das in Ihrer nächsten Zeitleisten-Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="163"/>
        <source>Answer your partner</source>
        <translation>Auf die Bitte Ihres Partners antworten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="169"/>
        <source>In your own words</source>
        <translation>In Ihren eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="170"/>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="178"/>
        <source>Asked {when}: “{text}”</source>
        <translation>Gefragt am {when}: „{text}“</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="186"/>
        <source>Your answer goes into your journal and is shared in your next timeline file, with when you wrote it.</source>
        <translation>Ihre Antwort kommt in Ihr Tagebuch und wird mit Ihrer nächsten Zeitleisten-Datei geteilt, zusammen mit dem Zeitpunkt, zu dem Sie sie geschrieben haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="220"/>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="223"/>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="234"/>
        <source>Responsiveness: requests and answers</source>
        <translation>Bitten und Antworten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/requests_card.py" line="237"/>
        <source>How soon each request was met, in words. This is kept apart from the consistency trend.</source>
        <translation>Wie bald auf jede Bitte eingegangen wurde, in Worten. Das bleibt getrennt vom Trend der Beständigkeit.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="16"/>
        <source>Review mode · read-only. Nothing here can change your partner&apos;s record. An intact record shows entries weren&apos;t changed after they were shared; it can&apos;t show that they are true. That is for your conversations.</source>
        <translation>Durchsicht · nur zum Lesen. Nichts hier kann die Aufzeichnungen Ihres Partners verändern. Unversehrte Aufzeichnungen zeigen, dass Einträge nach dem Teilen nicht verändert wurden; sie können nicht zeigen, dass sie wahr sind. Dafür sind Ihre Gespräche da.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="64"/>
        <source>Next comes pairing with your partner, so that the timeline file they share can only be opened here and you can be sure it comes from them. Then you&apos;ll open their timeline file and look through it in your own time, with nothing to change or approve.</source>
        <translation>Als Nächstes koppeln Sie sich mit Ihrem Partner, damit die Zeitleisten-Datei, die er teilt, nur hier geöffnet werden kann und Sie sicher sein können, dass sie von ihm kommt. Danach öffnen Sie seine Zeitleisten-Datei und sehen sie in Ihrem eigenen Tempo durch, ohne etwas ändern oder genehmigen zu müssen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="71"/>
        <source>You&apos;re paired. When your partner shares a timeline file with you, open it here. Rekindle checks it is really from them and that it extends what you saw before.</source>
        <translation>Sie sind gekoppelt. Wenn Ihr Partner eine Zeitleisten-Datei mit Ihnen teilt, öffnen Sie sie hier. Rekindle prüft, dass sie wirklich von Ihrem Partner kommt und an das anschließt, was Sie vorher gesehen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="102"/>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="100"/>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="251"/>
        <source>Pair with your partner…</source>
        <translation>Mit Ihrem Partner koppeln…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="124"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="189"/>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="102"/>
        <source>Open a timeline file…</source>
        <translation>Eine Zeitleisten-Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="134"/>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="104"/>
        <source>Reply to your partner…</source>
        <translation>Ihrem Partner antworten…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="147"/>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="112"/>
        <source>Stop reviewing…</source>
        <translation>Durchsicht beenden…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="106"/>
        <source>Tell them what you have read, with questions or requests if you like</source>
        <translation>Sagen Sie, was Sie gelesen haben, auf Wunsch mit Fragen oder Bitten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="114"/>
        <source>End reviewing now, on your own; what you reviewed stays</source>
        <translation>Die Durchsicht jetzt von sich aus beenden; was Sie durchgesehen haben, bleibt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="123"/>
        <source>Everything you reviewed stays here, read-only, for as long as you want it, and so do your own notes. If you both want to share again one day, you can pair again.</source>
        <translation>Alles, was Sie durchgesehen haben, bleibt hier, nur zum Lesen, so lange Sie möchten, und ebenso Ihre eigenen Notizen. Wenn Sie beide eines Tages wieder teilen möchten, können Sie erneut koppeln.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="133"/>
        <source>Hide this summary</source>
        <translation>Diese Zusammenfassung ausblenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="137"/>
        <source>Since your last review</source>
        <translation>Seit Ihrer letzten Durchsicht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="144"/>
        <source>The details are in the timeline below, marked “new since your last review”. Take them in your own time.</source>
        <translation>Die Einzelheiten stehen unten in der Zeitleiste, markiert mit „neu seit Ihrer letzten Durchsicht“. Sehen Sie sie in Ihrem eigenen Tempo an.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="156"/>
        <source>How often you look</source>
        <translation>Wie oft Sie hineinsehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="158"/>
        <source>I look whenever I like</source>
        <translation>Ich sehe hinein, wann ich möchte</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="159"/>
        <source>I look at most once a day</source>
        <translation>Ich sehe höchstens einmal am Tag hinein</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="160"/>
        <source>I look every 3 days</source>
        <translation>Ich sehe alle 3 Tage hinein</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="161"/>
        <source>I look once a week</source>
        <translation>Ich sehe einmal pro Woche hinein</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="165"/>
        <source>Your own rhythm. Opening a file sooner is never blocked; Rekindle only says so, kindly.</source>
        <translation>Ihr eigener Rhythmus. Eine Datei früher zu öffnen, wird nie verhindert; Rekindle weist nur freundlich darauf hin.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="183"/>
        <source>The trend appears once you have reviewed a file.</source>
        <translation>Der Trend erscheint, sobald Sie eine Datei durchgesehen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="186"/>
        <source>Your own note</source>
        <translation>Ihre eigene Notiz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="188"/>
        <source>A feeling, a trigger, a question…</source>
        <translation>Ein Gefühl, ein Auslöser, eine Frage…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="191"/>
        <source>A question for our next check-in</source>
        <translation>Eine Frage für unseren nächsten Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="192"/>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="207"/>
        <source>Your own notes</source>
        <translation>Ihre eigenen Notizen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="195"/>
        <source>Keep this note</source>
        <translation>Diese Notiz behalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="209"/>
        <source>Only on this computer. Your partner never sees them.</source>
        <translation>Nur auf diesem Computer. Ihr Partner sieht sie nie.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="249"/>
        <source>Pair again…</source>
        <translation>Erneut koppeln…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="262"/>
        <source>Not paired yet</source>
        <translation>Noch nicht gekoppelt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="265"/>
        <source>Nothing reviewed yet</source>
        <translation>Noch nichts durchgesehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="269"/>
        <source>{count} entries reviewed · {new} new since your last review</source>
        <translation>{count} Einträge durchgesehen · {new} neu seit Ihrer letzten Durchsicht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="275"/>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="318"/>
        <source>{count} entries reviewed</source>
        <translation>{count} Einträge durchgesehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="297"/>
        <source>Sharing has ended</source>
        <translation>Das Teilen ist beendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="299"/>
        <source>Your partner stopped sharing on {day}.</source>
        <translation>Ihr Partner hat das Teilen am {day} beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="304"/>
        <source>In their words: “{words}”</source>
        <translation>In den Worten Ihres Partners: „{words}“</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="309"/>
        <source>You have stopped reviewing</source>
        <translation>Sie haben die Durchsicht beendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="311"/>
        <source>You stopped reviewing on {day}.</source>
        <translation>Sie haben die Durchsicht am {day} beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="354"/>
        <source>Your earlier pairing…</source>
        <translation>Ihre frühere Kopplung…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="356"/>
        <source>What you accepted before, kept as it was (read-only)</source>
        <translation>Was Sie früher angenommen haben, aufbewahrt, wie es war (nur zum Lesen)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="379"/>
        <source>Question · {note}</source>
        <translation>Frage · {note}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="392"/>
        <source>Open a timeline file</source>
        <translation>Eine Zeitleisten-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="394"/>
        <source>Rekindle timeline (*.rekindle);;All files (*)</source>
        <translation>Rekindle-Zeitleiste (*.rekindle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="428"/>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="490"/>
        <source>This is a conflict copy: your sync tool kept it when the file changed on both computers at once. Rekindle doesn&apos;t watch copies like this; it watches the file without “conflict” in its name.</source>
        <translation>Dies ist eine Konfliktkopie: Ihr Sync-Programm hat sie behalten, als sich die Datei auf beiden Computern zugleich geändert hat. Rekindle beobachtet solche Kopien nicht, sondern die Datei ohne „conflict“ im Namen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="499"/>
        <source>Beside this file, your sync tool kept a conflict copy ({copy}) from a time the file changed on both computers at once. Rekindle looks only at {file}, so the copy is safe to delete.</source>
        <translation>Neben dieser Datei hat Ihr Sync-Programm eine Konfliktkopie ({copy}) behalten, aus einer Zeit, in der sich die Datei auf beiden Computern zugleich geändert hat. Rekindle sieht nur auf {file}, die Kopie können Sie also ruhig löschen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/review_view.py" line="515"/>
        <source>Your partner&apos;s timeline file was updated. {message}</source>
        <translation>Die Zeitleisten-Datei Ihres Partners wurde aktualisiert. {message}</translation>
    </message>
</context>
<context>
    <name>SafetyExit</name>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="44"/>
        <source>Safety exit</source>
        <translation>Sicherer Ausstieg</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="54"/>
        <source>Stop sharing now</source>
        <translation>Teilen jetzt beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="55"/>
        <source>No more timeline files for your partner. Nothing is written or sent, so Rekindle won&apos;t tell them. Your journal stays as it is.</source>
        <translation>Keine Zeitleisten-Dateien mehr für Ihren Partner. Es wird nichts geschrieben oder gesendet, Rekindle sagt Ihrem Partner also nichts. Ihr Tagebuch bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="64"/>
        <source>Stop reviewing now</source>
        <translation>Durchsicht jetzt beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="65"/>
        <source>Your partner&apos;s files are no longer opened here. Nothing is sent. What you reviewed stays, read-only.</source>
        <translation>Dateien Ihres Partners werden hier nicht mehr geöffnet. Es wird nichts gesendet. Was Sie durchgesehen haben, bleibt, nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="74"/>
        <source>Hide from the tray</source>
        <translation>Im Infobereich ausblenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="75"/>
        <source>Rekindle&apos;s icon leaves the system tray. Reminders stay inside the window.</source>
        <translation>Das Symbol von Rekindle verschwindet aus dem Infobereich. Erinnerungen erscheinen dann nur im Fenster.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="83"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="84"/>
        <source>Hides everything at once; your passphrase opens it again. Ctrl+L does this from anywhere in Rekindle.</source>
        <translation>Verbirgt sofort alles; Ihre Passphrase öffnet es wieder. Strg+L tut das überall in Rekindle.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="92"/>
        <source>Do all of these now</source>
        <translation>Alles davon jetzt tun</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="100"/>
        <source>If you need to stop, you can, now.</source>
        <translation>Wenn Sie aufhören müssen, können Sie das jetzt tun.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="103"/>
        <source>Each of these works at once, on its own, and needs no one&apos;s agreement. None of them sends anything or tells anyone.</source>
        <translation>Jeder Schritt wirkt sofort, für sich allein, und braucht niemandes Zustimmung. Keiner davon sendet etwas oder sagt jemandem Bescheid.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="113"/>
        <source>Where to find help</source>
        <translation>Wo Sie Hilfe finden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="147"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_exit.py" line="154"/>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
</context>
<context>
    <name>SafetyPhraseDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="30"/>
        <source>Working out the words…</source>
        <translation>Die Wörter werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="34"/>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="45"/>
        <source>Safety phrase</source>
        <translation>Sicherheitswörter</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="51"/>
        <source>Compare the safety phrase</source>
        <translation>Sicherheitswörter vergleichen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="67"/>
        <source>You haven&apos;t paired with your partner yet. When you pair, Rekindle shows the safety phrase for you to compare together.</source>
        <translation>Sie sind noch nicht mit Ihrem Partner gekoppelt. Beim Koppeln zeigt Rekindle die Sicherheitswörter, damit Sie sie gemeinsam vergleichen können.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="85"/>
        <source>Open this at the same time as your partner, each on your own computer, sitting together or on the phone, and read the words aloud to each other. If every word is the same, in the same order, your Rekindles are still paired with each other and nobody in between.</source>
        <translation>Öffnen Sie dies gleichzeitig mit Ihrem Partner, jeder an seinem eigenen Computer, zusammen oder am Telefon, und lesen Sie sich die Wörter gegenseitig laut vor. Wenn jedes Wort gleich ist, in derselben Reihenfolge, sind Ihre beiden Rekindles noch miteinander gekoppelt, ohne jemanden dazwischen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="99"/>
        <source>If you paired with an earlier version of Rekindle, these words are longer than the ones you compared then. That is expected: what matters is that both screens show the same words now.</source>
        <translation>Wenn Sie mit einer früheren Version von Rekindle gekoppelt haben, sind es jetzt mehr Wörter als die, die Sie damals verglichen haben. Das ist so vorgesehen: Wichtig ist, dass jetzt auf beiden Bildschirmen dieselben Wörter stehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="110"/>
        <source>If any word differs, first check that you both have the latest Rekindle. If they still differ, stop exchanging timeline files for now and talk in person before doing anything else.</source>
        <translation>Wenn ein Wort abweicht, prüfen Sie zuerst, ob Sie beide das neueste Rekindle haben. Wenn die Wörter dann noch abweichen, tauschen Sie vorerst keine Zeitleisten-Dateien mehr aus und sprechen Sie persönlich miteinander, bevor Sie etwas anderes tun.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="122"/>
        <source>Your partner (you share both ways)</source>
        <translation>Ihr Partner (Sie teilen gegenseitig)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="124"/>
        <source>Your partner, who reviews your timeline</source>
        <translation>Ihr Partner, der Ihre Zeitleiste durchsieht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/safety_phrase_dialog.py" line="125"/>
        <source>Your partner, whose timeline you review</source>
        <translation>Ihr Partner, dessen Zeitleiste Sie durchsehen</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="24"/>
        <source>A plan can&apos;t end before it starts. Check the two times.</source>
        <translation>Ein Plan kann nicht enden, bevor er beginnt. Prüfen Sie die beiden Uhrzeiten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="27"/>
        <source>Say what the note is about: a check-in talk, counselling, or else.</source>
        <translation>Sagen Sie, worum es in der Notiz geht: ein Check-in-Gespräch, Beratung oder etwas anderes.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="30"/>
        <source>Only notes say what they are about.</source>
        <translation>Nur Notizen sagen, worum es in ihnen geht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="31"/>
        <source>A pause can&apos;t end before it starts.</source>
        <translation>Eine Pause kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="32"/>
        <source>Check-ins can be from every day to once a year.</source>
        <translation>Check-ins können von täglich bis einmal im Jahr stattfinden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="33"/>
        <source>An answer is to one of your partner&apos;s requests.</source>
        <translation>Eine Antwort gehört zu einer der Bitten Ihres Partners.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="34"/>
        <source>The agreement ends before the day you look at it again. Choose an end on or after that day.</source>
        <translation>Die Vereinbarung endet vor dem Tag, an dem Sie sie wieder ansehen. Wählen Sie ein Ende an oder nach diesem Tag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="39"/>
        <source>A step is after 1 to 520 weeks, with a trend from 0 to 100.</source>
        <translation>Ein Schritt kommt nach 1 bis 520 Wochen, mit einem Trend von 0 bis 100.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="43"/>
        <source>How strong it was is a step from 1 to 5.</source>
        <translation>Wie stark es war, ist eine Stufe von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="45"/>
        <source>Free some space or check the folder&apos;s permissions, then try again. Nothing already saved was changed.</source>
        <translation>Schaffen Sie Platz oder prüfen Sie die Berechtigungen des Ordners und versuchen Sie es dann noch einmal. Bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="50"/>
        <source>Open it instead, or choose an empty folder for a new one.</source>
        <translation>Öffnen Sie stattdessen dieses, oder wählen Sie einen leeren Ordner für ein neues.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="53"/>
        <source>That passphrase doesn&apos;t open this journal.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="54"/>
        <source>Check Caps Lock and try again. If it&apos;s lost, your recovery code can open it.</source>
        <translation>Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal. Falls die Passphrase verloren ist, kann Ihr Wiederherstellungscode das Tagebuch öffnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="58"/>
        <source>This journal has no recovery code slot.</source>
        <translation>Dieses Tagebuch hat keinen Platz für einen Wiederherstellungscode.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="59"/>
        <source>Unlock it with your passphrase instead.</source>
        <translation>Entsperren Sie es stattdessen mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="60"/>
        <source>That recovery code doesn&apos;t open this journal.</source>
        <translation>Dieser Wiederherstellungscode öffnet dieses Tagebuch nicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="61"/>
        <source>Check each group of characters against your saved copy and try again.</source>
        <translation>Vergleichen Sie jede Zeichengruppe mit Ihrer aufbewahrten Abschrift und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="64"/>
        <source>This journal is not remembered on this computer.</source>
        <translation>Dieses Tagebuch ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="65"/>
        <source>Unlock it with your passphrase.</source>
        <translation>Entsperren Sie es mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="66"/>
        <source>The keyring this journal was remembered in is not the one available now.</source>
        <translation>Der Schlüsselbund, in dem dieses Tagebuch gespeichert wurde, ist nicht der, der jetzt verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="70"/>
        <source>Unlock with your passphrase; you can choose to remember it again afterwards.</source>
        <translation>Entsperren Sie mit Ihrer Passphrase; danach können Sie wählen, es wieder zu speichern.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="74"/>
        <source>This computer&apos;s keyring no longer holds the key to this journal.</source>
        <translation>Der Schlüsselbund dieses Computers enthält den Schlüssel zu diesem Tagebuch nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="77"/>
        <source>The keyring that remembered this journal is not the one available now.</source>
        <translation>Der Schlüsselbund, in dem dieses Tagebuch gespeichert wurde, ist nicht der, der jetzt verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="80"/>
        <source>Your passphrase still works.</source>
        <translation>Ihre Passphrase funktioniert weiterhin.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="82"/>
        <source>Free some space or choose another folder, then try again. Your journal and any earlier backup there are unchanged.</source>
        <translation>Schaffen Sie Platz oder wählen Sie einen anderen Ordner und versuchen Sie es dann noch einmal. Ihr Tagebuch und eine frühere Sicherung dort sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="87"/>
        <source>This backup is damaged or incomplete, so it can&apos;t be restored.</source>
        <translation>Diese Sicherung ist beschädigt oder unvollständig, deshalb lässt sie sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="90"/>
        <source>Nothing was changed. Try another copy of the backup, if you have one.</source>
        <translation>Es wurde nichts verändert. Versuchen Sie eine andere Kopie der Sicherung, falls Sie eine haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="93"/>
        <source>Choose a file name for the backup.</source>
        <translation>Wählen Sie einen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="94"/>
        <source>The key file in the journal&apos;s folder can&apos;t be read, or is another journal&apos;s.</source>
        <translation>Die Schlüsseldatei im Ordner des Tagebuchs lässt sich nicht lesen oder gehört zu einem anderen Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="98"/>
        <source>Nothing was written. Check the journal&apos;s folder.</source>
        <translation>Es wurde nichts geschrieben. Prüfen Sie den Ordner des Tagebuchs.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="99"/>
        <source>Your journal changed while the backup was being made.</source>
        <translation>Ihr Tagebuch hat sich geändert, während die Sicherung angelegt wurde.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="100"/>
        <source>Nothing was written. Make the backup again.</source>
        <translation>Es wurde nichts geschrieben. Legen Sie die Sicherung noch einmal an.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="101"/>
        <source>This file is far larger than any Rekindle backup.</source>
        <translation>Diese Datei ist viel größer als jede Rekindle-Sicherung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="102"/>
        <source>This isn&apos;t a Rekindle backup.</source>
        <translation>Dies ist keine Rekindle-Sicherung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="103"/>
        <source>Choose a file that ends in .rekindle-backup.</source>
        <translation>Wählen Sie eine Datei, die auf .rekindle-backup endet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="104"/>
        <source>This backup was made by a newer version of Rekindle.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Rekindle angelegt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="105"/>
        <source>Install the newer version to restore it.</source>
        <translation>Installieren Sie die neuere Version, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="106"/>
        <source>Choose a folder to restore the backup into.</source>
        <translation>Wählen Sie einen Ordner, in den die Sicherung wiederhergestellt wird.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="107"/>
        <source>Check that the journal&apos;s folder is available, then try again.</source>
        <translation>Prüfen Sie, ob der Ordner des Tagebuchs erreichbar ist, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="110"/>
        <source>Make the backup again, perhaps on another disk.</source>
        <translation>Legen Sie die Sicherung noch einmal an, vielleicht auf einem anderen Laufwerk.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="111"/>
        <source>The copy of your journal did not check out, so no backup was written.</source>
        <translation>Die Kopie Ihres Tagebuchs hat die Prüfung nicht bestanden, deshalb wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="114"/>
        <source>Try again. If it happens again, your disk may be failing.</source>
        <translation>Versuchen Sie es noch einmal. Wenn es wieder passiert, hat Ihr Laufwerk vielleicht einen Defekt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="117"/>
        <source>This backup holds a journal from a newer version of Rekindle.</source>
        <translation>Diese Sicherung enthält ein Tagebuch aus einer neueren Version von Rekindle.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="120"/>
        <source>Check the file name and that the disk it is on is available.</source>
        <translation>Prüfen Sie den Dateinamen und ob das Laufwerk, auf dem die Datei liegt, erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="123"/>
        <source>Nothing was changed. Restore into an empty folder, or next to this journal.</source>
        <translation>Es wurde nichts verändert. Stellen Sie in einen leeren Ordner wieder her oder neben dieses Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="127"/>
        <source>Free some space or choose another folder, then try again. Nothing was changed.</source>
        <translation>Schaffen Sie Platz oder wählen Sie einen anderen Ordner und versuchen Sie es dann noch einmal. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="132"/>
        <source>Write the agenda item first.</source>
        <translation>Schreiben Sie zuerst das Thema.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="133"/>
        <source>That agenda item is very long; please shorten it.</source>
        <translation>Dieses Thema ist sehr lang; bitte kürzen Sie es.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="134"/>
        <source>Those notes are very long; please split them.</source>
        <translation>Diese Notizen sind sehr lang; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="136"/>
        <source>Your journal is just as it was.</source>
        <translation>Ihr Tagebuch ist genau so, wie es war.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="137"/>
        <source>Unlock your journal first: only the person who can open it may delete it.</source>
        <translation>Entsperren Sie zuerst Ihr Tagebuch: Nur wer es öffnen kann, darf es löschen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="141"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="142"/>
        <source>Nothing was deleted. Open the journal you mean to delete, then try again.</source>
        <translation>Es wurde nichts gelöscht. Öffnen Sie das Tagebuch, das Sie löschen möchten, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="147"/>
        <source>Nothing was changed. The demo needs a new or empty folder of its own.</source>
        <translation>Es wurde nichts verändert. Die Demo braucht einen eigenen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="151"/>
        <source>The journal could not be written to just now, so nothing was kept.</source>
        <translation>In das Tagebuch konnte gerade nicht geschrieben werden, deshalb wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="154"/>
        <source>Your journal is unchanged.</source>
        <translation>Ihr Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="156"/>
        <source>Only what was written by hand can be corrected.</source>
        <translation>Nur was von Hand geschrieben wurde, kann korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="157"/>
        <source>A saved place needs a name.</source>
        <translation>Ein gespeicherter Ort braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="158"/>
        <source>Add a new entry instead.</source>
        <translation>Legen Sie stattdessen einen neuen Eintrag an.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="159"/>
        <source>A plan has one outcome, not one per day.</source>
        <translation>Ein Plan hat ein Ergebnis, nicht eines pro Tag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="160"/>
        <source>Only plans and promises have outcomes.</source>
        <translation>Nur Pläne und Versprechen haben Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="161"/>
        <source>Say which day of the promise this outcome is for.</source>
        <translation>Sagen Sie, für welchen Tag des Versprechens dieses Ergebnis gilt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="162"/>
        <source>Choose one of the days it falls on.</source>
        <translation>Wählen Sie einen der Tage, auf die es fällt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="164"/>
        <source>Free some space or choose another folder you can write to, then try again. Your journal is unchanged.</source>
        <translation>Schaffen Sie Platz oder wählen Sie einen anderen Ordner, in den Sie schreiben können, und versuchen Sie es dann noch einmal. Ihr Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="169"/>
        <source>Choose a folder for the readable copy.</source>
        <translation>Wählen Sie einen Ordner für die lesbare Kopie.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="170"/>
        <source>Choose another folder, or an empty one. Rekindle never replaces files it did not write.</source>
        <translation>Wählen Sie einen anderen oder einen leeren Ordner. Rekindle ersetzt nie Dateien, die es nicht selbst geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="176"/>
        <source>There is nothing to reply to yet.</source>
        <translation>Es gibt noch nichts, worauf Sie antworten könnten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="177"/>
        <source>Open your partner&apos;s timeline file first; a reply says how far you have read.</source>
        <translation>Öffnen Sie zuerst die Zeitleisten-Datei Ihres Partners; eine Antwort sagt, wie weit Sie gelesen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="181"/>
        <source>This is a reply file, but this journal isn&apos;t paired with a reviewer, so it can&apos;t be opened here.</source>
        <translation>Dies ist eine Antwortdatei, aber dieses Tagebuch ist mit niemandem zum Durchsehen gekoppelt, deshalb lässt sie sich hier nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="186"/>
        <source>Nothing was changed. If it is from your partner, pair with them first.</source>
        <translation>Es wurde nichts verändert. Wenn sie von Ihrem Partner ist, koppeln Sie sich zuerst mit ihm.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="189"/>
        <source>This reply was changed after it was signed.</source>
        <translation>Diese Antwort wurde verändert, nachdem sie unterschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="190"/>
        <source>This reply&apos;s contents can&apos;t be read.</source>
        <translation>Der Inhalt dieser Antwort lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="191"/>
        <source>This reply is about a timeline this journal didn&apos;t share.</source>
        <translation>Diese Antwort bezieht sich auf eine Zeitleiste, die dieses Tagebuch nicht geteilt hat.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="194"/>
        <source>Nothing was changed. It may belong to another journal.</source>
        <translation>Es wurde nichts verändert. Vielleicht gehört sie zu einem anderen Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="195"/>
        <source>Check the folder and free space, then try again.</source>
        <translation>Prüfen Sie den Ordner und den freien Speicherplatz und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="196"/>
        <source>This is a reply from your partner. Sharing with them has ended, so it wasn&apos;t opened.</source>
        <translation>Dies ist eine Antwort Ihres Partners. Das Teilen mit ihm ist beendet, deshalb wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="200"/>
        <source>Nothing was changed. If you both want to share again one day, pair again together, in person.</source>
        <translation>Es wurde nichts verändert. Wenn Sie beide eines Tages wieder teilen möchten, koppeln Sie sich gemeinsam neu, persönlich.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="205"/>
        <source>This reply isn&apos;t signed by the partner you paired with, or was changed.</source>
        <translation>Diese Antwort ist nicht von dem Partner unterschrieben, mit dem Sie gekoppelt sind, oder sie wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="210"/>
        <source>There is nothing reviewed to report on yet.</source>
        <translation>Es wurde noch nichts durchgesehen, worüber berichtet werden könnte.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="211"/>
        <source>Open your partner&apos;s timeline file in review mode first.</source>
        <translation>Öffnen Sie zuerst die Zeitleisten-Datei Ihres Partners zum Durchsehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="214"/>
        <source>Choose at least one part to include in the report.</source>
        <translation>Wählen Sie mindestens einen Teil für den Bericht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="215"/>
        <source>The report starts after it ends.</source>
        <translation>Der Bericht beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="216"/>
        <source>Choose a first day on or before the last day.</source>
        <translation>Wählen Sie einen ersten Tag, der am oder vor dem letzten Tag liegt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="218"/>
        <source>Nothing was kept; change it and try again.</source>
        <translation>Es wurde nichts gespeichert; ändern Sie es und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="219"/>
        <source>See the requests with `rekindle requests`, or on your journal page.</source>
        <translation>Die Bitten sehen Sie mit `rekindle requests` oder auf Ihrer Tagebuchseite.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="223"/>
        <source>That is this journal&apos;s own pairing code.</source>
        <translation>Das ist der eigene Kopplungscode dieses Tagebuchs.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="224"/>
        <source>Use the code from your partner&apos;s Rekindle instead.</source>
        <translation>Verwenden Sie stattdessen den Code aus dem Rekindle Ihres Partners.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="225"/>
        <source>If you both want to go on, write the next version together (Agreement…); then files can be shared again.</source>
        <translation>Wenn Sie beide weitermachen möchten, schreiben Sie gemeinsam die nächste Version („Vereinbarung…“); dann können wieder Dateien geteilt werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="230"/>
        <source>There is no reviewer to make a timeline file for yet.</source>
        <translation>Es gibt noch niemanden, der durchsieht und für den eine Zeitleisten-Datei erstellt werden könnte.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="231"/>
        <source>Pair with your partner first: exchange pairing codes and compare the safety phrase.</source>
        <translation>Koppeln Sie sich zuerst mit Ihrem Partner: Tauschen Sie Kopplungscodes aus und vergleichen Sie die Sicherheitswörter.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="235"/>
        <source>The timeline file did not read back as written.</source>
        <translation>Die Zeitleisten-Datei ließ sich nicht so zurücklesen, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="236"/>
        <source>Export again, perhaps to another folder or disk.</source>
        <translation>Exportieren Sie noch einmal, vielleicht in einen anderen Ordner oder auf ein anderes Laufwerk.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="237"/>
        <source>This journal isn&apos;t paired with a sharer yet.</source>
        <translation>Dieses Tagebuch ist noch mit niemandem gekoppelt, der teilt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="238"/>
        <source>Pair first: exchange pairing codes and compare the safety phrase in person.</source>
        <translation>Koppeln Sie sich zuerst: Tauschen Sie Kopplungscodes aus und vergleichen Sie die Sicherheitswörter persönlich.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="242"/>
        <source>You stopped reviewing, so this journal isn&apos;t paired with a sharer any more.</source>
        <translation>Sie haben das Durchsehen beendet, deshalb ist dieses Tagebuch mit niemandem mehr gekoppelt, der teilt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="246"/>
        <source>Nothing was changed. What you reviewed before is kept. To review again, pair again together, in person.</source>
        <translation>Es wurde nichts verändert. Was Sie früher durchgesehen haben, bleibt erhalten. Um wieder durchzusehen, koppeln Sie sich gemeinsam neu, persönlich.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="251"/>
        <source>Write a few words first.</source>
        <translation>Schreiben Sie zuerst ein paar Worte.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="252"/>
        <source>That note is very long; please split it.</source>
        <translation>Diese Notiz ist sehr lang; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="253"/>
        <source>Ask your partner to copy their code again.</source>
        <translation>Bitten Sie Ihren Partner, den Code noch einmal zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="254"/>
        <source>Sharing has ended: this journal isn&apos;t paired with a reviewer any more.</source>
        <translation>Das Teilen ist beendet: Dieses Tagebuch ist mit niemandem mehr zum Durchsehen gekoppelt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="257"/>
        <source>To share again, pair again together: Pair again and share… on your page.</source>
        <translation>Um wieder zu teilen, koppeln Sie sich gemeinsam neu: „Erneut koppeln und teilen…“ auf Ihrer Seite.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="261"/>
        <source>Check the folder and free space, then export again. Any earlier file there is unchanged.</source>
        <translation>Prüfen Sie den Ordner und den freien Speicherplatz und exportieren Sie dann noch einmal. Eine frühere Datei dort ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="266"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="267"/>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder schaffen Sie Platz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="271"/>
        <source>You aren&apos;t sharing with anyone at the moment.</source>
        <translation>Sie teilen im Moment mit niemandem.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="272"/>
        <source>Nothing changed.</source>
        <translation>Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="273"/>
        <source>You aren&apos;t reviewing anyone&apos;s timeline at the moment.</source>
        <translation>Sie sehen im Moment keine Zeitleiste durch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="274"/>
        <source>Keep the last message short; nothing was changed.</source>
        <translation>Halten Sie die letzte Nachricht kurz; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="276"/>
        <source>There isn&apos;t enough free disk space to save this, so nothing was saved.</source>
        <translation>Es ist nicht genug Speicherplatz frei, um dies zu speichern, deshalb wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="279"/>
        <source>Your journal is unchanged. Free some space on this computer, then try again.</source>
        <translation>Ihr Tagebuch ist unverändert. Schaffen Sie Platz auf diesem Computer und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="283"/>
        <source>Rekindle can&apos;t write to your journal&apos;s folder any more, so this wasn&apos;t saved.</source>
        <translation>Rekindle kann nicht mehr in den Ordner Ihres Tagebuchs schreiben, deshalb wurde dies nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="287"/>
        <source>Check that the disk is connected and that you may write there, then open Rekindle again. Nothing already saved was changed.</source>
        <translation>Prüfen Sie, ob das Laufwerk verbunden ist und Sie dort schreiben dürfen, und öffnen Sie Rekindle dann noch einmal. Bereits Gespeichertes wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="293"/>
        <source>Your other entries are safe. Please report this; a backup can restore it.</source>
        <translation>Ihre anderen Einträge sind sicher. Bitte melden Sie das; eine Sicherung kann es wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="298"/>
        <source>The key file and the database in this folder belong to different journals.</source>
        <translation>Die Schlüsseldatei und die Datenbank in diesem Ordner gehören zu verschiedenen Tagebüchern.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="302"/>
        <source>The journal&apos;s key file is here, but its database is missing.</source>
        <translation>Die Schlüsseldatei des Tagebuchs ist da, aber seine Datenbank fehlt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="305"/>
        <source>Restore the folder from a backup, or check whether journal.db was moved.</source>
        <translation>Stellen Sie den Ordner aus einer Sicherung wieder her, oder prüfen Sie, ob journal.db verschoben wurde.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="309"/>
        <source>This journal was last used by a newer version of Rekindle.</source>
        <translation>Dieses Tagebuch wurde zuletzt mit einer neueren Version von Rekindle benutzt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="312"/>
        <source>Rekindle could unlock this journal, but its database is damaged.</source>
        <translation>Rekindle konnte dieses Tagebuch entsperren, aber seine Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="315"/>
        <source>Check the folder, or set up a new journal.</source>
        <translation>Prüfen Sie den Ordner oder richten Sie ein neues Tagebuch ein.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="316"/>
        <source>Check that the folder is available and readable, then try again.</source>
        <translation>Prüfen Sie, ob der Ordner erreichbar und lesbar ist, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="319"/>
        <source>This journal was set up by a newer version of Rekindle.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Rekindle eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="322"/>
        <source>The journal&apos;s key file is damaged, so it cannot be unlocked here.</source>
        <translation>Die Schlüsseldatei des Tagebuchs ist beschädigt, deshalb lässt es sich hier nicht entsperren.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="326"/>
        <source>That is much longer than a pairing code.</source>
        <translation>Das ist viel länger als ein Kopplungscode.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="327"/>
        <source>That doesn&apos;t look like a Rekindle pairing code.</source>
        <translation>Das sieht nicht wie ein Rekindle-Kopplungscode aus.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="328"/>
        <source>Part of the pairing code is missing or mistyped. Copy it again in full.</source>
        <translation>Ein Teil des Kopplungscodes fehlt oder ist vertippt. Kopieren Sie ihn noch einmal vollständig.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="332"/>
        <source>The keys in that pairing code can&apos;t be read.</source>
        <translation>Die Schlüssel in diesem Kopplungscode lassen sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="334"/>
        <source>The keyring on this computer is locked.</source>
        <translation>Der Schlüsselbund auf diesem Computer ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="335"/>
        <source>The keyring on this computer refused to save.</source>
        <translation>Der Schlüsselbund auf diesem Computer hat das Speichern abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="336"/>
        <source>The keyring on this computer could not be read.</source>
        <translation>Der Schlüsselbund auf diesem Computer ließ sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="337"/>
        <source>The keyring on this computer could not be changed.</source>
        <translation>Der Schlüsselbund auf diesem Computer ließ sich nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="338"/>
        <source>The keyring chosen for this computer keeps secrets without strong encryption, so Rekindle will not use it.</source>
        <translation>Der für diesen Computer gewählte Schlüsselbund bewahrt Geheimnisse ohne starke Verschlüsselung auf, deshalb verwendet Rekindle ihn nicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="343"/>
        <source>No secure keyring is available on this computer right now.</source>
        <translation>Auf diesem Computer ist gerade kein sicherer Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="347"/>
        <source>The keyring set up for this computer could not be loaded.</source>
        <translation>Der für diesen Computer eingerichtete Schlüsselbund ließ sich nicht laden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="352"/>
        <source>its signed part is malformed</source>
        <translation>ihr signierter Teil ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="353"/>
        <source>it continues a different record</source>
        <translation>sie setzt andere Aufzeichnungen fort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="354"/>
        <source>it is signed by another key</source>
        <translation>sie ist mit einem anderen Schlüssel signiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="355"/>
        <source>its signature does not match</source>
        <translation>ihre Signatur passt nicht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="356"/>
        <source>it doesn&apos;t hold the entries it was signed for</source>
        <translation>sie enthält nicht die Einträge, für die sie signiert wurde</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="357"/>
        <source>its entries don&apos;t match what was signed</source>
        <translation>ihre Einträge passen nicht zu dem, was signiert wurde</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="358"/>
        <source>it is an older file</source>
        <translation>es ist eine ältere Datei</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="359"/>
        <source>part of what you reviewed is different in it</source>
        <translation>ein Teil dessen, was Sie durchgesehen haben, ist darin anders</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="360"/>
        <source>it goes on after sharing ended</source>
        <translation>sie geht weiter, nachdem das Teilen beendet wurde</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="361"/>
        <source>entry {position}: {problem}</source>
        <translation>Eintrag {position}: {problem}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="362"/>
        <source>entry {position} says sharing ended, yet more entries follow it</source>
        <translation>Eintrag {position} sagt, dass das Teilen beendet wurde, und doch folgen weitere Einträge</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="366"/>
        <source>entry {position} is numbered as if it came before what you already saw (number {number})</source>
        <translation>Eintrag {position} ist so nummeriert, als käme er vor dem, was Sie schon gesehen haben (Nummer {number})</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="371"/>
        <source>entry {position} corrects something that can&apos;t be corrected</source>
        <translation>Eintrag {position} berichtigt etwas, das sich nicht berichtigen lässt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="375"/>
        <source>entry {position} gives an outcome to something that has none</source>
        <translation>Eintrag {position} gibt etwas ein Ergebnis, das keines hat</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="379"/>
        <source>entry {position} gives an outcome without the day it is for</source>
        <translation>Eintrag {position} gibt ein Ergebnis ohne den Tag, für den es gilt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="383"/>
        <source>entry {position} is about entry {target}, which is not earlier in the record</source>
        <translation>Eintrag {position} bezieht sich auf Eintrag {target}, der nicht früher in den Aufzeichnungen steht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="387"/>
        <source>entry {position} replaces an entry with content of another kind</source>
        <translation>Eintrag {position} ersetzt einen Eintrag durch Inhalt einer anderen Art</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="392"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} ließ sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="393"/>
        <source>{name} is not a file Rekindle can open: it is a folder, a device or a pipe.</source>
        <translation>{name} ist keine Datei, die Rekindle öffnen kann: Es ist ein Ordner, ein Gerät oder eine Pipe.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="397"/>
        <source>{name} is far larger than any Rekindle file.</source>
        <translation>{name} ist weit größer als jede Rekindle-Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="399"/>
        <source>an entry is not written in the one way the format allows</source>
        <translation>ein Eintrag ist nicht auf die eine Weise geschrieben, die das Format erlaubt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="403"/>
        <source>an entry is too large</source>
        <translation>ein Eintrag ist zu groß</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="404"/>
        <source>an entry is not valid JSON</source>
        <translation>ein Eintrag ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="405"/>
        <source>an entry is not a JSON object</source>
        <translation>ein Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="406"/>
        <source>an entry was written by a newer version of Rekindle</source>
        <translation>ein Eintrag wurde von einer neueren Version von Rekindle geschrieben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="407"/>
        <source>an entry has no body</source>
        <translation>ein Eintrag hat keinen Inhalt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="408"/>
        <source>an entry could not be read</source>
        <translation>ein Eintrag ließ sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="409"/>
        <source>an entry has no valid number</source>
        <translation>ein Eintrag hat keine gültige Nummer</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="411"/>
        <source>This isn&apos;t a Rekindle reply file.</source>
        <translation>Das ist keine Rekindle-Antwortdatei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="412"/>
        <source>This reply&apos;s signed part is malformed.</source>
        <translation>Der signierte Teil dieser Antwort ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="414"/>
        <source>This isn&apos;t a Rekindle timeline file.</source>
        <translation>Das ist keine Rekindle-Zeitleisten-Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="415"/>
        <source>This timeline file&apos;s checkpoint is malformed.</source>
        <translation>Der Prüfpunkt dieser Zeitleisten-Datei ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="416"/>
        <source>This timeline file ends in the middle of an entry.</source>
        <translation>Diese Zeitleisten-Datei endet mitten in einem Eintrag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="417"/>
        <source>This file is far larger than any timeline file.</source>
        <translation>Diese Datei ist weit größer als jede Zeitleisten-Datei.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="418"/>
        <source>This file can&apos;t be opened here: it wasn&apos;t made for this journal, or its beginning is damaged.</source>
        <translation>Diese Datei lässt sich hier nicht öffnen: Sie wurde nicht für dieses Tagebuch erstellt, oder ihr Anfang ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="423"/>
        <source>This file is damaged: part of it is missing or was changed after it was made, which can happen when a copy stops half-way. Rekindle reads only files that are whole.</source>
        <translation>Diese Datei ist beschädigt: Ein Teil fehlt oder wurde nach dem Erstellen verändert. Das kann passieren, wenn ein Kopiervorgang mittendrin abbricht. Rekindle liest nur vollständige Dateien.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="430"/>
        <source>There is already a journal in {folder}.</source>
        <translation>In {folder} gibt es bereits ein Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="431"/>
        <source>Rekindle will ask for your passphrase each time, which is safest.</source>
        <translation>Rekindle fragt jedes Mal nach Ihrer Passphrase; das ist am sichersten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="435"/>
        <source>That passphrase is too easy to guess.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="436"/>
        <source>That passphrase is too easy to guess. {advice}</source>
        <translation>Diese Passphrase ist zu leicht zu erraten. {advice}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="437"/>
        <source>Rekindle could not write to {folder} ({reason}).</source>
        <translation>Rekindle konnte nicht in {folder} schreiben ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="439"/>
        <source>{file} is a folder.</source>
        <translation>{file} ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="440"/>
        <source>The journal&apos;s key file could not be read ({reason}).</source>
        <translation>Die Schlüsseldatei des Tagebuchs ließ sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="441"/>
        <source>The backup in {file} did not read back as written.</source>
        <translation>Die Sicherung in {file} ließ sich nicht so zurücklesen, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="442"/>
        <source>The backup could not be written to {file} ({reason}).</source>
        <translation>Die Sicherung konnte nicht in {file} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="443"/>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} ließ sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="444"/>
        <source>There is already a journal in {folder}. It was last changed {changed_day} at {changed_time}; the backup was made {made_day} at {made_time}, so the journal there is newer than the backup.</source>
        <translation>In {folder} gibt es bereits ein Tagebuch. Es wurde zuletzt am {changed_day} um {changed_time} geändert; die Sicherung wurde am {made_day} um {made_time} erstellt. Das Tagebuch dort ist also neuer als die Sicherung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="450"/>
        <source>There is already a journal in {folder}. It was last changed {changed_day} at {changed_time}; the backup was made {made_day} at {made_time}, so the backup is newer than the journal there.</source>
        <translation>In {folder} gibt es bereits ein Tagebuch. Es wurde zuletzt am {changed_day} um {changed_time} geändert; die Sicherung wurde am {made_day} um {made_time} erstellt. Die Sicherung ist also neuer als das Tagebuch dort.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="456"/>
        <source>The backup could not be restored into {folder} ({reason}).</source>
        <translation>Die Sicherung konnte nicht in {folder} wiederhergestellt werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="460"/>
        <source>It was last changed {changed_day} at {changed_time}; the backup was made {made_day} at {made_time}, so the journal there is newer than the backup.</source>
        <translation>Es wurde zuletzt am {changed_day} um {changed_time} geändert; die Sicherung wurde am {made_day} um {made_time} erstellt. Das Tagebuch dort ist also neuer als die Sicherung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="465"/>
        <source>It was last changed {changed_day} at {changed_time}; the backup was made {made_day} at {made_time}, so the backup is newer than the journal there.</source>
        <translation>Es wurde zuletzt am {changed_day} um {changed_time} geändert; die Sicherung wurde am {made_day} um {made_time} erstellt. Die Sicherung ist also neuer als das Tagebuch dort.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="471"/>
        <source>Rate at least one feeling.</source>
        <translation>Bewerten Sie mindestens ein Gefühl.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="472"/>
        <source>Ratings go from {lowest} to {highest}.</source>
        <translation>Bewertungen gehen von {lowest} bis {highest}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="474"/>
        <source>Nothing was deleted: the words typed were not “{phrase}”.</source>
        <translation>Es wurde nichts gelöscht: Die eingegebenen Worte waren nicht „{phrase}“.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="478"/>
        <source>The journal in {folder} is no longer the one you unlocked.</source>
        <translation>Das Tagebuch in {folder} ist nicht mehr das, das Sie entsperrt haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="482"/>
        <source>The entry that remembered your journal there may remain; without the journal&apos;s files it opens nothing.</source>
        <translation>Der Eintrag, der Ihr Tagebuch dort gespeichert hat, bleibt vielleicht bestehen; ohne die Dateien des Tagebuchs öffnet er nichts.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="487"/>
        <source>Its key file is gone, so what is left can no longer be opened. You can delete those files yourself.</source>
        <translation>Seine Schlüsseldatei ist gelöscht, deshalb lässt sich das Übrige nicht mehr öffnen. Sie können diese Dateien selbst löschen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="492"/>
        <source>Its key file is gone, so what is left can no longer be opened. You can delete those files yourself. {keyring_note}</source>
        <translation>Seine Schlüsseldatei ist gelöscht, deshalb lässt sich das Übrige nicht mehr öffnen. Sie können diese Dateien selbst löschen. {keyring_note}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="497"/>
        <source>Your journal is still there and opens as before. Check that you may change files in that folder, then try again.</source>
        <translation>Ihr Tagebuch ist noch da und öffnet sich wie zuvor. Prüfen Sie, ob Sie in diesem Ordner Dateien ändern dürfen, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="502"/>
        <source>Your journal is still there and opens as before. Check that you may change files in that folder, then try again. {keyring_note}</source>
        <translation>Ihr Tagebuch ist noch da und öffnet sich wie zuvor. Prüfen Sie, ob Sie in diesem Ordner Dateien ändern dürfen, und versuchen Sie es dann noch einmal. {keyring_note}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="507"/>
        <source>Your journal was closed, but deleting it stopped part-way ({reason}). Rekindle could not look inside {folder} to see what is left.</source>
        <translation>Ihr Tagebuch wurde geschlossen, aber das Löschen hat mittendrin aufgehört ({reason}). Rekindle konnte nicht in {folder} nachsehen, was noch übrig ist.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="512"/>
        <source>Your journal was closed, but deleting it stopped part-way ({reason}). These of its files are still in {folder}: {names}.</source>
        <translation>Ihr Tagebuch wurde geschlossen, aber das Löschen hat mittendrin aufgehört ({reason}). Diese seiner Dateien sind noch in {folder}: {names}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="518"/>
        <source>There is already a Rekindle journal in {folder}, so no demo was written.</source>
        <translation>In {folder} gibt es bereits ein Rekindle-Tagebuch, deshalb wurde keine Demo angelegt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="522"/>
        <source>{path} is already there, and the demo would write in its place, so no demo was written.</source>
        <translation>{path} gibt es bereits, und die Demo würde an seine Stelle schreiben, deshalb wurde keine Demo angelegt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="528"/>
        <source>This promise wasn&apos;t due on {day}.</source>
        <translation>Dieses Versprechen war am {day} nicht fällig.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="529"/>
        <source>There is no entry {number} in this journal.</source>
        <translation>In diesem Tagebuch gibt es keinen Eintrag {number}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="530"/>
        <source>Entry {number} was withdrawn, so it can&apos;t be changed.</source>
        <translation>Eintrag {number} wurde zurückgezogen und lässt sich deshalb nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="531"/>
        <source>Nothing was saved; change it and try again.</source>
        <translation>Es wurde nichts gespeichert; ändern Sie es und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="533"/>
        <source>The reply could not be written to {file} ({reason}).</source>
        <translation>Die Antwort konnte nicht in {file} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="535"/>
        <source>There is no request number {number} from your partner.</source>
        <translation>Es gibt keine Bitte Nummer {number} von Ihrem Partner.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="537"/>
        <source>Your agreement (version {version}) ended on {day} without a new version, so sharing has stopped, as you set it up together.</source>
        <translation>Ihre Vereinbarung (Version {version}) ist am {day} ohne neue Version abgelaufen. Deshalb ist das Teilen beendet, so wie Sie es gemeinsam eingerichtet haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="542"/>
        <source>The timeline file could not be written to {file} ({reason}).</source>
        <translation>Die Zeitleisten-Datei konnte nicht in {file} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="546"/>
        <source>It was not accepted, and nothing you reviewed before changed. Your partner can share it again.</source>
        <translation>Sie wurde nicht angenommen, und nichts, was Sie zuvor durchgesehen haben, hat sich verändert. Ihr Partner kann sie noch einmal teilen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="551"/>
        <source>You have already reviewed everything in this file.</source>
        <translation>Sie haben schon alles in dieser Datei durchgesehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="552"/>
        <source>Your partner has stopped sharing. In their words: &quot;{said}&quot;</source>
        <translation>Ihr Partner hat das Teilen beendet. In seinen Worten: „{said}“</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="556"/>
        <source>Your partner has stopped sharing.</source>
        <translation>Ihr Partner hat das Teilen beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="557"/>
        <source>Everything you reviewed stays here, and you can read it whenever you like. Nothing more will arrive from this pairing. If you both want to share again one day, pair again together.</source>
        <translation>Alles, was Sie durchgesehen haben, bleibt hier, und Sie können es lesen, wann immer Sie möchten. Aus dieser Kopplung kommt nichts mehr. Wenn Sie beide eines Tages wieder teilen möchten, koppeln Sie sich gemeinsam neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="563"/>
        <source>Accepted: 1 new entry, {total} in all. The record extends what you reviewed before.</source>
        <translation>Angenommen: 1 neuer Eintrag, insgesamt {total}. Die Aufzeichnungen setzen fort, was Sie zuvor durchgesehen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="567"/>
        <source>Accepted: {added} new entries, {total} in all. The record extends what you reviewed before.</source>
        <translation>Angenommen: {added} neue Einträge, insgesamt {total}. Die Aufzeichnungen setzen fort, was Sie zuvor durchgesehen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="572"/>
        <source>This is an older timeline file: it has {count} entries, and you have already reviewed {reviewed}.</source>
        <translation>Das ist eine ältere Zeitleisten-Datei: Sie enthält {count} Einträge, und Sie haben schon {reviewed} durchgesehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="577"/>
        <source>Nothing was changed. Ask for the latest file if you want to see more.</source>
        <translation>Es wurde nichts verändert. Bitten Sie um die neueste Datei, wenn Sie mehr sehen möchten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="581"/>
        <source>This file was signed by someone other than the partner you paired with.</source>
        <translation>Diese Datei wurde von jemand anderem signiert als von dem Partner, mit dem Sie gekoppelt sind.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="585"/>
        <source>It was not accepted. If your partner set Rekindle up again, pair again together, in person.</source>
        <translation>Sie wurde nicht angenommen. Wenn Ihr Partner Rekindle neu eingerichtet hat, koppeln Sie sich gemeinsam neu, persönlich.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="590"/>
        <source>This file continues a different record from the one you have been reviewing.</source>
        <translation>Diese Datei setzt andere Aufzeichnungen fort als die, die Sie bisher durchgesehen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="594"/>
        <source>It was not accepted, and nothing you reviewed before changed. If your partner started a new journal, talk about it together.</source>
        <translation>Sie wurde nicht angenommen, und nichts, was Sie zuvor durchgesehen haben, hat sich verändert. Wenn Ihr Partner ein neues Tagebuch begonnen hat, sprechen Sie gemeinsam darüber.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="599"/>
        <source>This file goes on after your partner ended sharing.</source>
        <translation>Diese Datei geht weiter, nachdem Ihr Partner das Teilen beendet hat.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="600"/>
        <source>It was not accepted, and nothing you reviewed before changed. If you both want to share again, pair again together first.</source>
        <translation>Sie wurde nicht angenommen, und nichts, was Sie zuvor durchgesehen haben, hat sich verändert. Wenn Sie beide wieder teilen möchten, koppeln Sie sich zuerst gemeinsam neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="605"/>
        <source>This file doesn&apos;t hold together: {reason}. Rekindle never writes a file like this, and accepting it could change what you already saw.</source>
        <translation>Diese Datei passt in sich nicht zusammen: {reason}. Rekindle schreibt nie eine solche Datei, und sie anzunehmen könnte verändern, was Sie schon gesehen haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="610"/>
        <source>It was not accepted, and nothing you reviewed before changed. This is worth talking about together, calmly.</source>
        <translation>Sie wurde nicht angenommen, und nichts, was Sie zuvor durchgesehen haben, hat sich verändert. Es lohnt sich, in Ruhe gemeinsam darüber zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="615"/>
        <source>This file can&apos;t be read by this version: {reason}.</source>
        <translation>Diese Version kann die Datei nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="616"/>
        <source>Update Rekindle and open it again. Nothing was changed.</source>
        <translation>Aktualisieren Sie Rekindle und öffnen Sie die Datei noch einmal. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="620"/>
        <source>This timeline file can&apos;t be read: {reason}.</source>
        <translation>Diese Zeitleisten-Datei lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="621"/>
        <source>This file was changed after it was signed: {reason}.</source>
        <translation>Diese Datei wurde nach dem Signieren verändert: {reason}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="622"/>
        <source>{count} entries you reviewed are missing.</source>
        <translation>{count} Einträge, die Sie durchgesehen haben, fehlen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="623"/>
        <source>Entry {number}: {was} — now: {now}</source>
        <translation>Eintrag {number}: {was} — jetzt: {now}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="624"/>
        <source>{kind} of {day}: {summary}</source>
        <translation>{kind} vom {day}: {summary}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="625"/>
        <source>an unreadable entry</source>
        <translation>ein Eintrag, der sich nicht lesen lässt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="626"/>
        <source>…and possibly more.</source>
        <translation>…und vielleicht noch mehr.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="627"/>
        <source>This file doesn&apos;t extend what you reviewed before: part of the history you already saw is different in it.</source>
        <translation>Diese Datei setzt nicht fort, was Sie zuvor durchgesehen haben: Ein Teil des Verlaufs, den Sie schon gesehen haben, ist darin anders.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="632"/>
        <source>It was not accepted, and what you reviewed before is kept. This is worth talking about together, calmly. A restored backup on your partner&apos;s side can cause it too.</source>
        <translation>Sie wurde nicht angenommen, und was Sie zuvor durchgesehen haben, bleibt erhalten. Es lohnt sich, in Ruhe gemeinsam darüber zu sprechen. Auch eine wiederhergestellte Sicherung bei Ihrem Partner kann das verursachen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="637"/>
        <source>Could not write {file} ({reason}).</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="638"/>
        <source>It was not accepted, and nothing you reviewed before changed.</source>
        <translation>Sie wurde nicht angenommen, und nichts, was Sie zuvor durchgesehen haben, hat sich verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="642"/>
        <source>These keys are different from the ones you paired with before.</source>
        <translation>Diese Schlüssel sind andere als die, mit denen Sie sich zuvor gekoppelt haben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="646"/>
        <source>This can mean your partner set Rekindle up again, or that someone else made this code. Nothing was changed. Talk to your partner in person. If they did set it up again, you can pair again as a new pairing: what you have now is kept, marked as from the earlier pairing.</source>
        <translation>Das kann bedeuten, dass Ihr Partner Rekindle neu eingerichtet hat oder dass jemand anderes diesen Code erstellt hat. Es wurde nichts verändert. Sprechen Sie persönlich mit Ihrem Partner. Wenn er Rekindle tatsächlich neu eingerichtet hat, können Sie sich als neue Kopplung neu koppeln: Was Sie jetzt haben, bleibt erhalten, gekennzeichnet als aus der früheren Kopplung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="654"/>
        <source>You are sharing with your partner.</source>
        <translation>Sie teilen mit Ihrem Partner.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="655"/>
        <source>You are reviewing your partner.</source>
        <translation>Sie sehen die Zeitleiste Ihres Partners durch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="656"/>
        <source>You stopped this pairing.</source>
        <translation>Sie haben diese Kopplung beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="657"/>
        <source>You unpaired.</source>
        <translation>Sie haben die Kopplung aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="658"/>
        <source>Your partner stopped this pairing.</source>
        <translation>Ihr Partner hat diese Kopplung beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="659"/>
        <source>You paired again after your partner&apos;s keys changed.</source>
        <translation>Sie haben sich neu gekoppelt, nachdem sich die Schlüssel Ihres Partners geändert hatten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="660"/>
        <source>Those words are longer than {count:,} characters.</source>
        <translation>Diese Worte sind länger als {count} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="661"/>
        <source>Sharing has stopped. A last timeline file is in {file}. When your partner opens it, their Rekindle will say that sharing has ended, with your words. Your journal stays yours, as it is, and what your partner already has stays with them. To share again one day, pair again.</source>
        <translation>Das Teilen ist beendet. Eine letzte Zeitleisten-Datei liegt in {file}. Wenn Ihr Partner sie öffnet, sagt sein Rekindle, dass das Teilen beendet ist, mit Ihren Worten. Ihr Tagebuch bleibt Ihres, so wie es ist, und was Ihr Partner schon hat, bleibt bei ihm. Um eines Tages wieder zu teilen, koppeln Sie sich neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="668"/>
        <source>Sharing has stopped. A last timeline file is in {file}. When your partner opens it, their Rekindle will say that sharing has ended. Your journal stays yours, as it is, and what your partner already has stays with them. To share again one day, pair again.</source>
        <translation>Das Teilen ist beendet. Eine letzte Zeitleisten-Datei liegt in {file}. Wenn Ihr Partner sie öffnet, sagt sein Rekindle, dass das Teilen beendet ist. Ihr Tagebuch bleibt Ihres, so wie es ist, und was Ihr Partner schon hat, bleibt bei ihm. Um eines Tages wieder zu teilen, koppeln Sie sich neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="675"/>
        <source>Sharing has stopped. No file was written, so Rekindle won&apos;t tell your partner. Tell them yourself if and when it feels safe to. Your journal stays yours, as it is, and what your partner already has stays with them. To share again one day, pair again.</source>
        <translation>Das Teilen ist beendet. Es wurde keine Datei geschrieben, deshalb sagt Rekindle Ihrem Partner nichts. Sagen Sie es ihm selbst, wenn und sobald es sich sicher anfühlt. Ihr Tagebuch bleibt Ihres, so wie es ist, und was Ihr Partner schon hat, bleibt bei ihm. Um eines Tages wieder zu teilen, koppeln Sie sich neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="682"/>
        <source>You have stopped reviewing. A last reply is in {file}. When your partner opens it, their Rekindle will say that you have stopped reviewing. Everything you reviewed stays here, read-only. To review again one day, pair again.</source>
        <translation>Sie haben die Durchsicht beendet. Eine letzte Antwort liegt in {file}. Wenn Ihr Partner sie öffnet, sagt sein Rekindle, dass Sie die Durchsicht beendet haben. Alles, was Sie durchgesehen haben, bleibt hier, nur zum Lesen. Um eines Tages wieder durchzusehen, koppeln Sie sich neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="688"/>
        <source>You have stopped reviewing. No reply was written, so Rekindle won&apos;t tell your partner. Tell them yourself if and when it feels safe to. Everything you reviewed stays here, read-only. To review again one day, pair again.</source>
        <translation>Sie haben die Durchsicht beendet. Es wurde keine Antwort geschrieben, deshalb sagt Rekindle Ihrem Partner nichts. Sagen Sie es ihm selbst, wenn und sobald es sich sicher anfühlt. Alles, was Sie durchgesehen haben, bleibt hier, nur zum Lesen. Um eines Tages wieder durchzusehen, koppeln Sie sich neu.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="695"/>
        <source>Entry {number} in this journal could not be read.</source>
        <translation>Eintrag {number} in diesem Tagebuch ließ sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="697"/>
        <source>Check that the disk is connected and that you may write to that folder and its files, then open Rekindle again. Nothing in your journal was changed.</source>
        <translation>Prüfen Sie, ob der Datenträger angeschlossen ist und ob Sie in diesen Ordner und seine Dateien schreiben dürfen, und öffnen Sie Rekindle dann noch einmal. In Ihrem Tagebuch wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="702"/>
        <source>Rekindle can&apos;t write to your journal in {folder}.</source>
        <translation>Rekindle kann nicht in Ihr Tagebuch in {folder} schreiben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="703"/>
        <source>Free some space, then open Rekindle again. Nothing in your journal was changed.</source>
        <translation>Schaffen Sie etwas Platz und öffnen Sie Rekindle dann noch einmal. In Ihrem Tagebuch wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="707"/>
        <source>The disk that holds your journal is full ({folder}).</source>
        <translation>Der Datenträger mit Ihrem Tagebuch ist voll ({folder}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="708"/>
        <source>Check that the disk is connected and working, then open Rekindle again. Nothing in your journal was changed.</source>
        <translation>Prüfen Sie, ob der Datenträger angeschlossen ist und funktioniert, und öffnen Sie Rekindle dann noch einmal. In Ihrem Tagebuch wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="713"/>
        <source>The disk that holds your journal could not be read or written ({folder}).</source>
        <translation>Der Datenträger mit Ihrem Tagebuch ließ sich nicht lesen oder beschreiben ({folder}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="717"/>
        <source>There is no Rekindle journal in {folder}.</source>
        <translation>In {folder} gibt es kein Rekindle-Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="718"/>
        <source>The journal in {folder} could not be read ({reason}).</source>
        <translation>Das Tagebuch in {folder} ließ sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="719"/>
        <source>Install the newer version to open it. Your journal&apos;s files have not been changed.</source>
        <translation>Installieren Sie die neuere Version, um es zu öffnen. Die Dateien Ihres Tagebuchs wurden nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="723"/>
        <source>Restore it from a backup. Your journal&apos;s files have not been changed.</source>
        <translation>Stellen Sie es aus einer Sicherung wieder her. Die Dateien Ihres Tagebuchs wurden nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="727"/>
        <source>Restore the folder from a backup. Your journal&apos;s files have not been changed.</source>
        <translation>Stellen Sie den Ordner aus einer Sicherung wieder her. Die Dateien Ihres Tagebuchs wurden nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="732"/>
        <source>The window can&apos;t open yet: some system libraries it needs are not installed ({files}).</source>
        <translation>Das Fenster kann sich noch nicht öffnen: Einige Systembibliotheken, die es braucht, sind nicht installiert ({files}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="737"/>
        <source>The window can&apos;t open yet: {count} system libraries it needs are not installed.</source>
        <translation>Das Fenster kann sich noch nicht öffnen: {count} Systembibliotheken, die es braucht, sind nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="741"/>
        <source>On Debian or Ubuntu, this installs them:
    sudo apt-get install {packages}
  Then start Rekindle again. Your journal is not touched.</source>
        <translation>Unter Debian oder Ubuntu installiert dieser Befehl sie:
    sudo apt-get install {packages}
  Starten Sie Rekindle danach noch einmal. Ihr Tagebuch bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="747"/>
        <source>Your agreement (version {version}) ended on {day} without a new version, as you set it up together, so sharing has stopped. Nobody did anything wrong. If you both want to go on, the next version starts it again.</source>
        <translation>Ihre Vereinbarung (Version {version}) ist am {day} ohne neue Version abgelaufen, so wie Sie es gemeinsam eingerichtet haben. Deshalb ist das Teilen beendet. Niemand hat etwas falsch gemacht. Wenn Sie beide weitermachen möchten, beginnt es mit der nächsten Version wieder.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="753"/>
        <source>A step you agreed on is met: after {weeks} weeks with the trend at {trend} or more, “{change}”. It isn&apos;t applied by itself: if you both agree, write it into the next version.</source>
        <translation>Ein Schritt, den Sie vereinbart haben, ist erreicht: nach {weeks} Wochen mit dem Trend bei {trend} oder mehr, „{change}“. Er gilt nicht von selbst: Wenn Sie beide einverstanden sind, schreiben Sie ihn in die nächste Version.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="760"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="761"/>
        <source>answered {within}</source>
        <translation>beantwortet {within}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="762"/>
        <source>waiting for an answer</source>
        <translation>wartet auf eine Antwort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="763"/>
        <source>goes with your next reply</source>
        <translation>wird mit Ihrer nächsten Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="764"/>
        <source>waiting for your answer</source>
        <translation>wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="765"/>
        <source>for your next check-in</source>
        <translation>für Ihren nächsten Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="767"/>
        <source>Nothing new since your last review.</source>
        <translation>Nichts Neues seit Ihrer letzten Durchsicht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="768"/>
        <source>1 new entry.</source>
        <translation>1 neuer Eintrag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="769"/>
        <source>{count} new entries.</source>
        <translation>{count} neue Einträge.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="770"/>
        <source>{count} kept as said</source>
        <translation>{count} eingehalten wie gesagt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="771"/>
        <source>{count} changed, with notice beforehand</source>
        <translation>{count} geändert, vorher Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="772"/>
        <source>{count} changed, told afterwards</source>
        <translation>{count} geändert, danach Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="773"/>
        <source>{count} not kept</source>
        <translation>{count} nicht eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="774"/>
        <source>Outcomes told: {outcomes}.</source>
        <translation>Mitgeteilte Ergebnisse: {outcomes}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="775"/>
        <source>1 answer to your requests.</source>
        <translation>1 Antwort auf Ihre Bitten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="776"/>
        <source>{count} answers to your requests.</source>
        <translation>{count} Antworten auf Ihre Bitten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="777"/>
        <source>1 contact told.</source>
        <translation>1 Kontakt mitgeteilt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="778"/>
        <source>{count} contacts told.</source>
        <translation>{count} Kontakte mitgeteilt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="779"/>
        <source>You chose to look every 1 day, and this is sooner. That&apos;s all right. If checking starts to feel hard to stop, that is common after what happened; it can help to talk about it with a counsellor (Help ▸ Getting support).</source>
        <translation>Sie haben sich vorgenommen, jeden Tag nachzusehen, und jetzt ist es früher. Das ist in Ordnung. Wenn es schwerfällt, mit dem Nachsehen aufzuhören, ist das nach dem, was passiert ist, häufig; es kann helfen, mit einer Beraterin oder einem Berater darüber zu sprechen (Hilfe ▸ Unterstützung finden).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="785"/>
        <source>You chose to look every {days} days, and this is sooner. That&apos;s all right. If checking starts to feel hard to stop, that is common after what happened; it can help to talk about it with a counsellor (Help ▸ Getting support).</source>
        <translation>Sie haben sich vorgenommen, alle {days} Tage nachzusehen, und jetzt ist es früher. Das ist in Ordnung. Wenn es schwerfällt, mit dem Nachsehen aufzuhören, ist das nach dem, was passiert ist, häufig; es kann helfen, mit einer Beraterin oder einem Berater darüber zu sprechen (Hilfe ▸ Unterstützung finden).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/service_words.py" line="793"/>
        <source>&apos;every N days&apos; needs N between 1 and 366.</source>
        <translation>Bei „Alle paar Tage“ muss die Zahl der Tage zwischen 1 und 366 liegen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="16"/>
        <source>Rekindle: a report for a counselling session</source>
        <translation>Rekindle: ein Bericht für eine Beratungssitzung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="17"/>
        <source>Consistency over time</source>
        <translation>Beständigkeit über die Zeit</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="18"/>
        <source>How plans and promises turned out</source>
        <translation>Wie Pläne und Versprechen ausgegangen sind</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="19"/>
        <source>The transparency agreement</source>
        <translation>Die Vereinbarung zur Transparenz</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="20"/>
        <source>Selected entries</source>
        <translation>Ausgewählte Einträge</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="21"/>
        <source>The chosen days end before this record begins, on {day}.</source>
        <translation>Die gewählten Tage enden, bevor diese Aufzeichnungen am {day} beginnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="25"/>
        <source>Choose a last day on or after {day}.</source>
        <translation>Wählen Sie als letzten Tag den {day} oder einen späteren Tag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="26"/>
        <source>What this is: a summary of your partner&apos;s shared timeline, as you accepted it from {first} to {last}, made on request on {made}. It is meant to be read together, for example with a counsellor. Every entry was written by hand by the person sharing; nothing was recorded automatically.</source>
        <translation>Was das ist: eine Zusammenfassung der geteilten Zeitleiste Ihres Partners, so wie Sie sie angenommen haben, vom {first} bis zum {last}, auf Wunsch erstellt am {made}. Dieser Bericht ist dafür gedacht, gemeinsam gelesen zu werden, zum Beispiel in einer Beratung. Jeder Eintrag wurde von der teilenden Person von Hand geschrieben; nichts wurde automatisch aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="33"/>
        <source>What it can and cannot prove: An intact log shows that entries were not changed after they were shared. It cannot show that they are true. Each entry keeps both when it happened and when it was written down; entries written long afterwards are marked.</source>
        <translation>Was er belegen kann und was nicht: Ein unversehrtes Protokoll zeigt, dass Einträge nach dem Teilen nicht verändert wurden. Es kann nicht zeigen, dass sie wahr sind. Jeder Eintrag hält fest, wann etwas geschah und wann es aufgeschrieben wurde; Einträge, die erst lange danach geschrieben wurden, sind gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="40"/>
        <source>What this is: a summary of your own journal from {first} to {last}, made on request on {made}. It is meant to be read together, for example with a counsellor. Every entry was written by hand by the person sharing; nothing was recorded automatically.</source>
        <translation>Was das ist: eine Zusammenfassung Ihres eigenen Tagebuchs vom {first} bis zum {last}, auf Wunsch erstellt am {made}. Dieser Bericht ist dafür gedacht, gemeinsam gelesen zu werden, zum Beispiel in einer Beratung. Jeder Eintrag wurde von der teilenden Person von Hand geschrieben; nichts wurde automatisch aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="47"/>
        <source>What it can and cannot prove: An intact log shows that entries were not changed after they were shared. It cannot show that they are true. Only entries already shared in a timeline file are covered by that check. Each entry keeps both when it happened and when it was written down; entries written long afterwards are marked.</source>
        <translation>Was er belegen kann und was nicht: Ein unversehrtes Protokoll zeigt, dass Einträge nach dem Teilen nicht verändert wurden. Es kann nicht zeigen, dass sie wahr sind. Diese Prüfung erfasst nur Einträge, die schon in einer Zeitleisten-Datei geteilt wurden. Jeder Eintrag hält fest, wann etwas geschah und wann es aufgeschrieben wurde; Einträge, die erst lange danach geschrieben wurden, sind gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="55"/>
        <source>Private entries are never included. Outcomes not yet confirmed are neutral and never counted as a miss, and paused days do not count either way.</source>
        <translation>Private Einträge sind nie enthalten. Noch nicht bestätigte Ergebnisse sind neutral und werden nie als Versäumnis gezählt, und pausierte Tage zählen in keine Richtung.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="60"/>
        <source>There is no trend yet: nothing has an outcome.</source>
        <translation>Noch gibt es keinen Trend: Bisher hat nichts ein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="61"/>
        <source>ends on {day}</source>
        <translation>endet am {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="63"/>
        <source>logged late</source>
        <translation>spät eingetragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="64"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="65"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="66"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="67"/>
        <source>new since your last review</source>
        <translation>neu seit Ihrer letzten Durchsicht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="68"/>
        <source>recorded after your last review</source>
        <translation>nach Ihrer letzten Durchsicht eingetragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="69"/>
        <source>told early</source>
        <translation>früh Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="72"/>
        <source>en</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="73"/>
        <source>plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="74"/>
        <source>check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="75"/>
        <source>promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="76"/>
        <source>disclosures</source>
        <translation>Offenlegungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="77"/>
        <source>appreciations</source>
        <translation>Wertschätzungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="78"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="79"/>
        <source>outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="80"/>
        <source>corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="81"/>
        <source>withdrawals</source>
        <translation>zurückgezogene Einträge</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="82"/>
        <source>pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="83"/>
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="84"/>
        <source>endings of sharing</source>
        <translation>beendetes Teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="85"/>
        <source>contact disclosures</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="86"/>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="87"/>
        <source>Your partner&apos;s shared timeline, as you accepted it: {first} to {last}</source>
        <translation>Die geteilte Zeitleiste Ihres Partners, so wie Sie sie angenommen haben: {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="91"/>
        <source>Your own journal: {first} to {last}</source>
        <translation>Ihr eigenes Tagebuch: {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="92"/>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="93"/>
        <source>Kept of resolved</source>
        <translation>Eingehalten von allen mit Ergebnis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="94"/>
        <source>Share kept</source>
        <translation>Anteil eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="95"/>
        <source>Trend at week&apos;s end</source>
        <translation>Trend am Ende der Woche</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="96"/>
        <source>Paused days</source>
        <translation>Pausierte Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="97"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="98"/>
        <source>{kept} of {resolved}</source>
        <translation>{kept} von {resolved}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="99"/>
        <source>{resolved} of the plans and promise days in this range have an outcome; too few for a share to mean much, so each is counted below.</source>
        <translation>{resolved} der Pläne und Versprechenstage in diesem Zeitraum haben ein Ergebnis; das sind zu wenige, als dass ein Anteil viel aussagen würde, deshalb wird unten jedes einzeln gezählt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="104"/>
        <source>{kept} of {resolved} resolved plans and promise days were kept ({percent}%). Changes made with notice count as kept.</source>
        <translation>{kept} von {resolved} Plänen und Versprechenstagen mit Ergebnis wurden eingehalten ({percent} %). Änderungen mit Bescheid vorher zählen als eingehalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="109"/>
        <source>Nothing in this range has an outcome yet.</source>
        <translation>In diesem Zeitraum hat noch nichts ein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="110"/>
        <source>{count} days in this range were paused and are not counted.</source>
        <translation>{count} Tage in diesem Zeitraum waren pausiert und werden nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="114"/>
        <source>A miss that the sharer reported themselves is honesty, not something hidden.</source>
        <translation>Wenn die teilende Person selbst sagt, dass etwas nicht eingehalten wurde, ist das Ehrlichkeit, nichts Verborgenes.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="118"/>
        <source>No agreement had been written by the end of this range.</source>
        <translation>Bis zum Ende dieses Zeitraums war noch keine Vereinbarung geschrieben worden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="122"/>
        <source>Version {version}, from {day}.</source>
        <translation>Version {version}, vom {day}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="123"/>
        <source>every {count} days</source>
        <translation>alle {count} Tage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="124"/>
        <source>What is shared</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="125"/>
        <source>nothing chosen</source>
        <translation>nichts gewählt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="126"/>
        <source>Check-in talks</source>
        <translation>Check-in-Gespräche</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="127"/>
        <source>Look at it again on</source>
        <translation>Wieder ansehen am</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="128"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="129"/>
        <source>version {version} ({day})</source>
        <translation>Version {version} ({day})</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="130"/>
        <source>Earlier versions: {versions}.</source>
        <translation>Frühere Versionen: {versions}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="131"/>
        <source>Chosen kinds: {kinds}.</source>
        <translation>Gewählte Arten: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="132"/>
        <source>Chosen kinds: none.</source>
        <translation>Gewählte Arten: keine.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="133"/>
        <source>No entries of these kinds in this range.</source>
        <translation>Keine Einträge dieser Arten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="134"/>
        <source>… and {count} more. Choose a shorter range to see them all.</source>
        <translation>… und {count} weitere. Wählen Sie einen kürzeren Zeitraum, um alle zu sehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="139"/>
        <source>This copy is not encrypted. Anyone who can open these files can read every word in them. Keep them somewhere only you can reach, and delete them when you no longer need them.</source>
        <translation>Diese Kopie ist nicht verschlüsselt. Wer diese Dateien öffnen kann, kann jedes Wort darin lesen. Bewahren Sie sie dort auf, wo nur Sie hinkommen, und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="145"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="146"/>
        <source>{folder} already holds {first} and {second}, and it isn&apos;t an earlier readable copy of this journal, so nothing was written.</source>
        <translation>In {folder} liegen schon {first} und {second}, und das ist keine frühere lesbare Kopie dieses Tagebuchs, deshalb wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="151"/>
        <source>{folder} already holds {first}, and it isn&apos;t an earlier readable copy of this journal, so nothing was written.</source>
        <translation>In {folder} liegt schon {first}, und das ist keine frühere lesbare Kopie dieses Tagebuchs, deshalb wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="156"/>
        <source>The readable copy could not be written to {folder} ({reason}). The earlier copy there is unchanged.</source>
        <translation>Die lesbare Kopie konnte nicht in {folder} geschrieben werden ({reason}). Die frühere Kopie dort ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="161"/>
        <source>The readable copy could not be written to {folder} ({reason}).</source>
        <translation>Die lesbare Kopie konnte nicht in {folder} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="165"/>
        <source>Your Rekindle journal: a readable copy</source>
        <translation>Ihr Rekindle-Tagebuch: eine lesbare Kopie</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="166"/>
        <source>Private entries are included, as you chose: they are marked “private”.</source>
        <translation>Private Einträge sind enthalten, wie Sie es gewählt haben: Sie sind mit „privat“ gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="170"/>
        <source>Private entries are not included.</source>
        <translation>Private Einträge sind nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="171"/>
        <source>What it holds: every entry of this journal, {count} in all, day by day, in the order things happened: plans, check-ins, promises, disclosures, appreciation, notes, pauses and agreements. Corrections, withdrawals and outcomes are shown beside what they change.</source>
        <translation>Was sie enthält: jeden Eintrag dieses Tagebuchs, insgesamt {count}, Tag für Tag, in der Reihenfolge, in der die Dinge geschehen sind: Pläne, Check-ins, Versprechen, Offenlegungen, Wertschätzung, Notizen, Pausen und Vereinbarungen. Korrekturen, Zurückgezogenes und Ergebnisse stehen neben dem, was sie ändern.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="178"/>
        <source>The same entries, exactly as the journal holds them, are in {file} next to this page. This is not a timeline file: your partner&apos;s Rekindle cannot open it, and nothing here can be checked as unchanged.</source>
        <translation>Dieselben Einträge, genau so, wie das Tagebuch sie enthält, stehen in {file} neben dieser Seite. Dies ist keine Zeitleisten-Datei: Das Rekindle Ihres Partners kann sie nicht öffnen, und nichts hier lässt sich als unverändert prüfen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="184"/>
        <source>Made on {day}, at {time}.</source>
        <translation>Erstellt am {day} um {time}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="185"/>
        <source>What it does not hold: a partner&apos;s timeline you accepted in review mode, notes kept in review mode, check-in agendas and ratings. Numbers such as #12 are the journal&apos;s own.</source>
        <translation>Was sie nicht enthält: die Zeitleiste eines Partners, die Sie in der Durchsicht angenommen haben, Notizen aus der Durchsicht, Themen für Check-ins und Bewertungen. Nummern wie #12 sind die des Tagebuchs selbst.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="191"/>
        <source>No entries yet</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="192"/>
        <source>This journal has no entries of its own yet.</source>
        <translation>Dieses Tagebuch hat noch keine eigenen Einträge.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="193"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="194"/>
        <source>{start_day}, {start} to {end_day}, {end}</source>
        <translation>{start_day}, {start} bis {end_day}, {end}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="195"/>
        <source>Boundaries:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="196"/>
        <source>written {day}, {time}</source>
        <translation>geschrieben am {day}, {time}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="197"/>
        <source>about #{entry}, the day {day}</source>
        <translation>zu #{entry}, für den {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="198"/>
        <source>about #{entry}</source>
        <translation>zu #{entry}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="199"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="200"/>
        <source>corrected by {entries}</source>
        <translation>korrigiert durch {entries}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/report_words.py" line="201"/>
        <source>withdrawn by #{entry}</source>
        <translation>zurückgezogen durch #{entry}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="267"/>
        <source>An agreement can hold up to {count} steps.</source>
        <translation>Eine Vereinbarung kann bis zu {count} Schritte enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="268"/>
        <source>{day} is too far from today. Dates between {earliest} and {latest} are possible.</source>
        <translation>Der {day} liegt zu weit von heute entfernt. Möglich sind Daten zwischen {earliest} und {latest}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="272"/>
        <source>The place is very long; please keep it under {limit} characters.</source>
        <translation>Der Ort ist sehr lang; bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="275"/>
        <source>The place holds a broken character; please type that part again.</source>
        <translation>Im Ort steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="278"/>
        <source>Please fill in the place.</source>
        <translation>Bitte geben Sie den Ort an.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="279"/>
        <source>The who with is very long; please keep it under {limit} characters.</source>
        <translation>Die Angabe „Mit wem“ ist sehr lang; bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="282"/>
        <source>The who with holds a broken character; please type that part again.</source>
        <translation>In der Angabe „Mit wem“ steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="285"/>
        <source>The explanation is very long; please keep it under {limit} characters.</source>
        <translation>Die Erklärung ist sehr lang; bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="288"/>
        <source>The explanation holds a broken character; please type that part again.</source>
        <translation>In der Erklärung steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="291"/>
        <source>The reason is very long; please keep it under {limit} characters.</source>
        <translation>Der Grund ist sehr lang; bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="294"/>
        <source>The reason holds a broken character; please type that part again.</source>
        <translation>Im Grund steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="297"/>
        <source>The step is very long; please keep it under {limit} characters.</source>
        <translation>Der Schritt ist sehr lang; bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="300"/>
        <source>The step holds a broken character; please type that part again.</source>
        <translation>Im Schritt steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="303"/>
        <source>Please fill in the step.</source>
        <translation>Bitte beschreiben Sie den Schritt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="304"/>
        <source>The what for is longer than {limit:,} characters; please split it.</source>
        <translation>Die Angabe „Wofür“ ist länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="307"/>
        <source>The what for holds a broken character; please type that part again.</source>
        <translation>In der Angabe „Wofür“ steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="310"/>
        <source>The note is longer than {limit:,} characters; please split it.</source>
        <translation>Die Notiz ist länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="313"/>
        <source>The note holds a broken character; please type that part again.</source>
        <translation>In der Notiz steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="316"/>
        <source>The note is empty. Write a few words, then save.</source>
        <translation>Die Notiz ist leer. Schreiben Sie ein paar Worte und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="317"/>
        <source>The promise is longer than {limit:,} characters; please split it.</source>
        <translation>Das Versprechen ist länger als {limit} Zeichen; bitte teilen Sie es auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="320"/>
        <source>The promise holds a broken character; please type that part again.</source>
        <translation>Im Versprechen steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="323"/>
        <source>The promise is empty. Write a few words, then save.</source>
        <translation>Das Versprechen ist leer. Schreiben Sie ein paar Worte und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="324"/>
        <source>The boundaries are longer than {limit:,} characters; please split them.</source>
        <translation>Die Grenzen sind länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="328"/>
        <source>The boundaries hold a broken character; please type that part again.</source>
        <translation>In den Grenzen steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="331"/>
        <source>Your words are longer than {limit:,} characters; please split them.</source>
        <translation>Ihre Worte sind länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="334"/>
        <source>Your words hold a broken character; please type that part again.</source>
        <translation>In Ihren Worten steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="337"/>
        <source>The contact is longer than {limit:,} characters; please split it.</source>
        <translation>Die Beschreibung des Kontakts ist länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="340"/>
        <source>The contact holds a broken character; please type that part again.</source>
        <translation>In der Beschreibung des Kontakts steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="343"/>
        <source>The contact is empty. Write a few words, then save.</source>
        <translation>Die Beschreibung des Kontakts ist leer. Schreiben Sie ein paar Worte und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="344"/>
        <source>The answer is longer than {limit:,} characters; please split it.</source>
        <translation>Die Antwort ist länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="347"/>
        <source>The answer holds a broken character; please type that part again.</source>
        <translation>In der Antwort steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="350"/>
        <source>The answer is empty. Write a few words, then save.</source>
        <translation>Die Antwort ist leer. Schreiben Sie ein paar Worte und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="351"/>
        <source>The disclosure is longer than {limit:,} characters; please split it.</source>
        <translation>Die Offenlegung ist länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="354"/>
        <source>The disclosure holds a broken character; please type that part again.</source>
        <translation>In der Offenlegung steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="357"/>
        <source>The disclosure is empty. Write a few words, then save.</source>
        <translation>Die Offenlegung ist leer. Schreiben Sie ein paar Worte und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="358"/>
        <source>The appreciation is longer than {limit:,} characters; please split it.</source>
        <translation>Die Wertschätzung ist länger als {limit} Zeichen; bitte teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="361"/>
        <source>The appreciation holds a broken character; please type that part again.</source>
        <translation>In der Wertschätzung steckt ein beschädigtes Zeichen; bitte tippen Sie diesen Teil noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="365"/>
        <source>The appreciation is empty. Write a few words, then save.</source>
        <translation>Die Wertschätzung ist leer. Schreiben Sie ein paar Worte und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="368"/>
        <source>A plan cannot hold that kind of content.</source>
        <translation>Ein Plan kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="369"/>
        <source>A check-in cannot hold that kind of content.</source>
        <translation>Ein Check-in kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="370"/>
        <source>A promise cannot hold that kind of content.</source>
        <translation>Ein Versprechen kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="371"/>
        <source>A disclosure cannot hold that kind of content.</source>
        <translation>Eine Offenlegung kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="372"/>
        <source>A appreciation cannot hold that kind of content.</source>
        <translation>Eine Wertschätzung kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="373"/>
        <source>A note cannot hold that kind of content.</source>
        <translation>Eine Notiz kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="374"/>
        <source>A outcome cannot hold that kind of content.</source>
        <translation>Ein Ergebnis kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="375"/>
        <source>A correction cannot hold that kind of content.</source>
        <translation>Eine Korrektur kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="376"/>
        <source>A withdrawn cannot hold that kind of content.</source>
        <translation>Ein Zurückziehen kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="377"/>
        <source>A pause cannot hold that kind of content.</source>
        <translation>Eine Pause kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="378"/>
        <source>A agreement cannot hold that kind of content.</source>
        <translation>Eine Vereinbarung kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="379"/>
        <source>A sharing ended cannot hold that kind of content.</source>
        <translation>Das Ende des Teilens kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="380"/>
        <source>A contact disclosure cannot hold that kind of content.</source>
        <translation>Ein Kontakt-Eintrag kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="381"/>
        <source>A answer cannot hold that kind of content.</source>
        <translation>Eine Antwort kann diese Art von Inhalt nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="382"/>
        <source>A stored plan entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Plan“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="383"/>
        <source>A stored check-in entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Check-in“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="384"/>
        <source>A stored promise entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Versprechen“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="385"/>
        <source>A stored disclosure entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Offenlegung“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="386"/>
        <source>A stored appreciation entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Wertschätzung“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="387"/>
        <source>A stored note entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Notiz“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="388"/>
        <source>A stored outcome entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Ergebnis“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="389"/>
        <source>A stored amend entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Korrektur“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="390"/>
        <source>A stored retract entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Zurückziehen“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="391"/>
        <source>A stored pause entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Pause“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="392"/>
        <source>A stored agreement entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Vereinbarung“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="393"/>
        <source>A stored ending entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Ende des Teilens“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="394"/>
        <source>A stored contact entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Kontakt“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="395"/>
        <source>A stored answer entry could not be read.</source>
        <translation>Ein gespeicherter Eintrag der Art „Antwort“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="397"/>
        <source>A promise cannot end before it starts.</source>
        <translation>Ein Versprechen kann nicht enden, bevor es beginnt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="398"/>
        <source>Choose at least one day of the week.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="400"/>
        <source>Write a few words for the moment first.</source>
        <translation>Schreiben Sie zuerst ein paar Worte zu diesem Moment.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="401"/>
        <source>Write a few words for the request first.</source>
        <translation>Schreiben Sie zuerst ein paar Worte zu Ihrer Bitte.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="402"/>
        <source>The moment is longer than {limit:,} characters; please keep it shorter.</source>
        <translation>Die Beschreibung des Moments ist länger als {limit} Zeichen; bitte fassen Sie sich etwas kürzer.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="406"/>
        <source>The request is longer than {limit:,} characters; please keep it shorter.</source>
        <translation>Die Bitte ist länger als {limit} Zeichen; bitte fassen Sie sich etwas kürzer.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="410"/>
        <source>The moment holds a broken character; please type it again.</source>
        <translation>In der Beschreibung des Moments steckt ein beschädigtes Zeichen; bitte tippen Sie sie noch einmal.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/domain_words.py" line="413"/>
        <source>The request holds a broken character; please type it again.</source>
        <translation>In der Bitte steckt ein beschädigtes Zeichen; bitte tippen Sie sie noch einmal.</translation>
    </message>
</context>
<context>
    <name>SetupFlow</name>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="49"/>
        <source>I&apos;m sharing</source>
        <translation>Ich teile</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="50"/>
        <source>I want to be open about my plans, check-ins and promises, so my partner can see my actions match my words.</source>
        <translation>Ich möchte offen mit meinen Plänen, Check-ins und Versprechen umgehen, damit mein Partner sehen kann, dass meine Taten zu meinen Worten passen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="58"/>
        <source>I&apos;m reviewing</source>
        <translation>Ich sehe durch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="59"/>
        <source>My partner will share their journal with me, and I&apos;ll look through it in my own time.</source>
        <translation>Mein Partner teilt sein Tagebuch mit mir, und ich sehe es in meinem eigenen Tempo durch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="66"/>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="67"/>
        <source>We are sharing with each other. I&apos;ll keep my own journal and review my partner&apos;s.</source>
        <translation>Wir teilen miteinander. Ich führe mein eigenes Tagebuch und sehe das meines Partners durch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="75"/>
        <source>Type the first group of your recovery code</source>
        <translation>Die erste Gruppe Ihres Wiederherstellungscodes eingeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="76"/>
        <source>Type the second group of your recovery code</source>
        <translation>Die zweite Gruppe Ihres Wiederherstellungscodes eingeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="77"/>
        <source>Type the third group of your recovery code</source>
        <translation>Die dritte Gruppe Ihres Wiederherstellungscodes eingeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="78"/>
        <source>Type the fourth group of your recovery code</source>
        <translation>Die vierte Gruppe Ihres Wiederherstellungscodes eingeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="79"/>
        <source>Type the fifth group of your recovery code</source>
        <translation>Die fünfte Gruppe Ihres Wiederherstellungscodes eingeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="80"/>
        <source>Type the sixth group of your recovery code</source>
        <translation>Die sechste Gruppe Ihres Wiederherstellungscodes eingeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="151"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="152"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="155"/>
        <source>Help and support</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="156"/>
        <source>Counselling, safety and keyboard keys (F1)</source>
        <translation>Beratung, Sicherheit und Tasten (F1)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="167"/>
        <source>Setting up Rekindle</source>
        <translation>Rekindle einrichten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="190"/>
        <source>Welcome to Rekindle</source>
        <translation>Willkommen bei Rekindle</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="193"/>
        <source>What Rekindle is not</source>
        <translation>Was Rekindle nicht ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="197"/>
        <source>You don&apos;t have to do this alone</source>
        <translation>Sie müssen das nicht allein schaffen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="205"/>
        <source>Before you begin</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="208"/>
        <source>If something doesn&apos;t feel right</source>
        <translation>Wenn sich etwas nicht richtig anfühlt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="213"/>
        <source>You can find these again at any time: press F1, or choose Help › Getting support.</source>
        <translation>Sie finden das jederzeit wieder: Drücken Sie F1 oder wählen Sie Hilfe › Unterstützung finden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="237"/>
        <source>How will you use Rekindle?</source>
        <translation>Wie möchten Sie Rekindle nutzen?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="238"/>
        <source>Choose what fits you today.</source>
        <translation>Wählen Sie, was heute zu Ihnen passt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="250"/>
        <source>Setting up your journal. This takes a moment…</source>
        <translation>Ihr Tagebuch wird eingerichtet. Das dauert einen Moment…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="255"/>
        <source>Choose a passphrase</source>
        <translation>Eine Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="257"/>
        <source>Your passphrase locks your journal. Only someone who knows it can open it, so choose one only you know. Rekindle never stores it.</source>
        <translation>Ihre Passphrase verschließt Ihr Tagebuch. Nur wer sie kennt, kann es öffnen, wählen Sie also eine, die nur Sie kennen. Rekindle speichert sie nie.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="264"/>
        <source>If you ever forget it, the recovery code you&apos;ll see next opens your journal too.</source>
        <translation>Falls Sie sie einmal vergessen, öffnet auch der Wiederherstellungscode, den Sie gleich sehen, Ihr Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="282"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="284"/>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="286"/>
        <source>If you ever forget your passphrase, this code opens your journal. Please write it down on paper now and keep it somewhere private and safe.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, öffnet dieser Code Ihr Tagebuch. Bitte schreiben Sie ihn jetzt auf Papier und bewahren Sie ihn an einem privaten, sicheren Ort auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="295"/>
        <source>It is shown only this once, and Rekindle does not keep a copy it can show you again. Anyone who has this code can open your journal, so keep it as private as the journal itself.</source>
        <translation>Er wird nur dieses eine Mal gezeigt, und Rekindle behält keine Kopie, die es Ihnen noch einmal zeigen könnte. Wer diesen Code hat, kann Ihr Tagebuch öffnen, halten Sie ihn also so privat wie das Tagebuch selbst.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="309"/>
        <source>One group of the recovery code</source>
        <translation>Eine Gruppe des Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="317"/>
        <source>Let&apos;s check your copy</source>
        <translation>Prüfen wir Ihre Abschrift</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="319"/>
        <source>To be sure your recovery code is written down correctly, please look at your copy and type one group of it. Groups are separated by dashes.</source>
        <translation>Damit sicher ist, dass Ihr Wiederherstellungscode richtig aufgeschrieben ist, sehen Sie bitte auf Ihre Abschrift und geben Sie eine Gruppe daraus ein. Die Gruppen sind durch Bindestriche getrennt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="328"/>
        <source>If you need to see the code again, choose Back.</source>
        <translation>Wenn Sie den Code noch einmal sehen möchten, wählen Sie „Zurück“.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="333"/>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="337"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Der Schlüsselbund dieses Computers wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="341"/>
        <source>Open without typing your passphrase?</source>
        <translation>Ohne Eingabe der Passphrase öffnen?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="343"/>
        <source>Rekindle can keep a key in this computer&apos;s secure keyring, so your journal opens without your passphrase. This is off unless you turn it on.</source>
        <translation>Rekindle kann einen Schlüssel im sicheren Schlüsselbund dieses Computers aufbewahren, sodass sich Ihr Tagebuch ohne Ihre Passphrase öffnet. Das ist aus, solange Sie es nicht einschalten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="352"/>
        <source>If you turn this on, anyone who can use this computer account while you are signed in could open your journal.</source>
        <translation>Wenn Sie das einschalten, könnte jeder, der dieses Benutzerkonto nutzen kann, während Sie angemeldet sind, Ihr Tagebuch öffnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="363"/>
        <source>Whatever you choose, Rekindle locks itself when you are away for a while, and Ctrl+L locks it at once.</source>
        <translation>Wie Sie sich auch entscheiden: Rekindle sperrt sich, wenn Sie eine Weile weg sind, und Strg+L sperrt es sofort.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="387"/>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="513"/>
        <source>That doesn&apos;t match your recovery code.</source>
        <translation>Das passt nicht zu Ihrem Wiederherstellungscode.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="514"/>
        <source>Look at your written copy and try again, or choose Back to see the code.</source>
        <translation>Sehen Sie auf Ihre Abschrift und versuchen Sie es noch einmal, oder wählen Sie „Zurück“, um den Code zu sehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="539"/>
        <source>This computer has a secure keyring Rekindle can use.</source>
        <translation>Dieser Computer hat einen sicheren Schlüsselbund, den Rekindle nutzen kann.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/setup_flow.py" line="566"/>
        <source>You can open your journal now; your passphrase always works.</source>
        <translation>Sie können Ihr Tagebuch jetzt öffnen; Ihre Passphrase funktioniert immer.</translation>
    </message>
</context>
<context>
    <name>SharerView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="63"/>
        <source>Nothing logged yet. Start small, in your own words: a check-in about where you are now, tomorrow&apos;s plans, or one of the promises you are making. Choose a kind in the quick-log bar above, type, and press Enter. Nothing leaves this computer unless you export it.</source>
        <translation>Noch nichts eingetragen. Fangen Sie klein an, in Ihren eigenen Worten: ein Check-in, wo Sie gerade sind, die Pläne für morgen oder eines der Versprechen, die Sie geben. Wählen Sie oben in der Schnelleingabe eine Art, schreiben Sie und drücken Sie die Eingabetaste. Nichts verlässt diesen Computer, außer Sie exportieren es.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="102"/>
        <source>The trend appears once a plan or promise has an outcome. It moves slowly, on purpose: trust comes back through consistency, not one good day.</source>
        <translation>Der Trend erscheint, sobald ein Plan oder Versprechen ein Ergebnis hat. Er bewegt sich mit Absicht langsam: Vertrauen kommt durch Beständigkeit zurück, nicht durch einen guten Tag.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="112"/>
        <source>Agreement…</source>
        <translation>Vereinbarung…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="114"/>
        <source>What you share, how often you talk, and your boundaries</source>
        <translation>Was Sie teilen, wie oft Sie miteinander sprechen, und Ihre Grenzen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="117"/>
        <source>Plan a pause…</source>
        <translation>Eine Pause planen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="119"/>
        <source>Holidays or illness: paused days are shown as a pause</source>
        <translation>Urlaub oder Krankheit: pausierte Tage werden als Pause gezeigt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="92"/>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="348"/>
        <source>Share a timeline file…</source>
        <translation>Eine Zeitleisten-Datei teilen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="124"/>
        <source>A signed, encrypted file of what you chose to share</source>
        <translation>Eine signierte, verschlüsselte Datei mit dem, was Sie zum Teilen ausgewählt haben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="146"/>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="127"/>
        <source>Stop sharing…</source>
        <translation>Teilen beenden…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="129"/>
        <source>End sharing now, on your own; your journal stays as it is</source>
        <translation>Das Teilen jetzt von sich aus beenden; Ihr Tagebuch bleibt, wie es ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="114"/>
        <location filename="../../rekindle_desktop/ui/help_dialog.py" line="188"/>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="135"/>
        <source>Also save it to a folder after each change</source>
        <translation>Nach jeder Änderung auch in einem Ordner speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="138"/>
        <source>For example a folder a sync tool already shares with your partner</source>
        <translation>Zum Beispiel ein Ordner, den ein Sync-Programm schon mit Ihrem Partner teilt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="147"/>
        <source>Share with your partner</source>
        <translation>Mit Ihrem Partner teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="152"/>
        <source>You see exactly what the file holds before it leaves. Private entries never do.</source>
        <translation>Sie sehen genau, was die Datei enthält, bevor sie diesen Computer verlässt. Private Einträge verlassen ihn nie.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="168"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="199"/>
        <source>Saved to {path} ({count} entries).</source>
        <translation>Gespeichert unter {path} ({count} Einträge).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="209"/>
        <source>Timeline files are saved only when you choose.</source>
        <translation>Zeitleisten-Dateien werden nur gespeichert, wenn Sie es möchten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="213"/>
        <source>Save timeline files to</source>
        <translation>Zeitleisten-Dateien speichern in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="222"/>
        <source>After each change, the file in {folder} is brought up to date.</source>
        <translation>Nach jeder Änderung wird die Datei in {folder} auf den neuesten Stand gebracht.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="236"/>
        <source>Saved: {path}. To get it to your partner, put it in a folder you both sync, on a USB stick, or attach it to an email; they open it with “Open a timeline file…”.</source>
        <translation>Gespeichert: {path}. Geben Sie sie Ihrem Partner über einen Ordner, den Sie beide synchronisieren, auf einem USB-Stick oder als E-Mail-Anhang; er oder sie öffnet sie mit „Eine Zeitleisten-Datei öffnen…“.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="341"/>
        <source>Last shared {day} at {time}, to {path}</source>
        <translation>Zuletzt geteilt am {day} um {time}, nach {path}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="353"/>
        <source>Your partner stopped reviewing on {day}.</source>
        <translation>Ihr Partner hat die Durchsicht am {day} beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="355"/>
        <source>Sharing stopped on {day}.</source>
        <translation>Das Teilen wurde am {day} beendet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="358"/>
        <source>Your journal stays as it is. To share again one day, pair again together.</source>
        <translation>Ihr Tagebuch bleibt, wie es ist. Um eines Tages wieder zu teilen, koppeln Sie gemeinsam erneut.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="364"/>
        <source>Pair again and share…</source>
        <translation>Erneut koppeln und teilen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="377"/>
        <source>Version {version}: check-in talks every {days} days; it&apos;s time to look at it again together.</source>
        <translation>Version {version}: Check-in-Gespräche alle {days} Tage; es ist Zeit, sie gemeinsam wieder anzusehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="383"/>
        <source>Version {version}: check-in talks every {days} days; look at it again on {date}.</source>
        <translation>Version {version}: Check-in-Gespräche alle {days} Tage; wieder ansehen am {date}.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="396"/>
        <source> It ends on {date} unless you agree a new one.</source>
        <translation> Diese Version endet am {date}, außer Sie vereinbaren eine neue.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="415"/>
        <source>Your partner agreed to version {version}.</source>
        <translation>Ihr Partner hat Version {version} zugestimmt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="417"/>
        <source>Your partner hasn&apos;t agreed to version {version} in a reply yet.</source>
        <translation>Ihr Partner hat Version {version} in einer Antwort noch nicht zugestimmt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="427"/>
        <source>No agreement written yet. Agree together what is shared, how often you talk, your boundaries, and when to look at it again.</source>
        <translation>Noch keine Vereinbarung geschrieben. Vereinbaren Sie gemeinsam, was geteilt wird, wie oft Sie miteinander sprechen, welche Grenzen Sie haben und wann Sie die Vereinbarung wieder ansehen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="501"/>
        <source>How it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="508"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="511"/>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="530"/>
        <source>Correct an entry</source>
        <translation>Einen Eintrag korrigieren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/sharer_view.py" line="559"/>
        <source>Outcome not saved</source>
        <translation>Ergebnis nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../rekindle_desktop/ui/single_instance.py" line="73"/>
        <source>Rekindle already has this journal open in another window.</source>
        <translation>Rekindle hat dieses Tagebuch schon in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/single_instance.py" line="74"/>
        <source>Switch to that window. If you can&apos;t find it, wait a moment and try again, or sign out and back in.</source>
        <translation>Wechseln Sie zu diesem Fenster. Wenn Sie es nicht finden, warten Sie einen Moment und versuchen Sie es noch einmal, oder melden Sie sich ab und wieder an.</translation>
    </message>
</context>
<context>
    <name>StopDialogs</name>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="48"/>
        <source>Where to save it</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="49"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="67"/>
        <source>Save the last file</source>
        <translation>Die letzte Datei speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="120"/>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="160"/>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="126"/>
        <source>You can stop sharing at any time, on your own: it needs no one&apos;s agreement. From now on, no timeline file will be made for your partner unless you both pair again. Your journal stays as it is, and what your partner has already seen stays with them.</source>
        <translation>Sie können das Teilen jederzeit von sich aus beenden: Dafür braucht es niemandes Zustimmung. Danach wird keine Zeitleisten-Datei mehr für Ihren Partner erstellt, außer Sie koppeln beide erneut. Ihr Tagebuch bleibt, wie es ist, und was Ihr Partner schon gesehen hat, bleibt bei ihm.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="136"/>
        <source>Write a last file that tells my partner sharing has ended</source>
        <translation>Eine letzte Datei schreiben, die meinem Partner sagt, dass das Teilen beendet ist</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="138"/>
        <source>Rekindle timeline (*.rekindle)</source>
        <translation>Rekindle-Zeitleiste (*.rekindle)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="143"/>
        <source>The last file adds only that sharing has ended, and your words if you write some; nothing else new leaves this computer. Without it, Rekindle won&apos;t tell your partner: tell them yourself if and when it feels safe.</source>
        <translation>Die letzte Datei sagt nur, dass das Teilen beendet ist, dazu Ihre Worte, falls Sie welche schreiben; sonst verlässt nichts Neues diesen Computer. Ohne sie sagt Rekindle Ihrem Partner nichts: Sagen Sie es selbst, falls und sobald es sich sicher anfühlt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="153"/>
        <source>A few words for your partner, if you wish (optional)</source>
        <translation>Ein paar Worte für Ihren Partner, wenn Sie möchten (optional)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="154"/>
        <source>Your words for your partner</source>
        <translation>Ihre Worte für Ihren Partner</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="159"/>
        <source>Keep sharing</source>
        <translation>Weiter teilen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="183"/>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="225"/>
        <source>Stop reviewing</source>
        <translation>Durchsicht beenden</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="188"/>
        <source>You can stop reviewing at any time, on your own: it needs no one&apos;s agreement. Everything you reviewed stays here, read-only, with your own notes. New timeline files from your partner won&apos;t be opened unless you both pair again.</source>
        <translation>Sie können die Durchsicht jederzeit von sich aus beenden: Dafür braucht es niemandes Zustimmung. Alles, was Sie durchgesehen haben, bleibt hier, nur zum Lesen, mit Ihren eigenen Notizen. Neue Zeitleisten-Dateien Ihres Partners werden nicht mehr geöffnet, außer Sie koppeln beide erneut.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="198"/>
        <source>Write a last reply that tells my partner I&apos;ve stopped</source>
        <translation>Eine letzte Antwort schreiben, die meinem Partner sagt, dass ich aufgehört habe</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="200"/>
        <source>Rekindle reply (*.rekindle-reply)</source>
        <translation>Rekindle-Antwort (*.rekindle-reply)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="208"/>
        <source>A last reply says how far you have read and that you have stopped; nothing else. Without it, Rekindle won&apos;t tell your partner: tell them yourself if and when it feels safe.</source>
        <translation>Eine letzte Antwort sagt, wie weit Sie gelesen haben und dass Sie aufgehört haben; sonst nichts. Ohne sie sagt Rekindle Ihrem Partner nichts: Sagen Sie es selbst, falls und sobald es sich sicher anfühlt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="215"/>
        <source>You haven&apos;t reviewed a file yet, so there is no reply to write. Rekindle won&apos;t tell your partner: tell them yourself if and when it feels safe.</source>
        <translation>Sie haben noch keine Datei durchgesehen, daher gibt es keine Antwort zu schreiben. Rekindle sagt Ihrem Partner nichts: Sagen Sie es selbst, falls und sobald es sich sicher anfühlt.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="224"/>
        <source>Keep reviewing</source>
        <translation>Weiter durchsehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/stop_dialogs.py" line="235"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="23"/>
        <source>Rekindle helps two partners rebuild trust after it has been broken. The partner who broke trust chooses to share their plans, check-ins and promises. The other partner can look back over them, in their own time, and see words and actions line up.</source>
        <translation>Rekindle hilft zwei Partnern, Vertrauen wieder aufzubauen, nachdem es gebrochen wurde. Wer das Vertrauen gebrochen hat, entscheidet sich, Pläne, Check-ins und Versprechen zu teilen. Der andere Partner kann sie im eigenen Tempo ansehen und erkennen, dass Worte und Taten zusammenpassen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="31"/>
        <source>It is never surveillance. Nothing is recorded automatically: every entry is written by hand, by the person sharing. Your journal is encrypted, and nothing leaves this computer unless you export it.</source>
        <translation>Es ist niemals Überwachung. Nichts wird automatisch aufgezeichnet: Jeder Eintrag wird von Hand geschrieben, von der Person, die teilt. Ihr Tagebuch ist verschlüsselt, und nichts verlässt diesen Computer, außer Sie exportieren es.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="38"/>
        <source>Rekindle works best alongside honest conversations, and often alongside a counsellor, for one of you or for you both. It is a support, not a substitute.</source>
        <translation>Rekindle hilft am besten zusammen mit ehrlichen Gesprächen, und oft zusammen mit einer Beratung, für einen von Ihnen oder für Sie beide. Es ist eine Unterstützung, kein Ersatz.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="44"/>
        <source>A couples counsellor, or one just for you, can help you talk about what happened and what each of you needs. Your doctor, a local relationship-support service or a professional body for counsellors can point you to one near you. Many work by phone or video too.</source>
        <translation>Eine Paarberatung, oder eine Beratung nur für Sie, kann Ihnen helfen, darüber zu sprechen, was passiert ist und was jeder von Ihnen braucht. Ihre Ärztin oder Ihr Arzt, eine Beratungsstelle vor Ort oder ein Berufsverband für Beratung kann Ihnen jemanden in Ihrer Nähe nennen. Viele beraten auch per Telefon oder Video.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="52"/>
        <source>Sharing only helps when it is freely chosen. Transparency must never be pressured or forced on anyone.</source>
        <translation>Teilen hilft nur, wenn es freiwillig geschieht. Niemand darf zu Transparenz gedrängt oder gezwungen werden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="58"/>
        <source>If you feel pressured, controlled or unsafe, please don&apos;t use Rekindle. You deserve support, and help is there:</source>
        <translation>Wenn Sie sich unter Druck gesetzt, kontrolliert oder unsicher fühlen, nutzen Sie Rekindle bitte nicht. Sie verdienen Unterstützung, und es gibt Hilfe:</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="65"/>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Wenn Sie gerade in Gefahr sind, rufen Sie den Notruf an (in Deutschland 110 oder 112).</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="66"/>
        <source>United States: National Domestic Violence Hotline, 1-800-799-7233.</source>
        <translation>Vereinigte Staaten: National Domestic Violence Hotline, 1-800-799-7233.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="69"/>
        <source>United Kingdom: National Domestic Abuse Helpline, 0808 2000 247.</source>
        <translation>Vereinigtes Königreich: National Domestic Abuse Helpline, 0808 2000 247.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="70"/>
        <source>A counsellor or your doctor can help you find support near you.</source>
        <translation>Eine Beratungsstelle oder Ihre Ärztin bzw. Ihr Arzt kann Ihnen helfen, Unterstützung in Ihrer Nähe zu finden.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="74"/>
        <source>Ctrl+L locks Rekindle and hides everything at once.</source>
        <translation>Strg+L sperrt Rekindle und verbirgt sofort alles.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="75"/>
        <source>Sharing can be paused or stopped at any time. A pause is shown as a pause, never as a miss.</source>
        <translation>Das Teilen lässt sich jederzeit pausieren oder beenden. Eine Pause wird als Pause gezeigt, nie als Versäumnis.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="80"/>
        <source>You can say no, and you can change your mind. Nobody is owed your journal.</source>
        <translation>Sie dürfen Nein sagen, und Sie dürfen es sich anders überlegen. Niemand hat ein Recht auf Ihr Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="85"/>
        <source>Open the safety exit</source>
        <translation>Den sicheren Ausstieg öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="86"/>
        <source>In one place: stop sharing now, lock, and hide Rekindle from the tray. It is also in the Help menu and in the tray&apos;s menu.</source>
        <translation>An einem Ort: Teilen jetzt beenden, sperren und Rekindle im Infobereich ausblenden. Sie finden ihn auch im Menü „Hilfe“ und im Menü im Infobereich.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="93"/>
        <source>Nothing leaves this computer unless you export it.</source>
        <translation>Nichts verlässt diesen Computer, außer Sie exportieren es.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="116"/>
        <source>You don’t have to do this alone</source>
        <translation>Sie müssen das nicht allein schaffen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="117"/>
        <source>If you feel unsafe or pressured</source>
        <translation>Wenn Sie sich unsicher oder unter Druck fühlen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="118"/>
        <source>What you can do right now</source>
        <translation>Was Sie jetzt gleich tun können</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="133"/>
        <source>Your journal is encrypted and kept on this computer.</source>
        <translation>Ihr Tagebuch ist verschlüsselt und bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="134"/>
        <source>Rekindle never opens a network connection.</source>
        <translation>Rekindle baut nie eine Netzwerkverbindung auf.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/texts.py" line="135"/>
        <source>Free software, under the GNU GPL, version 3 or later.</source>
        <translation>Freie Software unter der GNU GPL, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_delegate.py" line="134"/>
        <source>Today · {day}</source>
        <translation>Heute · {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_delegate.py" line="136"/>
        <source>Yesterday · {day}</source>
        <translation>Gestern · {day}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_delegate.py" line="312"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="33"/>
        <source>kept as said</source>
        <translation>eingehalten wie gesagt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="34"/>
        <source>changed, with notice beforehand</source>
        <translation>geändert, vorher Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="35"/>
        <source>changed, told afterwards</source>
        <translation>geändert, danach Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="36"/>
        <source>not kept</source>
        <translation>nicht eingehalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="37"/>
        <source>not yet confirmed</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="40"/>
        <source>logged late</source>
        <translation>spät eingetragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="41"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="42"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="43"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="44"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="45"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="46"/>
        <source>new since your last review</source>
        <translation>neu seit Ihrer letzten Durchsicht</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="47"/>
        <source>recorded after your last review</source>
        <translation>nach Ihrer letzten Durchsicht eingetragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="48"/>
        <source>told early</source>
        <translation>früh Bescheid gegeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_model.py" line="188"/>
        <source>outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="36"/>
        <source>Nothing matches these filters. Clear the search or choose “All kinds”.</source>
        <translation>Nichts passt zu diesen Filtern. Leeren Sie die Suche oder wählen Sie „Alle Arten“.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="41"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="42"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="43"/>
        <source>Promises</source>
        <translation>Versprechen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="44"/>
        <source>Disclosures</source>
        <translation>Offenlegungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="45"/>
        <source>Appreciations</source>
        <translation>Wertschätzungen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="46"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="47"/>
        <source>Contact disclosures</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="62"/>
        <source>Show kind</source>
        <translation>Art anzeigen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="63"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="66"/>
        <source>Show outcome</source>
        <translation>Ergebnis anzeigen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="67"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="70"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="72"/>
        <source>Words, places, people…</source>
        <translation>Wörter, Orte, Personen…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/timeline_panel.py" line="85"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="70"/>
        <source>Your new passphrase is saved. Use it the next time you unlock.</source>
        <translation>Ihre neue Passphrase ist gespeichert. Verwenden Sie sie beim nächsten Entsperren.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="112"/>
        <source>Rekindle is locked</source>
        <translation>Rekindle ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="114"/>
        <source>Everything is hidden. Type your passphrase to open it again.</source>
        <translation>Alles ist verborgen. Geben Sie Ihre Passphrase ein, um es wieder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="120"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="122"/>
        <source>Type your passphrase to open your journal.</source>
        <translation>Geben Sie Ihre Passphrase ein, um Ihr Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="124"/>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="125"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="126"/>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="200"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="129"/>
        <source>Open with this computer&apos;s keyring</source>
        <translation>Mit dem Schlüsselbund dieses Computers öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="132"/>
        <source>Forgot your passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="137"/>
        <source>Help and support</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="138"/>
        <source>Counselling, safety and keyboard keys (F1)</source>
        <translation>Beratung, Sicherheit und Tasten (F1)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="166"/>
        <source>Type your passphrase first.</source>
        <translation>Geben Sie zuerst Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="184"/>
        <source>Opening with this computer&apos;s keyring…</source>
        <translation>Wird mit dem Schlüsselbund dieses Computers geöffnet…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="200"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="218"/>
        <source>Type your passphrase instead; it always works.</source>
        <translation>Geben Sie stattdessen Ihre Passphrase ein; sie funktioniert immer.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="239"/>
        <source>Open with your recovery code</source>
        <translation>Mit Ihrem Wiederherstellungscode öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="241"/>
        <source>Type the recovery code you wrote down when you set up Rekindle. Dashes, spaces and capital letters don&apos;t matter.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Einrichten von Rekindle aufgeschrieben haben. Bindestriche, Leerzeichen und Großbuchstaben spielen keine Rolle.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="249"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="250"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-X</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-X</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="256"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="258"/>
        <source>Back to the passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="289"/>
        <source>Type your recovery code first.</source>
        <translation>Geben Sie zuerst Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="322"/>
        <source>Choose a new passphrase</source>
        <translation>Eine neue Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="324"/>
        <source>Your journal is open. Choose a new passphrase so you can unlock it next time. Your recovery code keeps working as before.</source>
        <translation>Ihr Tagebuch ist offen. Wählen Sie eine neue Passphrase, damit Sie es beim nächsten Mal entsperren können. Ihr Wiederherstellungscode funktioniert weiter wie bisher.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="332"/>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="367"/>
        <source>Save new passphrase</source>
        <translation>Neue Passphrase speichern</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/unlock_view.py" line="356"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>VoiceView</name>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="48"/>
        <source>1 · a passing moment</source>
        <translation>1 · ein flüchtiger Moment</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="49"/>
        <source>2 · it stayed with me for a while</source>
        <translation>2 · es hat mich eine Weile begleitet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="50"/>
        <source>3 · hard</source>
        <translation>3 · schwer</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="51"/>
        <source>4 · very hard</source>
        <translation>4 · sehr schwer</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="52"/>
        <source>5 · overwhelming</source>
        <translation>5 · überwältigend</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="55"/>
        <source>Some reassurance</source>
        <translation>Etwas Zuspruch</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="56"/>
        <source>An answer to a question</source>
        <translation>Eine Antwort auf eine Frage</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="57"/>
        <source>Some space</source>
        <translation>Etwas Freiraum</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="58"/>
        <source>A talk at our next check-in</source>
        <translation>Ein Gespräch bei unserem nächsten Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="61"/>
        <source>You asked for some reassurance</source>
        <translation>Sie haben um etwas Zuspruch gebeten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="62"/>
        <source>You asked for an answer to a question</source>
        <translation>Sie haben um eine Antwort auf eine Frage gebeten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="63"/>
        <source>You asked for some space</source>
        <translation>Sie haben um etwas Freiraum gebeten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="64"/>
        <source>You asked for a talk at your next check-in</source>
        <translation>Sie haben um ein Gespräch bei Ihrem nächsten Check-in gebeten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="79"/>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="109"/>
        <source>What brought it up</source>
        <translation>Was es ausgelöst hat</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="81"/>
        <source>A place, a date, a song, a name… in your own words</source>
        <translation>Ein Ort, ein Datum, ein Lied, ein Name… in Ihren eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="95"/>
        <source>Ask my partner for this</source>
        <translation>Meinen Partner darum bitten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="97"/>
        <source>Off: it stays on this computer, for you. On: your next reply carries it.</source>
        <translation>Aus: Es bleibt auf diesem Computer, für Sie. An: Ihre nächste Antwort nimmt es mit.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="103"/>
        <source>Keep this trigger</source>
        <translation>Diesen Moment festhalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="110"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="111"/>
        <source>How strong</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="112"/>
        <source>What would help</source>
        <translation>Was helfen würde</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="122"/>
        <source>When something brings it back</source>
        <translation>Wenn etwas alles zurückbringt</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="124"/>
        <source>Write it down here, for yourself. It stays on this computer unless you choose to ask your partner for what would help.</source>
        <translation>Schreiben Sie es hier auf, für sich selbst. Es bleibt auf diesem Computer, außer Sie entscheiden sich, Ihren Partner um das zu bitten, was helfen würde.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="136"/>
        <source>Your requests</source>
        <translation>Ihre Bitten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="140"/>
        <source>No requests yet. When you ask your partner for something, it shows here with their answer and how soon it came.</source>
        <translation>Noch keine Bitten. Wenn Sie Ihren Partner um etwas bitten, steht es hier, mit seiner Antwort und wie bald sie kam.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="148"/>
        <source>Your requests and their answers</source>
        <translation>Ihre Bitten und die Antworten Ihres Partners</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="152"/>
        <source>Your triggers</source>
        <translation>Ihre Momente</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="156"/>
        <source>Your triggers, only here</source>
        <translation>Ihre Momente, nur hier</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="189"/>
        <source>Their answer: {text}</source>
        <translation>Antwort Ihres Partners: {text}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="198"/>
        <source>Your question for the next check-in</source>
        <translation>Ihre Frage für den nächsten Check-in</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="199"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="201"/>
        <source>goes with your next reply</source>
        <translation>wird mit Ihrer nächsten Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="234"/>
        <source>Kept. Your next reply will carry it to your partner.</source>
        <translation>Festgehalten. Ihre nächste Antwort bringt es zu Ihrem Partner.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/voice_view.py" line="236"/>
        <source>Kept, for you alone. Nothing was sent.</source>
        <translation>Festgehalten, nur für Sie. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="154"/>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="155"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="156"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="157"/>
        <source>Confirm new passphrase</source>
        <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="158"/>
        <source>Show what I type</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="170"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="175"/>
        <source>Type it once more</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="193"/>
        <source>That passphrase would be too easy to guess.</source>
        <translation>Diese Passphrase wäre zu leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="198"/>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="199"/>
        <source>Type the same passphrase in both fields.</source>
        <translation>Geben Sie in beide Felder dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="223"/>
        <source>Strength: {strength}. {advice}</source>
        <translation>Stärke: {strength}. {advice}</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="230"/>
        <source>A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="237"/>
        <source>These match.</source>
        <translation>Die beiden stimmen überein.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="239"/>
        <source>These don&apos;t match yet.</source>
        <translation>Die beiden stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/widgets.py" line="310"/>
        <source>Beside the timeline</source>
        <translation>Neben der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="31"/>
        <source>Withdraw an entry</source>
        <translation>Einen Eintrag zurückziehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="35"/>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="62"/>
        <source>Why (optional)</source>
        <translation>Warum (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="36"/>
        <source>e.g. Logged twice by mistake</source>
        <translation>z. B. Versehentlich doppelt eingetragen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="40"/>
        <source>Withdraw it</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="43"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="49"/>
        <source>Withdraw this entry?</source>
        <translation>Diesen Eintrag zurückziehen?</translation>
    </message>
    <message>
        <location filename="../../rekindle_desktop/ui/withdraw_dialog.py" line="53"/>
        <source>It stays in your record, marked as withdrawn, so nothing disappears. If it was already shared, your partner sees that it was withdrawn in your next timeline file.</source>
        <translation>Er bleibt in Ihren Aufzeichnungen, als zurückgezogen markiert, damit nichts verschwindet. Wurde er schon geteilt, sieht Ihr Partner in Ihrer nächsten Zeitleisten-Datei, dass er zurückgezogen wurde.</translation>
    </message>
</context>
</TS>
