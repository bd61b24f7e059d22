"""German look-alikes of the ninth batch: a German users' list of a crypto library, a shop system's developers
(payment modules), a FOSS association's members (treasurer, donations, events), security notes (spintax; see
scam_ninth.spin), written blind by helper c9-corpus. Even-indexed variants are the dev half, odd ones held out."""

QUESTION = [("{Passwörter|Benutzerpasswörter} {speichern|hashen} mit {kryptolib|der Bibliothek}?",
             "{Hallo zusammen|Hallo Liste},\n\nwie {speichert man|hasht man} {Passwörter|Benutzerpasswörter} {richtig|am "
             "besten} mit kryptolib? In der {Doku|Dokumentation} {steht|finde ich} {pbkdf2|scrypt}, {aber|doch} {überall|im "
             "Netz} {liest man|heißt es}, argon2id {sei besser|wäre vorzuziehen}.\n\n{Danke|Vielen Dank} {vorab|im Voraus},\n{me}"),
            ("{Zahlungsmodul|PayPal-Modul} {setzt|markiert} Bestellungen {doppelt|ohne Zahlung} auf bezahlt",
             "{Hallo|Moin},\n\n{seit|nach} dem Update auf {ver} {werden|sind} {einige Bestellungen|Bestellungen} als bezahlt "
             "{markiert|gesetzt}, {obwohl|auch wenn} die Zahlung {abgebrochen|fehlgeschlagen} ist. {Kennt das jemand|Hat "
             "das noch jemand}?\n\n{Gruß|Grüße}\n{me}"),
            ("{Master-Passwort|Hauptpasswort} {vergessen|verloren}",
             "{Hallo|Hi},\n\n{ich habe|hab} das {Master-Passwort|Hauptpasswort} {meines Tresors|meiner Datenbank} "
             "{vergessen|verloren}. {Gibt es|Gibt's} {irgendeinen Weg|eine Möglichkeit}, {es zurückzusetzen|wieder "
             "reinzukommen}? {Ein Backup|Eine Sicherung} {vom März|vom letzten Jahr} {habe ich|gibt es}.\n\n{me}"),
            ("{Erpresser-Mail|Seltsame Mail} {mit meinem|mit altem} Passwort – {gehackt|bin ich gehackt}?",
             "{Hallo zusammen|Hallo},\n\n{ich habe|heute kam} eine Mail {bekommen|}, {in der|wo} {jemand|ein angeblicher "
             "Hacker} {behauptet|schreibt}, er {habe mich über die Webcam aufgenommen|hätte meinen Rechner übernommen}, und "
             "{Bitcoin|Geld in Bitcoin} {verlangt|will}. {Drin steht|Es steht} ein altes Passwort von mir. {Muss ich mir "
             "Sorgen machen|Ist mein Passwort-Tresor in Gefahr}?\n\n{me}"),
            ("{Spenden|Spende} {per|über} {Überweisung|SEPA} möglich?",
             "{Hallo|Moin}, {kann man|ist es möglich,} dem Verein {auch per Überweisung|per SEPA-Überweisung} "
             "{spenden|etwas spenden}? {Auf der Webseite|Auf der Spendenseite} {sehe ich nur|gibt es nur} {PayPal und "
             "Bitcoin|das Kartenformular}.\n\n{me}"),
            ("{Bitcoin-Adressen|Adressen} {prüfen|validieren} in {kryptolib|der Bibliothek}",
             "{Wie prüfe ich|Wie validiere ich} {am besten|sauber} eine {Bitcoin-Adresse|bech32-Adresse}, {bevor|ehe} "
             "{eine Zahlung rausgeht|ich eine Zahlung auslöse}? {address_decode()|validate_address()} {akzeptiert|nimmt} "
             "{auch|leider auch} Testnet.\n\n{me}"),
            ]

