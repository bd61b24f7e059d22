"""Sixth batch of scam pools (round 7, `batch: sixth`), written blind.

The author (helper C6) never opened the signature packs (signatures/**),
never ran the sensor, `sig test` or a detection on these texts and never
saw a detection result for them. The earlier batches' generators were read
only to learn the format and to reuse the packaging; the sentences here are
new, written for this project as the senders of such mail write them: the
plain-spoken 419 "business proposal" that never says inheritance or
lottery, the German Spendenbrief and Gewinnbenachrichtigung, the two-line
WhatsApp lure, the Telegram and USDT (TRC20) asks, gift cards, "scan the QR
code to pay".

Slots per family: subj, hook, body, ask, short (a complete two-line lure,
optional), head (the "From the desk of" line, optional), ps (optional).
Even-numbered variants are development, odd-numbered held-out. A hook may
start with "[theme] " naming its scenario. Placeholders: {amount} {words}
{wallet} {link} {hours} {password} {phone} {code} {email} {ref} as in the
fifth batch, and {tg} (a Telegram handle), {trc} (a TRC20 address), {btc}
and {usdt} (a sum in the coin), {gift} (a gift-card brand).
"""

GREET = {
    "en": ["Hi,", "Hello dear,", "Dear Customer,", "Good morning,", "Dear Sir/Madam,", "Hello friend,"],
    "ru": ["Добрый день!", "Привет.", "Уважаемый клиент!", "Здравствуйте, друг,", "Доброе утро,", "Уважаемый(ая) абонент,"],
    "de": ["Hallo,", "Guten Tag,", "Sehr geehrter Kunde,", "Moin,", "Sehr geehrte Frau, sehr geehrter Herr,", "Hallo lieber Freund,"],
    "fr": ["Bonjour à vous,", "Salut,", "Cher(e) client(e),", "Bonsoir à vous,"],
    "es": ["Buenos días,", "Hola amigo,", "Estimado(a) señor(a),", "Saludos cordiales,"],
    "tr": ["Merhaba,", "Selamlar,", "Sayın müşterimiz,", "Merhaba sevgili dostum,"],
    "uk": ["Привіт,", "Добридень,", "Шановний клієнте!", "Вітаю вас,"],
    "uz": ["Assalomu alaykum!", "Salom do'stim,", "Hurmatli mijoz!", "Xayrli kun,"],
    "kk": ["Сәлеметсіз бе!", "Сәлем досым,", "Құрметті клиент!", "Қайырлы күн,"],
    "ky": ["Саламатсызбы!", "Салам досум,", "Урматтуу кардар!", "Кутман күн,"],
    "tg": ["Ассалому алейкум!", "Салом дӯстам,", "Мизоҷи азиз!", "Рӯзи хуш,"],
    "tk": ["Salam!", "Salam dostum,", "Hormatly müşderi!", "Ertiriňiz haýyrly bolsun,"],
}

