"""The twelfth batch's German, English, Russian and Turkish look-alikes (ham_twelfth.py explains the layout)."""

HAM_DE = {
    "security": [
        ("Datenleck: Was tun, wenn Ihr Passwort betroffen ist",
         "Ein Onlineshop hat ein Datenleck mit E-Mail-Adressen und Passwörtern bestätigt. Wer dasselbe Passwort woanders nutzt, sollte es "
         "überall ändern und die Zwei-Faktor-Anmeldung einschalten.\n\nUnser Team fordert Passwörter grundsätzlich nicht per Mail an."),
        ("[IT-Service] Ticket {ref}: Kamera am Notebook",
         "Hallo,\n\nwir haben den Kameratreiber Ihres Notebooks aktualisiert und eine Webcam-Abdeckung angebracht. Leuchtet die Kamera "
         "ohne Grund, melden Sie das bitte: meist läuft eine Videokonferenz-App im Hintergrund.\n\nBitte starten Sie das Gerät heute neu, "
         "damit die Sicherheitsupdates greifen.\n\nIhr IT-Service"),
    ],
    "lottery": [
        ("Gewinnzahlen der Ziehung vom {date}",
         "Die Gewinnzahlen vom {date}: 3 - 15 - 21 - 30 - 42 - 48, Superzahl 6. Im Jackpot liegen nun 14 Millionen Euro.\n\nGewinne "
         "werden in der Annahmestelle oder im Kundenkonto ausgezahlt, niemals gegen eine Gebühr."),
        ("Teilnahmebedingungen unseres Gewinnspiels",
         "Die Teilnahme ist kostenlos und unabhängig von einem Kauf. Unter allen Teilnehmenden ab 18 Jahren werden am {date} drei "
         "Gutscheine verlost. Die Gewinner werden per E-Mail benachrichtigt und müssen keine Versand- oder Bearbeitungskosten zahlen."),
    ],
    "bank-loan": [
        ("Ihre Kreditanfrage",
         "Guten Tag,\n\nhier die Zusammenfassung Ihrer Anfrage: {amount}, Laufzeit 60 Monate, effektiver Jahreszins ab 6,4 %. Die Anfrage "
         "ist Schufa-neutral und unverbindlich.\n\nSie können den Antrag im Online-Banking fortsetzen: {link}"),
        ("Erinnerung: Ihre nächste Kreditrate",
         "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nam {date} buchen wir die Rate Ihres Ratenkredits ({fee}) vom Konto mit den "
         "Endziffern {last4} ab.\n\nBei Zahlungsschwierigkeiten sprechen Sie uns bitte an. Wir verlangen nie Gebühren vor der Auszahlung "
         "eines Kredits."),
    ],
    "charity": [
        ("Ihre Zuwendungsbestätigung",
         "Herzlichen Dank für Ihre Spende von {fee}. Die Zuwendungsbestätigung für das Finanzamt finden Sie im Anhang. Mit Ihrer Hilfe "
         "konnten wir 80 Familien mit Lebensmitteln versorgen."),
        ("Testament und Nachlass: Infoabend",
         "Sie möchten unsere Stiftung in Ihrem Testament bedenken? Am {date} laden wir zu einem Infoabend mit einer Notarin ein. "
         "Gemeinnützige Organisationen sind von der Erbschaftsteuer befreit.\n\nAnmeldung kostenlos: {link}"),
    ],
    "exchange": [
        ("Auszahlung bestätigt",
         "Ihre Auszahlung von 0,02 BTC an die Adresse mit der Endung ...{last4} wurde ausgeführt. Falls Sie das nicht waren, sperren Sie "
         "Ihr Konto sofort in der App.\n\nUnser Support fragt nie nach Ihrer Wiederherstellungsphrase oder nach einer Zahlung für eine "
         "Freigabe."),
        ("Wochenrückblick Kryptomarkt",
         "Bitcoin schloss die Woche 5 % höher, Ether blieb stabil. Denken Sie daran: Gewinne aus Kryptowährungen sind innerhalb eines "
         "Jahres steuerpflichtig, und Kurse schwanken stark."),
    ],
    "shop": [
        ("20 % auf Blutdruckmessgeräte und Pulsoximeter",
         "Diese Woche in Ihrer Versandapotheke: 20 % Rabatt auf Blutdruckmessgeräte und Pulsoximeter, FFP2-Masken im 20er-Pack für 7,95 "
         "€. Zahlung per Rechnung, Lastschrift oder Karte.\n\nUnsere Apotheker beraten Sie telefonisch."),
        ("Ihre Bestellung {ref} wurde versandt",
         "Hallo,\n\nIhre Bestellung (Schnelltests, Desinfektionsgel, Fieberthermometer) ist unterwegs. Sendungsverfolgung: "
         "{link}\n\nUngeöffnete Artikel können Sie 14 Tage lang zurückgeben."),
    ],
    "courier": [
        ("Ihr Paket kommt morgen",
         "Hallo,\n\nIhr Paket {code} wird morgen zwischen 10 und 14 Uhr zugestellt. Wunschtag oder Ablageort können Sie kostenlos in der "
         "App ändern.\n\nWir verlangen nie per SMS Gebühren für eine Zustellung."),
        ("Einfuhrumsatzsteuer für Sendung {code}",
         "Guten Tag,\n\nfür Ihre Sendung {code} aus Großbritannien fällt Einfuhrumsatzsteuer an ({fee}). Sie zahlen diese bei der "
         "Zustellung oder in Ihrem Kundenkonto auf unserer offiziellen Website."),
    ],
    "job": [
        ("Stellenangebot: Lohnbuchhalter (m/w/d)",
         "Wir suchen eine/n Lohnbuchhalter/in in Vollzeit in Köln. Gehalt 45-52 Tsd. Euro, zwei Tage Homeoffice. Erstes Gespräch per "
         "Video.\n\nIm Bewerbungsprozess entstehen Ihnen keine Kosten. Bewerbung über {link}"),
        ("Einladung zum Vorstellungsgespräch",
         "Hallo,\n\nIhre Bewerbung hat uns gefallen. Am {date} um 10 Uhr möchten wir Sie unserer Teamleitung vorstellen. Bitte bestätigen "
         "Sie kurz per E-Mail.\n\nFreundliche Grüße\nPersonalabteilung"),
    ],
    "dating": [
        ("Du hast eine neue Nachricht",
         "{name} hat dir geschrieben. Melde dich an, um die Nachricht zu lesen.\n\nSicherheitstipp: Überweise niemals Geld an Personen, "
         "die du nur online kennst."),
        ("Jemand mag dein Profil",
         "Dein Profil kommt gut an! Lade aktuelle Fotos hoch, um mehr Besuche zu bekommen.\n\nWir fragen dich im Chat nie nach Bankdaten."),
    ],
    "notary": [
        ("Nachlass {name}: Termin zur Testamentseröffnung",
         "Sehr geehrte Damen und Herren,\n\ndas Nachlassgericht hat das Testament eröffnet. Zur Beantragung des Erbscheins bitten wir Sie "
         "am {date} um 11 Uhr ins Notariat. Bitte bringen Sie Ihren Ausweis mit.\n\nDie Gebühren richten sich nach dem GNotKG."),
        ("Erbenermittlung",
         "Guten Tag,\n\nim Auftrag eines Nachlasspflegers ermitteln wir die Erben einer verstorbenen Person aus Ihrer Region. Sie müssen "
         "keine Kosten vorstrecken; unser Honorar wird aus dem Erbteil beglichen, nach einer Vereinbarung, die Sie prüfen lassen können."),
    ],
}
SHARED_DE = {
    "warn_subj": ["Vorsicht vor falschen Polizei-Mails", "Betrug: Antworten Sie nicht auf diese Nachricht",
                  "Warnung: neue Welle von Erpresser-Mails", "Betrugswarnung: falsche Privatkredite"],
    "warn": ["Die Polizei warnt vor betrügerischen E-Mails, die derzeit kursieren. Ein Beispiel, das eine Bürgerin erhalten hat:",
             "Unsere Bank kontaktiert Sie niemals auf diese Weise. Mehrere Kunden haben uns diese Nachricht weitergeleitet:",
             "Tausende haben diese Nachricht in den letzten Tagen bekommen. Es ist Betrug, zahlen Sie nichts.",
             "Wir geben die Warnung der Verbraucherzentrale weiter. Beispiel einer solchen Mail:"],
    "warn_end": ["Nicht zahlen, nicht antworten, Anzeige erstatten.", "Im Zweifel rufen Sie Ihre Filiale unter der bekannten Nummer an.",
                 "Heben Sie die Mail auf und erstatten Sie Anzeige, falls Sie schon gezahlt haben.",
                 "Teilen Sie diese Warnung, besonders mit älteren Menschen."],
    "ask_subj": ["Ist das Betrug?", "Komische Mail bekommen, was meint ihr?", "Hat das noch jemand bekommen?", "Brauche kurz eure Meinung"],
    "ask": ["Hallo zusammen, das kam heute früh bei mir an. Ist das echt oder Betrug?",
            "Hi, meine Mutter hat diese Nachricht bekommen und ist total aufgelöst. Ich sage ihr, sie soll nichts zahlen, richtig?",
            "Guten Abend, kennt das jemand? Sieht offiziell aus, aber ich traue dem nicht.",
            "Hallo, ich kopiere die Nachricht unten rein, muss ich mir Sorgen machen?"],
    "hello": ["Hallo,", "Liebe Kundin, lieber Kunde,", "Hallo {name},", "Guten Tag,"],
    "bye": ["Viele Grüße", "Freundliche Grüße", "Ihr Team", "Bis bald"],
}

