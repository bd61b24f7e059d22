"""Round 14's twelfth batch, scam side: what every language's letters share (sender names, messenger handles, link
words, leaked passwords, contact and cover lines, the messenger's forward header) and how people type the region's
languages on a keyboard that lacks their letters.

Written blind by helper c12-corpus, as a spam-folder writer of the 2020s writes (not translated from an English
template); the families' letters are in scam_twelfth_fr.py, scam_twelfth_es.py, scam_twelfth_west.py (de, en, ru,
tr) and scam_twelfth_region.py (uz, uzc, kk, ky, tg, tk), a second draft of the first six languages' smaller cells
in scam_twelfth_more.py.

Pools: a list's even-indexed variants are the dev half, odd ones the held-out half (fourth_batch.pick). A letter
may open with a theme tag ("[hitman] ...") that names its scenario; the tag is cut off before use.
Placeholders: {password} a leaked password, {mybox} the victim's own address, {myphone} the victim's number,
{email} the scammer's box, {phone} his number, {tg} a messenger handle, {btc} a sum in bitcoin, {ransom} a sum in
dollars or euros, {wallet} a wallet, {amount} the bait, {fee} the fee asked first, {link} a scam site, {name} a
sender's name, {hours} a deadline, {code} a tracking code, {ref} a file number, {card} where to pay, {date} a date.
"""
import re

import eleventh_batch
from scam_twelfth_es import SCAM_ES
from scam_twelfth_fr import SCAM_FR
from scam_twelfth_more import MORE
from scam_twelfth_region import SCAM_REGION
from scam_twelfth_west import SCAM_WEST

TAG_RE = re.compile(r"^\[([a-z]+(?:-[a-z]+)*)\] ")


def untag(text, default):
    """(theme, text) of a pool letter: its leading tag, or the family when it has none."""
    m = TAG_RE.match(text)
    return (m.group(1), text[m.end():]) if m else (default, text)


# The second draft's variants follow each slot's first two (index 2 dev, 3 held-out).
SCAM = {lang: {family: {slot: variants + MORE.get(lang, {}).get(family, {}).get(slot, []) for slot, variants in slots.items()}
               for family, slots in families.items()}
        for lang, families in {**SCAM_FR, **SCAM_ES, **SCAM_WEST, **SCAM_REGION}.items()}