# Openings of advance-fee, lottery, romance and loan letters.
GREET419 = {
    "en": ["Dear Friend,", "Attention Please,", "Dear Sir,", "Greetings to you and your family,", "My Dear,",
           "Good day and God bless you,", "Dear Partner,", "Hello Good Friend,"],
    "ru": ["Дорогой друг,", "Прошу Вашего внимания,", "Уважаемый господин,", "Приветствую Вас и Вашу семью,",
           "Мой дорогой,", "Доброго дня и благословения,"],
    "de": ["Lieber Freund,", "Bitte um Ihre Aufmerksamkeit,", "Sehr geehrter Herr/Frau,", "Grüße an Sie und Ihre Familie,",
           "Mein lieber Freund,", "Guten Tag und Gottes Segen,", "Werter Geschäftspartner,", "Hallo, lieber Mensch,"],
    "fr": ["Cher ami,", "Votre attention s'il vous plaît,", "Monsieur/Madame,", "Salutations à vous et à votre famille,"],
    "es": ["Querido amigo(a),", "Atención por favor,", "Estimado señor/señora,", "Saludos a usted y a su familia,"],
    "tr": ["Sevgili arkadaşım,", "Lütfen dikkat,", "Sayın Bay/Bayan,", "Size ve ailenize selamlar,"],
    "uk": ["Дорогий друже,", "Прошу вашої уваги,", "Шановний пане/пані,", "Вітаю вас і вашу родину,"],
    "uz": ["Aziz do'stim,", "Diqqatingiz uchun,", "Hurmatli janob/xonim,", "Sizga va oilangizga salom,"],
    "kk": ["Қымбатты досым,", "Назар аударыңыз,", "Құрметті мырза/ханым,", "Сізге және отбасыңызға сәлем,"],
    "ky": ["Кымбаттуу досум,", "Көңүл буруңуз,", "Урматтуу мырза/айым,", "Сизге жана үй-бүлөңүзгө салам,"],
    "tg": ["Дӯсти азиз,", "Диққат фармоед,", "Ҷаноби/Хонуми мӯҳтарам,", "Ба Шумо ва оилаатон салом,"],
    "tk": ["Eziz dostum,", "Üns beriň,", "Hormatly jenap/hanym,", "Size we maşgalaňyza salam,"],
}

SIGN = {
    "en": ["Best Regards,\nMr. Peter Owusu\nAudit Manager", "Yours faithfully,\nBarrister James Kofi Mensah", "Regards,\nHelen",
           "Thanks and God bless,\nMrs. Grace Williams", "Sincerely,\nDr. Ibrahim Salisu\nForeign Operations Dept.",
           "Warm regards,\nCustomer Care Team", "Kind Regards,\nAdam", "Respectfully,\nCapt. Robert Hayes"],
    "ru": ["С уважением,\nАндрей Викторович, юрист", "Искренне,\nмиссис Грейс Уильямс", "Всего доброго,\nЛена",
           "С наилучшими пожеланиями,\nд-р Ибрагим Салису", "Жду Вашего ответа,\nСергей", "Служба поддержки клиентов"],
    "de": ["Mit freundlichen Grüßen\nRA Klaus-Dieter Brandt", "Hochachtungsvoll\nFrau Ingrid Hofmann", "Liebe Grüße\nSabine",
           "Gott segne Sie\nSchwester Maria Theresia", "MfG\nDr. Alois Gruber, Notar", "Ihr Kundenservice-Team",
           "Beste Grüße\nThomas", "Mit herzlichen Grüßen\nFrau Renate Vogel"],
    "fr": ["Cordialement,\nMe Olivier Dubois, notaire", "Bien à vous,\nMme Sylvie Laurent", "Amicalement,\nMarc", "L'équipe du service client"],
    "es": ["Atentamente,\nLic. Fernando Castillo", "Cordialmente,\nSra. Isabel Romero", "Un saludo,\nJavier", "Equipo de atención al cliente"],
    "tr": ["Saygılarımla,\nAv. Murat Yıldız", "Selam ve dua ile,\nAyşe Hanım", "Görüşmek üzere,\nEmre", "Müşteri Hizmetleri Ekibi"],
    "uk": ["З повагою,\nюрист Коваленко І.П.", "Щиро ваша,\nмісіс Грейс Вільямс", "До зв'язку,\nОлег", "Служба підтримки"],
    "uz": ["Hurmat bilan,\nadvokat Karimov B.", "Sizni kutaman,\nNodira", "Omad tilayman,\nSardor", "Mijozlarni qo'llab-quvvatlash xizmati"],
    "kk": ["Құрметпен,\nзаңгер Сейітов Б.", "Жауабыңызды күтемін,\nАйгүл", "Сәттілік,\nЕрлан", "Клиенттерді қолдау қызметі"],
    "ky": ["Урматтоо менен,\nюрист Асанов Б.", "Жообуңузду күтөм,\nАйгүл", "Ийгилик,\nНурбек", "Кардарларды колдоо кызматы"],
    "tg": ["Бо эҳтиром,\nҳуқуқшинос Раҳимов Б.", "Ҷавоби Шуморо интизорам,\nМадина", "Барори кор,\nФаррух", "Хадамоти дастгирии мизоҷон"],
    "tk": ["Hormatlamak bilen,\nhukukçy Orazow B.", "Jogabyňyza garaşýaryn,\nAýgül", "Üstünlik,\nMerdan", "Müşderilere goldaw gullugy"],
}

