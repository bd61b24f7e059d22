"""Seventh batch of scam pools (round 8, `batch: seventh`), written blind.

The author (helper c7-corpus) never opened the signature packs (signatures/**), never ran the sensor,
`sig test` or a detection on these texts and never saw a detection result for them. The earlier
batches' generators were read only to learn the format and to reuse the packaging; the sentences are
new, written for this project as the senders of such mail write them.

What the batch models: scam mail as a public technical mailing list's ARCHIVE holds it (issue 17's
hidden test): the list delivered it to every subscriber, so it carries the list's headers and footer
like any post. About three in four are advance-fee letters in their many costumes (inheritance, widow
or dying philanthropist donation, diplomat consignment, UN / IMF / World Bank compensation, dormant
account, "business proposal", next of kin, bank insider, over-invoiced contract, gold and oil, ATM
card), lottery and email-ballot notices, loan circulars and investment pitches; a few are sextortion,
romance, job / mule, shop, parcel and tech-support mail. German is a fifth of them.

Slots per (language, family): subj, hook, body, ask, short (a complete one-paragraph teaser, optional),
head ("From the desk of", optional), ps (optional). A hook or body sentence may start with "[theme] ".
Even-numbered variants are development, odd-numbered held-out. Placeholders: {email} (the "private"
address, always another free-mail box than the sender's), {words} (a sum in words), {amount},
{wallet}, {link}, {phone}, {ref}, {tg}, {btc}, {password}, {code}.
"""

GREET = {
    "en": ["Dear Friend,", "Attention:", "Dear Sir/Madam,", "Greetings,", "Good Day,", "Dear Beloved,", "Hello,",
           "Compliments of the day,", "Dear Beneficiary,", "Dearest One,"],
    "de": ["Lieber Freund,", "Achtung:", "Sehr geehrte Damen und Herren,", "Grüße,", "Guten Tag,", "Mein Geliebter in Christus,",
           "Hallo,", "Schönen Tag Ihnen,", "Sehr geehrter Begünstigter,", "Liebste Person,"],
    "ru": ["Дорогой друг,", "Внимание:", "Уважаемый господин/госпожа,", "Приветствую,"],
    "fr": ["Cher ami,", "À l'attention de :", "Madame, Monsieur,", "Salutations,"],
    "es": ["Querido amigo,", "Atención:", "Estimado señor/señora,", "Saludos,"],
    "tr": ["Sevgili dostum,", "Dikkat:", "Sayın Bay/Bayan,", "Selamlar,"],
    "uz": ["Aziz do'stim,", "Diqqat:", "Hurmatli janob/xonim,", "Assalomu alaykum,"],
    "kk": ["Қымбатты досым,", "Назар аударыңыз:", "Құрметті мырза/ханым,", "Сәлеметсіз бе,"],
    "ky": ["Кымбаттуу досум,", "Көңүл буруңуз:", "Урматтуу мырза/айым,", "Саламатсызбы,"],
    "tg": ["Дӯсти азиз,", "Диққат:", "Ҷаноб/Хонуми муҳтарам,", "Ассалому алейкум,"],
    "tk": ["Eziz dostum,", "Üns beriň:", "Hormatly jenap/hanym,", "Salam,"],
}

