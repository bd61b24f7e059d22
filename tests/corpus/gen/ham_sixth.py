"""Sixth batch of legitimate look-alikes (round 7, `batch: sixth`), written
blind beside scam_sixth.py by helper C6 (never against the packs, never
scanned): the mail a real mailbox holds that uses the scams' words.

Kinds: tech-list (developer and security mailing lists: bitcoin and wallet
code, password hashing, webcam drivers, exploits, release announcements with
checksums, patches, replies quoting the previous post), fraud-news (news
and warnings that quote scam wording), invoice (invoices and payment
reminders), charity (donation appeals and reports), shop-promo (real shop
newsletters with discounts), lottery-results (licensed draws' results and
winner notices that never ask for a fee), job-ad (real employers), bank-notice
(genuine bank mail), parcel-notice (genuine carrier notices), crypto-exchange
(a real exchange's mail: deposits, withdrawals, security, tax statements),
personal (private mail about money, a will, a password, a lottery ticket).
Slots: subj, open, body, close, optional quote (scam wording quoted as
evidence) and prev (the post a list reply quotes). Even variants dev, odd
held-out.
"""

GREET = {
    "en": ["Hi all,", "Hello,", "Dear customer,", "Hi Mark,", "Dear Ms. Novak,", "Hey folks,"],
    "ru": ["Всем привет,", "Здравствуйте,", "Уважаемый клиент,", "Привет, Саша!", "Добрый день, коллеги,", "Дорогие друзья!"],
    "de": ["Hallo zusammen,", "Guten Tag,", "Liebe Kundin, lieber Kunde,", "Hi Jens,", "Sehr geehrte Frau Becker,", "Servus,"],
    "fr": ["Bonjour à tous,", "Bonjour,", "Chère cliente, cher client,", "Salut Julie,"],
    "es": ["Hola a todos,", "Hola,", "Estimado cliente:", "¡Hola, Marta!"],
    "tr": ["Herkese merhaba,", "Merhaba,", "Değerli müşterimiz,", "Selam Ahmet,"],
    "uk": ["Привіт усім,", "Добрий день,", "Шановний клієнте,", "Привіт, Оксано!"],
    "uz": ["Hammaga salom,", "Assalomu alaykum,", "Hurmatli mijoz,", "Salom, Aziz!"],
    "kk": ["Баршаға сәлем,", "Сәлеметсіз бе,", "Құрметті клиент,", "Сәлем, Дана!"],
    "ky": ["Баарыңарга салам,", "Саламатсызбы,", "Урматтуу кардар,", "Салам, Бакыт!"],
    "tg": ["Салом ба ҳама,", "Ассалому алейкум,", "Мизоҷи мӯҳтарам,", "Салом, Фарид!"],
    "tk": ["Hemmelere salam,", "Salam,", "Hormatly müşderi,", "Salam, Aýna!"],
}