REPLY = ["{Nimm|Nehmt} argon2id {mit den Standardwerten|mit mindestens 64 MiB}; pbkdf2 {ist nur noch|gibt es nur} "
         "{für alte Datenbanken|aus Kompatibilität} {da|}.",
         "{Das klingt nach|Das ist vermutlich} {dem IPN-Bug|Bug {bug}}, {behoben|der behoben ist} in {ver}. {Bitte "
         "aktualisieren|Update einspielen} {und nochmal testen|und erneut prüfen}.",
         "{Ohne das Master-Passwort gibt es keinen Weg|Wer das Master-Passwort nicht hat, kommt nicht rein} – "
         "{das ist Absicht|so soll es sein}. {Probier|Versuch} {die Sicherung|das Backup} {mit den Passwörtern von damals|zuerst}.",
         "{Das ist|Das ist eine} {klassische Erpressermail|typische Sextortion-Masche}: das Passwort {stammt aus|kommt "
         "aus} einem alten {Datenleck|Leak}, {niemand hat dich aufgenommen|es gibt kein Video}. {Nicht zahlen|Bloß nicht "
         "zahlen}, {Passwort ändern|das Passwort überall ändern}.",
         "{Gib|Übergib} den Netzwerk-Parameter mit; {dann|so} {kannst du|lässt sich} Testnet {ablehnen|ausschließen}.",
         "{Ja|Klar}, die {IBAN|Bankverbindung} {steht|findet sich} {auf der Vereinsseite|im Impressum} unter "
         "„{Spenden|Unterstützen}“.",
         "{+1|Dito}, {hatte ich|haben wir} {auch|ebenfalls} {letzte Woche|nach dem Update}.",
         "{Danke|Vielen Dank}, {das war's|damit geht es}."]

DEV = [("{RFC|Vorschlag}: {alte|sha1-}Passwort-Hashes {entfernen|abschaffen}",
        "{Hallo zusammen|Moin},\n\n{ich würde gern|ich schlage vor,} die Unterstützung für {sha1|ungesalzene} "
        "Passwort-Hashes {in|mit} {ver} {entfernen|zu streichen}. {Konten|Nutzer} {mit alten Hashes|die noch so "
        "gespeichert sind} {müssten|müssen} {ihr Passwort zurücksetzen|ein neues Passwort setzen}. {Einwände|Meinungen}?\n\n{me}"),
       ("{SEPA-Lastschrift|Lastschrift}-Modul: {IBAN-Prüfung|Prüfsumme} {fehlt|einbauen}",
        "{Hallo|Hi},\n\nim {SEPA-Modul|Lastschriftmodul} {wird|fehlt} die {IBAN|Prüfsumme der IBAN} {nicht geprüft|beim "
        "Speichern}. {Ein Kunde|Kunden} {hat|haben} {ein Mandat mit Tippfehler|falsche IBANs} {angelegt|gespeichert}, "
        "die Bank {hat|gab} {die Lastschrift|sie} {eine Woche später zurückgegeben|zurück}. {Patch|Pull-Request} "
        "{folgt|kommt}.\n\n{me}"),
       ("{Erbe|Nachlass} {und|von} {Wallets|Schlüsseln}: {Konzept|Entwurf}",
        "{Hallo|Moin},\n\n{immer wieder|oft} {fragen Nutzer|kommt die Frage}, was mit {ihren Coins|der Wallet} {im "
        "Todesfall|nach dem Tod} passiert. {Vorschlag|Idee}: ein {zeitgesperrter|time-locked} {Wiederherstellungsschlüssel|"
        "Zweitschlüssel} für {die Erben|einen Angehörigen}, {erst nach|nur nach} {einem Jahr Inaktivität|12 Monaten} "
        "{nutzbar|gültig}.\n\n{me}"),
       ("{Erstattungen|Rückerstattung} im {Zahlungs-API|Payment-API}: {Protokoll|Notizen}",
        "{Hallo|Hi},\n\n{kurz|Zusammenfassung} {vom|aus dem} {Call|Treffen} {gestern|am Dienstag}: {Teilerstattungen|"
        "Erstattungen} {bekommen|erhalten} einen eigenen Endpunkt, Webhooks {einen Idempotenz-Schlüssel|eine "
        "Idempotenz-ID}, das {alte Überweisungsmodul|Vorkasse-Modul} {wird|ist} {abgekündigt|deprecated}.\n\n{me}"),
       ]

