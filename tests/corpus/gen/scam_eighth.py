"""Shared scam pools of the eighth batch (eighth_batch.py), written blind by helper c8-corpus.

Every list is a pool of variants: even indices go to the dev half, odd ones to the held-out half
(fourth_batch.pick). Placeholders ({amount}, {words}, {email}, {phone}, {ref}, ...) are filled per item
by eighth_batch.Filler. The families' sentences are in scam_eighth_en.py, scam_eighth_de.py and
scam_eighth_other.py; SCAM joins them (lang -> family -> slot -> variants).
"""
import scam_eighth_de
import scam_eighth_en
import scam_eighth_other

SCAM = {"en": scam_eighth_en.SCAM, "de": scam_eighth_de.SCAM, **scam_eighth_other.SCAM}

# Greetings of the letters (a 419 writer's, a lottery desk's, a loan agent's).
GREET = {
    "en": ["Dear Friend,", "Attention: Beneficiary,", "Good day to you,", "Dearest one,", "Hello my dear,", "Greetings in the name of God,",
           "Dear Sir/Madam,", "Compliment of the season,", "Hello,", "Dear Good Friend,", "ATTENTION PLEASE,", "Peace be unto you,",
           "Dear Beloved In Christ,", "Good morning,", "Dear members of this forum,", "Hello to all members,"],
    "de": ["Sehr geehrter Herr / Frau,", "Hallo mein lieber Freund,", "Lieber Begünstigter,", "Guten Tag,", "Sehr geehrte Damen und Herren,",
           "Grüße an Sie im Namen Gottes,", "Hallo Liebe,", "Liebe Freund,", "Achtung Begünstigte,", "Schönen Tag,",
           "Sehr geehrter Empfänger,", "Hallo, wie geht es dir heute?", "Liebe Mitglieder dieser Liste,", "Hallo an alle hier,"],
    "ru": ["Здравствуйте, дорогой друг!", "Уважаемый получатель,", "Добрый день!", "Приветствую Вас,", "Дорогой мой,",
           "Уважаемый господин/госпожа,"],
    "fr": ["Bonjour cher ami,", "Cher bénéficiaire,", "Bonjour Madame/Monsieur,", "Très cher(e),", "Salut à vous,",
           "Cher(e) frère et sœur en Christ,"],
    "es": ["Querido amigo,", "Estimado beneficiario,", "Hola buenos días,", "Saludos cordiales,", "Querido hermano en Cristo,",
           "Estimado señor/señora,"],
    "tr": ["Sevgili dostum,", "Sayın yararlanıcı,", "Merhaba iyi günler,", "Değerli arkadaşım,", "Sayın Bay/Bayan,",
           "Selamlar,"],
    "uz": ["Hurmatli do'stim,", "Assalomu alaykum, aziz inson,", "Hurmatli benefitsiar,", "Salom qadrli do'stim,"],
    "kk": ["Құрметті досым,", "Сәлеметсіз бе, қадірлі адам,", "Құрметті алушы,", "Қайырлы күн,"],
    "ky": ["Урматтуу досум,", "Саламатсызбы, кымбаттуу адам,", "Урматтуу алуучу,", "Кутман күн,"],
    "tg": ["Дӯсти азиз,", "Ассалому алейкум, шахси мӯҳтарам,", "Гирандаи мӯҳтарам,", "Рӯзи хуш,"],
    "tk": ["Hormatly dostum,", "Salam, eziz adam,", "Hormatly alyjy,", "Gowy gün,"],
}

