"""German scam templates of the ninth batch (spintax; see scam_ninth.spin), written blind by helper c9-corpus.
German 419 mail is often machine-translated ("Sie" and "du" mixed, odd cases), blackmail and parcel mail
rather fluent. Even-indexed variants are the dev half, odd ones held out."""

_AF = [
    ("business-proposal",
     "{Sehr geehrter Herr/Frau|Lieber Freund|Guten Tag|Hallo},\n\n{Ich bin|Mein Name ist} {sender}, {Direktor|leitender "
     "Buchprüfer|Bankangestellter} {bei|in} {einer großen Bank|der Entwicklungsbank} in {Lome|Accra|Ouagadougou}. {Ich habe|Wir "
     "haben} {ein lukratives|ein vertrauliches|ein sehr gewinnbringendes} {Geschäft|Geschäftsvorschlag} {für Sie|für dich}, "
     "{das uns beide nützen wird|welche uns beiden zugute kommt}.\n\n{Bei der letzten Prüfung|Während unserer Jahresprüfung} "
     "{habe ich entdeckt|fand ich} {ein verlassenes Guthaben|einen ruhenden Betrag} von {amount}, {der einem verstorbenen|welcher "
     "einem ausländischen} {Kunden|Auftragnehmer} {gehört|gehörte}. {Niemand weiß davon|Die Bank weiß nichts davon}, {und ich "
     "brauche|deshalb brauche ich} {Ihre Hilfe|einen ausländischen Partner}, {um das Geld zu überweisen|für die Überweisung}.\n\n"
     "{Sie bekommen|Ihr Anteil ist} {40%|35%} {der Gesamtsumme|vom Betrag}. {Die Transaktion ist|Alles ist} {100% risikofrei|legal "
     "und sicher}.\n\n{Bitte antworten Sie|Antworte bitte} {an meine private E-Mail|an meine persönliche Adresse} {email} "
     "{mit Ihrem vollen Namen und Telefonnummer|für weitere Einzelheiten}.\n\n{Mit freundlichen Grüßen|Hochachtungsvoll},\n{sender}"),
    ("compensation",
     "{Achtung|Sehr geehrter} {Begünstigter|Empfänger},\n\n{Die Vereinten Nationen|Die Weltbank|Der Internationale Währungsfonds} "
     "{hat|haben} {eine Entschädigung|eine Zahlung} {von|in Höhe von} {amount} {für Opfer von Internetbetrug|für Betrugsopfer} "
     "{genehmigt|freigegeben}. {Ihre E-Mail-Adresse|Ihr Name} {steht|wurde gefunden} {auf der Liste der Begünstigten|unter den "
     "ausgewählten Opfern}.\n\n{Die Auszahlung erfolgt|Sie erhalten Ihr Geld} {per Geldautomatenkarte|per Banküberweisung} "
     "{unter der Referenz|mit Aktenzeichen} {ref}. {Kontaktieren Sie|Schreiben Sie} {sofort|umgehend} {den Zahlungsbeauftragten|"
     "unseren Zahlstellenagenten} {unter|an} {email}.\n\n{Hochachtungsvoll|Mit freundlichem Gruß},\n{sender}"),
    ("diplomat",
     "{Guten Tag|Hallo|Sehr geehrte Damen und Herren},\n\n{Hiermit teile ich Ihnen mit|Ich informiere Sie}, {dass|das} {eine "
     "Diplomatenkiste|ein Konsignationskoffer} {auf Ihren Namen|mit Ihrem Namen} {am Flughafen Frankfurt|beim Zoll in München} "
     "{festgehalten wird|liegt}. {Darin befinden sich|Der Inhalt ist} {amount} {in bar|Bargeld}.\n\n{Ich bin|Als} {der "
     "Diplomat|Begleitoffizier} {der die Lieferung begleitet|bin ich beauftragt}. {Sie müssen nur|Bitte zahlen Sie nur} {die "
     "Zollgebühr|die Lagergebühr} {von|in Höhe von} {amount} {bezahlen|vor der Lieferung}.\n\n{Senden Sie|Schicken Sie} {Ihre "
     "Adresse und Ausweiskopie|Ihren Namen, Adresse und Telefon} an {email}.\n\n{Grüße|Mit Gruß},\n{sender}"),
    ("dormant-account",
     "{Hallo|Guten Tag} {lieber Freund|Herr/Frau},\n\n{Ich heiße|Ich bin} {sender}, {Leiter der Auslandsabteilung|Manager für "
     "Überweisungen} {einer Bank|bei einer Bank} in {Johannesburg|Cotonou}. {Ein ausländischer Kunde|Ein Geschäftsmann} {hat|hatte} "
     "{amount} {eingezahlt|hinterlegt} {und starb|und ist verstorben} {bei einem Unfall|mit seiner Familie}.\n\n{Niemand hat|Kein "
     "Verwandter hat} {das Geld beansprucht|sich gemeldet}. {Ich möchte Sie|Ich kann Sie} {als nächsten Angehörigen|als Erben} "
     "{vorstellen|präsentieren}, {damit das Geld an Sie ausgezahlt wird|weil Sie Ausländer sind}.\n\n{Antworten Sie|Melden Sie sich} "
     "{vertraulich|dringend} {an|unter} {email}.\n\n{Gott segne Sie|Danke},\n{sender}"),
    ("bank-insider",
     "{Lieber Freund|Guten Tag|Hallo},\n\n{ich habe Ihre Kontaktdaten|ich bekam Ihre Adresse} {über ein Verzeichnis|bei meiner "
     "Suche nach einer zuverlässigen Person} {gefunden|}. {Ich arbeite|Ich bin beschäftigt} {als Bankbeamter|in der "
     "Buchhaltung} {und habe Zugriff auf|und kontrolliere} {ein Sammelkonto|einen überfälligen Fonds} {von|mit} {amount}.\n\n"
     "{Ich suche|Ich brauche} {einen vertrauenswürdigen Ausländer|einen Partner im Ausland}, {der als Empfänger auftritt|der als "
     "Eigentümer auftritt}. {Wir teilen|Die Teilung ist} {60/40|50/50}.\n\n{Bitte behandeln Sie dies vertraulich|Dies ist streng "
     "vertraulich} und {antworten Sie|melden Sie sich} {an|unter} {email}.\n\n{sender}"),
    ("oil-gold",
     "{Sehr geehrte Geschäftspartner|Guten Tag Partner},\n\n{wir sind|ich vertrete} {eine Gruppe von|eine Genossenschaft von} "
     "{Goldschürfern|Diamantenhändlern} {in Ghana|in Mali} {und haben|mit} {50 kg|120 kg} {Goldstaub|Seifengold} {zu verkaufen|für den "
     "Export}.\n\n{Wir suchen|Gesucht wird} {einen Käufer|einen Investor} {in Europa|im Ausland}, {der die Exportpapiere bezahlt|der "
     "Versand und Versicherung übernimmt}. {Sie erhalten|Ihre Provision ist} {eine gute Provision|einen hohen Anteil}.\n\n"
     "{Schreiben Sie|Kontakt} {an|} {email} {für das Angebot|für Preis und Dokumente}.\n\n{Mit Gruß|Danke},\n{sender}"),
]