FOOTER = {
    "en": ["You can unsubscribe or change your email preferences at any time from your account settings.",
           "This email was sent to you because you opted in to marketing messages.",
           "Company registered in England and Wales, number 01234567. VAT number GB123456789.",
           "We will never ask for your password or PIN by email, phone or text."],
    "ru": ["Отписаться от рассылки можно в настройках личного кабинета.", "Письмо отправлено, потому что вы согласились получать новости.",
           "АО «Пример Банк», генеральная лицензия Банка России № 0000.", "Мы никогда не запрашиваем пароли и коды по телефону или почте."],
    "de": ["Sie können sich jederzeit über den Link in Ihrem Kundenkonto vom Newsletter abmelden.",
           "Diese E-Mail wurde an Sie gesendet, weil Sie dem Erhalt von Werbung zugestimmt haben.",
           "Beispiel GmbH, Sitz Köln, Amtsgericht Köln HRB 00000, Geschäftsführer: M. Beispiel.",
           "Wir fragen Sie niemals per E-Mail, Telefon oder SMS nach Ihrer PIN oder TAN."],
    "fr": ["Vous pouvez vous désinscrire à tout moment depuis votre espace client.", "Votre mot de passe ne vous sera jamais demandé par courriel.",
           "Exemple SAS, RCS Paris 000 000 000.", "Cet e-mail vous est envoyé car vous avez accepté nos communications."],
    "es": ["Puede darse de baja en cualquier momento desde su cuenta.", "Nunca le pediremos su contraseña por correo electrónico.",
           "Ejemplo S.L., inscrita en el Registro Mercantil de Madrid.", "Recibe este correo porque aceptó nuestras comunicaciones."],
    "tr": ["Aboneliğinizi hesabınızdan dilediğiniz zaman iptal edebilirsiniz.", "Şifrenizi asla e-posta ile istemeyiz.",
           "Örnek A.Ş., Ticaret Sicil No: 000000.", "Bu e-postayı ticari ileti onayınız nedeniyle alıyorsunuz."],
    "uk": ["Відписатися від розсилки можна в особистому кабінеті.", "Ми ніколи не запитуємо пароль чи CVV телефоном або поштою.",
           "ТОВ «Приклад», код ЄДРПОУ 00000000.", "Ви отримали цей лист, бо погодилися на новини."],
    "uz": ["Obunani shaxsiy kabinetda bekor qilishingiz mumkin.", "Biz hech qachon parol yoki SMS-kodni so'ramaymiz.",
           "\"Namuna\" MChJ, STIR 000000000.", "Siz yangiliklarga rozilik bergansiz, shu sababli xat oldingiz."],
    "kk": ["Таратылымнан жеке кабинетте бас тартуға болады.", "Біз ешқашан құпиясөзді немесе SMS-кодты сұрамаймыз.",
           "«Үлгі» ЖШС, БСН 000000000000.", "Сіз жаңалықтарға келісім бергендіктен хат алдыңыз."],
    "ky": ["Таратуудан жеке кабинетте баш тартсаңыз болот.", "Биз эч качан сырсөздү же SMS-кодду сурабайбыз.",
           "«Үлгү» ЖЧК, ИСН 00000000000000.", "Сиз жаңылыктарга макулдук бергендиктен кат алдыңыз."],
    "tg": ["Аз рассылка дар кабинети шахсӣ баромадан мумкин аст.", "Мо ҳеҷ гоҳ парол ё рамзи SMS-ро намепурсем.",
           "ҶДММ «Намуна», РМА 000000000.", "Шумо ба хабарҳо розигӣ додаед, бинобар ин мактуб гирифтед."],
    "tk": ["Habarlardan şahsy kabinetde ýazylmany ýatyryp bilersiňiz.", "Biz hiç haçan açarsözi ýa-da SMS-kody soramaýarys.",
           "\"Nusga\" HJ, salgyt belgisi 000000000.", "Habarlara razylyk berendigiňiz üçin bu haty aldyňyz."],
}

# A genuine mail's note above its attached document. Even dev, odd held-out.
ATTACH_COVER = {
    "en": ["Please find your invoice attached.", "The minutes of yesterday's meeting are attached.", "Attached is the document you asked for.",
           "Your statement is attached to this email."],
    "ru": ["Счёт во вложении.", "Протокол вчерашней встречи во вложении.", "Прикладываю документ, который вы просили.", "Выписка приложена к письму."],
    "de": ["Ihre Rechnung finden Sie im Anhang.", "Anbei das Protokoll der gestrigen Sitzung.", "Anbei das gewünschte Dokument.",
           "Ihr Kontoauszug ist dieser E-Mail angehängt."],
    "fr": ["Veuillez trouver votre facture en pièce jointe.", "Le compte rendu de la réunion est joint.", "Ci-joint le document demandé.",
           "Votre relevé est joint à ce message."],
    "es": ["Adjuntamos su factura.", "Adjunto el acta de la reunión de ayer.", "Le envío adjunto el documento que pidió.",
           "Su extracto va adjunto a este correo."],
    "tr": ["Faturanız ektedir.", "Dünkü toplantının tutanağı ektedir.", "İstediğiniz belge ektedir.", "Hesap özetiniz bu e-postaya eklenmiştir."],
    "uk": ["Рахунок у вкладенні.", "Протокол учорашньої зустрічі у вкладенні.", "Додаю документ, який ви просили.", "Виписку додано до листа."],
    "uz": ["Hisob-faktura ilovada.", "Kechagi yig'ilish bayonnomasi ilovada.", "So'ragan hujjatingizni ilova qildim.", "Ko'chirma xatga ilova qilingan."],
    "kk": ["Шот тіркемеде.", "Кешегі жиналыстың хаттамасы тіркемеде.", "Сұраған құжатыңызды тіркедім.", "Үзінді көшірме хатқа тіркелген."],
    "ky": ["Эсеп тиркемеде.", "Кечээки жыйындын протоколу тиркемеде.", "Сураган документиңизди тиркедим.", "Көчүрмө катка тиркелген."],
    "tg": ["Ҳисобнома дар замима.", "Протоколи ҷаласаи дирӯза дар замима.", "Ҳуҷҷати пурсидаатонро замима кардам.", "Иқтибос ба мактуб замима шудааст."],
    "tk": ["Hasap-faktura goşundyda.", "Düýnki ýygnagyň teswirnamasy goşundyda.", "Soran resminamaňyzy goşdum.", "Göçürme hata goşuldy."],
}