SIGN = {
    "en": ["Yours faithfully,\nBarrister Kelvin Adebayo Esq.", "God bless you,\nMrs. Helen Carter", "Regards,\nDr. Samuel Okoro",
           "Best regards,\nMr. Walter Benson\nForeign Operations Manager", "Your sister in the Lord,\nMrs. Grace Whitfield",
           "Sincerely,\nAmbassador Paul Nwankwo (Rtd)", "Respectfully yours,\nCaptain Lisa Monroe", "Thank you and God bless you richly,\nMiss Precious Kamara",
           "Yours truly,\nAudit Director, Mr. Ahmed Tijani", "Remain blessed,\nRev. Sister Maria Collins",
           "With kind regards,\nMr. Richard Hoffman\nCompensation Desk", "Warm regards,\nPrince Emeka Obi"],
    "de": ["Mit freundlichen Grüßen,\nRechtsanwalt Dr. Hans Bauer", "Gott segne dich,\nFrau Margarethe Schulz", "Hochachtungsvoll,\nHerr Friedrich Albrecht",
           "Viele Grüße,\nDr. Thomas Keller\nAuslandsabteilung", "Ihre Glaubensschwester,\nFrau Anna-Lena Vogt",
           "Mit besten Grüßen,\nNotar Klaus Wendt", "In Erwartung deiner Antwort,\nFrau Sabine Richter",
           "Mit freundlichen Grüßen\nHerr Dieter Hausmann\nLeiter der Prüfungsabteilung", "Bleib gesegnet,\nSchwester Martina",
           "Vielen Dank und Gott segne Sie,\nWitwe Elisabeth Krämer"],
    "ru": ["С уважением,\nадвокат Виктор Семенов", "Да благословит Вас Бог,\nг-жа Елена Кравец", "С наилучшими пожеланиями,\nд-р Андрей Лисицын",
           "Искренне Ваш,\nМайкл Оконкво"],
    "fr": ["Cordialement,\nMaître Jean-Paul Kouassi", "Que le Seigneur vous garde,\nMme Brigitte Laurent", "Bien à vous,\nDr. Alain Mbeki",
           "Sincères salutations,\nM. Philippe Durand"],
    "es": ["Atentamente,\nAbogado Carlos Méndez", "Que Dios te bendiga,\nSra. Lucía Fernández", "Saludos cordiales,\nDr. Javier Ortega",
           "Sinceramente,\nLic. Roberto Salinas"],
    "tr": ["Saygılarımla,\nAvukat Mehmet Kaya", "Allah sizi korusun,\nBayan Ayşe Demir", "İyi dileklerimle,\nDr. Kemal Öztürk",
           "Saygılar,\nBay Hasan Yıldız"],
    "uz": ["Hurmat bilan,\nAdvokat Jasur Karimov", "Alloh sizni asrasin,\nXonim Malika Yusupova"],
    "kk": ["Құрметпен,\nАдвокат Ерлан Сейітов", "Алла сақтасын,\nАйгүл ханым"],
    "ky": ["Урматтоо менен,\nАдвокат Нурлан Токтогулов", "Кудай сактасын,\nГүлнара айым"],
    "tg": ["Бо эҳтиром,\nАдвокат Фаридун Раҳимов", "Худо нигаҳдор,\nХонум Мадина"],
    "tk": ["Hormat bilen,\nAdwokat Merdan Orazow", "Alla goldasyn,\nAýna hanym"],
}