# Sums in words. Even variants dev, odd held-out.
WORDS = {
    "en": ["Eighteen Million Six Hundred Thousand US Dollars", "seven hundred and fifty dollars", "Four Point Two Million Euros",
           "two thousand four hundred pounds", "Nine Million Two Hundred Thousand Dollars Only", "one thousand five hundred dollars"],
    "ru": ["восемнадцать миллионов шестьсот тысяч долларов США", "семьсот пятьдесят долларов", "четыре целых две десятых миллиона евро",
           "две тысячи четыреста рублей", "девять миллионов двести тысяч долларов", "полторы тысячи долларов"],
    "de": ["achtzehn Millionen sechshunderttausend US-Dollar", "siebenhundertfünfzig Euro", "vier Komma zwei Millionen Euro",
           "zweitausendvierhundert Euro", "neun Millionen zweihunderttausend Euro", "eintausendfünfhundert Euro",
           "eine Million dreihunderttausend Euro", "dreihundertneunzig Euro"],
    "fr": ["dix-huit millions six cent mille dollars", "sept cent cinquante euros", "quatre virgule deux millions d'euros",
           "deux mille quatre cents euros"],
    "es": ["dieciocho millones seiscientos mil dólares", "setecientos cincuenta euros", "cuatro coma dos millones de euros",
           "dos mil cuatrocientos euros"],
    "tr": ["on sekiz milyon altı yüz bin dolar", "yedi yüz elli lira", "dört virgül iki milyon euro", "iki bin dört yüz lira"],
    "uk": ["вісімнадцять мільйонів шістсот тисяч доларів", "сімсот п'ятдесят гривень", "чотири цілих дві десятих мільйона євро",
           "дві тисячі чотириста гривень"],
    "uz": ["o'n sakkiz million dollar", "yetti yuz ellik ming so'm", "to'rt yarim million yevro", "ikki million to'rt yuz ming so'm"],
    "kk": ["он сегіз миллион доллар", "жеті жүз елу мың теңге", "төрт жарым миллион еуро", "екі миллион төрт жүз мың теңге"],
    "ky": ["он сегиз миллион доллар", "жети жүз элүү миң сом", "төрт жарым миллион евро", "эки миллион төрт жүз миң сом"],
    "tg": ["ҳаждаҳ миллион доллар", "ҳафтсаду панҷоҳ сомонӣ", "чор ва ним миллион евро", "ду ҳазору чорсад сомонӣ"],
    "tk": ["on sekiz million dollar", "ýedi ýüz elli manat", "dört ýarym million ýewro", "iki müň dört ýüz manat"],
}