# Mailing lists: (local part, host, description). Written for this corpus (example hosts).
LISTS = [("bitcoin-dev", "lists.example-dev.org", "Bitcoin protocol development"),
         ("wallet-devel", "lists.example-dev.org", "Wallet software developers"),
         ("oss-security", "lists.example-sec.net", "Open source security discussion"),
         ("full-disclosure", "seclists.example.net", "Full disclosure security list"),
         ("linux-media", "vger.example.org", "Linux media drivers (V4L2, webcams)"),
         ("spamfilter-users", "lists.example.apache.test", "Spam filter users"),
         ("crypto-libs", "lists.example-dev.org", "Cryptography library maintainers"),
         ("postfix-users", "lists.example-mail.org", "Mail server administrators"),
         ("debian-devel", "lists.example-distro.org", "Distribution development"),
         ("python-dev", "mail.example-python.org", "Python core development")]
LIST_PEOPLE = [("Jonas Schnelli", "example-dev.org"), ("Anthony Clarke", "gmail.com"), ("Mara Lindqvist", "posteo.de"),
               ("Pieter van Dijk", "example.nl"), ("Greg Maxwell-Young", "protonmail.com"), ("Sergey Voronin", "yandex.ru"),
               ("Ayse Demir", "example-uni.edu.tr"), ("Luca Bianchi", "gmail.com"), ("Hiroshi Tanaka", "example.jp"),
               ("Kate O'Brien", "fastmail.com"), ("Dmitri Kuznetsov", "example-sec.net"), ("Ravi Menon", "gmail.com"),
               ("Elena Popescu", "example.ro"), ("Tom Whitfield", "example.co.uk"), ("Nurlan Abenov", "mail.kz"),
               ("Bob Martens", "outlook.com")]
LIST_QUOTE_HEAD = {"en": "On {date}, {who} wrote:", "ru": "{date}, {who} пишет:", "de": "Am {date} schrieb {who}:",
                   "fr": "Le {date}, {who} a écrit :", "es": "El {date}, {who} escribió:", "tr": "{date} tarihinde {who} yazdı:",
                   "uk": "{date}, {who} пише:", "uz": "{date} kuni {who} yozdi:", "kk": "{date} күні {who} жазды:",
                   "ky": "{date} күнү {who} жазды:", "tg": "{date} {who} навишт:", "tk": "{date} senesinde {who} ýazdy:"}
RELEASE_FILES = ["wallet-core-{ver}-x86_64-linux-gnu.tar.gz", "wallet-core-{ver}-win64-setup.exe", "wallet-core-{ver}-arm64-apple-darwin.zip",
                 "spamfilter-{ver}.tar.gz", "spamfilter-{ver}.tar.bz2", "libcam-{ver}.tar.xz", "passvault-{ver}.AppImage",
                 "passvault_{ver}_amd64.deb", "mailfilter-{ver}.zip"]