HAM_EN = {
    "security": [
        ("Data breach: what to do if your password was exposed",
         "An online retailer has confirmed a breach of customer emails and passwords. If you reused that password anywhere, change it and "
         "turn on two-step verification.\n\nOur staff don't ask for passwords by email, ever."),
        ("[IT Service Desk] Ticket {ref}: laptop camera",
         "Hi,\n\nWe've updated your laptop's camera driver and fitted a webcam cover. If the camera light comes on unexpectedly, let us "
         "know: it's usually a video-call app running in the background.\n\nPlease restart tonight so the security patches install.\n\nIT "
         "Service Desk"),
    ],
    "lottery": [
        ("Draw results for {date}",
         "Winning numbers for {date}: 5 - 12 - 23 - 31 - 44 - 52, bonus ball 9. Nobody matched all six, so the jackpot rolls "
         "over.\n\nPrizes are paid at retailers or through your player account, never in exchange for a fee."),
        ("Official rules: summer photo contest",
         "Entry is free and no purchase is necessary. Three winners will be drawn on {date} from eligible entrants aged 18 and over. "
         "Winners are contacted by phone and are never asked to pay shipping or processing costs."),
    ],
    "bank-loan": [
        ("Your personal loan quote",
         "Hello,\n\nHere's your quote: {amount} over 48 months, representative APR 6.9%. Checking your rate won't affect your credit "
         "score.\n\nContinue your application in online banking: {link}"),
        ("Payment reminder",
         "Dear Customer,\n\nYour loan payment of {fee} will be taken on {date} from the account ending {last4}. Nothing for you to do "
         "here.\n\nIf you're struggling, talk to us. We never charge upfront fees to release a loan."),
    ],
    "charity": [
        ("Your donation receipt",
         "Thank you for your gift of {fee}. Your receipt for tax purposes is attached. Thanks to supporters like you, 90 families "
         "received food parcels this month."),
        ("Leaving a gift in your will: free webinar",
         "Thinking of remembering us in your will? Join our free webinar on {date} with a solicitor, who will explain how legacies work "
         "and how gifts to charity are treated for inheritance tax.\n\nRegister: {link}"),
    ],
    "exchange": [
        ("Withdrawal confirmed",
         "Your withdrawal of 0.01 BTC to the address ending ...{last4} has been processed. If this wasn't you, lock your account in the "
         "app right away.\n\nSupport will never ask for your recovery phrase or a payment to unlock funds."),
        ("Weekly market recap",
         "Bitcoin ended the week up 3%, while ether slipped slightly. Remember that crypto prices are volatile and gains may be taxable."),
    ],
    "shop": [
        ("20% off blood pressure monitors and oximeters",
         "This week at your online pharmacy: 20% off blood pressure monitors and pulse oximeters, surgical masks at $5.99 for 50. Pay by "
         "card or PayPal, or collect in store.\n\nOur pharmacists are available by chat Monday to Saturday."),
        ("Your order {ref} has shipped",
         "Hi,\n\nYour order (rapid tests, hand sanitizer, thermometer) is on its way. Tracking: {link}\n\nUnopened items can be returned "
         "within 30 days."),
    ],
    "courier": [
        ("Your parcel arrives tomorrow",
         "Hi,\n\nParcel {code} will be delivered tomorrow between 9am and 1pm. You can change delivery for free in the app.\n\nWe never "
         "ask for payment by text message to deliver a parcel."),
        ("Import charges due on your parcel",
         "Hello,\n\nYour parcel {code} from the EU is subject to import VAT ({fee}). Pay it in your account on our official website or on "
         "delivery. The breakdown is on the customs declaration."),
    ],
    "job": [
        ("Job opening: Payroll Administrator",
         "We're hiring a full-time Payroll Administrator in Leeds. Salary £28-32k, hybrid working. First interview by video.\n\nYou'll "
         "never be asked to pay anything during our hiring process. Apply at {link}"),
        ("Interview invitation",
         "Hi,\n\nThanks for applying. We'd like to invite you to an interview on {date} at 10am with our customer service lead. Please "
         "reply to confirm.\n\nBest regards,\nPeople Team"),
    ],
    "dating": [
        ("You have a new message",
         "{name} sent you a message. Log in to read it.\n\nSafety tip: never send money to someone you've only met online, however "
         "convincing their story."),
        ("Someone liked your profile",
         "Your profile is getting attention! Add recent photos for more views.\n\nWe'll never ask for your bank details in chat."),
    ],
    "notary": [
        ("Estate of the late {name}: probate appointment",
         "Dear Sir or Madam,\n\nWe act for the executors of the estate. Please attend our office on {date} at 2pm to sign the papers for "
         "the grant of probate. Bring photo ID.\n\nOur fees are paid from the estate."),
        ("Missing beneficiaries search",
         "Dear Sir or Madam,\n\nOn behalf of an estate administrator, we're tracing the relatives of a person who died in your area. You "
         "won't be asked to pay anything upfront; our fee comes out of any inheritance, under an agreement you can review with a "
         "solicitor."),
    ],
}
SHARED_EN = {
    "warn_subj": ["Beware of fake police emails", "Scam alert: don't reply to this message", "New wave of extortion emails",
                  "Fraud warning: fake personal loans"],
    "warn": ["Police are warning about fraudulent emails going around. Here is one a resident received:",
             "We will never contact you like this. Several customers have forwarded us this message:",
             "Thousands of people have received this over the past few days. It's a scam: don't pay anything.",
             "We're sharing this alert from the national fraud reporting centre. Example email:"],
    "warn_end": ["Don't pay, don't reply, report it.", "If in doubt, call your branch on the number you know.",
                 "Keep the email and report it to the police if you've already paid.",
                 "Please share this warning, especially with older relatives."],
    "ask_subj": ["Is this a scam?", "Got this weird email, thoughts?", "Anyone else get this?", "Need a second opinion please"],
    "ask": ["Hi all, got this this morning and not sure what to make of it. Real or scam?",
            "Hey, my mum got this message and she's really worried. I told her not to pay anything, right?",
            "Evening all, anyone seen this? Looks official but I don't trust it.",
            "Hi, pasting the message below, should I be worried?"],
    "hello": ["Hi,", "Dear Customer,", "Hi {name},", "Hello,"],
    "bye": ["Kind regards,", "Best wishes,", "The Team", "Thanks,"],
}