RELEASE = [("[ANKÜNDIGUNG] {project} {ver} {veröffentlicht|ist da}",
            "{Hallo zusammen|Liebe Liste},\n\n{wir freuen uns|es ist soweit}: {project} {ver} {ist erschienen|steht zum "
            "Download bereit}.\n\n{Neu|Die wichtigsten Änderungen}:\n  * {Hardware-Wallets|Multisig} {werden unterstützt|"
            "im Client}\n  * Passwörter {werden jetzt|jetzt} mit argon2id {gehasht|gespeichert}\n  * {Rechnungen|"
            "Zahlungsanforderungen} {lassen sich signieren|als PDF}\n\nDownload: https://download.example.de/{project}/{ver}/\n"
            "SHA256: {sha}\n\n{Wer|Falls ihr} {project} {nützlich findet|unterstützen wollt}: {Spenden|Eine Spende} an den "
            "Verein {hilft|hilft uns}, https://fossverein.example.de/spenden\n\n{me}"),
           ("{project} {ver}: {Sicherheitsupdate|Fehlerbehebung}",
            "{project} {ver} {behebt|schließt} {cve} ({Passwort im Log|Absturz beim Bezahlen einer Rechnung}). "
            "{Alle Nutzer|Jeder} {sollten|sollte} {aktualisieren|updaten}.\n\nsha256sum: {sha}"),
           ("{Release Candidate|RC1} von {project} {ver} {zum Testen|verfügbar}",
            "{Hallo|Moin},\n\n{der erste Release Candidate|RC1} von {project} {ver} {ist da|kann getestet werden}. "
            "{Bitte testet|Tests erwünscht}, {vor allem|besonders} {das neue Zahlungsmodul|die Wallet-Wiederherstellung}.\n\n{me}"),
           ("{project} {ver} LTS {veröffentlicht|erschienen}",
            "{project} {ver} LTS {ist verfügbar|wurde getaggt}; {Sicherheitskorrekturen|Korrekturen} {gibt es|kommen} "
            "{drei Jahre lang|bis 2028}. {Sponsoren|Spenden} {halten|sichern} {das Projekt|uns} {unabhängig|am Leben}.\n\n{me}"),
           ]

TREASURER = [("{Kassenbericht|Bericht des Schatzmeisters} {year}",
              "{Liebe Mitglieder|Hallo zusammen},\n\n{anbei|hier} der {Kassenbericht|Bericht der Kasse} für {year}:\n\n"
              "  Anfangsbestand        {amount}\n  Mitgliedsbeiträge     {amount}\n  Spenden               {amount}\n"
              "  Reisekostenzuschüsse  {amount}\n  Server und Domains    {amount}\n  Endbestand            {amount}\n\n"
              "{Außerdem|Zusätzlich} {hat der Verein|haben wir} {ein Vermächtnis|eine Erbschaft} {aus dem Nachlass|von} "
              "{eines langjährigen Mitglieds|eines verstorbenen Mitglieds} {erhalten|bekommen} ({amount}). {Über die "
              "Verwendung|Was damit geschieht,} {entscheidet|beschließt} die Mitgliederversammlung.\n\n{me}, Schatzmeister"),
             ("{Neue Bankverbindung|Kontowechsel} des Vereins",
              "{Liebe Mitglieder|Hallo},\n\n{unsere Bank|die Sparkasse} {schließt|kündigt} {das alte Konto|unser Konto} "
              "{zum|Ende} {März|Juni}. {Neue Bankverbindung|Das neue Konto} für {Beiträge|Beiträge und Spenden}:\n\n"
              "  IBAN: {iban}\n  BIC: {bic}\n\n{Wir werden|Der Vorstand wird} {eine Änderung der Bankverbindung|neue "
              "Kontodaten} {nie|niemals} {nur per Mail|allein per E-Mail} {ankündigen|mitteilen}: {bitte|} {prüft|vergleicht} "
              "{sie|das} {auf der Webseite|im Mitgliederbereich}.\n\n{me}"),
             ("{Mitgliedsbeitrag|Beitrag} {year} {fällig|Erinnerung}",
              "{Hallo zusammen|Liebe Mitglieder},\n\n{der Jahresbeitrag|die Beiträge} für {year} {wird|werden} {im "
              "März|zum 1. April} {per Lastschrift|per SEPA-Lastschrift} {eingezogen|abgebucht}. {Wer|Mitglieder, die} "
              "{selbst überweist|überweisen}: {iban}, Verwendungszweck „Beitrag {year}“.\n\n{me}"),
             ("{Bitcoin-Spenden|Krypto-Spenden}: {wie wir damit umgehen|Regelung}",
              "{Hallo|Moin},\n\n{Spenden in Bitcoin|Bitcoin-Spenden} {landen|gehen} auf einer {2-von-3-Multisig-Wallet|"
              "Multisig-Wallet}, {deren Schlüssel|die Schlüssel} {drei Vorstandsmitglieder|der Kassenwart und zwei "
              "Vorstände} {halten|verwahren}, und werden {monatlich|quartalsweise} {umgetauscht|verkauft}. {Die Adresse|"
              "Unsere Adresse} {steht nur|steht} auf der Webseite: {wallet}\n\n{me}"),
             ]

