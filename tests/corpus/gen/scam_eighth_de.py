"""German scam pools of the eighth batch (written blind by helper c8-corpus; see scam_eighth.py).

The German 419 mail a German user group list receives: often machine translated (wrong cases, "Sie"
and "du" mixed, English word order), sometimes fluent. Slots as in scam_eighth_en.py.
"""

SCAM = {
    "advance-fee": {
        "subj": ["Erbschaft", "Spende für Sie", "DRINGENDE ANTWORT", "Vertraulicher Geschäftsvorschlag", "Ihre Zahlung wurde genehmigt",
                 "Hallo, bitte lesen", "Nachlass Ihres Verwandten", "Mein letzter Wunsch", "Entschädigungszahlung", "Ruhendes Konto",
                 "Ihre Geldautomatenkarte", "Antwort erwünscht", "Partnerschaft", "Guten Tag lieber Freund", "Spende von 1.500.000,00 EUR",
                 "Wichtige Information für Sie", "Vertraulich", "Bitte um Ihre Hilfe"],
        "head": ["VOM BÜRO DES PRÜFUNGSDIREKTORS", "KANZLEI DR. BAUER & PARTNER (INTERNATIONALE ABTEILUNG)", "AUSLANDSÜBERWEISUNGSABTEILUNG",
                 "VERTRAULICH UND PRIVAT"],
        "hook": [
            "[inheritance] Ich bin Rechtsanwalt Dr. Hans Bauer, der persönliche Anwalt von meinem verstorbenen Mandanten, der den gleichen "
            "Nachnamen wie Sie hat und ohne Testament gestorben ist.",
            "[inheritance] Ich kontaktiere Sie bezüglich der Erbschaft von einem verstorbenen Kunden, der mit Ihnen den Familiennamen teilt, "
            "die Bank hat mich gebeten, einen Verwandten zu präsentieren.",
            "[inheritance] Sie wurden als Begünstigter im Testament von einem verstorbenen Geschäftsmann eingetragen, dessen Nachlass "
            "seit Jahren bei uns liegt.",
            "[widow-donation] Ich bin eine Witwe und leide an Krebs, mein Arzt hat mir gesagt, dass ich nicht mehr lange leben werde.",
            "[widow-donation] Mein Name ist Frau Margarethe Schulz, ich schreibe Ihnen aus dem Krankenhaus, mein verstorbener Ehemann "
            "hat mir eine große Summe hinterlassen, die ich für wohltätige Zwecke spenden möchte.",
            "[widow-donation] Ich bin ein Waisenkind, mein Vater wurde vergiftet von seinen Geschäftspartnern und hat Geld auf einer Bank "
            "hinterlegt, aber ich brauche einen ausländischen Vormund.",
            "[philanthropist] Ich bin ein pensionierter Unternehmer, ich habe bereits viel an Waisenhäuser gespendet und möchte jetzt "
            "den Rest meines Vermögens an einen Fremden geben.",
            "[philanthropist] Sie wurden ausgewählt, um eine Spende von meiner privaten Stiftung zu erhalten, Ihre E-Mail wurde "
            "zufällig gezogen.",
            "[philanthropist] Bevor ich ins Operation gehe, habe ich beschlossen, mein restliches Vermögen zu verschenken, und Gott hat "
            "mich zu Ihrer E-Mail geführt.",
            "[diplomat] Ich bin ein Diplomat und habe eine Sendung in Ihrem Namen, die zur Zeit im Frachtbereich vom Flughafen "
            "festgehalten wird.",
            "[diplomat] Ein diplomatischer Kurier ist mit zwei Koffern auf Ihren Namen angekommen, die nicht zugestellt werden konnten, "
            "weil die Freigabedokumente fehlen.",
            "[compensation] Die Vereinten Nationen zusammen mit der Weltbank haben eine Entschädigung für alle Opfer von Internetbetrug "
            "genehmigt und Ihr Name steht auf der Liste.",
            "[compensation] Hiermit teilen wir Ihnen mit, dass Sie zu den Personen gehören, die aus dem Entschädigungsfonds für "
            "Betrugsopfer bezahlt werden.",
            "[dormant-account] Ich arbeite in der Revisionsabteilung einer Bank und habe bei der letzten Prüfung ein ruhendes Konto "
            "mit einem großen Guthaben gefunden, dessen Inhaber verstorben ist.",
            "[dormant-account] In unserer Abteilung wurde ein verlassenes Guthaben von einem ausländischen Kunden entdeckt, das seit "
            "neun Jahren nicht bewegt wurde.",
            "[business-proposal] Ich habe einen lukrativen Geschäftsvorschlag zum gegenseitigen Nutzen, den ich mit Ihnen vertraulich "
            "teilen möchte.",
            "[business-proposal] Ich suche einen zuverlässigen ausländischen Partner, der Gelder in meinem Namen empfangen und in "
            "Ihrem Land investieren kann.",
            "[next-of-kin] Ich möchte Sie als nächsten Angehörigen von meinem verstorbenen Kunden vorstellen, damit das Geld an Sie "
            "ausgezahlt wird.",
            "[next-of-kin] Da sich niemand als Angehöriger gemeldet hat, wird die Bank das Geld einziehen, wenn kein Ausländer als "
            "Verwandter auftritt.",
            "[bank-insider] Ich bin Filialleiter einer Bank hier und habe die Möglichkeit, einen Betrag diskret auf Ihr Konto zu "
            "überweisen, wenn Sie mit mir zusammenarbeiten.",
            "[bank-insider] Als Mitarbeiter der Bank kann ich alle Dokumente vorbereiten, damit Sie als rechtmäßiger Eigentümer "
            "ohne Probleme bezahlt werden.",
            "[over-invoicing] Bei der letzten Auftragsvergabe in unserem Ministerium wurde der Wert eines Liefervertrages erhöht und "
            "der Überschuss liegt jetzt auf einem Sonderkonto.",
            "[over-invoicing] Ich bin ein Beamter im Energieministerium, der Mehrbetrag aus einem Vertrag braucht ein ausländisches "
            "Konto für die Überweisung.",
            "[oil-gold] Ich habe Goldstaub von 22 Karat, ungefähr 50 Kilo, den ich billig an einen ernsthaften Käufer im Ausland "
            "verkaufen möchte.",
            "[oil-gold] Mein verstorbener Vater war Goldhändler und hat Barren bei einer Sicherheitsfirma hinterlegt, ich brauche "
            "einen Partner für die Ausfuhr.",
            "[atm-card] Ihre Entschädigung wurde auf eine Geldautomatenkarte geladen, die per Kurier an Sie geschickt wird, sobald Sie "
            "Ihre Angaben bestätigen.",
            "[atm-card] Wir haben die Anweisung bekommen, Sie mit einer Bankkarte zu bezahlen, mit der Sie an jedem Geldautomaten "
            "weltweit abheben können.",
            "[compensation] Nach Überprüfung der offenen Vertrags- und Erbschaftsakten wurde Ihre Akte als echt befunden und eine "
            "Zahlung an Sie freigegeben.",

            "[widow-donation] Ich bin Frau Elisabeth Krämer, eine Witwe, mein Mann war Ingenieur bei einer Ölfirma und ich habe "
            "beschlossen, sein Erspartes vor meiner Operation zu spenden.",
            "[diplomat] Ihre Sendung von zwei Metallkisten wurde aus Versehen an unser Büro geleitet und wartet jetzt auf Ihre "
            "Freigabe in der Botschaft.",
            "[next-of-kin] Die Testamentsvollstrecker haben mich als zuständigen Anwalt gebeten, eine Person zu finden, die als "
            "nächster Verwandter auftreten kann, und Ihr Name ist bei meiner Suche erschienen.",
            "[bank-insider] Ich bin Leiter der Abteilung für Auslandsüberweisungen meiner Bank und habe einen Weg gefunden, ein nicht "
            "beanspruchtes Guthaben still zu bewegen, aber ich brauche ein Konto im Ausland.",
            "[dormant-account] Ein ausländischer Kunde unserer Bank ist vor Jahren gestorben und sein Konto wurde seitdem nicht bewegt, "
            "ich bin der Einzige, der die Einzelheiten kennt.",
            "[atm-card] Hiermit informieren wir Sie, dass eine Geldautomatenkarte mit Ihrer ausstehenden Zahlung ausgestellt wurde und "
            "heute versandt werden kann.",
        ],
        "body": [
            "Alle rechtlichen Dokumente werden von mir erledigt, damit die Überweisung legal durchgeführt wird.",
            "Diese Transaktion ist hundertprozentig risikofrei und wird innerhalb von zehn Werktagen abgeschlossen.",
            "Sie bekommen 40% von der Gesamtsumme für Ihre Hilfe, der Rest ist für mich und meine Familie.",
            "Bitte behalten Sie diese Angelegenheit vertraulich wegen meiner Position.",
            "Ich möchte nicht, dass meine Verwandten davon wissen, weil sie nur an meinem Geld interessiert sind.",
            "Ich habe mehrmals versucht Sie zu erreichen, aber keine Antwort bekommen, deshalb ist das mein letzter Versuch.",
            "Gott hat mir gesagt, dass Sie mich nicht enttäuschen werden, darum habe ich Sie ausgewählt.",
            "Die Bank hat mir zwei Wochen Zeit gegeben, einen Begünstigten zu benennen, sonst wird das Geld beschlagnahmt.",
            "Weitere Einzelheiten gebe ich Ihnen, wenn ich von Ihnen höre.",
            "Ihre Kontaktdaten habe ich von der Handelskammer Ihres Landes bekommen.",
            "[widow-donation] Ich möchte, dass Sie das Geld für ein Waisenhaus und für die armen Witwen in Ihrer Gegend verwenden.",
            "[widow-donation] Mein Mann und ich hatten keine Kinder, und ich will nicht, dass sein Geld von gottlosen Menschen benutzt wird.",
            "[diplomat] Die Kiste enthält Geld und wird an Ihre Adresse geliefert, sobald Sie das Zertifikat für die Freigabe bezahlen.",
            "[compensation] Der genehmigte Betrag wird ohne Abzug überwiesen, sobald Ihre Identität bestätigt ist.",
            "[atm-card] Die Karte hat ein Tageslimit von 5.000 Euro und ist bereits aktiviert.",
            "[dormant-account] Der Kontoinhaber hatte keine Erben und bis heute hat niemand Anspruch erhoben.",
            "[oil-gold] Der Preis ist sehr günstig im Vergleich zum Weltmarkt und Sie können mit großem Gewinn weiterverkaufen.",
            "Ihr Anteil wird auf ein Konto Ihrer Wahl überwiesen.",
            "Sagen Sie niemandem davon, bis das Geld auf Ihrem Konto ist.",
            "Ich bitte Sie, mir zu vertrauen, ich bin ein ehrlicher Mensch.",

            "Ich bin ein gläubiger Christ und glaube, dass Gott einen Plan mit diesem Kontakt hat.",
            "Bitte betrachten Sie diese Mail nicht als Spam, ich habe Ihre Adresse durch eine sorgfältige Suche bekommen.",
            "Die Zeit drängt, weil die Bank schon Vorbereitungen trifft, die Akte zu schließen.",
            "Ich schreibe Ihnen aus meinem Krankenbett mit Hilfe meiner Krankenschwester.",
        ],
        # Ganze Absätze der Geschichte: die langen Briefe erzählen sie ausführlich.
        "story": [
            "[inheritance] Mein verstorbener Mandant war Auftragnehmer bei einer Ölfirma hier. Am 21. April hatte er mit seiner Familie "
            "einen Autounfall auf der Schnellstraße und alle Insassen verloren ihr Leben. Seitdem habe ich viele Anfragen gemacht, um "
            "Verwandte zu finden, aber leider ohne Erfolg.",
            "[inheritance] Nach diesen erfolglosen Versuchen habe ich seinen Nachnamen im Internet gesucht, um ein Familienmitglied zu "
            "finden, deshalb habe ich Sie kontaktiert. Der Verstorbene hatte eine Einlage bei einem Finanzhaus, und die Verwaltung hat mir "
            "eine Frist gegeben, den nächsten Angehörigen zu nennen, sonst wird das Konto eingezogen.",
            "[widow-donation] Bei mir wurde vor zwei Jahren Krebs festgestellt, kurz nach dem Tod meines Mannes, der mir alles "
            "hinterlassen hat, wofür er gearbeitet hat. Ich bin ständig im Krankenhaus, und die Ärzte sagen, dass ich die nächsten sechs "
            "Monate wegen dem Schlaganfall nicht überleben werde.",
            "[widow-donation] Da ich meinen Zustand kenne, habe ich entschieden, dieses Geld an eine Kirche oder eine Person zu spenden, "
            "die es so verwendet, wie ich es anweise. Ich habe keine Kinder, die das Geld erben können, und die Verwandten meines Mannes "
            "sind keine Christen.",
            "[philanthropist] Ich habe mein Leben lang Firmen in der Schifffahrt und mit Immobilien aufgebaut. Jetzt, wo meine Gesundheit "
            "schlecht ist, verstehe ich, dass Reichtum nichts ist, wenn man ihn nicht teilt. Meine Familie ist versorgt, also gebe ich den "
            "Rest an Menschen, die ich nie getroffen habe.",
            "[philanthropist] Letztes Jahr habe ich an Krankenhäuser in Asien und an eine Blindenschule gespendet. Dieses Jahr hat meine "
            "Sekretärin zufällig E-Mail-Adressen ausgewählt, und Ihre kam heraus. Das ist kein Scherz und kein Trick.",
            "[diplomat] Die Sendung wurde bei unserer Sicherheitsfirma von einem Kunden hinterlegt, der verstorben ist, bevor er sie "
            "abholen konnte. Der Inhalt wurde aus Sicherheitsgründen als Familienwertsachen deklariert, enthält aber eine große Summe "
            "Bargeld. Ich bin beauftragt, sie zu liefern, und bin jetzt mit den Dokumenten in Ihrem Land.",
            "[diplomat] Das Einzige, was die Lieferung verzögert, ist das Zertifikat über die Nicht-Erbschaftssteuer, das auf Ihren Namen "
            "ausgestellt werden muss, bevor der Zoll die Kiste freigibt. Danach bringe ich sie bis an Ihre Haustür.",
            "[compensation] Die Kommission hat Berichte von vielen Menschen erhalten, die Geld an Betrüger und falsche Beamte verloren "
            "haben. Nach einer sorgfältigen Prüfung haben die Regierungen beschlossen, jedem Opfer einen festen Betrag zu zahlen.",
            "[compensation] Bitte beenden Sie jede Kommunikation mit anderen Personen bezüglich Ihrer Zahlung, da uns berichtet wurde, "
            "dass Betrüger weiterhin Begünstigte kontaktieren.",
            "[dormant-account] Der Inhaber des Kontos, ein ausländischer Unternehmer, ist mit seiner ganzen Familie gestorben. Die Bank "
            "hat auf seine Verwandten gewartet, aber niemand hat sich gemeldet. Nach unseren Bankgesetzen geht das Geld nach einer "
            "bestimmten Zeit an den Staat.",
            "[dormant-account] Ich kontaktiere Sie, weil Sie als Ausländer als Begünstigter vorgestellt werden können. Ich habe alle "
            "nötigen Informationen und meine Position in der Bank garantiert den Erfolg.",
            "[atm-card] Wir wurden beauftragt, alle offenen Vertrags- und Erbschaftszahlungen über Geldautomatenkarten zu leisten, weil "
            "die Überweisungen von korrupten Beamten umgeleitet wurden. Ihre Kartennummer ist registriert.",
            "[atm-card] Der Kurier braucht nur Ihre vollständige Adresse und eine Telefonnummer. Die Karte hat eine geheime PIN, die "
            "Ihnen separat geschickt wird, sobald Sie den Empfang bestätigen.",
        ],
        "ask": [
            "Antworten Sie an meine private E-Mail {email} mit Ihrem vollständigen Namen, Adresse, Telefonnummer und Alter.",
            "Bitte melden Sie sich über meine private E-Mail-Adresse {email} für weitere Einzelheiten.",
            "Senden Sie mir Ihren vollen Namen, Land, Beruf und eine Kopie von Ihrem Ausweis, damit ich anfangen kann.",
            "Kontaktieren Sie mich sofort unter {email} oder rufen Sie {phone} an.",
            "Wenn Sie interessiert sind, antworten Sie mit Ihrer direkten Telefonnummer, damit ich Sie anrufen kann.",
            "Schreiben Sie mir zurück an meine persönliche E-Mail ({email}), dann schicke ich Ihnen die Unterlagen.",
            "Melde dich bitte so schnell wie möglich, damit wir weitermachen können.",
            "Bestätigen Sie bitte Ihren Namen, Adresse und Telefon an dieses Büro, Aktenzeichen {ref}.",
            "Bitte antworten Sie schnell, die Zeit ist nicht auf meiner Seite.",
            "Antworten Sie nur über {email}, meine Büro-E-Mail wird überwacht.",
        ],
        "short": [
            "Ich habe einen wichtigen Vorschlag für Sie. Antworten Sie für mehr Details.",
            "Hallo, ich habe eine Spende für Sie, melden Sie sich unter {email}.",
            "Lieber Freund, ich brauche Ihre Hilfe, um einen Fonds zu empfangen, bitte antworten.",
            "Ihre Zahlungsakte wurde genehmigt, kontaktieren Sie {email} für die Freigabe.",
            "Guten Tag, haben Sie meinen letzten Brief wegen der Erbschaft bekommen? Bitte antworten.",
            "Ich habe etwas Wichtiges mit Ihnen zu besprechen, bitte antworten Sie mir dringend.",
            "Kontaktieren Sie mich für ein Geschäft, von dem wir beide profitieren. Antwort an {email}.",
            "Ich bin todkrank und möchte Ihnen mein Geld für wohltätige Zwecke geben. Schreiben Sie mir.",
            "Sie haben eine Spende von {words} erhalten, kontaktieren Sie mich für mehr Informationen.",
            "Hallo, eine Sendung auf Ihren Namen wartet auf Sie. Antworten Sie für Anweisungen.",

            "Hallo, bitte schauen Sie in Ihren Spam-Ordner, ich habe Ihnen letzte Woche einen wichtigen Brief geschickt.",
            "Ich habe eine wichtige Information für Sie. Bitte antworten Sie.",
            "Lieber, kann ich Ihnen eine private Transaktion anvertrauen? Antwort an {email}.",
            "Benutzen Sie diese E-Mail noch? Ich habe etwas für Sie.",
        ],
        "ps": ["PS: Bitte antworten Sie nicht an diese Adresse, benutzen Sie {email}.", "Hinweis: Behandeln Sie das vertraulich.",
               "P.S. Beten Sie für mich.", "Hinweis: Die Überweisungsgebühr ist gering und muss vom Begünstigten bezahlt werden."],
    },
    "lottery": {
        "subj": ["Gewinnbenachrichtigung", "HERZLICHEN GLÜCKWUNSCH SIE HABEN GEWONNEN", "Ihre E-Mail hat gewonnen", "Gewinnbestätigung",
                 "Offizielle Gewinnmitteilung", "Letzte Mahnung: Gewinn nicht abgeholt"],
        "hook": ["Ihre E-Mail-Adresse hat eine Million Euro in der jährlichen E-Mail-Ziehung gewonnen.",
                 "Wir freuen uns Ihnen mitzuteilen, dass Ihre E-Mail als einer der zehn glücklichen Gewinner unserer Online-Promotion "
                 "ausgewählt wurde.",
                 "Hiermit benachrichtigen wir Sie, dass Sie den zweiten Preis in unserer internationalen Online-Lotterie gewonnen haben.",
                 "Herzlichen Glückwunsch! Ihre E-Mail-Adresse wurde bei der Jubiläumsziehung als Gewinner gezogen.",
                 "Ihnen wurde die Summe von {amount} in der Euro Online-Lotterie zugesprochen, Losnummer {ref}.",
                 "Der Vorstand der internationalen Lotteriekommission teilt Ihnen mit, dass Ihre E-Mail in der letzten Kategorie der "
                 "diesjährigen Aktion gezogen wurde.",
                 "Nach der zufälligen Auswahl von E-Mail-Adressen aus allen Kontinenten wurde Ihnen ein Geldpreis zuerkannt."],
        "body": ["Die Ziehung wurde per Computer unter fünfzigtausend E-Mail-Adressen durchgeführt.",
                 "Ihr Gewinn wird über unsere Zahlstelle ausgezahlt, nachdem Sie das Formular ausgefüllt haben.",
                 "Halten Sie Ihre Gewinnnummer geheim, bis Ihr Anspruch bearbeitet ist.",
                 "Alle Gewinne müssen innerhalb von vierzehn Tagen beansprucht werden, sonst verfallen sie.",
                 "Der Gewinn ist versichert, es fällt nur eine kleine Gebühr für das Eigentumszertifikat an."],
        "ask": ["Melden Sie sich bei unserem Sachbearbeiter ({email}) mit Name, Adresse, Telefon und Gewinnnummer.",
                "Füllen Sie das Formular unten aus und senden Sie es an {email}.",
                "Rufen Sie die Gewinnabteilung an unter {phone}, Referenz {ref}.", "Senden Sie Ihre Daten an die Auszahlungsstelle ({email})."],
        "short": ["Ihre E-Mail hat {amount} gewonnen! Kontakt: {email}", "Glückwunsch, Sie sind Gewinner. Antworten Sie mit Ihren Daten.",
                  "Gewinnbenachrichtigung Ref {ref}. Schreiben Sie an {email}.", "Sie haben gewonnen. Fordern Sie Ihren Gewinn jetzt an."],
    },
    "loan": {
        "subj": ["Kreditangebot", "Brauchen Sie einen Kredit?", "Finanzielle Hilfe", "Schneller Kredit zu 2%", "Darlehen ohne Schufa"],
        "hook": ["Brauchen Sie einen Kredit, um Ihre Rechnungen zu bezahlen oder ein Geschäft zu starten? Wir vergeben Kredite zu 2% Zinsen.",
                 "Ich bin ein privater Kreditgeber und biete Darlehen an Privatpersonen und Firmen ohne Schufa-Prüfung.",
                 "Wir vergeben Kredite von 5.000 bis 5.000.000 Euro an jeden, egal wie Ihre Bonität ist.",
                 "Sind Sie in finanziellen Schwierigkeiten? Bekommen Sie heute einen Kredit ohne Sicherheiten.",
                 "Wurden Sie von Ihrer Bank abgelehnt? Ich vergebe Privatkredite an ehrliche Menschen zu 3% ohne Schufa.",
                 "Erhalten Sie heute das Geld für Ihr Haus, Ihr Auto oder Ihre Schulden, Zusage innerhalb von Stunden."],
        "body": ["Die Laufzeit ist von einem bis dreißig Jahre.", "Keine Sicherheiten nötig, nur Ihr Ausweis und der gewünschte Betrag.",
                 "Wir haben vielen Menschen geholfen, die von ihrer Bank abgelehnt wurden.", "Das Geld wird innerhalb von zwei Tagen überwiesen."],
        "ask": ["Kontaktieren Sie uns unter {email} mit dem Betrag und der Laufzeit.", "Antworten Sie an {email} oder WhatsApp {phone}.",
                "Senden Sie Namen, Betrag und Telefonnummer an {email}.", "Beantragen Sie jetzt, antworten Sie auf diese E-Mail."],
        "short": ["Kredit zu 2% verfügbar, Kontakt {email}.", "Dringend Geld nötig? Antworten Sie für einen Kredit.",
                  "Privatkredit ohne Schufa. WhatsApp {phone}.", "Schnelle Darlehen für alle. Schreiben Sie an {email}."],
    },
    "sextortion": {
        "subj": ["Ihr Konto wurde gehackt", "Ich kenne dein Geheimnis", "Zahlung erforderlich", "Sicherheitswarnung"],
        "hook": ["Ich habe vor einigen Monaten dein Gerät gehackt und beobachte seitdem alles, was du machst.",
                 "Ich weiß, dass {password} eines deiner Passwörter ist, und das ist nicht das Einzige, was ich weiß.",
                 "Ich habe ein Programm auf deinem Computer installiert, als du eine Erwachsenenseite besucht hast, und es hat dich mit "
                 "der Kamera aufgenommen.",
                 "Ich habe ein Video von dir aufgenommen, während du Pornos geschaut hast.",
                 "Hallo, ich beobachte dich seit Anfang des Jahres über deine Webcam.",
                 "Das ist meine letzte Warnung: Ich habe alles, deine Kontakte, deine Nachrichten und eine Aufnahme von dir."],
        "body": ["Wenn du nicht zahlst, schicke ich das Video an alle deine Kontakte, Familie und Kollegen.",
                 "Versuche nicht, die Polizei zu kontaktieren, ich werde es merken.", "Nach der Zahlung lösche ich das Video und du hörst nie wieder von mir.",
                 "Ich sehe, dass du diese E-Mail geöffnet hast, der Countdown läuft."],
        "ask": ["Sende {btc} BTC an diese Wallet: {wallet}", "Du hast {hours} Stunden Zeit, den Betrag von {amount} in Bitcoin an {wallet} zu senden.",
                "Überweise {btc} BTC an die Adresse unten:\n{wallet}"],
        "short": ["Ich habe dein Video. Zahle {btc} BTC an {wallet} in {hours} Stunden.",
                  "Dein Passwort {password} kenne ich. Zahle, oder alle sehen das Video."],
    },
    "crypto": {
        "subj": ["Aus 250 € werden 5.000 €", "Krypto-Investition", "Ihr Bitcoin-Gewinn ist bereit", "Passives Einkommen mit Krypto"],
        "hook": ["Unser Trading-Roboter hat den Mitgliedern diesen Monat über 300% Gewinn gebracht, es gibt noch freie Plätze.",
                 "Ich war auch skeptisch, aber nach meiner Investition von {amount} verdiene ich jeden Tag.",
                 "Ihr Krypto-Konto hat ein nicht abgeholtes Guthaben von {btc} BTC, das zur Auszahlung bereit ist.",
                 "Investieren Sie in unseren Mining-Pool und erhalten Sie garantiert 5% Rendite pro Tag.",
                 "Ein Bekannter aus Ihrer Region hat Sie für unsere private Investment-Gruppe empfohlen, unsere Mitglieder verdoppeln "
                 "ihr Kapital jeden Monat.",
                 "Bitcoin steht kurz vor dem nächsten Anstieg und unsere Analysten geben Ihnen diese Woche die Einstiegssignale kostenlos."],
        "body": ["Die Mindesteinzahlung beträgt nur 250 Euro, Sie können jederzeit abheben.", "Ihr Gewinn ist durch unseren Versicherungsfonds garantiert.",
                 "Nur noch fünfzig Plätze diese Woche."],
        "ask": ["Jetzt kostenlos anmelden: {link}", "Schreiben Sie unserem Manager auf Telegram {tg}.",
                "Senden Sie Ihre Einzahlung an {wallet}, dann wird Ihr Konto aktiviert."],
        "short": ["5% täglich mit Bitcoin. Jetzt beitreten: {link}", "Ihr BTC-Guthaben wartet: {link}"],
    },
    "romance": {
        "subj": ["Hallo mein Lieber", "Ich habe dein Profil gesehen"],
        "hook": ["Ich habe deine E-Mail gesehen und beschlossen, dir zu schreiben, ich bin eine einsame Frau und suche eine ernste Beziehung.",
                 "Hallo, ich heiße Olga, bin 31 Jahre alt und suche einen guten Mann aus Deutschland."],
        "body": ["Ich möchte dich in deinem Land besuchen, aber ich brauche Hilfe für das Ticket.", "Erzähl mir von dir und deiner Familie."],
        "ask": ["Schreib mir an meine private E-Mail {email}, ich schicke dir meine Fotos.", "Bitte antworte, ich warte auf deinen Brief."],
        "short": ["Hallo, ich möchte dich kennenlernen. Schreib mir an {email}.", "Hallo Schatz, ich bin Katharina, können wir reden? {email}"],
    },
    "job": {
        "subj": ["Nebenjob von zu Hause", "Stellenangebot: Finanzagent", "Heimarbeit mit gutem Verdienst"],
        "hook": ["Unsere Firma sucht einen Zahlungsagenten in Deutschland, Arbeit von zu Hause zwei Stunden am Tag.",
                 "Wir bieten eine Teilzeitstelle: Sie empfangen Zahlungen unserer Kunden und leiten sie an unsere Konten weiter."],
        "body": ["Sie behalten 10% von jeder Zahlung.", "Keine Erfahrung nötig, nur ein Bankkonto und ein Telefon."],
        "ask": ["Senden Sie Ihren Lebenslauf und Ihre Bankdaten an {email}.", "Antworten Sie an {email}, um den Vertrag zu bekommen."],
        "short": ["Verdienen Sie {amount} pro Woche von zu Hause. Antwort an {email}.", "Finanzagent gesucht, einfache Arbeit. Kontakt: {email}"],
    },
    "parcel": {
        "subj": ["Ihr Paket wird zurückgehalten", "Zustellung fehlgeschlagen"],
        "hook": ["Ihr Paket {code} konnte nicht zugestellt werden, weil eine Zollgebühr von {amount} nicht bezahlt wurde.",
                 "Wir haben versucht, Ihr Paket zuzustellen, aber niemand war zu Hause."],
        "body": ["Wenn die Gebühr nicht innerhalb von {hours} Stunden bezahlt wird, geht das Paket zurück an den Absender.",
                 "Für jeden weiteren Tag im Depot fallen Lagergebühren an."],
        "ask": ["Bezahlen Sie die Gebühr hier: {link}", "Neuen Zustelltermin wählen: {link}"],
        "short": ["Paket {code} zurückgehalten. Zahlen Sie {amount}: {link}", "Zustellung gescheitert. Adresse bestätigen: {link}"],
    },
    "tech-support": {
        "subj": ["Ihr Computer ist infiziert", "Microsoft-Konto gesperrt"],
        "hook": ["Wir haben einen Virus auf Ihrem Computer entdeckt, der Ihre Bankdaten stiehlt.",
                 "Ihre Lizenz ist abgelaufen und Ihr Computer wird in {hours} Stunden gesperrt."],
        "body": ["Schalten Sie den Computer nicht aus, sonst verlieren Sie alle Dateien.",
                 "Hacker haben bereits Zugriff auf Ihr E-Mail-Konto und Onlinebanking."],
        "ask": ["Rufen Sie sofort unsere Techniker an: {phone}", "Kontaktieren Sie den Support unter {phone}."],
        "short": ["Virus entdeckt! Rufen Sie {phone} an.", "Konto gesperrt. Rufen Sie {phone} an."],
    },
}