PATCHES = [
    "---\n src/wallet/rpc.cpp | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)\n\n"
    "diff --git a/src/wallet/rpc.cpp b/src/wallet/rpc.cpp\n--- a/src/wallet/rpc.cpp\n+++ b/src/wallet/rpc.cpp\n@@ -212,7 +212,7 @@\n"
    "-    if (amount <= 0) throw JSONRPCError(RPC_TYPE_ERROR, \"Invalid amount for send\");\n"
    "+    if (amount <= 0 || amount > MAX_MONEY) throw JSONRPCError(RPC_TYPE_ERROR, \"Invalid amount for send\");",
    "---\n drivers/media/usb/uvc/uvc_video.c | 3 ++-\n 1 file changed, 2 insertions(+), 1 deletion(-)\n\n"
    "diff --git a/drivers/media/usb/uvc/uvc_video.c b/drivers/media/usb/uvc/uvc_video.c\n@@ -1310,6 +1310,7 @@\n"
    " \t/* The webcam reports a bogus frame interval on resume. */\n+\tif (!interval)\n+\t\tinterval = 333333;",
    "---\n lib/pwhash.c | 6 +++---\n\n"
    "diff --git a/lib/pwhash.c b/lib/pwhash.c\n@@ -88,9 +88,9 @@ int pwhash_verify(const char *password, const char *stored)\n"
    "-    return strcmp(computed, stored) == 0;\n+    /* constant-time compare: do not leak how much of the password hash matched */\n"
    "+    return ct_memcmp(computed, stored, HASH_LEN) == 0;",
    "---\n rules/50_scores.cf | 2 +-\n\n"
    "diff --git a/rules/50_scores.cf b/rules/50_scores.cf\n@@ -402,7 +402,7 @@\n"
    "-score ADVANCE_FEE_4_NEW 0.5\n+score ADVANCE_FEE_4_NEW 1.2\n score LOTTO_AGENT 0.8",
    "---\n docs/faq.rst | 5 +++++\n\n+Why does the wallet ask for my passphrase on every send?\n"
    "+----------------------------------------------------\n+Because the keys stay encrypted at rest; the passphrase unlocks them for 60 s.",
]
# List footers as mailing-list software appends them ({name} and {host} are the list's).
LIST_FOOTERS = [
    "_______________________________________________\n{name} mailing list\n{name}@{host}\nhttps://{host}/mailman/listinfo/{name}",
    "_______________________________________________\n{name} mailing list -- archives at https://{host}/archives/{name}/",
    "--\nTo unsubscribe, send mail to {name}-unsubscribe@{host}",
    "--\nYou received this message because you are subscribed to the \"{name}\" list.\n"
    "To unsubscribe from this list and stop receiving emails from it, send an email to {name}+unsubscribe@{host}.",
    "_______________________________________________\nSent through the {name} mailing list\nhttps://{host}/mailman/listinfo/{name}\nWeb Archives & RSS: https://{host}/{name}/",
    "-- \nTo UNSUBSCRIBE, email to {name}-REQUEST@{host} with a subject of \"unsubscribe\".",
]