DONATION = [("{Spendenaktion|Spendenaufruf} {year}",
             "{Hallo zusammen|Liebe Community},\n\n{unsere jährliche Spendenaktion|der Spendenaufruf zum Jahresende} "
             "{beginnt|startet} {heute|diese Woche}. {Jede Spende|Eure Unterstützung} {finanziert|bezahlt} {CI-Rechner|"
             "die Build-Server}, {Reisekosten|Entwicklertreffen} und {Sicherheitsaudits|das Bug-Bounty}.\n\n{Spenden|Hier "
             "spenden}: https://fossverein.example.de/spenden ({Überweisung|SEPA}, PayPal, Bitcoin)\n\n{me}"),
            ("{Danke|Vielen Dank}: {Ergebnis|Abschluss} der Spendenaktion",
             "{Wir haben|Ihr habt} {amount} {gesammelt|gespendet}{!|.} {Das Geld|Es} {fließt|geht} in {zwei "
             "Entwicklerstipendien|die Infrastruktur} {im nächsten Jahr|{year}}.\n\n{me}"),
            ("{Sponsoring|Förderpakete} {year}",
             "{Hallo|Moin},\n\n{Firmen|Unternehmen} {können|dürfen} {das Projekt|den Verein} in {drei|vier} Stufen "
             "{fördern|unterstützen}: {Bronze|Unterstützer} {amount}, {Silber|Partner} {amount}, {Gold|Förderer} "
             "{amount}. {Spendenquittungen|Zuwendungsbestätigungen} {stellen wir aus|gibt es}.\n\n{me}"),
            ("{Arbeitgeber|Firma} {verdoppelt|stockt auf} Spenden",
             "{Zur Info|FYI}: {mein Arbeitgeber|unsere Firma} {verdoppelt|stockt} {Spenden von Mitarbeitern|"
             "Mitarbeiterspenden} an den Verein {bis|um bis zu} {amount} {auf|}. {Formular|Antrag} im Intranet.\n\n{me}"),
            ]