# The victim's earlier answer, quoted in a thread. Even dev, odd held-out.
QUOTED = {
    "en": ["Hello, I got your mail. What do I need to do?", "How do I know you are genuine?", "I sent the form yesterday, any news?",
           "I can't pay that fee, can it be taken from the money?", "Please call me, I don't understand.", "Ok. Which bank?"],
    "ru": ["Здравствуйте, получил письмо. Что нужно сделать?", "А как мне убедиться, что вы не мошенники?",
           "Вчера отправила анкету, есть новости?", "Не могу оплатить сбор, можно вычесть из суммы?",
           "Позвоните мне, я ничего не понял.", "Хорошо. Какой банк?"],
    "de": ["Hallo, ich habe Ihre Mail bekommen. Was muss ich tun?", "Woher weiß ich, dass das seriös ist?",
           "Ich habe das Formular gestern geschickt, gibt es Neuigkeiten?", "Die Gebühr kann ich nicht zahlen, geht das vom Betrag ab?",
           "Bitte rufen Sie mich an, ich verstehe das nicht.", "Ok. Welche Bank?"],
    "fr": ["Bonjour, j'ai reçu votre mail. Que dois-je faire ?", "Comment savoir si c'est sérieux ?",
           "J'ai envoyé le formulaire hier, des nouvelles ?", "Je ne peux pas payer ces frais, vous pouvez les déduire ?"],
    "es": ["Hola, recibí su correo. ¿Qué tengo que hacer?", "¿Cómo sé que esto es serio?",
           "Envié el formulario ayer, ¿hay novedades?", "No puedo pagar esa tarifa, ¿se puede descontar del dinero?"],
    "tr": ["Merhaba, mailinizi aldım. Ne yapmam gerekiyor?", "Bunun gerçek olduğunu nereden bileyim?",
           "Formu dün gönderdim, bir haber var mı?", "O ücreti ödeyemem, paradan düşülebilir mi?"],
    "uk": ["Добрий день, лист отримав. Що треба зробити?", "Як мені знати, що це не шахраї?",
           "Учора надіслала анкету, є новини?", "Не можу сплатити збір, можна відняти від суми?"],
    "uz": ["Salom, xatingizni oldim. Nima qilishim kerak?", "Bu haqiqat ekanini qanday bilaman?",
           "Anketani kecha yubordim, yangilik bormi?", "To'lovni qila olmayman, summadan ushlab qolsa bo'ladimi?"],
    "kk": ["Сәлеметсіз бе, хатыңызды алдым. Не істеуім керек?", "Бұның шын екенін қалай білемін?",
           "Сауалнаманы кеше жібердім, жаңалық бар ма?", "Алымды төлей алмаймын, сомадан ұстап қалуға бола ма?"],
    "ky": ["Саламатсызбы, катыңызды алдым. Эмне кылышым керек?", "Бул чын экенин кантип билем?",
           "Анкетаны кечээ жөнөттүм, жаңылык барбы?", "Төлөмдү төлөй албайм, суммадан кармап калса болобу?"],
    "tg": ["Салом, мактубатонро гирифтам. Чӣ кор кунам?", "Аз куҷо донам, ки ин рост аст?",
           "Анкетаро дирӯз фиристодам, хабаре ҳаст?", "Пардохтро карда наметавонам, аз маблағ гирифтан мумкин?"],
    "tk": ["Salam, hatyňyzy aldym. Näme etmeli?", "Munuň hakykydygyny nädip bilýän?",
           "Anketany düýn iberdim, täzelik barmy?", "Tölegi töläp bilmeýärin, pulundan tutup bolarmy?"],
}
QUOTE_HEAD = {"en": "On {date}, {who} wrote:", "ru": "{date}, {who} пишет:", "de": "Am {date} schrieb {who}:",
              "fr": "Le {date}, {who} a écrit :", "es": "El {date}, {who} escribió:", "tr": "{date} tarihinde {who} şunu yazdı:",
              "uk": "{date}, {who} пише:", "uz": "{date} kuni {who} yozdi:", "kk": "{date} күні {who} жазды:",
              "ky": "{date} күнү {who} жазды:", "tg": "{date} {who} навишт:", "tk": "{date} senesinde {who} ýazdy:"}
FWD_HEAD = {"en": "---------- Forwarded message ---------", "ru": "-------- Пересылаемое сообщение --------",
            "de": "---------- Weitergeleitete Nachricht ----------", "fr": "---------- Message transféré ---------",
            "es": "---------- Mensaje reenviado ---------", "tr": "---------- İletilen ileti ---------",
            "uk": "-------- Переслане повідомлення --------", "uz": "---------- Yo'naltirilgan xabar ---------",
            "kk": "---------- Қайта жіберілген хат ---------", "ky": "---------- Кайра жөнөтүлгөн кат ---------",
            "tg": "---------- Паёми фиристодашуда ---------", "tk": "---------- Gaýtadan iberilen hat ---------"}