_INH = [
    ("inheritance",
     "{Sehr geehrte/r|Lieber|Hallo} {Herr/Frau|Freund},\n\n{Ich bin|Mein Name ist} {sender}, {Rechtsanwalt|Notar} {in|aus} "
     "{London|Madrid|Lome}. {Mein verstorbener Mandant|Ein verstorbener Kunde} {trägt|hat} {den gleichen Nachnamen wie Sie|Ihren "
     "Familiennamen} und {hinterließ|hat hinterlassen} {amount} {ohne Testament|ohne Erben} {bei einer Bank|auf einem Konto}.\n\n"
     "{Die Bank verlangt|Man verlangt von mir} {den nächsten Angehörigen|einen Verwandten}, {sonst wird das Geld beschlagnahmt|"
     "andernfalls verfällt das Erbe}. {Ich möchte Sie|Ich schlage vor, Sie} {als Begünstigten|als Erben} {vorzustellen|einzusetzen}, "
     "{wir teilen|die Summe wird geteilt} {50/50|zu gleichen Teilen}.\n\n{Bitte kontaktieren Sie mich|Antworten Sie bitte} {über "
     "meine private E-Mail|unter} {email}.\n\n{Mit freundlichen Grüßen|Hochachtungsvoll},\n{sender}"),
    ("widow-donation",
     "{Liebe|Mein lieber|Geliebte} {im Herrn|Freund|Bruder/Schwester},\n\n{Ich bin|Ich heiße} {sender}, {eine kranke Witwe|eine "
     "Witwe} {mit Krebs|die an Krebs leidet}. {Mein Arzt sagt|Die Ärzte sagen}, {ich habe nur noch wenige Monate|ich werde nicht "
     "lange leben}.\n\n{Mein verstorbener Ehemann|Mein Mann} {hat|hatte} {amount} {auf einer Bank hinterlegt|bei einer Bank in "
     "Europa}. {Ich habe mich entschieden|Ich möchte}, {dieses Geld|diesen Betrag} {Ihnen zu spenden|an dich zu spenden} "
     "{für wohltätige Zwecke|für Waisenkinder}.\n\n{Nehmen Sie 20% für sich|20% sind für dich} {und den Rest|und das Übrige} "
     "{für die Armen|für Wohltätigkeit}. {Schreiben Sie mir|Schreib mir} {an|unter} {email}.\n\n{Gott segne Sie|Bleib gesegnet},\n{sender}"),
    ("philanthropist",
     "{Hallo|Guten Tag|Herzlichen Glückwunsch}!\n\n{Ich bin|Hier ist} {sender}, {ein Philanthrop|Investor und Philanthrop} "
     "{aus|in} {Spanien|Hongkong}. {Ich habe|Ich habe schon} {einen großen Teil meines Vermögens|25 Prozent meines Vermögens} "
     "{gespendet|an wohltätige Zwecke gegeben} und {möchte|werde} {amount} {an fünf Personen|an zufällige Menschen} {spenden|verschenken}.\n\n"
     "{Ihre E-Mail wurde ausgewählt|Sie wurden ausgewählt}. {Kontaktieren Sie|Schreiben Sie} {meine Sekretärin|mir} {unter|an} "
     "{email} {um Ihre Spende zu erhalten|für mehr Informationen}.\n\n{Beste Grüße|Herzliche Grüße},\n{sender}"),
    ("next-of-kin",
     "{Guten Tag|Sehr geehrter Herr/Frau},\n\n{Entschuldigen Sie|Verzeihen Sie} {diese unerwartete Nachricht|dass ich Sie so "
     "kontaktiere}. {Ein Kunde unserer Bank|Einer unserer Mandanten} {ist verstorben|verstarb} {und hinterließ|mit} {ein "
     "Festgeld|einen Nachlass} {von|über} {amount} {ohne Verwandte|ohne Testament}.\n\n{Ich brauche Ihre Zustimmung|Ich bitte um "
     "Ihr Einverständnis}, {Sie als Erben einzutragen|Sie als nächsten Verwandten vorzustellen}. {Alles ist legal|Das Verfahren "
     "ist gesetzlich} {und dauert 10 Tage|und schnell}.\n\n{Antworten Sie|Schreiben Sie} {an|unter} {email}.\n\n{sender}"),
    ("widow-donation",
     "{Friede sei mit Ihnen|Gottes Segen|Lieber Freund},\n\n{Ich bin|Ich heiße} {sender}, {eine alte Witwe|eine kranke Frau} "
     "{im Krankenhaus|aus dem Krankenhausbett}. {Wir hatten keine Kinder|Ich habe keine Erben}, {die|welche} {das Geld meines "
     "Mannes|unser Vermögen} {erben könnten|übernehmen}: {amount}.\n\n{Ich wünsche mir|Mein Wunsch ist}, dass {Sie|ein gläubiger "
     "Mensch} {es für die Kirche|es für Waisenhäuser} {verwenden|einsetzt}. {Versprechen Sie nur|Ich bitte nur}, {es gut zu "
     "nutzen|für mich zu beten}.\n\n{Schreiben Sie|Antworten Sie} {mit Ihrem vollen Namen|und ich gebe Ihnen den Kontakt der Bank} "
     "{an|} {email}.\n\n{sender}"),
    ("inheritance",
     "{Achtung|Sehr geehrte/r} {Herr/Frau|Erbe},\n\n{wir teilen Ihnen mit|hiermit informieren wir Sie}, {dass Sie|dass Ihr Name} "
     "{im Testament|in der letztwilligen Verfügung} {eines verstorbenen Investors|eines Mandanten unserer Kanzlei} {als Erbe|als "
     "Begünstigter} {genannt sind|steht}. {Die Erbschaft|Der Betrag} {beläuft sich auf|beträgt} {amount}.\n\n{Um sie zu "
     "erhalten|Zur Auszahlung} {senden Sie|schicken Sie} {Name, Anschrift und Telefon|eine Passkopie} {an|} {email} {und "
     "bezahlen|und überweisen} {die Nachlassgebühr|die Anwaltskosten}.\n\n{Hochachtungsvoll|Gruß},\n{sender}"),
]