SIGN = {
    "en": ["Yours Sincerely,\nBarr. Ikenna Obi (Esq)", "Best Regards,\nMrs. Helen Morrison", "God bless you,\nDr. Amos Bankole",
           "Regards,\nMr. Jonathan Reeves\nDiplomatic Agent", "Thanks,\nMr. Chen Wei", "Your Sister in the Lord,\nMrs. Agnes Kowalczyk",
           "Sincerely yours,\nAlhaji Musa Danladi\nDirector, Contract Review Panel", "Best wishes,\nMr. Victor Alvarez"],
    "de": ["Mit freundlichen Grüßen,\nRA Peter Okonkwo (Esq)", "Beste Grüße,\nFrau Gertrud Lehmann", "Gott segne Sie,\nDr. Alfred Mensah",
           "Hochachtungsvoll,\nHerr Daniel Brooks\nDiplomatischer Kurier", "Danke,\nHerr Li Wang", "Ihre Schwester im Herrn,\nFrau Ingeborg Seifert",
           "Mit besten Grüßen,\nAlhaji Bello Sani\nDirektor, Vertragsprüfung", "Viele Grüße,\nHerr Marco Ferri"],
    "ru": ["С уважением,\nадвокат Сэмюэл Аджаи", "Искренне Ваша,\nмиссис Маргарет Холл", "Благослови Вас Бог,\nд-р Амос Банколе",
           "С наилучшими пожеланиями,\nг-н Виктор Алварес"],
    "fr": ["Cordialement,\nMaître Koffi Adjovi", "Bien à vous,\nMme Claire Dumont", "Que Dieu vous bénisse,\nDr Amos Bankole",
           "Sincères salutations,\nM. Victor Alvarez"],
    "es": ["Atentamente,\nAbogado Emmanuel Boateng", "Un cordial saludo,\nSra. Carmen Ruiz", "Dios le bendiga,\nDr. Amos Bankole",
           "Saludos,\nSr. Victor Alvarez"],
    "tr": ["Saygılarımla,\nAvukat Kwame Asante", "Sevgiyle,\nBayan Helen Morris", "Tanrı sizi korusun,\nDr. Amos Bankole",
           "Selamlar,\nBay Victor Alvarez"],
    "uz": ["Hurmat bilan,\nadvokat Samuel Mensah", "Xudo sizni asrasin,\nMrs. Helen", "Salom bilan,\nDr. Amos", "Kutaman,\nVictor"],
    "kk": ["Құрметпен,\nадвокат Сэмюэл Менсах", "Құдай сақтасын,\nХелен ханым", "Сәлеммен,\nДр. Амос", "Күтемін,\nВиктор"],
    "ky": ["Урматтоо менен,\nадвокат Сэмюэл Менса", "Кудай сактасын,\nХелен айым", "Салам менен,\nДр. Амос", "Күтөм,\nВиктор"],
    "tg": ["Бо эҳтиром,\nадвокат Сэмюэл Менса", "Худо нигаҳдоратон,\nХонум Ҳелен", "Бо салом,\nДоктор Амос", "Интизорам,\nВиктор"],
    "tk": ["Hormatlamak bilen,\naklawçy Samuel Mensah", "Hudaý goldasyn,\nHelen hanym", "Salam bilen,\nDr. Amos", "Garaşýaryn,\nWiktor"],
}

# Sums in words, as the letters write them (even dev, odd held-out).
WORDS = {
    "en": ["Ten Million Four Hundred Thousand United States Dollars", "Four Million Two Hundred Thousand Euros",
           "($8,500,000.00) Eight Million Five Hundred Thousand Dollars", "Twelve Million Dollars Only",
           "Two Point Five Million Pounds Sterling", "Seven Hundred and Fifty Thousand Dollars",
           "Fifteen Million Seven Hundred Thousand US Dollars (US$15.7M)", "One Million Euro"],
    "de": ["zehn Millionen fünfhunderttausend US-Dollar", "vier Millionen zweihunderttausend Euro",
           "(8.500.000,00 €) acht Millionen fünfhunderttausend Euro", "zwölf Millionen Dollar",
           "zwei Komma fünf Millionen Euro", "siebenhundertfünfzigtausend Euro", "fünfzehn Millionen siebenhunderttausend US-Dollar",
           "eine Million Euro"],
    "ru": ["десять миллионов четыреста тысяч долларов США", "четыре миллиона двести тысяч евро", "двенадцать миллионов долларов",
           "семьсот пятьдесят тысяч долларов"],
    "fr": ["dix millions cinq cent mille dollars américains", "quatre millions deux cent mille euros", "douze millions de dollars",
           "sept cent cinquante mille euros"],
    "es": ["diez millones quinientos mil dólares estadounidenses", "cuatro millones doscientos mil euros", "doce millones de dólares",
           "setecientos cincuenta mil euros"],
    "tr": ["on milyon beş yüz bin ABD doları", "dört milyon iki yüz bin euro", "on iki milyon dolar", "yedi yüz elli bin euro"],
    "uz": ["o'n million besh yuz ming AQSh dollari", "to'rt million ikki yuz ming yevro", "o'n ikki million dollar", "yetti yuz ellik ming dollar"],
    "kk": ["он миллион бес жүз мың АҚШ доллары", "төрт миллион екі жүз мың еуро", "он екі миллион доллар", "жеті жүз елу мың доллар"],
    "ky": ["он миллион беш жүз миң АКШ доллары", "төрт миллион эки жүз миң евро", "он эки миллион доллар", "жети жүз элүү миң доллар"],
    "tg": ["даҳ миллиону панҷсад ҳазор доллари ИМА", "чор миллиону дусад ҳазор евро", "дувоздаҳ миллион доллар", "ҳафтсаду панҷоҳ ҳазор доллар"],
    "tk": ["on million bäş ýüz müň ABŞ dollary", "dört million iki ýüz müň ýewro", "on iki million dollar", "ýedi ýüz elli müň dollar"],
}