# The sender's line above his own "previous message", forwarded again. Even dev, odd held-out.
RESEND = {
    "en": ["Did you receive my previous email? Please read below and get back to me.",
           "I am resending this message because I have not heard from you.",
           "Please kindly read the message below again, time is running out.",
           "This is my second mail to you, I hope this one reaches you.",
           "Forwarding again in case it went to your spam folder.",
           "Sorry to disturb you again. See my earlier message below."],
    "ru": ["Вы получили моё прошлое письмо? Прочтите ниже и ответьте.", "Пересылаю ещё раз, так как ответа от Вас не было.",
           "Пожалуйста, перечитайте сообщение ниже, времени мало.", "Пишу Вам второй раз, надеюсь, это письмо дойдёт.",
           "На всякий случай пересылаю, вдруг попало в спам.", "Простите, что снова беспокою. Моё письмо ниже."],
    "de": ["Haben Sie meine letzte E-Mail erhalten? Bitte lesen Sie unten und melden Sie sich.",
           "Ich sende Ihnen diese Nachricht erneut, da ich keine Antwort bekommen habe.",
           "Bitte lesen Sie die Nachricht unten noch einmal, die Zeit drängt.",
           "Dies ist meine zweite Mail an Sie, ich hoffe, diese erreicht Sie.",
           "Ich leite es nochmal weiter, falls es im Spam gelandet ist.",
           "Entschuldigen Sie die erneute Störung. Meine frühere Nachricht steht unten."],
    "fr": ["Avez-vous reçu mon précédent message ? Lisez ci-dessous et répondez-moi.",
           "Je vous renvoie ce message car je n'ai pas eu de réponse.",
           "Merci de relire le message ci-dessous, le temps presse.", "Je transfère encore au cas où c'était dans les spams."],
    "es": ["¿Recibió mi correo anterior? Léalo abajo y contésteme.", "Le reenvío este mensaje porque no he tenido respuesta.",
           "Por favor lea de nuevo el mensaje de abajo, el tiempo apremia.", "Lo reenvío por si llegó a la carpeta de spam."],
    "tr": ["Önceki mailimi aldınız mı? Lütfen aşağıyı okuyup dönüş yapın.", "Cevap alamadığım için bu mesajı tekrar gönderiyorum.",
           "Lütfen aşağıdaki mesajı tekrar okuyun, zaman daralıyor.", "Spam klasörüne düşmüş olabilir diye tekrar iletiyorum."],
    "uk": ["Ви отримали мій попередній лист? Прочитайте нижче й дайте відповідь.", "Пересилаю ще раз, бо відповіді не було.",
           "Будь ласка, перечитайте повідомлення нижче, часу обмаль.", "Пересилаю знову, раптом потрапило в спам."],
    "uz": ["Oldingi xatimni oldingizmi? Pastdagini o'qib, javob bering.", "Javob bo'lmagani uchun xabarni qayta yuboryapman.",
           "Iltimos, pastdagi xabarni yana o'qing, vaqt oz qoldi.", "Spamga tushgan bo'lishi mumkin, qayta yubordim."],
    "kk": ["Алдыңғы хатымды алдыңыз ба? Төмендегіні оқып, жауап беріңіз.", "Жауап болмағандықтан хатты қайта жіберемін.",
           "Төмендегі хабарды қайта оқыңызшы, уақыт аз қалды.", "Спамға түсіп кетуі мүмкін, қайта жібердім."],
    "ky": ["Мурунку катымды алдыңызбы? Төмөнкүнү окуп, жооп бериңиз.", "Жооп болбогондуктан катты кайра жөнөтөм.",
           "Төмөнкү катты кайра окуп чыгыңызчы, убакыт аз калды.", "Спамга түшүп калышы мүмкүн, кайра жөнөттүм."],
    "tg": ["Мактуби пештараамро гирифтед? Поёнро хонда, ҷавоб диҳед.", "Ҷавоб набуд, бинобар ин паёмро дубора мефиристам.",
           "Лутфан паёми поёнро боз хонед, вақт кам мондааст.", "Шояд ба спам афтода бошад, дубора фиристодам."],
    "tk": ["Öňki hatymy aldyňyzmy? Aşakdakyny okap, jogap beriň.", "Jogap bolmansoň, haty gaýtadan iberýärin.",
           "Aşakdaky haty ýene bir okaň, wagt az galdy.", "Spama düşen bolmagy mümkin, gaýtadan iberdim."],
}

