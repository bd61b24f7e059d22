"""Round 11's tenth batch: German scam letters that read as machine translations of the English ones (see
scam_tenth.py for the frame and the placeholders): wrong cases, "Sie" and "du" mixed, English word order, nouns
translated word by word ("nächste Angehörige", "Ausländische Betriebsleiter"). Written blind. Every list splits
by index: even dev, odd held-out."""

SHARED = {
    "greet": ["Lieber Freund,", "Sehr geehrte Herr/Frau,", "Lieber Geliebte im Herrn,", "Guten Tag,", "Hallo lieber Freund,",
              "Grüße an Sie und Ihre Familie,", "Liebste,", "Hallo Liebe,", "Komplimente des Tages,", "Achtung bitte,"],
    "attn": ["ACHTUNG: DER BEGÜNSTIGTE\nREF: {ref}", "ZU HÄNDEN: PRÄSIDENT/GESCHÄFTSFÜHRER\nUNSERE REF: {ref}\nSTRENG PRIVAT UND VERTRAULICH",
             "ATTN: Herr/Frau\nVOM SCHREIBTISCH VON {sender}", "AN: DEN RECHTMÄSSIGEN EIGENTÜMER\nAKTE NR: {ref}",
             "ACHTUNG BEGÜNSTIGTER,\nIHRE AKTE REF: {ref}\nDRINGENDE ANTWORT BENÖTIGT", "ZU HÄNDEN: LIEBER PARTNER\nVERTRAULICHES GESCHÄFTSSCHREIBEN"],
    "secret": ["Bitte ich möchte dass Sie diese Angelegenheit für sich allein behalten bis der Fonds auf Ihrem Konto ist, wegen der "
               "Sicherheit der Transaktion.",
               "Ich werde Sie anflehen diese Sache mit äußerster Vertraulichkeit zu behandeln, nicht einmal Ihre Bank oder Freunde "
               "dürfen davon wissen.",
               "Beachten Sie dass diese Transaktion ist 100% risikofrei und legal, alles was ich brauche ist Ihre ehrliche "
               "Zusammenarbeit.",
               "Besprechen Sie dies nicht mit einer anderen Person weil einige hohe Beamte hier können das Geld umleiten.",
               "Ich kontaktiere dich durch dieses Medium weil ich den Leuten um mich herum in dieser Sache nicht vertrauen kann.",
               "Aus Sicherheitsgründen erwähnen Sie bitte meinen Namen niemandem, kommunizieren nur mit meiner privaten E-Mail."],
    "ask": ["Bitte antworten Sie mir zurück mit Ihrem vollständigen Namen, Adresse, Telefonnummer und Beruf damit ich Ihnen mehr "
            "Details geben kann.",
            "Wenn Sie interessiert sind, antworten Sie mir dringend über meine private E-Mail {email} für weitere Details.",
            "Bitte melden Sie sich bei mir mit Ihrer direkten Telefonnummer, Ihrem Alter und Beruf damit wir fortfahren.",
            "Ich warte auf deine dringende Antwort damit ich dir sagen werde was wir als nächstes tun sollen.",
            "Senden Sie mir Ihre vollen Namen, Heimatadresse, Beruf und eine Kopie von irgendeinem gültigen Ausweis für die "
            "Dokumentation.",
            "Kontaktieren Sie mir sofort auf {email} oder rufen Sie mich an {phone} damit wir die Modalitäten besprechen.",
            "Ihre dringende Antwort wird sehr benötigt, antworten Sie an meine private Box {email} und nicht an diese Adresse.",
            "Bitte bestätigen Sie den Empfang dieses Briefes indem Sie Ihre private Telefon und Faxnummer senden."],
    "form": ["Füllen Sie die folgenden Informationen und senden Sie an mich zurück:\n1. Vollständiger Name:\n2. Wohnadresse:\n"
             "3. Telefon/Handy:\n4. Beruf:\n5. Alter und Geschlecht:\n6. Land:",
             "Senden Sie die unten Details an {email}:\n(a) Ihre vollen Namen\n(b) Ihre Kontaktadresse\n(c) Direkte Telefonnummer\n"
             "(d) Ihr Beruf und Position\n(e) Familienstand",
             "ANFORDERUNG FÜR DIE FORDERUNG:\n1) NAME VOLLSTÄNDIG\n2) ANSCHRIFT\n3) STAATSANGEHÖRIGKEIT\n4) ALTER\n5) BERUF\n6) TELEFONNUMMER",
             "Bitte bieten Sie:\n- Ihr Name\n- Ihre Adresse\n- Ihr privates Telefon\n- Ihr Beruf\n- Name Ihrer Bank"],
    "teaser": ["Ich habe eine sehr wichtige und vertrauliche Angelegenheit mit Ihnen zu besprechen, bitte antworten Sie für mehr "
               "Details.",
               "Haben Sie meinen vorherigen Brief erhalten? Ich habe etwas von großem Nutzen für uns beide. Antworten Sie dringend.",
               "Ich bin ein Anwalt und brauche Ihre Zustimmung in einer Sache über einen verstorbenen Klienten. Bitte melden Sie sich.",
               "Gute Nachricht! Ihr Name ist in unseren Akten aufgetaucht. Antworten Sie mit vollem Namen und Telefonnummer.",
               "Bitte ich brauche Ihre Hilfe in einer Transaktion die Ihnen nützen wird. Schreiben Sie mir auf {email}.",
               "Sind Sie der Besitzer dieser E-Mail Adresse? Eine dringende Sache über Sie wartet, bitte bestätigen Sie."],
    "close": ["Möge Gott Sie segnen wenn Sie antworten.", "Ich erwarte Ihre dringende Antwort.", "Danke und Gott segne.",
              "In der Hoffnung von Ihnen baldigst zu hören.", "Bleiben Sie gesegnet.", "Beste Grüße und bleiben Sie sicher.",
              "Danke für Ihr Verständnis.", "Haben Sie einen schönen Tag und Gott sei mit Ihnen."],
    "sign": ["Ihre treu,", "Mit freundlichen Grüßen,", "Grüße,", "Ihr im Herrn,", "Respektvoll Ihr,",
             "Herzliche Grüße,", "Wirklich Ihr,", "Aufrichtig,"],
}

