"""Fifth batch of scam pools (round 6, `batch: fifth`), written blind.

The author (helper C5) never opened the signature packs (signatures/**),
never ran the sensor on these texts and never saw a detection result for
them. The earlier batches' generators were read only to learn the format;
the sentences here are new, in new voices, written for this project from
what these scams are publicly known to look like: the long, rambling 419
letter with odd capitals that often names no sum and asks for "your full
names, telephone and address"; the sextortion mail that quotes a password
and may give no wallet at all ("reply for the payment address"); one-liners;
replies under quoted threads.

Slots per family: subj, hook, body, ask, optional head (the "From the desk
of" line of a rambling letter) and ps. Even-numbered variants are
development, odd-numbered held-out (fourth_batch.pick). A hook may start
with "[theme] " naming its scenario (the item's theme tag).
Placeholders: {amount} {words} {wallet} {link} {hours} {password} {phone}
{code} as in the fourth batch, and {email} (a reply-to address) and {ref}
(a file or claim number).
"""

GREET = {
    "en": ["Hello,", "Hi there,", "Dear user,", "Good day,", "Dear account holder,", "Hey,"],
    "ru": ["Здравствуй.", "Добрый вечер,", "Уважаемый пользователь,", "Приветствую!", "Доброго времени суток,", "Вам письмо."],
    "ru-lat": ["Zdravstvuy.", "Dobryy vecher,", "Privetstvuyu!", "Uvazhaemyy pol'zovatel',"],
    "ru-en": ["Hello, добрый вечер,", "Приветствую, dear user,", "Hi, уважаемый клиент,", "Добрый день, team here,"],
    "de": ["Guten Abend,", "Hallo zusammen,", "Sehr geehrte Damen und Herren,", "Lieber Nutzer,"],
    "fr": ["Bonjour,", "Cher client,", "Bonsoir,", "Madame, Monsieur,"],
    "es": ["Hola,", "Estimado cliente,", "Buenas tardes,", "Apreciado usuario,"],
    "tr": ["İyi akşamlar,", "Sayın kullanıcı,", "Merhabalar,", "Değerli üyemiz,"],
    "uk": ["Вітаю,", "Шановний користувачу,", "Добрий вечір,", "Доброго дня вам,"],
    "uz": ["Salom,", "Hurmatli foydalanuvchi,", "Xayrli kech,", "Assalomu alaykum, hurmatli mijoz,"],
    "kk": ["Сәлем,", "Құрметті пайдаланушы,", "Қайырлы кеш,", "Армысыз,"],
    "ky": ["Салам,", "Урматтуу колдонуучу,", "Кайырлуу кеч,", "Ассалому алейкум,"],
    "tg": ["Салом,", "Корбари мӯҳтарам,", "Шоми хуш,", "Ассалому алейкум, азиз,"],
    "tk": ["Salam,", "Hormatly ulanyjy,", "Agşamyňyz haýyrly,", "Eziz müşderi,"],
}

# Openings of advance-fee, lottery and romance letters.
GREET419 = {
    "en": ["Dearest One,", "ATTENTION: BENEFICIARY", "Dear Beloved in the Lord,", "Compliments of the day,",
           "Greetings in the name of our Lord,", "ATTN: FUND RECIPIENT"],
    "ru": ["Дорогой мой,", "ВНИМАНИЕ: БЕНЕФИЦИАР", "Возлюбленный во Христе,", "Примите мои искренние приветствия,",
           "Мир Вам и благословение,", "ВНИМАНИЕ ПОЛУЧАТЕЛЮ СРЕДСТВ"],
    "de": ["Liebster Freund,", "ACHTUNG: BEGÜNSTIGTER", "Gottes Segen zuvor,", "Werter Empfänger,"],
    "fr": ["Très cher(e),", "À L'ATTENTION DU BÉNÉFICIAIRE", "Bien-aimé dans le Seigneur,", "Salutations distinguées,"],
    "es": ["Querido amigo,", "ATENCIÓN: BENEFICIARIO", "Amado en Cristo,", "Reciba un cordial saludo,"],
    "tr": ["Sevgili dostum,", "DİKKAT: LEHTAR", "Allah'ın selamı üzerinize olsun,", "Saygıdeğer alıcı,"],
    "uk": ["Дорогий друже,", "УВАГА: БЕНЕФІЦІАР", "Мир вам і благословення,", "Шановний одержувачу коштів,"],
}