NAMES = {
    "fr": ["Me Bernard Koffi", "Sophie Lambert", "Dr Jean-Marc Aka", "Mme Hélène Rousseau", "Capitaine Yao Kouassi",
           "Service Client", "Karine Dupuis", "Commandant Éric Moreau"],
    "es": ["Lic. Roberto Salazar", "María José Fuentes", "Abogado Ernesto Ruiz", "Carmen Villalobos", "Dr. Julián Ortega",
           "Atención al Cliente", "Inspector Manuel Rivas", "Lucía Paredes"],
    "de": ["Rechtsanwalt Dr. Klaus Hoffer", "Sabine Krüger", "Frank Lindner", "Kundenservice", "Monika Albrecht",
           "Notar Heinrich Vogt"],
    "en": ["Barrister Charles Okoro", "Mrs. Linda Hartmann", "Agent Mike", "Customer Care", "Capt. Ronald Pierce",
           "Jessica Moore", "Dr. Alan Whitfield"],
    "ru": ["Олег Викторович", "Служба поддержки", "Марина Сергеевна", "Адвокат Игорь Леонов", "Анна Белова",
           "Дмитрий Крылов"],
    "tr": ["Av. Mehmet Yalçın", "Müşteri Hizmetleri", "Ayşe Kaplan", "Emre Doğan", "Selin Aksoy", "Kargo Destek"],
    "uz": ["Jasur aka", "Dilnoza Karimova", "Bekzod Rahimov", "Qo'llab-quvvatlash", "Sardor", "Malika opa"],
    "uzc": ["Жасур ака", "Дилноза Каримова", "Бекзод Раҳимов", "Шоҳруҳ", "Малика опа"],
    "kk": ["Ерлан Сейітов", "Әйгерім", "Қолдау қызметі", "Нұрлан аға", "Динара Ахметова"],
    "ky": ["Бакыт байке", "Айгүл", "Колдоо кызматы", "Нурбек Осмонов", "Жылдыз эже"],
    "tg": ["Фаррух", "Шаҳло Раҳимова", "Хадамоти дастгирӣ", "Далер ака", "Мадина"],
    "tk": ["Serdar aga", "Aýna", "Goldaw gulluk", "Merdan Orazow", "Jeren"],
}
TG = {
    "sextortion": ["anon_private", "cam_files", "silent_admin", "darkcopy"],
    "blackmail": ["team_payment", "contract_x", "leak_admin", "no_name_bureau"],
    "advance-fee": ["me_koffi_avocat", "fondation_help", "lawyer_desk", "heritage_office"],
    "lottery": ["prize_desk", "premio_oficina", "gewinn_buero", "yutuq_markaz"],
    "loan": ["credit_rapide", "prestamo_ya", "kredit_tez", "zaim_bystro"],
    "crypto": ["btc_mentor", "signal_club", "trade_with_anna", "invest_pro24"],
    "romance": ["lonely_heart", "sweet_elena", "captain_john", "marie_love"],
    "fake-shop": ["stock_discount", "pharma_direct", "mask_depot", "outlet_sale"],
    "job": ["hr_manager_work", "rabota_vakansiya", "ish_bor", "jumush_kerek"],
    "parcel": ["colis_support", "delivery_help", "kargo_takip", "posylka_help"],
    "tech-support": ["pc_helpdesk", "assistance_tech", "support_fix"],
}
LINK_WORDS = {
    "sextortion": ["private-files", "secure-view", "proof-video"],
    "blackmail": ["data-release", "leakbase", "avis-public"],
    "advance-fee": ["heritage-fonds", "fondo-herencia", "claim-office"],
    "lottery": ["gagnant-tirage", "ganador-sorteo", "prize-claim", "yutuq-olish"],
    "loan": ["pret-express", "credito-facil", "kredit-onlayn", "zaim-24"],
    "crypto": ["btc-profit", "ai-trade", "bonus-crypto", "mining-pool"],
    "romance": ["love-meet", "trade-secure", "usdt-platform"],
    "fake-shop": ["masque-stock", "farmacia-oferta", "mega-outlet", "oximetro-sale"],
    "job": ["job-remote", "vacancy-online", "ish-top"],
    "parcel": ["colis-frais", "envio-aduana", "kargo-odeme", "posylka-oplata"],
    "tech-support": ["renew-support", "pc-securite", "fix-now"],
}
# Leaked passwords as the old breach lists hold them (invented).
PASSWORDS = ["chouchou75", "Soleil2012", "toulouse31", "barcelona10", "Tequila88", "Mariposa!1", "Schatz1984", "hertha99",
             "london2015", "Princess7", "marina1979", "Spartak12", "galatasaray1905", "Ankara06", "Toshkent2020", "Aruzhan01",
             "bishkek312", "dushanbe92", "Ashgabat1", "azerty123"]
MAILBOX_LOCALS = ["j.martin", "lucia.gomez", "k.schulz", "tom.baker", "ivanova.e", "ahmet.celik", "dilshod88", "aigerim.s",
                  "nurbek_92", "f.nazarov", "merdan.b", "marie-claire.l"]
CONTACT_HOSTS = ["gmail.com", "outlook.fr", "hotmail.es", "yahoo.com", "mail.ru", "gmx.de", "proton.me", "yandex.ru",
                 "laposte.net", "protonmail.com"]