CONFERENCE = [("{Call for Papers|Vortragsaufruf}: {project}-Tage {year}",
               "{Hallo zusammen|Liebe Liste},\n\n{der Call for Papers|die Einreichung} für die {project}-Tage {year} "
               "{läuft|ist offen} {bis|noch bis} {Ende Mai|zum 30. Juni}. {Themen|Gesucht}: {Zahlungsverkehr|Wallets "
               "und Schlüsselverwaltung}, {Passwortspeicherung|Authentifizierung}, {Kameratreiber|Embedded}.\n\n"
               "{Reisekostenzuschüsse|Fahrtkostenzuschüsse} {bis|von bis zu} {amount} {gibt es|können beantragt werden}.\n\n{me}"),
              ("{Reisekostenzuschüsse|Zuschüsse}: {Entscheidung|Ergebnis}",
               "{Liebe Antragsteller|Hallo},\n\n{wir konnten|es konnten} {22|31} von {84|63} {Anträgen|Anfragen} "
               "{fördern|bewilligen}. {Die Zuschüsse|Das Geld} {wird|werden} {nach der Veranstaltung|gegen Belege} "
               "{erstattet|ausgezahlt}. {Niemand vom Orga-Team|Wir} {wird|werden} {euch|jemals} {nach einer Gebühr|nach "
               "Geld} {fragen|für einen Zuschuss fragen}.\n\n{me}"),
              ("{Anmeldung|Tickets} {offen|gestartet}: {project}-{Treffen|Sprint} {year}",
               "{Die Anmeldung|Der Ticketverkauf} {ist offen|läuft}. {Frühbucher|Early Bird} {bis|vor dem} {Mai|15.}: "
               "{amount}; {Studierende|Mitwirkende} {frei|kostenlos}.\n\n{me}"),
              ("{Programm|Vorträge} der {project}-Tage {online|veröffentlicht}",
               "{Das Programm|Der Fahrplan} {steht|ist online}: {Keynote|Eröffnung} zu {Hardware-Wallets|"
               "Post-Quantum-Kryptographie}, {ein Vortrag|eine Session} über {Ransomware im Verein|Erpressermails und "
               "Kontaktformulare}, {Webcam-Treiber|V4L2}.\n\n{me}"),
              ]

ADVISORY = [("[SICHERHEIT] {project} {ver}: {Passwörter im Log|Passwortleck}",
             "{Hallo zusammen|Liebe Nutzer},\n\n{in|bei} {project} {vor|bis einschließlich} {ver} {schreibt|hat} "
             "{der Debug-Modus|die Protokollierung} {das Master-Passwort|eingegebene Passwörter} {ins Log|in eine "
             "Logdatei} {geschrieben|}. {Bitte aktualisieren|Aktualisiert bitte} {und|,} {löscht|entfernt} "
             "{alte Logs|~/.cache/{project}/log}.\n\n{cve}\n\n{me}"),
            ("[SICHERHEIT] {Ransomware|Erpressungstrojaner} {gegen|auf} {ungepatchte|veraltete} {project}-{Server|Instanzen}",
             "{Hallo|Moin},\n\n{es gibt|uns erreichen} {Berichte|Meldungen} über {Angriffe|eine Kampagne} auf "
             "{öffentlich erreichbare|aus dem Internet erreichbare} {project}-{Instanzen|Server} {vor|älter als} {ver}. "
             "{Die Angreifer verschlüsseln|Die Schadsoftware verschlüsselt} {die Datenbank|das Datenverzeichnis} und "
             "{hinterlässt eine Forderung nach|will} {Lösegeld in Bitcoin|Bitcoin}. {Nicht zahlen|Zahlen hilft nicht}: {aus dem Backup "
             "wiederherstellen|Backup einspielen} und {aktualisieren|updaten}.\n\n{me}"),
            ("[SICHERHEIT] {Phishing|Gefälschte Mails} {im Namen|angeblich} {des Vereins|vom Projekt}",
             "{Mitglieder haben|Uns wurden} {Mails|Nachrichten} {weitergeleitet|gemeldet}, {die|welche} {zur "
             "„Verifizierung“ des Kontos|zur Eingabe des Passworts} {auf einer gefälschten Seite|auf einer "
             "Doppelgänger-Domain} {auffordern|auffordert} {oder|und} {eine „Lizenzgebühr“|eine „Umzugsgebühr“} "
             "{verlangen|wollen}. {Wir fragen nie|Der Verein fragt niemals} {per Mail|per E-Mail} {nach Passwörtern|nach "
             "Geld oder Passwörtern}.\n\n{me}"),
            ("[SICHERHEIT] {Kameratreiber|Webcam-Treiber}: {Rechteausweitung|Speicherfehler} ({cve})",
             "{Ein Fehler|Eine Lücke} im {uvcvideo|Media}-{Treiber|Subsystem} {erlaubt|ermöglicht} {lokalen Nutzern|"
             "Nutzern} mit Zugriff auf /dev/video0 {Schreibzugriffe außerhalb des Puffers|Kernel-Speicher zu "
             "beschädigen}. {Behoben|Korrigiert} in {ver}.\n\n{me}"),
            ]