SIGN = {
    "en": ["Yours in Christ,\nMrs. Evelyn Whitaker", "Faithfully,\nBarr. Chidi Okafor (Esq.)", "Regards,\nClaims Desk",
           "Truly yours,\nDr. Kwame Mensah\nDirector, Foreign Remittance", "Best wishes,\nDaniel", "Security Team"],
    "ru": ["С уважением,\nюрист Гордеев В.П.", "Храни Вас Бог,\nвдова Маргарита", "Отдел выплат", "Искренне Ваш,\nд-р Шамсуддин",
           "Жду ответ,\nАркадий", "Служба безопасности"],
    "ru-lat": ["S uvazheniem,\nyurist Gordeev", "Otdel vyplat", "Zhdu otvet,\nArkadiy", "Sluzhba bezopasnosti"],
    "ru-en": ["Best regards,\nюрист Gordeev", "Support team, отдел выплат", "Regards, менеджер Vika", "Security department"],
    "de": ["Gott segne Sie,\nWitwe Gertrud Lange", "Hochachtungsvoll\nRA Dr. Friedhelm Ost", "Ihr Auszahlungsteam", "Gruß\nMarco"],
    "fr": ["Que Dieu vous bénisse,\nMme Colette Aubry", "Maître Jean-Baptiste Kouassi, avocat", "Le service des paiements",
           "Bisous,\nClara"],
    "es": ["Que Dios le bendiga,\nSra. Mercedes Ortega", "Lic. Ramiro Fuentes, abogado", "Departamento de pagos", "Un abrazo,\nLucía"],
    "tr": ["Allah'a emanet olun,\nDul Hanım Ayten", "Av. Selim Karataş", "Ödeme Birimi", "Sevgiyle,\nElif"],
    "uk": ["З Богом,\nвдова Ганна", "Адвокат Мельничук О.В.", "Відділ виплат", "Чекаю,\nДмитро"],
    "uz": ["Hurmat bilan,\nto'lovlar xizmati", "Advokat Rustamov", "Kutib qolaman,\nJasur", "Xavfsizlik bo'limi"],
    "kk": ["Құрметпен,\nтөлем қызметі", "Адвокат Жақыпов", "Күтемін,\nДәурен", "Қауіпсіздік бөлімі"],
    "ky": ["Урмат менен,\nтөлөм кызматы", "Адвокат Токтосунов", "Күтөм,\nЭрмек", "Коопсуздук бөлүмү"],
    "tg": ["Бо эҳтиром,\nхадамоти пардохт", "Адвокат Назаров", "Интизорам,\nШаҳром", "Шуъбаи амният"],
    "tk": ["Hormat bilen,\ntöleg gullugy", "Aklawçy Ataýew", "Garaşýaryn,\nBegenç", "Howpsuzlyk bölümi"],
}

# Sums in words (the generator also writes sums in digits). Even variants dev, odd held-out.
WORDS = {
    "en": ["Ten Million Five Hundred Thousand United States Dollars", "four thousand seven hundred dollars",
           "(US$2.8M) Two Million, Eight Hundred Thousand Dollars", "one thousand one hundred and ninety pounds",
           "Six Million Euros Only", "nine hundred and ninety nine dollars"],
    "ru": ["десять миллионов пятьсот тысяч долларов США", "четыре тысячи семьсот долларов", "два миллиона восемьсот тысяч евро",
           "тридцать девять тысяч рублей", "шесть миллионов евро", "девятьсот девяносто девять долларов"],
    "ru-lat": ["desyat' millionov dollarov", "chetyre tysyachi sem'sot dollarov", "tridtsat' devyat' tysyach rubley",
               "devyat'sot devyanosto devyat' dollarov"],
    "ru-en": ["ten миллионов USD", "четыре thousand семьсот USDT", "two миллиона euro", "девятьсот ninety nine долларов"],
    "de": ["zehn Millionen fünfhunderttausend Euro", "viertausendsiebenhundert Euro", "zwei Komma acht Millionen US-Dollar",
           "neunhundertneunundneunzig Euro"],
    "fr": ["dix millions cinq cent mille euros", "quatre mille sept cents euros", "deux millions huit cent mille dollars",
           "neuf cent quatre-vingt-dix-neuf euros"],
    "es": ["diez millones quinientos mil dólares", "cuatro mil setecientos euros", "dos millones ochocientos mil euros",
           "novecientos noventa y nueve dólares"],
    "tr": ["on milyon beş yüz bin dolar", "dört bin yedi yüz lira", "iki milyon sekiz yüz bin euro", "dokuz yüz doksan dokuz dolar"],
    "uk": ["десять мільйонів п'ятсот тисяч доларів", "чотири тисячі сімсот гривень", "два мільйони вісімсот тисяч євро",
           "дев'ятсот дев'яносто дев'ять доларів"],
    "uz": ["o'n million dollar", "to'rt million yetti yuz ming so'm", "ikki yarim million AQSh dollari", "to'qqiz yuz ming so'm"],
    "kk": ["он миллион доллар", "төрт миллион жеті жүз мың теңге", "екі жарым миллион доллар", "тоғыз жүз мың теңге"],
    "ky": ["он миллион доллар", "төрт жүз жетимиш миң сом", "эки жарым миллион доллар", "тогуз жүз миң сом"],
    "tg": ["даҳ миллион доллар", "чор ҳазору ҳафтсад сомонӣ", "ду ва ним миллион доллар", "нӯҳ ҳазор сомонӣ"],
    "tk": ["on million dollar", "dört müň ýedi ýüz manat", "iki ýarym million dollar", "dokuz ýüz manat"],
}