_LOT = [
    ("lottery",
     "{HERZLICHEN GLÜCKWUNSCH|Sehr geehrter Gewinner|Gewinnbenachrichtigung}!\n\n{Ihre E-Mail-Adresse|Ihre Adresse} {hat|wurde} "
     "{amount} {gewonnen|als Gewinner gezogen} {bei der|in der} {internationalen E-Mail-Lotterie|Online-Verlosung|Jahresziehung}. "
     "{Ihre Gewinnnummer|Ihre Referenz} {lautet|ist} {ref}.\n\n{Die Ziehung|Die Auswahl} {erfolgte|fand} {per Computer|zufällig} "
     "{unter|aus} {50.000|über 20.000} {E-Mail-Adressen|Teilnehmern} {statt|weltweit}.\n\n{Um Ihren Gewinn zu erhalten|Zur "
     "Auszahlung}, {kontaktieren Sie|schreiben Sie} {unseren Auszahlungsagenten|die Gewinnabteilung} {unter|an} {email}. {Halten "
     "Sie|Bitte halten Sie} {diese Mitteilung|Ihren Gewinn} {vertraulich|geheim}.\n\n{Mit freundlichen Grüßen|Hochachtungsvoll},\n{sender}"),
    ("email-ballot",
     "{Lieber Gewinner|Glückwunsch|Guten Tag},\n\n{Wir freuen uns|Es ist uns eine Freude}, {Ihnen mitzuteilen|Sie zu "
     "informieren}, {dass Sie|dass Ihre E-Mail} {in unserer|bei der} {Jahresverlosung|Sonderziehung} {gewonnen haben|ausgewählt "
     "wurde}: {amount}.\n\n{Die Auszahlung|Ihr Gewinn} {erfolgt|wird überwiesen} {nach Zahlung|sobald Sie} {der Bearbeitungsgebühr|die "
     "Gebühr} {von|in Höhe von} {amount} {bezahlt haben|}.\n\n{Senden Sie|Schicken Sie} {Name, Adresse, Telefon|Ihre Daten} {an|zu} "
     "{email}.\n\n{sender}"),
    ("lottery",
     "{GEWINNMITTEILUNG|LETZTE ERINNERUNG|PREISVERLEIHUNG}\n\n{Sie sind|Ihre E-Mail ist} {einer der glücklichen|unter den} "
     "{Gewinner|Begünstigten} {der|unserer} {Jubiläums|Sonder}{ziehung|verlosung}. {Sie haben|Gewonnen:} {amount} {gewonnen|}.\n\n"
     "{Losnummer|Aktenzeichen}: {ref}\n\n{Melden Sie sich|Kontaktieren Sie uns} {innerhalb von|binnen} {hours} Stunden {unter|an} "
     "{email}, {sonst verfällt|andernfalls verfällt} {der Gewinn|Ihr Anspruch}.\n\n{sender}"),
    ("email-ballot",
     "{Gute Nachricht|Hallo Gewinner|Sehr geehrter Begünstigter},\n\n{Hiermit benachrichtigen wir Sie|Wir teilen Ihnen mit}, "
     "{dass Ihnen|dass Sie} {ein Geldpreis|eine Pauschalzahlung} {von|über} {amount} {zusteht|zugesprochen wurde}.\n\n"
     "{Ihre Akte|Ihr Anspruch}: {ref}. {Schreiben Sie|Kontaktieren Sie} {heute|jetzt} {an|unter} {email}.\n\n{sender}"),
    ("lottery",
     "{Sehr geehrte Damen und Herren|Achtung|Hallo Gewinner},\n\n{wir freuen uns|es ist uns eine Ehre}, {Ihnen mitzuteilen|"
     "bekanntzugeben}, {dass Ihre E-Mail-Adresse|dass Ihre Adresse} {als Gewinner gezogen wurde|unter den Gewinnern ist} "
     "{bei der|in der} {Euro-Millionen|Weltpromotion|Online}-{Ziehung|Lotterie}. {Ihnen wurden|Sie erhalten} {amount} "
     "{zugesprochen|}.\n\n{Glückszahl|Losnummer}: {ref}\n\n{Zur Freigabe|Zur Bearbeitung} {Ihres Gewinns|der Zahlung} {senden Sie|"
     "schicken Sie} {unserem Treuhänder|dem Gewinnbeauftragten} {unter|an} {email}: {Name, Land, Telefon|vollständigen Namen, "
     "Adresse, Beruf}.\n\n{Glückwunsch|Nochmals herzlichen Glückwunsch},\n{sender}"),
    ("email-ballot",
     "{Gewinner|Lieber Begünstigter},\n\n{Sie sind|Ihre E-Mail ist} {einer von fünf Gewinnern|ein glücklicher Gewinner} "
     "{von|über} {amount} {in unserer|bei der} {Online-Aktion|Jubiläumsaktion}. {Um den Preis|Um das Geld} {abzuholen|zu erhalten}, "
     "{müssen Sie|ist} {zuerst|vorab} {die Überweisungsgebühr|eine Freigabegebühr} {von|in Höhe von} {amount} {zahlen|zu zahlen}."
     "\n\n{Referenz|Code}: {ref}. {Antwort|Schreiben} {an|} {email}.\n\n{sender}"),
]

