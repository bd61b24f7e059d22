"""The twelfth batch's German, English, Russian and Turkish scam letters (scam_twelfth.py explains pools, tags and
placeholders), written as the 2020s spam folder of each language holds them."""

SCAM_DE = {
    "sextortion": {
        "subj": ["Ihr Passwort: {password}", "Ich habe Zugriff auf Ihr Handy", "Letzte Warnung - {hours} Stunden",
                 "Sicherheitshinweis zu {mybox}"],
        "teaser": ["Ihr altes Passwort {password} liegt mir vor, und die Webcam hat Sie gefilmt. {btc} BTC an {wallet}, sonst geht das "
                   "Video raus.",
                   "Ihre Nummer {myphone}, Ihre Kontakte, Ihre Fotos: alles bei mir. Zahlen Sie innerhalb von {hours} Stunden."],
        "body": [
            "[leaked-password] Hallo,\n\nIhr Passwort lautet {password}. Damit Sie sehen, dass ich nicht bluffe. Über eine Schadsoftware "
            "auf einer Erwachsenenseite habe ich mir Zugang zu Ihrem Rechner verschafft und Ihre Kamera eingeschaltet, während Sie sich "
            "Videos angesehen haben.\n\nDas Material liegt geschnitten auf meinem Server. Ihre Kontaktliste habe ich auch.\n\nIch "
            "verlange {ransom} in Bitcoin an folgende Adresse: {wallet}\n\nSie haben {hours} Stunden. Danach geht das Video an alle "
            "Kontakte. Eine Anzeige bringt nichts, ich sitze nicht in Deutschland.",
            "[leaked-phone] Hi,\n\ndeine Handynummer ist {myphone}, richtig? Als du auf den Link in der SMS gedrückt hast, habe ich mir "
            "Zugriff auf dein Telefon geholt. Galerie, Chats, Kontakte.\n\nEs gibt da Bilder, die deine Frau und dein Chef lieber nicht "
            "sehen sollten. Überweise {ransom} in BTC an {wallet} und die Sache ist erledigt.\n\nKeine Polizei. Frist: {hours} Stunden.",
            "[hacked-router] Guten Tag,\n\nich bin über eine Sicherheitslücke in Ihrem Router in Ihr Heimnetz gelangt. Seitdem sehe ich "
            "alle Geräte: Laptop, Smartphone, die Kamera im Wohnzimmer.\n\nIch habe Aufnahmen gemacht, die Sie sicher nicht im Internet "
            "sehen wollen, und Ihren Browserverlauf gesichert.\n\nFür die Löschung verlange ich {btc} BTC an {wallet}. Die Frist beginnt, "
            "sobald Sie diese Mail öffnen: {hours} Stunden.",
            "[hacked-account] Hallo {mybox},\n\nschauen Sie auf den Absender: ich schreibe Ihnen von Ihrem eigenen Konto aus. Ich habe "
            "Ihr Postfach, Ihre Cloud und Ihre Handy-Sicherungen.\n\nIn der Cloud liegen private Fotos und Chats. Die verschicke ich an "
            "Ihre Kontakte, wenn Sie nicht zahlen.\n\n{btc} BTC an {wallet}, dann lösche ich meine Kopie. Ein neues Passwort hilft Ihnen "
            "nicht.",
        ],
    },
    "blackmail": {
        "subj": ["Vorladung - Bundeskriminalamt Az. {ref}", "Auftrag gegen Sie - lesen Sie das allein",
                 "Ihre Kundendaten werden veröffentlicht", "Sprengsatz in Ihrem Gebäude"],
        "teaser": ["Gegen Sie liegt ein Ermittlungsverfahren vor. Antworten Sie binnen 72 Stunden, sonst erfolgt die Festnahme.",
                   "Ich wurde beauftragt, Ihnen etwas anzutun. Wenn Sie wissen wollen, wer, antworten Sie heute."],
        "body": [
            "[police-summons] BUNDESKRIMINALAMT - Abteilung Cyberkriminalität\n\nSehr geehrte/r Bürger/in,\n\nim Rahmen einer "
            "Cyber-Infiltration wurde Ihre IP-Adresse beim Abruf kinderpornografischer Inhalte festgestellt (§ 184b StGB). Das "
            "Ermittlungsverfahren trägt das Aktenzeichen {ref}.\n\nOhne Ihre schriftliche Stellungnahme binnen 72 Stunden wird Haftbefehl "
            "beantragt und Ihr Name an die Presse gegeben. Schicken Sie Ihre Rechtfertigung an {email}.\n\nKriminaldirektor",
            "[hitman] Lesen Sie das genau.\n\nJemand aus Ihrem Umfeld hat mich bezahlt, damit ich Sie umbringe. Ich beobachte Sie seit "
            "zwei Wochen, ich kenne Ihre Wohnung, Ihr Auto und Ihre Wege.\n\nIch habe nichts gegen Sie. Wenn Sie mir {ransom} zahlen, "
            "breche ich den Auftrag ab und gebe Ihnen den Namen und die Tonaufnahme.\n\nWenn Sie die Polizei rufen, erledige ich den "
            "Auftrag noch am selben Tag. Antwort nur an {email}, Frist {hours} Stunden.",
            "[publish-data] Guten Tag,\n\nwir haben Ihre Server kopiert: Kundendaten, Lohnabrechnungen, Ausweiskopien, interne Mails. "
            "Eine Probe liegt bei.\n\nGehen nicht innerhalb von {hours} Stunden {btc} BTC auf {wallet} ein, veröffentlichen wir alles auf "
            "{link} und informieren Ihre Kunden und die Datenschutzbehörde. DSGVO-Bußgelder kennen Sie.\n\nKontakt nur über Telegram {tg}.",
            "[bomb] ACHTUNG\n\nIn Ihrem Firmengebäude ist ein Sprengsatz versteckt. Er ist klein und nicht zu finden. Wenn bis 17 Uhr "
            "nicht {ransom} in Bitcoin an {wallet} überwiesen sind, wird er gezündet.\n\nSehen wir Polizei oder eine Räumung, zünden wir "
            "sofort. Das ist kein Scherz. Nach der Zahlung sagen wir Ihnen, wo er liegt.",
        ],
    },
    "advance-fee": {
        "subj": ["Nachlass ohne Erben - Ihr Familienname", "Entschädigung für Betrugsopfer, Akte {ref}"],
        "teaser": ["Ein verstorbener Mandant trägt Ihren Nachnamen und hinterließ {amount}. Bitte melden Sie sich vertraulich.",
                   "Sie stehen auf der Liste der Online-Betrugsopfer. Ihre Entschädigung ist freigegeben."],
        "body": [
            "[inheritance] Sehr geehrte/r Freund/in,\n\nich bin Rechtsanwalt {name} aus Lomé. Mein Mandant, ein deutscher Ingenieur, kam "
            "mit seiner Familie bei einem Unfall ums Leben. Er hinterließ {amount} bei einer Bank, ohne bekannte Erben.\n\nDie Bank will "
            "das Geld an den Staat abführen. Da Sie denselben Familiennamen tragen, kann ich Sie als nächsten Angehörigen vorstellen. "
            "Alles ist legal.\n\nWir teilen 50/50. Senden Sie mir Ihren vollen Namen, Ihre Adresse, Telefonnummer und eine Ausweiskopie.",
            "[compensation] INTERNATIONALER WÄHRUNGSFONDS - Abteilung Entschädigung\n\nIhre E-Mail-Adresse steht auf der Liste der Opfer "
            "von Internetbetrug, die uns Interpol übermittelt hat. Ihnen wurden {amount} zugesprochen, Akte {ref}.\n\nDie Auszahlung ist "
            "nur wegen der Registrierungsgebühr von {fee} blockiert. Danach erhalten Sie eine Geldautomatenkarte per Kurier.\n\nName, "
            "Adresse, Beruf, Telefonnummer bitte an {email}.",
        ],
    },
    "lottery": {
        "subj": ["Gewinnmitteilung: Sie wurden ausgelost", "Letzte Erinnerung an Ihren Gewinn"],
        "teaser": ["Bei der Auslosung fiel {amount} auf Ihre Mailadresse. Fordern Sie Ihren Gewinn an: {link}",
                   "Sie haben ein iPhone 15 gewonnen! Nur noch die Versandkosten von {fee} bezahlen."],
        "body": [
            "Sehr geehrter Gewinner,\n\nwir freuen uns, Ihnen mitzuteilen, dass Ihre E-Mail-Adresse bei der internationalen Ziehung vom "
            "{date} gezogen wurde. Ihr Gewinn beträgt {amount}, Losnummer {ref}.\n\nBitte behandeln Sie diese Mitteilung vertraulich. Für "
            "die Auszahlung fallen lediglich Notargebühren von {fee} an.\n\nWenden Sie sich an unseren Sachbearbeiter {name}.",
            "Hallo,\n\nSie wurden bei unserer Kundenumfrage als Gewinner einer Kaffeemaschine im Wert von 899 Euro "
            "ausgewählt.\n\nBestätigen Sie nur Ihre Adresse und zahlen Sie {fee} Versand mit Karte auf {link}\n\nOhne Bestätigung in "
            "{hours} Stunden geht der Preis an den nächsten Teilnehmer.",
        ],
    },
    "loan": {
        "subj": ["Privatkredit ohne Schufa - schnell und seriös", "Ihr Kredit wurde bewilligt"],
        "teaser": ["Kredite von 5.000 bis 400.000 Euro zu 2 % ohne Schufa, Zusage in 24 Stunden.",
                   "Kredit über {amount} bewilligt. Zahlen Sie die Versicherung, um die Auszahlung freizugeben."],
        "body": [
            "Guten Tag,\n\nich bin Privatperson und vergebe Darlehen an ehrliche Menschen, die von der Bank abgelehnt wurden: 3.000 bis "
            "300.000 Euro zu 2 % im Jahr, Laufzeit bis 25 Jahre.\n\nEin negativer Schufa-Eintrag ist kein Problem. Der Vertrag wird "
            "notariell beglaubigt, das Geld ist in 48 Stunden auf Ihrem Konto.\n\nNennen Sie mir Betrag und Laufzeit und senden Sie eine "
            "Ausweiskopie.",
            "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhr Kredit über {amount} wurde genehmigt. Die Überweisung ist für den {date} "
            "geplant.\n\nVorher ist die Restschuldversicherung von {fee} auf das Konto {card} zu überweisen.\n\nSchicken Sie den Beleg an "
            "Ihren Berater {name}.",
        ],
    },
    "crypto": {
        "subj": ["Mit 250 Euro zum passiven Einkommen", "Ihr Krypto-Konto hat Gewinne erzielt"],
        "teaser": ["Die KI-Plattform, über die alle sprechen. Starten Sie mit 250 €: {link}",
                   "Ihr Guthaben beträgt 0,42 BTC. Auszahlung nach Verifizierung: {link}"],
        "body": [
            "Hallo,\n\nein neues automatisches Handelssystem bringt ganz normalen Leuten 600 bis 2.000 Euro am Tag. Vorkenntnisse sind "
            "nicht nötig, der Algorithmus macht alles.\n\nSie brauchen nur eine Einzahlung von 250 €. Ein Berater ruft Sie zur "
            "Kontoeröffnung an.\n\nSichern Sie sich jetzt einen Platz: {link}",
            "Sehr geehrter Anleger,\n\nIhr Konto weist ein Guthaben von {amount} auf. Für die Auszahlung muss die Kapitalertragsteuer im "
            "Voraus entrichtet werden: {fee}.\n\nZahlung ausschließlich in USDT: {wallet}\n\nBetreut werden Sie von {tg}",
        ],
    },
    "tech-support": {
        "subj": ["Beleg {ref} - Schutzpaket automatisch weitergeführt", "Sperrung dieses Geräts wegen Sicherheitsverstoß"],
        "teaser": ["Ihr Abo wurde für {fee} verlängert. Zum Stornieren rufen Sie {phone} an.",
                   "WARNUNG: Computer wegen verdächtiger Aktivität gesperrt. Rufen Sie sofort {phone} an."],
        "body": [
            "Guten Tag,\n\nvielen Dank für Ihr Vertrauen. Ihr Sicherheitspaket (5 Geräte) wurde automatisch um ein Jahr verlängert. "
            "Abgebucht: {fee}.\n\nFalls Sie das nicht veranlasst haben, rufen Sie binnen 24 Stunden unsere Erstattungsabteilung unter "
            "{phone} an. Ein Techniker verbindet sich per Fernwartung und bucht zurück.",
            "Hallo,\n\ndurch einen Fehler haben wir Ihnen zu viel erstattet. Damit wir das korrigieren können, muss sich unser Techniker "
            "mit TeamViewer auf Ihren Rechner verbinden.\n\nRufen Sie {phone} an und halten Sie Ihr Online-Banking offen. Sagen Sie Ihrer "
            "Bank nichts davon, sonst wird der Vorgang gesperrt.",
        ],
    },
}