# A letter's cover note when the letter itself is attached. Even dev, odd held-out.
ATTACH_COVER = {
    "en": ["Please find attached the details of the transaction.", "See attachment for your notification letter.",
           "Open the attached file and follow the instructions.", "Attached is the official letter, read it carefully."],
    "ru": ["Подробности во вложении.", "Официальное уведомление во вложенном файле.", "Откройте вложение и следуйте инструкции.",
           "Во вложении письмо, прочтите внимательно."],
    "de": ["Die Einzelheiten finden Sie im Anhang.", "Ihr Benachrichtigungsschreiben liegt als Anhang bei.",
           "Öffnen Sie die angehängte Datei und folgen Sie den Anweisungen.", "Anbei das offizielle Schreiben, bitte sorgfältig lesen."],
    "fr": ["Vous trouverez les détails en pièce jointe.", "Votre lettre de notification est en pièce jointe.",
           "Ouvrez le fichier joint et suivez les instructions.", "Ci-joint la lettre officielle, lisez-la attentivement."],
    "es": ["Encontrará los detalles en el archivo adjunto.", "Su carta de notificación va adjunta.",
           "Abra el archivo adjunto y siga las instrucciones.", "Adjunto la carta oficial, léala con atención."],
    "tr": ["Ayrıntılar ektedir.", "Bildirim mektubunuz ekte yer almaktadır.", "Ekteki dosyayı açıp talimatları izleyin.",
           "Resmi yazı ektedir, lütfen dikkatle okuyun."],
    "uk": ["Подробиці у вкладенні.", "Офіційне повідомлення у вкладеному файлі.", "Відкрийте вкладення та виконайте інструкцію.",
           "У вкладенні лист, прочитайте уважно."],
    "uz": ["Tafsilotlar ilovada.", "Rasmiy xabarnoma ilova qilingan faylda.", "Ilovani oching va ko'rsatmaga amal qiling.",
           "Ilovada xat bor, diqqat bilan o'qing."],
    "kk": ["Толығырақ тіркемеде.", "Ресми хабарлама тіркелген файлда.", "Тіркемені ашып, нұсқаулықты орындаңыз.",
           "Тіркемеде хат бар, мұқият оқыңыз."],
    "ky": ["Кененирээк тиркемеде.", "Расмий билдирүү тиркелген файлда.", "Тиркемени ачып, көрсөтмөнү аткарыңыз.",
           "Тиркемеде кат бар, кунт коюп окуңуз."],
    "tg": ["Тафсилот дар замима.", "Огоҳиномаи расмӣ дар файли замима.", "Замимаро кушоед ва дастурро иҷро кунед.",
           "Дар замима мактуб ҳаст, бодиққат хонед."],
    "tk": ["Jikme-jiklikler goşundyda.", "Resmi habarnama goşulan faýlda.", "Goşundyny açyp, görkezmä eýeriň.",
           "Goşundyda hat bar, üns bilen okaň."],
}
ATTACH_NAMES_TXT = ["Letter.txt", "NOTIFICATION.txt", "beneficiary_form.txt", "Gewinnbenachrichtigung.txt", "details.txt",
                    "payment_instructions.txt", "URGENT.txt", "Вложение.txt", "contract.txt", "claim_form.txt"]
