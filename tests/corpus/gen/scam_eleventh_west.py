"""Round 12's eleventh batch: Turkish, English and German scam pools (see scam_eleventh.py), written blind by helper
c11-corpus: the recruiter who needs a "payment processing agent", the courier's redelivery fee, the fake antivirus
invoice and its refund line, the shop of masks and oximeters, the loan with a prepaid insurance fee, the long
romance letter and its trading platform, crypto giveaways; Turkish with kargo, gümrük, IBAN and "ön ödeme". Every
list splits by index (even dev, odd held-out)."""

SCAM = {
    "tr": {
        "job": {
            "subj": ["Evden çalışma fırsatı: ödeme işlem temsilcisi", "Almanya'ya işçi alımı - vize bizden"],
            "body": ["Merhaba, şirketimiz yurt dışı müşterilerinden gelen ödemeleri takip edecek temsilci arıyor. "
                     "Göreviniz hesabınıza gelen havaleleri aynı gün size bildirilen IBAN'a aktarmak. Her işlemden "
                     "%8 komisyon sizin. Deneyim gerekmez. Başvuru için WhatsApp: {phone}",
                     "Almanya ve Polonya'daki depolara işçi alınacaktır. Maaş {amount}, konaklama ücretsiz. Vize ve "
                     "bilet işlemleri için dosya masrafı {fee} peşin alınır, kalan ödeme işe başladıktan sonra. "
                     "Kontenjan sınırlıdır! Telegram: {tg}"],
            "teaser": ["Evden günde {fee} kazan, sadece banka hesabın yeterli. Yaz: {tg}",
                       "Yurt dışında iş, vize 10 günde, maaş {amount}. Detay {phone}"],
        },
        "parcel": {
            "subj": ["Kargonuz gümrükte bekletiliyor", "PTT: teslimat ücreti ödenmedi"],
            "body": ["Sayın müşterimiz, {code} numaralı gönderiniz gümrük vergisi {fee} ödenmediği için depoda "
                     "bekletilmektedir. 48 saat içinde {link} adresinden ödeme yapmazsanız gönderi iade edilecektir.",
                     "Kuryemiz adresinizde kimseyi bulamadı. Yeniden teslimat için adresinizi doğrulayın ve {fee} "
                     "tutarı ödeyerek teslimatı onaylayın: {link}. Takip no: {code}"],
            "teaser": ["Kargonuz {code} gümrükte. Vergi {fee}: {link}",
                       "Gönderiniz teslim edilemedi, adres eksik. Güncelle: {link}"],
        },
        "tech-support": {
            "subj": ["Fatura: antivirüs lisansı yenilendi", "Bilgisayarınızda virüs tespit edildi"],
            "body": ["Siparişiniz için teşekkürler. Kartınızdan {amount} tutarında 3 yıllık antivirüs yenileme "
                     "ücreti tahsil edilecektir (sipariş {order}). Bu işlemi siz yapmadıysanız 24 saat içinde iade "
                     "hattımızı arayın: {phone}",
                     "Dikkat! Bilgisayarınıza banka şifrelerinizi çalan bir virüs bulaştı. Erişiminiz geçici olarak "
                     "kısıtlandı. Bilgisayarı kapatmayın ve hemen Microsoft destek hattını arayın: {phone}"],
            "teaser": ["Bilgisayarınız kilitlendi! Destek: {phone}",
                       "Kartınızdan {amount} çekilecek. Siz değilseniz arayın {phone}"],
        },
        "fake-shop": {
            "subj": ["Cerrahi maske ve test kiti toptan", "Stok sonu: %70 indirim"],
            "body": ["Cerrahi maske, FFP2, eldiven ve hızlı test kitleri stoklarımızda! Eczane ve marketlere toptan "
                     "fiyat. Yoğunluk nedeniyle sadece peşin ödeme ile çalışıyoruz, IBAN'a havale sonrası aynı gün "
                     "kargo. Sipariş: {phone}",
                     "Orijinal markalı ayakkabı ve çantalarda depo boşaltma! %70 indirim, sadece bu hafta. Ödeme "
                     "havale/EFT ile, kapıda ödeme yok. Katalog: {link}"],
            "teaser": ["Maske ve test kiti toptan, bugün kargoda. Peşin ödeme. {phone}",
                       "iPhone yarı fiyatına! Son 3 adet. Ön ödeme {link}"],
        },
        "loan": {
            "subj": ["Kredi talebiniz olumlu sonuçlandı", "Kefilsiz, sicil affı olmadan kredi"],
            "body": ["Merhaba, {amount} tutarındaki kredi başvurunuz onaylanmıştır. Kefil ve gelir belgesi gerekmez. "
                     "Paranın hesabınıza aktarılması için sigorta bedeli {fee} yatırmanız gerekmektedir. Dekontu "
                     "WhatsApp'tan iletin: {phone}",
                     "Bankalardan ret mi aldınız? Sicili bozuk olana da {amount} kadar kredi veriyoruz. Tek şart "
                     "dosya masrafı {fee}, kredi ile birlikte iade edilir. Başvuru: {link}"],
            "teaser": ["{amount} kredi bugün hesabında! Dosya masrafı {fee}. {phone}",
                       "Sicil affı yok mu? Sorun değil, kredin hazır. {link}"],
        },
        "romance": {
            "subj": ["Merhaba, ben Elif", "Sana uzun bir mektup yazdım"],
            "body": ["Merhaba canım, bugün de seni düşündüm. Londra'da işim çok yoğun ama aklım hep sende. Amcam bir "
                     "borsada analist, hangi gün yükseleceğini bana söylüyor. Dün {amount} kazandım. Geleceğimiz "
                     "için sen de dene, şu linkten kayıt ol: {link}. Kimseye söyleme lütfen.",
                     "Sevgilim, yanına gelmek istiyorum ama kartım bloke oldu. Bilet için {fee} eksik. Arkadaşımın "
                     "hesabına gönderebilir misin? Gelir gelmez geri veririm, söz."],
            "teaser": ["Selam) Seni arkadaşlık sitesinde gördüm, Telegram'dan yaz {tg}",
                       "Pardon, yanlış numara galiba... belki de kader? {tg}"],
        },
        "crypto": {
            "subj": ["Günlük %3 garantili kazanç", "Hesabınıza {usdt} USDT bonus tanımlandı"],
            "body": ["Profesyonel trader ekibimiz ile günlük %3 kazanç! Minimum yatırım {fee}, ödemeler her gün. "
                     "Kişisel danışmanınız: {tg}. 8000'den fazla memnun yatırımcı!",
                     "Tebrikler! Hesabınıza {amount} bonus tanımlandı. Çekim için ağ ücreti {fee} tutarını {wallet} "
                     "adresine gönderin. Onaydan sonra bonus aktif olur: {link}"],
            "teaser": ["Kripto bonus {amount}! Bugün aktif et: {link}",
                       "Günde %3 kazanç, garantili. Kanala katıl {tg}"],
        },
        "lottery": {
            "subj": ["Tebrikler! Çekilişi kazandınız", "Numaranız büyük ödülü kazandı"],
            "body": ["Sayın abonemiz, numaranız yıldönümü çekilişinde {amount} kazandı. Ödülünüzü almak için vergi "
                     "bedeli {fee} yatırıp dekontu göndermeniz gerekmektedir. Müşteri temsilcisi: {phone}",
                     "Market zincirimizin çekilişinde otomobil kazandınız! Ödülü teslim almak için {link} adresinden "
                     "bilgilerinizi girin ve noter masrafı {fee} ödeyin."],
            "teaser": ["Numaranız {amount} kazandı! Ödül için: {link}",
                       "Çekiliş kazananı sizsiniz! Arayın {phone}"],
        },
    },
    "en": {
        "job": {
            "subj": ["Job offer: Payment Processing Agent (remote, part-time)", "Re: your application - Reshipping Coordinator"],
            "body": ["Hello,\n\nWe are an international trading company expanding our client base in your region. "
                     "We are looking for a reliable Payment Processing Agent. Your duty: receive payments from our "
                     "customers into your personal bank account and forward them the same day via Western Union or "
                     "crypto to the account your supervisor gives you. You keep 10% of every payment. No experience "
                     "needed, 2-3 hours per day.\n\nTo start, reply with your full name, address and bank details, or "
                     "text our HR team on {phone}.",
                     "Dear applicant,\n\nThank you for your interest. You have been selected for the home-based "
                     "position of Reshipping Coordinator. You will receive packages (electronics, phones) at your "
                     "address, check them, print the new prepaid label we send and ship them on. Salary {amount} per "
                     "month plus bonuses.\n\nPlease confirm your address and availability to our manager on Telegram "
                     "{tg}. First parcels arrive next week."],
            "teaser": ["Earn {fee} a day from home - all you need is a bank account. Text {phone}",
                       "Urgent: part-time agent to receive and forward payments. DM {tg}"],
        },
        "parcel": {
            "subj": ["Delivery attempt unsuccessful - action needed", "Import charges outstanding - shipment {code}"],
            "body": ["Dear customer,\n\nWe attempted to deliver your parcel {code} today but no one was available "
                     "and the address label is incomplete. To schedule redelivery please confirm your details and pay "
                     "the redelivery fee of {fee} at {link}\n\nIf no action is taken within 48 hours, the parcel will "
                     "be returned to sender.",
                     "Your international shipment {code} is being held at the customs clearance centre. Import duty "
                     "of {fee} is outstanding. Pay now to release your item: {link}\n\nRoyal Delivery Services - "
                     "Customs Department"],
            "teaser": ["Your parcel is on hold: unpaid fee {fee}. Pay here {link}",
                       "Delivery failed for {code}. Reschedule: {link}"],
        },
        "tech-support": {
            "subj": ["Invoice #{order} - Norton Total Protection renewal", "Refund notice: your subscription has been cancelled"],
            "body": ["Thank you for your purchase!\n\nYour 3-year subscription has been renewed automatically and "
                     "{amount} will be charged to your account within 24 hours (order {order}). If you did not "
                     "authorise this renewal, call our billing department at {phone} to cancel and get a full refund.",
                     "Dear customer,\n\nOur technical support service is closing down and you are entitled to a refund "
                     "of {amount}. To receive it, please call {phone}. Our technician will connect to your computer "
                     "with a remote tool ({link}) and transfer the refund to your online banking."],
            "teaser": ["Your PC is infected. Do not shut down. Call Microsoft Support {phone}",
                       "{amount} will be debited for Geek Squad renewal. Not you? Call {phone}"],
        },
        "fake-shop": {
            "subj": ["N95 masks and rapid tests - in stock, ships today", "Pulse oximeters 60% off - last units"],
            "body": ["We have N95 and KN95 masks, nitrile gloves and COVID rapid antigen tests in stock at our "
                     "warehouse. Wholesale prices for pharmacies and care homes, single boxes for families. Because "
                     "of demand we only accept payment by bank transfer or Zelle in advance; your tracking number is "
                     "sent once payment clears. Order: {link}",
                     "Fingertip pulse oximeters, FDA approved, only {fee} (was three times that). Only 200 units left, "
                     "reserve yours now. Pay by bank transfer to our sales manager and we ship the same day. "
                     "WhatsApp {phone}"],
            "teaser": ["Masks and rapid tests in stock, prepay and ship today. {link}",
                       "Last 5 PS5 consoles at half price - prepay by transfer {link}"],
        },
        "loan": {
            "subj": ["Loan approved - no credit check", "Your loan of {amount} is ready to release"],
            "body": ["Good day,\n\nYour application for a personal loan of {amount} has been approved. No credit check, "
                     "no collateral. Before the funds can be released to your account, a one-time insurance fee of "
                     "{fee} must be paid by gift card or bank transfer. Contact your loan officer on {phone}.",
                     "Bad credit? Turned down by the banks? We lend up to {amount} at 3% to anyone with a valid ID. "
                     "Funds in 24 hours. A refundable processing deposit of {fee} secures your loan. Apply: {link}"],
            "teaser": ["Approved: {amount} loan, no credit check. Pay insurance {fee} and get funded today",
                       "Need cash fast? Loans for bad credit, text {phone}"],
        },
        "romance": {
            "subj": ["Good morning my dear", "A long letter from Singapore"],
            "body": ["Good morning dear, I hope you slept well. I just finished work, the market was busy today. You "
                     "asked how I can afford to travel so much - my uncle is a senior analyst at a crypto exchange and "
                     "he tells me the right time to buy. Yesterday I made {amount} in one trade. I want us to build "
                     "our future together, so I will teach you. Open an account here {link} and start small, I will "
                     "guide you step by step. Please keep this between us, my uncle could lose his job.",
                     "My love, I am so sorry to ask you this. I withdrew our profits but the platform says I must pay "
                     "a tax of {fee} first or the account will be frozen. All my money is inside. Can you help me "
                     "with this one payment? Send USDT to {wallet} and I will return it with interest when we meet."],
            "teaser": ["Hi, is this Daniel? Sorry, wrong number :) but you seem nice, message me {tg}",
                       "Hey, I saw your profile, I don't use this app much, text me on WhatsApp {phone}"],
        },
        "crypto": {
            "subj": ["Elon Musk BTC giveaway - 5,000 BTC", "Guaranteed 2% daily returns"],
            "body": ["To celebrate our new partnership we are giving away 5,000 BTC to the community. Send any amount "
                     "between 0.01 and 2 BTC to {wallet} and we will send back double to the address you sent from. "
                     "Only the first 1,000 transactions qualify. Details: {link}",
                     "Our team of professional traders offers 2% daily returns, paid every day, capital insured. "
                     "Minimum deposit {fee}. Your personal account manager {tg} will open your account."],
            "teaser": ["Send 0.1 BTC, get 0.2 BTC back - giveaway live now {link}",
                       "Your bonus {usdt} USDT is waiting - claim today {link}"],
        },
        "advance-fee": {
            "subj": ["Inheritance of your late relative", "A private matter concerning your surname"],
            "body": ["Dear friend,\n\nI am a lawyer in Almaty. My late client, a foreign oil engineer who shares your "
                     "surname, left {amount} in a bank here and nobody has come forward for it. I can put you forward as his heir. "
                     "Everything will be done through the court. Write back with your name, city and phone number to begin. The only "
                     "cost is the probate fee of {fee}.",
                     "Hello, I work in the foreign remittance department of a bank in Tashkent. A dormant account of "
                     "{amount} belongs to a deceased customer. I need a partner abroad to receive it, 40% is yours. "
                     "Reply to {tg} and keep this confidential."],
            "teaser": ["Unclaimed funds of {amount} in your name. Reply for details",
                       "Your relative left an inheritance. Contact barrister {phone}"],
        },
        "lottery": {
            "subj": ["Your number won!", "Winner notification"],
            "body": ["Congratulations! Your mobile number was drawn in our anniversary promotion and has won "
                     "{amount}. To release the prize, pay the processing tax of {fee} and send the receipt to our "
                     "claims agent on {phone}.",
                     "You have been selected as the winner of our customer draw: a new car or {amount} cash. Claim at "
                     "{link} and pay the courier fee of {fee} for your documents."],
            "teaser": ["Your number won {amount}! Claim: {link}",
                       "You are a winner! Call {phone} to claim"],
        },
        "sextortion": {
            "subj": ["{password}", "about the recording from your camera"],
            "body": ["I know {password} is your password. I installed malware on your device months ago and recorded "
                     "you through the camera while you watched adult sites. Send {btc} BTC to {wallet} within "
                     "{hours} hours or the video goes to all your contacts.",
                     "You chatted with a girl online and sent her private photos and a video. We have them now, and "
                     "your friends list. Pay {fee} in gift cards today or your wife and colleagues will receive "
                     "everything."],
            "teaser": ["I have your video. Pay or everyone sees it",
                       "Your password is {password}. Check your mail"],
        },
    },
    "de": {
        "job": {
            "subj": ["Stellenangebot: Finanzagent (Homeoffice, Minijob)", "Ihre Bewerbung als Paketprüfer"],
            "body": ["Guten Tag,\n\nwir sind ein internationales Handelsunternehmen und suchen zuverlässige "
                     "Mitarbeiter als Finanzagent im Homeoffice. Ihre Aufgabe: Zahlungen unserer Kunden auf Ihrem "
                     "Girokonto entgegennehmen und am selben Tag per Western Union oder Bitcoin weiterleiten. Sie "
                     "behalten 8 % jeder Zahlung. Keine Vorkenntnisse nötig.\n\nBewerbung per WhatsApp an {phone}.",
                     "Hallo,\n\nvielen Dank für Ihre Bewerbung. Sie wurden als Paketprüfer ausgewählt: Sie nehmen "
                     "Pakete an Ihrer Adresse an, prüfen den Inhalt, kleben das neue Versandlabel auf und geben sie "
                     "wieder ab. Verdienst {amount} im Monat. Bitte bestätigen Sie Ihre Adresse und eine Kopie Ihres "
                     "Ausweises an {tg}."],
            "teaser": ["Nebenjob: Zahlungen weiterleiten, {fee} am Tag. Schreib {tg}",
                       "Pakete annehmen und weiterschicken - bis {amount} im Monat. Infos {phone}"],
        },
        "parcel": {
            "subj": ["Ihr Paket wartet auf Zustellung", "Zollgebühr offen für Sendung {code}"],
            "body": ["Sehr geehrter Kunde,\n\nIhr Paket {code} konnte nicht zugestellt werden, da die Adresse "
                     "unvollständig ist. Bitte bestätigen Sie Ihre Daten und zahlen Sie die Gebühr für die erneute "
                     "Zustellung von {fee}: {link}\n\nOhne Bestätigung innerhalb von 48 Stunden geht die Sendung "
                     "zurück.",
                     "Für Ihre Sendung aus dem Ausland sind Einfuhrabgaben in Höhe von {fee} offen. Die Sendung wird "
                     "im Zolllager aufbewahrt. Jetzt bezahlen: {link}"],
            "teaser": ["Ihr Paket {code}: Zollgebühr {fee} offen. Jetzt zahlen {link}",
                       "Zustellung fehlgeschlagen. Neuen Termin wählen: {link}"],
        },
        "tech-support": {
            "subj": ["Rechnung {order}: Verlängerung Ihres Virenschutzes", "Ihr Computer wurde gesperrt"],
            "body": ["Vielen Dank für Ihre Bestellung!\n\nIhr Virenschutz-Abo wurde automatisch um 3 Jahre "
                     "verlängert, {amount} werden in den nächsten 24 Stunden abgebucht (Bestellung {order}). Wenn "
                     "Sie diese Verlängerung nicht beauftragt haben, rufen Sie unsere Rückerstattungs-Hotline an: "
                     "{phone}",
                     "Achtung! Auf Ihrem Computer wurde ein Trojaner gefunden, der Ihre Bankdaten ausspäht. Ihr "
                     "Zugang wurde vorübergehend gesperrt. Schalten Sie den Rechner nicht aus und rufen Sie sofort "
                     "den Microsoft-Support an: {phone}"],
            "teaser": ["Ihr PC ist infiziert! Rufen Sie den Support an: {phone}",
                       "Abbuchung {amount} für Ihr Abo. Nicht Sie? Anrufen {phone}"],
        },
        "fake-shop": {
            "subj": ["FFP2-Masken + Schnelltests: Restposten ab Lager", "Pulsoximeter - nur noch heute reduziert"],
            "body": ["FFP2-Masken, Schnelltests und Einmalhandschuhe ab Lager lieferbar! Großhandelspreise für "
                     "Apotheken, Praxen und Pflegedienste. Wegen der hohen Nachfrage nur gegen Vorkasse per "
                     "Überweisung, Versand am Tag des Zahlungseingangs. Bestellung: {link}",
                     "Pulsoximeter mit CE-Zeichen, jetzt nur {fee}. Nur noch 150 Stück auf Lager! Reservierung "
                     "nach Vorkasse, Versand noch am selben Tag. Bestellung per WhatsApp: {phone}"],
            "teaser": ["Masken und Schnelltests ab Lager, Vorkasse, Versand heute. {link}",
                       "Markenschuhe 70 % reduziert, nur Vorkasse. {link}"],
        },
        "loan": {
            "subj": ["Kredit ohne Schufa - sofort zugesagt", "Ihr Kredit über {amount} ist bereit"],
            "body": ["Guten Tag,\n\nIhr Kreditantrag über {amount} wurde genehmigt - ohne Schufa-Auskunft. Vor der "
                     "Auszahlung ist eine einmalige Versicherungsgebühr von {fee} per Überweisung oder Paysafecard "
                     "zu zahlen. Ihr Berater: {phone}",
                     "Von der Bank abgelehnt? Wir vergeben Privatkredite bis {amount} zu 3 % Zinsen, auch bei "
                     "negativer Schufa. Eine Bearbeitungsgebühr von {fee} sichert Ihren Kredit. Antrag: {link}"],
            "teaser": ["Kredit ohne Schufa, {amount} sofort. Gebühr {fee}, Auszahlung heute",
                       "Geld sofort trotz Schufa, schreib {tg}"],
        },
        "romance": {
            "subj": ["Guten Morgen, mein Schatz", "Ein langer Brief aus Hongkong"],
            "body": ["Guten Morgen mein Lieber, ich habe heute wieder an dich gedacht. Du hast gefragt, wie ich so "
                     "viel reisen kann - mein Onkel ist Analyst an einer Kryptobörse und sagt mir, wann ich kaufen "
                     "soll. Gestern habe ich {amount} an einem Tag verdient. Ich möchte, dass wir eine Zukunft "
                     "haben, darum zeige ich es dir. Eröffne hier ein Konto: {link}. Aber bitte sag es niemandem.",
                     "Mein Schatz, es tut mir so leid, dich darum zu bitten. Ich habe unseren Gewinn ausgezahlt, "
                     "aber die Plattform verlangt vorher {fee} Steuern, sonst wird das Konto eingefroren. Kannst du "
                     "mir helfen? Schick USDT an {wallet}, ich gebe es dir zurück, wenn wir uns sehen."],
            "teaser": ["Hallo, ist da Thomas? Oh, falsche Nummer :) Schreib mir trotzdem {tg}",
                       "Hey, ich bin selten hier, schreib mir lieber auf WhatsApp {phone}"],
        },
        "crypto": {
            "subj": ["Bitcoin-Verlosung: 2.000 BTC für die Community", "2 % Rendite täglich - garantiert"],
            "body": ["Zur Feier unserer neuen Partnerschaft verschenken wir 2.000 BTC. Senden Sie zwischen 0,01 und "
                     "1 BTC an {wallet} und Sie erhalten den doppelten Betrag zurück. Nur die ersten 1.000 "
                     "Transaktionen. Details: {link}",
                     "Unser Team aus Profi-Tradern bietet 2 % Rendite pro Tag, tägliche Auszahlung, Kapital "
                     "abgesichert. Mindesteinlage {fee}. Ihr persönlicher Betreuer: {tg}"],
            "teaser": ["0,1 BTC senden, 0,2 BTC zurück - nur heute {link}",
                       "Ihr Bonus von {usdt} USDT wartet. Jetzt aktivieren {link}"],
        },
        "sextortion": {
            "subj": ["Ihr Passwort: {password}", "Die Aufnahme von deiner Kamera"],
            "body": ["{password} - so lautet dein Passwort. Vor Monaten habe ich Schadsoftware auf deinem Gerät "
                     "installiert und dich über die Kamera aufgenommen, während du Seiten für Erwachsene angesehen "
                     "hast. Überweise {btc} BTC an {wallet} innerhalb von {hours} Stunden. Ansonsten bekommt jeder in "
                     "deinem Adressbuch die Aufnahme.",
                     "Du hast mit einer Frau gechattet und ihr private Fotos und ein Video geschickt. Die haben jetzt "
                     "wir, mit deiner Freundesliste. Zahl heute {fee}, sonst bekommen deine Frau und deine Kollegen "
                     "alles."],
            "teaser": ["Ich habe dein Video. Zahl oder alle sehen es",
                       "Dein Passwort ist {password}. Lies deine Mails"],
        },
    },
}

SHARED = {
    "tr": {"contact": ["İletişim: {phone} (WhatsApp)", "Sadece Telegram: {tg}",
                       "Sorularınız için yazın: {tg}", "Tel: {phone}, hemen arayın"]},
    "en": {"contact": ["Contact us on WhatsApp: {phone}", "Telegram only: {tg}",
                       "Any questions, text {tg}", "Call now: {phone}"]},
    "de": {"contact": ["Kontakt per WhatsApp: {phone}", "Nur über Telegram: {tg}",
                       "Fragen? Schreib {tg}", "Jetzt anrufen: {phone}"]},
}