_LOAN = [
    ("loan",
     "{Brauchen Sie|Benötigen Sie} {einen Kredit|ein Darlehen|dringend Geld}? {Wir bieten|Ich biete} {Kredite|Privatkredite} "
     "{von|ab} {amount} {bis|bis zu} {amount} {zu 2% Zinsen|mit 3% Zinssatz}.\n\n{Ohne Schufa|Keine Bonitätsprüfung|Auch bei "
     "schlechter Bonität}. {Schnelle Zusage|Auszahlung in 24 Stunden}.\n\n{Kontaktieren Sie uns|Schreiben Sie} {unter|an} {email} "
     "{oder WhatsApp|oder rufen Sie an} {phone}.\n\n{sender}"),
    ("loan",
     "{Hallo|Guten Tag|Sehr geehrter Kunde},\n\n{Ihr Kreditantrag|Ihr Darlehen} {über|von} {amount} {wurde genehmigt|ist "
     "bewilligt}. {Vor der Auszahlung|Um das Geld freizugeben} {müssen Sie|ist} {eine Versicherungsgebühr|die Bearbeitungsgebühr} "
     "{von|in Höhe von} {amount} {bezahlen|zu zahlen}.\n\n{Senden Sie|Schicken Sie} {den Zahlungsbeleg|Ihre Bankdaten} {an|zu} "
     "{email}.\n\n{Mit freundlichen Grüßen|Gruß},\n{sender}"),
    ("loan",
     "{Privater Kreditgeber|Seriöser Privatkredit}: {ich vergebe|wir vergeben} {Darlehen|Kredite} {an ernsthafte Personen|an "
     "Privatleute und Firmen}, {um Schulden zu bezahlen|für Ihr Projekt}. {Zinssatz|Zins} {2%|3%}, {Laufzeit|Dauer} {bis 20 "
     "Jahre|1 bis 15 Jahre}.\n\n{Schreiben Sie|Mail} {an|} {email}.\n\n{sender}"),
    ("loan",
     "{Achtung|Hallo},\n\n{Wir sind|Ich bin} {eine registrierte|eine zertifizierte} {Finanzgesellschaft|Kreditfirma} {und "
     "geben|und vergeben} {Kredite|Geld} {an alle|weltweit} {zu 2%|mit einfacher Rückzahlung}. {Auch mit Schufa-Eintrag|Egal "
     "welche Bonität}.\n\n{Antworten Sie|Antworte} {mit Betrag und Laufzeit|mit Name, Betrag, Land} {an|} {email}.\n\n{sender}"),
]