ATTACH_NAMES_HTML = ["Notice.html", "Document.htm", "invoice_copy.html", "Secure_Message.html", "Award_Letter.htm",
                     "Zahlungsdetails.html", "Уведомление.html", "verify.html", "Payment_Advice.html", "Claim.htm"]

PRODUCTS = ["iPhone 15 Pro 256GB", "Samsung Galaxy S24 Ultra", "Dyson V15 Detect", "PlayStation 5 Slim", "Apple Watch Ultra 2",
            "Nike Air Max 90", "Canada Goose Parka", "Rolex Submariner (Replica)", "MacBook Air M3", "AirPods Pro 2",
            "Bosch Akkuschrauber 18V", "Thermomix TM6", "KN95 Masken 50 Stk.", "Антигриппин 20 шт.", "Xiaomi Robot Vacuum",
            "Louis Vuitton Neverfull", "Garmin Fenix 7", "GoPro HERO12"]
# Form labels of a claim page (last: the button).
CLAIM_FIELDS = {
    "en": ["Full name", "Home address", "Phone / WhatsApp", "Card number", "Claim now"],
    "ru": ["ФИО", "Адрес", "Телефон / WhatsApp", "Номер карты", "Получить выплату"],
    "de": ["Vollständiger Name", "Anschrift", "Telefon / WhatsApp", "IBAN oder Kartennummer", "Jetzt auszahlen lassen"],
    "fr": ["Nom complet", "Adresse", "Téléphone / WhatsApp", "Numéro de carte", "Réclamer"],
    "es": ["Nombre completo", "Dirección", "Teléfono / WhatsApp", "Número de tarjeta", "Reclamar ahora"],
    "tr": ["Ad soyad", "Adres", "Telefon / WhatsApp", "Kart numarası", "Hemen al"],
    "uk": ["ПІБ", "Адреса", "Телефон / WhatsApp", "Номер картки", "Отримати виплату"],
    "uz": ["F.I.Sh.", "Manzil", "Telefon / WhatsApp", "Karta raqami", "Yutuqni olish"],
    "kk": ["Аты-жөні", "Мекенжай", "Телефон / WhatsApp", "Карта нөмірі", "Ұтысты алу"],
    "ky": ["Аты-жөнү", "Дарек", "Телефон / WhatsApp", "Карта номери", "Утушту алуу"],
    "tg": ["Ному насаб", "Суроға", "Телефон / WhatsApp", "Рақами корт", "Гирифтани ҷоиза"],
    "tk": ["Ady we familiýasy", "Salgy", "Telefon / WhatsApp", "Kart belgisi", "Baýragy almak"],
}
BUY = {"en": "Add to cart", "ru": "В корзину", "de": "In den Warenkorb", "fr": "Ajouter au panier", "es": "Añadir al carrito",
       "tr": "Sepete ekle", "uk": "До кошика", "uz": "Savatga", "kk": "Себетке", "ky": "Себетке", "tg": "Ба сабад", "tk": "Sebede"}