SCAM = {
    "advance-fee": {
        "subj": ["DRINGENDE GESCHÄFTSVORSCHLAG", "Sehr dringend und vertraulich", "VOM SCHREIBTISCH DES AUSLANDSBETRIEB MANAGER",
                 "Lieferung der Konsignation Box", "GUTE NACHRICHTEN FÜR SIE", "Privater Vorschlag", "Antwort für Details",
                 "ÜBERWEISUNG VON FONDS"],
        "story": [
            ("bank-insider",
             "Ich bin {sender}, der Ausländische Betriebsleiter von einer seriösen Bank hier in Lome, Togo. In meiner Abteilung "
             "habe ich eine verlassene Summe von {amount} entdeckt auf einem Konto, das einem unserer ausländischen Kunde gehören "
             "der mit seiner ganzen Familie in einem Flugzeugabsturz starb.\n\nSeitdem kam niemand für die Forderung und die "
             "Bank wartet auf einen Verwandten. Ich habe entschieden Sie zu kontaktieren damit die Bank das Geld an Sie freigeben "
             "wird als der Partner des Verstorbenen, und wir teilen es 60% für mich und 40% für Sie.",
             "Ausländische Betriebsleiter"),
            ("bank-insider",
             "Mein Name ist {sender}, ich arbeite mit der Internationalen Überweisung Abteilung unserer Bank in Ouagadougou. "
             "Während unserer jährlichen Prüfung finde ich eine ruhende Festgeldanlage ohne irgendeinen Begünstigten, der "
             "Eigentümer war ein Bauunternehmer der am {date} gestorben ist.\n\nDas Bankgesetz hier sagen dass nach einige "
             "Jahre der Fonds geht an die Staatskasse wenn keiner es beanspruchen. Ich brauche einen ehrlichen Ausländer um als "
             "der nächste Angehörige zu stehen.",
             "Direktor, Internationale Überweisung"),
            ("diplomat",
             "Ich bin {sender}, ein Diplomat angeschlossen an das Ministerium für Auswärtige Angelegenheiten. Ich bin derzeit "
             "am Flughafen mit einer Konsignation Box die in Ihrem Namen als der Begünstigte registriert wurde, die Box enthalten "
             "Bargeld welches als Familie Wertsachen verpackt wurde.\n\nDie Zollbeamten fragen nach dem Freigabe Zertifikat bevor "
             "die Box den Flughafen verlassen kann. Bitte bestätigen Sie erneut Ihre Lieferadresse und Telefonnummer damit ich "
             "die Box an Ihre Tür liefern werde.",
             "Diplomatischer Agent"),
            ("military",
             "Ich bin Sergeant {sender}, ein Offizier mit der Friedenstruppe in Kabul. Wir haben einige Kisten mit Goldbarren und "
             "Bargeld in einem Bunker gefunden während einer Razzia, mein Kollege und ich haben es an einen sicheren Ort "
             "gebracht.\n\nWir brauchen eine vertrauenswürdige Person um es als seine persönliche Habe zu empfangen weil wir "
             "nicht erlaubt sind Geld zu behalten im Dienst. Du wirst 30% für deine Hilfe nehmen.",
             "US Armee Sergeant"),
            ("over-invoicing",
             "Ich bin {sender}, Mitglied des Vertragsvergabe Ausschusses der nationalen Erdölgesellschaft. Im letzten Haushalt "
             "haben meine Kollegen und ich einen Pipeline Vertrag überfakturiert und der Überschuss von {amount} schwimmt jetzt "
             "in dem Schwebekonto der Zentralbank.\n\nAls Staatsdiener können wir kein ausländisches Konto betreiben, also "
             "brauchen wir eine ausländische Firma oder Person die sich als der Auftragnehmer präsentieren wird.",
             "Vorsitzender, Vertragsvergabe Ausschuss"),
            ("diplomat",
             "Seien Sie informiert dass ich heute Morgen in Ihrem Land angekommen bin mit Ihrer Sendung, zwei Metall Koffer mit "
             "diplomatischem Siegel. Ich bin {sender} von der Kurier Einheit der Botschaft.\n\nDie Lieferung wurde vom Absender "
             "bezahlt aber das Anti Terror Zertifikat war nicht an die Boxen angehängt, deshalb halte ich sie jetzt. Senden Sie "
             "Ihre vollständige Adresse und den Namen des nächsten Flughafens.",
             "Diplomatischer Kurier Offizier"),
        ],
    },
    "inheritance": {
        "subj": ["NÄCHSTE ANGEHÖRIGE", "Erbschaft Anspruch Ref.", "Nachlass Ihres verstorbenen Verwandten", "VERSTORBENE KLIENT NACHLASS",
                 "Bitte antworten", "Dringende Aufmerksamkeit", "Nicht beanspruchte Erbschaft", "Nachricht vom Rechtsanwalt"],
        "story": [
            ("next-of-kin",
             "Ich bin Rechtsanwalt {sender}, ein Anwalt und der persönliche Anwalt von verstorbenen Ing. Robert, ein Staatsbürger "
             "Ihres Landes der hier als Bauunternehmer gearbeitet hat. Am {date} mein Klient, seine Frau und ihre einzige "
             "Tochter waren in einem Autounfall verwickelt und alle verloren ihr Leben.\n\nSeitdem habe ich mehrere Anfragen an "
             "Ihre Botschaft gemacht um irgendeinen Verwandten zu finden aber es war erfolglos. Ich kontaktiere Sie weil Sie den "
             "gleichen Nachnamen mit meinem verstorbenen Klienten tragen.",
             "Hauptpartner, Okoro & Partner Kanzlei"),
            ("next-of-kin",
             "Ich bin ein Rechtspraktiker und der Testamentsvollstrecker von dem TESTAMENT meines verstorbenen Klienten der "
             "ohne irgendwelche Verwandte starb. Er hinterließ eine Einlage von {amount} bei einer Finanzgesellschaft hier. Die "
             "Gesellschaft hat mir eine Mitteilung ausgestellt den nächsten Angehörigen zu bieten oder das Konto wird "
             "beschlagnahmt.\n\nIch habe entschieden Ihre Zustimmung zu suchen Sie als den nächsten Angehörigen zu "
             "präsentieren, da Sie die gleiche Nationalität teilen.",
             "Rechtsanwalt beim Gericht"),
            ("deceased-client",
             "Erlauben Sie mir Sie von meinem Wunsch zu informieren in Geschäftsbeziehung mit Ihnen zu gehen. Ich bin {sender}, "
             "der Kontobetreuer von einem verstorbenen Kunden der ohne Testament starb, keine Frau, kein Kind und kein "
             "Verwandter um sein Vermögen zu erben.\n\nSein Fonds liegt in unserer Bank seit seinem Tod und die Verwaltung "
             "will ihn für unbrauchbar erklären. Als Kontobetreuer kann ich Sie als den Begünstigten präsentieren.",
             "Kontobetreuer"),
            ("dormant-account",
             "Ich schreibe Ihnen bezüglich eines ruhenden Kontos in unserer Bank welches ohne Betrieb ist für über neun Jahre. "
             "Der Eigentümer starb in der Tsunami Katastrophe und niemand ist hervorgetreten als sein nächster "
             "Angehöriger.\n\nIch bin {sender}, der Chef der Prüfung Abteilung, und ich habe jede Information um den Fonds "
             "an Sie als seine Verwandtschaft zu übertragen. Dies wird unter einer legitimen Vereinbarung gemacht.",
             "Chef der Prüfung Abteilung"),
        ],
    },
    "donation": {
        "subj": ["SPENDE FÜR WOHLTÄTIGKEIT", "Von einer sterbenden Witwe", "Wohltätigkeitsarbeit", "Bitte helfen Sie meinen Wunsch",
                 "Mein letzter Wunsch", "Spende an Sie"],
        "story": [
            ("widow-donation",
             "Ich bin {sender}, eine Witwe von verstorbenem Herrn William, der hier ein Goldhändler war bevor er starb. Ich "
             "schreibe Ihnen von meinem Krankenbett im Krankenhaus wo ich wegen Lungenkrebs behandelt werde, und mein Arzt sagte "
             "mir dass ich die nächsten drei Monate nicht dauern werde.\n\nMein verstorbener Mann hat {amount} in einer Bank hier "
             "hinterlegt und ich habe beschlossen es an eine vertrauenswürdige Person zu spenden die es für Wohltätigkeit, "
             "Waisenhäuser und Witwen verwenden wird.",
             "Die Witwe"),
            ("sick-woman-donation",
             "Mein Name ist {sender}, ich bin 68 Jahre alt und ich leide an einem lange Zeit Gehirntumor der alle medizinische "
             "Behandlung verteidigt hat. Ich habe einige Fonds die ich von meinem verstorbenen Ehemann geerbt habe und ich will "
             "nicht dass die Verwandten meines Mannes es auf ungöttliche Weise benutzen.\n\nIch möchte dass du mir hilfst es "
             "an Wohltätigkeitsorganisationen in deinem Land zu verteilen, und du wirst 20% für deine Mühe nehmen.",
             "Ihre Schwester"),
            ("widow-donation",
             "Golgatha Grüße im Namen des Herrn. Ich bin {sender}, verheiratet mit verstorbenem Dr. Thomas der mit der Botschaft "
             "neun Jahre arbeitete bevor er nach kurzer Krankheit starb. Wir waren elf Jahre verheiratet ohne ein Kind.\n\nSeit "
             "seinem Tod entschied ich nicht wieder zu heiraten. Kürzlich mein Arzt sagte mir dass ich ernste Krankheit habe. "
             "Ich will das Geld meines Mannes an eine gottesfürchtige Person geben die den weniger Glücklichen helfen wird.",
             "Ihre Schwester im Glauben"),
            ("sick-woman-donation",
             "Ich grüße Sie im Namen Gottes. Ich bin {sender}, ich wurde mit Speiseröhrenkrebs diagnostiziert und meine Tage "
             "sind gezählt. Ich habe beschlossen einen Teil meines Reichtums an eine Person zu vermachen die es für mutterlose "
             "Babys Heime und die Armen ausgeben kann.\n\nDer Fonds ist bei einer Sicherheitsfirma hinterlegt und ich habe "
             "meinen Anwalt angewiesen ein Vollmachtschreiben in Ihrem Namen vorzubereiten.",
             "Ihre Schwester in Christus"),
        ],
    },
    "compensation": {
        "subj": ["VEREINTE NATIONEN ENTSCHÄDIGUNG", "BETRUGSOPFER RÜCKERSTATTUNG", "Zahlung Ihrer Entschädigung", "ECOWAS / IWF ZAHLUNG",
                 "Benachrichtigung der Zahlung", "WELTBANK PRÜFUNG"],
        "story": [
            ("un-compensation",
             "Dies ist um Sie zu informieren dass die Vereinten Nationen in Verbindung mit dem Internationalen Währungsfonds die "
             "Zahlung von Entschädigung an Opfer von Internet Betrug abgeschlossen hat. Ihr Name und E-Mail wurde auf der Liste "
             "der Begünstigten gefunden.\n\nEin Betrag von {amount} wurde zu Ihren Gunsten genehmigt unter der Zahlungsreferenz "
             "{ref}. Ich bin {sender}, der Koordinator der Zahlungseinheit.",
             "Koordinator, Entschädigung Zahlungseinheit"),
            ("victims-refund",
             "Wir kontaktieren Sie weil unsere Einheit Geld von verhafteten Betrügern zurückgewonnen hat, und Sie wurden als "
             "einer der Menschen gelistet die sie betrogen haben. Die Kommission für Wirtschafts und Finanzverbrechen hat "
             "angeordnet dass jedes Opfer erstattet wird.\n\nIch bin {sender}, der Beamte der Ihrem Fall zugewiesen ist mit "
             "Aktennummer {ref}. Ihre Rückerstattung ist bereit aber wir müssen Ihre Identität bestätigen.",
             "Rückgewinnung Beamter"),
            ("un-compensation",
             "Nach dem letzten Treffen der ECOWAS und der Weltbank hat das Komitee beschlossen jeden Auftragnehmer und "
             "Einzelperson zu bezahlen deren Zahlung von korrupten Beamten verzögert wurde. Ihre Akte wurde vor uns gebracht "
             "als einer der unbezahlten Begünstigten.\n\nWir haben unsere zahlende Bank angewiesen Ihren Fonds durch eine "
             "Geldautomatenkarte freizugeben die Ihnen per Kurier geliefert wird.",
             "Direktor, Auslandszahlung Abrechnung"),
            ("victims-refund",
             "Haben Sie in der Vergangenheit Geld an Betrüger verloren? Unser Büro, zusammen mit der Interpol und dem FBI, hat "
             "das Syndikat verhaftet und die Summe von {amount} zurückgeholt die an die Opfer geteilt wird.\n\nDer Vorstand hat "
             "Ihre eigene Rückerstattung genehmigt, und Sie sollen Ihre Daten erneut bestätigen. Handeln Sie mit keinem "
             "anderen Büro ausser diesem.",
             "Leiter, Opfer Rückerstattung Schalter"),
        ],
    },
    "lottery": {
        "subj": ["GEWINN BENACHRICHTIGUNG", "E-Mail Stimmzettel Preis", "GLÜCKWÜNSCHE, SIE SIND GEWINNER", "Letzte Mitteilung Ihres Preises",
                 "Glücklicher Gewinner", "Anspruch Anforderung"],
        "story": [
            ("email-ballot",
             "Wir freuen uns Ihnen das Ergebnis unseres internationalen E-Mail Stimmzettel Programms mitzuteilen abgehalten am "
             "{date}. Ihre E-Mail Adresse angehängt an Losnummer {ticket} zog die Glückszahlen und gewann folglich in der "
             "zweiten Kategorie, mit Chargennummer {batch}.\n\nSie wurden für eine Pauschalauszahlung von {amount} genehmigt. "
             "Die Ziehung wurde durch Computer Stimmzettel durchgeführt.",
             "Werbung Manager"),
            ("lottery-award",
             "Herzlichen Glückwunsch! Sie wurden als einer der Gewinner der Euro Millionen internationalen Lotterie Ziehung "
             "ausgewählt gehalten in Madrid. Ihre Losnummer {ticket} mit Seriennummer {batch} gewann den Jackpot von "
             "{amount}.\n\nWegen Verwechslung von einige Nummern und Namen bitten wir dass Sie Ihre Gewinn Information "
             "vertraulich halten bis Ihr Anspruch bearbeitet ist.",
             "Vizepräsident, Internationale Lotterie"),
            ("email-ballot",
             "Ihre E-Mail ID hat in unserem Online Gewinnspiel gewonnen welches von einer Gruppe Software Firmen gesponsert "
             "wurde, um den Gebrauch des Internets auf der ganzen Welt zu ermutigen. Keine Lose wurden verkauft.\n\nIhre "
             "Gewinnreferenz ist {ref} und Ihre Chargennummer ist {batch}. Um Ihren Anspruch zu beginnen kontaktieren Sie "
             "unseren Anspruch Agent, {sender}.",
             "Lotterie Koordinator"),
            ("lottery-award",
             "Dies ist um Ihnen mitzuteilen dass Sie in der Jahresende Förderung unserer Lotterie Organisation ausgezeichnet "
             "wurden. Ihr Name ist unter den zehn glücklichen Gewinnern, mit Referenznummer {ref}.\n\nAlle Teilnehmer wurden "
             "durch ein Computer Stimmzettel System ausgewählt aus Namen gesammelt von Telefonbüchern und dem Internet.",
             "Anspruch Abteilung"),
        ],
    },
    "loan": {
        "subj": ["DARLEHEN ANGEBOT ZU 2%", "Sie brauchen Darlehen?", "Finanzielle Hilfe verfügbar", "Privater Kreditgeber"],
        "story": [
            ("private-lender",
             "Brauchen Sie ein Darlehen um Ihre Rechnungen zu bezahlen, ein Geschäft zu starten oder Ihr Geschäft zu erweitern? "
             "Ich bin {sender}, ein privater Kreditgeber, ich gebe Darlehen zu niedrigem Zinssatz von 2% an Einzelpersonen und "
             "Firmen.\n\nWir bieten Darlehen von 5.000 Euro bis 5.000.000 Euro mit einer Rückzahlung Zeitraum von 1 bis 20 "
             "Jahre. Keine Schufa, keine Sicherheit, Ihr Darlehen wird innerhalb 48 Stunden überwiesen.",
             "Privat Darlehen Geber"),
            ("private-lender",
             "Wir sind eine eingetragene private Finanzgesellschaft die Darlehen an Einzelpersonen, kleine Geschäft und Kirchen "
             "geben zu 3% Zinsen pro Jahr. Wurden Sie von Ihrer Bank abgelehnt? Dann sind Sie hier willkommen.\n\nUnser "
             "Darlehen ist einfach und schnell, Sie müssen nur das Antragsformular füllen und Ihr Darlehen wird am gleichen "
             "Tag genehmigt.",
             "Darlehen Offizier"),
        ],
    },
    "sextortion": {
        "subj": ["Ihr Konto ist gehackt", "Sicherheitshinweis: {password}", "Ihr Passwort ist mir bekannt", "Zahlung erforderlich"],
        "body": [
            "Hallo,\n\nich weiß {password} ist eines von deinen Passwörtern. Lass mich dir sagen woher ich es weiß. Ich habe eine "
            "Software installiert auf der Erwachsenen Seite die du besucht hast und als du auf Abspielen geklickt hast, dein "
            "Computer gab mir Zugang zu deinem Bildschirm und Kamera.\n\nIch habe ein Video von dir gemacht. Du hast zwei "
            "Möglichkeiten. Erste ist diese E-Mail ignorieren, dann sende ich das Video an alle deine Kontakte. Zweite ist mir "
            "{btc} BTC zu bezahlen an diese Bitcoin Adresse: {wallet}\n\nDu hast {hours} Stunden.",
            "Grüße!\n\nIhr Passwort ist {password}. Ich bin ein Hacker der Ihre E-Mail und Gerät vor einige Monate geknackt hat. "
            "Versuchen Sie nicht mich zu kontaktieren, es ist unmöglich weil ich Ihnen diese E-Mail von Ihrem eigenen Konto "
            "gesendet habe.\n\nSie besuchen einige unartige Seiten und ich habe Sie mit Ihrer Webcam aufgenommen. Überweisen "
            "Sie {btc} BTC an meine Geldbörse {wallet} und ich werde Sie vergessen. Sie haben {hours} Stunden. Gehen Sie nicht "
            "zur Polizei.",
            "ACHTUNG!\n\nIch habe Zugang zu Ihrem Gerät und ich kenne Ihr Passwort: {password}\n\nIch habe alle Ihre privaten "
            "Daten gesammelt und ein Video mit Ihnen aufgenommen während Sie Porno schauten. Ich kann dieses Video an Ihre "
            "Familie, Freunde und Kollegen mit einem Klick senden.\n\nWenn Sie das stoppen wollen, senden Sie {btc} BTC "
            "(Bitcoin) an diese Adresse:\n{wallet}\n\nDie Zeit ist {hours} Stunden ab jetzt.",
            "Hallo, dies ist meine letzte Warnung.\n\nIch habe dein Passwort {password} aus einer geleakten Datenbank und ich "
            "habe es benutzt um in dein Postfach einzutreten. Ich habe auch einen Trojaner auf deinem Betriebssystem "
            "installiert, er nimmt deine Kamera auf.\n\nEs wäre eine Schande wenn deine Familie und Arbeitskollegen das "
            "sehen. Ich bitte nur eine kleine Summe: {btc} BTC an {wallet}. Du hast {hours} Stunden.",
        ],
    },
    "crypto": {
        "subj": ["Möglichkeit zu investieren", "Ihr Bitcoin Konto Manager", "Täglicher Gewinn garantiert", "Krypto Handel Plan"],
        "body": [
            "Lieber Investor,\n\nich bin {sender}, ein zertifizierter Kryptowährung Investition Manager mit über zehn Jahre "
            "Erfahrung in Bitcoin Bergbau und Devisenhandel. Ich helfe Menschen ihr Geld ohne Stress wachsen zu lassen.\n\nMit "
            "einem Minimum von 500 Euro können Sie bis zu 15% täglich verdienen. Um zu starten senden Sie Ihre Einzahlung an "
            "unsere Geldbörse {wallet} und senden Sie mir den Zahlungsnachweis auf {email}.",
            "Guten Tag,\n\nIhre Krypto Geldbörse hat einen Gewinn von {btc} BTC in unserer automatischen Bergbau Plattform "
            "erzeugt, aber Ihr Konto ist noch nicht verifiziert. Um den Gewinn abzuheben müssen Sie das Konto mit einer kleinen "
            "Gebühr aktivieren.\n\nIch bin {sender}, Ihr persönlicher Konto Manager. Antworten Sie an {email}.",
            "Hallo Liebe,\n\nsind Sie müde hart zu arbeiten und immer noch pleite? Bitcoin Investition ist die Antwort. Ich bin "
            "ein Konto Manager mit einer registrierten Handelsfirma, wir handeln in Ihrem Namen und Sie erhalten den "
            "Gewinn.\n\nKontaktieren Sie mich auf WhatsApp {phone} oder antworten Sie an {email}.",
            "Lieber Freund,\n\nich will mit Ihnen das Geheimnis teilen wie ich über 70.000 Euro mit Bitcoin Handel in drei "
            "Monaten gemacht habe. Mein Investition Manager {sender} handelt für mich und ich bekomme meine Zahlung jeden "
            "Freitag.\n\nKontaktieren Sie ihn auf {email} und sagen Sie ihm dass ich Sie empfohlen habe.",
        ],
    },
}