# Display names and addresses of genuine senders per kind (example domains; personal mail from free-mail).
SENDERS = {
    "fraud-news": {"en": [("Consumer Watch Newsletter", "newsletter@consumerwatch.example.org"), ("The Daily Courier", "news@dailycourier.example.com"),
                          ("Action Fraud Alerts", "alerts@fraud-reporting.example.gov.uk")],
                   "de": [("Verbraucherzentrale Newsletter", "newsletter@vz-beispiel.de"), ("Polizei Prävention", "praevention@polizei-beispiel.de")],
                   "ru": [("Финансовая грамотность", "news@fingram-example.ru"), ("Новости города", "info@gorod-news.example.ru")]},
    "invoice": {"en": [("Accounts Receivable", "billing@brightlane-hosting.example.com"), ("Northwind Utilities", "invoices@northwind-energy.example.co.uk")],
                "de": [("Buchhaltung Müller Haustechnik", "rechnung@mueller-haustechnik.example.de"), ("Stadtwerke Beispielstadt", "kundenservice@stadtwerke-beispiel.de")],
                "ru": [("Бухгалтерия ООО «Вектор»", "buh@vektor-example.ru"), ("Мосэнерго-пример", "lk@energo-example.ru")]},
    "charity": {"en": [("Riverside Animal Shelter", "riversideshelter@gmail.com"), ("Water For All", "donors@waterforall.example.org")],
                "de": [("Tierheim Sonnenhof e.V.", "tierheim.sonnenhof@web.de"), ("Kinderhilfe Nord", "spenden@kinderhilfe-nord.example.de")],
                "ru": [("Фонд «Тёплый дом»", "fond.teplydom@mail.ru"), ("Благотворительный фонд «Надежда»", "info@nadezhda-fond.example.ru")]},
    "shop-promo": {"en": [("Urban Outfit Co.", "deals@urbanoutfit.example.com"), ("TechMart", "newsletter@techmart.example.co.uk")],
                   "de": [("Sportdepot", "newsletter@sportdepot.example.de"), ("Gartenwelt Online", "angebote@gartenwelt.example.de")],
                   "ru": [("Магазин «Техносила»", "promo@tehnosila-example.ru"), ("Детский мир-пример", "news@detmir-example.ru")]},
    "lottery-results": {"en": [("National Lottery Results", "results@national-lottery.example.co.uk"), ("State Lotto", "noreply@statelotto.example.com")],
                        "de": [("LOTTO Ergebnisdienst", "ergebnisse@lotto-beispiel.de"), ("Aktion Mensch Lotterie-Beispiel", "service@losbeispiel.de")],
                        "ru": [("Столото-пример", "info@stoloto-example.ru"), ("Гослото результаты", "results@goslotto-example.ru")]},
    "job-ad": {"en": [("Careers at Hollis Engineering", "careers@hollis-eng.example.com"), ("Talent Acquisition", "recruiting@medicore.example.org")],
               "de": [("Karriere Stadtwerke", "karriere@stadtwerke-beispiel.de"), ("Personalabteilung Krüger Logistik", "bewerbung@krueger-logistik.example.de")],
               "ru": [("HR отдел «СеверСталь-пример»", "hr@severstal-example.ru"), ("Кадровая служба", "job@company-example.ru")]},
    "bank-notice": {"en": [("Harbour Bank", "alerts@harbourbank.example.co.uk"), ("First Federal Credit Union", "notices@ffcu.example.org")],
                    "de": [("Sparkasse Beispielstadt", "service@sparkasse-beispiel.de"), ("Volksbank Mitte", "info@vb-mitte.example.de")],
                    "ru": [("Пример Банк", "noreply@primer-bank.example.ru"), ("Банк «Восток»", "info@vostok-bank.example.ru")]},
    "parcel-notice": {"en": [("Parcelforce-Example", "tracking@parcel-example.co.uk"), ("Swift Couriers", "noreply@swiftcouriers.example.com")],
                      "de": [("Paketdienst Beispiel", "benachrichtigung@paket-beispiel.de"), ("Hermes-Beispiel", "service@hermes-beispiel.de")],
                      "ru": [("Почтовая служба", "noreply@pochta-example.ru"), ("Курьерская служба «Быстро»", "info@bystro-example.ru")]},
    "crypto-exchange": {"en": [("Coinvault Exchange", "no-reply@coinvault.example.com"), ("Kraken-Example Support", "support@kraken-example.com")],
                        "de": [("Bison-Beispiel", "service@bison-beispiel.de"), ("Coinvault Deutschland", "no-reply@coinvault.example.de")],
                        "ru": [("Биржа Coinvault", "no-reply@coinvault.example.com"), ("Криптообменник-пример", "support@obmen-example.ru")]},
    "personal": {"en": [("Mum", "margaret.hill58@gmail.com"), ("Dave Peterson", "dave.peterson@outlook.com"), ("Sophie", "sophie.l@yahoo.co.uk")],
                 "de": [("Oma Hilde", "hilde.schneider@t-online.de"), ("Markus", "markus.b@gmx.de"), ("Jana", "jana.k@web.de")],
                 "ru": [("Мама", "galina.ivanova56@mail.ru"), ("Дима", "dima.s@yandex.ru"), ("Света", "sveta.k@bk.ru")]},
    "tech-list": {"en": [("List", "list@example.org")]},
}

from ham_sixth_en import EN  # noqa: E402
from ham_sixth_de import DE  # noqa: E402
from ham_sixth_ru import RU, UK  # noqa: E402
from ham_sixth_eu import ES, FR, TR  # noqa: E402
from ham_sixth_ca import KK, KY, TG, TK, UZ  # noqa: E402

HAM = {"en": EN, "ru": RU, "de": DE, "fr": FR, "es": ES, "tr": TR, "uk": UK, "uz": UZ, "kk": KK, "ky": KY, "tg": TG, "tk": TK}