HAM_RU = {
    "security": [
        ("Утечка данных: что делать, если ваш пароль утёк",
         "Интернет-магазин подтвердил утечку адресов почты и паролей покупателей. Если вы использовали этот пароль где-то ещё, смените "
         "его и включите двухфакторную аутентификацию.\n\nМы никогда не просим пароль по почте."),
        ("[Служба ИТ] Заявка {ref}: камера ноутбука",
         "Здравствуйте!\n\nМы обновили драйвер камеры вашего ноутбука и поставили шторку на веб-камеру. Если индикатор камеры загорается "
         "без причины, сообщите нам: обычно это приложение для видеозвонков в фоне.\n\nПерезагрузите компьютер сегодня, чтобы "
         "установились обновления безопасности."),
    ],
    "lottery": [
        ("Результаты тиража от {date}",
         "Выигрышные числа тиража {date}: 2, 9, 17, 26, 33, 40. Суперприз не разыгран и переходит в следующий тираж.\n\nВыигрыши "
         "выплачиваются в пунктах продаж или в личном кабинете. Организатор никогда не берёт плату за выплату выигрыша."),
        ("Правила розыгрыша для подписчиков",
         "Участие бесплатное. {date} мы случайным образом выберем трёх победителей среди подписчиков старше 18 лет. Победителям напишем в "
         "личные сообщения; мы не просим оплатить доставку или «налог» за приз."),
    ],
    "bank-loan": [
        ("Предварительное решение по кредиту",
         "Здравствуйте!\n\nВам предварительно одобрен кредит наличными до {amount}, ставка от 19,9% годовых. Окончательное решение банк "
         "примет после проверки документов.\n\nОформить заявку можно в мобильном приложении: {link}"),
        ("Напоминание о платеже",
         "Уважаемый клиент!\n\n{date} с карты *{last4} будет списан ежемесячный платёж по кредиту {fee}.\n\nЕсли возникли трудности, "
         "обратитесь в банк. Мы никогда не просим оплатить страховку или комиссию на чужую карту для выдачи кредита."),
    ],
    "charity": [
        ("Спасибо за ваше пожертвование",
         "Благодарим вас за пожертвование {fee}. Благодаря вам 60 подопечных фонда получили лекарства в этом месяце. Отчёт о расходах "
         "опубликован на сайте."),
        ("Завещание в пользу фонда: ответы юриста",
         "{date} наш юрист ответит на вопросы о том, как оставить часть наследства благотворительному фонду и как это оформить у "
         "нотариуса. Участие бесплатное, регистрация: {link}"),
    ],
    "exchange": [
        ("Вывод средств выполнен",
         "150 USDT отправлены на адрес ...{last4}. Не узнаёте операцию? Сразу заморозьте аккаунт в приложении.\n\nПоддержка никогда не "
         "спрашивает сид-фразу и не берёт плату за разблокировку вывода."),
        ("Обзор рынка за неделю",
         "Биткоин завершил неделю ростом на 4%, эфир почти не изменился. Напоминаем: криптовалюты сильно колеблются в цене, вкладывайте "
         "только то, что готовы потерять."),
    ],
    "shop": [
        ("Скидки на медтехнику в нашей аптеке",
         "На этой неделе скидка 20% на тонометры и пульсоксиметры, маски медицинские 50 шт. за 299 ₽. Оплата картой при получении или "
         "онлайн, самовывоз из аптеки."),
        ("Заказ {ref} передан в доставку",
         "Здравствуйте!\n\nВаш заказ (экспресс-тесты, антисептик, термометр) передан в службу доставки. Отследить: {link}\n\nНевскрытые "
         "товары можно вернуть в течение 14 дней."),
    ],
    "courier": [
        ("Ваша посылка прибудет завтра",
         "Здравствуйте!\n\nПосылка {code} будет доставлена завтра с 10 до 14 часов. Изменить время можно бесплатно в приложении.\n\nМы не "
         "берём оплату за доставку по ссылкам из СМС."),
        ("Таможенная пошлина за международное отправление",
         "Здравствуйте!\n\nЗа отправление {code} начислена таможенная пошлина {fee}, так как стоимость превысила беспошлинный лимит. "
         "Оплатить можно на Госуслугах или в отделении при получении."),
    ],
    "job": [
        ("Вакансия: бухгалтер по расчёту зарплаты",
         "Ищем бухгалтера по расчёту зарплаты в Казани, полная занятость. Зарплата 70-90 тыс. руб., гибрид. Первое собеседование по "
         "видео.\n\nМы не берём денег с кандидатов ни на одном этапе. Отклик: {link}"),
        ("Приглашение на собеседование",
         "Здравствуйте!\n\nСпасибо за отклик. Приглашаем вас на собеседование {date} в 11:00 с руководителем отдела. Подтвердите, "
         "пожалуйста, ответным письмом.\n\nС уважением,\nотдел кадров"),
    ],
    "dating": [
        ("Вам новое сообщение",
         "{name} написал(а) вам сообщение. Войдите, чтобы прочитать.\n\nСовет: никогда не переводите деньги людям, с которыми знакомы "
         "только по переписке."),
        ("Вы кому-то понравились",
         "Ваша анкета нравится! Добавьте свежие фото, чтобы получить больше просмотров.\n\nМы никогда не просим данные карты в чате."),
    ],
    "notary": [
        ("Наследственное дело {name}: приглашение к нотариусу",
         "Уважаемый наследник!\n\nПриглашаем вас {date} в 12:00 в нотариальную контору для подачи заявления о принятии наследства. При "
         "себе иметь паспорт и свидетельство о рождении.\n\nГосударственная пошлина оплачивается у нотариуса."),
        ("Розыск наследников",
         "Уважаемый(ая) господин/госпожа,\n\nпо поручению нотариуса мы разыскиваем наследников умершего жителя вашего региона. Оплачивать "
         "что-либо заранее не нужно: вознаграждение удерживается из доли наследства по договору, который вы можете показать юристу."),
    ],
}
SHARED_RU = {
    "warn_subj": ["Осторожно: фальшивые письма от «полиции»", "Мошенники: не отвечайте на это сообщение",
                  "Новая волна писем с угрозами", "Внимание: фальшивые займы от частных лиц"],
    "warn": ["Полиция предупреждает о мошеннических письмах. Вот пример, который получила жительница района:",
             "Банк никогда не связывается с клиентами таким образом. Несколько клиентов переслали нам это сообщение:",
             "За последние дни это письмо получили тысячи человек. Это мошенничество, ничего не платите.",
             "Публикуем предупреждение Центробанка. Пример письма:"],
    "warn_end": ["Не платите, не отвечайте, сообщите в полицию.", "Если сомневаетесь, позвоните в банк по номеру на карте.",
                 "Сохраните письмо и подайте заявление, если уже заплатили.",
                 "Предупредите пожилых родственников и соседей."],
    "ask_subj": ["Это развод?", "Пришло странное письмо, что думаете?", "Кому-то ещё такое приходило?", "Подскажите, пожалуйста"],
    "ask": ["Всем привет, сегодня утром пришло вот это. Правда или развод?",
            "Здравствуйте, маме пришло такое сообщение, она в панике. Я говорю ничего не платить, правильно?",
            "Добрый вечер, кто-нибудь знает, что это? Выглядит официально, но я не верю.",
            "Привет, вставляю сообщение ниже, стоит волноваться?"],
    "hello": ["Здравствуйте!", "Уважаемый клиент!", "Здравствуйте, {name}!", "Добрый день!"],
    "bye": ["С уважением,", "Всего доброго,", "Ваша команда", "До встречи!"],
}