# Where to answer: the last line under a letter (two variants per half).
CONTACT = {
    "fr": ["Répondez uniquement sur mon adresse privée : {email}", "Contact WhatsApp direct : {phone}",
           "Pour aller plus vite écrivez-moi sur Telegram {tg}", "Merci de me recontacter à cette adresse : {email} (pas d'autre)"],
    "es": ["Responda solamente a mi correo personal: {email}", "WhatsApp directo: {phone}",
           "Escríbame por Telegram {tg} para más rapidez", "Contacto exclusivo: {email} (no responda a otro correo)"],
    "de": ["Antworten Sie bitte nur an meine private Adresse: {email}", "WhatsApp: {phone}",
           "Schreiben Sie mir am besten über Telegram {tg}", "Rückmeldung ausschließlich an {email}"],
    "en": ["Reply only to my private mailbox: {email}", "WhatsApp me on {phone}",
           "Quicker on Telegram: {tg}", "Send your answer to this address only: {email}"],
    "ru": ["Пишите только на личную почту: {email}", "WhatsApp / Viber: {phone}",
           "Быстрее всего в Телеграм {tg}", "Ответ присылайте только сюда: {email}"],
    "tr": ["Sadece özel adresime yazın: {email}", "WhatsApp hattı: {phone}",
           "Telegram'dan daha hızlı ulaşırsınız: {tg}", "Cevabınızı yalnızca şu adrese gönderin: {email}"],
    "uz": ["Faqat shu pochtaga yozing: {email}", "Telegram yoki WhatsApp: {phone}",
           "Tezroq javob uchun Telegramda yozing: {tg}", "Murojaat uchun: {phone} (soat 9 dan 21 gacha)"],
    "uzc": ["Фақат шу почтага ёзинг: {email}", "Телеграм ёки WhatsApp: {phone}",
            "Тезроқ жавоб учун Телеграмда ёзинг: {tg}", "Мурожаат учун: {phone} (9 дан 21 гача)"],
    "kk": ["Тек осы поштаға жазыңыз: {email}", "WhatsApp нөмірі: {phone}",
           "Телеграмда жылдамырақ жауап беремін: {tg}", "Байланыс үшін: {phone} (тек WhatsApp)"],
    "ky": ["Жалаң гана ушул почтага жазыңыз: {email}", "WhatsApp номер: {phone}",
           "Телеграмдан тезирээк жооп берем: {tg}", "Байланыш үчүн: {phone} (WhatsApp гана)"],
    "tg": ["Танҳо ба ҳамин почта нависед: {email}", "WhatsApp: {phone}",
           "Дар Телеграм зудтар ҷавоб медиҳам: {tg}", "Барои тамос: {phone} (танҳо WhatsApp)"],
    "tk": ["Diňe şu poçta ýazyň: {email}", "WhatsApp belgisi: {phone}",
           "Telegramda çalt jogap berýärin: {tg}", "Habarlaşmak üçin: {phone} (diňe WhatsApp)"],
}
# The one line above a lure sent as a text attachment (the letter itself is the file).
COVER = {
    "fr": ["Bonjour, veuillez lire le document joint attentivement.", "Le courrier officiel est en pièce jointe.",
           "Voir fichier joint, c'est urgent.", "Document confidentiel en pièce jointe, merci de lire jusqu'au bout."],
    "es": ["Buenos días, lea con atención el documento adjunto.", "La notificación oficial va en el archivo adjunto.",
           "Ver archivo adjunto, es urgente.", "Documento confidencial adjunto, léalo hasta el final."],
    "de": ["Guten Tag, bitte lesen Sie das angehängte Schreiben.", "Das offizielle Schreiben finden Sie im Anhang.",
           "Siehe Anhang, dringend.", "Vertrauliches Dokument anbei, bitte vollständig lesen."],
    "en": ["Hello, please read the attached letter carefully.", "Official notice attached.",
           "See attachment, urgent.", "Confidential file attached, read it to the end."],
    "ru": ["Здравствуйте, внимательно прочитайте вложенный документ.", "Официальное уведомление во вложении.",
           "Смотрите файл во вложении, срочно.", "Конфиденциальный документ во вложении, прочтите до конца."],
    "tr": ["Merhaba, ekteki yazıyı dikkatlice okuyunuz.", "Resmi bildirim ektedir.",
           "Ek dosyaya bakın, acil.", "Gizli belge ektedir, sonuna kadar okuyun."],
    "uz": ["Assalomu alaykum, ilovadagi faylni diqqat bilan o'qing.", "Rasmiy xat ilovada.",
           "Faylni oching, shoshilinch.", "Maxfiy hujjat ilovada, oxirigacha o'qing."],
    "uzc": ["Ассалому алайкум, иловадаги файлни диққат билан ўқинг.", "Расмий хат иловада.",
            "Файлни очинг, шошилинч.", "Махфий ҳужжат иловада, охиригача ўқинг."],
    "kk": ["Сәлеметсіз бе, тіркелген құжатты мұқият оқыңыз.", "Ресми хат тіркемеде.",
           "Файлды ашыңыз, шұғыл.", "Құпия құжат тіркемеде, соңына дейін оқыңыз."],
    "ky": ["Саламатсызбы, тиркелген документти кунт коюп окуңуз.", "Расмий кат тиркемеде.",
           "Файлды ачыңыз, шашылыш.", "Жашыруун документ тиркемеде, аягына чейин окуңуз."],
    "tg": ["Салом, ҳуҷҷати замимашударо бодиққат хонед.", "Мактуби расмӣ дар замима аст.",
           "Файлро кушоед, фаврӣ.", "Ҳуҷҷати махфӣ дар замима, то охир хонед."],
    "tk": ["Salam, goşulan faýly üns bilen okaň.", "Resmi hat goşundyda.",
           "Faýly açyň, gyssagly.", "Gizlin resminama goşundyda, ahyryna çenli okaň."],
}
ATTACH_NAMES = {"fr": ["courrier.txt", "convocation.txt", "lettre.txt"], "es": ["carta.txt", "citacion.txt", "aviso.txt"],
                "de": ["schreiben.txt", "mitteilung.txt"], "en": ["letter.txt", "notice.txt"], "ru": ["pismo.txt", "uvedomlenie.txt"],
                "tr": ["bildirim.txt", "mektup.txt"], "uz": ["xat.txt", "xabar.txt"], "uzc": ["hat.txt", "habar.txt"],
                "kk": ["hat.txt", "habarlama.txt"], "ky": ["kat.txt", "bildirme.txt"], "tg": ["maktub.txt", "ogohinoma.txt"],
                "tk": ["hat.txt", "habarnama.txt"]}