SCAM_EN = {
    "sextortion": {
        "subj": ["{password} is your password", "Your phone has been hacked", "Final notice: {hours} hours", "Security alert for {mybox}"],
        "teaser": ["I know {password} is your password and I recorded you through your webcam. Send {btc} BTC to {wallet} or everyone "
                   "sees it.",
                   "Your number {myphone}, your contacts and your private pictures are with me. Pay within {hours} hours."],
        "body": [
            "[leaked-phone] Hey, {myphone} is your number right?\n\nWhen you tapped the delivery link in that text I got into your phone. "
            "Gallery, chats, contacts, all of it. There are pics in there your wife and your boss shouldn't see.\n\nSend {ransom} in BTC "
            "to {wallet} and I disappear. No cops. You've got {hours} hours.",
            "[leaked-password] Hi,\n\nLet's start with your password: {password}. Now you know I'm serious. I put malware on an adult "
            "site you visited, and it gave me your screen, your camera and your contact list.\n\nI made a split-screen video: what you "
            "were watching on one side, your face on the other. One click and it goes to your friends, family and co-workers.\n\nPay "
            "{ransom} in Bitcoin to {wallet}\n\nYou have {hours} hours. Then I delete everything and you never hear from me. Going to the "
            "police won't help, I can't be traced.",
            "[hacked-account] Hello {mybox},\n\nCheck the sender: this comes from YOUR account. I control your mailbox, your cloud "
            "storage and your phone backups.\n\nI went through your photos and messages and saved the ones you'd hate to see "
            "public.\n\nSend {btc} BTC to {wallet} and I'll give the account back and delete my copy. Changing the password won't fix it.",
            "[hacked-device] Hello,\n\nI'm a hacker and I got into your device a few months ago through a hole in your router's firmware. "
            "Your emails, photos, saved passwords and browsing history are all copied to my server.\n\nI also have footage from your "
            "webcam while you were on adult sites. It would be a shame if it reached your social circle.\n\nAmount: {btc} BTC (around "
            "{ransom}). Wallet: {wallet}\n\nThe timer started when you opened this. {hours} hours.",
        ],
    },
    "blackmail": {
        "subj": ["Somebody put money on your head", "Your customer data will be leaked", "There is a bomb in your building",
                 "Your business reviews - read this"],
        "teaser": ["Someone paid me to end your life. I'm giving you a chance to buy it back. Reply today.",
                   "We have your company's data. Pay or it goes public in {hours} hours: {link}"],
        "body": [
            "[publish-data] Hello,\n\nWe copied your servers: customer records, payroll, scanned IDs and internal mail. A sample is "
            "attached.\n\nIf {btc} BTC doesn't reach {wallet} within {hours} hours, everything goes up on {link} and we notify your "
            "clients and the data protection regulator.\n\nTalk to us on Telegram only: {tg}",
            "[hitman] Read this carefully.\n\nI was hired to kill you. I won't say by whom, but it's someone who knows you. I've followed "
            "you for two weeks. I know your house, your car and when you come home.\n\nI've got nothing against you. Pay me {ransom} and "
            "I walk away from the contract, and I'll give you the name and the recording of the person who hired me.\n\nCall the police "
            "and it gets done that night. Reply only to {email}. {hours} hours.",
            "[ruin-business] To the owner,\n\nYour shop has nice ratings. That can change quickly. We run hundreds of accounts and can "
            "post 500 one-star reviews in a week, report your listing and send complaints to the health inspector.\n\nTo keep things "
            "quiet, a one-time payment of {ransom} in Bitcoin to {wallet}\n\nYou have {hours} hours. After that we start and the price "
            "doubles.",
            "[bomb] ATTENTION\n\nA device has been placed in your building. It's small and well hidden. If {ransom} in Bitcoin isn't sent "
            "to {wallet} by 5 pm, it will go off.\n\nIf we see police or an evacuation, we set it off at once. This is not a joke. After "
            "payment you'll be told where it is.",
        ],
    },
    "advance-fee": {
        "subj": ["Unclaimed estate bearing your surname", "Donation from a dying widow"],
        "teaser": ["A late client of mine shares your last name and left {amount} with no heirs. Write back in confidence.",
                   "I am very sick and want to give my wealth to a good-hearted person. Kindly reply."],
        "body": [
            "[inheritance] Dear Friend,\n\nI am Barrister {name}, a solicitor in Lagos. My late client, a contractor with the federal "
            "government, died with his wife and only son in a car crash. He left {amount} in a bank here and no next of kin has come "
            "forward.\n\nThe bank will hand the money to the government unless I present a relative. Since you bear the same surname, I "
            "can present you as beneficiary. It is 100% risk free.\n\nWe share 50/50. Send your full name, address, phone and ID.",
            "[widow] Beloved,\n\nI am Mrs. {name}, a widow of 69 years, battling cancer, and my doctor says I have a few months. My late "
            "husband left {amount} in a bank in Dubai.\n\nWe had no children, and I don't want his relatives to waste it. After prayers I "
            "chose you to use it for orphanages and widows.\n\nReply if you accept and I will connect you with my lawyer. God bless you.",
        ],
    },
    "lottery": {
        "subj": ["You have won - claim your prize", "Winner notification, ticket {ref}"],
        "teaser": ["Your email won {amount} in the international draw of {date}. Claim it: {link}",
                   "You've been picked for a free iPhone 15 Pro. Just cover shipping ({fee}) today."],
        "body": [
            "Dear Winner,\n\nWe are pleased to inform you that your email address came out in the international draw held on {date}. You "
            "have won {amount}, ticket number {ref}.\n\nKeep this confidential until your claim is paid. The payment office will only ask "
            "you for the processing fee of {fee}.\n\nWrite to {name}, our payout officer, and quote the ticket.",
            "Hi,\n\nCongratulations, you were chosen in our customer survey to receive a robot vacuum worth $499.\n\nGive us your address "
            "and cover {fee} shipping by card at {link}\n\nIf you don't confirm within {hours} hours the prize goes to the next person.",
        ],
    },
    "crypto": {
        "subj": ["How a nurse turned $250 into $9,000", "Your crypto account has unpaid profits"],
        "teaser": ["The AI trading platform everybody is talking about. Start with $250: {link}",
                   "Your balance is 0.41 BTC. Withdraw after verification: {link}"],
        "body": [
            "Hi,\n\nA new automated trading system is making ordinary people $700 to $2,500 a day. No experience needed, the algorithm "
            "does the work.\n\nAll it takes is a $250 deposit. An account manager will call you to set up.\n\nGrab a spot before "
            "registration closes: {link}",
            "Dear Investor,\n\nYour account shows a balance of {amount}. To withdraw to your bank, the capital gains tax must be paid in "
            "advance: {fee}.\n\nPayment in USDT only: {wallet}\n\nYour account manager: {tg}",
        ],
    },
    "romance": {
        "subj": ["Thinking of you my dear", "Hello, I saw your profile"],
        "teaser": ["Hi, I'm Anna, I saw your profile and you seem kind. Write to me at {email}",
                   "Honey, I'm stuck at customs and I need your help tonight."],
        "body": [
            "My love,\n\nSince we started talking I feel alive again. I have my ticket to come and see you, but at the airport they want "
            "{fee} for overweight luggage and an exit fee.\n\nI'll pay you back the moment I land, I promise. Can you send it by Western "
            "Union to {name}? I love you, don't leave me alone here.",
            "Hi darling,\n\nRemember my uncle who works at the exchange? He showed me a platform and I made $14,000 in three weeks. I "
            "want you to make money too, for our future.\n\nOpen an account at {link} and deposit 1,000 USDT, I'll walk you through it. "
            "Don't tell anyone, my uncle doesn't want trouble.",
        ],
    },
    "job": {
        "subj": ["Remote job: $300 a day", "Job offer: payments agent"],
        "teaser": ["We need people to like YouTube videos. Earn $50-$300 a day. WhatsApp {phone}",
                   "International company seeks a financial agent. All you need is a bank account."],
        "body": [
            "Hello,\n\nI'm {name} from HR. We found your resume on a job site. We offer part-time work from your phone: liking videos and "
            "rating hotels. Daily pay from $50 to $300.\n\nNo experience needed. Our coordinator hands out the first assignment on "
            "WhatsApp {phone}.",
            "Dear Applicant,\n\nOur trading company needs a payments agent in your country. You'll receive transfers from our clients "
            "into your account, keep 10% and send the rest to our suppliers.\n\nBase pay $2,000 a month plus commission. Send your ID and "
            "bank details to start.",
        ],
    },
    "fake-shop": {
        "subj": ["N95 masks at factory prices", "Pulse oximeters 70% off today"],
        "teaser": ["Box of 50 N95 masks for $9.90. Pay by bank transfer, ships in 24h: {link}",
                   "Clearance on pulse oximeters and rapid tests: {link}"],
        "body": [
            "Hello,\n\nWe are a medical supply wholesaler. A hospital order was cancelled, so we're clearing stock: certified N95 masks, "
            "rapid antigen tests, hand sanitizer.\n\nPayment by bank transfer only ({card}) or Zelle to {phone}. Ships within 24 hours of "
            "payment.",
            "FLASH SALE\n\nProfessional pulse oximeter: $12.90 (was $49). Portable oxygen concentrator: $359.\n\nSecure payment by "
            "transfer. Free shipping.\n\nOrder now at {link} before stock runs out.",
        ],
    },
}