# Display names in front of the sender address, per family (even dev, odd held-out; the address is
# free-mail, an unrelated domain or a look-alike: sixth_batch.scamHeaders).
SENDERS = {
    "advance-fee": {
        "en": ["Mr. David Kamau", "Barrister Samuel Adeyemi", "Mrs. Linda Chen, Hang Seng Bank", "Foreign Remittance Dept.",
               "United Nations Compensation Unit", "Dr. Musa Bello", "Mrs. Sarah Thompson", "Office of the Auditor General"],
        "de": ["RA Dr. Heinrich Bauer", "Frau Elisabeth Krämer", "Nachlassverwaltung Schmidt & Partner", "Herr Georg Albrecht",
               "Stiftung Hoffnung e.V.", "Notariat Dr. Weiß", "Frau Monika Richter", "Bankhaus Auslandsabteilung"],
        "ru": ["Адвокат Сэмюэл Адейеми", "Миссис Линда Чен", "Отдел международных переводов", "Юрист Андрей Викторович",
               "Фонд Компенсаций ООН", "Д-р Муса Белло"],
    },
    "lottery": {
        "en": ["Euro Millions Claims Dept", "Microsoft Award Team", "International Lottery Commission", "Coca-Cola Promo Office",
               "Google Anniversary Draw", "UK National Online Draw"],
        "de": ["Deutsche Lotterie Gewinnabteilung", "Gewinnspiel-Zentrale", "EuroJackpot Auszahlungsstelle", "Google Jubiläum Ziehung",
               "Lotto Auszahlungsbüro Madrid", "Internationale Lotteriekommission"],
        "ru": ["Отдел выплат призов", "Международная лотерейная комиссия", "Юбилейный розыгрыш Google", "Служба выдачи выигрышей"],
    },
    "loan": {
        "en": ["Quick Finance Ltd", "Mr. Robert Lending", "Global Credit Services", "Private Lender Mrs. Anna"],
        "de": ["Privatkredit Sofort", "Herr Stefan Darlehen", "Kreditservice Europa", "Frau Claudia Weber, Kreditvermittlung"],
        "ru": ["Быстрые займы онлайн", "Частный кредитор Анна", "Кредитный центр", "Финансовая помощь 24"],
    },
    "sextortion": {"en": ["", "Security Alert", "Your Account", "Hacker"], "de": ["", "Sicherheitswarnung"], "ru": ["", "Безопасность"]},
    "crypto": {"en": ["Crypto Profit Team", "Binance Rewards", "Elon Giveaway", "Trading Coach Jessica"],
               "de": ["Krypto Gewinn Team", "Bitcoin Bonus Aktion"], "ru": ["Крипто Доход", "Бинанс Бонус"]},
    "romance": {"en": ["Jennifer", "Sgt. Michael Brown", "Anna", "Dr. Williams"], "de": ["Natascha", "Kapitän James"],
                "ru": ["Наташа", "Сержант Майкл"]},
    "fake-shop": {"en": ["Mega Sale Outlet", "Brand Store Clearance"], "de": ["Lagerräumung Outlet", "Marken-Shop Sale"],
                  "ru": ["Распродажа склада", "Брендовый Outlet"]},
    "job": {"en": ["HR Department", "Remote Jobs Team", "Recruiter Emily"], "de": ["Personalabteilung", "Jobangebot Team"],
            "ru": ["Отдел кадров", "HR менеджер Алина"]},
    "parcel": {"en": ["DHL Express", "Royal Mail", "UPS Delivery Service", "Customs Office"],
               "de": ["DHL Paket", "Deutsche Post Zustellung", "Zollamt", "Hermes Versand"],
               "ru": ["Почта России", "СДЭК доставка", "Таможенная служба"]},
    "tech-support": {"en": ["Microsoft Support", "Windows Defender", "Apple Care"], "de": ["Microsoft Kundendienst", "Windows Sicherheit"],
                     "ru": ["Служба поддержки Microsoft", "Защитник Windows"]},
    "gov-refund": {"en": ["HM Revenue & Customs", "Tax Refund Office", "IRS"], "de": ["Bundeszentralamt für Steuern", "Finanzamt"],
                   "ru": ["ФНС России", "Госуслуги"]},
    "account-phish": {"en": ["PayPal", "Microsoft account team", "Mail Administrator", "Netflix"],
                      "de": ["PayPal Service", "Sparkasse Online", "Postmaster"], "ru": ["Сбербанк Онлайн", "Администратор почты"]},
}

from scam_sixth_en import EN  # noqa: E402
from scam_sixth_de import DE  # noqa: E402
from scam_sixth_ru import RU, UK  # noqa: E402
from scam_sixth_eu import ES, FR, TR  # noqa: E402
from scam_sixth_ca import KK, KY, TG, TK, UZ  # noqa: E402

SCAM = {"en": EN, "ru": RU, "de": DE, "fr": FR, "es": ES, "tr": TR, "uk": UK, "uz": UZ, "kk": KK, "ky": KY, "tg": TG, "tk": TK}