# A sentence that names the sum in words (even dev, odd held-out); most letters have none.
SUM_LINE = {
    "en": ["The total sum involved is {words}.", "The amount in question is {words}, deposited in a security company.",
           "The fund, {words}, is now ready for release.", "The value of the consignment is {words}.",
           "Your share will be forty percent of {words}.", "We are talking about {words} in cash."],
    "de": ["Es handelt sich um insgesamt {words}.", "Der Betrag von {words} liegt bei einer Sicherheitsfirma.",
           "Das Geld, {words}, ist nun zur Freigabe bereit.", "Der Wert der Sendung beträgt {words}.",
           "Ihr Anteil beträgt vierzig Prozent von {words}.", "Es geht um {words} in bar."],
    "ru": ["Общая сумма составляет {words}.", "Сумма в {words} хранится в охранной компании.", "Средства, {words}, готовы к переводу.",
           "Ваша доля составит сорок процентов от {words}."],
    "fr": ["La somme totale est de {words}.", "Le montant de {words} est déposé dans une société de sécurité.",
           "Les fonds, {words}, sont prêts à être versés.", "Votre part sera de quarante pour cent de {words}."],
    "es": ["La suma total es de {words}.", "El importe de {words} está depositado en una empresa de seguridad.",
           "Los fondos, {words}, están listos para su liberación.", "Su parte será el cuarenta por ciento de {words}."],
    "tr": ["Toplam tutar {words}.", "{words} tutarındaki para bir güvenlik şirketinde.", "Fon, {words}, serbest bırakılmaya hazır.",
           "Payınız {words} tutarının yüzde kırkı olacak."],
}

# The "private" mailbox a letter asks for (another free-mail box than the one it came from).
PRIVATE_BOXES = ["mrs.helenmorrison", "barr.ikennaobi.chambers", "dr.amosbankole01", "jreeves.diplomat", "claims.unit.payment",
                 "gertrud.lehmann1951", "ra.okonkwo.kanzlei", "frau.seifert.spende", "auditor.bello", "chenwei.hk",
                 "agnes.k.foundation", "fund.release.desk", "mr.victoralvarez", "lottery.claims.agent", "private.lender.anna",
                 "kredit.hilfe24", "m.danladi.office", "nextofkin.desk"]
PRIVATE_HOSTS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "aol.com", "gmx.de", "web.de", "gmx.net", "mail.com",
                 "yandex.com", "mail.ru", "protonmail.com", "zoho.com", "citromail.hu", "yahoo.co.jp", "qq.com", "outlook.fr", "libero.it"]

# Display names in front of the sender address, per family (even dev, odd held-out).
SENDERS = {
    "advance-fee": {
        "en": ["Mrs. Helen Morrison", "Barr. Ikenna Obi", "Dr. Amos Bankole", "Mr. Jonathan Reeves", "Mr. Chen Wei",
               "Mrs. Agnes Kowalczyk", "United Nations Compensation Office", "Mr. Victor Alvarez"],
        "de": ["Frau Gertrud Lehmann", "RA Peter Okonkwo", "Dr. Alfred Mensah", "Herr Daniel Brooks", "Herr Li Wang",
               "Frau Ingeborg Seifert", "UN Entschädigungsbüro", "Herr Marco Ferri"],
        "ru": ["Адвокат Сэмюэл Аджаи", "Миссис Маргарет Холл", "Д-р Амос Банколе", "Виктор Алварес"],
    },
    "lottery": {"en": ["Euro Millions Claims", "Microsoft Email Draw", "International Lottery Commission", "Online Promotion Board"],
                "de": ["Gewinnabteilung", "Microsoft Verlosung", "Internationale Lotteriekommission", "Auszahlungsstelle Madrid"]},
    "loan": {"en": ["Mrs. Anna Lending", "Global Finance Ltd", "Private Loan Service", "Quick Credit"],
             "de": ["Kreditservice", "Privatkredit Anna", "Finanzhilfe Europa", "Schnellkredit"]},
    "crypto": {"en": ["Trading Desk", "Jessica (Account Manager)", "Crypto Profit", "Investment Team"],
               "de": ["Krypto Team", "Jessica (Kundenbetreuung)", "Bitcoin Gewinn", "Investment Team"]},
}

QUOTE_HEAD = {"en": "On {date}, {who} wrote:", "de": "Am {date} schrieb {who}:", "ru": "{date}, {who} пишет:",
              "fr": "Le {date}, {who} a écrit :", "es": "El {date}, {who} escribió:", "tr": "{date} tarihinde {who} yazdı:",
              "uz": "{date} kuni {who} yozdi:", "kk": "{date} күні {who} жазды:", "ky": "{date} күнү {who} жазды:",
              "tg": "{date} {who} навишт:", "tk": "{date} senesinde {who} ýazdy:"}