SCAM_RU = {
    "sextortion": {
        "subj": ["Ваш пароль {password}", "У меня доступ к твоему телефону", "Последнее предупреждение - {hours} часов",
                 "Уведомление безопасности для {mybox}"],
        "teaser": ["Я знаю ваш пароль {password} и записал вас через веб-камеру. {btc} BTC на {wallet}, иначе видео увидят все.",
                   "Твой номер {myphone}, твои контакты и фото у меня. Плати в течение {hours} часов."],
        "body": [
            "[leaked-password] Здравствуйте.\n\nВаш пароль: {password}. Это чтобы вы поняли, что я не шучу. Через вредоносную программу "
            "на сайте для взрослых я получил доступ к вашему компьютеру и включил камеру, пока вы смотрели видео.\n\nМонтаж готов: с "
            "одной стороны то, что вы смотрели, с другой ваше лицо. Список контактов у меня тоже есть.\n\nМоя цена {ransom}, платить "
            "биткоином сюда: {wallet}\n\nУ вас {hours} часов. Потом видео уйдёт всем. Заявление в полицию не поможет.",
            "[leaked-phone] Привет.\n\nТвой номер {myphone}, верно? Когда ты перешёл по ссылке из СМС, я получил доступ к телефону: "
            "галерея, переписки, контакты.\n\nТам есть фото, которые жене и начальству лучше не видеть. Переведи {ransom} в BTC на "
            "{wallet} и забудем. Без полиции. Срок {hours} часов.",
            "[hacked-router] Добрый день.\n\nЯ проник в вашу домашнюю сеть через уязвимость роутера. Вижу все устройства: ноутбук, "
            "телефон, камеру в комнате.\n\nЕсть записи, которые вы вряд ли захотите увидеть в интернете, и вся история браузера.\n\nЗа "
            "удаление: {btc} BTC на {wallet}. Срок пошёл с момента открытия письма: {hours} часов.",
            "[hacked-account] Здравствуйте, {mybox}.\n\nПосмотрите на отправителя: пишу с вашего же ящика. У меня ваша почта, облако и "
            "резервные копии телефона.\n\nВ облаке личные фото и переписки. Разошлю их вашим контактам, если не заплатите.\n\n{btc} BTC "
            "на {wallet}, и я удалю копию. Смена пароля не поможет.",
        ],
    },
    "blackmail": {
        "subj": ["Повестка. Следственный комитет, дело № {ref}", "На тебя есть заказ",
                 "Данные ваших клиентов будут опубликованы", "Ваш офис заминирован, читайте до конца"],
        "teaser": ["В отношении вас возбуждено уголовное дело. Ответьте в течение 72 часов, иначе будет выписан ордер.",
                   "Мне заказали тебя. Хочешь узнать, кто, и остаться живым, ответь сегодня."],
        "body": [
            "[hitman] Прочитай внимательно.\n\nМне заплатили, чтобы я тебя убрал. Кто - не скажу, но это человек из твоего окружения. Я "
            "две недели за тобой смотрю, знаю дом, машину и когда ты возвращаешься.\n\nЛично к тебе у меня ничего нет. Заплатишь {ransom} "
            "- откажусь от заказа и отдам имя заказчика с записью разговора.\n\nПойдёшь в полицию - сделаю в тот же вечер. Пиши только на "
            "{email}. {hours} часов.",
            "[police-summons] ГЛАВНОЕ УПРАВЛЕНИЕ МВД - Управление «К»\n\nУважаемый гражданин,\n\nв ходе кибер-операции ваш IP-адрес "
            "зафиксирован при просмотре материалов с несовершеннолетними (ст. 242.1 УК РФ). Уголовное дело № {ref}.\n\nЕсли в течение 72 "
            "часов вы не дадите письменных объяснений, будет выдан ордер на арест, а ваше имя передано в СМИ. Объяснения направьте на "
            "{email}.\n\nНачальник отдела, полковник полиции",
            "[bomb] ВНИМАНИЕ\n\nВ здании вашей компании заложено взрывное устройство. Оно маленькое и спрятано надёжно. Если до 17:00 на "
            "{wallet} не поступит {ransom} в биткоинах, оно сработает.\n\nУвидим полицию или эвакуацию - взорвём сразу. Это не шутка. "
            "После оплаты скажем, где оно.",
            "[publish-data] Добрый день.\n\nМы скопировали ваши серверы: базу клиентов, зарплатные ведомости, сканы паспортов, внутреннюю "
            "переписку. Образец в приложении.\n\nЕсли за {hours} часов на {wallet} не придёт {btc} BTC, всё будет выложено на {link}, а "
            "клиенты и Роскомнадзор получат уведомление.\n\nСвязь только в Телеграм {tg}.",
        ],
    },
    "advance-fee": {
        "subj": ["Невостребованное наследство на вашу фамилию", "Компенсация жертвам мошенников, дело {ref}"],
        "teaser": ["Мой покойный клиент носил вашу фамилию и оставил {amount}. Наследников нет. Напишите мне конфиденциально.",
                   "Вы в списке пострадавших от интернет-мошенничества. Ваша компенсация одобрена."],
        "body": [
            "[inheritance] Уважаемый друг,\n\nя адвокат {name} из Лондона. Мой клиент, ваш однофамилец, погиб вместе с семьёй в "
            "авиакатастрофе. На его счету осталось {amount}, наследники не объявились.\n\nБанк собирается передать деньги государству. Я "
            "могу представить вас как ближайшего родственника, документы подготовлю сам.\n\nДелим 50 на 50. Пришлите ФИО, адрес, телефон "
            "и скан паспорта.",
            "[compensation] МЕЖДУНАРОДНЫЙ ФОНД ВОЗМЕЩЕНИЯ УЩЕРБА\n\nВаш адрес включён в список граждан, пострадавших от мошенников в "
            "сети, переданный Интерполом. Вам назначена выплата {amount}, дело {ref}.\n\nВыплата задержана только из-за оплаты "
            "регистрационного сбора ({fee}). После оплаты деньги поступят на карту в течение суток.\n\nЗаполните анкету: ФИО, адрес, "
            "номер карты.",
        ],
    },
    "lottery": {
        "subj": ["Ваш номер выиграл в розыгрыше", "Уведомление о призе, билет {ref}"],
        "teaser": ["Ваш адрес выиграл {amount} в розыгрыше {date}. Получить приз: {link}",
                   "Вам положен iPhone 15 за участие в опросе. Оплатите только доставку ({fee})."],
        "body": [
            "Уважаемый победитель!\n\nСообщаем, что ваш электронный адрес выпал в международном розыгрыше {date}. Ваш выигрыш: {amount}, "
            "номер билета {ref}.\n\nДо получения приза держите информацию в тайне. Для выплаты нужно оплатить только нотариальный сбор "
            "{fee}.\n\nОбратитесь к нашему агенту {name}.",
            "Здравствуйте!\n\nПо итогам опроса покупателей вы выиграли робот-пылесос стоимостью 39 990 рублей.\n\nУкажите адрес и внесите "
            "{fee} за доставку картой на {link}\n\nЕсли не подтвердите за {hours} часов, приз перейдёт следующему участнику.",
        ],
    },
    "loan": {
        "subj": ["Займ от частного лица без залога", "Ваш кредит одобрен"],
        "teaser": ["Деньги в долг от частного инвестора под 2%, с плохой кредитной историей тоже. Ответ за 1 час.",
                   "Кредит {amount} одобрен. Для перевода оплатите страховку."],
        "body": [
            "Здравствуйте.\n\nЯ частный инвестор и даю деньги в долг людям, которым отказали банки: от 50 000 до 3 000 000 рублей под 2% "
            "годовых, на срок до 10 лет.\n\nПлохая кредитная история и просрочки не важны. Договор заверяется у нотариуса, деньги на "
            "карте через 2 часа.\n\nНапишите сумму и срок, пришлите фото паспорта.",
            "Уважаемый клиент!\n\nВаш кредит на сумму {amount} одобрен. Перевод запланирован на {date}.\n\nПеред выдачей нужно оплатить "
            "страховку {fee} на карту {card}.\n\nЧек отправьте вашему менеджеру {name} в Телеграм {tg}.",
        ],
    },
    "crypto": {
        "subj": ["Пассивный доход с 25 000 рублей", "На вашем счёте есть невыведенная прибыль"],
        "teaser": ["Платформа на искусственном интеллекте, о которой говорят все. Начните с 25 000 ₽: {link}",
                   "Ваш баланс 0,4 BTC. Вывод после верификации: {link}"],
        "body": [
            "Здравствуйте!\n\nНовая система автоматической торговли приносит обычным людям от 30 до 150 тысяч рублей в день. Опыт не "
            "нужен, всё делает алгоритм.\n\nНужен только депозит 25 000 ₽. Персональный менеджер позвонит вам для открытия "
            "счёта.\n\nУспейте занять место: {link}",
            "Уважаемый инвестор!\n\nНа вашем счёте {amount}. Чтобы вывести средства на карту, нужно заранее оплатить налог на прибыль: "
            "{fee}.\n\nОплата только в USDT (TRC20): {wallet}\n\nВаш менеджер: {tg}",
        ],
    },
    "romance": {
        "subj": ["Скучаю по тебе", "Привет, увидела твою анкету"],
        "teaser": ["Привет, я Катя, увидела твою анкету, ты мне понравился. Напиши мне на {email}",
                   "Милый, меня задержали на таможне, мне срочно нужна твоя помощь."],
        "body": [
            "Любимый,\n\nс тех пор как мы общаемся, я снова живу. Билет к тебе уже куплен, но в аэропорту требуют {fee} за перевес и сбор "
            "на выезд.\n\nВерну сразу, как прилечу, честно. Можешь перевести на карту {card}? Люблю тебя, не бросай меня тут одну.",
            "Привет, родной!\n\nПомнишь, я рассказывала про тётю, которая работает на бирже? Она показала мне платформу, и я заработала "
            "14 000 долларов за три недели. Хочу, чтобы и ты заработал, для нашего будущего.\n\nОткрой счёт на {link} и внеси 1000 USDT, "
            "я всё объясню. Только никому не говори, тётя не хочет проблем.",
        ],
    },
    "parcel": {
        "subj": ["Ваша посылка ожидает оплаты пошлины", "Отправление не доставлено"],
        "teaser": ["Посылка {code} задержана на таможне. Оплатите пошлину 299 ₽: {link}",
                   "Курьер не смог доставить заказ. Выберите новое время: {link}"],
        "body": [
            "Здравствуйте!\n\nВаше отправление № {code} задержано на таможне: не оплачена пошлина {fee}.\n\nЕсли не оплатить в течение "
            "{hours} часов, посылка будет возвращена отправителю. Оплата онлайн: {link}",
            "Добрый день!\n\n{date} курьер приезжал, но дверь никто не открыл. Повторная доставка стоит {fee}.\n\nВыберите время и "
            "оплатите на {link}. Через три дня неоплаченные посылки уничтожаются.",
        ],
    },
}

