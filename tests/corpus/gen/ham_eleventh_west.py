"""Round 12's eleventh batch: English, German and Turkish look-alikes (see ham_eleventh.py). Each is (subject, body);
written blind by helper c11-corpus. Every list splits by index (even dev, odd held-out)."""

HAM = {
    "en": {
        "job": [
            ("Interview invitation: Accounts Payable Clerk",
             "Dear {name},\n\nThank you for applying for the Accounts Payable Clerk role. We would like to invite you to a "
             "video interview on {date} at 10:30. The role involves processing supplier invoices and payment runs in our "
             "finance system. Salary {amount} per year.\n\nPlease reply to confirm, or call {phone} to rearrange.\n\n"
             "Talent Acquisition Team"),
            ("New jobs matching 'warehouse, part-time'",
             "Hi {name},\n\nWe found 9 new jobs for you:\n\nWarehouse Operative (nights), {amount} a year\nParcel Sorter, "
             "part-time, weekends\nDelivery Driver, own van not needed\n\nSee all jobs: {link}\n\nStay safe: genuine "
             "employers will never ask you to pay for training, uniforms or checks, or to receive money or parcels "
             "into your own account or home for them."),
            ("Your offer letter - Payments Operations Analyst",
             "Dear {name},\n\nWe are delighted to offer you the position of Payments Operations Analyst. You will "
             "reconcile incoming payments, investigate failed transfers and support the treasury team. Your contract "
             "and a right-to-work check link will follow from HR. Start date: {date}.\n\nKind regards,\nPeople Team"),
            ("Application received: Customer Support Agent (remote)",
             "Hello {name}, thanks for applying. We review every application within 10 working days. If shortlisted you "
             "will be invited to an interview through our careers portal ({link}). We never conduct interviews over "
             "Telegram or WhatsApp and never ask candidates for payment."),
        ],
        "courier": [
            ("On its way today: your parcel",
             "Good news, {name}! Your parcel {code} is out for delivery today between 11:05 and 12:05. Track it live or "
             "change your delivery preferences in our app: {link}\n\nWe'll never ask you to pay a redelivery fee by text "
             "message."),
            ("Customs charges for your parcel {code}",
             "Your parcel from outside the UK has import VAT and a handling fee of {fee} to pay before we can deliver "
             "it. You can pay online at {site} using your tracking number, or at any post office. We will hold it for "
             "21 days."),
            ("We missed you - we'll try again tomorrow",
             "Sorry we missed you today. Our driver will try again tomorrow. You don't need to do anything, or you can "
             "choose a safe place or a neighbour at {link}. There is no charge for redelivery."),
            ("Delivery confirmation - order {order}",
             "Your order {order} was delivered at 14:12 and left with your neighbour at number 12. If you haven't "
             "received it, contact our support team on {phone}."),
        ],
        "it-invoice": [
            ("Invoice {order} - annual endpoint protection renewal",
             "Hello,\n\nAttached is invoice {order} for the annual renewal of endpoint protection (50 seats), "
             "total {amount} excl. VAT, payment terms 30 days. Bank details are on the invoice and have not changed; "
             "if you ever receive a message saying they have, please call us on {phone} before paying.\n\nAccounts "
             "Receivable"),
            ("[IT Service Desk] Ticket {order} resolved",
             "Hi {name},\n\nYour ticket {order} 'Outlook keeps asking for password' has been resolved. Reminder: the "
             "service desk will never ask for your password or ask you to install remote-access software unless you "
             "opened a ticket first. Reply to reopen the ticket.\n\nIT Service Desk"),
            ("Your Microsoft 365 subscription receipt",
             "Thanks for your payment. Microsoft 365 Family, 1 year, {fee}, charged to card ending {last4}. Manage or "
             "cancel your subscription in your account at {link}."),
            ("Scheduled maintenance this Saturday",
             "All staff: the file servers will be offline on Saturday from 08:00 to 12:00 for updates. No action is "
             "needed. Phishing emails often use maintenance as an excuse to ask for your login - we never do.\n\nIT"),
        ],
        "pharmacy": [
            ("20% off thermometers, tests and masks this week",
             "Hi {name}, this week only: 20% off digital thermometers, lateral flow tests and face masks online and in "
             "store. Click and collect, pay when you pick up. Offer ends {date}. Shop now: {link}"),
            ("Your prescription is ready to collect",
             "Your prescription is ready at our High Street pharmacy. Please bring photo ID. Exempt? Show your "
             "exemption card. Questions: {phone}."),
            ("Trade price list - PPE and medical consumables",
             "Dear customer,\n\nAttached is our updated trade price list for gloves, masks, aprons and hand sanitiser. "
             "Account customers pay on 30-day terms by invoice; new customers can apply for a credit account at {link}. "
             "Minimum order {fee}.\n\nSales Office"),
            ("Pulse oximeters back in stock",
             "Fingertip pulse oximeters (CE marked) are back in stock at {fee}. Free delivery on orders over {fee}. "
             "Pay by card at checkout - we never ask for bank transfers."),
        ],
        "bank-loan": [
            ("You're pre-approved for a personal loan",
             "Hi {name}, based on your account history you're pre-approved for a personal loan of up to {amount} at "
             "6.9% APR representative. Apply in the app, the money can be in your account the same day. We'll never "
             "ask you to pay a fee upfront to release a loan."),
            ("Your loan payment is due on {date}",
             "This is a reminder that your monthly loan payment of {fee} is due on {date} and will be collected by "
             "direct debit from your account ending {last4}. If you're struggling, talk to us early: {phone}."),
            ("Your credit union loan statement",
             "Dear member, your annual loan statement is now available in online banking. Balance outstanding: "
             "{amount}. Thank you for saving and borrowing with your credit union."),
            ("Important: changes to your overdraft",
             "From {date}, your arranged overdraft interest rate will change. Read the details at {link}. You don't "
             "need to do anything."),
        ],
        "dating": [
            ("You have a new match!",
             "{name}, you have a new match. Say hi: {link}\n\nTip: if someone you haven't met asks you for money, "
             "gift cards or to try a crypto 'investment', report them to us. Romance scams often start this way."),
            ("3 people viewed your profile",
             "Your profile is getting noticed! 3 people viewed it this week. Upgrade to see who, or keep browsing for "
             "free."),
            ("Your subscription has renewed",
             "Your Premium subscription renewed for 1 month. We charged {fee} to your card ending {last4}. Manage "
             "auto-renewal in Settings."),
            ("Singles social night - {date}",
             "Join us for our monthly singles social at The Crown, 7pm on {date}. Tickets {fee} on the door. RSVP: {link}"),
        ],
        "exchange": [
            ("Weekly market update",
             "Hi {name},\n\nBTC up 3% on the week, ETH flat, stablecoin volumes rising. This week: new listings, an "
             "API change and our security tips.\n\nWe will never DM you first, run giveaways that ask you to send "
             "crypto, or ask for your 2FA codes.\n\nRead more: {link}"),
            ("Withdrawal request - confirm",
             "You requested a withdrawal of 0.05 BTC to an external wallet. If this was you, confirm in the app. If "
             "not, lock your account immediately at {link}."),
            ("New device login",
             "A new login to your account from Chrome on Windows (Istanbul, TR). If this wasn't you, reset your "
             "password and contact support through the app."),
            ("Staking rewards credited",
             "Your monthly staking rewards of 12.4 USDT have been credited to your Earn wallet. Rates are variable "
             "and not guaranteed. Details: {link}"),
        ],
        "migrants": [
            ("Cheapest way to send money to Bishkek?",
             "Hi all, what do people use to send money home to Kyrgyzstan from the UK these days? I used Western "
             "Union but the fees went up. Someone mentioned a bank app with a better rate. Thanks!\n\n{name}"),
            ("Seasonal worker visa - beware of fake agents",
             "Reminder for everyone asking about farm work in the UK: the seasonal worker visa is only through the "
             "licensed scheme operators, and you should never pay a recruiter a fee for a job. If someone on "
             "Telegram asks for a deposit, it's a scam.\n\n{name}"),
            ("Sending a parcel home - customs?",
             "Has anyone sent a parcel to Tashkent recently? I want to send clothes and a laptop to my brother. Do "
             "they charge customs duty on arrival? How much did you pay?\n\n{name}"),
            ("Community meeting: help with job applications",
             "We're holding a drop-in on {date} at the community centre to help with CVs, job applications and "
             "right-to-work checks. Free, no appointment needed.\n\n{name}"),
        ],
        "notice": [
            ("Tuition fee payment deadline",
             "Dear student,\n\nYour second instalment of tuition fees is due by {date}. Pay through the student portal "
             "only. The university will never ask you to pay fees to a personal account or via an agent.\n\nFinance "
             "Office"),
            ("HMRC: your tax refund - how to claim safely",
             "You may be due a tax refund. Check in your personal tax account online. We will never send notifications "
             "of a tax refund by email or text message or ask for bank details this way."),
            ("Hardship fund: decisions",
             "Hello {name}, decisions on hardship fund applications have been sent to student emails. Payments reach "
             "accounts by {date}. If anyone contacts you asking for a fee to release the grant, it's a scam."),
            ("Your appointment is confirmed",
             "Your appointment at the council offices is confirmed for {date} at 09:40. Please bring proof of address "
             "and ID."),
        ],
    },
    "de": {
        "job": [
            ("Ihr Vorstellungsgespräch als Buchhalter (m/w/d)",
             "Guten Tag {name},\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie am {date} um 10 Uhr zu einem "
             "Vorstellungsgespräch in unsere Geschäftsstelle ein. Die Stelle umfasst Kreditorenbuchhaltung und "
             "Zahlungsverkehr. Gehalt ab {amount} jährlich.\n\nBitte bestätigen Sie den Termin kurz per Mail.\n\n"
             "Ihre Personalabteilung"),
            ("Neue Jobs für Ihre Suche: Lager, Teilzeit",
             "Hallo {name},\n\nfür Ihre Suche gibt es 7 neue Stellen, z. B. Lagerhelfer (Teilzeit), Paketsortierer "
             "(Minijob) und Kommissionierer. Alle Jobs: {link}\n\nHinweis: Seriöse Arbeitgeber verlangen nie Geld für "
             "Schulungen und bitten nie darum, Zahlungen oder Pakete über Ihr privates Konto oder Ihre Adresse "
             "weiterzuleiten."),
            ("Ihr Arbeitsvertrag - Sachbearbeitung Zahlungsverkehr",
             "Sehr geehrte/r {name},\n\nwir freuen uns, Ihnen die Stelle in der Sachbearbeitung Zahlungsverkehr "
             "anbieten zu können. Den Arbeitsvertrag erhalten Sie per Post. Arbeitsbeginn: {date}.\n\nMit "
             "freundlichen Grüßen\nPersonalabteilung"),
            ("Eingangsbestätigung Ihrer Bewerbung",
             "Vielen Dank für Ihre Bewerbung als Kundenservice-Mitarbeiter (Homeoffice). Wir melden uns innerhalb von "
             "zwei Wochen über unser Bewerberportal. Gespräche führen wir nie über WhatsApp."),
        ],
        "courier": [
            ("Heute bei Ihnen: Sendung {code}",
             "Hallo {name}, Ihre Sendung {code} wird heute zwischen 13:00 und 15:00 Uhr zugestellt. Wunschnachbar oder "
             "Ablageort festlegen: {link}"),
            ("Ihre Sendung {code}: Einfuhrabgaben fällig",
             "Für Ihre Sendung aus einem Nicht-EU-Land fallen Einfuhrumsatzsteuer und eine Auslagepauschale von {fee} "
             "an. Sie zahlen bequem bei Zustellung oder vorab in der offiziellen App. Wir verschicken keine "
             "Zahlungslinks per SMS."),
            ("Zustellversuch - Benachrichtigung",
             "Wir haben Sie heute leider nicht angetroffen. Ihre Sendung liegt ab morgen in der Filiale "
             "Bahnhofstraße 3 zur Abholung bereit. Bitte Ausweis mitbringen."),
            ("Bestellung {order} versendet",
             "Ihre Bestellung {order} ist unterwegs. Sendungsnummer: {code}. Voraussichtliche Zustellung: {date}."),
        ],
        "it-invoice": [
            ("Rechnung {order} - Verlängerung Virenschutz",
             "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung {order} für die Verlängerung Ihrer "
             "Virenschutz-Lizenzen (30 Arbeitsplätze, 12 Monate) über {amount} netto. Zahlungsziel 14 Tage. Unsere "
             "Bankverbindung hat sich nicht geändert.\n\nIhr Vertriebsinnendienst"),
            ("[Ticket {order}] Drucker im 2. OG",
             "Hallo {name}, Ihr Ticket {order} wurde gelöst. Zur Erinnerung: Die IT fragt niemals nach Passwörtern und "
             "ruft nicht unaufgefordert an, um Fernwartungssoftware zu installieren.\n\nIhr IT-Service"),
            ("Wartungsvertrag: Rechnung Quartal 4",
             "Guten Tag, anbei die Rechnung für den Wartungsvertrag Ihrer IT-Systeme im 4. Quartal über {amount}. "
             "Fragen gern unter {phone}."),
            ("Ihre Zahlung ist eingegangen",
             "Vielen Dank, wir haben Ihre Zahlung für Bestellung {order} über {fee} erhalten. Ihre Lizenz ist im "
             "Kundenkonto abrufbar: {link}"),
        ],
        "pharmacy": [
            ("Diese Woche: 20 % auf Schnelltests und Masken",
             "Liebe Kundin, lieber Kunde,\n\ndiese Woche erhalten Sie 20 % Rabatt auf Schnelltests, FFP2-Masken und "
             "Fieberthermometer. Bestellen Sie online unter {site} und zahlen Sie bei Abholung. Zu Risiken und "
             "Nebenwirkungen fragen Sie Ihre Ärztin oder Ihren Apotheker."),
            ("Ihre Bestellung {order} liegt zur Abholung bereit",
             "Ihre Bestellung {order} liegt in unserer Apotheke am Markt bereit. Zu zahlen: {fee}."),
            ("Preisliste Praxisbedarf",
             "Sehr geehrte Praxis,\n\nanbei unsere aktuelle Preisliste für Handschuhe, Masken, Desinfektion und "
             "Verbandmaterial. Lieferung auf Rechnung, Zahlungsziel 30 Tage. Mindestbestellwert {fee}.\n\nIhr "
             "Medizinbedarf-Team"),
            ("Pulsoximeter wieder lieferbar",
             "Pulsoximeter mit CE-Kennzeichnung sind wieder lieferbar, {fee}. Zahlung per Rechnung, PayPal oder Karte."),
        ],
        "bank-loan": [
            ("Ihr Ratenkredit: Angebot für Sie",
             "Guten Tag {name}, für Sie haben wir einen Ratenkredit bis {amount} zu 5,9 % effektivem Jahreszins "
             "vorbereitet. Abschluss online mit Video-Ident. Wir verlangen niemals Vorab-Gebühren für die Auszahlung."),
            ("Erinnerung: Rate fällig am {date}",
             "Ihre Monatsrate über {fee} wird am {date} per Lastschrift von Ihrem Konto ***{last4} eingezogen. Bei "
             "Zahlungsschwierigkeiten sprechen Sie uns bitte frühzeitig an: {phone}."),
            ("Ihre Jahreskontoauszüge sind da",
             "Ihr Jahreskontoauszug für den Kredit {order} liegt im Online-Banking-Postfach bereit."),
            ("Änderung der Dispozinsen",
             "Ab dem {date} ändert sich der Sollzinssatz Ihrer eingeräumten Kontoüberziehung. Details: {link}."),
        ],
        "dating": [
            ("Du hast ein neues Match!",
             "{name}, du hast ein neues Match. Schreib jetzt: {link}\n\nSicherheitstipp: Schicke niemandem Geld, den "
             "du nicht persönlich kennst, und lass dich nicht zu Krypto-Investments überreden."),
            ("Jemand hat dein Profil besucht",
             "Diese Woche haben 4 Mitglieder dein Profil angesehen. Mit Premium siehst du, wer."),
            ("Dein Abo wurde verlängert",
             "Dein Premium-Abo wurde um einen Monat verlängert. Belastet: {fee} auf Karte ***{last4}."),
            ("Single-Stammtisch am {date}",
             "Unser Single-Stammtisch trifft sich am {date} um 19 Uhr im Ratskeller. Eintritt frei, Anmeldung: {link}"),
        ],
        "exchange": [
            ("Ihr Wochenrückblick",
             "Hallo {name},\n\nBitcoin legte diese Woche um 2 % zu. In unserem Rückblick: neue Handelspaare, "
             "Gebührenänderungen und Sicherheitstipps. Wir veranstalten keine Verlosungen, bei denen Sie Krypto "
             "senden müssen.\n\nWeiterlesen: {link}"),
            ("Auszahlung bestätigen",
             "Sie haben eine Auszahlung von 0,02 BTC beantragt. Waren Sie das nicht, sperren Sie Ihr Konto sofort: {link}"),
            ("Neue Anmeldung",
             "Neue Anmeldung von einem unbekannten Gerät (Frankfurt). Waren Sie das nicht, ändern Sie Ihr Passwort."),
            ("Staking-Erträge gutgeschrieben",
             "Ihre monatlichen Staking-Erträge von 8,1 USDT wurden gutgeschrieben. Renditen schwanken und sind nicht "
             "garantiert."),
        ],
        "migrants": [
            ("Geld nach Kasachstan schicken - Erfahrungen?",
             "Hallo zusammen, womit schickt ihr Geld nach Almaty? Ich habe bisher Western Union genommen, aber die "
             "Gebühren sind hoch. Hat jemand Erfahrung mit Banküberweisung auf eine Kaspi-Karte?\n\n{name}"),
            ("Vorsicht bei Job-Angeboten in Telegram-Gruppen",
             "Liebe Leute, in mehreren Gruppen werden gerade Jobs in Deutschland mit \"Visum in 10 Tagen\" gegen "
             "Vorkasse angeboten. Das ist Betrug. Arbeitsvisa laufen über die Botschaft, nie über private Vermittler "
             "mit Vorkasse.\n\n{name}"),
            ("Paket nach Usbekistan - Zoll?",
             "Weiß jemand, ob man beim Paket nach Taschkent Zoll zahlen muss, wenn Kleidung und ein altes Handy "
             "drin sind?\n\n{name}"),
            ("Treffen: Hilfe bei Anträgen",
             "Am {date} helfen Ehrenamtliche im Gemeindezentrum bei Anträgen, Bewerbungen und Behördenpost. "
             "Kostenlos.\n\n{name}"),
        ],
        "notice": [
            ("Semesterbeitrag: Zahlungsfrist",
             "Liebe Studierende,\n\nder Semesterbeitrag ist bis zum {date} zu überweisen. Die Bankverbindung finden Sie "
             "ausschließlich im Studierendenportal. Die Universität fordert nie Zahlungen auf Privatkonten.\n\n"
             "Studierendensekretariat"),
            ("Neuer Bescheid in Ihrem Steuerpostfach",
             "Ihr Steuerbescheid steht in Ihrem Postfach bereit. Das Finanzamt verschickt keine Erstattungslinks per "
             "Mail oder SMS."),
            ("Terminbestätigung Bürgeramt",
             "Ihr Termin im Bürgeramt am {date} um 9:20 Uhr ist bestätigt. Bitte Personalausweis mitbringen."),
            ("Härtefallfonds: Auszahlung",
             "Die Zuschüsse aus dem Härtefallfonds werden bis zum {date} überwiesen. Wer eine Gebühr für die "
             "Auszahlung verlangt, ist nicht von uns."),
        ],
    },
    "tr": {
        "job": [
            ("Mülakat daveti: Muhasebe Uzmanı",
             "Sayın {name},\n\nMuhasebe Uzmanı pozisyonuna yaptığınız başvuru için teşekkür ederiz. Sizi {date} tarihinde "
             "saat 10:00'da ofisimizde mülakata davet ediyoruz. Görev: tedarikçi ödemeleri ve banka mutabakatı.\n\n"
             "İnsan Kaynakları"),
            ("Aramanıza uygun yeni ilanlar: depo, yarı zamanlı",
             "Merhaba {name}, aramanıza uygun 6 yeni ilan var: Depo Elemanı, Kargo Ayrıştırma, Kurye. Tüm ilanlar: "
             "{link}\n\nUyarı: Gerçek işverenler eğitim, kıyafet veya dosya masrafı adı altında para istemez."),
        ],
        "courier": [
            ("Gönderiniz dağıtıma çıktı",
             "Merhaba {name}, {code} numaralı gönderiniz bugün dağıtıma çıktı. Takip: {link}"),
            ("Gümrük vergisi bilgilendirmesi",
             "Yurt dışı gönderiniz {code} için gümrük vergisi {fee} olarak hesaplanmıştır. Ödemeyi resmi uygulamamız "
             "veya şubelerimizden yapabilirsiniz. SMS ile ödeme linki göndermiyoruz."),
        ],
        "it-invoice": [
            ("Fatura {order}: antivirüs lisans yenileme",
             "Sayın yetkili, 40 kullanıcılık antivirüs lisans yenileme faturanız ({order}) ektedir. Tutar {amount} + "
             "KDV, vade 30 gün.\n\nSatış Destek"),
            ("[Destek Talebi {order}] çözüldü",
             "Merhaba {name}, {order} numaralı talebiniz çözüldü. Bilgi işlem hiçbir zaman şifrenizi sormaz."),
        ],
        "pharmacy": [
            ("Bu hafta maske ve testlerde %20 indirim",
             "Merhaba {name}, bu hafta maske, ateş ölçer ve hızlı testlerde %20 indirim. Online sipariş verin, "
             "mağazadan alırken ödeyin: {link}"),
            ("Medikal sarf malzeme fiyat listesi",
             "Değerli iş ortağımız, eldiven, maske ve dezenfektan güncel fiyat listemiz ektedir. Kurumsal müşterilere "
             "30 gün vadeli fatura ile çalışıyoruz."),
        ],
        "bank-loan": [
            ("Size özel ihtiyaç kredisi teklifi",
             "Sayın {name}, {amount} tutarına kadar ihtiyaç kredisi teklifiniz hazır. Başvuru mobil uygulamadan. "
             "Bankamız kredi kullandırımı öncesinde hiçbir ad altında ücret talep etmez."),
            ("Kredi taksit hatırlatması",
             "{order} numaralı kredinizin {fee} tutarındaki taksidi {date} tarihinde hesabınızdan tahsil edilecektir."),
        ],
        "dating": [
            ("Yeni bir eşleşmen var!",
             "{name}, yeni bir eşleşmen var. Merhaba de: {link}\n\nGüvenlik ipucu: Tanımadığın kişilere para gönderme."),
            ("Aboneliğin yenilendi",
             "Premium aboneliğin 1 ay yenilendi. Kartından {fee} tahsil edildi."),
        ],
        "exchange": [
            ("Haftalık piyasa bülteni",
             "Merhaba {name}, bu hafta BTC %2 yükseldi. Bültende yeni listelemeler ve güvenlik ipuçları. Hiçbir "
             "çekilişte sizden kripto göndermenizi istemeyiz. Devamı: {link}"),
            ("Yeni cihaz girişi",
             "Hesabınıza yeni bir cihazdan giriş yapıldı (Ankara). Siz değilseniz şifrenizi hemen değiştirin."),
        ],
        "notice": [
            ("Harç ödeme son günü",
             "Sevgili öğrencimiz, bahar dönemi harç ödemeleri {date} tarihine kadar yalnızca anlaşmalı banka "
             "üzerinden yapılır. Kişisel hesaplara ödeme istenmez.\n\nÖğrenci İşleri"),
            ("Randevunuz onaylandı",
             "Nüfus müdürlüğü randevunuz {date} saat 10:20 olarak onaylanmıştır. Kimliğinizi yanınızda getiriniz."),
        ],
    },
}