FWD_HEAD = {"en": "---------- Forwarded message ---------", "de": "---------- Weitergeleitete Nachricht ----------",
            "ru": "-------- Пересылаемое сообщение --------", "fr": "---------- Message transféré ---------",
            "es": "---------- Mensaje reenviado ---------", "tr": "---------- İletilen ileti ---------",
            "uz": "---------- Yo'naltirilgan xabar ---------", "kk": "---------- Қайта жіберілген хат ---------",
            "ky": "---------- Кайра жөнөтүлгөн кат ---------", "tg": "---------- Паёми фиристодашуда ---------",
            "tk": "---------- Gaýtadan iberilen hat ---------"}

# The sender's own line above "his previous mail", forwarded or fake-quoted again (even dev, odd held-out).
RESEND = {
    "en": ["Did you get my previous mail? Please read below and reply.", "I am still waiting for your response to my mail below.",
           "Kindly get back to me concerning my earlier message.", "Hello, this is my third mail to you without a reply.",
           "Please respond to my previous email, it is very urgent.", "I sent you this message last week, did you receive it?"],
    "de": ["Haben Sie meine vorherige E-Mail erhalten? Bitte lesen Sie unten und antworten Sie.",
           "Ich warte noch auf Ihre Antwort auf meine E-Mail unten.", "Bitte melden Sie sich wegen meiner früheren Nachricht.",
           "Hallo, das ist meine dritte E-Mail an Sie ohne Antwort.", "Bitte antworten Sie auf meine vorherige E-Mail, es ist sehr dringend.",
           "Ich habe Ihnen diese Nachricht letzte Woche geschickt, haben Sie sie erhalten?"],
    "ru": ["Получили ли Вы моё прошлое письмо? Оно ниже, ответьте, пожалуйста.", "Я всё ещё жду Вашего ответа на письмо ниже.",
           "Пожалуйста, ответьте на моё предыдущее сообщение.", "Это уже моё третье письмо без ответа."],
    "fr": ["Avez-vous reçu mon précédent message ? Lisez ci-dessous et répondez.", "J'attends toujours votre réponse à mon message.",
           "Merci de revenir vers moi au sujet de mon message.", "C'est mon troisième message sans réponse."],
    "es": ["¿Recibió mi correo anterior? Lea abajo y responda.", "Sigo esperando su respuesta a mi correo.",
           "Por favor responda a mi mensaje anterior.", "Este es mi tercer correo sin respuesta."],
    "tr": ["Önceki e-postamı aldınız mı? Aşağıyı okuyup yanıtlayın.", "Aşağıdaki e-postama hâlâ yanıt bekliyorum.",
           "Lütfen önceki mesajıma dönüş yapın.", "Bu size yanıtsız üçüncü e-postam."],
    "uz": ["Oldingi xatimni oldingizmi? Pastda o'qing va javob bering.", "Hali ham javobingizni kutyapman.",
           "Iltimos, oldingi xatimga javob bering.", "Bu javobsiz uchinchi xatim."],
    "kk": ["Алдыңғы хатымды алдыңыз ба? Төменде оқып, жауап беріңіз.", "Әлі де жауабыңызды күтіп отырмын.",
           "Өтінемін, алдыңғы хатыма жауап беріңіз.", "Бұл жауапсыз үшінші хатым."],
    "ky": ["Мурунку катымды алдыңызбы? Төмөндө окуп, жооп бериңиз.", "Дагы эле жообуңузду күтүп жатам.",
           "Суранам, мурунку катыма жооп бериңиз.", "Бул жоопсуз үчүнчү катым."],
    "tg": ["Мактуби пештараамро гирифтед? Дар поён хонед ва ҷавоб диҳед.", "Ҳоло ҳам ҷавоби Шуморо интизорам.",
           "Лутфан ба мактуби пештараам ҷавоб диҳед.", "Ин мактуби сеюми беҷавобам аст."],
    "tk": ["Öňki hatymy aldyňyzmy? Aşakda okaň we jogap beriň.", "Henizem jogabyňyza garaşýaryn.",
           "Haýyş, öňki hatyma jogap beriň.", "Bu jogapsyz üçünji hatym."],
}

from scam_seventh_de import DE  # noqa: E402
from scam_seventh_en import EN  # noqa: E402
from scam_seventh_other import ES, FR, KK, KY, RU, TG, TK, TR, UZ  # noqa: E402

SCAM = {"en": EN, "de": DE, "ru": RU, "fr": FR, "es": ES, "tr": TR, "uz": UZ, "kk": KK, "ky": KY, "tg": TG, "tk": TK}