# The victim's earlier reply quoted under a scam that continues a thread. Even dev, odd held-out.
QUOTED = {
    "en": ["Who gave you my email? Is this real?", "Ok I filled the form, what happens now", "I dont have that much right now.",
           "My son says this is a scam, please prove it is not.", "Sent you my address and phone like you asked.",
           "Can I pay after I receive it?"],
    "ru": ["Откуда у вас мой адрес? Это правда?", "Заполнила анкету, что дальше", "У меня сейчас нет такой суммы.",
           "Сын говорит, что это обман, докажите обратное.", "Отправил адрес и телефон, как вы просили.",
           "А можно оплатить после получения?"],
    "ru-lat": ["Otkuda u vas moy adres? Eto pravda?", "Zapolnila anketu, chto dal'she", "U menya seychas net takoy summy.",
               "Otpravil adres i telefon, kak vy prosili."],
    "ru-en": ["Откуда у вас мой email? Это real?", "Form заполнила, what next", "У меня нет такой суммы right now.",
              "Отправил address и phone, как просили."],
    "de": ["Woher haben Sie meine Adresse? Ist das echt?", "Formular ausgefüllt, wie geht es weiter",
           "So viel habe ich gerade nicht.", "Habe Ihnen Adresse und Telefon geschickt."],
    "fr": ["Qui vous a donné mon adresse ? C'est sérieux ?", "J'ai rempli le formulaire, et maintenant ?",
           "Je n'ai pas cette somme pour le moment.", "Je vous ai envoyé mon adresse et mon numéro."],
    "es": ["¿Quién le dio mi correo? ¿Es real?", "Ya llené el formulario, ¿y ahora qué?", "Ahora mismo no tengo tanto dinero.",
           "Le mandé mi dirección y mi teléfono como pidió."],
    "tr": ["Adresimi kimden aldınız? Bu gerçek mi?", "Formu doldurdum, şimdi ne olacak", "Şu an o kadar param yok.",
           "İstediğiniz gibi adresimi ve telefonumu gönderdim."],
    "uk": ["Звідки у вас моя адреса? Це правда?", "Заповнила анкету, що далі", "У мене зараз немає такої суми.",
           "Надіслав адресу й телефон, як ви просили."],
    "uz": ["Manzilimni qayerdan oldingiz? Bu rostmi?", "Anketani to'ldirdim, endi nima bo'ladi", "Hozir menda buncha pul yo'q.",
           "Aytganingizdek manzil va telefonimni yubordim."],
    "kk": ["Менің мекенжайымды қайдан алдыңыз? Рас па?", "Сауалнаманы толтырдым, енді не", "Қазір менде ондай ақша жоқ.",
           "Айтқаныңыздай мекенжай мен телефонымды жібердім."],
    "ky": ["Дарегимди кайдан алдыңыз? Чынбы?", "Анкетаны толтурдум, эми эмне", "Азыр менде мынча акча жок.",
           "Айтканыңыздай дарегимди жана телефонумду жөнөттүм."],
    "tg": ["Суроғаи маро аз куҷо гирифтед? Ин рост аст?", "Анкетаро пур кардам, акнун чӣ", "Ҳоло ин қадар пул надорам.",
           "Суроға ва телефонамро фиристодам, чунон ки хостед."],
    "tk": ["Salgymy nireden aldyňyz? Bu hakykatmy?", "Anketany doldurdym, indi näme", "Häzir mende beýle pul ýok.",
           "Aýdyşyňyz ýaly salgymy we telefonymy iberdim."],
}
QUOTE_HEAD = {"en": "On {date} {who} wrote:", "ru": "{date} пользователь {who} написал:", "ru-lat": "{date} {who} napisal(a):",
              "ru-en": "{date}, {who} wrote:", "de": "{who} schrieb am {date}:", "fr": "Le {date}, {who} a écrit :",
              "es": "El {date}, {who} escribió:", "tr": "{who}, {date} tarihinde şunu yazdı:", "uk": "{date} {who} написав(ла):",
              "uz": "{who} {date} da yozgan:", "kk": "{date} {who} жазған:", "ky": "{date} {who} жазган:",
              "tg": "{who} дар {date} навишт:", "tk": "{who} {date} senesinde ýazdy:"}

from scam_fifth_en import EN  # noqa: E402
from scam_fifth_ru import RU  # noqa: E402
from scam_fifth_eu import DE, ES, FR, TR, UK  # noqa: E402
from scam_fifth_ca import KK, KY, RU_EN, RU_LAT, TG, TK, UZ  # noqa: E402

SCAM = {"en": EN, "ru": RU, "ru-lat": RU_LAT, "ru-en": RU_EN, "de": DE, "fr": FR, "es": ES, "tr": TR, "uk": UK, "uz": UZ,
        "kk": KK, "ky": KY, "tg": TG, "tk": TK}