SHARED = {
    "en": {"warn": ["Police are warning residents about messages like this one doing the rounds:",
                    "I got this today - it's a scam, there is no parcel. Sharing so nobody falls for it:",
                    "Trading Standards alert: criminals are sending emails and texts such as the following.",
                    "Our bank will never send you a message like the one below. Example of a scam we've seen this week:"],
           "warn_subj": ["Scam alert", "Warning: fake messages circulating", "Police warning about fraud",
                         "Don't fall for this one"],
           "warn_end": ["If you've paid, call your bank straight away and report it to Action Fraud.",
                        "Genuine companies won't ask you to pay by gift card or to a personal account. Tell older "
                        "relatives.",
                        "Report suspicious messages by forwarding them to 7726.",
                        "Never call a number given in an unexpected message - use the one on the official website."]},
    "de": {"warn": ["Die Polizei warnt vor Nachrichten wie dieser:",
                    "Das kam heute bei mir an - Betrug, es gibt kein Paket. Ich teile es, damit niemand reinfällt:",
                    "Die Verbraucherzentrale warnt: Derzeit kursieren E-Mails mit folgendem Inhalt.",
                    "Ihre Bank würde Ihnen nie so etwas schicken. Beispiel einer aktuellen Betrugsmail:"],
           "warn_subj": ["Betrugswarnung", "Vorsicht: gefälschte Nachrichten", "Polizei warnt vor Betrügern",
                         "Fallen Sie nicht darauf herein"],
           "warn_end": ["Wer bereits gezahlt hat, sollte sofort seine Bank informieren und Anzeige erstatten.",
                        "Seriöse Firmen verlangen keine Zahlung per Gutscheinkarte oder auf Privatkonten.",
                        "Leiten Sie verdächtige Mails an die Verbraucherzentrale weiter.",
                        "Rufen Sie nie eine Nummer aus einer unerwarteten Nachricht an."]},
    "tr": {"warn": ["Emniyet uyarıyor: vatandaşlara şu tür mesajlar gönderiliyor:",
                    "Bugün bana bu geldi, dolandırıcılık. Kimse kanmasın diye paylaşıyorum:",
                    "Bankamız adına gönderilen sahte mesaj örneği:",
                    "Dikkat! Son günlerde aşağıdaki gibi e-postalar dolaşıyor."],
           "warn_subj": ["Dolandırıcılara karşı uyarı", "Dikkat: sahte mesajlar", "Emniyetten uyarı",
                         "Bu mesaja inanmayın"],
           "warn_end": ["Para gönderdiyseniz hemen bankanızı arayın ve savcılığa başvurun.",
                        "Gerçek firmalar kişisel hesaba ön ödeme istemez.",
                        "Şüpheli mesajları bildirin, linklere tıklamayın.",
                        "Yaşlı yakınlarınızı da uyarın."]},
}