# Sums in words, as the writers spell them (no digits anywhere).
WORDS = {
    "en": ["Eight Million Five Hundred Thousand United States Dollars", "four million two hundred thousand dollars",
           "Ten Million British Pounds Sterling", "two point eight million euros", "Twelve Million, Six Hundred Thousand US Dollars Only",
           "one million five hundred thousand dollars", "Seven Million Eight Hundred Thousand Euros", "nine million dollars",
           "Three Million Nine Hundred Thousand Pounds", "five point five million united states dollars"],
    "de": ["vier Millionen fünfhunderttausend Euro", "Zwölf Millionen US-Dollar", "zwei Millionen achthunderttausend Euro",
           "Sechs Millionen Dollar", "eine Million siebenhunderttausend Euro", "Neun Millionen Fünfhunderttausend Euro",
           "drei komma fünf Millionen Euro", "Acht Millionen Britische Pfund"],
    "ru": ["четыре миллиона пятьсот тысяч долларов США", "два миллиона восемьсот тысяч евро", "семь миллионов долларов",
           "один миллион девятьсот тысяч евро"],
    "fr": ["quatre millions cinq cent mille euros", "deux millions huit cent mille dollars", "sept millions d'euros",
           "un million neuf cent mille euros"],
    "es": ["cuatro millones quinientos mil dólares", "dos millones ochocientos mil euros", "siete millones de euros",
           "un millón novecientos mil dólares"],
    "tr": ["dört milyon beş yüz bin dolar", "iki milyon sekiz yüz bin avro", "yedi milyon dolar", "bir milyon dokuz yüz bin avro"],
    "uz": ["to'rt million besh yuz ming dollar", "ikki million sakkiz yuz ming yevro"],
    "kk": ["төрт миллион бес жүз мың доллар", "екі миллион сегіз жүз мың еуро"],
    "ky": ["төрт миллион беш жүз миң доллар", "эки миллион сегиз жүз миң евро"],
    "tg": ["чор миллиону панҷсад ҳазор доллар", "ду миллиону ҳаштсад ҳазор евро"],
    "tk": ["dört million bäş ýüz müň dollar", "iki million sekiz ýüz müň ýewro"],
}

# Sentences that carry the sum in words.
SUM_LINE = {
    "en": ["The total sum involved is ({words}) which is now ready for release.", "The fund in question is {words}.",
           "My share of the contract money, {words}, is what I want you to receive.", "The deposit stands at {words} as at today.",
           "A total of {words} has been approved in your favour.", "It is the sum of {words} lying idle in the vault."],
    "de": ["Der Gesamtbetrag beläuft sich auf ({words}) und ist bereit für die Auszahlung.", "Es geht um die Summe von {words}.",
           "Der Fonds in Höhe von {words} wurde zu Ihren Gunsten genehmigt.", "Auf dem Konto liegt die Summe von {words} ohne Begünstigten."],
    "ru": ["Речь идет о сумме {words}.", "На счете находится {words}, и никто их не востребовал."],
    "fr": ["Le montant total est de {words}.", "La somme de {words} est déposée à votre nom."],
    "es": ["El monto total es de {words}.", "La suma de {words} está depositada a su nombre."],
    "tr": ["Toplam tutar {words} olarak belirlenmiştir.", "Hesapta {words} sahipsiz beklemektedir."],
    "uz": ["Umumiy summa {words} ni tashkil qiladi.", "Hisobda {words} egasiz turibdi."],
    "kk": ["Жалпы сома {words} құрайды.", "Шотта {words} иесіз жатыр."],
    "ky": ["Жалпы сумма {words} түзөт.", "Эсепте {words} ээсиз жатат."],
    "tg": ["Маблағи умумӣ {words} мебошад.", "Дар суратҳисоб {words} бесоҳиб мондааст."],
    "tk": ["Umumy mukdar {words} bolýar.", "Hasapda {words} eýesiz dur."],
}