_SEX = [
    ("hacked-device",
     "{Hallo|Hi|Guten Tag}!\n\n{Ich habe|Ich hab} {schlechte Nachrichten|eine Nachricht} {für dich|für Sie}. {Vor einigen "
     "Monaten|Vor ein paar Monaten} {habe ich|hab ich} {Zugriff auf|die Kontrolle über} {dein Gerät|deinen Computer|alle deine "
     "Geräte} {bekommen|erhalten} {über|durch} {einen Trojaner|eine Schadsoftware} {auf einer Erwachsenenseite|im Router}.\n\n"
     "{Ich habe|Ich hab} {ein Video|ein Split-Screen-Video} {von dir|von Ihnen} {aufgenommen|gemacht}, {während du|als du} "
     "{Pornos geschaut hast|Erwachsenenseiten besucht hast}, {mit deiner Webcam|über deine Kamera}. {Außerdem habe ich|Ich habe "
     "auch} {deine Kontakte|deine ganze Kontaktliste} {kopiert|gespeichert}.\n\n{Wenn du willst|Damit}, {dass ich alles "
     "lösche|dass das Video gelöscht wird}, {überweise|schicke} {btc} BTC {an|auf} {meine Bitcoin-Wallet|diese Adresse}: {wallet}\n\n"
     "{Du hast|Sie haben} {hours} Stunden. {Sonst|Andernfalls} {schicke ich|geht} {das Video|es} {an alle deine Kontakte|an deine "
     "Familie und Kollegen}. {Antworte nicht|Nicht antworten} {auf diese Mail|}, {und geh nicht zur Polizei|die Polizei hilft dir nicht}."),
    ("hacked-device",
     "{Ihr Konto|Dein Postfach} {wurde gehackt|ist gehackt}! {Ändern Sie|Ändere} {sofort|jetzt} {Ihr Passwort|dein Passwort}!\n\n"
     "{Wie Sie sehen|Du siehst}, {habe ich diese Nachricht|kommt diese Mail} {von Ihrem eigenen Konto|von deiner Adresse} "
     "{gesendet|}. {Ihr Passwort|Dein altes Passwort} {ist|war} {password}.\n\n{Ich habe|Auf deinem System läuft} {eine "
     "Spyware|ein Virus}, {der|die} {Bildschirm und Kamera|dich} {aufgezeichnet hat|gefilmt hat}. {Ich lösche|Ich werde löschen} "
     "{alle Daten|die Aufnahmen}, {nachdem|sobald} {ich|du} {amount} {in Bitcoin|in BTC} {erhalte|zahlst}.\n\nBTC: {wallet}\n\n"
     "{Frist|Zeit}: {hours} Stunden."),
    ("bomb-threat",
     "{Hören Sie gut zu|Achtung|Hör zu}. {In Ihrem Gebäude|In dem Gebäude, in dem Sie arbeiten,} {ist eine Bombe|wurde ein "
     "Sprengsatz} {versteckt|platziert}. {Sie explodiert|Er explodiert}, {wenn ich nicht|außer ich} {bis heute Abend|bis 17 Uhr} "
     "{amount} {in Bitcoin|in BTC} {erhalte|bekomme}.\n\n{Wallet|Adresse}: {wallet}\n\n{Wenn ich Polizei sehe|Bei einem Anruf bei "
     "der Polizei} {zünde ich|wird gezündet}."),
    ("webcam",
     "{Ich kenne|Ich weiß} {password}, {das ist dein Passwort|eines deiner Passwörter}. {Kommen wir zur Sache|Ich komme direkt "
     "zum Punkt}.\n\n{Meine Software|Mein Programm} {hat|schaltete} {deine Webcam|deine Kamera} {eingeschaltet|aktiviert}, "
     "{als du|während du} {Videos für Erwachsene|diese Clips} {angeschaut hast|gesehen hast}. {Ich habe|Es gibt} {eine "
     "Aufnahme|ein Doppelvideo}: {ein Teil zeigt|links} {was du gesehen hast|den Clip}, {der andere dich|rechts dich}.\n\n"
     "{Mein Preis|Was ich will}: {amount} {in Bitcoin|in BTC}. {Kopiere|Sende an} {meine Adresse|diese Adresse}: {wallet}\n\n"
     "{Du hast|Frist:} {hours} Stunden. {Sonst|Ansonsten} {bekommen alle deine Kontakte|geht an alle Kontakte} das Video."),
    ("hacked-device",
     "{Hallo|Guten Tag}, {ich bin|hier ist} {ein Hacker|jemand, den du nicht kennst}, {der|und ich habe} {vor einiger Zeit|vor ein "
     "paar Monaten} {dein E-Mail-Konto und Gerät|dein Handy} {gehackt hat|geknackt}.\n\n{Ich kenne|Ich habe} {deine Passwörter|dein "
     "Passwort}, {dein Adressbuch|deine Kontakte} und {deinen Browserverlauf|was du nachts anschaust}. {Dazu habe ich|Es gibt "
     "auch} {eine Aufnahme|ein Video} {von deiner Kamera|über deine Webcam}.\n\n{Überweise|Sende} {amount} {in Bitcoin|als BTC} "
     "{an|auf} {diese Adresse|diese Wallet}: {wallet}\n\n{Nach der Zahlung|Sobald bezahlt ist} {lösche ich|vernichte ich} {alles|"
     "das Video}. {Du hast|Frist:} {hours} Stunden."),
    ("bomb-threat",
     "{In Ihrem Büro|In Ihrem Gebäude} {befindet sich|habe ich} {ein Sprengkörper|eine Bombe} {versteckt|deponiert}. {Er geht "
     "hoch|Sie geht hoch}, {wenn ich nicht|falls ich nicht} {heute|bis zum Abend} {amount} {in Bitcoin|in BTC} {erhalte|bekomme}. "
     "{Rufen Sie nicht die Polizei|Keine Evakuierung}, {meine Leute beobachten|mein Mann beobachtet} {alles|Sie}.\n\nBTC: {wallet}"),
]

_CRYPTO = [
    ("investment",
     "{Hallo|Hi},\n\n{Möchten Sie|Willst du} {amount} {pro Woche|wöchentlich} {von zu Hause|mit Bitcoin} {verdienen|machen}? "
     "{Unsere|Meine} {Krypto|Trading}-{Plattform|Software} {zahlt|bringt} {10% täglich|bis zu 300% in 7 Tagen} {garantiert|ohne "
     "Risiko}.\n\n{Starten Sie mit|Investiere nur} {amount}. {Jederzeit auszahlen|Auszahlung jeden Tag}.\n\n{Registrierung|Jetzt "
     "anmelden}: {link}\n{Telegram|Oder Telegram}: {tg}\n\n{sender}"),
    ("giveaway",
     "{Herzlichen Glückwunsch|Gute Nachricht}! {Sie wurden|Du wurdest} {für|in} {unser|das} {Krypto|Bitcoin}-{Bonusprogramm|"
     "Prämienprogramm} {ausgewählt|aufgenommen}: {amount} {warten auf Sie|sind für dich reserviert}.\n\n{Aktivieren Sie|"
     "Beanspruche} {Ihren Bonus|ihn} {hier|im Portal}: {link} {mit dem Code|Code} {ref}.\n\n{sender}"),
]

