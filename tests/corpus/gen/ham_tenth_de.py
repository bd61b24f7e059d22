"""Round 11's tenth batch: German posts of the non-technical lists (see ham_tenth.py): Familienforschung, Pfarrei
und Caritas, Alumni und Förderverein, Schachverein, Genossenschaft, Feuerwehr-Förderverein und Dorfverein,
Erbrecht in der Praxis, Hilfswerk. Each topic is (subject, post, reply, reply). Written blind; every list splits by
index (even dev, odd held-out)."""

SHARED = {
    "sig": ["Viele Grüße\n{me}", "Beste Grüße,\n{me}", "Herzliche Grüße aus dem Oberland\n{me}", "Gruß\n{me}",
            "Mit freundlichem Gruß\n{me}", "Liebe Grüße\n{me}", "Schöne Grüße\n{me}", "Danke euch!\n{me}"],
    "warn": ["Achtung, liebe Mitglieder: diese Mail ist bei mehreren von uns angekommen. Das ist Betrug. Bitte nicht antworten "
             "und keine Daten herausgeben.",
             "Ich leite das weiter, damit auch die Neuen wissen, wie so etwas aussieht. Einfach löschen.",
             "Das hier lag heute früh in meinem Postfach, angeblich an die Liste gerichtet. Klassischer Vorschussbetrug.",
             "Warnung: folgendes wurde an einige Mitglieder verschickt. Der Vorstand hat damit nichts zu tun, und kein "
             "echter Notar schreibt so.",
             "Schon wieder so eine. Die typischen Zeichen: ein Fremder, ein Vermögen und die Bitte um Ihre Daten.",
             "Bitte passt auf, meine Nachbarin (84) hätte fast geantwortet. Ich hänge den Text an, damit ihr ihn erkennt."],
    "warn_subj": ["Betrugswarnung - bitte lesen", "Vorsicht: gefälschte Erbschaftsmails", "Wieder eine Betrugsmail unterwegs",
                  "Bitte nicht antworten!", "Betrügerische Mail an die Liste", "Vorsicht bei dieser Mail"],
    "warn_reply": ["Danke fürs Weiterleiten. Bei mir kam die gleiche am Dienstag, ich habe sie der Polizei gemeldet.",
                   "Hatte ich auch. Auffällig, dass sie jetzt zuerst nach dem Beruf fragen.",
                   "Gut aufgepasst. Meine Sparkasse sagt, solche Mails kommen dutzendweise pro Woche.",
                   "Danke, ich wollte gerade fragen, ob die noch jemand bekommen hat."],
    "ask": ["Weiß jemand, ob das echt ist? Der Nachname meines Großvaters kommt vor, deshalb bin ich unsicher.",
            "Ist das seriös? Kam heute, ich kenne diesen Anwalt nicht und habe noch nicht geantwortet.",
            "Entschuldigt die dumme Frage, aber ist die Mail unten Betrug? Meine Mutter hat sie bekommen.",
            "Ich kenne mich mit Computern nicht so aus. Das sieht amtlich aus. Soll ich antworten?",
            "Bevor ich etwas tue: hat jemand so einen Brief schon gesehen? Ich sei Begünstigter.",
            "Kann das echt sein? Wir hatten tatsächlich Verwandte, die ausgewandert sind."],
    "ask_subj": ["Ist das echt?", "Betrug oder nicht?", "Komische Mail wegen einer Erbschaft", "Frage zu einer Mail",
                 "Bitte um Rat: Schreiben von einem Anwalt", "Soll ich darauf antworten?"],
    "ask_reply": ["Leider Betrug. Echte Nachlassgerichte und Notare schreiben per Post und fragen nicht nach Ihren Daten.",
                  "Eindeutig Betrug. Nicht antworten, auch nicht um abzusagen, das bestätigt nur die Adresse.",
                  "Bitte nicht reagieren. Keine Bank und kein Anwalt schreibt so an Fremde.",
                  "Das ist der bekannte Vorschussbetrug, später wird eine Gebühr verlangt. Löschen."],
}