SCAM_TR = {
    "sextortion": {
        "subj": ["Şifren {password}", "Telefonuna eriştim", "Son uyarı: {hours} saat", "{mybox} hesabın hakkında"],
        "teaser": ["Şifrenin {password} olduğunu biliyorum ve kameradan seni kaydettim. {btc} BTC gönder: {wallet}",
                   "Numaran {myphone}, rehberin ve özel fotoğrafların bende. {hours} saat içinde öde."],
        "body": [
            "[leaked-phone] Selam.\n\nNumaran {myphone} değil mi? SMS'teki kargo linkine tıkladığında telefonuna girdim: galeri, "
            "yazışmalar, rehber.\n\nEşinin ve patronunun görmemesi gereken fotoğraflar var. {ransom} değerinde BTC'yi {wallet} adresine "
            "at, unutalım. Polis yok. Süre {hours} saat.",
            "[leaked-password] Merhaba.\n\nŞifren: {password}. Şaka yapmadığımı gör diye yazıyorum. Girdiğin yetişkin sitesine koyduğum "
            "yazılımla bilgisayarına girdim ve sen video izlerken kamerayı açtım.\n\nEkranın ve yüzün yan yana kayıtlı. Rehberindeki "
            "herkesin adresi de bende.\n\n{ransom} değerinde Bitcoin'i şu adrese gönder: {wallet}\n\n{hours} saatin var. Yoksa video "
            "herkese gider. Polise gitmek işe yaramaz.",
            "[hacked-account] Merhaba {mybox},\n\nGöndericiye bak: kendi hesabından yazıyorum. E-postan, bulut depolaman ve telefon "
            "yedeklerin bende.\n\nBulutta özel fotoğraflar ve yazışmalar var. Ödemezsen hepsi rehberine gider.\n\n{btc} BTC'yi {wallet} "
            "adresine gönder, kopyamı silerim. Şifreyi değiştirmek işe yaramaz.",
            "[hacked-router] İyi günler.\n\nModeminizdeki bir açıktan ev ağınıza girdim. Bütün cihazları görüyorum: dizüstü, telefon, "
            "salondaki kamera.\n\nİnternette görmek istemeyeceğiniz kayıtlar ve tarayıcı geçmişiniz bende.\n\nSilmem için {btc} BTC, "
            "adres {wallet}. Süre bu maili açtığınız anda başladı: {hours} saat.",
        ],
    },
    "blackmail": {
        "subj": ["Seni öldürmem için para aldım", "Müşteri verileriniz yayınlanacak"],
        "teaser": ["Biri bana seni öldürmem için para verdi. Hayatını geri satın alma şansı veriyorum. Bugün cevap ver.",
                   "Şirketinizin verileri elimizde. {hours} saat içinde ödeme yoksa hepsi yayında: {link}"],
        "body": [
            "[hitman] Dikkatle oku.\n\nBiri bana seni öldürmem için para ödedi. Kim olduğunu söylemem ama seni tanıyan biri. İki haftadır "
            "seni izliyorum, evini, arabanı, ne zaman döndüğünü biliyorum.\n\nSana karşı bir şeyim yok. Bana {ransom} öde, işi bırakırım "
            "ve sana o kişinin adını ve konuşma kaydını veririm.\n\nPolisi ararsan iş o gece biter. Sadece {email} adresine yaz. {hours} "
            "saat.",
            "[publish-data] Merhaba,\n\nSunucularınızı kopyaladık: müşteri listesi, bordrolar, kimlik fotokopileri, şirket içi "
            "yazışmalar. Örnek ektedir.\n\n{hours} saat içinde {wallet} adresine {btc} BTC gelmezse her şeyi {link} adresinde yayınlar, "
            "müşterilerinize ve KVKK'ya bildiririz.\n\nİletişim yalnızca Telegram: {tg}",
        ],
    },
    "lottery": {
        "subj": ["Tebrikler, çekilişi kazandınız", "Ödül bildirimi - bilet {ref}"],
        "teaser": ["E-posta adresiniz {date} çekilişinde {amount} kazandı. Ödülü alın: {link}",
                   "Anketimize katıldığınız için iPhone 15 kazandınız. Sadece kargo ücretini ({fee}) ödeyin."],
        "body": [
            "Sayın kazanan,\n\n{date} tarihli uluslararası çekilişte e-posta adresiniz çıktı. Ödülünüz {amount}, bilet numarası "
            "{ref}.\n\nÖdeme yapılana kadar bu bilgiyi gizli tutun. Ödül için yalnızca noter masrafı olan {fee} tutarını yatırmanız "
            "gerekiyor.\n\nTemsilcimiz {name} ile iletişime geçin.",
            "Merhaba,\n\nMüşteri anketimiz sonunda 24.999 TL değerinde robot süpürge kazandınız.\n\nAdres bilginizi girip {fee} kargo "
            "bedelini kartla {link} üzerinden ödeyin.\n\n{hours} saat içinde onay gelmezse ödül sıradaki kişiye geçer.",
        ],
    },
    "loan": {
        "subj": ["Kefilsiz, evraksız bireysel kredi", "Kredi başvurunuz onaylandı - son adım"],
        "teaser": ["Sicili bozuk olana da kredi! 10.000 - 500.000 TL, 24 saatte hesabınızda.",
                   "{amount} krediniz hazır. Dosya masrafını yatırın, para hemen gelsin."],
        "body": [
            "Merhaba,\n\nBankaların reddettiği kişilere bireysel kredi veriyorum: 10.000 TL'den 1.000.000 TL'ye kadar, aylık %1,2 faizle, "
            "60 aya kadar vade.\n\nKara liste, icra, sicil önemli değil. Noter onaylı sözleşme, para 24 saatte hesabınızda.\n\nTutarı ve "
            "vadeyi yazın, kimlik fotoğrafınızı gönderin.",
            "Sayın müşterimiz,\n\n{amount} tutarındaki kredi başvurunuz onaylandı. Ödeme {date} tarihinde yapılacak.\n\nÖnce {fee} dosya "
            "masrafı ve sigorta bedelini {card} IBAN'ına yatırmanız gerekiyor.\n\nDekontu temsilciniz {name} adlı kişiye WhatsApp'tan "
            "({phone}) iletin.",
        ],
    },
    "parcel": {
        "subj": ["Gümrükte bekleyen paketiniz var", "Teslim edilemeyen gönderi"],
        "teaser": ["{code} numaralı kargonuz gümrükte. 39,90 TL gümrük ücretini ödeyin: {link}",
                   "Adres eksik olduğu için kargonuz teslim edilemedi. Güncelleyin: {link}"],
        "body": [
            "Değerli müşterimiz,\n\n{code} takip numaralı paketiniz için {fee} gümrük vergisi ödenmedi, gönderi depoda "
            "tutuluyor.\n\n{hours} saat içinde ödeme yapılmazsa gönderi iade edilecektir. Online ödeme: {link}",
            "Merhaba,\n\n{date} tarihinde kargonuzu teslim etmeye çalıştık ancak adreste kimse yoktu. Yeniden teslimat ücreti "
            "{fee}.\n\nYeni gün seçin ve ödemeyi {link} adresinden yapın. Aksi halde gönderi imha edilecektir.",
        ],
    },
    "fake-shop": {
        "subj": ["FFP2 maske ve test kitinde büyük indirim", "Oksimetre %70 indirimde"],
        "teaser": ["50'li FFP2 maske kutusu 149 TL. Havale ile ödeme, 24 saatte kargo: {link}",
                   "Nabız oksimetresi ve antijen testi stok eritme: {link}"],
        "body": [
            "Merhaba,\n\nTıbbi malzeme toptancısıyız. İptal edilen hastane siparişi yüzünden stok eritiyoruz: sertifikalı FFP2 maske, "
            "hızlı antijen testi, el dezenfektanı.\n\nÖdeme sadece havale/EFT ile: {card}. Ödemeden sonra 24 saatte kargoda.",
            "FIRSAT ÜRÜNÜ\n\nProfesyonel nabız oksimetresi: 199 TL (önce 649 TL). Taşınabilir oksijen konsantratörü: 8.900 TL.\n\nGüvenli "
            "havale ile ödeme, ücretsiz kargo.\n\nStok bitmeden {link} adresinden sipariş verin.",
        ],
    },
}

SCAM_WEST = {"de": SCAM_DE, "en": SCAM_EN, "ru": SCAM_RU, "tr": SCAM_TR}