_ROMANCE = [
    ("romance",
     "{Hallo|Hi} {mein Lieber|Schatz|mein Freund},\n\n{Ich habe|Ich hab} {dein Profil|deine E-Mail} {gesehen|gefunden} "
     "{und wollte dir schreiben|und möchte dich kennenlernen}. {Ich bin|Ich heiße} {sender}, {Krankenschwester|Soldatin im "
     "Einsatz|Ingenieurin}, {und suche|auf der Suche nach} {einen ehrlichen Mann|eine ernsthafte Beziehung}.\n\n{Schreib mir|"
     "Antworte} {an|unter} {email}, {dann schicke ich dir Fotos|damit wir reden können}.\n\n{Küsse|Umarmung},\n{sender}"),
    ("romance",
     "{Mein Liebling|Schatz},\n\n{Ich sitze|Ich stecke} {am Flughafen|beim Zoll} {in Istanbul|in Dubai} {fest|} {und|weil} "
     "{sie|die Beamten} {amount} {verlangen|für die Papiere wollen}. {Ich zahle es dir zurück|Du bekommst es zurück}, "
     "{sobald wir uns sehen|wenn ich ankomme}.\n\n{Bitte schick|Bitte überweise} {das Geld|es} {per Western Union|mit "
     "Geschenkkarten} {und schreib mir|und antworte} {an|} {email}.\n\n{Für immer dein|Deine},\n{sender}"),
]

_JOB = [
    ("money-mule",
     "{Guten Tag|Hallo}! {Wir suchen|Unsere Firma sucht} {einen Finanzagenten|eine Zahlungsassistenz} {in Deutschland|in Ihrer "
     "Region} {für|auf} {Heimarbeit|Teilzeit}. {Nur 2-3 Stunden täglich|Eine Stunde pro Tag}, {Gehalt|Verdienst} {amount} "
     "{im Monat|monatlich}.\n\n{Sie empfangen|Ihre Aufgabe:} {Zahlungen|Überweisungen} {unserer Kunden|auf Ihr Konto} {und "
     "leiten sie weiter|und senden sie weiter}, {10% behalten Sie|Sie behalten 10%}.\n\n{Bewerbung|Lebenslauf} {an|} {email}.\n\n{sender}"),
    ("money-mule",
     "{Heimarbeit|Nebenjob|Minijob}: {Paketprüfer|Versandmanager}. {Pakete|Sendungen} {zu Hause annehmen|bei Ihnen empfangen}, "
     "{prüfen|kontrollieren} {und|dann} {ins Ausland|an unser Lager} {weiterschicken|versenden}. {Lohn|Bezahlung}: {amount} "
     "{pro Woche|wöchentlich}.\n\n{Melden Sie sich|Bewerben} {unter|an} {email}.\n\n{sender}"),
]

_PARCEL = [
    ("parcel-fee",
     "{Ihr Paket|Ihre Sendung} {wird|ist} {im Verteilzentrum|im Depot} {zurückgehalten|blockiert}, {weil|da} {eine Zollgebühr|"
     "eine Zustellgebühr} {von|in Höhe von} {amount} {offen ist|nicht bezahlt wurde}.\n\n{Sendungsnummer|Tracking}: {code}\n\n"
     "{Bezahlen Sie|Begleichen Sie} {die Gebühr|den Betrag} {innerhalb von|binnen} {hours} Stunden: {link} {sonst|andernfalls} "
     "{geht das Paket zurück|wird die Sendung zurückgeschickt}."),
    ("parcel-fee",
     "{Zustellversuch fehlgeschlagen|Wir konnten Ihr Paket nicht zustellen}. {Ihre Adresse|Die Anschrift} {ist|war} "
     "{unvollständig|nicht korrekt}. {Für eine neue Zustellung|Um einen neuen Termin zu buchen} {bestätigen Sie|aktualisieren "
     "Sie} {Ihre Daten|Ihre Adresse} {und zahlen|gegen eine kleine Gebühr von} {amount}: {link}\n\n{Ref|Code}: {code}"),
]

_TECH = [
    ("tech-support",
     "{Microsoft|Windows}-{Sicherheitswarnung|Support-Hinweis}: {Ihr Computer|Ihr Gerät} {ist infiziert|wurde gesperrt}, "
     "{Ihre Bankdaten|Ihre persönlichen Daten} {sind in Gefahr|können gestohlen werden}.\n\n{Rufen Sie|Kontaktieren Sie} "
     "{sofort|jetzt} {unsere Techniker|den Support} {unter|an} {phone} {an|}. {Schalten Sie|Starten Sie} {den Computer|das Gerät} "
     "{nicht aus|nicht neu}."),
    ("tech-support",
     "{Ihr Abonnement|Ihre Antivirus-Lizenz} {wurde|ist} {verlängert|abgebucht}: {amount}. {Wenn Sie das nicht|Falls Sie "
     "dies nicht} {veranlasst haben|bestellt haben}, {rufen Sie|kontaktieren Sie} {die Rückerstattung|unseren Kundendienst} "
     "{innerhalb von|binnen} {hours} Stunden {unter|an} {phone} {an|}.\n\n{Rechnungsnummer|Bestellnummer}: {ref}"),
]