# "Did you get my previous mail?" lines: the cover of a fake reply or of the letter sent again.
RESEND = {
    "en": ["I am writing you again because I have not heard from you since my last mail.", "Did you receive my previous email? Please reply.",
           "Kindly confirm the receipt of my earlier message below.", "This is the third time I am sending this to you, please respond urgently.",
           "Sorry to bother you again, see my message below and get back to me.", "Why are you silent? Read my letter again."],
    "de": ["Ich schreibe Ihnen erneut, da ich auf meine letzte Mail keine Antwort erhalten habe.", "Haben Sie meine vorherige E-Mail bekommen? Bitte antworten.",
           "Bitte bestätigen Sie den Empfang meiner Nachricht unten.", "Dies ist meine zweite Nachricht an Sie, bitte melden Sie sich dringend.",
           "Entschuldigung für die Störung nochmal, lesen Sie bitte meine Nachricht unten.", "Warum schweigen Sie? Bitte lesen Sie noch einmal."],
    "ru": ["Пишу Вам повторно, так как не получил ответа на прошлое письмо.", "Вы получили мое предыдущее письмо? Ответьте, пожалуйста."],
    "fr": ["Je vous écris de nouveau car je n'ai pas reçu de réponse à mon dernier message.", "Avez-vous reçu mon précédent courriel ? Merci de répondre."],
    "es": ["Le escribo de nuevo porque no he recibido respuesta a mi último correo.", "¿Recibió mi correo anterior? Por favor responda."],
    "tr": ["Son mesajıma cevap alamadığım için size tekrar yazıyorum.", "Önceki e-postamı aldınız mı? Lütfen cevap verin."],
    "uz": ["Oldingi xatimga javob olmaganim uchun sizga yana yozyapman.", "Avvalgi xatimni oldingizmi? Iltimos javob bering."],
    "kk": ["Алдыңғы хатыма жауап алмағандықтан сізге қайта жазып отырмын.", "Алдыңғы хатымды алдыңыз ба? Жауап беріңізші."],
    "ky": ["Мурунку катыма жооп албагандыктан сизге кайра жазып жатам.", "Мурунку катымды алдыңызбы? Жооп бериңизчи."],
    "tg": ["Ба номаи қаблиам ҷавоб нагирифтам, бинобар ин боз менависам.", "Номаи қаблии маро гирифтед? Лутфан ҷавоб диҳед."],
    "tk": ["Öňki hatyma jogap alyp bilmedim, şonuň üçin size ýene ýazýaryn.", "Öňki hatymy aldyňyzmy? Haýyş, jogap beriň."],
}

# The quote header of a fake reply (the writer "quotes" his own first letter) and the forward header.
QUOTE_HEAD = {"en": "On {date}, {who} wrote:", "de": "Am {date} schrieb {who}:", "ru": "{date}, {who} написал(а):",
              "fr": "Le {date}, {who} a écrit :", "es": "El {date}, {who} escribió:", "tr": "{date} tarihinde {who} şunu yazdı:",
              "uz": "{date} kuni {who} yozdi:", "kk": "{date} күні {who} жазды:", "ky": "{date} күнү {who} жазды:",
              "tg": "{date} {who} навишт:", "tk": "{date} senesinde {who} ýazdy:"}
FWD_HEAD = {"en": "---------- Forwarded message ---------", "de": "---------- Weitergeleitete Nachricht ----------",
            "ru": "-------- Пересылаемое сообщение --------", "fr": "---------- Message transféré ---------",
            "es": "---------- Mensaje reenviado ---------", "tr": "---------- İletilen mesaj ---------",
            "uz": "---------- Yo'naltirilgan xabar ---------", "kk": "---------- Жіберілген хабар ---------",
            "ky": "---------- Багытталган кат ---------", "tg": "---------- Паёми фиристодашуда ---------",
            "tk": "---------- Ugradylan hat ---------"}

# The "private" box a letter asks the reader to write to.
PRIVATE_BOXES = ["barr.kelvin.adebayo", "mrs.helen.carter1", "dr.okoro.samuel", "walter.benson.office", "grace.whitfield22",
                 "claims.unit.payout", "rechtsanwalt.bauer", "witwe.kraemer", "notar.wendt.buero", "m.schulz.spende",
                 "lottery.claims.agent", "fund.release.desk", "atmcard.dispatch", "compensation.secretariat", "kredit.hilfe24"]
PRIVATE_HOSTS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "aol.com", "gmx.de", "web.de", "gmx.net", "email.com",
                 "mail.com", "yandex.com", "protonmail.com", "usa.com", "post.com", "mail.ru", "zoho.com"]