HAM = {
    "genealogy": {"topic": [
        ("Suche Nachkommen von August Kowalski, Insterburg",
         "Ich suche Nachkommen von August Kowalski, geboren um {year} in Insterburg, Landwirt. Laut Erbschein von 1938 gab es "
         "fünf Kinder, zwei Söhne sind nach der Flucht verschollen. Einer soll nach Kanada ausgewandert sein.\n\nFalls jemand "
         "verwandt ist, tausche ich gern Unterlagen aus, auch Abschriften aus dem Kirchenbuch.",
         "Ein Sohn Kowalski taucht in meinen Unterlagen auf, Einwanderung nach Kanada 1952. Ich schicke dir die Passagierliste.",
         "Schau mal in die Suchdienstkartei des DRK, da sind viele Vermisste der Flucht verzeichnet."),
        ("Wehrmachtsauskunft für {man} - Erfahrungen?",
         "Hat jemand Erfahrung mit Anfragen beim Bundesarchiv zu Militärdienstakten? Mein Großvater war Soldat und galt ab "
         "1944 als vermisst. Die Familie hat nie erfahren, was passiert ist.\n\nWie lange dauert die Auskunft ungefähr?",
         "Bei mir hat es etwa acht Monate gedauert, aber die Auskunft war sehr ausführlich, mit Lazarettaufenthalten.",
         "Die Anfrage ist für nahe Angehörige kostenlos. Sterbeurkunde der Eltern beilegen hilft."),
        ("Testament von 1912 im Amtsgericht gefunden",
         "Ich habe im Staatsarchiv das Testament meines Ururgroßvaters gefunden. Er vermacht den Hof dem ältesten Sohn und "
         "jeder Tochter eine Summe als Erbteil. Kann jemand die alte Schrift in der Anlage lesen?\n\nBesonders die Zeile zum "
         "Altenteil der Witwe verstehe ich nicht.",
         "Das ist Kurrent. Dort steht: 'Meiner Ehefrau verbleibt das Wohnrecht in der Altenteilstube auf Lebenszeit.'",
         "Schöner Fund. Die Nachlassakte daneben enthält oft auch ein Inventar."),
        ("Erbenermittler hat mich angeschrieben - Stammbaum",
         "Ein Erbenermittler hat mir geschrieben, ich sei möglicherweise Erbin einer entfernten Tante. Er will ein Drittel, "
         "bevor er den Namen nennt. Kann ich über meine eigene Forschung herausfinden, um wen es geht?\n\nDas Nachlassgericht "
         "habe ich noch nicht gefragt.",
         "Frag beim Nachlassgericht nach, ob dort ein Nachlassverfahren mit unbekannten Erben läuft. Oft werden sie öffentlich "
         "aufgerufen.",
         "Seriöse Erbenermittler gibt es, aber du musst nichts unterschreiben. Mit deinem Stammbaum kommst du oft allein weiter."),
        ("Auswanderer nach Amerika - Passagierlisten",
         "Mein Urgroßonkel {man} ist laut Familienüberlieferung um {year} über Bremen nach Amerika ausgewandert. Die "
         "Bremer Listen sind ja größtenteils verloren. Wo würdet ihr als nächstes suchen?\n\nIch weiß nur, dass er Schmied "
         "war und einen Bruder zurückließ.",
         "Versuch die Ankunftslisten in New York oder Baltimore, dort sind die Bremer Schiffe gut erfasst.",
         "Manchmal hilft auch der Nachlass des Bruders: Briefe aus Amerika wurden oft im Testament erwähnt."),
        ("Kirchenbuch: Witwe heiratet Bruder des Verstorbenen",
         "In einem Kirchenbuch von {year} finde ich, dass die Witwe ein Jahr nach dem Tod ihres Mannes dessen jüngeren "
         "Bruder heiratet. Der Hof bleibt so in der Familie. Kennt ihr das als übliche Praxis in der Gegend?",
         "Ja, das war gar nicht selten, gerade bei Hoferbfolge mit minderjährigen Kindern.",
         "Prüf den Übergabevertrag beim Amtsgericht, da steht oft die Absicherung der Kinder aus erster Ehe drin."),
    ]},
    "parish": {"topic": [
        ("Erntedank-Kollekte: Dank und Ergebnis",
         "Liebe Gemeinde, herzlichen Dank für Ihre Spenden zum Erntedankfest. Die Kollekte ergab {amount} für die Tafel und das "
         "Hospiz. Besonderer Dank an die Kommunionkinder für den Kuchenverkauf.\n\nSpendenquittungen stellt das Pfarrbüro auf "
         "Wunsch aus.",
         "Schön! Kann die Tafel sagen, was sie im Dezember am dringendsten braucht?",
         "Danke für die Mühe. Das Hospiz lässt ausrichten, dass davon eine Nachtwache finanziert wird."),
        ("Vermächtnis für die Orgel",
         "Der Kirchenvorstand dankt: die verstorbene {woman}, über fünfzig Jahre im Kirchenchor, hat der Pfarrei in ihrem "
         "Testament ein Vermächtnis von {amount} für die Orgelrenovierung hinterlassen.\n\nIm Sonntagsgottesdienst gedenken wir "
         "ihrer.",
         "Was für eine großzügige Gabe. Sie hat mir damals das Singen beigebracht.",
         "Vielleicht könnten wir eine kleine Tafel an der Orgelempore anbringen?"),
        ("Trauercafé für Witwen und Witwer",
         "Das Trauercafé trifft sich wieder jeden ersten Dienstag im Pfarrheim. Eingeladen sind alle, die einen Menschen "
         "verloren haben, unabhängig von der Konfession.\n\nNiemand muss reden, Kaffee und Kuchen gibt es immer.",
         "Ich war letztes Jahr nach dem Tod meines Mannes dort, es hat mir sehr geholfen.",
         "Können wir Fahrgelegenheiten anbieten? Einige Witwen fahren nicht mehr Auto."),
        ("Tombola beim Pfarrfest - Preise gesucht",
         "Für die Tombola beim Pfarrfest suchen wir noch Preise: Gutscheine, Präsentkörbe, Neuwertiges. Lose kosten einen Euro, "
         "die Ziehung ist um 17 Uhr.\n\nDer Erlös geht an die Caritas-Sozialstation.",
         "Ich spende wieder einen Präsentkorb, der Friseur am Markt gibt einen Gutschein.",
         "Muss die Tombola eigentlich angemeldet werden? Da war doch letztes Jahr eine Frage."),
        ("Caritas-Sammlung: neue Bankverbindung",
         "Die Caritas-Haussammlung läuft ab nächster Woche. Bitte beachten Sie die neue Bankverbindung der Pfarrei: IBAN "
         "{iban}. Sammlerinnen und Sammler tragen einen Ausweis des Pfarrbüros.\n\nSollte jemand ohne Ausweis klingeln, "
         "melden Sie sich bitte im Pfarrbüro.",
         "Danke für den Hinweis mit dem Ausweis. Letztes Jahr gab es ja falsche Sammler.",
         "Kann man auch online spenden?"),
        ("Seniorenfahrt und Zuschuss",
         "Die Seniorenfahrt nach Altötting findet statt. Dank einer Spende des Fördervereins kostet sie nur {amount} "
         "pro Person. Wer sich die Fahrt nicht leisten kann, spricht bitte vertraulich mit dem Pfarrer.\n\nAnmeldung bis Ende "
         "des Monats.",
         "Schön, dass es wieder stattfindet. Meine Mutter freut sich schon.",
         "Gibt es einen Platz für einen Rollstuhl im Bus?"),
    ]},
    "alumni": {"topic": [
        ("Deutschlandstipendium: Förderer gesucht",
         "Liebe Alumni, für das Deutschlandstipendium suchen wir wieder Förderer. Jeder Euro, den Sie spenden, wird vom Bund "
         "verdoppelt. Im letzten Jahr kamen {amount} zusammen.\n\nSpenden sind steuerlich absetzbar.",
         "Ich bin wieder dabei. Kann man einem bestimmten Fachbereich spenden?",
         "Könnte der Förderverein die Zahl der Stipendien pro Fakultät veröffentlichen?"),
        ("Nachruf: Prof. {man}",
         "Mit großer Trauer teilen wir mit, dass Prof. {man} verstorben ist. Er lehrte dreißig Jahre Maschinenbau. Er "
         "hinterlässt seine Witwe und zwei Töchter. Statt Blumen bittet die Familie um Spenden an den Notfonds für "
         "Studierende.\n\nDie Gedenkfeier findet im Audimax statt.",
         "Er war der Grund, warum ich geblieben bin. Danke für die Nachricht.",
         "Wird die Gedenkfeier gestreamt? Viele von uns leben im Ausland."),
        ("Testamentsspende an den Förderverein",
         "Einige Mitglieder fragten, wie man den Förderverein im Testament bedenkt. Als gemeinnütziger Verein ist er von der "
         "Erbschaftsteuer befreit. Eine Formulierung für Ihr Testament schicken wir gern zu.\n\nSie müssen uns ein "
         "Vermächtnis nicht mitteilen.",
         "Gut zu wissen. Kann das Vermächtnis an einen Zweck gebunden werden?",
         "Habe ich mit meiner Notarin gemacht, das war ein Absatz mehr im Testament."),
        ("Alumni im Auswärtigen Dienst - Gesprächsabend",
         "Der Career Service plant einen Abend für Studierende, die sich für den Auswärtigen Dienst interessieren. Wir suchen "
         "Alumni, die an Botschaften oder in internationalen Organisationen arbeiten.\n\nReisekosten werden erstattet.",
         "Ich war sechs Jahre an zwei Botschaften und komme gern.",
         "Könnte jemand aus der Entwicklungszusammenarbeit dazukommen?"),
        ("Notfonds für Studierende: Bericht",
         "Dank Ihrer Spenden konnte der Notfonds in diesem Jahr {n} Studierende unterstützen, meist bei Mietrückständen und "
         "Laptops. Ein Student schrieb uns, ohne die Hilfe hätte er das Studium abgebrochen.\n\nDer Fonds lebt allein von "
         "Spenden.",
         "Schön zu sehen, wo das Geld ankommt.",
         "Wäre ein zinsloses Darlehen eine Alternative für manche?"),
        ("Ehemaligentreffen Jahrgang {year}",
         "Unser Jahrgangstreffen findet im Frühjahr in der alten Mensa statt. Beim Abendessen vergeben wir auch zum ersten "
         "Mal das Stipendium im Gedenken an {person}.\n\nBitte meldet euch bis Ende des Monats an.",
         "Bin dabei! Schön, dass das Stipendium jetzt startet.",
         "Kann man für das Stipendium auch ohne Teilnahme spenden?"),
    ]},
    "club": {"topic": [
        ("Vereinsmeisterschaft und Tombola",
         "Die Vereinsmeisterschaft ist entschieden: {person} gewinnt mit 6 aus 7 Punkten. Bei der Tombola gewann Los Nummer "
         "{n} das Schachbrett aus Nussholz.\n\nDie Preise können beim nächsten Spielabend abgeholt werden.",
         "Glückwunsch! Die letzte Runde war spannend bis zum Schluss.",
         "Wie viel hat die Tombola eingebracht? Geht das wieder in die Jugendarbeit?"),
        ("Nachlass unseres Ehrenmitglieds",
         "Die Witwe unseres verstorbenen Ehrenmitglieds {man} hat dem Verein seine Schachbibliothek vermacht, über "
         "dreihundert Bände. Doppelte Bücher wollen wir an Mitglieder gegen Spende abgeben.\n\nDer Erlös geht an die "
         "Jugendkasse.",
         "Was für ein Schatz. Ich hätte Interesse an den alten Turnierbüchern.",
         "Wir sollten ihr einen Dankesbrief im Namen des Vereins schreiben."),
        ("Mitgliedsbeitrag und neue Bankverbindung",
         "Der Jahresbeitrag ist fällig. Bitte überweist ab sofort auf das neue Vereinskonto, IBAN {iban}, Verwendungszweck: "
         "Name und Beitrag.\n\nDas alte Konto wird zum Jahresende aufgelöst.",
         "Erledigt. Gibt es auch eine Lastschrift, damit ich es nicht vergesse?",
         "Danke. Wer hat beim Kassenprüfer die Zeichnungsberechtigung?"),
        ("Zuschuss vom Landessportbund",
         "Gute Nachricht: der Landessportbund gibt uns einen Zuschuss von {amount} für neue Uhren und Bretter. Das Geld muss "
         "bis Jahresende ausgegeben und belegt werden.\n\nVorschläge für die Bestellung bitte an mich.",
         "Super! Digitale Uhren mit Inkrement wären toll.",
         "Bitte die Belege gut aufheben, die Prüfung ist streng."),
        ("Jugendturnier: Sponsoren und Preise",
         "Für das Jugendturnier haben uns zwei Firmen aus dem Ort Sachpreise gespendet, die Sparkasse gibt {amount} für die "
         "Pokale. Wir brauchen noch Helfer für die Turnierleitung.\n\nAnmeldung der Spieler bis zum Monatsende.",
         "Ich kann am Samstag die Turnierleitung übernehmen.",
         "Sollen wir die Sponsoren auf der Urkunde nennen?"),
        ("Vereinslotterie zum Jubiläum",
         "Zum 75-jährigen Jubiläum veranstalten wir eine kleine Vereinslotterie. Lose zu zwei Euro gibt es an den "
         "Spielabenden. Hauptpreis ist ein Wochenende im Schachhotel.\n\nDie Ziehung erfolgt beim Festabend unter Aufsicht "
         "des Vorstands.",
         "Tolle Idee. Ich nehme zehn Lose.",
         "Muss die Lotterie beim Ordnungsamt angezeigt werden?"),
    ]},
    "co-op": {"topic": [
        ("Dividende und Generalversammlung",
         "Der Vorstand schlägt der Generalversammlung eine Dividende von 2 Prozent auf die Geschäftsanteile vor. Jedes Mitglied "
         "hat eine Stimme, unabhängig von der Zahl der Anteile.\n\nDie Einladung mit Tagesordnung folgt per Post.",
         "Danke. Wird es wieder eine Briefwahl geben?",
         "Könnte der Vorstand die Rücklagen für die Windanlage erläutern?"),
        ("Warnung: falsche Darlehensangebote in unserem Namen",
         "Uns wurde gemeldet, dass Mails mit Darlehensangeboten zu 2 Prozent Zinsen 'von der Bürgerenergie eG' verschickt "
         "werden, gegen eine Vorabgebühr. Das sind nicht wir.\n\nWir vergeben keine Privatkredite und verlangen nie Gebühren "
         "per Mail.",
         "Danke für die Info. Mein Schwager hat so eine bekommen.",
         "Sollte das auch auf die Website?"),
        ("Nachrangdarlehen für die neue Anlage",
         "Für die neue Solaranlage bieten wir Mitgliedern ein Nachrangdarlehen an: Mindestbetrag {amount}, Zinssatz 3 Prozent, "
         "Laufzeit zehn Jahre. Das Informationsblatt liegt bei.\n\nBitte lesen Sie die Risikohinweise sorgfältig.",
         "Ist das Darlehen bei Insolvenz nachrangig gegenüber der Bank? Dann bitte deutlich sagen.",
         "Klingt gut, ich bin mit einem kleinen Betrag dabei."),
        ("Anteile vererben - wie geht das?",
         "Ein Mitglied fragte, was mit den Geschäftsanteilen im Todesfall passiert. Laut Satzung gehen sie auf die Erben über, "
         "die Mitgliedschaft endet zum Jahresende, und die Anteile werden ausgezahlt.\n\nErben brauchen dafür den Erbschein "
         "oder ein eröffnetes Testament.",
         "Danke, das ist bei meiner Tante gerade aktuell.",
         "Kann ein Erbe die Mitgliedschaft auch fortsetzen?"),
        ("Begünstigte für Sparguthaben benennen",
         "Zur Erinnerung: Mitglieder können für ihre Sparguthaben eine Person benennen, die im Todesfall begünstigt ist. Das "
         "Formular liegt in der Geschäftsstelle aus.\n\nDas erspart den Angehörigen viel Aufwand.",
         "Wusste ich nicht. Ersetzt das mein Testament?",
         "Sehr nützlich, bei meiner Tante war das Geld monatelang blockiert."),
        ("Geschäftsstelle geschlossen, Überweisungen",
         "Die Geschäftsstelle ist am Brückentag geschlossen. Überweisungsaufträge nach Freitag 12 Uhr werden am Montag "
         "ausgeführt.\n\nDie Auszahlung der Dividende erfolgt wie angekündigt.",
         "Danke für die Info.",
         "Gibt es solche Hinweise auch per SMS?"),
    ]},
    "verein": {"topic": [
        ("Spendenaktion für das neue Löschfahrzeug",
         "Liebe Mitglieder, für das neue Löschfahrzeug fehlen der Gemeinde noch Mittel für die Ausstattung. Der Förderverein "
         "hat bisher {amount} gesammelt. Spenden bitte auf das Vereinskonto {iban}.\n\nSpendenquittungen stellen wir ab 50 "
         "Euro aus.",
         "Ich überweise heute noch. Gibt es eine Liste der noch fehlenden Ausrüstung?",
         "Die Raiffeisenbank hat uns letztes Jahr auch etwas gegeben, vielleicht nochmal anfragen?"),
        ("Tombola beim Feuerwehrfest - Gewinnnummern",
         "Danke an alle, die beim Feuerwehrfest Lose gekauft haben! Die Gewinnnummern: Hauptpreis (Fahrrad) Los {n}, zweiter "
         "Preis (Gutschein Gasthof Krone) Los 447, dritter Preis (Werkzeugkoffer) Los 89.\n\nPreise im Gerätehaus abholen.",
         "Ich habe die 447! Wann ist das Gerätehaus offen?",
         "Wie viel ist für die Jugendfeuerwehr zusammengekommen?"),
        ("Nachruf Ehrenkommandant {man}",
         "Wir trauern um unseren Ehrenkommandanten {man}, der über vierzig Jahre aktiv war. Die Familie bittet statt "
         "Blumen um eine Spende an den Förderverein für die Jugendfeuerwehr.\n\nDie Beerdigung ist am Freitag, wir treten in "
         "Uniform an.",
         "Ein großer Verlust für das Dorf. Ich bin am Freitag dabei.",
         "Sollen wir einen Kranz im Namen des Vereins bestellen?"),
        ("Dorfverein: Kassenbericht und Darlehen für das Dorfgemeinschaftshaus",
         "Der Kassenbericht liegt vor. Für das Dach des Dorfgemeinschaftshauses hat der Verein ein Darlehen der Sparkasse über "
         "{amount} aufgenommen, zu 2,5 Prozent Zinsen, Laufzeit zwölf Jahre.\n\nFragen bitte zur Jahreshauptversammlung.",
         "Danke für die klare Aufstellung. Gibt es Zuschüsse vom Landkreis?",
         "Wäre eine Spendenaktion nicht günstiger gewesen?"),
        ("Maibaum-Verlosung und Helfer gesucht",
         "Für das Maibaumfest suchen wir noch Helfer für Ausschank und Aufbau. Bei der Verlosung gibt es wie jedes Jahr einen "
         "Präsentkorb und einen Rundflug als Hauptpreis.\n\nBitte tragt euch in die Liste im Vereinsheim ein.",
         "Ich helfe beim Aufbau am Samstag.",
         "Wer kümmert sich um die Genehmigung für die Verlosung?"),
        ("Erbschaft an den Dorfverein - was nun?",
         "Eine verstorbene Mitbürgerin hat dem Dorfverein in ihrem Testament ein Grundstück am Weiher vermacht. Das "
         "Nachlassgericht hat uns informiert. Hat jemand Erfahrung, was ein Verein tun muss, um ein Vermächtnis anzunehmen?\n\n"
         "Der Vorstand trifft sich am Donnerstag.",
         "Ihr braucht einen Vorstandsbeschluss und dann den Notar für die Auflassung. Grunderwerbsteuer fällt nicht an.",
         "Wie schön. Vielleicht ein Platz für eine Bank mit ihrem Namen?"),
    ]},
    "probate": {"topic": [
        ("Gesetzliche Erbfolge: Halbgeschwister",
         "Kurze Frage an die Kollegen: Erblasser ledig, kinderlos, Eltern vorverstorben. Zwei vollbürtige Geschwister und ein "
         "halbbürtiges. Erbt das halbbürtige nur über den gemeinsamen Elternteil?\n\nNachlass etwa {amount}.",
         "Richtig, nach Linien. Das halbbürtige erbt nur in der Linie des gemeinsamen Elternteils.",
         "Zustimmung. Bei Unklarheiten über die Familie lohnt ein Erbenermittler mit Stammbaum."),
        ("Nachlasskonto: Überweisungen ins Ausland vor dem Tod",
         "Ich bin Testamentsvollstrecker für eine ältere Witwe, die vor ihrem Tod hohe Beträge ins Ausland überwiesen hat, "
         "offenbar an eine Internetbekanntschaft. Die Familie vermutet Love-Scamming.\n\nHat jemand Erfahrung mit "
         "Rückforderungen?",
         "Sofort Strafanzeige und Meldung an die Bank. Rückholung ist selten, aber die Unterlagen helfen.",
         "Prüft die Geschäftsfähigkeit zum Zeitpunkt der Überweisungen, manchmal ist das ein Ansatz."),
        ("Ausländischer Erbe und Lebensbescheinigung",
         "Ein Erbe lebt im Ausland, die Bank verlangt vor Auszahlung eine Lebensbescheinigung. Die Botschaft stellt so etwas "
         "angeblich nicht aus. Welche Alternative habt ihr erfolgreich genutzt?",
         "Notarielle Bescheinigung mit Apostille hat bei uns funktioniert.",
         "Manche Banken akzeptieren auch das Konsulat, vorher unbedingt das Formular der Bank anfordern."),
        ("Erbenermittler und Honorarvereinbarung",
         "Ein Mandant hat einem Erbenermittler 30 Prozent zugesagt, bevor er wusste, um welchen Nachlass es geht. Ist die "
         "Vereinbarung angreifbar?",
         "Es gibt Urteile zur Sittenwidrigkeit bei überhöhten Quoten, aber das ist Einzelfall.",
         "Wir informieren inzwischen alle Erben früh, dass sie keine Hilfe brauchen."),
        ("Nachlassgericht: Erbenaufruf und unbekannte Erben",
         "Das Nachlassgericht hat einen Nachlasspfleger bestellt, weil die Erben unbekannt sind. Der Pfleger hat einen "
         "Erbenaufruf veröffentlicht. Wie lange wartet ihr in der Praxis, bevor der Fiskus als Erbe festgestellt wird?",
         "Bei uns meistens sechs Monate nach dem Aufruf, bei Auslandsbezug länger.",
         "Kommt auf das Gericht an. Ein Erbenermittler wird oft parallel beauftragt."),
        ("Testamentsvollstreckung und Vergütung",
         "Frage zur Vergütung des Testamentsvollstreckers: der Nachlass beträgt etwa {amount}, ein Mehrfamilienhaus und "
         "Wertpapiere. Welche Tabelle legt ihr zugrunde?",
         "Die neue Rheinische Tabelle ist bei uns Standard, mit Zuschlägen für die Immobilie.",
         "Vorher mit den Erben klar vereinbaren, das erspart viel Streit."),
    ]},
    "aid-ngo": {"topic": [
        ("Projektbericht Brunnenbau",
         "Unser Team hat diese Woche den dritten Brunnen fertiggestellt. Das Dorfkomitee hat eine Reparaturkasse eingerichtet. "
         "Danke an alle Spenderinnen und Spender, deren Gaben von {amount} das möglich gemacht haben.\n\nFotos im gemeinsamen "
         "Ordner.",
         "Tolle Arbeit. Gibt es die Wasseranalyse für den Spenderbericht?",
         "Wird die Reparaturkasse bar oder auf einem Konto geführt?"),
        ("Erinnerung: wir verlangen nie Geld von Begünstigten",
         "Eine Ehrenamtliche berichtet, dass Menschen im Lager Nachrichten bekommen, angeblich von uns, mit Bargeldhilfe gegen "
         "eine 'Registrierungsgebühr'. Alle unsere Hilfen sind kostenlos.\n\nBitte weitersagen.",
         "Danke, ich hänge Plakate in drei Sprachen auf.",
         "Sollen wir die örtliche Polizei informieren?"),
        ("Nächste Angehörige und Botschaftsregistrierung",
         "Alle, die nächsten Monat ausreisen, müssen sich bei ihrer Botschaft registrieren und der Personalabteilung die "
         "Kontaktdaten der nächsten Angehörigen schicken.\n\nDiese werden nur im Notfall verwendet.",
         "Erledigt. Gilt das auch für Doppelstaatler?",
         "Gibt es dafür ein Formular?"),
        ("Testamentsspende finanziert neue Klinik",
         "Die neue Klinik wurde durch das Vermächtnis einer Unterstützerin finanziert, die letztes Jahr verstorben ist. Sie "
         "wünschte, dass das Geld Müttern und Babys zugutekommt.\n\nIhre Nichte kommt zur Eröffnung.",
         "Was für ein schönes Vermächtnis.",
         "Bitte richtet der Familie unseren Dank aus."),
        ("Bargeldhilfe: so funktionieren die Zahlungen",
         "Für neue Ehrenamtliche: im Bargeldprogramm erhalten Familien {amount} im Monat per Mobile Money. Niemand außerhalb "
         "des registrierten Haushalts bekommt Geld, und niemand muss je eine Gebühr zahlen.\n\nWenn eine Familie von einer "
         "Gebühr berichtet, sofort melden.",
         "Hilfreiche Übersicht. Was passiert, wenn eine Familie ihre SIM-Karte verliert?",
         "Könnt ihr das für die Gemeindehelfer übersetzen?"),
        ("Entschädigung bei Unfällen im Einsatz",
         "Einige fragten nach der Versicherung. Ehrenamtliche sind im Einsatz unfallversichert, inklusive Behandlungskosten "
         "und Entschädigung für Verdienstausfall. Anträge laufen über die Personalabteilung.\n\nBitte alle Belege aufheben.",
         "Gilt das auch für die Anreise?",
         "Danke, das kam bei der letzten Einweisung auf."),
    ]},
}
