"""Round 12's eleventh batch: second-draft scam letters (see scam_eleventh.py), written blind by helper c11-corpus
after the first draft, for the job, parcel and loan cells of every language and the larger cells of English, German
and Turkish, so a cell is not one letter per half. Each list is a pair or pairs appended to the cell's slot: the
first of a pair lands on an even index (dev), the second on an odd one (held-out)."""

MORE = {
    "en": {
        "loan": {"body": [
            "Hi {name}, good news - your application with our lending partner went through. Amount approved: {amount}, "
            "repayable over 24 months, no guarantor and no credit check. Lenders require the first month's payment "
            "protection ({fee}) to be paid before release; it is added back to your first instalment. Pay by bank "
            "transfer or Apple gift card and send a photo of the receipt to {phone}.",
            "FINAL NOTICE: your pre-approved loan of {amount} expires in {hours} hours. To accept, verify your card "
            "with a refundable {fee} deposit at {link}. Turned down elsewhere? We say yes to 98% of applicants."]},
        "job": {"body": [
            "Hi there,\n\nI got your CV from an online jobs board. I'm recruiting for a logistics start-up that ships "
            "phones and laptops to buyers overseas. We need home-based Package Handlers: you accept deliveries at your "
            "address, repack them and drop them at the post office with the labels we email you. Pay is {fee} per "
            "parcel plus a weekly bonus, paid on Fridays.\n\nIf you're interested, message me on WhatsApp {phone}. "
            "You'll be asked for a photo of your ID for our records.",
            "Dear candidate,\n\nCongratulations, your profile has been shortlisted for the role of Regional Finance "
            "Assistant (remote). You will help our clients who cannot open accounts in your country: payments arrive "
            "in your account, you deduct your commission of 8% and send the rest on by bank transfer or Bitcoin ATM "
            "the same day. Training is provided by your line manager on Telegram {tg}.\n\nPlease reply with your full "
            "name, date of birth and the name of your bank."]},
        "parcel": {"body": [
            "Hello, this is your courier. I'm outside but can't access your building and the parcel {code} needs a "
            "signature. The depot charges a small reattempt fee of {fee}, you can pay it here and pick a new slot: "
            "{link}\n\nThanks, your driver",
            "NOTICE OF HELD ITEM\n\nItem: {code}\nReason: insufficient postage paid by sender\nAmount due: {fee}\n\n"
            "Your item is being held at your local delivery office. To avoid it being returned, pay the balance online "
            "by {date}: {link}"]},
        "tech-support": {"body": [
            "Your order has been confirmed.\n\nProduct: PC Tune-Up Pro 365 (3 devices, auto-renewal)\nOrder number: "
            "{order}\nAmount: {amount}\nPayment method: card on file\n\nThis charge will appear on your statement "
            "within 24 hours. To dispute it or request a refund, please contact our billing team at {phone}. Do not "
            "reply to this email.",
            "Hello, this is Sam from the Windows security team. Our servers show that your computer has been sending "
            "error reports and hackers may have your IP address. I can fix this for you now. Please download the "
            "support tool from {link} and read me the 9-digit code it shows, or call me back on {phone}. There is "
            "a one-off fee of {fee} for the lifetime protection plan."]},
        "fake-shop": {"body": [
            "WAREHOUSE CLEARANCE - COVID TEST KITS\n\nBoxes of 25 antigen tests, CE marked, long expiry. Price {fee} "
            "per box, delivered in 2 days. Stock is limited and sells out every week, so we can only hold your order "
            "for 12 hours after you pay by bank transfer. Send your order and address to {tg} and we'll give you our "
            "account details.",
            "Hi! We saw you were looking for an oxygen concentrator. We have 5 litre units in stock at {amount}, "
            "brand new with warranty. Because of demand we ask for full payment upfront by bank transfer or PayPal "
            "friends and family, then we ship the same day. Reply to this message or call {phone}."]},
        "romance": {"body": [
            "Good evening my dear, sorry I didn't reply earlier, my day was crazy. My aunt called from Hong Kong, she "
            "says gold will move this week, she has never been wrong. You know I don't talk about money with anyone, "
            "but with you it feels different. I put in {amount} last month and I'm already at 40%. I don't want you "
            "to miss this, I want us to have our own place one day. The platform is {link}, it's the one the "
            "professionals use. Send me a screenshot when you register and I'll show you which button to press. "
            "Sweet dreams xx",
            "Hello handsome. I think about our video call all the time. I'm working on the oil platform until the end "
            "of the month, the connection here is bad so I can only write. My contract pays at the end, but right "
            "now I need {fee} for the customs papers for my luggage, otherwise they will hold it. Can you send it by "
            "Western Union to my agent? I will pay you back double when I land, I promise you."]},
        "crypto": {"body": [
            "LIMITED EVENT: to celebrate 10 million users we are returning 2x every BTC deposit sent to our event "
            "address in the next 24 hours. Minimum 0.05 BTC, maximum 5 BTC. Address: {wallet}\n\nLive tracker and "
            "rules: {link}",
            "Hi, I'm an account manager at a licensed trading desk. Our AI arbitrage bot made 11% for clients last "
            "week. Start with {fee}, withdraw whenever you like. Open your account in 5 minutes: {link} - or message "
            "me {tg} and I'll set it up with you."]},
    },
    "de": {
        "loan": {"body": [
            "Hallo {name}, Ihr Antrag wurde von unserer Partnerbank angenommen: {amount}, Laufzeit 48 Monate, ohne "
            "Bürgen und ohne Schufa-Abfrage. Vor der Auszahlung ist die Restschuldversicherung von {fee} per "
            "Überweisung oder Paysafecard zu begleichen. Belege bitte an {phone}.",
            "LETZTE ERINNERUNG: Ihre Kreditzusage über {amount} verfällt in {hours} Stunden. Bestätigen Sie jetzt mit "
            "einer erstattungsfähigen Kaution von {fee}: {link}"]},
        "job": {"body": [
            "Hallo,\n\nich bin auf Ihr Profil im Jobportal gestoßen. Für unseren Kunden, einen Online-Händler aus den "
            "Niederlanden, suchen wir Mitarbeiter im Nebenjob, die Testüberweisungen auf ihr eigenes Konto annehmen und "
            "nach Anweisung weiterleiten (Qualitätsprüfung von Zahlungsdienstleistern). Vergütung {fee} pro Auftrag.\n\n"
            "Melden Sie sich bei Interesse per Telegram: {tg}",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir freuen uns, Ihnen die Stelle als "
            "Versandmitarbeiter im Homeoffice anzubieten. Sie nehmen Pakete an, fotografieren den Inhalt und versenden "
            "ihn mit den Etiketten, die wir Ihnen mailen. Bitte senden Sie uns zur Einrichtung Ihres Zugangs eine "
            "Kopie Ihres Personalausweises und Ihre Bankverbindung an {tg}."]},
        "parcel": {"body": [
            "Hallo, hier ist Ihr Zusteller. Ich konnte Ihr Paket {code} nicht abgeben, es fehlt die Hausnummer. Bitte "
            "ergänzen Sie die Adresse und zahlen Sie die Nachsendegebühr von {fee}: {link}",
            "HINWEIS ZU IHRER SENDUNG\n\nSendungsnummer: {code}\nStatus: Zustellung angehalten\nGrund: Porto nicht "
            "ausreichend\nNachzahlung: {fee}\n\nBitte bis {date} begleichen, sonst geht die Sendung an den Absender "
            "zurück: {link}"]},
        "tech-support": {"body": [
            "Bestellbestätigung\n\nProdukt: PC-Optimierer Premium (3 Geräte, automatische Verlängerung)\nBestellnummer: "
            "{order}\nBetrag: {amount}\n\nDie Abbuchung erfolgt innerhalb von 24 Stunden. Für Widerruf und "
            "Erstattung wenden Sie sich an unsere Kundenabrechnung: {phone}",
            "Guten Tag, hier ist der technische Support von Windows. Ihr Rechner sendet seit Tagen Fehlermeldungen an "
            "unsere Server, Ihre Daten sind in Gefahr. Laden Sie bitte unser Support-Programm herunter ({link}) und "
            "nennen Sie uns die angezeigte Nummer unter {phone}. Für das Sicherheitspaket fällt einmalig {fee} an."]},
    },
    "tr": {
        "job": {"body": [
            "Selam, kargo firmamız için evden paket kabul edecek eleman arıyoruz. Gelen paketleri açmadan yeni "
            "etiketle tekrar gönderiyorsun, paket başı {fee}. Haftalık ödeme. Detaylar için Telegram: {tg}",
            "Sayın aday, başvurunuz olumlu değerlendirildi. Dubai'deki otel zincirimizde resepsiyon görevlisi olarak "
            "çalışabilirsiniz. Maaş {amount}, konaklama ücretsiz. Çalışma izni harcı {fee} tutarını {card} hesabına "
            "yatırmanız gerekmektedir."]},
        "parcel": {"body": [
            "Merhaba, kuryeniz konuşuyor. Adresinizde bina numarası eksik, paketiniz {code} şubeye döndü. Tekrar "
            "gönderim ücreti {fee}, buradan ödeyip yeni adres girebilirsiniz: {link}",
            "GÖNDERİ BİLGİLENDİRME\n\nTakip no: {code}\nDurum: teslimat durduruldu\nSebep: eksik ödeme\nTutar: {fee}\n\n"
            "{date} tarihine kadar ödeme yapılmazsa gönderi iade edilir: {link}"]},
        "fake-shop": {"body": [
            "Oksimetre ve ateş ölçer stoklarda! Tanesi {fee}, 10 adet üzeri toptan fiyat. Yoğun talep nedeniyle "
            "sipariş ancak havale ile onaylanır: {card}. Dekontu WhatsApp'tan gönderin: {phone}",
            "Sahibinden satılık: az kullanılmış oyun konsolu, faturalı, {fee}. Şehir dışındayım, kargo ile "
            "gönderirim, ücretin yarısını kapora olarak IBAN'a atmanız yeterli: {card}"]},
        "loan": {"body": [
            "Değerli müşterimiz, bankaların reddettiği başvurular için özel finansman: {amount} tutarında kredi, "
            "%1,2 faiz. Kefil istemiyoruz. Sadece ilk taksit sigortası {fee} önceden alınır. WhatsApp: {phone}",
            "Merhaba, noter onaylı özel kredi. E-devlet şifresi ile 10 dakikada onay. Teminat bedeli {fee} "
            "yatırıldıktan sonra {amount} hesabınıza geçer. Başvuru: {link}"]},
    },
    "uz": {
        "job": {"body": [
            "Assalomu alaykum! Polshadagi qishloq xo'jaligi fermalariga mavsumiy ishchilar kerak. Oylik {amount}, "
            "yotoqxona bepul. Ishchi viza 20 kunda. Hujjat yig'ish uchun {fee} oldindan {card} kartaga o'tkaziladi. "
            "Joylar oz qoldi!",
            "Salom! Sizning rezyumengiz ko'rib chiqildi. Onlayn do'konga kuryer-hamkor kerak: posilkalarni uyingizda "
            "qabul qilib, yangi manzilga jo'natasiz. Har bir posilka uchun {fee}. Pasport nusxangizni {tg} ga "
            "yuboring."]},
        "parcel": {"body": [
            "Salom, bu kuryer. Uyingizga keldim, ammo eshik kodi yo'q. Posilka {code} omborga qaytdi. Qayta "
            "yetkazish {fee}, shu havoladan to'lang va vaqtni tanlang: {link}",
            "JO'NATMA HAQIDA XABAR\n\nTrek: {code}\nHolat: to'xtatilgan\nSabab: to'lov yetarli emas\nSumma: {fee}\n\n"
            "{date} gacha to'lanmasa, jo'natma qaytariladi: {link}"]},
        "loan": {"body": [
            "Hurmatli mijoz! Banklar rad etgan bo'lsa ham, bizda {amount} gacha qarz bor. Garov kerak emas. Faqat "
            "birinchi oy sug'urtasi {fee} oldindan Payme orqali to'lanadi. Menejer: {phone}",
            "Salom! MyID orqali 10 daqiqada onlayn qarz. Kafolat to'lovi {fee} Click orqali tushgandan keyin {amount} "
            "kartangizga o'tadi. Ariza: {link}"]},
    },
    "kk": {
        "job": {"body": [
            "Сәлем! Польшадағы жеміс жинау фермасына маусымдық жұмысшылар керек. Айлық {amount}, тұрғын үй тегін. "
            "Жұмыс визасы 3 аптада. Құжат жинау үшін {fee} алдын ала {card} картасына аударылады. Орын аз қалды!",
            "Қайырлы күн! Сіздің түйіндемеңіз қаралды. Онлайн дүкенге курьер-серіктес керек: сәлемдемелерді үйіңізде "
            "қабылдап, жаңа мекенжайға жібересіз. Әр сәлемдеме үшін {fee}. Жеке куәлігіңіздің көшірмесін {tg} "
            "жіберіңіз."]},
        "parcel": {"body": [
            "Сәлеметсіз бе, бұл курьер. Үйіңізге келдім, бірақ домофон коды жоқ. Сәлемдеме {code} қоймаға қайтты. "
            "Қайта жеткізу {fee}, осы сілтеме арқылы төлеп, уақытты таңдаңыз: {link}",
            "СӘЛЕМДЕМЕ ТУРАЛЫ ХАБАРЛАМА\n\nТрек: {code}\nКүйі: тоқтатылды\nСебебі: төлем жеткіліксіз\nСомасы: {fee}\n\n"
            "{date} дейін төленбесе, сәлемдеме қайтарылады: {link}"]},
        "loan": {"body": [
            "Құрметті клиент! Банктер бас тартса да, бізде {amount} дейін қарыз бар. Кепіл керек емес. Тек бірінші "
            "айдың сақтандыруы {fee} алдын ала Kaspi арқылы төленеді. Менеджер: {phone}",
            "Сәлем! eGov арқылы 10 минутта онлайн несие. Кепілдік төлемі {fee} түскеннен кейін {amount} картаңызға "
            "өтеді. Өтінім: {link}"]},
    },
    "ky": {
        "job": {"body": [
            "Салам! Польшадагы фермага мезгилдүү жумушчулар керек. Айлык {amount}, жатакана акысыз. Жумуш визасы 3 "
            "жумада. Документ үчүн {fee} алдын ала {card} картасына которулат. Орун аз калды!",
            "Саламатсызбы! Резюмеңиз каралды. Онлайн дүкөнгө курьер-өнөктөш керек: посылкаларды үйүңүздө кабыл алып, "
            "жаңы дарекке жөнөтөсүз. Ар бир посылка үчүн {fee}. Паспортуңуздун көчүрмөсүн {tg} жөнөтүңүз."]},
        "parcel": {"body": [
            "Салам, бул курьер. Үйүңүзгө келдим, бирок эшиктин коду жок. Посылка {code} кампага кайтты. Кайра жеткирүү "
            "{fee}, ушул шилтеме аркылуу төлөп, убакытты тандаңыз: {link}",
            "ПОСЫЛКА ТУУРАЛУУ БИЛДИРҮҮ\n\nТрек: {code}\nАбалы: токтотулду\nСебеби: төлөм жетишсиз\nСуммасы: {fee}\n\n"
            "{date} чейин төлөнбөсө, посылка кайтарылат: {link}"]},
        "loan": {"body": [
            "Урматтуу кардар! Банктар баш тартса да, бизде {amount} чейин карыз бар. Күрөө керек эмес. Биринчи айдын "
            "камсыздандыруусу {fee} гана алдын ала төлөнөт. Менеджер: {phone}",
            "Салам! Онлайн насыя 10 мүнөттө. Кепилдик төлөм {fee} түшкөндөн кийин {amount} картаңызга өтөт. Арыз: {link}"]},
    },
    "tg": {
        "job": {"body": [
            "Салом! Ба хоҷагии Полша коргарони мавсимӣ лозим. Маош {amount}, хобгоҳ ройгон. Раводиди корӣ дар 3 ҳафта. "
            "Барои ҳуҷҷатҳо {fee} пешакӣ ба корти {card} гузаронида мешавад. Ҷой кам монд!",
            "Ассалому алейкум! Резюмеи шумо баррасӣ шуд. Ба мағозаи онлайн шарики курер лозим: бастаҳоро дар хонаатон "
            "қабул карда, ба суроғаи нав мефиристед. Барои ҳар баста {fee}. Нусхаи шиносномаро ба {tg} фиристед."]},
        "parcel": {"body": [
            "Салом, ин курер. Ба хонаатон омадам, вале рамзи дар нест. Бастаи {code} ба анбор баргашт. Бори дигар "
            "расонидан {fee}, бо ин пайванд пардохт кунед ва вақтро интихоб намоед: {link}",
            "ОГОҲИНОМА ДАР БОРАИ БАСТА\n\nТрек: {code}\nҲолат: боздошт шуд\nСабаб: пардохт нокифоя\nМаблағ: {fee}\n\n"
            "Агар то {date} пардохт нашавад, баста баргардонида мешавад: {link}"]},
        "loan": {"body": [
            "Мизоҷи мӯҳтарам! Ҳатто агар бонкҳо рад карда бошанд, мо то {amount} қарз медиҳем. Гарав лозим нест. Танҳо "
            "суғуртаи моҳи аввал {fee} пешакӣ пардохт мешавад. Менеҷер: {phone}",
            "Салом! Қарзи онлайн дар 10 дақиқа. Баъди ворид шудани пули кафолат {fee}, {amount} ба корти шумо "
            "мегузарад. Ариза: {link}"]},
    },
    "tk": {
        "job": {"body": [
            "Salam! Polşadaky fermalara möwsümleýin işçiler gerek. Aýlyk {amount}, ýaşaýyş mugt. Iş wizasy 3 hepdede. "
            "Resminamalar üçin {fee} öňünden {card} kartyna geçirilýär. Orun az galdy!",
            "Salam! Rezýumeňiz seredildi. Onlaýn dükana kurýer-hyzmatdaş gerek: posylkalary öýüňizde kabul edip, täze "
            "salga iberýärsiňiz. Her posylka üçin {fee}. Pasportyňyzyň nusgasyny {tg} iberiň."]},
        "parcel": {"body": [
            "Salam, bu kurýer. Öýüňize geldim, ýöne gapynyň kody ýok. Posylka {code} ammara gaýtdy. Gaýtadan eltmek "
            "{fee}, şu salgyda töläp, wagty saýlaň: {link}",
            "POSYLKA BARADA HABARNAMA\n\nTrek: {code}\nÝagdaýy: saklandy\nSebäbi: töleg ýeterlik däl\nMukdary: {fee}\n\n"
            "{date} çenli tölenmese, posylka yzyna iberiler: {link}"]},
        "loan": {"body": [
            "Hormatly müşderi! Banklar ret etse-de, bizde {amount} çenli karz bar. Girew gerek däl. Diňe birinji aýyň "
            "ätiýaçlandyryşy {fee} öňünden tölenýär. Menejer: {phone}",
            "Salam! Onlaýn karz 10 minutda. Kepillik tölegi {fee} gelenden soň {amount} kartyňyza geçer. Arza: {link}"]},
    },
    "uzc": {
        "job": {"body": [
            "Assalomu alaykum, hurmatli yurtdoshlar! Sankt-Peterburgdagi omborga yuk ortuvchilar kerak, kunlik to'lov. "
            "Ro'yxatdan o'tish va yotoqxona uchun {fee} oldindan {card} kartaga tashlanadi, qolgani ish boshlanganda. "
            "Telefon: {phone}",
            "Hurmatli nomzod! Siz Dubaydagi mehmonxonaga ofitsiant lavozimiga tanlandingiz. Oylik {amount}. Ish "
            "ruxsatnomasi uchun yig'im {fee} ni {card} kartaga o'tkazing, chekni {tg} ga yuboring."]},
        "parcel": {"body": [
            "Salom, bu kuryer. Manzilingizda uy raqami yo'q, jo'natma {code} omborga qaytdi. Qayta yetkazish {fee}, "
            "shu havoladan to'lang: {link}",
            "JO'NATMA BO'YICHA OGOHLANTIRISH\n\nTrek: {code}\nHolat: omborda\nSaqlash haqi: {fee}\n\n{date} gacha "
            "to'lanmasa, jo'natma yo'q qilinadi: {link}"]},
        "loan": {"body": [
            "Hurmatli mijoz! Kredit tarixingiz yomon bo'lsa ham, {amount} gacha qarz beramiz. Faqat sug'urta badali "
            "{fee} oldindan {card} kartaga o'tkaziladi. Menejer: {phone}",
            "Salom! Onlayn qarz 10 daqiqada, kafilsiz. Kafolat puli {fee} tushgach, {amount} kartangizga o'tadi. "
            "Ariza: {link}"]},
    },
}