# Display names of the senders by family.
SENDERS = {
    "advance-fee": {
        "en": ["Barrister Kelvin Adebayo", "Mrs. Helen Carter", "Dr. Samuel Okoro", "Mr. Walter Benson", "Mrs. Grace Whitfield",
               "Ambassador Paul Nwankwo", "Capt. Lisa Monroe", "Miss Precious Kamara", "Mr. Ahmed Tijani", "Rev. Sister Maria Collins",
               "Prince Emeka Obi", "Mrs. Aisha Gaddafi-Bello"],
        "de": ["RA Dr. Hans Bauer", "Frau Margarethe Schulz", "Herr Friedrich Albrecht", "Dr. Thomas Keller", "Frau Anna-Lena Vogt",
               "Notar Klaus Wendt", "Frau Sabine Richter", "Witwe Elisabeth Krämer"],
        "ru": ["Виктор Семенов", "Елена Кравец", "Андрей Лисицын", "Michael Okonkwo"],
        "fr": ["Maître Jean-Paul Kouassi", "Mme Brigitte Laurent", "Dr Alain Mbeki", "Philippe Durand"],
        "es": ["Abogado Carlos Méndez", "Sra. Lucía Fernández", "Dr. Javier Ortega", "Lic. Roberto Salinas"],
        "tr": ["Av. Mehmet Kaya", "Ayşe Demir", "Dr. Kemal Öztürk", "Hasan Yıldız"],
        "uz": ["Jasur Karimov", "Malika Yusupova"], "kk": ["Ерлан Сейітов", "Айгүл Нұрланқызы"], "ky": ["Нурлан Токтогулов", "Гүлнара Асанова"],
        "tg": ["Фаридун Раҳимов", "Мадина Саидова"], "tk": ["Merdan Orazow", "Aýna Berdiýewa"],
    },
    "lottery": {"en": ["Euro Millions Online Promo", "Microsoft Award Team", "International Email Draw", "Google Anniversary Lotto",
                       "UK National Claims Office", "Coca-Cola Promo Desk"],
                "de": ["Gewinnbenachrichtigung", "Euro Lotto Zentrale", "Auszahlungsstelle Gewinne", "Internationale Lotterie Kommission"],
                "ru": ["Международная лотерея", "Отдел выплат"], "fr": ["Loterie Internationale", "Service des gains"],
                "es": ["Lotería Internacional", "Departamento de premios"], "tr": ["Uluslararası Piyango", "Ödül Birimi"]},
    "loan": {"en": ["Quick Loan Finance", "Mr. George Whitman", "Global Credit Trust", "Mrs. Rose Allen Loans"],
             "de": ["Kredit Service Schmidt", "Frau Petra Lang Darlehen", "Privatkredit Hilfe", "Herr Jürgen Meier"],
             "ru": ["Быстрый займ", "Кредитный отдел"], "fr": ["Prêt Rapide", "Mme Claire Dubois"], "es": ["Préstamos Rápidos", "Sra. Elena Ruiz"],
             "tr": ["Hızlı Kredi", "Bay Ahmet Koç"]},
    "sextortion": {"en": ["", "Security Alert", "Your Hacker"], "de": ["", "Sicherheitswarnung"], "ru": ["", "Хакер"]},
    "crypto": {"en": ["Crypto Wealth Club", "Emma from TradeMax", "Bitcoin Profit Team"], "de": ["Krypto Gewinn Team", "Sandra von BitInvest"],
               "ru": ["Крипто Инвест", "Анна, финансовый консультант"], "fr": ["Club Crypto Patrimoine", "Julie, conseillère"], "es": ["Equipo Cripto Inversión", "Laura, asesora"],
               "tr": ["Kripto Yatırım Ekibi", "Zeynep, danışman"]},
    "romance": {"en": ["Anna", "Sgt. Mark Dawson", "Natalie"], "de": ["Olga", "Katharina"]},
    "job": {"en": ["HR Recruitment Team", "Jessica Moore, HR"], "de": ["Personalabteilung", "Julia Werner HR"]},
    "fake-shop": {"en": ["Outlet Store Clearance", "BrandShop Sale"]},
    "parcel": {"en": ["Parcel Delivery Service", "Customs Clearance Dept"], "de": ["Paketdienst Zustellung", "Zollabteilung"]},
    "tech-support": {"en": ["Windows Support Center", "Account Security Team"], "de": ["Microsoft Sicherheitsdienst", "Technischer Support"]},
}
