"""German look-alikes of the eighth batch (written blind by helper c8-corpus; see ham_eighth.py).

A Linux user group's list (help, Stammtisch, Mitgliedsbeitrag, Tombola), a food bank's support
association (Spenden, Überweisungen, Kassenbericht) and online merchants (PayPal, Zoll, Rückbuchung).
Placeholders: {iban} {bic} {fee} {eur} {day} {name} (eighth_batch.Filler).
"""

HAM = {
    "greet": ["Hallo zusammen,", "Hallo Liste,", "Moin,", "Hi,", "Liebe Mitglieder,", "Servus,", "Hallo allerseits,", "Guten Abend zusammen,",
              "Liebe Leute,", "Tach,"],
    "thanks": ["Danke schon mal für eure Hilfe!", "Für jeden Tipp dankbar.", "Vielen Dank im Voraus.", "Hat jemand eine Idee?",
               "Ich bin für jeden Hinweis dankbar.", "Wäre super, wenn jemand drüberschauen könnte.", "Vielleicht weiß ja jemand Rat.",
               "Bin etwas ratlos, vielleicht hat ja jemand das gleiche Problem gehabt."],
    "sig": ["Gruß\n{me}", "Viele Grüße\n{me}", "-- \n{full}\nGPG: 0x3A1F 88C2 D4E0 1B7A", "Gruß, {me}",
            "Ciao\n{me}", "LG {me}", "-- \n{full}\n\"Wer lesen kann, ist klar im Vorteil.\"", "Schöne Grüße\n{me}",
            "Gruß {me}\n-- \nDebian testing, KDE Plasma 6", "Beste Grüße\n{full}", "mfg\n{me}", "Viele Grüße aus dem Rhein-Main-Gebiet\n{me}",
            "{me}", "Servus\n{me}"],
    "reply": ["Danke, hat geklappt!", "Genau das war's, vielen Dank.", "Bei mir läuft es inzwischen auch.", "+1, habe dasselbe Problem.",
              "Schau mal ins Wiki, da steht das ziemlich genau drin.", "Bitte beim nächsten Mal nicht oben drüber antworten, danke.",
              "Das Thema hatten wir letztes Jahr schon mal, siehe Archiv.", "Nachtrag: nach einem Neustart war alles wieder gut.",
              "Ich bringe am Donnerstag mal meinen Laptop mit, dann schauen wir gemeinsam.", "Kann ich bestätigen.",
              "Danke euch allen, wir machen es so.", "Bin am Samstag dabei.", "Sorry, falsche Liste, bitte ignorieren.",],
    "topics": [
        ("lug", "WLAN bricht nach Standby ab (Intel AX200)",
         "seit dem letzten Kernel-Update verliert mein Laptop nach dem Aufwachen aus dem Standby das WLAN. Nur ein\n"
         "\"sudo modprobe -r iwlwifi && sudo modprobe iwlwifi\" hilft. Debian 12, Kernel 6.1.0-18.",
         ["Das liegt am Power-Management des Treibers. Leg mal eine Datei /etc/modprobe.d/iwlwifi.conf an mit\n"
          "\"options iwlwifi power_save=0\" und starte neu.",
          "Alternativ kannst du ein Skript in /lib/systemd/system-sleep/ ablegen, das das Modul nach dem Aufwachen neu lädt.",
          "Bei mir war es die Firmware, mit firmware-iwlwifi aus bookworm-backports ist es weg."]),
        ("lug", "Drucker Brother HL-L2350 druckt nur leere Seiten",
         "ich habe den Brother per USB angeschlossen, CUPS erkennt ihn, aber es kommen nur leere Blätter raus.\n"
         "Testseite ebenso. Unter Windows beim Nachbarn druckt er normal.",
         ["Nimm nicht den generischen Treiber, sondern brlaser (Paket printer-driver-brlaser), dann klappt es.",
          "Schau mal in /var/log/cups/error_log, ob der Filter abstürzt.",
          "Ich hatte dasselbe, das Problem war der Toner-Sparmodus, einmal im Webinterface des Druckers ausschalten."]),
        ("lug", "Nextcloud auf dem Raspberry Pi: Upload bricht bei großen Dateien ab",
         "auf meinem Pi 4 läuft Nextcloud 28 hinter nginx. Dateien über ca. 1 GB brechen beim Hochladen ab,\n"
         "kleine gehen. Wo muss ich drehen?",
         ["client_max_body_size in der nginx-Konfiguration hochsetzen, und in der php.ini upload_max_filesize und post_max_size.",
          "Auch fastcgi_read_timeout prüfen, sonst bricht er nach 60 Sekunden ab.",
          "Hängt die Nextcloud an einer SD-Karte? Dann ist das auch ein Tempo-Problem, lieber eine SSD an USB."]),
        ("lug", "Backup-Strategie für Familienfotos",
         "meine Frau hat ca. 400 GB Fotos auf dem Familien-PC und ich möchte endlich ein ordentliches Backup.\n"
         "Was nehmt ihr: borg, restic, oder einfach rsync auf eine externe Platte?",
         ["Ich nehme borg mit borgmatic, täglich per Timer, dazu einmal im Monat eine Platte, die bei meinen Eltern liegt.",
          "restic nach Backblaze B2 kostet bei 400 GB ein paar Euro im Monat, das ist es mir wert.",
          "Wichtig ist vor allem, das Zurückspielen auch mal auszuprobieren. Ein Backup, das nie getestet wurde, ist keins."]),
        ("lug", "Thunderbird: Ordner wird nicht mehr synchronisiert",
         "seit gestern zeigt Thunderbird im Posteingang bei web.de keine neuen Mails mehr an, auf dem Handy sind sie da.\n"
         "Reparieren des Ordners hat nichts gebracht.",
         ["Profil-Ordner sichern, dann die .msf-Datei des Posteingangs löschen, Thunderbird baut sie neu auf.",
          "Ist vielleicht das Postfach voll? web.de Freemail hat nur ein paar GB.",
          "Bei mir war IMAP IDLE das Problem, in den Servereinstellungen ausschalten."]),
        ("lug", "Umstieg von Windows 10: welche Distribution für meine Eltern?",
         "der Support für Windows 10 läuft aus und der Rechner meiner Eltern (i5, 8 GB) schafft Windows 11 nicht.\n"
         "Sie machen E-Mail, Onlinebanking und Fotos. Was würdet ihr empfehlen?",
         ["Linux Mint mit Cinnamon, das sieht Windows am ähnlichsten, und die Updates laufen von alleine.",
          "Wichtiger als die Distribution ist, dass du per Fernwartung helfen kannst, richte gleich RustDesk oder ssh ein.",
          "Fürs Onlinebanking: prüft vorher, ob die TAN-App bzw. der Kartenleser unter Linux geht, bei der Sparkasse ging es bei uns problemlos."]),
        ("lug", "SSD zeigt SMART-Fehler, noch retten oder tauschen?",
         "smartctl meldet bei meiner Samsung 860 \"Reallocated_Sector_Ct\" 42 und steigend. Die Platte ist 6 Jahre alt.\n"
         "Lohnt sich noch irgendwas oder sofort tauschen?",
         ["Sofort Backup und tauschen. Steigende Werte sind ein klares Zeichen.",
          "Mit ddrescue erst ein Image ziehen, dann in Ruhe die neue Platte einrichten.",
          "Samsung hat 5 Jahre Garantie gegeben, bei 6 Jahren leider zu spät."]),
        ("lug", "Stammtisch: Raum im Bürgerhaus ab März",
         "das Bürgerhaus hat mitgeteilt, dass wir ab März den kleinen Saal nur noch jeden zweiten Donnerstag bekommen.\n"
         "Sollen wir für die anderen Termine in die Gaststätte ausweichen oder online machen?",
         ["Gaststätte finde ich gut, da gibt es wenigstens was zu essen.",
          "Online ist für die Leute aus dem Umland praktischer, vielleicht abwechselnd?",
          "Ich kann mal bei der Stadtbücherei fragen, die haben einen Gruppenraum, der abends leer steht."]),
        ("lug", "Onlinebanking mit Firefox: HBCI oder Browser?",
         "ich will meine Kontoumsätze von zwei Banken in einem Programm haben. Hibiscus, Moneyplex oder doch lieber alles im Browser?\n"
         "Wie macht ihr das mit der Überweisung und TAN?",
         ["Hibiscus mit Jameica nutze ich seit Jahren, FinTS klappt mit Sparkasse und DKB, pushTAN aufs Handy.",
          "Ich mache alles im Browser, aber in einem eigenen Firefox-Profil nur fürs Banking.",
          "Bei der Volksbank muss man FinTS erst im Onlinebanking freischalten, sonst gibt es nur Fehlermeldungen."]),
        ("lug", "Verschlüsselte externe Festplatte unter Windows lesen",
         "ich habe meine externe Platte mit LUKS verschlüsselt, jetzt will mein Sohn an seinem Windows-Laptop auch darauf zugreifen.\n"
         "Geht das irgendwie ohne dass ich alles neu formatiere?",
         ["Direkt nicht vernünftig. VeraCrypt wäre die Lösung für beide Welten, dafür musst du aber umformatieren.",
          "Über WSL2 kann man LUKS-Platten einbinden, das ist aber Gefrickel.",
          "Alternativ die Platte an den Linux-Rechner hängen und per Samba freigeben."]),
        ("lug", "Smartphone-Fotos automatisch auf den Heimserver",
         "wie bekommt ihr die Fotos vom Handy der Familie automatisch auf den Server im Keller, ohne Google oder Apple?\n"
         "Zwei Android-Geräte, ein iPhone.",
         ["Syncthing auf den Android-Geräten, fürs iPhone gibt es Möbius Sync, läuft bei uns seit zwei Jahren.",
          "Immich ist gerade sehr beliebt, sieht aus wie Google Fotos und lädt im Hintergrund hoch.",
          "Denk an das Backup vom Server, sonst hast du die Fotos nur an einer anderen Stelle verloren."]),
        ("lug", "E-Mail vom Provider: Postfach wird gelöscht?",
         "meine Schwiegermutter hat eine Mail bekommen, ihr T-Online-Postfach werde wegen Inaktivität gelöscht, sie solle sich über\n"
         "einen Link anmelden. Sieht ziemlich echt aus. Wie prüfe ich das am besten, bevor sie da draufklickt?",
         ["Gar nicht klicken, sondern direkt auf der Webseite des Anbieters einloggen. Wenn da nichts steht, ist die Mail Phishing.",
          "Im Quelltext der Mail den echten Link ansehen, meistens ist es irgendeine fremde Domain.",
          "Zur Sicherheit das Passwort ändern, falls sie schon etwas eingegeben hat."]),
        ("lug", "Scanner unter Linux: Canon LiDE 400",
         "mein Canon LiDE 400 wird unter Ubuntu 24.04 nicht erkannt, scanimage -L findet nichts. Unter Windows geht er.",
         ["Der braucht ein neueres sane-backends, das PPA von sane-project hilft.", "Probier mal als root, vielleicht sind es nur die udev-Rechte.",
          "Bei mir ging er erst nach Abstecken und erneutem Anstecken nach dem Update."]),
        ("lug", "Steuererklärung mit ELSTER unter Linux",
         "funktioniert Mein ELSTER mit dem Zertifikat als Datei unter Firefox auf Linux? Ich will für Mama die Steuererklärung\n"
         "machen, sie bekommt eine kleine Rente und eine Erstattung von der Krankenkasse.",
         ["Ja, problemlos, die Zertifikatsdatei wird im Browser hochgeladen, nichts zu installieren.",
          "Für die Rente übermittelt die Rentenversicherung die Daten sowieso, du musst sie nur übernehmen.",
          "Achte darauf, dass du für sie ein eigenes Konto bei ELSTER anlegst, nicht mit deinem Zertifikat."]),
        ("lug", "Linux auf altem Laptop für Flüchtlingsinitiative",
         "die Flüchtlingsinitiative bei uns hat zwölf gespendete Laptops bekommen. Wir wollen Linux drauf machen, mit deutscher und\n"
         "arabischer Oberfläche. Wer hat Lust, an einem Samstag zu helfen?",
         ["Ich bin dabei, bringe einen USB-Stick mit Ventoy und drei Images mit.",
          "Für die Tastatur: Layout-Umschaltung per Alt+Shift vorher einstellen, sonst gibt es Frust.",
          "Bitte vorher die Platten löschen, da könnten noch Daten der Spender drauf sein."]),
        ("lug", "Router zeigt fremdes Gerät im WLAN",
         "in der FritzBox taucht ein Gerät \"android-7f3a\" auf, das niemand von uns kennt. Passwort ist lang und zufällig.\n"
         "Muss ich mir Sorgen machen?",
         ["Oft ist es ein Gerät mit zufälliger MAC-Adresse, also doch eins von euch. Schau nach, wann es verbunden war.",
          "Im Zweifel WLAN-Passwort ändern und das Gast-WLAN für Besucher nutzen.",
          "Bei mir war es der Saugroboter."]),
        ("lug", "Kontoauszüge als PDF automatisch ablegen",
         "meine Bank schickt die Kontoauszüge als PDF ins Online-Postfach. Kann man die automatisch herunterladen und nach Monat\n"
         "ablegen? Ich will für die Steuer alles an einem Ort haben.",
         ["Mit Hibiscus bzw. FinTS geht das bei manchen Banken, Stichwort elektronischer Kontoauszug.",
          "Ich lade sie von Hand einmal im Monat und benenne sie mit einem kleinen Skript nach Datum um.",
          "Paperless-ngx ist dafür super, das erkennt Absender und Datum und sortiert selbst."]),
        ("lug", "Videokonferenz für den Verein ohne Zoom",
         "der Vorstand will die Sitzungen auch online anbieten. Was nehmen wir: Jitsi, BigBlueButton, Nextcloud Talk?\n"
         "Budget ist praktisch null.",
         ["Jitsi auf einem kleinen VPS reicht für zehn Leute, kostet 5 Euro im Monat.",
          "Viele Landesverbände bieten Vereinen BigBlueButton kostenlos an, frag mal nach.",
          "Nextcloud Talk, wenn ihr eh schon eine Nextcloud habt."]),],
    "estate": [
        ("lug", "[OT] Brief vom Notar wegen Erbschaft - seriös?",
         "etwas ganz anderes, aber hier lesen ja viele kluge Leute mit: Ich habe Post von einem Notar aus Hannover bekommen.\n"
         "Eine Tante meines Vaters ist verstorben und ich sei als Erbe in Betracht zu ziehen, ich soll mich beim Nachlassgericht\n"
         "melden und eine Sterbeurkunde meines Vaters vorlegen. Geld wollen sie keins. Kann das echt sein?",
         ["Das klingt echt. Ein Nachlassgericht fragt nie nach Geld vorab, und die Adresse des Gerichts kannst du selbst\n"
          "nachschlagen und dort anrufen, nicht die Nummer aus dem Brief nehmen.",
          "Genau so lief es bei uns auch. Schau aber, ob das Erbe nicht überschuldet ist, du hast sechs Wochen zum Ausschlagen.",
          "Die echten Briefe kommen per Post mit Aktenzeichen, die Betrüger schreiben per E-Mail von irgendeinem Freemail-Konto."]),
        ("charity", "Erbschaft an den Verein - wie läuft das?",
         "eine ältere Dame aus unserem Kundenkreis hat mich gefragt, ob sie den Förderverein in ihrem Testament bedenken kann.\n"
         "Weiß jemand, was wir als gemeinnütziger Verein dafür brauchen und ob Erbschaftssteuer anfällt?",
         ["Gemeinnützige Vereine sind von der Erbschaftsteuer befreit, der Freistellungsbescheid vom Finanzamt reicht als Nachweis.",
          "Sie sollte das mit einem Notar machen, handschriftlich geht auch, aber dann muss der Vereinsname genau stimmen.",
          "Wir haben dazu ein Merkblatt vom Landesverband, ich schicke es dem Vorstand."]),
        ("lug", "Erbengemeinschaft und der alte Rechner vom Opa",
         "mein Opa ist gestorben und wir sind eine Erbengemeinschaft zu dritt. Auf seinem PC sind Kontoauszüge und vielleicht\n"
         "Zugangsdaten, aber alles mit Passwort. Darf ich den überhaupt aufmachen und wie komme ich an die Daten?",
         ["Rechtlich: wenn alle Erben zustimmen, ja. Lass dir das kurz schriftlich geben.",
          "Technisch: Platte ausbauen und an einem Linux-System einhängen, wenn sie nicht verschlüsselt ist, kommst du an alles.",
          "Die Bank hilft mit Erbschein bzw. Testament plus Eröffnungsprotokoll weiter, da braucht es keine Passwörter."]),
        ("charity", "Nachlass: Sachspenden aus einer Wohnungsauflösung",
         "die Tochter eines verstorbenen Mitglieds möchte uns Möbel und Haushaltssachen aus dem Nachlass spenden.\n"
         "Haben wir Lagerplatz und kann jemand mit einem Transporter helfen?",
         ["Im Keller vom Gemeindehaus ist noch Platz bis Ende des Monats.",
          "Ich habe einen Anhänger, Samstag ginge.",
          "Bitte vorher eine Liste machen, Kleiderschränke nehmen wir nicht mehr an."]),
    ],
    "merchant": [
        ("merchants", "PayPal hält Zahlungen 21 Tage zurück",
         "seit letzter Woche hält PayPal bei mir alle Zahlungseingänge 21 Tage zurück, angeblich wegen \"erhöhtem Risiko\".\n"
         "Ich verkaufe seit vier Jahren Ersatzteile über meinen Shop, kaum Reklamationen. Kennt das jemand?",
         ["Hatte ich auch, nachdem der Umsatz im Dezember stark gestiegen ist. Nach Einreichen der Sendungsnummern wurde es aufgehoben.",
          "Trag bei jeder Bestellung die Sendungsnummer in PayPal ein, dann wird das Geld nach Zustellung freigegeben.",
          "Deshalb biete ich zusätzlich Vorkasse per Überweisung an, da habe ich das Geld sofort."]),
        ("merchants", "Rückbuchung per Lastschrift nach Lieferung",
         "ein Kunde hat nach Erhalt der Ware (Zustellnachweis liegt vor) die Lastschrift über 189 Euro zurückbuchen lassen.\n"
         "Dazu kamen 11 Euro Bankgebühr. Mahnung oder gleich Inkasso?",
         ["Erst freundlich anschreiben, oft ist es ein Versehen oder das Konto war nicht gedeckt.",
          "Die Rücklastschriftgebühr darfst du weiterberechnen, aber nur die tatsächlichen Kosten.",
          "Ich biete Lastschrift nur noch für Bestandskunden an, bei Neukunden nur PayPal oder Vorkasse."]),
        ("merchants", "Zoll und Einfuhrumsatzsteuer bei Ware aus China",
         "ich bestelle Verpackungsmaterial in China und beim letzten Paket wollte DHL 47 Euro Einfuhrumsatzsteuer plus\n"
         "Auslagepauschale. Kann ich die Einfuhrumsatzsteuer als Vorsteuer ziehen, obwohl DHL sie kassiert hat?",
         ["Ja, mit dem Beleg vom Zoll bzw. der Abrechnung des Dienstleisters. Frag DHL nach dem Zollbescheid.",
          "Lass dir eine EORI-Nummer geben, falls noch nicht geschehen, dann geht das sauberer.",
          "Bei größeren Mengen lohnt sich ein Spediteur, die Pauschalen von DHL sind happig."]),
        ("merchants", "Fake-Bestellungen mit gestohlenen Kreditkarten",
         "heute Nacht kamen fünf Bestellungen mit unterschiedlichen Namen, alle an dieselbe Packstation, alle per Kreditkarte,\n"
         "jeweils Grafikkarten. Ich vermute gestohlene Karten. Wie geht ihr mit sowas um?",
         ["Nicht versenden, stornieren und den Zahlungsdienstleister informieren, sonst kommt in sechs Wochen die Rückbelastung.",
          "3D Secure erzwingen, das hat bei mir solche Fälle fast komplett beendet.",
          "Lieferung an Packstation bei teurer Ware nur an verifizierte Kunden."]),
        ("merchants", "Kunde will Überweisung zurück, Ware schon versendet",
         "ein Kunde hat per Überweisung bezahlt, die Ware ist raus, jetzt schreibt er, es sei ein Irrtum gewesen, und will sein Geld\n"
         "zurück auf ein anderes Konto, weil sein altes gesperrt sei. Das riecht doch?",
         ["Nie auf ein anderes Konto zurücküberweisen. Entweder Rücksendung der Ware oder Rückzahlung auf das Absenderkonto.",
          "Das ist eine bekannte Masche, oft mit gehackten Konten. Bank informieren.",
          "Prüf mal, ob die Überweisung wirklich gutgeschrieben ist und nicht nur als Vormerkung drinsteht."]),
        ("merchants", "Rechnung mit falscher IBAN von Lieferant",
         "mein Großhändler schickt eine Rechnung, auf der plötzlich eine andere IBAN steht, mit der Bitte, künftig nur noch darauf zu\n"
         "zahlen. Im Anhang ein PDF mit Briefkopf. Ich bin misstrauisch.",
         ["Zu Recht. Ruf beim Lieferanten unter der Nummer an, die du schon hast, nicht unter der aus der Mail.",
          "Das ist klassischer Rechnungsbetrug, meistens ist das Postfach des Lieferanten gehackt.",
          "Wir hatten das letztes Jahr, 4.800 Euro waren weg. Seitdem zahlen wir neue Kontoverbindungen erst nach Rückruf."]),
    ],
    "news": [
        ("lug", "Protokoll Stammtisch vom {day}",
         "hier das kurze Protokoll vom letzten Stammtisch (11 Anwesende):\n\n"
         "1. Install-Party im Mai: Termin steht, Helfer bitte bei Uwe melden.\n"
         "2. Kasse: Kontostand 1.284,17 Euro, davon 300 Euro für den neuen Beamer zurückgelegt.\n"
         "3. Vortrag \"Einstieg in Ansible\" von Holger, Folien kommen ins Wiki.\n"
         "4. Verschiedenes: Die Spende der Firma Sommer-IT (250 Euro) ist eingegangen, herzlichen Dank!"),
        ("lug", "Einladung: Install-Party am Samstag",
         "am Samstag ab 11 Uhr im Bürgerhaus: bringt eure Rechner mit, wir helfen beim Installieren, Einrichten und Umziehen\n"
         "von Windows 10. Kaffee und Kuchen gegen Spende in die Kaffeekasse. Der Eintritt ist frei."),
        ("lug", "Jahreshauptversammlung: Einladung und Tagesordnung",
         "hiermit lade ich satzungsgemäß zur Jahreshauptversammlung ein.\n\nTagesordnung:\n1. Bericht des Vorstands\n"
         "2. Kassenbericht und Bericht der Kassenprüfer\n3. Entlastung des Vorstands\n4. Wahlen\n5. Festsetzung des Mitgliedsbeitrags\n"
         "6. Verschiedenes\n\nAnträge bitte bis zwei Wochen vorher schriftlich an den Vorstand."),
        ("charity", "Neuigkeiten aus der Ausgabestelle",
         "die Zahl der Haushalte, die wir versorgen, ist im letzten Quartal auf 312 gestiegen. Dank eurer Spenden konnten wir\n"
         "einen zweiten Kühlschrank anschaffen. Ab nächster Woche gibt es donnerstags eine zusätzliche Ausgabe für Senioren."),
        ("lug", "Vortrag am Donnerstag: Passwortmanager im Alltag",
         "diesen Donnerstag erzählt Andrea, wie sie die ganze Familie auf KeePassXC und Bitwarden umgestellt hat, inklusive\n"
         "Notfallzugang, falls mal jemand ins Krankenhaus muss. Beginn 19:30 Uhr, Gäste willkommen."),
        ("charity", "Protokoll der Vorstandssitzung",
         "kurz die Ergebnisse der Vorstandssitzung:\n- Kassenstand: 8.412,50 Euro auf dem Vereinskonto, 230 Euro Barkasse.\n"
         "- Zuwendungsbestätigungen für 2024 gehen Ende Januar raus.\n- Der Antrag auf Fördermittel bei der Stadt wurde bewilligt "
         "(2.000 Euro für die Kühlkette).\n- Nächste Sitzung am {day}."),
        ("lug", "Rückblick: Linux-Presentation Day",
         "am Samstag waren rund 60 Besucher da, 14 Rechner wurden installiert. In der Spendenkasse waren am Ende 186,50 Euro,\n"
         "die wir für Miete und Getränke verwenden. Danke an alle Helfer!"),
        ("charity", "Einladung zur Mitgliederversammlung",
         "hiermit laden wir alle Mitglieder zur ordentlichen Mitgliederversammlung ein. Tagesordnung: Bericht des Vorstands,\n"
         "Kassenbericht, Entlastung, Neuwahl der Kassenprüfer, Verschiedenes. Der Jahresabschluss liegt ab sofort zur Einsicht aus."),
        ("charity", "Traurige Nachricht: Hermann Lutz ist verstorben",
         "unser langjähriges Mitglied Hermann Lutz ist am {day} im Alter von 84 Jahren verstorben. Er hat die Ausgabe dienstags\n"
         "zwölf Jahre lang mitorganisiert. Seine Witwe bittet statt Blumen um eine Spende an die Tafel, Konto {iban},\n"
         "Stichwort \"Hermann Lutz\". Die Trauerfeier ist am Freitag um 14 Uhr in der Friedhofskapelle."),],
    "fee": [
        ("lug", "Erinnerung: Mitgliedsbeitrag {year}",
         "kleine Erinnerung: der Jahresbeitrag von {fee} ist bis zum {day} fällig. Wer uns ein SEPA-Mandat gegeben hat,\n"
         "muss nichts tun, der Beitrag wird eingezogen.\n\nAlle anderen bitte überweisen an:\nLinux User Group e.V.\n"
         "IBAN: {iban}\nBIC: {bic}\nVerwendungszweck: Beitrag {year}, Name\n\nDanke!\nEuer Kassenwart"),
        ("charity", "Beitragseinzug und neue Bankverbindung",
         "wir haben die Bank gewechselt. Ab sofort lautet unsere Bankverbindung:\n\n{verein}\n"
         "IBAN: {iban}\nBIC: {bic}\n\nDie Lastschriften für den Mitgliedsbeitrag ({fee}) werden am {day} eingezogen,\n"
         "Gläubiger-ID und Mandatsreferenz bleiben gleich. Daueraufträge bitte auf die neue IBAN umstellen.\n\nDer Vorstand"),
        ("lug", "Beitrag: Zahlungen ohne Namen im Verwendungszweck",
         "auf dem Vereinskonto sind drei Zahlungen über {fee} eingegangen, bei denen kein Name im Verwendungszweck steht.\n"
         "Wenn du am {day} überwiesen hast und noch keine Bestätigung von mir hast, melde dich bitte kurz direkt bei mir."),
        ("charity", "Mahnung offene Beiträge (bitte nicht böse sein)",
         "laut Kassenbuch sind bei einigen Mitgliedern die Beiträge für das laufende Jahr noch offen. Ihr bekommt diese Woche eine\n"
         "persönliche Mail. Wer gerade knapp bei Kasse ist, kann sich vertraulich bei mir melden, dann finden wir eine Lösung."),
    ],
    "charity": [
        ("Spendenaufruf: Winterhilfe", "der Winter kommt und wir brauchen dringend haltbare Lebensmittel, Hygieneartikel und Geldspenden.\n"
         "Jeder Euro hilft: mit {eur} können wir eine Familie eine Woche mit Grundnahrungsmitteln versorgen.\n\n"
         "Spendenkonto: {verein}, IBAN {iban}, Stichwort \"Winterhilfe\".\n"
         "Ab 300 Euro stellen wir gern eine Zuwendungsbestätigung aus, darunter reicht der Kontoauszug fürs Finanzamt."),
        ("Danke für eure Spenden!", "ein riesiges Dankeschön an alle, die beim Weihnachtsmarkt mitgeholfen haben: am Stand kamen\n"
         "{eur} in die Spendendose, und die Bäckerei Lang hat den Betrag noch einmal verdoppelt. Damit ist die neue Kühlzelle finanziert."),
        ("Kassenbericht Spendenlauf", "der Spendenlauf der Grundschule hat insgesamt 4.870 Euro eingebracht. Das Geld ist vollständig\n"
         "auf unserem Vereinskonto eingegangen, die Schule bekommt eine Zuwendungsbestätigung. Die Aufstellung hängt an."),
        ("Helfer gesucht: Sammelaktion im Supermarkt", "am Samstag sammeln wir vor dem Edeka in der Bahnhofstraße Lebensmittelspenden.\n"
         "Wir brauchen noch vier Leute für die Schicht 10-13 Uhr. Bitte tragt euch in die Liste im Vereinsheim ein oder antwortet mir."),
        ("Spendenquittungen 2024", "die Zuwendungsbestätigungen für das Jahr 2024 sind verschickt. Wer per PayPal gespendet hat und\n"
         "keine bekommen hat, meldet sich bitte bei mir mit Datum und Betrag, bei PayPal sehen wir leider nicht immer die Anschrift."),
        ("Großspende eines Unternehmens", "eine Spedition aus dem Gewerbegebiet möchte uns einmalig 10.000 Euro spenden und fragt,\n"
         "ob wir dafür ein Logo auf unserer Webseite zeigen. Das wäre Sponsoring und steuerlich anders zu behandeln. Meinungen?"),
        ("Online-Spenden per PayPal jetzt möglich", "ab sofort kann man auf unserer Webseite auch per PayPal spenden. Die Gebühren\n"
         "sind für gemeinnützige Organisationen ermäßigt. Überweisung auf das Vereinskonto ist uns aber weiterhin am liebsten,\n"
         "da kommt jeder Cent an."),
        ("Nachlassspende erhalten", "wir dürfen mitteilen, dass uns Herr Hermann Lutz, langjähriges Mitglied, in seinem Testament\n"
         "mit 5.000 Euro bedacht hat. Der Betrag ist über den Notar auf unser Vereinskonto überwiesen worden. Wir werden ihn für die\n"
         "neue Kühlzelle verwenden und seiner in der nächsten Mitgliederversammlung gedenken."),
    ],
    "raffle": [
        ("lug", "Tombola beim Sommerfest: Gewinner", "die Tombola beim Sommerfest hat 412 Euro für die Vereinskasse gebracht!\n"
         "Hauptgewinn (der Raspberry-Pi-Bausatz) ging an Los Nr. 0815. Wer seinen Gewinn noch nicht abgeholt hat: die Preise liegen\n"
         "bis Ende des Monats beim Stammtisch bereit. Die Gewinnnummern hängen im Wiki."),
        ("charity", "Tombola: Preise gesucht", "für die Tombola beim Herbstfest suchen wir noch Preise. Gutscheine von Geschäften, Bücher,\n"
         "Selbstgemachtes, alles willkommen. Lose kosten wie immer 1 Euro, der Erlös geht komplett an die Tafel."),
        ("lug", "Verlosung: zwei Karten für die Linux-Tage", "wir haben zwei Eintrittskarten für die Linux-Tage geschenkt bekommen.\n"
         "Wer Interesse hat, schreibt mir bis Freitag, dann losen wir beim Stammtisch. Gewinner werden hier bekannt gegeben."),
        ("charity", "Ergebnis der Weihnachtsverlosung", "Herzlichen Glückwunsch an Frau Köhler, sie hat den Präsentkorb gewonnen!\n"
         "Insgesamt wurden 680 Lose verkauft. Der Erlös (680 Euro) ist bereits auf dem Spendenkonto."),
    ],
    "job": [
        ("lug", "[Job] Linux-Administrator (m/w/d) in Frankfurt",
         "wir (Stadtwerke-IT, ca. 40 Leute) suchen Verstärkung für den Betrieb unserer Linux-Server: Debian, Ansible, PostgreSQL.\n"
         "Vollzeit, unbefristet, Gehalt nach TVöD E11, 30 Tage Urlaub. Bewerbung über unser Karriereportal, bei Fragen gern direkt an mich.\n"
         "Ich bin selbst Mitglied hier, keine Vermittlung, keine Agentur."),
        ("lug", "Werkstudent:in gesucht (Python, Datenbanken)",
         "bei uns im Institut ist eine Werkstudentenstelle frei, 15-20 Stunden pro Woche, Aufgaben: Auswertungsskripte in Python\n"
         "pflegen, PostgreSQL-Datenbank betreuen. Bezahlung nach Tarif für studentische Hilfskräfte. Ausschreibung im Anhang."),
        ("merchants", "Suche Aushilfe für Versand (Minijob)",
         "für meinen Onlineshop suche ich eine Aushilfe für Verpackung und Versand, zweimal die Woche nachmittags, Minijob auf 538-Euro-Basis.\n"
         "Lager ist in Offenbach. Wer jemanden kennt, gern weitersagen."),
        ("charity", "Bundesfreiwilligendienst bei der Tafel",
         "ab September haben wir wieder eine Stelle im Bundesfreiwilligendienst. Taschengeld und Sozialversicherung übernimmt der Träger.\n"
         "Interessierte melden sich bitte beim Vorstand."),
    ],
    "offtopic": [
        ("lug", "[OT] Fahrradständer vor dem Bürgerhaus", "weiß jemand, wem das blaue Rad gehört, das seit dem letzten Stammtisch\n"
         "vor dem Bürgerhaus steht? Der Hausmeister fragt."),
        ("lug", "[OT] Geburtstagsgrüße an Klaus-Dieter", "unser Urgestein Klaus-Dieter wird heute 70! Herzlichen Glückwunsch im Namen\n"
         "der ganzen LUG. Beim Stammtisch gibt es Kuchen."),
        ("charity", "Fundsache: Schlüsselbund", "bei der Ausgabe am Dienstag wurde ein Schlüsselbund mit rotem Anhänger gefunden.\n"
         "Liegt im Büro."),
        ("lug", "[OT] Alte Röhrenmonitore zu verschenken", "im Keller stehen noch zwei 19-Zoll-Röhrenmonitore und ein Nadeldrucker.\n"
         "Wer was davon will, bitte bis Monatsende abholen, sonst geht es zum Wertstoffhof."),
    ],
    "forward": [
        ("lug", "zur Info, das kam heute von unserer Bank. Ist echt, ich habe bei der Filiale nachgefragt.",
         "Änderung der Kontoführungsentgelte für Vereinskonten",
         "Kundenservice Sparkasse <service@sparkasse-example.de>",
         "Sehr geehrte Damen und Herren,\n\nab dem 1. April ändern sich die Entgelte für Vereinskonten. Die Kontoführung kostet\n"
         "künftig 4,90 Euro im Monat, beleghafte Überweisungen 1,50 Euro. Ihre Zustimmung gilt als erteilt, wenn Sie nicht\n"
         "bis zum Inkrafttreten widersprechen. Die Übersicht finden Sie in Ihrem Online-Postfach."),
        ("charity", "Weiterleitung vom Finanzamt, bitte lesen (Vorstand).",
         "Freistellungsbescheid Körperschaftsteuer",
         "Finanzamt Mitte <poststelle@finanzamt-example.de>",
         "Sehr geehrter Vorstand,\n\nder Freistellungsbescheid für die Jahre 2021 bis 2023 wurde erlassen und liegt Ihnen in\n"
         "ELSTER vor. Der Verein ist berechtigt, für Spenden und Mitgliedsbeiträge Zuwendungsbestätigungen auszustellen."),
        ("lug", "Weitergeleitet von der Stadt, falls jemand mitmachen will:",
         "Digitaltag: Aufruf an Vereine",
         "Amt für Bürgerbeteiligung <digitaltag@stadt-example.de>",
         "Liebe Vereine,\n\nzum Digitaltag im Juni suchen wir Initiativen, die Bürgerinnen und Bürgern bei Fragen rund um Smartphone,\n"
         "Computer und sichere Passwörter helfen. Stände in der Innenstadt sind kostenfrei, eine Aufwandsentschädigung von 150 Euro\n"
         "wird gezahlt."),
        ("merchants", "FYI, die Mail vom Zoll zu den neuen Regeln ab Juli:",
         "Informationen zur Abschaffung der 150-Euro-Zollfreigrenze",
         "Zoll Info <info@zoll-example.de>",
         "Sehr geehrte Beteiligte,\n\nmit dem Wegfall der Zollfreigrenze für Sendungen mit geringem Wert werden künftig alle Waren\n"
         "aus Drittländern zollpflichtig angemeldet. Für Händler ändert sich insbesondere die Anmeldung über IOSS."),
        ("lug", "[OT] Kennt sich jemand mit Lotto online aus? Das hier scheint echt zu sein, es sind ja auch nur 11,20 Euro.\n"
         "Ich habe mich direkt auf der Webseite eingeloggt, da steht derselbe Betrag.",
         "Gewinnbenachrichtigung zu Ihrem Spielauftrag",
         "Lotto Service <service@lotto-land-example.de>",
         "Sehr geehrter Kunde,\n\nzu Ihrem Spielauftrag für die Ziehung am Samstag wurde ein Gewinn in Gewinnklasse 9 ermittelt.\n"
         "Der Gewinnbetrag von 11,20 Euro wurde Ihrem Spielkonto gutgeschrieben. Eine Auszahlung auf Ihr Referenzkonto können Sie\n"
         "jederzeit in Ihrem Kundenkonto beantragen.\n\nIhr Lotto-Kundenservice"),
        ("charity", "Zur Info, vom Nachlassgericht. Der Vorstand kümmert sich, ich wollte es nur allen zeigen.",
         "Nachlasssache Hermann Lutz",
         "Amtsgericht Nachlassabteilung <nachlass@ag-example.de>",
         "In der Nachlasssache Hermann Lutz wird Ihnen als Vermächtnisnehmer eine beglaubigte Abschrift des Testaments nebst\n"
         "Eröffnungsprotokoll übersandt. Das Original geht Ihnen per Post zu. Eine Zahlung ist Ihrerseits nicht zu leisten."),],
    "spam_subj": ["Ist das echt?", "Frage: Erbschaft per E-Mail?", "Vorsicht: Betrugsmails an die Liste", "Achtung Spam / Betrug", "Komische Mail bekommen - Betrug?", "Phishing über die Liste?",
                  "WARNUNG: gefälschte Erbschaftsmail", "Schon wieder so eine \"Spende\"", "Betrugsversuch - nicht antworten!", "Ist das Spam?"],
    "spam_own": ["Ich habe heute diese Mail bekommen und bin unsicher. Ist das echt oder Betrug? Ich habe noch nicht geantwortet:",
                 "Mein Vater hat das bekommen und will schon antworten. Könnt ihr mal draufschauen, bevor er Dummheiten macht?", "Vorsicht, diese Mail ist Betrug:", "Nur zur Warnung, das kam heute über die Liste rein. Bitte NICHT antworten:",
                 "Hat das noch jemand bekommen? Sieht für mich nach dem klassischen Vorschussbetrug aus:",
                 "Falls ihr das auch bekommen habt: einfach löschen. Hier der Text, damit ihr wisst, wie es aussieht:",
                 "Meine Mutter hat mir das weitergeleitet und gefragt, ob sie jetzt reich ist. Nein, Mama:",
                 "Ich leite das mal weiter, damit die Admins den Absender sperren können:",
                 "Achtung, Betrüger schreiben jetzt auch auf Deutsch, und gar nicht mal so schlecht:",
                 "Schönes Beispiel für unseren Vortrag über Phishing, heute im Postfach gefunden:"],
    "spam_reply": ["Nein, das ist nicht echt. Nicht antworten, nichts bezahlen, löschen.",
                   "Ganz klar Betrug, kein Notar schreibt so. Gut, dass du vorher gefragt hast.", "Danke für die Warnung. Habe es auch bekommen und gelöscht.", "Der Absender ist jetzt gesperrt, sorry für den Lärm. -- die Listen-Admins",
                   "Solche Mails einfach nicht beantworten, auch nicht zum Spaß, sonst landet die Adresse auf der nächsten Liste.",
                   "Bei der Verbraucherzentrale gibt es einen Phishing-Radar, da kann man so etwas melden.",
                   "Das ist ein Account von einem Mitglied, der gehackt wurde. Wir haben ihn informiert.",
                   "Witzig, dass die inzwischen sogar unsere Betreffzeilen nachmachen."],
    "spam_aside": ["(Schon hier hätte ich stutzig werden müssen.)", "Man beachte die Anrede.", "Natürlich eine Freemail-Adresse.",
                   "Und jetzt kommt der Teil mit den Gebühren.", "Sehr vertrauenerweckend ...", "Die Summe ist auch jedes Mal eine andere."],
    "admin": {
        "welcome": "Willkommen auf der Mailingliste {list}@{host}!\n\nUm an die Liste zu schreiben, senden Sie eine E-Mail an\n"
                   "  {list}@{host}\n\nAllgemeine Informationen über die Liste finden Sie unter\n  https://{host}/mailman/listinfo/{list}\n\n"
                   "Bitte beachten Sie die Netiquette: kein HTML, kein Top-Posting, Zitate kürzen.",
        "reminder": "Dies ist eine Erinnerung, die monatlich verschickt wird, an Ihre Mitgliedschaft auf der Mailingliste {host}.\n\n"
                    "Passwort für {addr}: {password}\n\nSie können sich abmelden unter https://{host}/mailman/options/{list}",
        "held": "Ihre Nachricht an {list} mit dem Betreff\n\n    {subject}\n\nwird zurückgehalten, bis ein Moderator sie prüfen kann.\n\n"
                "Grund: Nachricht von einem Nicht-Mitglied an eine Liste nur für Mitglieder.",
        "moderation": "liebe Mitglieder,\n\nin den letzten Tagen sind mehrere Betrugsmails über die Liste verteilt worden (angebliche Erbschaften,\n"
                      "Spenden, Gewinne). Sie kamen über das gekaperte Konto eines Mitglieds. Bitte antwortet nicht darauf und klickt keine Links an.\n"
                      "Wir haben die Moderation für neue Absender eingeschaltet.",
        "bounce": "Ihre Mitgliedschaft in der Mailingliste {list} wurde wegen zu vieler Unzustellbarkeitsmeldungen deaktiviert.\n"
                  "Letzte Unzustellbarkeit: {date}.\n\nUm sie wieder zu aktivieren, besuchen Sie https://{host}/mailman/options/{list}",
    },
    "admin_subj": {"welcome": "Willkommen auf der Liste \"{list}\"", "reminder": "Erinnerung an Ihre Mitgliedschaft bei {host}",
                   "held": "Ihre Nachricht an {list} wartet auf Freigabe", "moderation": "Hinweis der Listen-Admins: Betrugsmails",
                   "bounce": "Ihre Mitgliedschaft bei {list} wurde deaktiviert"},
}
