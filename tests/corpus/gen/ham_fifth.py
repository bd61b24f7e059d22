"""Fifth batch of legitimate look-alikes (round 6, `batch: fifth`), written
blind beside scam_fifth.py by helper C5 (never against the packs, never
scanned): mail, pages and posts that use the scams' vocabulary (bitcoin,
wallet, password, webcam, parcel, customs, refund, loan, inheritance,
lottery, donation, verify) and often quote scam wording, but ask for nothing
a scam asks for.

Kinds: gov-notice (genuine tax and benefit letters, which warn about
phishing), bank-loan (offers with rates and fees), bank-security (genuine
"new sign-in" and card notices), fraud-news (news quoting scam wording),
security-newsletter (threat intel with defanged indicators), crypto-news
(market news and exchange notices), charity (appeals and reports),
lottery-results (results pages of real draws), job-ad (offers, interview
invitations), parcel-notice (real carrier notices), shop-promo (newsletters
with discounts), personal (private mail about a will, a notary, a webcam, a
password, a payment), tech-list (developer mailing lists: BTC, webcam
drivers, password managers, spam filtering).
Slots: subj, open, body, close; even variants development, odd held-out.
Placeholders as in scam_fifth.py ({amount}, {code}, {link} ...); here a link
is an ordinary site.
"""

GREET = {
    "en": ["Hello,", "Dear customer,", "Hi Sam,", "Dear Ms Patel,", "Good afternoon,", "Hi all,"],
    "ru": ["Здравствуйте!", "Уважаемый клиент,", "Привет,", "Добрый день, Ирина Петровна!", "Коллеги, добрый день.", "Дорогие друзья,"],
    "ru-lat": ["Privet,", "Zdravstvuyte,", "Dobryy den',", "Hay vsem,"],
    "ru-en": ["Hi all, коллеги,", "Привет, team,", "Добрый день, hello,", "Hi, друзья,"],
    "de": ["Guten Tag,", "Sehr geehrte Frau Schulz,", "Hallo,", "Liebe Kundin, lieber Kunde,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Salut,", "Chère cliente, cher client,"],
    "es": ["Hola,", "Estimado/a cliente:", "Buenos días,", "Querida Ana:"],
    "tr": ["Merhaba,", "Sayın müşterimiz,", "Selam,", "Değerli üyemiz,"],
    "uk": ["Добрий день,", "Шановний клієнте,", "Привіт,", "Шановна пані Олено,"],
    "uz": ["Assalomu alaykum,", "Hurmatli mijoz,", "Salom,", "Hurmatli fuqaro,"],
    "kk": ["Сәлеметсіз бе,", "Құрметті клиент,", "Сәлем,", "Құрметті азамат,"],
    "ky": ["Саламатсызбы,", "Урматтуу кардар,", "Салам,", "Урматтуу жаран,"],
    "tg": ["Ассалому алейкум,", "Мизоҷи мӯҳтарам,", "Салом,", "Шаҳрванди азиз,"],
    "tk": ["Salam,", "Hormatly müşderi,", "Salam, dostum,", "Hormatly raýat,"],
}