# What a messenger prints above a chat the user forwards (the eleventh batch's, with French and Spanish).
FORWARD = {**eleventh_batch.FORWARD, "fr": "Message transféré", "es": "Mensaje reenviado"}

# ---------------------------------------------------------------- how the region types

# A Russian keyboard has no Kazakh, Kyrgyz, Tajik or Uzbek letters: people type the nearest Russian one.
PLAIN_CYR = str.maketrans({"қ": "к", "Қ": "К", "ң": "н", "Ң": "Н", "ө": "о", "Ө": "О", "ү": "у", "Ү": "У", "ұ": "у", "Ұ": "У",
                           "ғ": "г", "Ғ": "Г", "ҳ": "х", "Ҳ": "Х", "һ": "х", "Һ": "Х", "ҷ": "ч", "Ҷ": "Ч", "ӣ": "и", "Ӣ": "И",
                           "ӯ": "у", "Ӯ": "У", "ў": "у", "Ў": "У", "ә": "а", "Ә": "А"})
PLAIN_CYR_LANGS = ("uzc", "kk", "ky", "tg")


def plainCyr(text, rng):
    """The text as typed with Russian letters only; Kazakh і becomes и or Latin i, as each writer prefers."""
    out = text.translate(PLAIN_CYR)
    return out.replace("і", rng.choice(["и", "i"])).replace("І", "И")


# Uzbek Latin's o' and g' and the tutuq belgisi (ma'lumot): the same letter typed six ways, or left out.
UZ_APOSTROPHES = ["'", "‘", "’", "ʻ", "ʼ", "`", ""]
UZ_APOS_RE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])")


def uzApostrophe(text, mark):
    return UZ_APOS_RE.sub(mark, text)