SCAM = {
    "advance-fee": {
        "subj": ["{Geschäftsvorschlag|Vertraulicher Vorschlag|DRINGENDE GESCHÄFTSBEZIEHUNG}", "{Entschädigungszahlung|"
                 "Auszahlungsgenehmigung} {der UNO|der Weltbank}", "{Diplomatenkiste|Sendung} {auf Ihren Namen|Benachrichtigung}",
                 "{Ruhendes Konto|Nicht beanspruchter Fonds}", "{Partnerschaft|Privates Angebot}", "{Hallo|Guten Tag} {Freund|}",
                 "{Bitte antworten|Dringende Antwort}", "{Vertraulich|Streng vertraulich}"],
        "body": _AF,
        "teaser": ["{Ich habe|Ich hab} {einen Geschäftsvorschlag|ein lukratives Angebot} {für Sie|für dich}, {antworten Sie|"
                   "schreib} {an|unter} {email} {für Einzelheiten|für mehr Infos}.",
                   "{Haben Sie|Hast du} {meine letzte|meine vorherige} {E-Mail|Nachricht} {bekommen|erhalten}? {Antworten Sie|"
                   "Antwort} {dringend|bitte}: {email}",
                   "{Guten Tag|Hallo}, {ich brauche|ich benötige} {Ihre Hilfe|Ihre Zusammenarbeit} {bei|für} {einer "
                   "Überweisung|einer Transaktion} {von|über} {amount}. {Kontakt|Schreiben Sie}: {email}",
                   "{Wichtig|Dringend}: {bitte melden Sie sich|nehmen Sie Kontakt auf} {unter|an} {email} {wegen|bezüglich} "
                   "{eines Geschäfts|eines Fonds}.",
                   "{Hallo|Lieber Freund}, {ich bin|hier ist} {Bankdirektor|Buchprüfer} {und habe|mit} {eine Transaktion|einem Geschäft} {über|von} {amount}. {Antwort|Schreiben Sie} {an|} {email}.",
                   "{Partner gesucht|Suche einen Partner} {für|bei} {eine vertrauliche|eine private} {Transaktion|Sache}. {Mehr|Details}: {email}"],
    },
    "inheritance": {
        "subj": ["{Erbschaft|Nicht beanspruchtes Erbe}", "{Spende|Wohltätige Spende} {für Sie|an Sie}", "{Nachlass|Verstorbener "
                 "Mandant}", "{Ihr Erbe|Erbe} {wartet|Mitteilung}", "{Hallo Geliebte|Bitte helfen Sie mir|Gott segne Sie}",
                 "{Mein letzter Wunsch|Letzter Wille}", "{Spende|Zuwendung} {über|von} {amount}", "{Achtung|Benachrichtigung} "
                 "{Erbe|Begünstigter}"],
        "body": _INH,
        "teaser": ["{Ich habe|Wir haben} {eine Erbschaft|eine Spende} {von|über} {amount} {für Sie|auf Ihren Namen}. {Kontakt|"
                   "Schreiben Sie}: {email}",
                   "{Ich bin|Ich} {eine kranke Witwe|eine sterbende Frau} {und möchte|und will} {mein Vermögen|mein Geld} "
                   "{spenden|Ihnen geben}. {Schreiben Sie mir|Antwort} {an|} {email}",
                   "{Sie wurden|Sie sind} {als Erbe|als Begünstigter} {eingetragen|benannt}. {Antworten Sie|Schreiben Sie} "
                   "{an|unter} {email}.",
                   "{Ihre Spende|Ein Zuschuss von {amount}} {liegt bereit|wartet}. {Kontakt|Mail}: {email}",
                   "{Ihr verstorbener Verwandter|Ein verstorbener Mandant mit Ihrem Namen} {hinterließ|hat hinterlassen} {amount}. {Kontakt|Mail an den Anwalt}: {email}",
                   "{Gott segne Sie|Frieden}, {ich möchte|ich will} {amount} {an Sie|über Sie} {spenden|für die Armen geben}: {email}"],
    },
    "lottery": {
        "subj": ["{Gewinnbenachrichtigung|GEWINNMITTEILUNG}", "{Herzlichen Glückwunsch|Glückwunsch} {Gewinner|!!!}",
                 "{Ihre E-Mail|Ihre Adresse} {hat gewonnen|wurde gezogen}", "{Gewinn|Preis} {abholen|auszahlen}",
                 "{Letzte Erinnerung|Letzte Mahnung}: {Gewinn|Ihr Preis}", "{Verlosung|Ziehung} {Ergebnis|2025}",
                 "{Sie haben gewonnen|Gewonnen}!", "{Auszahlung|Anspruch} {Ref|Nr.}"],
        "body": _LOT,
        "teaser": ["{Ihre E-Mail|Ihre Adresse} {hat|hat gerade} {amount} {gewonnen|}! {Kontakt|Schreiben Sie}: {email}",
                   "{Glückwunsch|Gratulation}, {Sie haben gewonnen|du hast gewonnen}. {Abholen|Details}: {link}",
                   "{Gewinn|Preis}: {amount}. {Schicken Sie Ihre Angaben|Antworten Sie} {an|} {email} {mit|Ref} {ref}.",
                   "{Gewinnmitteilung|Preisbenachrichtigung}: {amount} {für Sie|reserviert}. {Hier|Jetzt}: {link}"],
    },
    "loan": {
        "subj": ["{Kreditangebot|Schneller Kredit}", "{Kredit genehmigt|Ihr Darlehen ist bewilligt}", "{Brauchen Sie Geld?|"
                 "Geld benötigt?}", "{Finanzhilfe|Einfache Finanzierung}", "{Privatkredit|Kredit zu 2%}", "{Geld|Bargeld} {in 24 "
                 "Stunden|schnell}", "{Ohne Schufa|Trotz Schufa}", "{Jetzt beantragen|Kredit sichern}"],
        "body": _LOAN,
        "teaser": ["{Kredit|Darlehen} {nötig|gesucht}? {amount} {zu 2%|mit wenig Zinsen}: {email}",
                   "{Kredite|Geld} {für alle|ohne Schufa}. {Kontakt|Schreiben}: {email}",
                   "{Schnellkredit|Eilkredit}: {schreiben Sie|mail} {email} {oder WhatsApp|oder Anruf} {phone}",
                   "{Privatkredit|Darlehen} {bis|von} {amount}, {Antwort|Anfrage} {an|} {email}"],
    },
    "sextortion": {
        "subj": ["{Ihr Konto ist kompromittiert|Dein Konto ist gehackt}", "{Sicherheitswarnung|Warnung}: {Ihr Gerät|dein Gerät}",
                 "{Ich habe dich aufgenommen|Ich habe ein Video von dir}", "{Bombe in Ihrem Gebäude|Sprengsatz}",
                 "{Zahlung|Zahle} {erforderlich|jetzt}", "{Letzte Warnung|Letzte Chance}", "{password|Dein Passwort}",
                 "{Sofort lesen|Wichtig}"],
        "body": _SEX,
        "teaser": ["{Ich habe|Ich hab} {ein Video|Aufnahmen} {von dir|deiner Webcam}. {Zahle|Sende} {amount} {in Bitcoin|in BTC} an "
                   "{wallet}, {sonst|andernfalls} {sehen es alle|bekommen es deine Kontakte}.",
                   "{Dein Gerät|Dein Handy} {ist gehackt|wurde gehackt}. {Zahle|Überweise} {amount} {in BTC|in Bitcoin}: {wallet}",
                   "{Eine Bombe|Ein Sprengsatz} {ist in|liegt in} {Ihrem Gebäude|Ihrem Büro}. {Zahlen Sie|Senden} {amount} "
                   "{in Bitcoin|BTC}: {wallet}",
                   "{Ich kenne|Ich weiß} {dein Passwort|dein Geheimnis}: {password}. {Zahle|Sende} {amount} {an|in} Bitcoin: {wallet}",
                   "{Deine Webcam|Deine Kamera} {hat dich gefilmt|hat alles aufgenommen}. {Zahle|Sende} {amount} {in BTC|in Bitcoin}: {wallet}. {Frist|Du hast} {hours} Stunden.",
                   "{Im Gebäude|In Ihrem Büro} {ist|liegt} {eine Bombe|ein Sprengsatz}. {amount} {in Bitcoin|in BTC} {oder es knallt|um es zu stoppen}: {wallet}"],
    },
    "crypto": {
        "subj": ["{Verdienen Sie|Verdiene} {mit Bitcoin|mit Krypto}", "{Krypto|Bitcoin}-{Bonus|Prämie}", "{Ihr Gewinn|Dein "
                 "Guthaben} {ist bereit|ist gewachsen}", "{Jetzt investieren|Heute starten}"],
        "body": _CRYPTO,
        "teaser": ["{Verdienen Sie|Verdiene} {amount} {pro Woche|wöchentlich} {mit|durch} {Krypto|Bitcoin}: {link}",
                   "{Ihr|Dein} {Krypto|Bitcoin}-{Bonus|Guthaben} {von|über} {amount} {wartet|liegt bereit}: {link}",
                   "{Investiere|Starte mit} {amount}, {täglich Gewinn|Gewinn jeden Tag}. Telegram {tg}",
                   "{Bitcoin|BTC} {verdoppeln|x2}: {link}"],
    },
    "romance": {
        "subj": ["{Hallo Schatz|Hallo mein Lieber}", "{Ich vermisse dich|Vermisse dich}", "{Bist du da|Ich warte auf dich}",
                 "{Hallo|Hi} {du|}"],
        "body": _ROMANCE,
        "teaser": ["{Hallo|Hi}, {ich habe dein Profil gesehen|dein Profil gefällt mir}, {schreib mir|melde dich} {an|} {email}",
                   "{Ich bin|Bin} {allein|einsam} {und suche Liebe|und will dich kennenlernen}, {schreib|mail} {an|} {email}",
                   "{Hallo Schatz|Hi}, {lass uns schreiben|lass uns reden}: {email}", "{Liebling|Schatz}, {ich brauche|brauche} "
                   "{deine Hilfe|Hilfe}: {email}"],
    },
    "job": {
        "subj": ["{Stellenangebot|Job}", "{Heimarbeit|Homeoffice}", "{Finanzagent|Zahlungsassistenz} {gesucht|}", "{Nebenjob|"
                 "Minijob}"],
        "body": _JOB,
        "teaser": ["{Von zu Hause|Online} {amount} {pro Woche|wöchentlich} {verdienen|}, {Mail|Antwort} {email}",
                   "{Heimarbeit|Homeoffice} {frei|verfügbar}: {email}", "{Wir stellen ein|Agenten gesucht}: {email}",
                   "{Nebenjob|Minijob}, {gute Bezahlung|hoher Lohn}: {email}"],
    },
    "parcel": {
        "subj": ["{Paket zurückgehalten|Sendung blockiert}", "{Zustellung fehlgeschlagen|Zustellproblem}", "{Zollgebühr|Gebühr} "
                 "{offen|fällig}", "{Sendung|Paket} {Hinweis|Update}"],
        "body": _PARCEL,
        "teaser": ["{Ihr Paket|Ihre Sendung} {wartet|liegt bereit}: {zahlen Sie|bestätigen Sie} {amount} {hier|unter} {link}",
                   "{Zustellung|Paket} {gestoppt|angehalten}: {link}", "{Zoll|Zustell}{gebühr|kosten} {fällig|offen}: {link}",
                   "{Sendung|Paket} {code} {bestätigen|verfolgen}: {link}"],
    },
    "tech-support": {
        "subj": ["{Sicherheitswarnung|Virus gefunden}", "{Abo verlängert|Rechnung}", "{Ihr PC|Ihr Computer} {ist gesperrt|in Gefahr}",
                 "{Rückerstattung|Bestellung} {Hinweis|Bestätigung}"],
        "body": _TECH,
        "teaser": ["{Virus|Schadsoftware} {gefunden|erkannt}! {Rufen Sie|Anruf} {phone} {an|sofort}.",
                   "{Ihr|Das} {Abo|Abonnement} {über|von} {amount} {verlängert|abgebucht}. {Stornieren|Anruf}: {phone}",
                   "{Computer|PC} {gesperrt|blockiert}, {rufen Sie|Support} {phone} {an|}",
                   "{Rückerstattung|Storno} {amount}? {Anruf|Telefon} {phone}"],
    },
}