# Lines that close real notices and newsletters (unsubscribe, legal, privacy). Even dev, odd held-out.
FOOTER = {
    "en": ["You are receiving this because you have an account with us. Manage preferences in your profile.",
           "Registered office: 1 Example Street, London. Registered in England and Wales.",
           "Please do not reply to this email; the mailbox is not monitored.", "Privacy notice: see our website for how we use your data."],
    "ru": ["Вы получили это письмо, потому что зарегистрированы на сайте. Настроить рассылку можно в профиле.",
           "ООО «Пример», ИНН 7700000000, юридический адрес на сайте.", "Пожалуйста, не отвечайте на это письмо.",
           "Политика обработки персональных данных опубликована на сайте."],
    "ru-lat": ["Otvechat' na eto pis'mo ne nuzhno.", "Otpisat'sya mozhno v nastroykah profilya."],
    "ru-en": ["Вы получили этот email, потому что subscribed. Unsubscribe в настройках.", "Please не отвечайте на этот email."],
    "de": ["Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden jederzeit möglich.",
           "Impressum: Beispiel GmbH, Amtsgericht Musterstadt HRB 12345.", "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.",
           "Hinweise zum Datenschutz finden Sie auf unserer Website."],
    "fr": ["Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. Se désabonner à tout moment.",
           "Merci de ne pas répondre à ce message automatique.", "Mentions légales et politique de confidentialité sur notre site.",
           "Société par actions simplifiée au capital de 10 000 euros."],
    "es": ["Recibe este correo porque está suscrito. Puede darse de baja en cualquier momento.", "Por favor, no responda a este mensaje automático.",
           "Política de privacidad disponible en nuestra web.", "Entidad inscrita en el Registro Mercantil."],
    "tr": ["Bu e-postayı abone olduğunuz için aldınız. Aboneliği istediğiniz zaman iptal edebilirsiniz.",
           "Lütfen bu otomatik mesajı yanıtlamayın.", "KVKK aydınlatma metni internet sitemizdedir.", "Mersis No: 0000000000000000"],
    "uk": ["Ви отримали цей лист, бо підписані на розсилку. Відписатися можна в профілі.", "Будь ласка, не відповідайте на цей лист.",
           "Політика конфіденційності на нашому сайті.", "Лист сформовано автоматично."],
    "uz": ["Bu xatga javob yozish shart emas.", "Obunani profil sozlamalarida bekor qilishingiz mumkin.",
           "Maxfiylik siyosati saytimizda.", "Xat avtomatik yuborildi."],
    "kk": ["Бұл хатқа жауап берудің қажеті жоқ.", "Жазылымнан профиль баптауларында бас тартуға болады.",
           "Құпиялылық саясаты сайтымызда.", "Хат автоматты түрде жіберілді."],
    "ky": ["Бул катка жооп берүүнүн кереги жок.", "Жазылуудан профилде баш тартсаңыз болот.", "Купуялык саясаты сайтыбызда.",
           "Кат автоматтык түрдө жөнөтүлдү."],
    "tg": ["Ба ин мактуб ҷавоб додан лозим нест.", "Аз обуна дар танзимоти профил баромадан мумкин.", "Сиёсати махфият дар сайти мо.",
           "Мактуб ба таври худкор фиристода шуд."],
    "tk": ["Bu hata jogap bermek hökman däl.", "Abunalykdan profil sazlamalarynda çykyp bilersiňiz.", "Gizlinlik syýasaty saýtymyzda.",
           "Hat awtomatik iberildi."],
}

# How a security newsletter introduces a wallet it quotes as an indicator.
SEEN_WALLET = {"ru": "Кошелёк из рассылки", "ru-en": "Wallet из рассылки", "ru-lat": "Koshelek iz rassylki", "uk": "Гаманець з розсилки",
               "de": "In der Kampagne genutzte Wallet", "fr": "Portefeuille vu dans la campagne", "es": "Billetera vista en la campaña",
               "tr": "Kampanyada görülen cüzdan", "kk": "Таратылымдағы әмиян", "uz": "Tarqatmadagi hamyon"}

from ham_fifth_en import EN  # noqa: E402
from ham_fifth_ru import RU  # noqa: E402
from ham_fifth_eu import DE, ES, FR, TR, UK  # noqa: E402
from ham_fifth_ca import KK, KY, RU_EN, RU_LAT, TG, TK, UZ  # noqa: E402

from ham_fifth_more import MORE  # noqa: E402

HAM = {"en": EN, "ru": RU, "ru-lat": RU_LAT, "ru-en": RU_EN, "de": DE, "fr": FR, "es": ES, "tr": TR, "uk": UK, "uz": UZ,
       "kk": KK, "ky": KY, "tg": TG, "tk": TK}
HAM = {lang: {**kinds, **MORE.get(lang, {})} for lang, kinds in HAM.items()}