SPAM_OWN = ["{Achtung|Vorsicht|Zur Info}: {diese Mail|die Mail unten} {ging|kam} {gestern Abend|heute früh} {über die "
            "Liste|an die Liste}. {Das ist Betrug|Spam}, {bitte nicht antworten|nicht darauf antworten}.",
            "{Liebe Admins|Moderatoren}, {da ist wieder|schon wieder} {eine|so eine} {Vorschussbetrug|419}-{Mail|"
            "Nachricht} {durchgerutscht|durchgekommen}. {Können wir|Sollten wir} {den Spamfilter|die Moderation für "
            "Nichtmitglieder} {verschärfen|einschalten}?",
            "{Jemand|Irgendwer} {verschickt|schickt} {das hier|folgendes} {über|mit} {einer gekaperten|der gehackten} "
            "{Adresse|Adresse eines Mitglieds}. {Ignorieren|Bitte ignorieren}, {und wer es war|und falls es eure Adresse "
            "ist}: {Passwort ändern|Passwort zurücksetzen}.",
            "{Fürs Archiv|Damit es alle wissen}: die {Mail|Nachricht} {unten|unten zitiert} {ist nicht|stammt nicht} "
            "{vom Verein|vom Vorstand}. {Kein Geld überweisen|Niemand sollte etwas zahlen}."]
SPAM_SUBJ = ["{Achtung|Vorsicht}: {Betrug|Spam} {auf der Liste|per Mail}", "{Spam|Betrugsmail} {durchgerutscht|auf der Liste}",
             "{PSA|Hinweis}: {nicht antworten|ignorieren}", "{Ist das|Ist das echt} {seriös|Betrug}?"]
SPAM_REPLY = ["{Danke|Vielen Dank}, {aus dem Archiv gelöscht|gelöscht}. {Beiträge von Nichtmitgliedern|Posts von "
              "Nichtmitgliedern} {gehen jetzt in die Moderation|werden jetzt zurückgehalten}.",
              "{Bei mir auch|Hab ich auch bekommen}. {Beim Provider gemeldet|Als Spam gemeldet}.",
              "{Ja|Jep}, {Betrug|Spam}. {Nie antworten|Nicht antworten}, {auch nicht|nicht einmal} {zum Beschweren|um "
              "abzulehnen}.", "{Wir haben|Die Admins haben} {die Moderation|einen strengeren Filter} {aktiviert|"
              "eingeschaltet}; {sorry|Entschuldigung} für den Lärm."]
ASIDES = ["{Man beachte|Achtet auf} die {Freemail|private} Adresse {für Antworten|hier}.", "{Keine Bank|Keine echte Bank} "
          "{schreibt|schreibt so}.", "{Und jetzt|Hier} {kommt|folgt} die {Gebühr|Vorkasse}.", "{Niemand|Keiner} "
          "{hat|hat irgendwas} {aufgenommen|gefilmt}."]
SIG = ["-- \n{me}", "{Gruß|Viele Grüße|Grüße},\n{me}", "-- \n{me}\nGPG: {fpr}", "{me}"]

HAM = {"question": QUESTION, "reply": REPLY, "dev": DEV, "release": RELEASE, "treasurer": TREASURER, "donation": DONATION,
       "conference": CONFERENCE, "advisory": ADVISORY, "spam_own": SPAM_OWN, "spam_subj": SPAM_SUBJ, "spam_reply": SPAM_REPLY,
       "spam_aside": ASIDES, "sig": SIG}