HAM_TR = {
    "security": [
        ("Veri sızıntısı: şifreniz ele geçtiyse ne yapmalı",
         "Bir e-ticaret sitesi müşterilerinin e-posta adresleri ve şifrelerinin sızdığını doğruladı. Aynı şifreyi başka yerde "
         "kullanıyorsanız değiştirin ve iki adımlı doğrulamayı açın.\n\nEkibimiz e-postayla şifre sormaz."),
        ("[BT Destek] Talep {ref}: dizüstü kamerası",
         "Merhaba,\n\nDizüstü bilgisayarınızın kamera sürücüsünü güncelledik ve kamera kapağı taktık. Kamera ışığı sebepsiz yanarsa bize "
         "bildirin: genelde arka planda açık kalan görüntülü görüşme uygulamasıdır.\n\nGüvenlik güncellemeleri için bugün bilgisayarı "
         "yeniden başlatın."),
    ],
    "lottery": [
        ("{date} çekiliş sonuçları",
         "{date} çekilişinde kazanan numaralar: 6 - 14 - 25 - 37 - 41 - 49. Büyük ikramiye devretti.\n\nİkramiyeler bayilerden veya resmi "
         "uygulamadan ödenir; ödeme için hiçbir zaman ücret istenmez."),
        ("Çekiliş katılım koşulları",
         "Katılım ücretsizdir. {date} tarihinde 18 yaşından büyük takipçiler arasından üç kazanan belirlenecek. Kazananlardan kargo veya "
         "vergi ücreti istenmez."),
    ],
    "bank-loan": [
        ("İhtiyaç kredisi ön onayınız",
         "Merhaba,\n\n{amount} tutarına kadar ihtiyaç kredisi için ön onayınız var, aylık faiz %3,49'dan başlayan oranlarla. Nihai karar "
         "belgeler incelendikten sonra verilir.\n\nBaşvurunuzu mobil uygulamadan tamamlayabilirsiniz: {link}"),
        ("Kredi taksit hatırlatması",
         "Sayın müşterimiz,\n\n{date} tarihinde {last4} ile biten hesabınızdan {fee} tutarındaki kredi taksidiniz tahsil "
         "edilecektir.\n\nBankamız kredi kullandırmak için sizden hiçbir zaman önceden masraf istemez."),
    ],
    "charity": [
        ("Bağışınız için teşekkürler",
         "{fee} tutarındaki bağışınız için teşekkür ederiz. Makbuzunuz ektedir. Sizin sayenizde bu ay 70 aileye gıda kolisi ulaştırdık."),
        ("Vasiyet ve bağış hakkında bilgilendirme",
         "Vakfımıza vasiyet yoluyla bağış yapmayı düşünüyorsanız, {date} tarihinde bir noterle ücretsiz bilgilendirme toplantısı "
         "düzenliyoruz. Kayıt: {link}"),
    ],
    "exchange": [
        ("Çekim işleminiz tamamlandı",
         "...{last4} ile biten adrese 0,01 BTC çekim işleminiz tamamlandı. Bu işlemi siz yapmadıysanız hesabınızı uygulamadan hemen "
         "dondurun.\n\nDestek ekibimiz kurtarma kelimelerinizi veya kilit açmak için ödeme istemez."),
        ("Haftalık piyasa özeti",
         "Bitcoin haftayı %4 yükselişle kapattı, Ethereum yatay seyretti. Kripto varlıklar oynaktır, kaybetmeyi göze alabileceğinizden "
         "fazlasını yatırmayın."),
    ],
    "shop": [
        ("Tansiyon aleti ve oksimetrede %20 indirim",
         "Bu hafta eczane mağazamızda tansiyon aletleri ve nabız oksimetrelerinde %20 indirim, 50'li cerrahi maske 89 TL. Kredi kartı ile "
         "veya kapıda ödeme."),
        ("{ref} numaralı siparişiniz kargoda",
         "Merhaba,\n\nSiparişiniz (antijen testi, el dezenfektanı, ateş ölçer) kargoya verildi. Takip: {link}\n\nAçılmamış ürünleri 14 "
         "gün içinde iade edebilirsiniz."),
    ],
    "courier": [
        ("Kargonuz yarın teslim edilecek",
         "Merhaba,\n\n{code} numaralı kargonuz yarın 09:00-13:00 arasında teslim edilecek. Teslimatı uygulamadan ücretsiz "
         "değiştirebilirsiniz.\n\nSMS ile gelen linklerden asla ödeme istemeyiz."),
        ("Yurt dışı gönderiniz için gümrük vergisi",
         "Merhaba,\n\n{code} numaralı yurt dışı gönderiniz için {fee} gümrük vergisi hesaplandı. Ödemeyi resmi sitemizdeki hesabınızdan "
         "veya teslimatta yapabilirsiniz."),
    ],
    "job": [
        ("İş ilanı: Bordro uzmanı",
         "İstanbul ofisimiz için tam zamanlı bordro uzmanı arıyoruz. Hibrit çalışma, ilk görüşme görüntülü.\n\nİşe alım sürecinde "
         "adaylardan hiçbir ücret talep edilmez. Başvuru: {link}"),
        ("Mülakat daveti",
         "Merhaba,\n\nBaşvurunuz için teşekkürler. {date} saat 10:00'da müşteri hizmetleri yöneticimizle görüşmeye davet ediyoruz. Lütfen "
         "bu e-postayı yanıtlayarak onaylayın.\n\nİnsan Kaynakları"),
    ],
    "dating": [
        ("Yeni bir mesajınız var",
         "{name} size mesaj gönderdi. Okumak için giriş yapın.\n\nGüvenlik ipucu: yalnızca internetten tanıdığınız kişilere asla para "
         "göndermeyin."),
        ("Birisi profilinizi beğendi",
         "Profiliniz ilgi görüyor! Daha fazla ziyaret için güncel fotoğraflar ekleyin.\n\nSohbette asla banka bilgilerinizi istemeyiz."),
    ],
    "notary": [
        ("{name} mirası: veraset ilamı randevusu",
         "Sayın ilgili,\n\nMirasçılık belgesi başvurusu için {date} saat 11:00'de noterliğimize gelmenizi rica ederiz. Kimlik belgenizi "
         "getirmeyi unutmayınız.\n\nHarç ve masraflar noterlikte ödenir."),
        ("Mirasçı araştırması",
         "Sayın ilgili,\n\nBölgenizde vefat eden bir kişinin mirasçılarını araştırıyoruz. Önceden herhangi bir ödeme yapmanız gerekmez; "
         "ücretimiz avukatınıza gösterebileceğiniz bir sözleşmeye göre miras payından karşılanır."),
    ],
}
SHARED_TR = {
    "warn_subj": ["Sahte polis e-postalarına dikkat", "Dolandırıcılık: bu mesaja cevap vermeyin", "Yeni şantaj e-postası dalgası",
                  "Uyarı: sahte bireysel kredi teklifleri"],
    "warn": ["Emniyet, dolaşımdaki sahte e-postalara karşı uyarıyor. İşte bir vatandaşın aldığı örnek:",
             "Bankamız sizinle asla bu şekilde iletişime geçmez. Birkaç müşterimiz bu mesajı bize iletti:",
             "Son günlerde binlerce kişi bu mesajı aldı. Dolandırıcılıktır, hiçbir ödeme yapmayın.",
             "Siber güvenlik merkezinin uyarısını paylaşıyoruz. Örnek e-posta:"],
    "warn_end": ["Ödeme yapmayın, cevap vermeyin, şikâyet edin.", "Şüphe durumunda şubenizi bildiğiniz numaradan arayın.",
                 "E-postayı saklayın, ödeme yaptıysanız savcılığa başvurun.", "Bu uyarıyı özellikle yaşlı yakınlarınızla paylaşın."],
    "ask_subj": ["Bu dolandırıcılık mı?", "Garip bir mail geldi, ne dersiniz?", "Başka gelen oldu mu?", "Fikrinizi alabilir miyim"],
    "ask": ["Herkese merhaba, bu sabah bu geldi, gerçek mi dolandırıcılık mı?",
            "Selam, anneme bu mesaj gelmiş, çok korktu. Hiçbir şey ödeme dedim, doğru mu?",
            "İyi akşamlar, bunu bilen var mı? Resmi görünüyor ama güvenmiyorum.",
            "Merhaba, mesajı aşağıya yapıştırıyorum, endişelenmeli miyim?"],
    "hello": ["Merhaba,", "Sayın müşterimiz,", "Merhaba {name},", "İyi günler,"],
    "bye": ["Saygılarımızla,", "İyi günler dileriz,", "Ekibimiz", "Görüşmek üzere,"],
}

HAM_WEST = {"de": HAM_DE, "en": HAM_EN, "ru": HAM_RU, "tr": HAM_TR}
SHARED_WEST = {"de": SHARED_DE, "en": SHARED_EN, "ru": SHARED_RU, "tr": SHARED_TR}
